//! `mcp-bluesky chat ls|read|send|mark-read|open`: direct messages, whether
//! or not a server offers the `chat` toolset.

use clap::{Args, Subcommand};

use crate::cli::args::{AccountArg, DryRunArg, ListArgs, text_or_stdin};
use crate::cli::{Output, Rendered};
use crate::core::chat::ConvoField;
use crate::core::chat::list::{self, ConvosInput, ListConvos};
use crate::core::chat::mark_read::{MarkConvoRead, MarkReadInput};
use crate::core::chat::open::{GetConvo, OpenInput};
use crate::core::chat::read::{self, GetMessages, MessagesInput};
use crate::core::chat::send::{SendMessage, SendMessageInput};
use crate::core::{Ctx, Tool};
use crate::error::Result;

/// Direct messages: your conversations, reading, sending.
#[derive(Debug, Args)]
pub struct ChatArgs {
    #[command(subcommand)]
    pub command: ChatSubcommand,
}

#[derive(Debug, Subcommand)]
pub enum ChatSubcommand {
    #[command(about = ListConvos::SPEC.title, long_about = ListConvos::SPEC.description)]
    Ls(LsArgs),
    #[command(about = GetMessages::SPEC.title, long_about = GetMessages::SPEC.description)]
    Read(ReadArgs),
    #[command(about = SendMessage::SPEC.title, long_about = SendMessage::SPEC.description)]
    Send(SendArgs),
    #[command(about = MarkConvoRead::SPEC.title, long_about = MarkConvoRead::SPEC.description)]
    MarkRead(ConvoArgs),
    #[command(about = GetConvo::SPEC.title, long_about = GetConvo::SPEC.description)]
    Open(ConvoArgs),
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Only conversations with unread messages.
    #[arg(long)]
    pub unread: bool,
    /// How many, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = list::DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

/// Which conversation: the account it is with, or its id.
#[derive(Debug, Args)]
pub struct ConvoArgs {
    /// The account the conversation is with (handle, DID or profile URL).
    #[arg(required_unless_present = "convo", conflicts_with = "convo")]
    pub with: Option<String>,
    /// The conversation's id (from `chat ls`) instead.
    #[arg(long)]
    pub convo: Option<String>,
    #[command(flatten)]
    pub account: AccountArg,
}

impl ConvoArgs {
    fn field(&self) -> ConvoField {
        ConvoField {
            convo_id: self.convo.clone(),
            handle: self.with.clone(),
        }
    }
}

#[derive(Debug, Args)]
pub struct ReadArgs {
    #[command(flatten)]
    pub convo: ConvoArgs,
    /// How many messages, newest first, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = read::DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// The account to write to (handle, DID or profile URL).
    #[arg(required_unless_present = "convo")]
    pub with: Option<String>,
    /// The message (`-` reads it from stdin); at most 1000 graphemes.
    #[arg(required_unless_present = "convo")]
    pub text: Option<String>,
    /// Send in this conversation (its id, from `chat ls`) instead; then give only TEXT.
    #[arg(long)]
    pub convo: Option<String>,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

pub async fn run(ctx: &Ctx, args: ChatArgs, out: &Output) -> Result<Rendered> {
    match args.command {
        ChatSubcommand::Ls(args) => {
            let (page, paging) = args.list.into_paging(args.limit);
            let input = ConvosInput {
                unread_only: args.unread,
                page,
                account: args.account.into(),
            };
            Ok(out.render(ListConvos::run_paged(ctx, input, paging).await?))
        }
        ChatSubcommand::Read(args) => {
            let (page, paging) = args.list.into_paging(args.limit);
            let input = MessagesInput {
                convo: args.convo.field(),
                page,
                account: args.convo.account.into(),
            };
            Ok(out.render(GetMessages::run_paged(ctx, input, paging).await?))
        }
        ChatSubcommand::Send(args) => {
            // With --convo, the one positional given is the text.
            let (handle, text) = match (args.convo.is_some(), args.with, args.text) {
                (true, Some(text), None) | (true, None, Some(text)) => (None, text),
                (_, with, text) => (with, text.unwrap_or_default()),
            };
            let input = SendMessageInput {
                convo: ConvoField {
                    convo_id: args.convo,
                    handle,
                },
                text: text_or_stdin(text)?,
                account: args.account.into(),
                dry_run: args.dry_run.into(),
            };
            out.run::<SendMessage>(ctx, input).await
        }
        ChatSubcommand::MarkRead(args) => {
            let input = MarkReadInput {
                convo: args.field(),
                account: args.account.into(),
            };
            out.run::<MarkConvoRead>(ctx, input).await
        }
        ChatSubcommand::Open(args) => {
            let input = OpenInput {
                convo: args.field(),
                account: args.account.into(),
            };
            out.run::<GetConvo>(ctx, input).await
        }
    }
}
