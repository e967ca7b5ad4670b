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
