//! `bluesky_add_to_list` / `bluesky_remove_from_list`: one membership record
//! per account and list, never two after a retry.

use serde::Deserialize;

use super::{memberships, own_list};
use crate::bsky::records;
use crate::bsky::uri::parse_actor;
use crate::core::engage::{EngageOutput, create_unless_there, delete_if_there};
use crate::core::fields::{AccountField, DryRunField};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::Result;

/// An account to add to or remove from a list.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct MemberInput {
    /// One of your lists.
    pub list: String,
    // An account's handle, DID or profile URL, as the instructions say.
    pub handle: String,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

pub struct AddToList;

impl Tool for AddToList {
    type Input = MemberInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_add_to_list",
        title: "Add an account to a Bluesky list",
        description: "Add an account to one of your lists.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: MemberInput) -> Result<EngageOutput> {
        let (pds, list, did, existing) = member(ctx, &input).await?;
        let record = records::list_item(&list, records::parse_did(&did)?);
        create_unless_there(&pds, "listed", did, existing, record, input.dry_run.get()).await
    }
}

pub struct RemoveFromList;

impl Tool for RemoveFromList {
    type Input = MemberInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_remove_from_list",
        title: "Remove an account from a Bluesky list",
        description: "Remove an account from one of your lists.",
        hints: Hints::DELETE,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: MemberInput) -> Result<EngageOutput> {
        let (pds, _, did, existing) = member(ctx, &input).await?;
        delete_if_there(&pds, "unlisted", did, existing, input.dry_run.get()).await
    }
}

/// The connection, the list's URI, the account's DID and its membership
/// record, read from the repository (the AppView may lag).
async fn member(
    ctx: &Ctx,
    input: &MemberInput,
) -> Result<(
    std::sync::Arc<crate::bsky::PdsConnection>,
    String,
    String,
    Option<String>,
)> {
    let actor = parse_actor("handle", &input.handle)?;
    let pds = ctx.connect(input.account.get()).await?;
    let (uri, _, _) = own_list(ctx, &pds, "list", &input.list).await?;
    let did = ctx
        .accounts
        .require_did(pds.client(), "handle", &actor)
        .await?;
    let list = uri.to_uri();
    let existing = memberships(&pds, &list)
        .await?
        .into_iter()
        .find(|(_, member)| *member == did)
        .map(|(item, _)| item);
    Ok((pds, list, did, existing))
}
