//! `mcp-bluesky reply URI TEXT`: reply to a post (`bluesky_reply`).

use clap::Args;

use crate::cli::args::{AccountArg, DryRunArg, LangsArg, text_or_stdin};
use crate::core::post::gate::GateField;
use crate::core::post::reply::ReplyInput;
use crate::error::Error;

#[derive(Debug, Args)]
pub struct ReplyArgs {
    /// The post to reply to: its at:// URI or bsky.app URL.
    pub uri: String,
    /// The reply's text: at most 300 graphemes. `-` reads it from stdin.
    pub text: String,
    #[command(flatten)]
    pub langs: LangsArg,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
    /// Do not let others quote the reply. (Who may reply is the thread's first post's to say.)
    #[arg(long)]
    pub no_quotes: bool,
}

impl TryFrom<ReplyArgs> for ReplyInput {
    type Error = Error;

    fn try_from(args: ReplyArgs) -> Result<Self, Error> {
        Ok(ReplyInput {
            uri: args.uri,
            text: text_or_stdin(args.text)?,
            langs: args.langs.into(),
            account: args.account.into(),
            dry_run: args.dry_run.into(),
            gate: GateField {
                who_can_reply: Vec::new(),
                allow_quotes: !args.no_quotes,
            },
        })
    }
}
