//! `reply-controls URI` (`bluesky_set_reply_controls`), `hide URI` and
//! `unhide URI` (`bluesky_hide_reply`, `bluesky_unhide_reply`).

use clap::Args;

use crate::cli::args::{AccountArg, DryRunArg};
use crate::core::reply_controls::SetReplyControlsInput;

#[derive(Debug, Args)]
pub struct ReplyControlsArgs {
    /// Your post: its at:// URI or bsky.app URL.
    pub uri: String,
    /// Who may reply: everyone, nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas. Left out: unchanged.
    #[arg(long, value_name = "WHO", value_delimiter = ',')]
    pub who_can_reply: Option<Vec<String>>,
    /// Do not let others quote the post.
    #[arg(long, conflicts_with = "quotes")]
    pub no_quotes: bool,
    /// Let others quote the post again.
    #[arg(long)]
    pub quotes: bool,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

impl From<ReplyControlsArgs> for SetReplyControlsInput {
    fn from(args: ReplyControlsArgs) -> Self {
        SetReplyControlsInput {
            uri: args.uri,
            who_can_reply: args.who_can_reply,
            allow_quotes: match (args.quotes, args.no_quotes) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            },
            account: args.account.into(),
            dry_run: args.dry_run.into(),
        }
    }
}
