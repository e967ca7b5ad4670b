//! `mcp-bluesky trends [--topics]`: trends (`bluesky_get_trends`) or
//! trending topics (`bluesky_get_trending_topics`).

use clap::Args;

use crate::cli::args::AccountArg;
use crate::cli::{Output, Rendered};
use crate::core::trends::{GetTrendingTopics, GetTrends, TrendsInput};
use crate::core::{Ctx, Tool};
use crate::error::Result;

/// What is trending on Bluesky now.
#[derive(Debug, Args)]
pub struct TrendsArgs {
    /// Trending topics (and suggested ones) instead of trends.
    #[arg(long)]
    pub topics: bool,
    /// How many, 1 to 25.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: u32,
    #[command(flatten)]
    pub account: AccountArg,
}

pub async fn run(ctx: &Ctx, args: TrendsArgs, out: &Output) -> Result<Rendered> {
    let input = TrendsInput {
        limit: args.limit,
        account: args.account.into(),
    };
    Ok(out.render(if args.topics {
        GetTrendingTopics::run(ctx, input).await?
    } else {
        GetTrends::run(ctx, input).await?
    }))
}
