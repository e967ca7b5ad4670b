//! `bluesky_like` / `bluesky_unlike`: like a post, or take the like back.

use serde::Deserialize;

use super::engage::{EngageOutput, LIKE, act_on_post, undo_on_post};
use super::fields::{AccountField, DryRunField};
use super::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::Result;

/// A post to act on.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct PostActionInput {
    // A post's at:// URI or bsky.app URL, as the instructions say.
    pub uri: String,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

/// Like a post.
pub struct Like;

impl Tool for Like {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_like",
        title: "Like a Bluesky post",
        description: "Like a post.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        act_on_post(
            ctx,
            input.account.get(),
            &input.uri,
            input.dry_run.get(),
            LIKE,
        )
        .await
    }
}

/// Take back your like of a post.
pub struct Unlike;

impl Tool for Unlike {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unlike",
        title: "Unlike a Bluesky post",
        description: "Remove your like from a post.",
        hints: Hints::DELETE,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        undo_on_post(
            ctx,
            input.account.get(),
            &input.uri,
            input.dry_run.get(),
            LIKE,
        )
        .await
    }
}
