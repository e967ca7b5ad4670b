//! `mcp-bluesky search`: posts (`bluesky_search_posts`), a hashtag's posts
//! (`bluesky_search_hashtags`) or accounts (`bluesky_search_users`).

use clap::Args;

use crate::cli::args::{AccountArg, ListArgs};
use crate::cli::{Output, Rendered};
use crate::core::Ctx;
use crate::core::search::{
    DEFAULT_LIMIT, SearchHashtags, SearchPosts, SearchPostsInput, SearchTagInput, SearchUsers,
    SearchUsersInput, Sort,
};
use crate::error::Result;

/// Search posts, a hashtag's posts, or accounts.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find (in posts, or with --users in accounts).
    #[arg(
        value_name = "QUERY",
        required_unless_present = "tag",
        conflicts_with = "tag"
    )]
    pub query: Option<String>,
    /// Find posts with this hashtag instead (with or without #).
    #[arg(long)]
    pub tag: Option<String>,
    /// Find accounts instead of posts.
    #[arg(long, conflicts_with = "tag")]
    pub users: bool,
    /// Only posts by this account.
    #[arg(long, value_name = "HANDLE", conflicts_with = "users")]
    pub author: Option<String>,
    /// Only posts mentioning this account.
    #[arg(long, value_name = "HANDLE", conflicts_with = "users")]
    pub mentions: Option<String>,
    /// Only posts at or after this date (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATE", conflicts_with = "users")]
    pub since: Option<String>,
    /// Only posts before this date (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATE", conflicts_with = "users")]
    pub until: Option<String>,
    /// Only posts in this language.
    #[arg(long, conflicts_with = "users")]
    pub lang: Option<String>,
    /// Only posts linking to this domain.
    #[arg(long, conflicts_with = "users")]
    pub domain: Option<String>,
    /// Order of posts.
    #[arg(long, value_enum, default_value = "latest", conflicts_with = "users")]
    pub sort: Sort,
    /// How many results, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

pub async fn run(ctx: &Ctx, args: SearchArgs, output: &Output) -> Result<Rendered> {
    let (page, paging) = args.list.into_paging(args.limit);
    let account = args.account.into();
    if let Some(tag) = args.tag {
        let input = SearchTagInput {
            tag,
            sort: args.sort,
            page,
            account,
        };
        return Ok(output.render(SearchHashtags::run_paged(ctx, input, paging).await?));
    }
    let query = args.query.unwrap_or_default();
    if args.users {
        let input = SearchUsersInput {
            query,
            page,
            account,
        };
        return Ok(output.render(SearchUsers::run_paged(ctx, input, paging).await?));
    }
    let input = SearchPostsInput {
        query,
        author: args.author,
        mentions: args.mentions,
        since: args.since,
        until: args.until,
        lang: args.lang,
        domain: args.domain,
        sort: args.sort,
        page,
        account,
    };
    Ok(output.render(SearchPosts::run_paged(ctx, input, paging).await?))
}
