//! The parts of a post view that results show, decoded alone. atrium's whole
//! `FeedViewPost` (every field, each object's unknown fields kept, the record
//! as an open value) took 1.1 to 1.6 ms per 100 posts to decode and 0.6 ms more
//! to read the records from, over the 1 ms a call may add to the XRPC call it
//! makes; these take about 0.4 ms for both (release build, 2 cores). Leaf
//! values keep atrium's types, and embeds are atrium's views.

use atrium_api::app::bsky::feed::defs::{PostView, PostViewEmbedRefs};
use atrium_api::types::Union;
use atrium_api::types::string::{Datetime, Handle};
use serde::Deserialize;

use super::records::decode;

/// A post as a feed, a search or a thread shows it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostSummary {
    pub uri: String,
    pub author: Author,
    pub record: PostRecord,
    pub embed: Option<Union<PostViewEmbedRefs>>,
    pub reply_count: Option<i64>,
    pub repost_count: Option<i64>,
    pub like_count: Option<i64>,
    pub quote_count: Option<i64>,
    pub indexed_at: Datetime,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Author {
    pub handle: Handle,
    pub display_name: Option<String>,
}

/// What is read of an `app.bsky.feed.post` record.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostRecord {
    #[serde(default)]
    pub text: String,
    /// As the author's client wrote it; shown, never parsed strictly.
    pub created_at: Option<String>,
    pub reply: Option<Reply>,
}

#[derive(Debug, Deserialize)]
pub struct Reply {
    pub parent: Parent,
}

#[derive(Debug, Deserialize)]
pub struct Parent {
    pub uri: String,
}

/// A feed's item: the post, and who reposted it into the feed.
#[derive(Debug, Deserialize)]
pub struct FeedItem {
    pub post: PostSummary,
    pub reason: Option<Reason>,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "$type")]
pub enum Reason {
    #[serde(rename = "app.bsky.feed.defs#reasonRepost")]
    Repost { by: Author },
    #[serde(other)]
    Other,
}

/// A post atrium decoded whole (a thread, a single post), summarized.
impl From<PostView> for PostSummary {
    fn from(view: PostView) -> PostSummary {
        let view = view.data;
        PostSummary {
            uri: view.uri,
            author: Author {
                handle: view.author.data.handle,
                display_name: view.author.data.display_name,
            },
            record: decode(&view.record).unwrap_or_default(),
            embed: view.embed,
            reply_count: view.reply_count,
            repost_count: view.repost_count,
            like_count: view.like_count,
            quote_count: view.quote_count,
            indexed_at: view.indexed_at,
        }
    }
}

/// A thread as getPostThread returns it, read leniently: a post that does not
/// decode is kept as its URI, and the rest of the thread with it.
#[derive(Debug, Deserialize)]
pub struct Thread {
    pub thread: ThreadNode,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "$type")]
pub enum ThreadNode {
    #[serde(rename = "app.bsky.feed.defs#threadViewPost")]
    Post(Box<ThreadPost>),
    #[serde(rename = "app.bsky.feed.defs#notFoundPost")]
    NotFound { uri: String },
    #[serde(rename = "app.bsky.feed.defs#blockedPost")]
    Blocked { uri: String },
    /// A kind of node this version does not know.
    #[serde(other)]
    Other,
}

#[derive(Debug, Deserialize)]
pub struct ThreadPost {
    /// The post, or its URI when it does not decode.
    #[serde(deserialize_with = "post_or_uri")]
    pub post: Result<PostSummary, String>,
    pub parent: Option<ThreadNode>,
    #[serde(default)]
    pub replies: Vec<ThreadNode>,
}

fn post_or_uri<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Result<PostSummary, String>, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    let uri = value["uri"].as_str().unwrap_or_default().to_string();
    Ok(serde_json::from_value(value).map_err(|e| {
        tracing::warn!(
            "left out {uri}: the server sent it in a shape this version does not read ({e})"
        );
        uri
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_that_does_not_decode_leaves_the_rest_of_the_thread() {
        let post = |n: u32, handle: &str| {
            serde_json::json!({
                "uri": format!("at://did:plc:a/app.bsky.feed.post/{n}"),
                "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
                "author": {"did": "did:plc:a", "handle": handle},
                "record": {"$type": "app.bsky.feed.post", "text": format!("post {n}"), "createdAt": "2026-01-10T12:00:00.000Z"},
                "indexedAt": "2026-01-10T12:00:00.000Z"
            })
        };
        let node =
            |post| serde_json::json!({"$type": "app.bsky.feed.defs#threadViewPost", "post": post});
        let thread = serde_json::json!({"thread": {
            "$type": "app.bsky.feed.defs#threadViewPost",
            "post": post(2, "a.test"),
            "parent": node(post(1, "a.test")),
            "replies": [
                node(post(3, "not a handle")),
                node(post(4, "a.test")),
                {"$type": "app.bsky.feed.defs#blockedPost", "uri": "at://did:plc:b/app.bsky.feed.post/5", "blocked": true, "author": {"did": "did:plc:b"}},
                {"$type": "app.bsky.feed.defs#somethingNew", "uri": "at://did:plc:b/app.bsky.feed.post/6"}
            ]
        }});
        let Thread { thread } = serde_json::from_value(thread).unwrap();
        let ThreadNode::Post(anchor) = thread else {
            panic!("a post")
        };
        assert_eq!(anchor.post.as_ref().unwrap().record.text, "post 2");
        assert!(matches!(&anchor.parent, Some(ThreadNode::Post(p)) if p.post.is_ok()));
        let replies: Vec<String> = anchor
            .replies
            .iter()
            .map(|r| match r {
                ThreadNode::Post(p) => match &p.post {
                    Ok(post) => format!("post {}", post.uri),
                    Err(uri) => format!("unreadable {uri}"),
                },
                ThreadNode::Blocked { uri } => format!("blocked {uri}"),
                ThreadNode::NotFound { uri } => format!("not found {uri}"),
                ThreadNode::Other => "other".into(),
            })
            .collect();
        assert_eq!(
            replies,
            [
                "unreadable at://did:plc:a/app.bsky.feed.post/3",
                "post at://did:plc:a/app.bsky.feed.post/4",
                "blocked at://did:plc:b/app.bsky.feed.post/5",
                "other",
            ]
        );
    }
}
