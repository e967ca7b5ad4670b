//! `bluesky_update_draft` / `mcp-bluesky draft edit ID`: change a draft;
//! what is left out stays as it is.

use atrium_api::app::bsky::draft::{defs, update_draft};
use serde::Deserialize;

use super::create::DraftOutput;
use super::list::{find, item};
use super::{DraftContent, DraftItem, build};
use crate::core::fields::{AccountField, DryRunField, LangsField};
use crate::core::post::gate::GateField;
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::{Error, Result};

/// New content for a draft; every field left out stays as it is.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct UpdateDraftInput {
    /// From bluesky_get_drafts.
    pub id: String,
    /// New text (over 300 graphemes it becomes a thread).
    #[serde(default)]
    pub text: Option<String>,
    /// A post to quote; "" removes the quote.
    #[serde(default)]
    pub quote: Option<String>,
    /// A link for the card; "" removes it.
    #[serde(default)]
    pub link: Option<String>,
    #[serde(default)]
    pub langs: Option<Vec<String>>,
    // As the instructions describe it; left out: unchanged.
    #[serde(default)]
    pub who_can_reply: Option<Vec<String>>,
    #[serde(default)]
    pub allow_quotes: Option<bool>,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

pub struct UpdateDraft;

impl Tool for UpdateDraft {
    type Input = UpdateDraftInput;
    type Output = DraftOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_update_draft",
        title: "Change a Bluesky draft",
        description: "Change one of your drafts; what you leave out stays, \"\" removes a quote or link.",
        hints: Hints::WRITE,
        toolset: Toolset::Drafts,
    };

    async fn run(ctx: &Ctx, input: UpdateDraftInput) -> Result<DraftOutput> {
        let id = input.id.trim().to_string();
        let tid = id.parse().map_err(|why| {
            Error::input(format!(
                "id {id:?} is not a draft id ({why}); bluesky_get_drafts lists them"
            ))
        })?;
        let unchanged = input.text.is_none()
            && input.quote.is_none()
            && input.link.is_none()
            && input.langs.is_none()
            && input.who_can_reply.is_none()
            && input.allow_quotes.is_none();
        if unchanged {
            return Err(Error::input(
                "nothing to change: give a new text, quote, link, langs, who_can_reply or allow_quotes",
            ));
        }
        let pds = ctx.connect(input.account.get()).await?;
        let Some(view) = find(&pds, &id).await? else {
            return Err(Error::input(format!(
                "id: there is no draft {id}; bluesky_get_drafts lists them"
            )));
        };
        let dry_run = input.dry_run.get();
        let new_text = input.text.is_some();
        let mut old = view.data.draft.data.clone();
        let content = merged(item(view), input);
        let mut changed = build(ctx, &pds, content, false).await?;
        // What the change does not name stays as it was: the posts as they
        // are divided (the person may have split them in the app), and the
        // first post's images, video and labels.
        if new_text {
            if let (Some(first), Some(old_first)) = (changed.posts.first_mut(), old.posts.first()) {
                first.embed_images = old_first.embed_images.clone();
                first.embed_gallery = old_first.embed_gallery.clone();
                first.embed_videos = old_first.embed_videos.clone();
                first.labels = old_first.labels.clone();
            }
        } else if let (Some(first), Some(new_first)) =
            (old.posts.first_mut(), changed.posts.first())
        {
            first.embed_records = new_first.embed_records.clone();
            first.embed_externals = new_first.embed_externals.clone();
            changed.posts = std::mem::take(&mut old.posts);
        }
        changed.device_id = old.device_id;
        changed.device_name = old.device_name;
        let draft = changed;
        if !dry_run {
            let request: update_draft::Input = update_draft::InputData {
                draft: defs::DraftWithIdData {
                    draft: draft.clone().into(),
                    id: tid,
                }
                .into(),
            }
            .into();
            pds.call(update_draft::NSID, |api| {
                api.app.bsky.draft.update_draft(request.clone())
            })
            .await?;
            tracing::info!(account = %pds.session().alias, id = %id, "draft updated");
        }
        Ok(DraftOutput {
            action: "updated",
            draft: Some(DraftItem::from_draft(id.clone(), &draft, None)),
            id: Some(id),
            dry_run,
        })
    }
}

/// The draft `old` with what `input` changes.
fn merged(old: DraftItem, input: UpdateDraftInput) -> DraftContent {
    let emptied = |value: Option<String>, old: Option<String>| match value {
        Some(v) if v.trim().is_empty() => None,
        Some(v) => Some(v),
        None => old,
    };
    DraftContent {
        text: input.text.unwrap_or_else(|| old.posts.join(" ")),
        quote: emptied(input.quote, old.quote),
        link: emptied(input.link, old.link),
        langs: LangsField {
            langs: input.langs.unwrap_or(old.langs),
        },
        gate: GateField {
            who_can_reply: input.who_can_reply.unwrap_or(old.who_can_reply),
            allow_quotes: input.allow_quotes.unwrap_or(old.allow_quotes),
        },
    }
}
