//! Pages decoded item by item: one item that does not parse (an unknown
//! shape from a newer or older server) is left out with a note naming it,
//! and the rest of the page is kept.

use atrium_api::types::LimitedNonZeroU8;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

use super::accounts::PdsConnection;
use super::xrpc::XrpcError;
use crate::error::Result;

/// A page's items, each decoded on its own.
#[derive(Debug)]
pub struct Items<T> {
    pub items: Vec<T>,
    /// One line per item left out: which, and why.
    pub left_out: Vec<String>,
}

impl<T> Items<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Items<U> {
        Items {
            items: self.items.into_iter().map(f).collect(),
            left_out: self.left_out,
        }
    }
}

impl<T> Default for Items<T> {
    fn default() -> Self {
        Items {
            items: Vec::new(),
            left_out: Vec::new(),
        }
    }
}

/// A page of a list as a server returns it: its items (under the name the
/// lexicon gives them), each decoded on its own, and the cursor to the next.
#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "T: DeserializeOwned"))]
pub struct Page<T> {
    #[serde(
        alias = "feed",
        alias = "posts",
        alias = "notifications",
        alias = "actors",
        alias = "likes",
        alias = "repostedBy",
        alias = "followers",
        alias = "follows",
        alias = "mutes",
        alias = "blocks",
        alias = "lists",
        alias = "items",
        alias = "bookmarks",
        alias = "drafts",
        alias = "convos",
        alias = "messages"
    )]
    pub items: Items<T>,
    pub cursor: Option<String>,
}

/// A page size as the lexicons take it (1 to 100); larger asks for 100.
pub fn page_size(size: u32) -> LimitedNonZeroU8<100> {
    let size = u8::try_from(size.clamp(1, 100)).unwrap_or(100);
    size.try_into().unwrap_or(LimitedNonZeroU8::MAX)
}

impl PdsConnection {
    /// One page of the list `nsid` returns, decoded item by item. Raw rather
    /// than atrium's generated call, which parses a page whole: one item a
    /// newer or older server shapes differently would fail all of it.
    pub async fn page<P, T>(&self, nsid: &str, params: P) -> Result<Page<T>>
    where
        P: Serialize + Send + Sync,
        T: DeserializeOwned + Send + Sync,
    {
        self.query_as(nsid, params)
            .await?
            .map_err(|e| e.into_error(nsid))
    }

    /// The query `nsid`, its answer read as `O` (a lenient type of the
    /// project's own), its XRPC error left for the caller to judge.
    pub async fn query_as<P, O>(
        &self,
        nsid: &str,
        params: P,
    ) -> Result<std::result::Result<O, XrpcError>>
    where
        P: Serialize + Send + Sync,
        O: DeserializeOwned + Send + Sync,
    {
        self.raw(&query(nsid, params)).await
    }
}

/// The query `nsid` with `params`, as a request.
pub fn query<P>(nsid: &str, params: P) -> atrium_xrpc::XrpcRequest<P, ()> {
    atrium_xrpc::XrpcRequest {
        method: atrium_xrpc::http::Method::GET,
        nsid: nsid.into(),
        parameters: Some(params),
        input: None,
        encoding: None,
    }
}

/// Each item is kept as its text first (no tree of values is built), then
/// decoded on its own. Pages come from a response body, never from a `Value`.
impl<'de, T: DeserializeOwned> Deserialize<'de> for Items<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Vec::<Box<RawValue>>::deserialize(deserializer)?;
        let mut page = Items::default();
        for (i, item) in raw.iter().enumerate() {
            match serde_json::from_str(item.get()) {
                Ok(item) => page.items.push(item),
                Err(e) => page.left_out.push(format!(
                    "left out {}: the server sent it in a shape this version does not read ({e})",
                    name_of(item, i)
                )),
            }
        }
        Ok(page)
    }
}

/// How an item is named in a note: its URI (or its post's), else its place.
fn name_of(item: &RawValue, index: usize) -> String {
    let value: Value = serde_json::from_str(item.get()).unwrap_or_default();
    ["/uri", "/post/uri", "/did"]
        .iter()
        .find_map(|p| value.pointer(p).and_then(Value::as_str))
        .map_or_else(|| format!("item {} of the page", index + 1), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bsky::summary::FeedItem;

    /// A timeline page as the AppView sends it, with one post whose author
    /// is missing (a shape this version cannot read) between two good ones.
    const PAGE: &str = r#"{
      "cursor": "3kcursor",
      "feed": [
        {"post": {"uri": "at://did:plc:a/app.bsky.feed.post/1", "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
                  "author": {"did": "did:plc:a", "handle": "a.test"},
                  "record": {"$type": "app.bsky.feed.post", "text": "one", "createdAt": "2026-01-10T12:00:00.000Z"},
                  "indexedAt": "2026-01-10T12:00:00.000Z"}},
        {"post": {"uri": "at://did:plc:b/app.bsky.feed.post/2", "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
                  "record": {"$type": "app.bsky.feed.post", "text": "two", "createdAt": "2026-01-10T12:00:00.000Z"},
                  "indexedAt": "2026-01-10T12:00:00.000Z"}},
        {"post": {"uri": "at://did:plc:c/app.bsky.feed.post/3", "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
                  "author": {"did": "did:plc:c", "handle": "c.test"},
                  "record": {"$type": "app.bsky.feed.post", "text": "three", "createdAt": "2026-01-10T12:00:00.000Z"},
                  "indexedAt": "2026-01-10T12:00:00.000Z"},
         "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "by": {"did": "did:plc:a", "handle": "a.test"},
                    "indexedAt": "2026-01-10T12:00:00.000Z"}}
      ]
    }"#;

    #[test]
    fn an_item_that_does_not_parse_is_left_out_and_named() {
        let page: Page<FeedItem> = serde_json::from_str(PAGE).unwrap();
        let uris: Vec<&str> = page
            .items
            .items
            .iter()
            .map(|i| i.post.uri.as_str())
            .collect();
        assert_eq!(
            uris,
            [
                "at://did:plc:a/app.bsky.feed.post/1",
                "at://did:plc:c/app.bsky.feed.post/3"
            ]
        );
        assert_eq!(page.items.left_out.len(), 1);
        assert!(
            page.items.left_out[0].starts_with("left out at://did:plc:b/app.bsky.feed.post/2: ")
                && page.items.left_out[0].contains("author"),
            "{}",
            page.items.left_out[0]
        );
        assert_eq!(page.cursor.as_deref(), Some("3kcursor"));
    }

    #[test]
    fn items_without_a_uri_are_named_by_kind() {
        let page: Items<u32> = serde_json::from_str(r#"[1, "two", 3]"#).unwrap();
        assert_eq!(page.items, [1, 3]);
        assert!(
            page.left_out[0].starts_with("left out item 2 of the page: "),
            "{}",
            page.left_out[0]
        );
    }
}
