//! The records this program writes, built in one place from atrium's lexicon
//! types: a lexicon update that adds a field changes these functions only.

use atrium_api::app::bsky::{embed, feed, graph, richtext};
use atrium_api::com::atproto::repo::strong_ref;
use atrium_api::record::KnownRecord;
use atrium_api::types::string::{Cid, Datetime, Did, Language};
use atrium_api::types::{BlobRef, Collection, Union, Unknown};

use crate::error::{Error, Result};

/// `{uri, cid}`: how records point at another record.
pub fn strong_ref(uri: &str, cid: &Cid) -> strong_ref::Main {
    strong_ref::MainData {
        uri: uri.to_string(),
        cid: cid.clone(),
    }
    .into()
}

/// An open-typed value (a record in a view) read as `T`, or why not. Not
/// atrium's `TryFromUnknown`, which panics on a value that does not fit.
pub fn decode<T: serde::de::DeserializeOwned>(value: &Unknown) -> serde_json::Result<T> {
    serde_json::from_value(serde_json::to_value(value)?)
}

/// A language tag from the input `field`, checked as the lexicons want it.
pub fn language(field: &str, tag: &str) -> Result<Language> {
    Language::new(tag.to_string()).map_err(|e| {
        Error::input(format!(
            "{field}: {tag:?} is not a BCP-47 language tag such as `en` or `pt-BR` ({e})"
        ))
    })
}

/// A DID as a server or a resolver gave it.
pub fn parse_did(did: &str) -> Result<Did> {
    Did::new(did.to_string()).map_err(|why| Error::remote(format!("{did:?} is not a DID ({why})")))
}

/// The parts of a post; `build` checks them first.
pub struct PostParts {
    pub text: String,
    pub facets: Vec<richtext::facet::Main>,
    pub langs: Vec<Language>,
    pub reply: Option<feed::post::ReplyRef>,
    pub embed: Option<feed::post::RecordEmbedRefs>,
}

pub fn post(parts: PostParts) -> feed::post::Record {
    feed::post::RecordData {
        created_at: Datetime::now(),
        embed: parts.embed.map(Union::Refs),
        entities: None,
        facets: (!parts.facets.is_empty()).then_some(parts.facets),
        labels: None,
        langs: (!parts.langs.is_empty()).then_some(parts.langs),
        reply: parts.reply,
        tags: None,
        text: parts.text,
    }
    .into()
}

pub fn reply_ref(root: strong_ref::Main, parent: strong_ref::Main) -> feed::post::ReplyRef {
    feed::post::ReplyRefData { parent, root }.into()
}

pub fn like(subject: strong_ref::Main) -> KnownRecord {
    feed::like::RecordData {
        created_at: Datetime::now(),
        subject,
        via: None,
    }
    .into()
}

pub fn repost(subject: strong_ref::Main) -> KnownRecord {
    feed::repost::RecordData {
        created_at: Datetime::now(),
        subject,
        via: None,
    }
    .into()
}

pub fn follow(subject: Did) -> KnownRecord {
    graph::follow::RecordData {
        created_at: Datetime::now(),
        subject,
        via: None,
    }
    .into()
}

pub fn block(subject: Did) -> KnownRecord {
    graph::block::RecordData {
        created_at: Datetime::now(),
        subject,
    }
    .into()
}

/// The parts of a list; the tool checks them first.
pub struct ListParts {
    pub name: String,
    /// `app.bsky.graph.defs#curatelist` or `#modlist`.
    pub purpose: String,
    pub description: Option<String>,
    pub description_facets: Vec<richtext::facet::Main>,
    /// Kept from the record an update replaces.
    pub created_at: Option<Datetime>,
    pub avatar: Option<BlobRef>,
}

pub fn list(parts: ListParts) -> KnownRecord {
    graph::list::RecordData {
        avatar: parts.avatar,
        created_at: parts.created_at.unwrap_or_else(Datetime::now),
        description: parts.description,
        description_facets: (!parts.description_facets.is_empty())
            .then_some(parts.description_facets),
        labels: None,
        name: parts.name,
        purpose: parts.purpose,
    }
    .into()
}

pub fn list_item(list: &str, subject: Did) -> KnownRecord {
    graph::listitem::RecordData {
        created_at: Datetime::now(),
        list: list.to_string(),
        subject,
    }
    .into()
}

/// A subscription to a moderation list as a block list.
pub fn list_block(list: &str) -> KnownRecord {
    graph::listblock::RecordData {
        created_at: Datetime::now(),
        subject: list.to_string(),
    }
    .into()
}

/// Who may reply, as a thread gate says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyRule {
    Mentioned,
    /// Accounts the author follows.
    Following,
    /// Accounts that follow the author.
    Followers,
    /// Members of the list at this URI.
    List(String),
}

/// A thread gate on `post`: replies only from `allow` (`None`: everyone;
/// empty: nobody), with `hidden` replies hidden.
pub fn threadgate(
    post: &str,
    allow: Option<&[ReplyRule]>,
    hidden: Vec<String>,
    created_at: Option<Datetime>,
) -> KnownRecord {
    use feed::threadgate::{self as gate, RecordAllowItem};
    let allow = allow.map(|rules| {
        rules
            .iter()
            .map(|rule| {
                Union::Refs(match rule {
                    ReplyRule::Mentioned => {
                        RecordAllowItem::MentionRule(Box::new(gate::MentionRuleData {}.into()))
                    }
                    ReplyRule::Following => {
                        RecordAllowItem::FollowingRule(Box::new(gate::FollowingRuleData {}.into()))
                    }
                    ReplyRule::Followers => {
                        RecordAllowItem::FollowerRule(Box::new(gate::FollowerRuleData {}.into()))
                    }
                    ReplyRule::List(list) => RecordAllowItem::ListRule(Box::new(
                        gate::ListRuleData { list: list.clone() }.into(),
                    )),
                })
            })
            .collect()
    });
    gate::RecordData {
        allow,
        created_at: created_at.unwrap_or_else(Datetime::now),
        hidden_replies: (!hidden.is_empty()).then_some(hidden),
        post: post.to_string(),
    }
    .into()
}

/// The rules of a thread gate record: `None` when everyone may reply.
pub fn reply_rules(gate: &feed::threadgate::RecordData) -> Option<Vec<ReplyRule>> {
    use feed::threadgate::RecordAllowItem;
    gate.allow.as_ref().map(|allow| {
        allow
            .iter()
            .filter_map(|item| match item {
                Union::Refs(RecordAllowItem::MentionRule(_)) => Some(ReplyRule::Mentioned),
                Union::Refs(RecordAllowItem::FollowingRule(_)) => Some(ReplyRule::Following),
                Union::Refs(RecordAllowItem::FollowerRule(_)) => Some(ReplyRule::Followers),
                Union::Refs(RecordAllowItem::ListRule(r)) => Some(ReplyRule::List(r.list.clone())),
                Union::Unknown(_) => None,
            })
            .collect()
    })
}

/// A post gate on `post`: quotes off when `no_quotes`, and the quotes in
/// `detached` shown without the post.
pub fn postgate(
    post: &str,
    no_quotes: bool,
    detached: Vec<String>,
    created_at: Option<Datetime>,
) -> KnownRecord {
    use feed::postgate::{self as gate, RecordEmbeddingRulesItem};
    let rules = no_quotes.then(|| {
        vec![Union::Refs(RecordEmbeddingRulesItem::DisableRule(
            Box::new(gate::DisableRuleData {}.into()),
        ))]
    });
    gate::RecordData {
        created_at: created_at.unwrap_or_else(Datetime::now),
        detached_embedding_uris: (!detached.is_empty()).then_some(detached),
        embedding_rules: rules,
        post: post.to_string(),
    }
    .into()
}

/// What a like, repost, follow, block or list block points at: a post or
/// list URI, or a DID.
pub fn subject_of(record: &KnownRecord) -> Option<&str> {
    match record {
        KnownRecord::AppBskyFeedLike(r) => Some(&r.subject.uri),
        KnownRecord::AppBskyFeedRepost(r) => Some(&r.subject.uri),
        KnownRecord::AppBskyGraphFollow(r) => Some(r.subject.as_str()),
        KnownRecord::AppBskyGraphBlock(r) => Some(r.subject.as_str()),
        KnownRecord::AppBskyGraphListblock(r) => Some(&r.subject),
        _ => None,
    }
}

/// The collection (NSID) a record is written to: those this program writes.
pub fn collection_of(record: &KnownRecord) -> Result<&'static str> {
    Ok(match record {
        KnownRecord::AppBskyFeedPost(_) => feed::Post::NSID,
        KnownRecord::AppBskyFeedLike(_) => feed::Like::NSID,
        KnownRecord::AppBskyFeedRepost(_) => feed::Repost::NSID,
        KnownRecord::AppBskyGraphFollow(_) => graph::Follow::NSID,
        KnownRecord::AppBskyGraphBlock(_) => graph::Block::NSID,
        KnownRecord::AppBskyGraphList(_) => graph::List::NSID,
        KnownRecord::AppBskyGraphListitem(_) => graph::Listitem::NSID,
        KnownRecord::AppBskyGraphListblock(_) => graph::Listblock::NSID,
        KnownRecord::AppBskyFeedThreadgate(_) => feed::Threadgate::NSID,
        KnownRecord::AppBskyFeedPostgate(_) => feed::Postgate::NSID,
        _ => {
            return Err(Error::input(
                "this program does not write records of this kind",
            ));
        }
    })
}

/// The blob reference the PDS gives `bytes` when they are uploaded (a CIDv1
/// of their SHA-256, raw codec): what a dry run shows in place of an upload.
/// The video service re-encodes videos, so theirs differs.
pub fn blob_of(bytes: &[u8], mime: &str) -> BlobRef {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    blob_of_digest(digest.as_ref(), bytes.len(), mime)
}

/// The blob of `size` bytes whose SHA-256 is `sha256`.
pub fn blob_of_digest(sha256: &[u8], size: usize, mime: &str) -> BlobRef {
    const RAW: u64 = 0x55;
    const SHA2_256: u64 = 0x12;
    let hash = ipld_core::cid::multihash::Multihash::<64>::wrap(SHA2_256, sha256)
        .expect("a SHA-256 digest fits a multihash");
    let cid = ipld_core::cid::Cid::new_v1(RAW, hash);
    BlobRef::Typed(atrium_api::types::TypedBlobRef::Blob(
        atrium_api::types::Blob {
            r#ref: atrium_api::types::CidLink(cid),
            mime_type: mime.to_string(),
            size,
        },
    ))
}

/// An image with its alt text and size, for `images` and `gallery` embeds.
pub struct Image {
    pub blob: BlobRef,
    pub alt: String,
    pub width: u32,
    pub height: u32,
}

fn aspect_ratio(width: u32, height: u32) -> Option<embed::defs::AspectRatio> {
    Some(
        embed::defs::AspectRatioData {
            width: std::num::NonZeroU64::new(width.into())?,
            height: std::num::NonZeroU64::new(height.into())?,
        }
        .into(),
    )
}

/// Up to 4 images as `app.bsky.embed.images`.
pub fn images(images: Vec<Image>) -> embed::images::Main {
    let images = images
        .into_iter()
        .map(|i| {
            embed::images::ImageData {
                alt: i.alt,
                aspect_ratio: aspect_ratio(i.width, i.height),
                image: i.blob,
            }
            .into()
        })
        .collect();
    embed::images::MainData { images }.into()
}

/// More images than `images` holds, as `app.bsky.embed.gallery`.
pub fn gallery(images: Vec<Image>) -> Result<embed::gallery::Main> {
    let items = images
        .into_iter()
        .map(|i| {
            let ratio = aspect_ratio(i.width, i.height)
                .ok_or_else(|| Error::input("an image has no width or height"))?;
            let image: embed::gallery::Image = embed::gallery::ImageData {
                alt: i.alt,
                aspect_ratio: ratio,
                image: i.blob,
            }
            .into();
            Ok(Union::Refs(embed::gallery::MainItemsItem::Image(Box::new(
                image,
            ))))
        })
        .collect::<Result<_>>()?;
    Ok(embed::gallery::MainData { items }.into())
}

/// A link card.
pub fn external(
    uri: String,
    title: String,
    description: String,
    thumb: Option<BlobRef>,
) -> embed::external::Main {
    embed::external::MainData {
        external: embed::external::ExternalData {
            associated_refs: None,
            description,
            thumb,
            title,
            uri,
        }
        .into(),
    }
    .into()
}

/// A quote of the record `quoted` points at.
pub fn quote(quoted: strong_ref::Main) -> embed::record::Main {
    embed::record::MainData { record: quoted }.into()
}

/// A quote with media beside it.
pub fn quote_with_media(
    quoted: strong_ref::Main,
    media: embed::record_with_media::MainMediaRefs,
) -> embed::record_with_media::Main {
    embed::record_with_media::MainData {
        media: Union::Refs(media),
        record: quote(quoted),
    }
    .into()
}

/// A video with its alt text and caption tracks (language, WebVTT blob).
pub fn video(
    blob: BlobRef,
    alt: String,
    captions: Vec<(Language, BlobRef)>,
    dimensions: Option<(u32, u32)>,
) -> embed::video::Main {
    let captions: Vec<embed::video::Caption> = captions
        .into_iter()
        .map(|(lang, file)| embed::video::CaptionData { file, lang }.into())
        .collect();
    embed::video::MainData {
        alt: (!alt.is_empty()).then_some(alt),
        aspect_ratio: dimensions.and_then(|(w, h)| aspect_ratio(w, h)),
        captions: (!captions.is_empty()).then_some(captions),
        presentation: None,
        video: blob,
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_of_another_shape_is_an_error_not_a_crash() {
        let like: Unknown = serde_json::from_value(serde_json::json!({
            "$type": "app.bsky.feed.like",
            "subject": {"uri": "at://did:plc:a/app.bsky.feed.post/1", "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"},
            "createdAt": "2026-01-10T12:00:00.000Z"
        }))
        .unwrap();
        let err = decode::<feed::post::RecordData>(&like).unwrap_err();
        assert!(err.to_string().contains("text"), "{err}");
        let record: KnownRecord = decode(&like).unwrap();
        assert_eq!(
            subject_of(&record),
            Some("at://did:plc:a/app.bsky.feed.post/1")
        );
    }

    #[test]
    fn blobs_are_named_by_the_cid_the_pds_gives_them() {
        // The PDS names a blob by a CIDv1 (raw codec) of its SHA-256.
        let BlobRef::Typed(atrium_api::types::TypedBlobRef::Blob(blob)) =
            blob_of(b"hello", "text/plain")
        else {
            panic!("a typed blob")
        };
        assert_eq!(
            blob.r#ref.0.to_string(),
            "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq"
        );
        assert_eq!((blob.mime_type.as_str(), blob.size), ("text/plain", 5));
    }
}
