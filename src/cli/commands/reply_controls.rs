//! `reply-controls URI` (`bluesky_set_reply_controls`), `hide URI` and
//! `unhide URI` (`bluesky_hide_reply`, `bluesky_unhide_reply`).

use clap::Args;

use crate::cli::args::{AccountArg, DryRunArg, GateChangeArg};
use crate::core::reply_controls::SetReplyControlsInput;

#[derive(Debug, Args)]
pub struct ReplyControlsArgs {
    /// Your post: its at:// URI or bsky.app URL.
    pub uri: String,
    #[command(flatten)]
    pub gate: GateChangeArg,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

impl From<ReplyControlsArgs> for SetReplyControlsInput {
    fn from(args: ReplyControlsArgs) -> Self {
        SetReplyControlsInput {
            uri: args.uri,
            allow_quotes: args.gate.allow_quotes(),
            who_can_reply: args.gate.who_can_reply,
            account: args.account.into(),
            dry_run: args.dry_run.into(),
        }
    }
}
