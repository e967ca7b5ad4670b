//! `bluesky_delete_list` / `mcp-bluesky list delete LIST`: the list, its
//! members and your block subscription to it go together.

use atrium_api::app::bsky::graph;
use atrium_api::types::Collection;
use serde::Deserialize;

use super::{ListOutput, memberships, own_list, purpose_name};
use crate::bsky::repo::{MAX_WRITES, Write};
use crate::bsky::uri::{AtUri, list_web_url};
use crate::core::fields::{AccountField, DryRunField};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::Result;

/// Delete a list.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct DeleteListInput {
    /// One of your lists.
    pub list: String,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

pub struct DeleteList;

impl Tool for DeleteList {
    type Input = DeleteListInput;
    type Output = ListOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_delete_list",
        title: "Delete a Bluesky list",
        description: "Delete one of your lists and its members (the accounts are untouched).",
        hints: Hints::DELETE,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: DeleteListInput) -> Result<ListOutput> {
        let pds = ctx.connect(input.account.get()).await?;
        let (uri, record, _) = own_list(ctx, &pds, "list", &input.list).await?;
        let list = uri.to_uri();
        let members = memberships(&pds, &list).await?;
        let mut doomed: Vec<AtUri> = members
            .iter()
            .map(|(item, _)| AtUri::parse(item))
            .collect::<Result<_>>()?;
        if let Some(block) = pds.find_own_record(graph::Listblock::NSID, &list).await? {
            doomed.push(AtUri::parse(&block)?);
        }
        let dry_run = input.dry_run.get();
        if !dry_run {
            // The list goes with the last batch: it is never gone while members remain.
            let mut batches: Vec<Vec<Write>> = doomed
                .chunks(MAX_WRITES)
                .map(|chunk| chunk.iter().cloned().map(Write::Delete).collect())
                .collect();
            match batches.last_mut() {
                Some(last) if last.len() < MAX_WRITES => last.push(Write::Delete(uri.clone())),
                _ => batches.push(vec![Write::Delete(uri.clone())]),
            }
            let total = batches.len();
            for (i, batch) in batches.into_iter().enumerate() {
                ctx.report(i as f64, total as f64, "deleting members");
                pds.apply_writes(batch).await?;
            }
            tracing::info!(account = %pds.session().alias, uri = %list, members = members.len(), "list deleted");
        }
        Ok(ListOutput {
            action: "deleted",
            url: list_web_url(&pds.handle(), &uri),
            uri: list,
            name: record.data.name,
            purpose: purpose_name(&record.data.purpose),
            members_removed: Some(members.len()),
            dry_run,
            record: None,
            warnings: Vec::new(),
        })
    }
}
