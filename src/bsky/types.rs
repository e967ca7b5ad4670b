//! The parts of the AT Protocol and Bluesky lexicons this program reads.
//! Unknown fields are ignored: the server may add more.

use serde::Deserialize;
use serde_json::Value;

use super::lenient::Items;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionTokens {
    pub access_jwt: String,
    pub refresh_jwt: String,
    pub handle: String,
    pub did: String,
}

#[derive(Deserialize)]
pub struct CreatedRecord {
    pub uri: String,
    pub cid: String,
}

#[derive(Deserialize)]
pub struct FeedPage {
    pub feed: Items<FeedViewPost>,
    pub cursor: Option<String>,
}

#[derive(Deserialize)]
pub struct FeedViewPost {
    pub post: PostView,
    pub reason: Option<Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostView {
    pub uri: String,
    pub cid: String,
    pub author: ProfileBasic,
    pub record: Value,
    pub embed: Option<Value>,
    #[serde(default)]
    pub reply_count: u64,
    #[serde(default)]
    pub repost_count: u64,
    #[serde(default)]
    pub like_count: u64,
    #[serde(default)]
    pub quote_count: u64,
    pub indexed_at: String,
    #[serde(default)]
    pub viewer: PostViewer,
}

/// What the viewing account has done to a post, and may do.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostViewer {
    /// URI of the viewer's like record.
    pub like: Option<String>,
    /// URI of the viewer's repost record.
    pub repost: Option<String>,
    #[serde(default)]
    pub reply_disabled: bool,
    #[serde(default)]
    pub embedding_disabled: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileBasic {
    pub handle: String,
    pub display_name: Option<String>,
}
