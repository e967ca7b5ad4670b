//! `bluesky_repost` / `bluesky_unrepost`: share a post with your followers, or stop.

use super::engage::{EngageOutput, REPOST, act_on_post, undo_on_post};
use super::like::PostActionInput;
use super::{Ctx, Hints, Operation, Tool};
use crate::error::Result;

/// Repost a post to your followers.
pub struct Repost;

impl Tool for Repost {
    const NAME: &'static str = "bluesky_repost";
    const TITLE: &'static str = "Repost a Bluesky post";
    const DESCRIPTION: &'static str = "Repost a post to your followers, given its at:// URI or bsky.app URL. Reposting a post already reposted changes nothing.";
    const HINTS: Hints = Hints::TOGGLE;
}

impl Operation for Repost {
    type Input = PostActionInput;
    type Output = EngageOutput;

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        act_on_post(
            ctx,
            input.account.as_deref(),
            &input.uri,
            input.dry_run,
            REPOST,
        )
        .await
    }
}

/// Undo your repost of a post.
pub struct Unrepost;

impl Tool for Unrepost {
    const NAME: &'static str = "bluesky_unrepost";
    const TITLE: &'static str = "Undo a repost";
    const DESCRIPTION: &'static str = "Remove your repost of a post, given its at:// URI or bsky.app URL. A post not reposted is left as it is.";
    const HINTS: Hints = Hints::DELETE;
}

impl Operation for Unrepost {
    type Input = PostActionInput;
    type Output = EngageOutput;

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        undo_on_post(
            ctx,
            input.account.as_deref(),
            &input.uri,
            input.dry_run,
            REPOST,
        )
        .await
    }
}
