//! Mutes: an account's posts or a thread's notifications hidden from you.
//! Mutes are private (the AppView keeps them, not a record); muting twice,
//! or unmuting what is not muted, changes nothing and says so.

use atrium_api::app::bsky::graph::{
    get_mutes, mute_actor, mute_thread, unmute_actor, unmute_thread,
};
use serde::Deserialize;

use super::engage::EngageOutput;
use super::fields::{AccountField, PageField};
use super::follow::{ActorInput, actor_viewer};
use super::graph::{AccountsOutput, at_identifier, collect_accounts};
use super::like::PostActionInput;
use super::pages::Paging;
use super::target::resolve_post;
use super::{Ctx, Hints, Spec, Tool, Toolset};
use crate::bsky::PdsConnection;
use crate::bsky::uri::{AtUri, parse_actor};
use crate::error::Result;

/// Mute an account.
pub struct Mute;

impl Tool for Mute {
    type Input = ActorInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_mute",
        title: "Mute a Bluesky account",
        description: "Mute an account: its posts and notifications are hidden from you; it is not told.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        set_muted(ctx, input, true).await
    }
}

/// Unmute an account.
pub struct Unmute;

impl Tool for Unmute {
    type Input = ActorInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unmute",
        title: "Unmute a Bluesky account",
        description: "Unmute an account.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        set_muted(ctx, input, false).await
    }
}

async fn set_muted(ctx: &Ctx, input: ActorInput, mute: bool) -> Result<EngageOutput> {
    let actor = parse_actor("handle", &input.handle)?;
    let pds = ctx.connect(input.account.get()).await?;
    let did = ctx
        .accounts
        .require_did(pds.client(), "handle", &actor)
        .await?;
    let muted = actor_viewer(&pds, &did)
        .await?
        .and_then(|v| v.muted)
        .unwrap_or(false);
    let action = if mute { "muted" } else { "unmuted" };
    let output = EngageOutput {
        action,
        subject: did.clone(),
        record_uri: None,
        unchanged: muted == mute,
        dry_run: input.dry_run.get(),
        record: None,
    };
    if output.unchanged || output.dry_run {
        return Ok(output);
    }
    let actor = at_identifier(&did)?;
    if mute {
        let input: mute_actor::Input = mute_actor::InputData {
            actor,
            only_quoteposts: None,
            only_reposts: None,
        }
        .into();
        pds.call(mute_actor::NSID, |api| {
            api.app.bsky.graph.mute_actor(input.clone())
        })
        .await?;
    } else {
        let input: unmute_actor::Input = unmute_actor::InputData { actor }.into();
        pds.call(unmute_actor::NSID, |api| {
            api.app.bsky.graph.unmute_actor(input.clone())
        })
        .await?;
    }
    tracing::info!(account = %pds.session().alias, subject = %did, "{action}");
    Ok(output)
}

/// Mute a thread's notifications.
pub struct MuteThread;

impl Tool for MuteThread {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_mute_thread",
        title: "Mute a Bluesky thread",
        description: "Stop notifications from the thread of a post (all of it, from its first post).",
        hints: Hints::TOGGLE,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        set_thread_muted(ctx, input, true).await
    }
}

/// Unmute a thread.
pub struct UnmuteThread;

impl Tool for UnmuteThread {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unmute_thread",
        title: "Unmute a Bluesky thread",
        description: "Get notifications from a post's thread again.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        set_thread_muted(ctx, input, false).await
    }
}

async fn set_thread_muted(ctx: &Ctx, input: PostActionInput, mute: bool) -> Result<EngageOutput> {
    let uri = AtUri::parse_post("uri", &input.uri)?;
    let pds = ctx.connect(input.account.get()).await?;
    let post = resolve_post(ctx, &pds, "uri", uri).await?;
    let root = post
        .record
        .as_ref()
        .and_then(|r| r.reply.as_ref())
        .map(|r| r.root.uri.clone())
        .unwrap_or_else(|| post.uri.to_uri());
    let muted = if root == post.uri.to_uri() {
        post.viewer.and_then(|v| v.data.thread_muted) == Some(true)
    } else {
        thread_muted(ctx, &pds, &root).await?
    };
    let action = if mute { "muted" } else { "unmuted" };
    let output = EngageOutput {
        action,
        subject: root.clone(),
        record_uri: None,
        unchanged: muted == mute,
        dry_run: input.dry_run.get(),
        record: None,
    };
    if output.unchanged || output.dry_run {
        return Ok(output);
    }
    if mute {
        let input: mute_thread::Input = mute_thread::InputData { root: root.clone() }.into();
        pds.call(mute_thread::NSID, |api| {
            api.app.bsky.graph.mute_thread(input.clone())
        })
        .await?;
    } else {
        let input: unmute_thread::Input = unmute_thread::InputData { root: root.clone() }.into();
        pds.call(unmute_thread::NSID, |api| {
            api.app.bsky.graph.unmute_thread(input.clone())
        })
        .await?;
    }
    tracing::info!(account = %pds.session().alias, subject = %root, "thread {action}");
    Ok(output)
}

/// Whether the thread from `root` is muted, as the AppView says.
async fn thread_muted(ctx: &Ctx, pds: &PdsConnection, root: &str) -> Result<bool> {
    let root = resolve_post(ctx, pds, "uri", AtUri::parse(root)?).await?;
    Ok(root.viewer.and_then(|v| v.data.thread_muted) == Some(true))
}

/// Which page of your mutes or blocks to read.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct OwnListInput {
    #[serde(flatten)]
    pub page: PageField<{ super::graph::DEFAULT_LIMIT }>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// The accounts you muted.
pub struct GetMutes;

impl Tool for GetMutes {
    type Input = OwnListInput;
    type Output = AccountsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_mutes",
        title: "Accounts you muted",
        description: "The accounts you muted yourself (not through lists).",
        hints: Hints::READ,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: OwnListInput) -> Result<AccountsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetMutes {
    pub async fn run_paged(
        ctx: &Ctx,
        input: OwnListInput,
        paging: Paging,
    ) -> Result<AccountsOutput> {
        paging.check(input.page.limit, "accounts")?;
        let pds = ctx.connect(input.account.get()).await?;
        let found = collect_accounts(
            ctx,
            &pds,
            paging,
            input.page,
            get_mutes::NSID,
            |limit, cursor| {
                get_mutes::Parameters::from(get_mutes::ParametersData {
                    cursor,
                    limit: Some(limit),
                })
            },
        )
        .await?;
        Ok(AccountsOutput::new(pds.did(), found))
    }
}
