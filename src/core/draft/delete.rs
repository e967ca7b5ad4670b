//! `bluesky_delete_draft` / `mcp-bluesky draft rm ID`.

use atrium_api::app::bsky::draft::delete_draft;
use serde::Deserialize;

use super::create::DraftOutput;
use crate::core::fields::{AccountField, DryRunField};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::{Error, Result};

/// A draft to delete.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct DeleteDraftInput {
    /// From bluesky_get_drafts.
    pub id: String,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

pub struct DeleteDraft;

impl Tool for DeleteDraft {
    type Input = DeleteDraftInput;
    type Output = DraftOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_delete_draft",
        title: "Delete a Bluesky draft",
        description: "Delete one of your drafts.",
        hints: Hints::DELETE,
        toolset: Toolset::Drafts,
    };

    async fn run(ctx: &Ctx, input: DeleteDraftInput) -> Result<DraftOutput> {
        let id = input.id.trim().to_string();
        let tid = id.parse().map_err(|why| {
            Error::input(format!(
                "id {id:?} is not a draft id ({why}); bluesky_get_drafts lists them"
            ))
        })?;
        let pds = ctx.connect(input.account.get()).await?;
        if super::list::find(&pds, &id).await?.is_none() {
            return Err(Error::input(format!(
                "id: there is no draft {id}; bluesky_get_drafts lists them"
            )));
        }
        if !input.dry_run.get() {
            let request: delete_draft::Input = delete_draft::InputData { id: tid }.into();
            pds.call(delete_draft::NSID, |api| {
                api.app.bsky.draft.delete_draft(request.clone())
            })
            .await?;
            tracing::info!(account = %pds.session().alias, id = %id, "draft deleted");
        }
        Ok(DraftOutput {
            action: "deleted",
            id: Some(id),
            draft: None,
            dry_run: input.dry_run.get(),
        })
    }
}
