//! `likes`, `reposts`, `quotes` (of a post) and `followers`, `follows` (of an
//! account): each runs the MCP tool of its name, across as many pages as asked.

use clap::Args;

use crate::cli::args::{AccountArg, ListArgs};
use crate::cli::{Output, Rendered};
use crate::core::Ctx;
use crate::core::graph::{
    ActorListInput, DEFAULT_LIMIT, GetFollowers, GetFollows, GetKnownFollowers, GetLikes,
    GetQuotes, GetRepostedBy, KnownFollowersInput, PostListInput,
};
use crate::error::Result;

#[derive(Debug, Args)]
pub struct PostListArgs {
    /// The post: its at:// URI or bsky.app URL.
    pub uri: String,
    /// How many, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

impl PostListArgs {
    fn into_input(self) -> (PostListInput, crate::core::pages::Paging) {
        let (page, paging) = self.list.into_paging(self.limit);
        let input = PostListInput {
            uri: self.uri,
            page,
            account: self.account.into(),
        };
        (input, paging)
    }
}

pub async fn likes(ctx: &Ctx, args: PostListArgs, output: &Output) -> Result<Rendered> {
    let (input, paging) = args.into_input();
    Ok(output.render(GetLikes::run_paged(ctx, input, paging).await?))
}

pub async fn reposts(ctx: &Ctx, args: PostListArgs, output: &Output) -> Result<Rendered> {
    let (input, paging) = args.into_input();
    Ok(output.render(GetRepostedBy::run_paged(ctx, input, paging).await?))
}

pub async fn quotes(ctx: &Ctx, args: PostListArgs, output: &Output) -> Result<Rendered> {
    let (input, paging) = args.into_input();
    Ok(output.render(GetQuotes::run_paged(ctx, input, paging).await?))
}

#[derive(Debug, Args)]
pub struct FollowsArgs {
    /// The account: a handle (with or without @), a DID, or a bsky.app profile URL. Default: yours.
    #[arg(value_name = "HANDLE")]
    pub handle: Option<String>,
    /// How many, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

#[derive(Debug, Args)]
pub struct FollowersArgs {
    #[command(flatten)]
    pub of: FollowsArgs,
    /// Only those you follow too (bluesky_get_known_followers; needs HANDLE).
    #[arg(long, requires = "handle")]
    pub known: bool,
}

pub async fn followers(ctx: &Ctx, args: FollowersArgs, output: &Output) -> Result<Rendered> {
    let of = args.of;
    let (page, paging) = of.list.into_paging(of.limit);
    let account = of.account.into();
    match (args.known, of.handle) {
        (true, Some(handle)) => {
            let input = KnownFollowersInput {
                handle,
                page,
                account,
            };
            Ok(output.render(GetKnownFollowers::run_paged(ctx, input, paging).await?))
        }
        (_, handle) => {
            let input = ActorListInput {
                handle,
                page,
                account,
            };
            Ok(output.render(GetFollowers::run_paged(ctx, input, paging).await?))
        }
    }
}

pub async fn follows(ctx: &Ctx, args: FollowsArgs, output: &Output) -> Result<Rendered> {
    let (page, paging) = args.list.into_paging(args.limit);
    let input = ActorListInput {
        handle: args.handle,
        page,
        account: args.account.into(),
    };
    Ok(output.render(GetFollows::run_paged(ctx, input, paging).await?))
}
