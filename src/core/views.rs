//! Posts and profiles as results carry them: what an agent or a script needs,
//! without the API's repeated view data, and their compact human rendering.

use serde::Serialize;
use serde_json::Value;

use super::Style;
use super::render::relative_time;
use crate::bsky::types::{FeedViewPost, PostView};
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
    pub replies: u64,
    pub reposts: u64,
    pub likes: u64,
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

impl PostItem {
    pub fn from_view(post: PostView) -> PostItem {
        let text = post
            .record
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let created_at = post
            .record
            .get("createdAt")
            .and_then(Value::as_str)
            .unwrap_or(&post.indexed_at);
        let reply_to = post
            .record
            .pointer("/reply/parent/uri")
            .and_then(Value::as_str)
            .map(str::to_string);
        PostItem {
            text: text.to_string(),
            created_at: created_at.to_string(),
            reply_to,
            uri: post.uri,
            author: post.author.handle,
            author_name: post.author.display_name.filter(|n| !n.trim().is_empty()),
            replies: post.reply_count,
            reposts: post.repost_count,
            likes: post.like_count,
            quotes: post.quote_count,
            reposted_by: None,
            embed: post.embed.as_ref().and_then(describe_embed),
        }
    }

    pub fn from_feed(item: FeedViewPost) -> PostItem {
        let reposted_by = item.reason.as_ref().and_then(|r| {
            (r.get("$type").and_then(Value::as_str) == Some("app.bsky.feed.defs#reasonRepost"))
                .then(|| {
                    r.pointer("/by/handle")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                })
                .flatten()
        });
        let mut post = PostItem::from_view(item.post);
        post.reposted_by = reposted_by;
        post
    }

    pub fn url(&self) -> String {
        post_web_url(&self.author, &self.uri).unwrap_or_else(|| self.uri.clone())
    }
}

/// A one-line description of an embed view, alt texts included.
pub fn describe_embed(embed: &Value) -> Option<String> {
    let kind = embed.get("$type")?.as_str()?;
    Some(match kind {
        "app.bsky.embed.images#view" | "app.bsky.embed.gallery#view" => {
            let images = embed
                .get("images")
                .or_else(|| embed.get("items"))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let alts: Vec<String> = images
                .iter()
                .map(|i| {
                    match i
                        .get("alt")
                        .and_then(Value::as_str)
                        .filter(|a| !a.is_empty())
                    {
                        Some(alt) => format!("\"{alt}\""),
                        None => "no alt text".into(),
                    }
                })
                .collect();
            let noun = if images.len() == 1 { "image" } else { "images" };
            format!("{} {noun}: {}", images.len(), alts.join(", "))
        }
        "app.bsky.embed.video#view" => match embed.get("alt").and_then(Value::as_str) {
            Some(alt) if !alt.is_empty() => format!("video: \"{alt}\""),
            _ => "video".into(),
        },
        "app.bsky.embed.external#view" => {
            let uri = embed
                .pointer("/external/uri")
                .and_then(Value::as_str)
                .unwrap_or("?");
            match embed
                .pointer("/external/title")
                .and_then(Value::as_str)
                .filter(|t| !t.is_empty())
            {
                Some(title) => format!("link: {title} <{uri}>"),
                None => format!("link: {uri}"),
            }
        }
        "app.bsky.embed.record#view" => describe_record(embed.get("record")?),
        "app.bsky.embed.recordWithMedia#view" => format!(
            "{} with {}",
            embed
                .pointer("/record/record")
                .map(describe_record)
                .unwrap_or_else(|| "quote".into()),
            embed
                .get("media")
                .and_then(describe_embed)
                .unwrap_or_else(|| "media".into())
        ),
        other => other.trim_start_matches("app.bsky.embed.").to_string(),
    })
}

/// A quoted record: the post's author and text, or why it cannot be shown.
fn describe_record(record: &Value) -> String {
    match record.get("$type").and_then(Value::as_str) {
        Some("app.bsky.embed.record#viewRecord") => format!(
            "quote of @{}: \"{}\"",
            record
                .pointer("/author/handle")
                .and_then(Value::as_str)
                .unwrap_or("?"),
            record
                .pointer("/value/text")
                .and_then(Value::as_str)
                .unwrap_or_default()
        ),
        Some("app.bsky.embed.record#viewNotFound") => "quote of a deleted post".into(),
        Some("app.bsky.embed.record#viewBlocked") => "quote of a blocked post".into(),
        Some("app.bsky.embed.record#viewDetached") => "quote removed by its author".into(),
        _ => format!(
            "quote: {}",
            record.get("uri").and_then(Value::as_str).unwrap_or("?")
        ),
    }
}

/// Renders one post: who and when, the text, the embed, counts and its URL.
pub fn render_post(out: &mut String, post: &PostItem, style: &Style, indent: &str) {
    let now = chrono::Utc::now();
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
        out.push_str(&style.dim(&format!("more: --cursor {cursor}\n")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn embeds_are_described_with_their_alt_text() {
        let images = json!({"$type": "app.bsky.embed.images#view", "images": [{"alt": "a cat"}, {"alt": ""}]});
        assert_eq!(
            describe_embed(&images).unwrap(),
            "2 images: \"a cat\", no alt text"
        );
        let link = json!({"$type": "app.bsky.embed.external#view", "external": {"uri": "https://x.example", "title": "X"}});
        assert_eq!(
            describe_embed(&link).unwrap(),
            "link: X <https://x.example>"
        );
        let quote = json!({"$type": "app.bsky.embed.record#view", "record": {
            "$type": "app.bsky.embed.record#viewRecord", "author": {"handle": "bob.test"}, "value": {"text": "hi"}}});
        assert_eq!(
            describe_embed(&quote).unwrap(),
            "quote of @bob.test: \"hi\""
        );
        let gone = json!({"$type": "app.bsky.embed.record#view", "record": {"$type": "app.bsky.embed.record#viewNotFound"}});
        assert_eq!(describe_embed(&gone).unwrap(), "quote of a deleted post");
    }
}
