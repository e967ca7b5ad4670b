//! Drafts (`app.bsky.draft.*`): a post, or a thread, that an agent prepares
//! and the person reviews, edits and sends from the Bluesky app. Drafts are
//! private, kept by the AppView, and never published by themselves.

pub mod create;
pub mod delete;
pub mod list;
pub mod mode;
pub mod send;
pub mod update;

use atrium_api::app::bsky::draft::defs::{
    self as defs, DraftPostgateEmbeddingRulesItem, DraftThreadgateAllowItem,
};
use atrium_api::app::bsky::feed::{postgate, threadgate};
use atrium_api::types::Union;
use serde::{Deserialize, Serialize};

use super::Ctx;
use super::fields::LangsField;
use super::post::gate::{self, GateField};
use super::post::thread::{MAX_PARTS, split_numbered};
use super::post::{check_langs, check_text};
use super::target::resolve_post;
use crate::bsky::PdsConnection;
use crate::bsky::records::{self, ReplyRule};
use crate::bsky::richtext::MAX_POST_GRAPHEMES;
use crate::bsky::uri::AtUri;
use crate::error::{Error, Result};

/// What a draft says: its text (a thread when longer than a post), what it
/// quotes or links to, its languages and its reply controls.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct DraftContent {
    /// Over 300 graphemes it becomes a thread (at most 25 posts).
    pub text: String,
    /// A post to quote.
    #[serde(default)]
    pub quote: Option<String>,
    /// A link for the card.
    #[serde(default)]
    pub link: Option<String>,
    #[serde(flatten)]
    pub langs: LangsField,
    #[serde(flatten)]
    pub gate: GateField,
}

/// A draft as results show it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DraftItem {
    pub id: String,
    /// The text of each post, in order.
    pub posts: Vec<String>,
    /// The quoted post's at:// URI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub langs: Vec<String>,
    /// Who may reply: `everyone`, `nobody`, or the rules.
    pub who_can_reply: Vec<String>,
    pub allow_quotes: bool,
    /// It holds images or a video, files on the device that made it: only the Bluesky app there sends it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub media: bool,
    /// Last changed (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl DraftItem {
    pub fn from_draft(id: String, draft: &defs::DraftData, updated_at: Option<String>) -> Self {
        let first = draft.posts.first();
        let allow = draft.threadgate_allow.as_ref().map(|rules| {
            rules
                .iter()
                .filter_map(|rule| match rule {
                    Union::Refs(DraftThreadgateAllowItem::AppBskyFeedThreadgateMentionRule(_)) => {
                        Some(ReplyRule::Mentioned)
                    }
                    Union::Refs(DraftThreadgateAllowItem::AppBskyFeedThreadgateFollowingRule(
                        _,
                    )) => Some(ReplyRule::Following),
                    Union::Refs(DraftThreadgateAllowItem::AppBskyFeedThreadgateFollowerRule(_)) => {
                        Some(ReplyRule::Followers)
                    }
                    Union::Refs(DraftThreadgateAllowItem::AppBskyFeedThreadgateListRule(l)) => {
                        Some(ReplyRule::List(l.list.clone()))
                    }
                    Union::Unknown(_) => None,
                })
                .collect::<Vec<_>>()
        });
        DraftItem {
            id,
            posts: draft.posts.iter().map(|p| p.text.clone()).collect(),
            quote: first
                .and_then(|p| p.embed_records.as_ref())
                .and_then(|r| r.first())
                .map(|r| r.record.uri.clone()),
            link: first
                .and_then(|p| p.embed_externals.as_ref())
                .and_then(|e| e.first())
                .map(|e| e.uri.clone()),
            langs: draft
                .langs
                .iter()
                .flatten()
                .map(|l| l.as_ref().to_string())
                .collect(),
            who_can_reply: gate::rule_names(allow.as_deref()),
            allow_quotes: draft
                .postgate_embedding_rules
                .as_ref()
                .is_none_or(|r| r.is_empty()),
            media: has_media(draft),
            updated_at,
        }
    }
}

/// Whether the draft holds images or a video: files on the device that made
/// it, which only the Bluesky app there can send.
pub fn has_media(draft: &defs::DraftData) -> bool {
    draft.posts.iter().any(|p| {
        p.embed_images.as_ref().is_some_and(|i| !i.is_empty())
            || p.embed_gallery.is_some()
            || p.embed_videos.as_ref().is_some_and(|v| !v.is_empty())
    })
}

/// Checks `content` and builds the draft: text split into posts (`numbered`
/// "1/3"-style), the quote resolved to a strong reference, rules checked as a
/// post's are.
pub async fn build(
    ctx: &Ctx,
    pds: &PdsConnection,
    content: DraftContent,
    numbered: bool,
) -> Result<defs::DraftData> {
    if content.text.trim().is_empty() {
        return Err(Error::input("text is empty; a draft needs some text"));
    }
    let parts = split_numbered(&content.text, MAX_POST_GRAPHEMES, numbered);
    if parts.len() > MAX_PARTS {
        return Err(Error::input(format!(
            "text makes {} posts; a draft thread may have at most {MAX_PARTS}",
            parts.len()
        )));
    }
    for part in &parts {
        check_text(part)?;
    }
    check_langs(&content.langs.langs)?;
    let langs = content
        .langs
        .langs
        .iter()
        .map(|lang| records::language("langs", lang))
        .collect::<Result<Vec<_>>>()?;
    let quote = match &content.quote {
        Some(uri) => {
            let uri = AtUri::parse_post("quote", uri)?;
            let quoted = resolve_post(ctx, pds, "quote", uri).await?;
            gate::check_quote_allowed(pds, &quoted).await?;
            Some(quoted.strong_ref())
        }
        None => None,
    };
    if let Some(link) = &content.link
        && url::Url::parse(link).map_or(true, |u| !matches!(u.scheme(), "http" | "https"))
    {
        return Err(Error::input(format!("link {link:?} is not an http(s) URL")));
    }
    let controls = gate::check(ctx, Some(pds), &content.gate).await?;
    let posts = parts
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let first = i == 0;
            defs::DraftPostData {
                embed_externals: content
                    .link
                    .clone()
                    .filter(|_| first)
                    .map(|uri| vec![defs::DraftEmbedExternalData { uri }.into()]),
                embed_gallery: None,
                embed_images: None,
                embed_records: quote
                    .clone()
                    .filter(|_| first)
                    .map(|record| vec![defs::DraftEmbedRecordData { record }.into()]),
                embed_videos: None,
                labels: None,
                text,
            }
            .into()
        })
        .collect();
    Ok(defs::DraftData {
        device_id: None,
        device_name: Some("mcp-bluesky".into()),
        langs: (!langs.is_empty()).then_some(langs),
        postgate_embedding_rules: controls.no_quotes.then(|| {
            vec![Union::Refs(
                DraftPostgateEmbeddingRulesItem::AppBskyFeedPostgateDisableRule(Box::new(
                    postgate::DisableRuleData {}.into(),
                )),
            )]
        }),
        posts,
        threadgate_allow: controls.allow.map(|rules| {
            rules
                .into_iter()
                .map(|rule| {
                    Union::Refs(match rule {
                        ReplyRule::Mentioned => {
                            DraftThreadgateAllowItem::AppBskyFeedThreadgateMentionRule(Box::new(
                                threadgate::MentionRuleData {}.into(),
                            ))
                        }
                        ReplyRule::Following => {
                            DraftThreadgateAllowItem::AppBskyFeedThreadgateFollowingRule(Box::new(
                                threadgate::FollowingRuleData {}.into(),
                            ))
                        }
                        ReplyRule::Followers => {
                            DraftThreadgateAllowItem::AppBskyFeedThreadgateFollowerRule(Box::new(
                                threadgate::FollowerRuleData {}.into(),
                            ))
                        }
                        ReplyRule::List(list) => {
                            DraftThreadgateAllowItem::AppBskyFeedThreadgateListRule(Box::new(
                                threadgate::ListRuleData { list }.into(),
                            ))
                        }
                    })
                })
                .collect()
        }),
    })
}
