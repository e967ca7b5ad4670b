//! Subscribing to a moderation list: muting its members (private, kept by
//! the AppView) or blocking them (a public `listblock` record), and undoing it.

use atrium_api::app::bsky::graph::{
    self, defs::ListView, get_list, mute_actor_list, unmute_actor_list,
};
use atrium_api::types::Collection;
use serde::Deserialize;

use super::{find_list, unknown_list};
use crate::bsky::PdsConnection;
use crate::bsky::lenient::page_size;
use crate::bsky::records;
use crate::core::engage::{EngageOutput, create_unless_there, delete_if_there, existing_record};
use crate::core::fields::{AccountField, DryRunField};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::{Error, Result};

/// A moderation list to subscribe to, or unsubscribe from.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ListActionInput {
    /// A moderation list.
    pub list: String,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

pub struct MuteList;

impl Tool for MuteList {
    type Input = ListActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_mute_list",
        title: "Mute a Bluesky moderation list",
        description: "Mute every account on a moderation list, now and as it changes. Private.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: ListActionInput) -> Result<EngageOutput> {
        set_list_muted(ctx, input, true).await
    }
}

pub struct UnmuteList;

impl Tool for UnmuteList {
    type Input = ListActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unmute_list",
        title: "Unmute a Bluesky moderation list",
        description: "Stop muting the accounts of a moderation list.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: ListActionInput) -> Result<EngageOutput> {
        set_list_muted(ctx, input, false).await
    }
}

pub struct BlockList;

impl Tool for BlockList {
    type Input = ListActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_block_list",
        title: "Block a Bluesky moderation list",
        description: "Block every account on a moderation list, now and as it changes. Public.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: ListActionInput) -> Result<EngageOutput> {
        let pds = ctx.connect(input.account.get()).await?;
        let (list, view) = moderation_list(ctx, &pds, &input.list, true).await?;
        let hint = view.data.viewer.and_then(|v| v.data.blocked);
        let existing = existing_record(&pds, graph::Listblock::NSID, hint, &list).await?;
        let record = records::list_block(&list);
        create_unless_there(&pds, "blocked", list, existing, record, input.dry_run.get()).await
    }
}

pub struct UnblockList;

impl Tool for UnblockList {
    type Input = ListActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unblock_list",
        title: "Unblock a Bluesky moderation list",
        description: "Stop blocking the accounts of a moderation list.",
        hints: Hints::DELETE,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: ListActionInput) -> Result<EngageOutput> {
        let pds = ctx.connect(input.account.get()).await?;
        let (list, view) = moderation_list(ctx, &pds, &input.list, false).await?;
        let hint = view.data.viewer.and_then(|v| v.data.blocked);
        let existing = existing_record(&pds, graph::Listblock::NSID, hint, &list).await?;
        delete_if_there(&pds, "unblocked", list, existing, input.dry_run.get()).await
    }
}

async fn set_list_muted(ctx: &Ctx, input: ListActionInput, mute: bool) -> Result<EngageOutput> {
    let pds = ctx.connect(input.account.get()).await?;
    let (list, view) = moderation_list(ctx, &pds, &input.list, mute).await?;
    let muted = view.data.viewer.and_then(|v| v.data.muted) == Some(true);
    let action = if mute { "muted" } else { "unmuted" };
    let output = EngageOutput {
        action,
        subject: list.clone(),
        record_uri: None,
        unchanged: muted == mute,
        dry_run: input.dry_run.get(),
        record: None,
    };
    if output.unchanged || output.dry_run {
        return Ok(output);
    }
    if mute {
        let input: mute_actor_list::Input =
            mute_actor_list::InputData { list: list.clone() }.into();
        pds.call(mute_actor_list::NSID, |api| {
            api.app.bsky.graph.mute_actor_list(input.clone())
        })
        .await?;
    } else {
        let input: unmute_actor_list::Input =
            unmute_actor_list::InputData { list: list.clone() }.into();
        pds.call(unmute_actor_list::NSID, |api| {
            api.app.bsky.graph.unmute_actor_list(input.clone())
        })
        .await?;
    }
    tracing::info!(account = %pds.session().alias, list = %list, "list {action}");
    Ok(output)
}

/// The list `value` names, as the AppView shows it to this account; when
/// `subscribing`, it must be a moderation list.
async fn moderation_list(
    ctx: &Ctx,
    pds: &PdsConnection,
    value: &str,
    subscribing: bool,
) -> Result<(String, ListView)> {
    let uri = find_list(ctx, pds, "list", value).await?;
    let params: get_list::Parameters = get_list::ParametersData {
        cursor: None,
        limit: Some(page_size(1)),
        list: uri.to_uri(),
    }
    .into();
    let view = match pds
        .call_xrpc(|api| api.app.bsky.graph.get_list(params.clone()))
        .await?
    {
        Ok(found) => found.data.list,
        Err(e) if e.message.contains("not found") => {
            return Err(unknown_list(pds, "list", &uri).await);
        }
        Err(e) => return Err(e.into_error(get_list::NSID)),
    };
    if subscribing && view.purpose != graph::defs::MODLIST {
        return Err(Error::input(format!(
            "list: {} is a {} list; only moderation lists can be muted or blocked as a whole",
            uri.to_uri(),
            super::purpose_name(&view.purpose)
        )));
    }
    Ok((uri.to_uri(), view))
}
