//! `bluesky_like` / `bluesky_unlike`: like a post, or take the like back.

use clap::Args;
use serde::Deserialize;

use super::engage::{EngageOutput, LIKE, act_on_post, undo_on_post};
use super::{Ctx, Hints, Operation, Tool, schemars};
use crate::error::Result;

/// A post to act on.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PostActionInput {
    /// The post: its at:// URI or bsky.app URL.
    pub uri: String,
    /// The account to act as (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    #[serde(default)]
    pub account: Option<String>,
    /// Show what would change without changing it.
    #[arg(long)]
    #[serde(default)]
    pub dry_run: bool,
}

/// Like a post.
pub struct Like;

impl Tool for Like {
    const NAME: &'static str = "bluesky_like";
    const TITLE: &'static str = "Like a Bluesky post";
    const DESCRIPTION: &'static str = "Like a post, given its at:// URI or bsky.app URL. Liking a post already liked changes nothing.";
    const HINTS: Hints = Hints::TOGGLE;
}

impl Operation for Like {
    type Input = PostActionInput;
    type Output = EngageOutput;

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        act_on_post(
            ctx,
            input.account.as_deref(),
            &input.uri,
            input.dry_run,
            LIKE,
        )
        .await
    }
}

/// Take back your like of a post.
pub struct Unlike;

impl Tool for Unlike {
    const NAME: &'static str = "bluesky_unlike";
    const TITLE: &'static str = "Unlike a Bluesky post";
    const DESCRIPTION: &'static str = "Remove your like from a post, given its at:// URI or bsky.app URL. A post not liked is left as it is.";
    const HINTS: Hints = Hints::DELETE;
}

impl Operation for Unlike {
    type Input = PostActionInput;
    type Output = EngageOutput;

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        undo_on_post(
            ctx,
            input.account.as_deref(),
            &input.uri,
            input.dry_run,
            LIKE,
        )
        .await
    }
}
