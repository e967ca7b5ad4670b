//! `bluesky_follow` / `bluesky_unfollow`: follow an account, or stop.

use std::sync::Arc;

use atrium_api::app::bsky::actor::defs::ViewerStateData;
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
    // An account's handle, DID or profile URL, as the instructions say.
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
        description: "Follow an account.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        let (pds, did, existing) =
            actor_record(ctx, &input, graph::Follow::NSID, following).await?;
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
        description: "Stop following an account.",
        hints: Hints::DELETE,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        let (pds, did, existing) =
            actor_record(ctx, &input, graph::Follow::NSID, following).await?;
        delete_if_there(&pds, "unfollowed", did, existing, input.dry_run.get()).await
    }
}

/// The connection to act through, the DID of the account `input` names,
/// and this account's record in `collection` about it (a follow, a block),
/// if there is one: from the repository, helped by the AppView's viewer
/// state (`hint` picks the record's URI there).
pub async fn actor_record(
    ctx: &Ctx,
    input: &ActorInput,
    collection: &str,
    hint: fn(ViewerStateData) -> Option<String>,
) -> Result<(Arc<PdsConnection>, String, Option<String>)> {
    let actor = parse_actor("handle", &input.handle)?;
    let pds = ctx.connect(input.account.get()).await?;
    let did = ctx
        .accounts
        .require_did(pds.client(), "handle", &actor)
        .await?;
    let hint = actor_viewer(&pds, &did).await?.and_then(hint);
    let existing = existing_record(&pds, collection, hint, &did).await?;
    Ok((pds, did, existing))
}

fn following(viewer: ViewerStateData) -> Option<String> {
    viewer.following
}

/// How this account relates to `did`, as the AppView knows it: none for an
/// account it has not indexed yet (just created), which is no reason to fail.
pub async fn actor_viewer(pds: &PdsConnection, did: &str) -> Result<Option<ViewerStateData>> {
    let params: get_profile::Parameters = get_profile::ParametersData {
        actor: did
            .parse()
            .map_err(|why: &str| crate::error::Error::remote(format!("{did:?}: {why}")))?,
    }
    .into();
    match pds
        .call_xrpc(|api| api.app.bsky.actor.get_profile(params.clone()))
        .await?
    {
        Ok(profile) => Ok(profile.data.viewer.map(|v| v.data)),
        Err(e) => {
            tracing::debug!("no viewer state for {did}: {}", e.message);
            Ok(None)
        }
    }
}
