//! `bluesky_follow` / `bluesky_unfollow`: follow an account, or stop.

use clap::Args;
use serde::Deserialize;
use serde_json::json;

use super::engage::{EngageOutput, create_unless_there, delete_if_there, existing_record};
use super::post::now;
use super::{Ctx, Hints, Operation, Tool, schemars};
use crate::bsky::Agent;
use crate::error::Result;

const FOLLOW: &str = "app.bsky.graph.follow";

/// An account to act on.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActorInput {
    /// The account: a handle (with or without @), a DID, or a bsky.app profile URL.
    pub handle: String,
    /// The account to act as (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    #[serde(default)]
    pub account: Option<String>,
    /// Show what would change without changing it.
    #[arg(long)]
    #[serde(default)]
    pub dry_run: bool,
}

/// Follow an account.
pub struct Follow;

impl Tool for Follow {
    const NAME: &'static str = "bluesky_follow";
    const TITLE: &'static str = "Follow a Bluesky account";
    const DESCRIPTION: &'static str = "Follow an account, given its handle, DID or bsky.app profile URL. Following an account already followed changes nothing.";
    const HINTS: Hints = Hints::TOGGLE;
}

impl Operation for Follow {
    type Input = ActorInput;
    type Output = EngageOutput;

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        let agent = ctx.accounts.agent(input.account.as_deref()).await?;
        let did = subject_did(ctx, &agent, &input.handle).await?;
        let existing = existing_follow(&agent, &did).await?;
        let record = json!({"$type": FOLLOW, "subject": did, "createdAt": now()});
        create_unless_there(
            &agent,
            FOLLOW,
            "followed",
            did,
            existing,
            record,
            input.dry_run,
        )
        .await
    }
}

/// Stop following an account.
pub struct Unfollow;

impl Tool for Unfollow {
    const NAME: &'static str = "bluesky_unfollow";
    const TITLE: &'static str = "Unfollow a Bluesky account";
    const DESCRIPTION: &'static str = "Stop following an account, given its handle, DID or bsky.app profile URL. An account not followed is left as it is.";
    const HINTS: Hints = Hints::DELETE;
}

impl Operation for Unfollow {
    type Input = ActorInput;
    type Output = EngageOutput;

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        let agent = ctx.accounts.agent(input.account.as_deref()).await?;
        let did = subject_did(ctx, &agent, &input.handle).await?;
        let existing = existing_follow(&agent, &did).await?;
        delete_if_there(&agent, "unfollowed", did, existing, input.dry_run).await
    }
}

async fn subject_did(ctx: &Ctx, agent: &Agent, handle: &str) -> Result<String> {
    let actor = crate::bsky::uri::parse_actor("handle", handle)?;
    ctx.accounts
        .require_did(agent.xrpc(), "handle", &actor)
        .await
}

/// The follow record, from the account's own repository, helped by the
/// profile's viewer state when the AppView has one: an account it has not
/// indexed yet (just created) is no reason to fail.
async fn existing_follow(agent: &Agent, did: &str) -> Result<Option<String>> {
    #[derive(Deserialize)]
    struct Profile {
        #[serde(default)]
        viewer: Viewer,
    }
    #[derive(Default, Deserialize)]
    struct Viewer {
        following: Option<String>,
    }
    let hint = match agent
        .query_xrpc::<Profile>("app.bsky.actor.getProfile", &[("actor", did.to_string())])
        .await?
    {
        Ok(profile) => profile.viewer.following,
        Err(e) => {
            tracing::debug!(
                "no viewer state for {did}, looking in the repository: {}",
                e.message
            );
            None
        }
    };
    existing_record(agent, FOLLOW, hint, did).await
}
