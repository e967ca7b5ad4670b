//! Everything that publishes posts: text, replies, quotes and threads share
//! one way to check text, find facets, build the record and publish it.

pub mod gate;
pub mod image;
pub mod quote;
pub mod reply;
pub mod text;
pub mod thread;
pub mod video;

use std::sync::Arc;

use atrium_api::app::bsky::feed::post::{self, RecordEmbedRefs, ReplyRef};
use atrium_api::record::KnownRecord;
use atrium_api::types::BlobRef;
use serde::Serialize;
use serde_json::Value;

use super::draft::{DraftItem, mode};
use super::{Ctx, Render, Style};
use crate::bsky::records::{self, PostParts};
use crate::bsky::richtext::{self, Feature, MAX_POST_GRAPHEMES};
use crate::bsky::uri;
use crate::bsky::{PdsConnection, linkcard};
use crate::error::{Error, Kind, Result};

/// Lexicon limit on `langs` per post.
const MAX_LANGS: usize = 3;

/// How errors name what the caller gave: as the MCP tool's fields
/// (`images[0].path`) or as the command line's flags (`--image`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    Fields,
    Flags,
}

/// A post before it becomes a record.
#[derive(Debug, Default)]
pub struct Draft {
    pub text: String,
    pub langs: Vec<String>,
    pub reply: Option<ReplyRef>,
    pub embed: Option<RecordEmbedRefs>,
}

/// A checked record, ready to publish.
pub struct Built {
    pub record: post::Record,
    pub graphemes: usize,
    pub warnings: Vec<String>,
}

/// The post that was published, or the record a dry run would publish.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct PostOutput {
    /// AT-URI of the new post.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// CID of the new post's record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cid: Option<String>,
    /// The post on bsky.app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// True when nothing was published.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    /// The text's length in graphemes (the limit is 300).
    pub graphemes: usize,
    /// The exact record a dry run would publish.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<serde_json::Map<String, Value>>")]
    pub record: Option<Value>,
    /// The thread gate and post gate records a dry run would write beside it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<serde_json::Map<String, Value>>")]
    pub gates: Vec<Value>,
    /// The images as uploaded (or as they would be), after re-encoding.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<ImageInfo>,
    /// The draft saved instead of a post (`write_mode: drafts`); nothing was published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<DraftItem>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl PostOutput {
    /// The result of saving a draft in place of the post.
    pub fn drafted(draft: DraftItem, dry_run: bool) -> PostOutput {
        PostOutput {
            uri: None,
            cid: None,
            url: None,
            dry_run,
            graphemes: draft
                .posts
                .first()
                .map_or(0, |t| richtext::grapheme_count(t)),
            record: None,
            gates: Vec::new(),
            images: Vec::new(),
            draft: Some(draft),
            warnings: Vec::new(),
        }
    }
}

/// An image after preparation: its final type, size and dimensions.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ImageInfo {
    pub mime: String,
    pub bytes: usize,
    pub width: u32,
    pub height: u32,
    /// True when it was scaled down to fit the limits.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub resized: bool,
}

/// The account a write runs as. A dry run may go without one when `optional`
/// (nothing it does needs a session).
pub async fn writer(
    ctx: &Ctx,
    account: Option<&str>,
    dry_run: bool,
    optional: bool,
) -> Result<Option<Arc<PdsConnection>>> {
    match ctx.connect(account).await {
        Ok(pds) => Ok(Some(pds)),
        Err(e) if dry_run && optional && e.kind == Kind::Auth => Ok(None),
        Err(e) => Err(e),
    }
}

/// Checks the text and languages, turns links, mentions and tags into facets
/// (resolving mentions to DIDs) and builds the `app.bsky.feed.post` record.
pub async fn build(ctx: &Ctx, pds: Option<&PdsConnection>, draft: Draft) -> Result<Built> {
    // A post with media may go without text.
    let graphemes = if draft.embed.is_some() && draft.text.is_empty() {
        0
    } else {
        check_text(&draft.text)?
    };
    let config = ctx.config();
    let langs = if !draft.langs.is_empty() {
        draft.langs
    } else if !config.langs.is_empty() {
        config.langs.clone()
    } else if config.detect_langs {
        richtext::detect_lang(&draft.text).into_iter().collect()
    } else {
        Vec::new()
    };
    check_langs(&langs)?;
    let langs = langs
        .iter()
        .map(|lang| records::language("langs", lang))
        .collect::<Result<Vec<_>>>()?;
    let mut warnings = Vec::new();
    let facets = facets(ctx, pds, &draft.text, &mut warnings).await?;
    let record = records::post(PostParts {
        text: draft.text,
        facets,
        langs,
        reply: draft.reply,
        embed: draft.embed,
    });
    Ok(Built {
        record,
        graphemes,
        warnings,
    })
}

/// The rich-text facets of `text`: links, #tags, and mentions resolved to
/// DIDs (an unknown handle stays plain text, with a warning).
pub async fn facets(
    ctx: &Ctx,
    pds: Option<&PdsConnection>,
    text: &str,
    warnings: &mut Vec<String>,
) -> Result<Vec<atrium_api::app::bsky::richtext::facet::Main>> {
    let resolver = match pds {
        Some(pds) => pds.client().clone(),
        None => ctx.accounts.anonymous(&ctx.config().pds_url)?,
    };
    let mut facets = Vec::new();
    for span in richtext::detect(text) {
        let did = match &span.feature {
            Feature::Mention(handle) => match ctx.accounts.resolve_did(&resolver, handle).await? {
                Some(did) => Some(did),
                None => {
                    warnings.push(format!(
                        "@{handle} is not a known handle; it stays plain text"
                    ));
                    continue;
                }
            },
            _ => None,
        };
        let did = did.map(|did| records::parse_did(&did)).transpose()?;
        facets.extend(richtext::facet(&span, did));
    }
    Ok(facets)
}

/// What the record a dry run would publish looks like on the wire.
pub fn record_json(record: &KnownRecord) -> Value {
    serde_json::to_value(record).unwrap_or(Value::Null)
}

/// Publishes a built post with its reply and quote controls, or returns it
/// unpublished in a dry run.
pub async fn publish(
    pds: Option<&PdsConnection>,
    built: Built,
    controls: &gate::Controls,
    dry_run: bool,
) -> Result<PostOutput> {
    let Some(pds) = pds.filter(|_| !dry_run) else {
        return Ok(PostOutput {
            uri: None,
            cid: None,
            url: None,
            dry_run: true,
            graphemes: built.graphemes,
            record: Some(record_json(&built.record.into())),
            gates: controls.preview(),
            images: Vec::new(),
            draft: None,
            warnings: built.warnings,
        });
    };
    let created = gate::create_post(pds, built.record.into(), controls)
        .await?
        .data;
    tracing::info!(account = %pds.session().alias, uri = %created.uri, "posted");
    Ok(PostOutput {
        url: uri::post_web_url(&pds.handle(), &created.uri),
        uri: Some(created.uri),
        cid: Some(created.cid.as_ref().to_string()),
        dry_run: false,
        graphemes: built.graphemes,
        record: None,
        gates: Vec::new(),
        images: Vec::new(),
        draft: None,
        warnings: built.warnings,
    })
}

pub fn first_link(text: &str) -> Option<String> {
    richtext::detect(text)
        .into_iter()
        .find_map(|span| match span.feature {
            Feature::Link(url) => Some(url),
            _ => None,
        })
}

/// The embed of a post quoting `quoted`: with a link card, both (the card as
/// the media).
pub fn quote_embed(
    quoted: atrium_api::com::atproto::repo::strong_ref::Main,
    card: Option<atrium_api::app::bsky::embed::external::Main>,
) -> RecordEmbedRefs {
    use atrium_api::app::bsky::embed::record_with_media::MainMediaRefs;
    match card {
        Some(card) => {
            RecordEmbedRefs::AppBskyEmbedRecordWithMediaMain(Box::new(records::quote_with_media(
                quoted,
                MainMediaRefs::AppBskyEmbedExternalMain(Box::new(card)),
            )))
        }
        None => RecordEmbedRefs::AppBskyEmbedRecordMain(Box::new(records::quote(quoted))),
    }
}

/// A link card as a post's embed.
pub fn card_embed_ref(card: atrium_api::app::bsky::embed::external::Main) -> RecordEmbedRefs {
    RecordEmbedRefs::AppBskyEmbedExternalMain(Box::new(card))
}

/// The link card of a post: for `link`, else (when `link_cards` is on) the
/// first link in `text`; its thumbnail uploaded by `uploader` (none in a dry
/// run). A page that cannot be read gives no card and a warning.
pub async fn link_card(
    ctx: &Ctx,
    uploader: Option<&PdsConnection>,
    text: &str,
    link: Option<String>,
    warnings: &mut Vec<String>,
) -> Result<Option<atrium_api::app::bsky::embed::external::Main>> {
    let link = link.or_else(|| ctx.config().link_cards.then(|| first_link(text)).flatten());
    match link {
        Some(url) => card_embed(ctx, uploader, &url, warnings).await,
        None => Ok(None),
    }
}

/// An `app.bsky.embed.external` card for `url`, its thumbnail uploaded by
/// `uploader` (none in a dry run). A page that cannot be read gives no card
/// and a warning, never an error.
async fn card_embed(
    ctx: &Ctx,
    uploader: Option<&PdsConnection>,
    url: &str,
    warnings: &mut Vec<String>,
) -> Result<Option<atrium_api::app::bsky::embed::external::Main>> {
    let fetched = match ctx.accounts.fetcher() {
        Ok(fetcher) => linkcard::fetch(fetcher, url).await,
        Err(why) => Err(why),
    };
    let card = match fetched {
        Ok(card) => card,
        Err(why) => {
            warnings.push(format!("no link card: {why}"));
            return Ok(None);
        }
    };
    let mut thumb: Option<BlobRef> = None;
    if let Some(image) = card.thumb {
        thumb = match uploader {
            Some(pds) => match pds.upload_blob(image.bytes, image.mime).await {
                Ok(blob) => Some(blob),
                Err(e) => {
                    warnings.push(format!("link card without thumbnail: {}", e.message));
                    None
                }
            },
            None => Some(records::blob_of(&image.bytes, image.mime)),
        };
    }
    Ok(Some(records::external(
        card.uri,
        card.title,
        card.description,
        thumb,
    )))
}

/// Non-empty and within the grapheme limit; returns the count.
pub fn check_text(text: &str) -> Result<usize> {
    if text.trim().is_empty() {
        return Err(Error::input("text is empty; a post needs some text"));
    }
    let count = richtext::grapheme_count(text);
    if count > MAX_POST_GRAPHEMES {
        return Err(Error::input(format!(
            "text is {count} graphemes; Bluesky allows at most {MAX_POST_GRAPHEMES} per post"
        ))
        .with_help(format!(
            "shorten it by {}, or publish it as a thread (`post --thread`, bluesky_post_thread)",
            super::render::count((count - MAX_POST_GRAPHEMES) as u64, "grapheme", "graphemes")
        )));
    }
    Ok(count)
}

pub fn check_langs(langs: &[String]) -> Result<()> {
    if langs.len() > MAX_LANGS {
        return Err(Error::input(format!(
            "langs has {} entries; a post may name at most {MAX_LANGS} languages",
            langs.len()
        )));
    }
    for lang in langs {
        let valid = !lang.is_empty()
            && lang.split('-').all(|part| {
                (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
            })
            && lang
                .split('-')
                .next()
                .is_some_and(|p| p.chars().all(|c| c.is_ascii_alphabetic()));
        if !valid {
            return Err(Error::input(format!(
                "langs: {lang:?} is not a BCP-47 language tag (such as `en` or `pt-BR`)"
            )));
        }
    }
    Ok(())
}

impl Render for PostOutput {
    fn render(&self, style: &Style) -> String {
        if let Some(draft) = &self.draft {
            return mode::render_saved(draft, self.dry_run, style);
        }
        if self.dry_run {
            let record = style.json(&self.record);
            let mut out = format!(
                "{} nothing was posted ({} graphemes). The record would be:\n{record}\n",
                style.bold("Dry run:"),
                self.graphemes
            );
            for gate in &self.gates {
                out.push_str(&format!("With:\n{}\n", style.json(gate)));
            }
            return out;
        }
        let mut out = format!(
            "{} {}\n",
            style.good("Posted"),
            self.url.as_deref().unwrap_or_default()
        );
        if let Some(uri) = &self.uri {
            out.push_str(&format!("{}\n", style.dim(uri)));
        }
        out
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_limits_name_the_count_and_the_limit() {
        assert_eq!(check_text(&"a".repeat(300)).unwrap(), 300);
        let err = check_text(&"a".repeat(301)).unwrap_err();
        assert!(err.message.contains("301 graphemes"), "{err}");
        assert!(err.message.contains("300"), "{err}");
        // 300 family emoji are 300 graphemes though far more bytes.
        assert!(check_text(&"👩‍👩‍👧‍👦".repeat(300)).is_ok());
        assert!(check_text("  \n").unwrap_err().message.contains("empty"));
    }

    #[test]
    fn langs_are_checked() {
        assert!(check_langs(&["en".into(), "pt-BR".into()]).is_ok());
        assert!(check_langs(&["en".into(), "de".into(), "fr".into(), "it".into()]).is_err());
        assert!(check_langs(&["english language".into()]).is_err());
        assert!(check_langs(&["".into()]).is_err());
    }
}
