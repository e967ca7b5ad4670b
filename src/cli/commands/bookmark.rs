//! `mcp-bluesky bookmark add|rm|ls`: your private saved posts.

use clap::{Args, Subcommand};

use crate::cli::args::{AccountArg, ListArgs};
use crate::cli::commands::engage::PostActionArgs;
use crate::cli::{Output, Rendered};
use crate::core::bookmark::{Bookmark, BookmarksInput, DEFAULT_LIMIT, GetBookmarks, Unbookmark};
use crate::core::{Ctx, Tool};
use crate::error::Result;

/// Save posts for later, privately, and list them.
#[derive(Debug, Args)]
pub struct BookmarkArgs {
    #[command(subcommand)]
    pub command: BookmarkSubcommand,
}

#[derive(Debug, Subcommand)]
pub enum BookmarkSubcommand {
    #[command(about = Bookmark::SPEC.title, long_about = Bookmark::SPEC.description)]
    Add(PostActionArgs),
    #[command(about = Unbookmark::SPEC.title, long_about = Unbookmark::SPEC.description)]
    Rm(PostActionArgs),
    #[command(about = GetBookmarks::SPEC.title, long_about = GetBookmarks::SPEC.description)]
    Ls(LsArgs),
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// How many, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

pub async fn run(ctx: &Ctx, args: BookmarkArgs, out: &Output) -> Result<Rendered> {
    match args.command {
        BookmarkSubcommand::Add(args) => out.run::<Bookmark>(ctx, args.into()).await,
        BookmarkSubcommand::Rm(args) => out.run::<Unbookmark>(ctx, args.into()).await,
        BookmarkSubcommand::Ls(args) => {
            let (page, paging) = args.list.into_paging(args.limit);
            let input = BookmarksInput {
                page,
                account: args.account.into(),
            };
            Ok(out.render(GetBookmarks::run_paged(ctx, input, paging).await?))
        }
    }
}
