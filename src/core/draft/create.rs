//! `bluesky_create_draft` / `mcp-bluesky post --draft`.

use atrium_api::app::bsky::draft::create_draft;
use atrium_api::app::bsky::draft::defs::DraftData;
use serde::{Deserialize, Serialize};

use super::{DraftContent, DraftItem, build};
use crate::bsky::PdsConnection;
use crate::core::fields::{AccountField, DryRunField};
use crate::core::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::error::Result;

/// Prepare a draft for the person to review and send.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct CreateDraftInput {
    #[serde(flatten)]
    pub content: DraftContent,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

/// A draft saved, deleted, or (in a dry run) what would be saved.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct DraftOutput {
    /// `drafted`, `updated` or `deleted`.
    pub action: &'static str,
    /// The draft's id (absent in a dry run of a new draft).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The draft as saved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<DraftItem>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
}

pub struct CreateDraft;

impl Tool for CreateDraft {
    type Input = CreateDraftInput;
    type Output = DraftOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_create_draft",
        title: "Draft a Bluesky post for the person to send",
        description: "Save a draft for the person to review and send from the Bluesky app; nothing is published. Long text becomes a thread.",
        hints: Hints::WRITE,
        toolset: Toolset::Drafts,
    };

    async fn run(ctx: &Ctx, input: CreateDraftInput) -> Result<DraftOutput> {
        let pds = ctx.connect(input.account.get()).await?;
        let draft = build(ctx, &pds, input.content, false).await?;
        let dry_run = input.dry_run.get();
        let item = save(&pds, draft, dry_run).await?;
        Ok(DraftOutput {
            action: "drafted",
            id: (!dry_run).then(|| item.id.clone()),
            draft: Some(item),
            dry_run,
        })
    }
}

/// Saves `draft` as a new draft, or in a dry run only shows it (its id empty).
pub async fn save(pds: &PdsConnection, draft: DraftData, dry_run: bool) -> Result<DraftItem> {
    if dry_run {
        return Ok(DraftItem::from_draft(String::new(), &draft, None));
    }
    let request: create_draft::Input = create_draft::InputData {
        draft: draft.clone().into(),
    }
    .into();
    let created = pds
        .call(create_draft::NSID, |api| {
            api.app.bsky.draft.create_draft(request.clone())
        })
        .await?;
    let id = created.data.id.as_ref().to_string();
    tracing::info!(account = %pds.session().alias, id = %id, "drafted");
    Ok(DraftItem::from_draft(id, &draft, None))
}

impl Render for DraftOutput {
    fn render(&self, style: &Style) -> String {
        let id = self.id.as_deref().unwrap_or_default();
        if self.action == "deleted" {
            return if self.dry_run {
                format!("{} draft {id} would be deleted.\n", style.bold("Dry run:"))
            } else {
                format!("{} draft {id}\n", style.good("Deleted"))
            };
        }
        let mut out = if self.dry_run {
            format!(
                "{} nothing saved; the draft would be:\n",
                style.bold("Dry run:")
            )
        } else if self.action == "updated" {
            format!("{} draft {id}:\n", style.good("Updated"))
        } else {
            format!(
                "{} {id}: review and send it from Bluesky's drafts.\n",
                style.good("Drafted")
            )
        };
        if let Some(draft) = &self.draft {
            super::list::render_draft(&mut out, draft, style);
        }
        out
    }
}
