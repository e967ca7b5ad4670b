//! `mcp-bluesky list create|update|delete|add|remove|show|ls|mute|unmute|block|unblock`:
//! each runs the MCP tool of its name.

use clap::{Args, Subcommand};

use crate::cli::args::{AccountArg, DryRunArg, ListArgs};
use crate::cli::{Output, Rendered};
use crate::core::list::Purpose;
use crate::core::list::create::{CreateList, CreateListInput};
use crate::core::list::delete::{DeleteList, DeleteListInput};
use crate::core::list::members::{AddToList, MemberInput, RemoveFromList};
use crate::core::list::show::{DEFAULT_LIMIT, GetList, GetListInput, GetLists, GetListsInput};
use crate::core::list::subscribe::{BlockList, ListActionInput, MuteList, UnblockList, UnmuteList};
use crate::core::list::update::{UpdateList, UpdateListInput};
use crate::core::{Ctx, Tool};
use crate::error::Result;

/// Lists: create and change your own, add and remove members, show any, and
/// mute or block the members of a moderation list.
///
/// A list is named by its at:// URI or its bsky.app URL
/// (https://bsky.app/profile/HANDLE/lists/KEY).
#[derive(Debug, Args)]
pub struct ListCommandArgs {
    #[command(subcommand)]
    pub command: ListSubcommand,
}

#[derive(Debug, Subcommand)]
pub enum ListSubcommand {
    #[command(about = CreateList::SPEC.title, long_about = CreateList::SPEC.description)]
    Create(CreateArgs),
    #[command(about = UpdateList::SPEC.title, long_about = UpdateList::SPEC.description)]
    Update(UpdateArgs),
    #[command(about = DeleteList::SPEC.title, long_about = DeleteList::SPEC.description)]
    Delete(ListWriteArgs),
    #[command(about = AddToList::SPEC.title, long_about = AddToList::SPEC.description)]
    Add(MemberArgs),
    #[command(about = RemoveFromList::SPEC.title, long_about = RemoveFromList::SPEC.description)]
    Remove(MemberArgs),
    #[command(about = GetList::SPEC.title, long_about = GetList::SPEC.description)]
    Show(ShowArgs),
    #[command(about = GetLists::SPEC.title, long_about = GetLists::SPEC.description)]
    Ls(LsArgs),
    #[command(about = MuteList::SPEC.title, long_about = MuteList::SPEC.description)]
    Mute(ListWriteArgs),
    #[command(about = UnmuteList::SPEC.title, long_about = UnmuteList::SPEC.description)]
    Unmute(ListWriteArgs),
    #[command(about = BlockList::SPEC.title, long_about = BlockList::SPEC.description)]
    Block(ListWriteArgs),
    #[command(about = UnblockList::SPEC.title, long_about = UnblockList::SPEC.description)]
    Unblock(ListWriteArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The list's name (at most 64 graphemes).
    pub name: String,
    /// A moderation list (people to mute or block together) rather than a curation list.
    #[arg(long)]
    pub moderation: bool,
    /// What the list is about (at most 300 graphemes).
    #[arg(long, short = 'd')]
    pub description: Option<String>,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The list: its at:// URI or bsky.app URL.
    pub list: String,
    /// A new name (at most 64 graphemes).
    #[arg(long, required_unless_present = "description")]
    pub name: Option<String>,
    /// A new description (at most 300 graphemes); "" removes it.
    #[arg(long, short = 'd')]
    pub description: Option<String>,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

#[derive(Debug, Args)]
pub struct ListWriteArgs {
    /// The list: its at:// URI or bsky.app URL.
    pub list: String,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

#[derive(Debug, Args)]
pub struct MemberArgs {
    /// The list: its at:// URI or bsky.app URL.
    pub list: String,
    /// The account: a handle (with or without @), a DID, or a bsky.app profile URL.
    pub handle: String,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The list: its at:// URI or bsky.app URL.
    pub list: String,
    /// How many members, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list_args: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// The account: a handle (with or without @), a DID, or a bsky.app profile URL. Default: yours.
    #[arg(value_name = "HANDLE")]
    pub handle: Option<String>,
    /// How many lists, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list_args: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

impl From<ListWriteArgs> for ListActionInput {
    fn from(args: ListWriteArgs) -> Self {
        ListActionInput {
            list: args.list,
            account: args.account.into(),
            dry_run: args.dry_run.into(),
        }
    }
}

impl From<MemberArgs> for MemberInput {
    fn from(args: MemberArgs) -> Self {
        MemberInput {
            list: args.list,
            handle: args.handle,
            account: args.account.into(),
            dry_run: args.dry_run.into(),
        }
    }
}

pub async fn run(ctx: &Ctx, args: ListCommandArgs, out: &Output) -> Result<Rendered> {
    match args.command {
        ListSubcommand::Create(args) => {
            let input = CreateListInput {
                name: args.name,
                purpose: if args.moderation {
                    Purpose::Moderation
                } else {
                    Purpose::Curation
                },
                description: args.description,
                account: args.account.into(),
                dry_run: args.dry_run.into(),
            };
            out.run::<CreateList>(ctx, input).await
        }
        ListSubcommand::Update(args) => {
            let input = UpdateListInput {
                list: args.list,
                name: args.name,
                description: args.description,
                account: args.account.into(),
                dry_run: args.dry_run.into(),
            };
            out.run::<UpdateList>(ctx, input).await
        }
        ListSubcommand::Delete(args) => {
            let input = DeleteListInput {
                list: args.list,
                account: args.account.into(),
                dry_run: args.dry_run.into(),
            };
            out.run::<DeleteList>(ctx, input).await
        }
        ListSubcommand::Add(args) => out.run::<AddToList>(ctx, args.into()).await,
        ListSubcommand::Remove(args) => out.run::<RemoveFromList>(ctx, args.into()).await,
        ListSubcommand::Show(args) => {
            let (page, paging) = args.list_args.into_paging(args.limit);
            let input = GetListInput {
                list: args.list,
                page,
                account: args.account.into(),
            };
            Ok(out.render(GetList::run_paged(ctx, input, paging).await?))
        }
        ListSubcommand::Ls(args) => {
            let (page, paging) = args.list_args.into_paging(args.limit);
            let input = GetListsInput {
                handle: args.handle,
                page,
                account: args.account.into(),
            };
            Ok(out.render(GetLists::run_paged(ctx, input, paging).await?))
        }
        ListSubcommand::Mute(args) => out.run::<MuteList>(ctx, args.into()).await,
        ListSubcommand::Unmute(args) => out.run::<UnmuteList>(ctx, args.into()).await,
        ListSubcommand::Block(args) => out.run::<BlockList>(ctx, args.into()).await,
        ListSubcommand::Unblock(args) => out.run::<UnblockList>(ctx, args.into()).await,
    }
}
