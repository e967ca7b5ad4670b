//! `mcp-bluesky draft ls|edit|rm|send`: drafts saved for the person to send from
//! the Bluesky app or from here (`post --draft` makes them).

use clap::{Args, Subcommand};

use crate::cli::args::{AccountArg, DryRunArg, GateChangeArg, ListArgs, text_or_stdin};
use crate::cli::{Output, Rendered};
use crate::core::draft::delete::{DeleteDraft, DeleteDraftInput};
use crate::core::draft::list::{DraftsInput, GetDrafts};
use crate::core::draft::send::{SendDraft, SendDraftInput};
use crate::core::draft::update::{UpdateDraft, UpdateDraftInput};
use crate::core::{Ctx, Tool};
use crate::error::Result;

/// Drafts: list, change, delete and send them (`post --draft` saves one).
#[derive(Debug, Args)]
pub struct DraftArgs {
    #[command(subcommand)]
    pub command: DraftSubcommand,
}

#[derive(Debug, Subcommand)]
pub enum DraftSubcommand {
    #[command(about = GetDrafts::SPEC.title, long_about = GetDrafts::SPEC.description)]
    Ls(LsArgs),
    #[command(about = DeleteDraft::SPEC.title, long_about = DeleteDraft::SPEC.description)]
    Rm(RmArgs),
    /// Publish a draft as the post or thread it holds, then delete the draft
    ///
    /// The draft is deleted only once everything in it is online; a thread sent
    /// only in part keeps the draft and says which posts are online.
    Send(RmArgs),
    #[command(about = UpdateDraft::SPEC.title, long_about = UpdateDraft::SPEC.description)]
    Edit(EditArgs),
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The draft's id, as `draft ls` shows it.
    pub id: String,
    /// New text (`-` reads it from stdin); over 300 graphemes it becomes a thread.
    pub text: Option<String>,
    /// Quote this post instead (at:// URI or bsky.app URL); "" removes the quote.
    #[arg(long, value_name = "URI")]
    pub quote: Option<String>,
    /// Show this page as a link card instead; "" removes it.
    #[arg(long, value_name = "URL")]
    pub link: Option<String>,
    /// Languages of the text (repeatable, at most 3).
    #[arg(long = "lang", value_name = "LANG")]
    pub langs: Vec<String>,
    #[command(flatten)]
    pub gate: GateChangeArg,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// How many, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = 25)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// The draft's id, as `draft ls` shows it.
    pub id: String,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

pub async fn run(ctx: &Ctx, args: DraftArgs, out: &Output) -> Result<Rendered> {
    match args.command {
        DraftSubcommand::Ls(args) => {
            let (page, paging) = args.list.into_paging(args.limit);
            let input = DraftsInput {
                page,
                account: args.account.into(),
            };
            Ok(out.render(GetDrafts::run_paged(ctx, input, paging).await?))
        }
        DraftSubcommand::Rm(args) => {
            let input = DeleteDraftInput {
                id: args.id,
                account: args.account.into(),
                dry_run: args.dry_run.into(),
            };
            out.run::<DeleteDraft>(ctx, input).await
        }
        DraftSubcommand::Edit(args) => {
            let input = UpdateDraftInput {
                id: args.id,
                text: args.text.map(text_or_stdin).transpose()?,
                quote: args.quote,
                link: args.link,
                langs: (!args.langs.is_empty()).then_some(args.langs),
                allow_quotes: args.gate.allow_quotes(),
                who_can_reply: args.gate.who_can_reply,
                account: args.account.into(),
                dry_run: args.dry_run.into(),
            };
            out.run::<UpdateDraft>(ctx, input).await
        }
        DraftSubcommand::Send(args) => {
            let input = SendDraftInput {
                id: args.id,
                account: args.account.into(),
                dry_run: args.dry_run.into(),
            };
            Ok(out.render(SendDraft::run(ctx, input).await?))
        }
    }
}
