//! `mcp-bluesky show URI`: one post with its embeds (`bluesky_get_post`).

use clap::Args;

use crate::cli::args::AccountArg;
use crate::core::show::ShowInput;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The post: its at:// URI or bsky.app URL.
    pub uri: String,
    #[command(flatten)]
    pub account: AccountArg,
}

impl From<ShowArgs> for ShowInput {
    fn from(args: ShowArgs) -> Self {
        ShowInput {
            uri: args.uri,
            account: args.account.into(),
        }
    }
}
