//! `bluesky_get_drafts` / `mcp-bluesky draft ls`.

use atrium_api::app::bsky::draft::{defs::DraftView, get_drafts};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::DraftItem;
use crate::bsky::PdsConnection;
use crate::bsky::lenient::{Page, page_size};
use crate::core::fields::{AccountField, PageField};
use crate::core::pages::{Paging, collect};
use crate::core::render::json_items;
use crate::core::render::{Cut, count, relative_time};
use crate::core::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::error::Result;

/// Which page of your drafts to read.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct DraftsInput {
    #[serde(flatten)]
    pub page: PageField<25>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// Your drafts, most recently changed first.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct DraftsOutput {
    pub drafts: Vec<DraftItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Drafts the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

pub struct GetDrafts;

impl Tool for GetDrafts {
    type Input = DraftsInput;
    type Output = DraftsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_drafts",
        title: "Your Bluesky drafts",
        description: "Your drafts, most recently changed first.",
        hints: Hints::READ,
        toolset: Toolset::Drafts,
    };

    async fn run(ctx: &Ctx, input: DraftsInput) -> Result<DraftsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

pub fn item(view: DraftView) -> DraftItem {
    let view = view.data;
    DraftItem::from_draft(
        view.id.as_ref().to_string(),
        &view.draft,
        Some(view.updated_at.as_str().to_string()),
    )
}

impl GetDrafts {
    pub async fn run_paged(ctx: &Ctx, input: DraftsInput, paging: Paging) -> Result<DraftsOutput> {
        paging.check(input.page.limit, "drafts")?;
        let pds = ctx.connect(input.account.get()).await?;
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let params: get_drafts::Parameters = get_drafts::ParametersData {
                cursor,
                limit: Some(page_size(size)),
            }
            .into();
            let pds = &pds;
            async move {
                let page: Page<DraftView> = pds.page(get_drafts::NSID, params).await?;
                Ok((page.items.map(item), page.cursor))
            }
        })
        .await?;
        Ok(DraftsOutput {
            drafts: found.items,
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

/// The draft `id`, looked for through all of this account's drafts.
pub async fn find(pds: &PdsConnection, id: &str) -> Result<Option<DraftView>> {
    let mut cursor = None;
    loop {
        let params: get_drafts::Parameters = get_drafts::ParametersData {
            cursor: cursor.clone(),
            limit: Some(page_size(100)),
        }
        .into();
        let page: Page<DraftView> = pds.page(get_drafts::NSID, params).await?;
        let empty = page.items.items.is_empty();
        if let Some(found) = page.items.items.into_iter().find(|d| d.id.as_ref() == id) {
            return Ok(Some(found));
        }
        match page.cursor {
            // The AppView ends its drafts with an empty cursor.
            Some(next) if !empty && !next.is_empty() => cursor = Some(next),
            _ => return Ok(None),
        }
    }
}

/// One draft: its id and each post's text, then what it carries.
pub fn render_draft(out: &mut String, draft: &DraftItem, style: &Style) {
    let n = draft.posts.len();
    if !draft.id.is_empty() {
        out.push_str(&format!(
            "{} {}\n",
            style.bold(&draft.id),
            style.dim(&format!(
                "({}{})",
                count(n as u64, "post", "posts"),
                draft
                    .updated_at
                    .as_deref()
                    .map(|t| format!(", changed {}", relative_time(t, chrono::Utc::now())))
                    .unwrap_or_default()
            ))
        ));
    }
    for (i, text) in draft.posts.iter().enumerate() {
        let prefix = if n > 1 {
            format!("{}/{n} ", i + 1)
        } else {
            String::new()
        };
        let mut lines = text.lines();
        out.push_str(&format!("  {prefix}{}\n", lines.next().unwrap_or_default()));
        for line in lines {
            out.push_str(&format!("  {line}\n"));
        }
    }
    if let Some(quote) = &draft.quote {
        out.push_str(&format!("  [quote: {quote}]\n"));
    }
    if let Some(link) = &draft.link {
        out.push_str(&format!("  [link: {link}]\n"));
    }
    if draft.media {
        out.push_str("  [images or video: only the Bluesky app that made the draft can send it]\n");
    }
    let mut controls = Vec::new();
    if draft.who_can_reply != ["everyone"] {
        controls.push(format!("who may reply: {}", draft.who_can_reply.join(", ")));
    }
    if !draft.allow_quotes {
        controls.push("no quotes".into());
    }
    if !controls.is_empty() {
        out.push_str(&format!("  {}\n", style.dim(&controls.join("; "))));
    }
}

impl Render for DraftsOutput {
    fn render(&self, style: &Style) -> String {
        if self.drafts.is_empty() {
            return "No drafts.\n".into();
        }
        let mut out = String::new();
        for draft in &self.drafts {
            render_draft(&mut out, draft, style);
        }
        if let Some(cursor) = &self.cursor {
            out.push_str(&style.more(cursor));
        }
        out
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.drafts)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(&mut self.drafts, &mut self.cursor, &mut self.warnings)
    }
}
