//! `bluesky_create_list` / `mcp-bluesky list create NAME`.

use serde::Deserialize;

use super::{ListOutput, Purpose, check_text};
use crate::bsky::records::{self, ListParts};
use crate::bsky::uri::list_web_url;
use crate::core::fields::{AccountField, DryRunField};
use crate::core::post::{facets, record_json};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::Result;

/// Create a list.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct CreateListInput {
    /// The list's name: 1 to 64 graphemes.
    pub name: String,

    #[serde(default)]
    pub purpose: Purpose,
    /// What the list is about: at most 300 graphemes; mentions, links and #tags become facets.
    #[serde(default)]
    pub description: Option<String>,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

pub struct CreateList;

impl Tool for CreateList {
    type Input = CreateListInput;
    type Output = ListOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_create_list",
        title: "Create a Bluesky list",
        description: "Create a list: purpose `curation` (people to read) or `moderation` (people to mute or block together), a name and a description. Add members with bluesky_add_to_list.",
        hints: Hints::WRITE,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: CreateListInput) -> Result<ListOutput> {
        let description = input.description.filter(|d| !d.trim().is_empty());
        check_text(Some(&input.name), description.as_deref())?;
        let pds = ctx.connect(input.account.get()).await?;
        let mut warnings = Vec::new();
        let description_facets = match &description {
            Some(d) => facets(ctx, Some(&pds), d, &mut warnings).await?,
            None => Vec::new(),
        };
        let record = records::list(ListParts {
            name: input.name.trim().to_string(),
            purpose: input.purpose.lexicon().to_string(),
            description,
            description_facets,
            created_at: None,
            avatar: None,
        });
        let uri = pds.new_uri(records::collection_of(&record)?);
        let dry_run = input.dry_run.get();
        let output = ListOutput {
            action: "created",
            url: list_web_url(&pds.handle(), &uri),
            uri: uri.to_uri(),
            name: input.name.trim().to_string(),
            purpose: super::purpose_name(input.purpose.lexicon()),
            members_removed: None,
            dry_run,
            record: dry_run.then(|| record_json(&record)),
            warnings,
        };
        if !dry_run {
            let created = pds.create_record(record).await?;
            tracing::info!(account = %pds.session().alias, uri = %created.uri, "list created");
            return Ok(ListOutput {
                url: list_web_url(
                    &pds.handle(),
                    &crate::bsky::uri::AtUri::parse(&created.uri)?,
                ),
                uri: created.data.uri,
                ..output
            });
        }
        Ok(output)
    }
}
