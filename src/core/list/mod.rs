//! Lists: curation lists (people to read) and moderation lists (people to
//! mute or block together), their members, and subscriptions to them.

pub mod create;
pub mod delete;
pub mod members;
pub mod show;
pub mod subscribe;
pub mod update;

use atrium_api::app::bsky::graph::{self, defs::ListView};
use atrium_api::types::Collection;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Ctx, Render, Style};
use crate::bsky::PdsConnection;
use crate::bsky::records;
use crate::bsky::richtext::grapheme_count;
use crate::bsky::uri::{AtUri, list_web_url};
use crate::error::{Error, Result};

/// Lexicon limits on a list's name and description.
const NAME_MAX_GRAPHEMES: usize = 64;
const NAME_MAX_BYTES: usize = 640;
const DESCRIPTION_MAX_GRAPHEMES: usize = 300;
const DESCRIPTION_MAX_BYTES: usize = 3000;

// What a list is for: people to read (a list feed), or to mute or block
// together. Inlined as a plain enum.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
#[schemars(inline)]
pub enum Purpose {
    #[default]
    Curation,
    Moderation,
}

impl Purpose {
    fn lexicon(self) -> &'static str {
        match self {
            Purpose::Curation => graph::defs::CURATELIST,
            Purpose::Moderation => graph::defs::MODLIST,
        }
    }
}

/// A list's purpose as people say it: `curation`, `moderation`, `reference`,
/// or the lexicon's value when it is none of those.
pub fn purpose_name(lexicon: &str) -> String {
    match lexicon {
        graph::defs::CURATELIST => "curation".into(),
        graph::defs::MODLIST => "moderation".into(),
        graph::defs::REFERENCELIST => "reference".into(),
        other => other.to_string(),
    }
}

/// A list as results show it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ListInfo {
    pub uri: String,
    pub name: String,
    /// `curation` or `moderation`.
    pub purpose: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its creator's handle.
    pub creator: String,
    /// How many accounts are on it, when the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<usize>,
    /// You mute its members through it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub muted: bool,
    /// You block its members through it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub blocked: bool,
    pub url: String,
}

impl ListInfo {
    pub fn from_view(view: ListView) -> ListInfo {
        let view = view.data;
        let creator = view.creator.handle.to_string();
        let viewer = view.viewer.map(|v| v.data);
        let url = AtUri::parse(&view.uri)
            .map(|uri| list_web_url(&creator, &uri))
            .unwrap_or_default();
        ListInfo {
            name: view.name,
            purpose: purpose_name(&view.purpose),
            description: view
                .description
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty()),
            creator,
            members: view.list_item_count,
            muted: viewer.as_ref().and_then(|v| v.muted) == Some(true),
            blocked: viewer.as_ref().is_some_and(|v| v.blocked.is_some()),
            url,
            uri: view.uri,
        }
    }

    /// One line: name, purpose, size, creator; then the description and URL
    /// (for an agent, the at:// URI and description on the same line).
    pub fn render(&self, out: &mut String, style: &Style) {
        let mut facts = vec![format!("{} list", self.purpose)];
        if let Some(n) = self.members {
            facts.push(super::render::count(n as u64, "member", "members"));
        }
        if self.muted {
            facts.push("muted".into());
        }
        if self.blocked {
            facts.push("blocked".into());
        }
        out.push_str(&format!(
            "{} {} {}",
            style.bold(&style.quote(&self.name)),
            style.dim(&format!("({})", facts.join(", "))),
            style.accent(&format!("by @{}", self.creator))
        ));
        if style.is_agent() {
            out.push_str(&format!(" {}", self.uri));
            if let Some(d) = &self.description {
                out.push_str(&format!(": {}", style.quote(d)));
            }
            out.push('\n');
            return;
        }
        out.push('\n');
        if let Some(d) = &self.description {
            out.push_str(&format!("  {}\n", d.lines().next().unwrap_or_default()));
        }
        out.push_str(&format!("  {}\n", style.dim(&self.url)));
    }
}

/// What was done to a list.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ListOutput {
    /// `created`, `updated` or `deleted`.
    pub action: &'static str,
    /// The list's at:// URI.
    pub uri: String,
    /// The list on bsky.app.
    pub url: String,
    pub name: String,
    /// `curation` or `moderation`.
    pub purpose: String,
    /// Members removed with a deleted list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members_removed: Option<usize>,
    /// True when nothing was written.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    /// The record a dry run would write.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<serde_json::Map<String, Value>>")]
    pub record: Option<Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Render for ListOutput {
    fn render(&self, style: &Style) -> String {
        let mut out = if self.dry_run {
            format!(
                "{} nothing changed; the {} list {:?} would be {}.\n",
                style.bold("Dry run:"),
                self.purpose,
                self.name,
                self.action
            )
        } else {
            let mut action = self.action.to_string();
            action[..1].make_ascii_uppercase();
            format!(
                "{} the {} list {:?}\n{}\n",
                style.good(&action),
                self.purpose,
                self.name,
                style.dim(&self.uri)
            )
        };
        if let Some(n) = self.members_removed {
            out.push_str(&format!(
                "{} {}\n",
                if self.dry_run {
                    "Would remove"
                } else {
                    "Removed"
                },
                super::render::count(n as u64, "member", "members")
            ));
        }
        if let Some(record) = &self.record {
            out.push_str(&style.json(record));
            out.push('\n');
        } else if self.action != "deleted" {
            out.push_str(&format!("{}\n", self.url));
        }
        out
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

/// Checks a list's name and description against the lexicon's limits.
fn check_text(name: Option<&str>, description: Option<&str>) -> Result<()> {
    if let Some(name) = name {
        if name.trim().is_empty() {
            return Err(Error::input("name is empty; a list needs a name"));
        }
        check_length("name", name, NAME_MAX_GRAPHEMES, NAME_MAX_BYTES)?;
    }
    if let Some(description) = description {
        check_length(
            "description",
            description,
            DESCRIPTION_MAX_GRAPHEMES,
            DESCRIPTION_MAX_BYTES,
        )?;
    }
    Ok(())
}

fn check_length(field: &str, text: &str, graphemes: usize, bytes: usize) -> Result<()> {
    let count = grapheme_count(text);
    if count > graphemes {
        return Err(Error::input(format!(
            "{field} is {count} graphemes; a list's {field} may have at most {graphemes}"
        )));
    }
    if text.len() > bytes {
        return Err(Error::input(format!(
            "{field} is {} bytes; a list's {field} may have at most {bytes}",
            text.len()
        )));
    }
    Ok(())
}

/// One of this account's lists, as the input `field` names it, with its
/// record: an error when it is another account's or does not exist.
async fn own_list(
    ctx: &Ctx,
    pds: &PdsConnection,
    field: &str,
    value: &str,
) -> Result<(AtUri, graph::list::Record, atrium_api::types::string::Cid)> {
    let uri = find_list(ctx, pds, field, value).await?;
    if uri.authority != pds.did() {
        return Err(Error::input(format!(
            "{field}: {} is not yours; only lists you created can be changed",
            uri.to_uri()
        )));
    }
    let found = pds
        .get_record(&uri)
        .await?
        .ok_or_else(|| not_found(field, &uri))?;
    let record = records::decode(&found.value).map_err(|e| {
        Error::remote(format!(
            "{}: the list record does not read as one: {e}",
            uri.to_uri()
        ))
    })?;
    let cid = found
        .cid
        .ok_or_else(|| Error::remote(format!("{} came back without its CID", uri.to_uri())))?;
    Ok((uri, record, cid))
}

/// The list the input `field` names, with its creator as a DID.
async fn find_list(ctx: &Ctx, pds: &PdsConnection, field: &str, value: &str) -> Result<AtUri> {
    let mut uri = AtUri::parse_list(field, value)?;
    uri.authority = ctx
        .accounts
        .require_did(pds.client(), field, &uri.authority)
        .await?;
    Ok(uri)
}

/// Why the AppView does not know the list `uri`: it does not exist, or it is
/// too new for the AppView to have indexed it.
async fn unknown_list(pds: &PdsConnection, field: &str, uri: &AtUri) -> Error {
    match pds.get_record(uri).await {
        Ok(Some(_)) => Error::remote(format!(
            "{field}: list {} exists but the AppView has not indexed it yet",
            uri.to_uri()
        ))
        .with_help("try again in a few seconds"),
        _ => not_found(field, uri),
    }
}

fn not_found(field: &str, uri: &AtUri) -> Error {
    Error::input(format!(
        "{field}: list {} does not exist (it was deleted, or never existed)",
        uri.to_uri()
    ))
}

/// This account's membership records of `list`: (record URI, member DID).
async fn memberships(pds: &PdsConnection, list: &str) -> Result<Vec<(String, String)>> {
    let items = pds.all_records(graph::Listitem::NSID).await?;
    Ok(items
        .into_iter()
        .filter_map(|r| {
            let item: graph::listitem::Record = records::decode(&r.value).ok()?;
            (item.list == list).then(|| (r.data.uri, item.subject.to_string()))
        })
        .collect())
}
