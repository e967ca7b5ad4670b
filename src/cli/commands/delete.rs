//! `mcp-bluesky delete URI`: delete one of your own posts (`bluesky_delete_post`).

use clap::Args;

use crate::cli::args::{AccountArg, DryRunArg};
use crate::core::delete::DeleteInput;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The post: its at:// URI or bsky.app URL. It must belong to the account.
    pub uri: String,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

impl From<DeleteArgs> for DeleteInput {
    fn from(args: DeleteArgs) -> Self {
        DeleteInput {
            uri: args.uri,
            account: args.account.into(),
            dry_run: args.dry_run.into(),
        }
    }
}
