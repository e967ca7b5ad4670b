//! Records in an account's repository: created with a client-chosen key so a
//! retry cannot duplicate them, read back, deleted. Posts as the AppView sees
//! them, for strong references and the viewer's state.

use std::time::Duration;

use serde::Deserialize;
use serde_json::{Value, json};

use super::accounts::PdsConnection;
use super::tid;
use super::types::{CreatedRecord, PostView};
use super::uri::AtUri;
use crate::error::{Error, Result};

/// Attempts at a create before giving up; only network errors, 5xx and short 429s retry.
const CREATE_ATTEMPTS: u32 = 3;

/// A record as `com.atproto.repo.getRecord` returns it.
#[derive(Debug, Clone, Deserialize)]
pub struct StoredRecord {
    pub uri: String,
    pub cid: String,
    pub value: Value,
}

impl PdsConnection {
    /// Creates a record under a fresh TID. When an attempt fails in a way that
    /// may hide a success (connection lost, 5xx), the next attempt first looks
    /// for the record under the same key and reports it if it is there.
    pub async fn create_record(&self, collection: &str, record: &Value) -> Result<CreatedRecord> {
        let uri = AtUri {
            authority: self.did(),
            collection: collection.to_string(),
            rkey: tid::next(),
        };
        let outcome = self.create_at(&uri, record).await;
        match &outcome {
            Ok(created) => self.audit("create", &uri, Some(&created.cid), "ok"),
            Err(e) => self.audit("create", &uri, None, &e.to_string()),
        }
        outcome
    }

    async fn create_at(&self, uri: &AtUri, record: &Value) -> Result<CreatedRecord> {
        let body = json!({
            "repo": uri.authority,
            "collection": uri.collection,
            "rkey": uri.rkey,
            "record": record,
        });
        let mut attempt = 1;
        loop {
            match self
                .procedure_xrpc("com.atproto.repo.createRecord", &body)
                .await?
            {
                Ok(created) => return Ok(created),
                Err(e) if e.retryable() && attempt < CREATE_ATTEMPTS => {
                    tracing::warn!(
                        collection = %uri.collection,
                        attempt,
                        "create failed, retrying: {}",
                        e.message
                    );
                    tokio::time::sleep(Duration::from_millis(250 << attempt)).await;
                    attempt += 1;
                    if let Some(found) = self.get_record(uri).await? {
                        tracing::info!(uri = %found.uri, "the failed attempt had written the record");
                        return Ok(CreatedRecord {
                            uri: found.uri,
                            cid: found.cid,
                        });
                    }
                }
                Err(e) => return Err(e.into_error("com.atproto.repo.createRecord")),
            }
        }
    }

    /// A record by its URI (the authority must be a DID), or `None` if there is none.
    pub async fn get_record(&self, uri: &AtUri) -> Result<Option<StoredRecord>> {
        let params = [
            ("repo", uri.authority.clone()),
            ("collection", uri.collection.clone()),
            ("rkey", uri.rkey.clone()),
        ];
        match self
            .query_xrpc("com.atproto.repo.getRecord", &params)
            .await?
        {
            Ok(found) => Ok(Some(found)),
            Err(e) if e.is("RecordNotFound") => Ok(None),
            Err(e) => Err(e.into_error("com.atproto.repo.getRecord")),
        }
    }

    /// Deletes one of this account's records.
    pub async fn delete_record(&self, uri: &AtUri) -> Result<()> {
        if uri.authority != self.did() {
            return Err(Error::input(format!(
                "{} belongs to another account; only your own records can be deleted",
                uri.to_uri()
            )));
        }
        let body = json!({
            "repo": uri.authority,
            "collection": uri.collection,
            "rkey": uri.rkey,
        });
        let deleted: Result<serde::de::IgnoredAny> = self
            .procedure_idempotent("com.atproto.repo.deleteRecord", &body)
            .await;
        let result = deleted
            .as_ref()
            .map_or_else(ToString::to_string, |_| "ok".into());
        self.audit("delete", uri, None, &result);
        deleted.map(|_| ())
    }

    /// The newest of this account's records in `collection` (among its latest
    /// 100) that `matches`, by URI: for undoing a like, repost or follow that the
    /// AppView has not indexed yet.
    pub async fn find_own_record(
        &self,
        collection: &str,
        matches: impl Fn(&Value) -> bool,
    ) -> Result<Option<String>> {
        #[derive(Deserialize)]
        struct Page {
            records: Vec<StoredRecord>,
        }
        let params = [
            ("repo", self.did()),
            ("collection", collection.to_string()),
            ("limit", "100".to_string()),
        ];
        let page: Page = self.query("com.atproto.repo.listRecords", &params).await?;
        Ok(page
            .records
            .into_iter()
            .find(|r| matches(&r.value))
            .map(|r| r.uri))
    }

    /// Uploads a blob and returns the blob object records embed.
    pub async fn upload_blob(&self, bytes: Vec<u8>, mime: &str) -> Result<Value> {
        #[derive(Deserialize)]
        struct Uploaded {
            blob: Value,
        }
        let nsid = "com.atproto.repo.uploadBlob";
        let uploaded: Uploaded = self
            .authed(|token| {
                let bytes = bytes.clone();
                async move {
                    self.xrpc()
                        .upload(nsid, &[], bytes, mime, Some(&token))
                        .await
                }
            })
            .await?
            .map_err(|e| e.into_error(nsid))?;
        Ok(uploaded.blob)
    }

    /// A post as the AppView shows it to this account, or `None` if it is gone.
    pub async fn post_view(&self, uri: &AtUri) -> Result<Option<PostView>> {
        #[derive(Deserialize)]
        struct Posts {
            posts: Vec<PostView>,
        }
        let found: Posts = self
            .query("app.bsky.feed.getPosts", &[("uris", uri.to_uri())])
            .await?;
        Ok(found.posts.into_iter().next())
    }
}
