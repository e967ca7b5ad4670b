//! Posts and profiles as results carry them: what an agent or a script needs,
//! without the API's repeated view data, and their compact human rendering.

use atrium_api::app::bsky::actor::defs::ProfileView;
use atrium_api::app::bsky::embed::{record, record_with_media};
use atrium_api::app::bsky::feed::defs::PostViewEmbedRefs;
use atrium_api::types::Union;
use serde::Serialize;

use super::Style;
use super::render::relative_time;
use crate::bsky::records::decode;
use crate::bsky::summary::{FeedItem, PostRecord, PostSummary, Reason};
use crate::bsky::uri::post_web_url;

/// A post.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct PostItem {
    pub uri: String,
    /// The author's handle.
    pub author: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    pub text: String,
    pub created_at: String,
    // Counts are left out when zero.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub replies: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reposts: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub likes: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub quotes: u64,
    /// The post this one replies to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// Handle of who reposted it into this feed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reposted_by: Option<String>,
    /// What is attached, in a few words (images with their alt text, link, quote, video).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embed: Option<String>,
}

/// For `skip_serializing_if`: a count of zero is left out.
pub fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A count from a view, which may be absent.
pub fn view_count(n: Option<i64>) -> u64 {
    n.and_then(|n| u64::try_from(n).ok()).unwrap_or_default()
}

impl PostItem {
    pub fn from_summary(post: PostSummary) -> PostItem {
        let created_at = post
            .record
            .created_at
            .unwrap_or_else(|| post.indexed_at.as_str().to_string());
        PostItem {
            text: post.record.text,
            created_at,
            reply_to: post.record.reply.map(|r| r.parent.uri),
            author: post.author.handle.to_string(),
            author_name: post.author.display_name.filter(|n| !n.trim().is_empty()),
            replies: view_count(post.reply_count),
            reposts: view_count(post.repost_count),
            likes: view_count(post.like_count),
            quotes: view_count(post.quote_count),
            reposted_by: None,
            embed: post.embed.as_ref().and_then(describe_embed),
            uri: post.uri,
        }
    }

    pub fn from_feed(item: FeedItem) -> PostItem {
        let mut post = PostItem::from_summary(item.post);
        if let Some(Reason::Repost { by }) = item.reason {
            post.reposted_by = Some(by.handle.to_string());
        }
        post
    }

    pub fn url(&self) -> String {
        post_web_url(&self.author, &self.uri).unwrap_or_else(|| self.uri.clone())
    }
}

fn quoted_alt(alt: &str) -> String {
    if alt.is_empty() {
        "no alt text".into()
    } else {
        format!("\"{alt}\"")
    }
}

fn describe_images(alts: Vec<String>) -> String {
    let noun = if alts.len() == 1 { "image" } else { "images" };
    format!("{} {noun}: {}", alts.len(), alts.join(", "))
}

/// A one-line description of an embed view, alt texts included.
pub fn describe_embed(embed: &Union<PostViewEmbedRefs>) -> Option<String> {
    Some(match embed {
        Union::Refs(PostViewEmbedRefs::AppBskyEmbedImagesView(v)) => {
            describe_images(v.images.iter().map(|i| quoted_alt(&i.alt)).collect())
        }
        Union::Refs(PostViewEmbedRefs::AppBskyEmbedGalleryView(v)) => describe_images(
            v.items
                .iter()
                .map(|i| match i {
                    Union::Refs(
                        atrium_api::app::bsky::embed::gallery::ViewItemsItem::ViewImage(image),
                    ) => quoted_alt(&image.alt),
                    Union::Unknown(_) => "an item this version does not know".into(),
                })
                .collect(),
        ),
        Union::Refs(PostViewEmbedRefs::AppBskyEmbedVideoView(v)) => match v.alt.as_deref() {
            Some(alt) if !alt.is_empty() => format!("video: \"{alt}\""),
            _ => "video".into(),
        },
        Union::Refs(PostViewEmbedRefs::AppBskyEmbedExternalView(v)) => {
            let external = &v.external;
            if external.title.is_empty() {
                format!("link: {}", external.uri)
            } else {
                format!("link: {} <{}>", external.title, external.uri)
            }
        }
        Union::Refs(PostViewEmbedRefs::AppBskyEmbedRecordView(v)) => describe_record(&v.record),
        Union::Refs(PostViewEmbedRefs::AppBskyEmbedRecordWithMediaView(v)) => {
            let media = match &v.media {
                Union::Refs(media) => describe_embed(&Union::Refs(media_as_embed(media)))
                    .unwrap_or_else(|| "media".into()),
                Union::Unknown(_) => "media".into(),
            };
            format!("{} with {media}", describe_record(&v.record.record))
        }
        Union::Unknown(other) => other
            .r#type
            .trim_start_matches("app.bsky.embed.")
            .to_string(),
    })
}

/// The media beside a quote, as the embed it would be on its own.
fn media_as_embed(media: &record_with_media::ViewMediaRefs) -> PostViewEmbedRefs {
    use record_with_media::ViewMediaRefs as M;
    match media.clone() {
        M::AppBskyEmbedImagesView(v) => PostViewEmbedRefs::AppBskyEmbedImagesView(v),
        M::AppBskyEmbedVideoView(v) => PostViewEmbedRefs::AppBskyEmbedVideoView(v),
        M::AppBskyEmbedGalleryView(v) => PostViewEmbedRefs::AppBskyEmbedGalleryView(v),
        M::AppBskyEmbedExternalView(v) => PostViewEmbedRefs::AppBskyEmbedExternalView(v),
    }
}

/// A quoted record: the post's author and text, or why it cannot be shown.
fn describe_record(quoted: &Union<record::ViewRecordRefs>) -> String {
    use record::ViewRecordRefs as R;
    match quoted {
        Union::Refs(R::ViewRecord(r)) => format!(
            "quote of @{}: \"{}\"",
            r.author.handle.as_str(),
            decode::<PostRecord>(&r.value)
                .map(|p| p.text)
                .unwrap_or_default()
        ),
        Union::Refs(R::ViewNotFound(_)) => "quote of a deleted post".into(),
        Union::Refs(R::ViewBlocked(_)) => "quote of a blocked post".into(),
        Union::Refs(R::ViewDetached(_)) => "quote removed by its author".into(),
        Union::Refs(R::AppBskyFeedDefsGeneratorView(g)) => format!("feed: {}", g.display_name),
        Union::Refs(R::AppBskyGraphDefsListView(l)) => format!("list: {}", l.name),
        Union::Refs(R::AppBskyLabelerDefsLabelerView(l)) => {
            format!("labeler: @{}", l.creator.handle.as_str())
        }
        Union::Refs(R::AppBskyGraphDefsStarterPackViewBasic(p)) => {
            format!("starter pack: {}", p.uri)
        }
        Union::Unknown(other) => format!("quote: {}", other.r#type),
    }
}

/// Renders one post: who and when, the text, the embed, counts and its URL;
/// for an agent, all of it on one line.
pub fn render_post(out: &mut String, post: &PostItem, style: &Style, indent: &str) {
    let now = chrono::Utc::now();
    if style.is_agent() {
        out.push_str(&agent_line(post, style, indent, now));
        return;
    }
    if let Some(by) = &post.reposted_by {
        out.push_str(&format!(
            "{indent}{}\n",
            style.dim(&format!("⟳ reposted by @{by}"))
        ));
    }
    let name = post
        .author_name
        .as_deref()
        .map(|n| format!("{} ", style.bold(n)))
        .unwrap_or_default();
    out.push_str(&format!(
        "{indent}{name}{} · {}\n",
        style.accent(&format!("@{}", post.author)),
        style.dim(&relative_time(&post.created_at, now))
    ));
    if post.reply_to.is_some() && post.reposted_by.is_none() {
        out.push_str(&format!(
            "{indent}{}\n",
            style.dim("  ↳ in reply to a post")
        ));
    }
    for line in post.text.lines() {
        out.push_str(&format!("{indent}  {line}\n"));
    }
    if let Some(embed) = &post.embed {
        out.push_str(&format!("{indent}  [{embed}]\n"));
    }
    out.push_str(&format!(
        "{indent}  {}\n\n",
        style.dim(&format!(
            "↩ {}  ⟳ {}  ♥ {}  ❝ {}  {}",
            post.replies,
            post.reposts,
            post.likes,
            post.quotes,
            post.url()
        ))
    ));
}

/// A post for an agent, on one line: `@author "Name" age`, the counts that
/// are not zero, who reposted it, what it replies to, its at:// URI, then its
/// text and attachment as JSON strings.
fn agent_line(
    post: &PostItem,
    style: &Style,
    indent: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let mut line = format!("{indent}@{}", post.author);
    if let Some(name) = &post.author_name {
        line.push_str(&format!(" {}", style.quote(name)));
    }
    line.push_str(&format!(" {}", relative_time(&post.created_at, now)));
    for (n, sign) in [
        (post.replies, '↩'),
        (post.reposts, '⟳'),
        (post.likes, '♥'),
        (post.quotes, '❝'),
    ] {
        if n > 0 {
            line.push_str(&format!(" {sign}{n}"));
        }
    }
    if let Some(by) = &post.reposted_by {
        line.push_str(&format!(" reposted by @{by}"));
    }
    if let Some(parent) = &post.reply_to {
        line.push_str(&format!(" reply to {parent}"));
    }
    line.push_str(&format!(" {}: {}", post.uri, style.quote(&post.text)));
    if let Some(embed) = &post.embed {
        line.push_str(&format!(" +{}", style.quote(embed)));
    }
    line.push('\n');
    line
}

/// A list of posts, and how to get more.
pub fn render_posts(posts: &[PostItem], cursor: Option<&str>, style: &Style) -> String {
    if posts.is_empty() {
        return "No posts.\n".into();
    }
    let mut out = String::new();
    for post in posts {
        render_post(&mut out, post, style, "");
    }
    if let Some(cursor) = cursor {
        out.push_str(&style.more(cursor));
    }
    out
}

/// An account in a list: who it is and how you relate to it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct AccountItem {
    pub did: String,
    pub handle: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The first line of their description (in search results).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// You follow them.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub following: bool,
    /// They follow you.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub follows_you: bool,
    /// You muted them (yourself or through a list).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub muted: bool,
    /// You block them (yourself or through a list).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub blocking: bool,
    /// They block you.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub blocked_by: bool,
}

impl AccountItem {
    /// The account, without its description.
    pub fn from_view(view: ProfileView) -> AccountItem {
        let view = view.data;
        let viewer = view.viewer.map(|v| v.data);
        let viewer = viewer.as_ref();
        AccountItem {
            did: view.did.to_string(),
            handle: view.handle.to_string(),
            display_name: view
                .display_name
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            description: None,
            following: viewer.is_some_and(|v| v.following.is_some()),
            follows_you: viewer.is_some_and(|v| v.followed_by.is_some()),
            muted: viewer.is_some_and(|v| v.muted == Some(true) || v.muted_by_list.is_some()),
            blocking: viewer.is_some_and(|v| v.blocking.is_some() || v.blocking_by_list.is_some()),
            blocked_by: viewer.is_some_and(|v| v.blocked_by == Some(true)),
        }
    }

    /// The account with the first line of its description.
    pub fn with_description(view: ProfileView) -> AccountItem {
        let description = view
            .description
            .as_deref()
            .and_then(|d| d.lines().map(str::trim).find(|l| !l.is_empty()))
            .map(str::to_string);
        AccountItem {
            description,
            ..AccountItem::from_view(view)
        }
    }

    /// How you relate, in a few words: `following, follows you`.
    pub fn relation(&self) -> Vec<&'static str> {
        [
            (self.following, "following"),
            (self.follows_you, "follows you"),
            (self.muted, "muted"),
            (self.blocking, "blocked"),
            (self.blocked_by, "blocks you"),
        ]
        .into_iter()
        .filter_map(|(is, words)| is.then_some(words))
        .collect()
    }
}

/// A list of accounts, one a line, and how to get more.
pub fn render_accounts(accounts: &[AccountItem], cursor: Option<&str>, style: &Style) -> String {
    if accounts.is_empty() {
        return "No accounts.\n".into();
    }
    let mut out = String::new();
    for a in accounts {
        let relation = a.relation();
        let relation = if relation.is_empty() {
            String::new()
        } else {
            format!(" {}", style.good(&format!("({})", relation.join(", "))))
        };
        let handle = style.accent(&format!("@{}", a.handle));
        if style.is_agent() {
            out.push_str(&handle);
            if let Some(name) = &a.display_name {
                out.push_str(&format!(" {}", style.quote(name)));
            }
            out.push_str(&relation);
            if let Some(d) = &a.description {
                out.push_str(&format!(": {}", style.quote(d)));
            }
            out.push('\n');
            continue;
        }
        let name = a
            .display_name
            .as_deref()
            .map(|n| format!("{} ", style.bold(n)))
            .unwrap_or_default();
        out.push_str(&format!("{name}{handle}{relation}\n"));
        if let Some(d) = &a.description {
            out.push_str(&format!("  {d}\n"));
        }
    }
    if let Some(cursor) = cursor {
        out.push_str(&style.more(cursor));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn describe(embed: serde_json::Value) -> String {
        describe_embed(&serde_json::from_value(embed).unwrap()).unwrap()
    }

    #[test]
    fn embeds_are_described_with_their_alt_text() {
        let image = |alt: &str| json!({"alt": alt, "thumb": "https://cdn.test/t", "fullsize": "https://cdn.test/f"});
        let images =
            json!({"$type": "app.bsky.embed.images#view", "images": [image("a cat"), image("")]});
        assert_eq!(describe(images), "2 images: \"a cat\", no alt text");
        let link = json!({"$type": "app.bsky.embed.external#view", "external": {"uri": "https://x.example", "title": "X", "description": ""}});
        assert_eq!(describe(link), "link: X <https://x.example>");
        let author = json!({"did": "did:plc:bob", "handle": "bob.test"});
        let quote = json!({"$type": "app.bsky.embed.record#view", "record": {
            "$type": "app.bsky.embed.record#viewRecord", "uri": "at://did:plc:bob/app.bsky.feed.post/1",
            "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
            "author": author, "indexedAt": "2026-01-01T00:00:00Z",
            "value": {"$type": "app.bsky.feed.post", "text": "hi", "createdAt": "2026-01-01T00:00:00Z"}}});
        assert_eq!(describe(quote), "quote of @bob.test: \"hi\"");
        let gone = json!({"$type": "app.bsky.embed.record#view", "record": {
            "$type": "app.bsky.embed.record#viewNotFound", "uri": "at://did:plc:bob/app.bsky.feed.post/1", "notFound": true}});
        assert_eq!(describe(gone), "quote of a deleted post");
        let unknown = json!({"$type": "app.bsky.embed.hologram#view", "depth": 3});
        assert_eq!(describe(unknown), "hologram#view");
    }
}
