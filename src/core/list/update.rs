//! `bluesky_update_list` / `mcp-bluesky list update LIST`.

use serde::Deserialize;

use super::{ListOutput, check_text, own_list, purpose_name};
use crate::bsky::records::{self, ListParts};
use crate::bsky::uri::list_web_url;
use crate::core::fields::{AccountField, DryRunField};
use crate::core::post::{facets, record_json};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::{Error, Result};

/// Rename a list or change its description.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct UpdateListInput {
    /// One of your lists.
    pub list: String,
    /// A new name: 1 to 64 graphemes.
    #[serde(default)]
    pub name: Option<String>,
    /// A new description (at most 300 graphemes); an empty one removes it.
    #[serde(default)]
    pub description: Option<String>,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

pub struct UpdateList;

impl Tool for UpdateList {
    type Input = UpdateListInput;
    type Output = ListOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_update_list",
        title: "Change a Bluesky list",
        description: "Rename one of your lists or change its description (\"\" removes it). Members and purpose stay.",
        hints: Hints::WRITE,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: UpdateListInput) -> Result<ListOutput> {
        if input.name.is_none() && input.description.is_none() {
            return Err(Error::input(
                "nothing to change: give a new name, a new description, or both",
            ));
        }
        check_text(input.name.as_deref(), input.description.as_deref())?;
        let pds = ctx.connect(input.account.get()).await?;
        let (uri, old, cid) = own_list(ctx, &pds, "list", &input.list).await?;
        let old = old.data;
        let mut warnings = Vec::new();
        let (description, description_facets) = match input.description {
            None => (old.description, old.description_facets.unwrap_or_default()),
            Some(d) if d.trim().is_empty() => (None, Vec::new()),
            Some(d) => {
                let found = facets(ctx, Some(&pds), &d, &mut warnings).await?;
                (Some(d), found)
            }
        };
        let name = input.name.map(|n| n.trim().to_string()).unwrap_or(old.name);
        let record = records::list(ListParts {
            name: name.clone(),
            purpose: old.purpose.clone(),
            description,
            description_facets,
            created_at: Some(old.created_at),
            avatar: old.avatar,
        });
        let dry_run = input.dry_run.get();
        let output = ListOutput {
            action: "updated",
            uri: uri.to_uri(),
            url: list_web_url(&pds.handle(), &uri),
            name,
            purpose: purpose_name(&old.purpose),
            members_removed: None,
            dry_run,
            record: dry_run.then(|| record_json(&record)),
            warnings,
        };
        if !dry_run {
            pds.put_record(&uri, record, Some(cid)).await?;
            tracing::info!(account = %pds.session().alias, uri = %output.uri, "list updated");
        }
        Ok(output)
    }
}
