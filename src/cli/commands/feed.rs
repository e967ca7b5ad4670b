//! `mcp-bluesky feed`: a feed (`bluesky_get_feed`) or one account's posts
//! (`bluesky_get_author_feed`), across as many pages as asked for.

use clap::Args;

use crate::cli::args::{AccountArg, ListArgs};
use crate::cli::{Output, Rendered};
use crate::core::Ctx;
use crate::core::feed::{
    AuthorFeedInput, AuthorFilter, DEFAULT_LIMIT, GetAuthorFeed, GetFeed, GetFeedInput,
};
use crate::error::Result;

/// Read a feed: your home feed or timeline, Discover, a custom feed, or one account's posts.
#[derive(Debug, Args)]
pub struct FeedArgs {
    /// `home` (your first pinned feed, else the timeline), `following`, `discover`, or a feed's at:// URI or bsky.app URL.
    #[arg(value_name = "FEED", default_value = "home", conflicts_with = "author")]
    pub feed: String,
    /// Read this account's posts instead (handle, DID or profile URL).
    #[arg(long, value_name = "HANDLE")]
    pub author: Option<String>,
    /// With --author: which posts.
    #[arg(long, value_enum, default_value = "replies", requires = "author")]
    pub filter: AuthorFilter,
    /// How many posts, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

pub async fn run(ctx: &Ctx, args: FeedArgs, output: &Output) -> Result<Rendered> {
    let (page, paging) = args.list.into_paging(args.limit);
    let account = args.account.into();
    let found = match args.author {
        Some(handle) => {
            let input = AuthorFeedInput {
                handle,
                filter: args.filter,
                page,
                account,
            };
            GetAuthorFeed::run_paged(ctx, input, paging).await?
        }
        None => {
            let input = GetFeedInput {
                feed_type: args.feed,
                page,
                account,
            };
            GetFeed::run_paged(ctx, input, paging).await?
        }
    };
    Ok(output.render(found))
}
