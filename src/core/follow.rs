//! `bluesky_follow` / `bluesky_unfollow`: follow an account, or stop.

use std::sync::Arc;

use atrium_api::app::bsky::actor::get_profile;
use atrium_api::app::bsky::graph;
use atrium_api::types::Collection;
use serde::Deserialize;

use super::engage::{EngageOutput, create_unless_there, delete_if_there, existing_record};
use super::fields::{AccountField, DryRunField};
use super::{Ctx, Hints, Spec, Tool, Toolset};
use crate::bsky::PdsConnection;
use crate::bsky::records;
use crate::bsky::uri::parse_actor;
use crate::error::Result;

/// An account to act on.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ActorInput {
    /// The account: a handle (with or without @), a DID, or a bsky.app profile URL.
    pub handle: String,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

/// Follow an account.
pub struct Follow;

impl Tool for Follow {
    type Input = ActorInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_follow",
        title: "Follow a Bluesky account",
        description: "Follow an account, given its handle, DID or bsky.app profile URL. Following an account already followed changes nothing.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        let (pds, did, existing) = subject(ctx, &input).await?;
        let record = records::follow(records::parse_did(&did)?);
        create_unless_there(&pds, "followed", did, existing, record, input.dry_run.get()).await
    }
}

/// Stop following an account.
pub struct Unfollow;

impl Tool for Unfollow {
    type Input = ActorInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unfollow",
        title: "Unfollow a Bluesky account",
        description: "Stop following an account, given its handle, DID or bsky.app profile URL. An account not followed is left as it is.",
        hints: Hints::DELETE,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        let (pds, did, existing) = subject(ctx, &input).await?;
        delete_if_there(&pds, "unfollowed", did, existing, input.dry_run.get()).await
    }
}

/// The connection to act through, the DID of the account `input` names,
/// and the follow record of it, if there is one.
async fn subject(
    ctx: &Ctx,
    input: &ActorInput,
) -> Result<(Arc<PdsConnection>, String, Option<String>)> {
    let actor = parse_actor("handle", &input.handle)?;
    let pds = ctx.accounts.connect(input.account.get()).await?;
    let did = ctx
        .accounts
        .require_did(pds.client(), "handle", &actor)
        .await?;
    let existing = existing_follow(&pds, &did).await?;
    Ok((pds, did, existing))
}

/// The follow record, from the account's own repository, helped by the
/// profile's viewer state when the AppView has one: an account it has not
/// indexed yet (just created) is no reason to fail.
async fn existing_follow(pds: &PdsConnection, did: &str) -> Result<Option<String>> {
    let params: get_profile::Parameters = get_profile::ParametersData {
        actor: did
            .parse()
            .map_err(|why: &str| crate::error::Error::remote(format!("{did:?}: {why}")))?,
    }
    .into();
    let hint = match pds
        .call_xrpc(|api| api.app.bsky.actor.get_profile(params.clone()))
        .await?
    {
        Ok(profile) => profile.data.viewer.and_then(|v| v.data.following),
        Err(e) => {
            tracing::debug!(
                "no viewer state for {did}, looking in the repository: {}",
                e.message
            );
            None
        }
    };
    existing_record(pds, graph::Follow::NSID, hint, did).await
}
