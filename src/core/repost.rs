//! `bluesky_repost` / `bluesky_unrepost`: share a post with your followers, or stop.

use super::engage::{EngageOutput, REPOST, act_on_post, undo_on_post};
use super::like::PostActionInput;
use super::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::Result;

/// Repost a post to your followers.
pub struct Repost;

impl Tool for Repost {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_repost",
        title: "Repost a Bluesky post",
        description: "Repost a post to your followers.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        act_on_post(
            ctx,
            input.account.get(),
            &input.uri,
            input.dry_run.get(),
            REPOST,
        )
        .await
    }
}

/// Undo your repost of a post.
pub struct Unrepost;

impl Tool for Unrepost {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unrepost",
        title: "Undo a repost",
        description: "Remove your repost of a post.",
        hints: Hints::DELETE,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        undo_on_post(
            ctx,
            input.account.get(),
            &input.uri,
            input.dry_run.get(),
            REPOST,
        )
        .await
    }
}
