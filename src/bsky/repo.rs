//! Records in an account's repository: created with a client-chosen key so a
//! retry cannot duplicate them, read back, deleted. Posts as the AppView sees
//! them, for strong references and the viewer's state.

use std::time::Duration;

use atrium_api::app::bsky::feed::{defs::PostView, get_posts};
use atrium_api::com::atproto::repo::{
    apply_writes, create_record, delete_record, get_record, list_records, put_record, strong_ref,
    upload_blob,
};
use atrium_api::record::KnownRecord;
use atrium_api::types::string::{AtIdentifier, Nsid, RecordKey};
use atrium_api::types::{BlobRef, TryIntoUnknown};

use super::accounts::PdsConnection;
use super::records::{collection_of, decode, strong_ref, subject_of};
use super::tid;
use super::uri::AtUri;
use crate::error::{Error, Result};

/// Attempts at a create before giving up; only network errors, 5xx and short 429s retry.
const CREATE_ATTEMPTS: u32 = 3;

fn created_refs(output: apply_writes::OutputData) -> Vec<strong_ref::Main> {
    output
        .results
        .unwrap_or_default()
        .into_iter()
        .filter_map(|r| match r {
            apply_writes::OutputResultsItem::CreateResult(c) => Some(strong_ref(&c.uri, &c.cid)),
            _ => None,
        })
        .collect()
}

/// The repository, collection and key of `uri`, as getRecord and deleteRecord take them.
fn address(uri: &AtUri) -> Result<(AtIdentifier, Nsid, RecordKey)> {
    let bad = |what: &str, why: &str| {
        Error::input(format!("{}: {what} is not valid ({why})", uri.to_uri()))
    };
    Ok((
        uri.authority
            .parse()
            .map_err(|why: &str| bad("the repository", why))?,
        Nsid::new(uri.collection.clone()).map_err(|why| bad("the collection", why))?,
        RecordKey::new(uri.rkey.clone()).map_err(|why| bad("the record key", why))?,
    ))
}

/// Most writes one applyWrites call takes (the PDS's limit).
pub const MAX_WRITES: usize = 200;

/// One change in an all-or-nothing batch ([`PdsConnection::apply_writes`]).
pub enum Write {
    /// A new record at this URI (the key chosen here, so a retry finds it).
    Create(AtUri, KnownRecord),
    /// The record at this URI, replaced.
    Update(AtUri, KnownRecord),
    Delete(AtUri),
}

impl Write {
    fn uri(&self) -> &AtUri {
        match self {
            Write::Create(uri, _) | Write::Update(uri, _) | Write::Delete(uri) => uri,
        }
    }
}

impl PdsConnection {
    /// A URI in this account's repository, under a fresh TID.
    pub fn new_uri(&self, collection: &str) -> AtUri {
        AtUri {
            authority: self.did(),
            collection: collection.to_string(),
            rkey: tid::next(),
        }
    }

    /// Applies `writes` (at most [`MAX_WRITES`]) to this account's repository
    /// at once: all of them or none. When an attempt fails in a way that may
    /// hide a success, the next looks at a create or delete among them: if
    /// it took effect, so did the rest (updates alone are simply sent again).
    /// Returns the created records, in order.
    pub async fn apply_writes(&self, writes: Vec<Write>) -> Result<Vec<strong_ref::Main>> {
        if writes.is_empty() {
            return Ok(Vec::new());
        }
        let probe = writes.iter().find_map(|w| match w {
            Write::Create(uri, _) => Some((uri.clone(), true)),
            Write::Delete(uri) => Some((uri.clone(), false)),
            Write::Update(..) => None,
        });
        let mut items = Vec::with_capacity(writes.len());
        for write in &writes {
            let (_, collection, rkey) = address(write.uri())?;
            items.push(match write {
                Write::Create(_, record) => apply_writes::InputWritesItem::Create(Box::new(
                    apply_writes::CreateData {
                        collection,
                        rkey: Some(rkey),
                        value: record.clone().try_into_unknown().map_err(|e| {
                            Error::input(format!("the record cannot be encoded: {e}"))
                        })?,
                    }
                    .into(),
                )),
                Write::Update(_, record) => apply_writes::InputWritesItem::Update(Box::new(
                    apply_writes::UpdateData {
                        collection,
                        rkey,
                        value: record.clone().try_into_unknown().map_err(|e| {
                            Error::input(format!("the record cannot be encoded: {e}"))
                        })?,
                    }
                    .into(),
                )),
                Write::Delete(_) => apply_writes::InputWritesItem::Delete(Box::new(
                    apply_writes::DeleteData { collection, rkey }.into(),
                )),
            });
        }
        let input: apply_writes::Input = apply_writes::InputData {
            repo: self
                .did()
                .parse()
                .map_err(|why: &str| Error::remote(format!("{}: {why}", self.did())))?,
            swap_commit: None,
            validate: None,
            writes: items,
        }
        .into();
        let mut attempt = 1;
        let outcome = loop {
            let applied = self
                .call_xrpc(|api| api.com.atproto.repo.apply_writes(input.clone()))
                .await?;
            match applied {
                Ok(done) => break Ok(created_refs(done.data)),
                Err(e) if e.retryable() && attempt < CREATE_ATTEMPTS => {
                    tracing::warn!(attempt, "applyWrites failed, retrying: {}", e.message);
                    tokio::time::sleep(Duration::from_millis(250 << attempt)).await;
                    attempt += 1;
                    if let Some((uri, creates)) = &probe
                        && self.get_record(uri).await?.is_some() == *creates
                    {
                        tracing::info!(uri = %uri.to_uri(), "the failed attempt had applied the writes");
                        break self.read_back(&writes).await;
                    }
                }
                Err(e) => break Err(e.into_error(apply_writes::NSID)),
            }
        };
        let result = outcome
            .as_ref()
            .map_or_else(ToString::to_string, |_| "ok".into());
        for write in &writes {
            let action = match write {
                Write::Create(..) => "create",
                Write::Update(..) => "update",
                Write::Delete(_) => "delete",
            };
            self.audit(action, write.uri(), None, &result);
        }
        outcome
    }

    /// The records `writes` created, read back after a lost answer.
    async fn read_back(&self, writes: &[Write]) -> Result<Vec<strong_ref::Main>> {
        let mut refs = Vec::new();
        for write in writes {
            if let Write::Create(uri, _) = write {
                let found = self.get_record(uri).await?.ok_or_else(|| {
                    Error::remote(format!("{} is missing after the write", uri.to_uri()))
                })?;
                let cid = found.cid.as_ref().ok_or_else(|| {
                    Error::remote(format!("{} came back without its CID", found.uri))
                })?;
                refs.push(strong_ref(&found.uri, cid));
            }
        }
        Ok(refs)
    }

    /// Replaces the record at `uri`, only if it is still the version `swap`.
    pub async fn put_record(
        &self,
        uri: &AtUri,
        record: KnownRecord,
        swap: Option<atrium_api::types::string::Cid>,
    ) -> Result<strong_ref::Main> {
        let (repo, collection, rkey) = address(uri)?;
        let input: put_record::Input = put_record::InputData {
            collection,
            record: record
                .try_into_unknown()
                .map_err(|e| Error::input(format!("the record cannot be encoded: {e}")))?,
            repo,
            rkey,
            swap_commit: None,
            swap_record: swap,
            validate: None,
        }
        .into();
        let put = self
            .call_xrpc(|api| api.com.atproto.repo.put_record(input.clone()))
            .await?;
        let outcome = match put {
            Ok(done) => Ok(strong_ref(&done.data.uri, &done.data.cid)),
            Err(e) if e.is("InvalidSwap") => Err(Error::input(format!(
                "{} changed while this update was prepared; nothing was written, try again",
                uri.to_uri()
            ))),
            Err(e) => Err(e.into_error(put_record::NSID)),
        };
        let result = outcome
            .as_ref()
            .map_or_else(ToString::to_string, |_| "ok".into());
        self.audit("update", uri, None, &result);
        outcome
    }

    /// Every record of this account in `collection`, across pages.
    pub async fn all_records(&self, collection: &str) -> Result<Vec<list_records::Record>> {
        let (repo, collection, _) = address(&self.new_uri(collection))?;
        let mut records = Vec::new();
        let mut cursor = None;
        loop {
            let params: list_records::Parameters = list_records::ParametersData {
                collection: collection.clone(),
                cursor: cursor.clone(),
                limit: Some(100.try_into().expect("100 is within listRecords' limit")),
                repo: repo.clone(),
                reverse: None,
            }
            .into();
            let page = self
                .call(list_records::NSID, |api| {
                    api.com.atproto.repo.list_records(params.clone())
                })
                .await?
                .data;
            let empty = page.records.is_empty();
            records.extend(page.records);
            match page.cursor {
                Some(next) if !empty => cursor = Some(next),
                _ => return Ok(records),
            }
        }
    }

    /// Creates a record under a fresh TID. When an attempt fails in a way that
    /// may hide a success (connection lost, 5xx), the next attempt first looks
    /// for the record under the same key and reports it if it is there.
    pub async fn create_record(&self, record: KnownRecord) -> Result<strong_ref::Main> {
        let uri = self.new_uri(collection_of(&record)?);
        let outcome = self.create_at(&uri, record).await;
        match &outcome {
            Ok(created) => self.audit(
                "create",
                &uri,
                Some(&created.cid.as_ref().to_string()),
                "ok",
            ),
            Err(e) => self.audit("create", &uri, None, &e.to_string()),
        }
        outcome
    }

    async fn create_at(&self, uri: &AtUri, record: KnownRecord) -> Result<strong_ref::Main> {
        let (repo, collection, rkey) = address(uri)?;
        let record = record
            .try_into_unknown()
            .map_err(|e| Error::input(format!("the record cannot be encoded: {e}")))?;
        let input: create_record::Input = create_record::InputData {
            collection,
            record,
            repo,
            rkey: Some(rkey),
            swap_commit: None,
            validate: None,
        }
        .into();
        let mut attempt = 1;
        loop {
            let created = self
                .call_xrpc(|api| api.com.atproto.repo.create_record(input.clone()))
                .await?;
            match created {
                Ok(created) => return Ok(strong_ref(&created.data.uri, &created.data.cid)),
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
                        let cid = found.cid.as_ref().ok_or_else(|| {
                            Error::remote(format!("{} came back without its CID", found.uri))
                        })?;
                        return Ok(strong_ref(&found.uri, cid));
                    }
                }
                Err(e) => return Err(e.into_error(create_record::NSID)),
            }
        }
    }

    /// A record by its URI (the authority must be a DID), or `None` if there is none.
    pub async fn get_record(&self, uri: &AtUri) -> Result<Option<get_record::OutputData>> {
        let (repo, collection, rkey) = address(uri)?;
        let params: get_record::Parameters = get_record::ParametersData {
            cid: None,
            collection,
            repo,
            rkey,
        }
        .into();
        match self
            .call_xrpc(|api| api.com.atproto.repo.get_record(params.clone()))
            .await?
        {
            Ok(found) => Ok(Some(found.data)),
            Err(e) if e.is("RecordNotFound") => Ok(None),
            Err(e) => Err(e.into_error(get_record::NSID)),
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
        let (repo, collection, rkey) = address(uri)?;
        let input: delete_record::Input = delete_record::InputData {
            collection,
            repo,
            rkey,
            swap_commit: None,
            swap_record: None,
        }
        .into();
        let deleted = self
            .call(delete_record::NSID, |api| {
                api.com.atproto.repo.delete_record(input.clone())
            })
            .await;
        let result = deleted
            .as_ref()
            .map_or_else(ToString::to_string, |_| "ok".into());
        self.audit("delete", uri, None, &result);
        deleted.map(|_| ())
    }

    /// The newest of this account's likes, reposts or follows in `collection`
    /// (among its latest 100) whose subject is `subject` (a post URI or a DID),
    /// by URI: for undoing one that the AppView has not indexed yet.
    pub async fn find_own_record(&self, collection: &str, subject: &str) -> Result<Option<String>> {
        let (repo, collection, _) = address(&AtUri {
            authority: self.did(),
            collection: collection.to_string(),
            rkey: "self".into(),
        })?;
        let params: list_records::Parameters = list_records::ParametersData {
            collection,
            cursor: None,
            limit: Some(100.try_into().expect("100 is within listRecords' limit")),
            repo,
            reverse: None,
        }
        .into();
        let page = self
            .call(list_records::NSID, |api| {
                api.com.atproto.repo.list_records(params.clone())
            })
            .await?;
        Ok(page
            .data
            .records
            .into_iter()
            .find(|r| {
                decode::<KnownRecord>(&r.value)
                    .is_ok_and(|record| subject_of(&record) == Some(subject))
            })
            .map(|r| r.data.uri))
    }

    /// Uploads a blob and returns the reference records embed.
    pub async fn upload_blob(&self, bytes: Vec<u8>, mime: &str) -> Result<BlobRef> {
        // Raw: atrium's generated uploadBlob sends `Content-Type: */*`, and the
        // PDS stores the blob under the type it is told.
        let request = atrium_xrpc::XrpcRequest::<(), ()> {
            method: atrium_xrpc::http::Method::POST,
            nsid: upload_blob::NSID.into(),
            parameters: None,
            input: Some(atrium_xrpc::InputDataOrBytes::Bytes(bytes)),
            encoding: Some(mime.to_string()),
        };
        let uploaded: upload_blob::Output = self
            .raw(&request)
            .await?
            .map_err(|e| e.into_error(upload_blob::NSID))?;
        Ok(uploaded.data.blob)
    }

    /// A post as the AppView shows it to this account, or `None` if it is gone.
    pub async fn post_view(&self, uri: &AtUri) -> Result<Option<PostView>> {
        let params: get_posts::Parameters = get_posts::ParametersData {
            uris: vec![uri.to_uri()],
        }
        .into();
        let found = self
            .call(get_posts::NSID, |api| {
                api.app.bsky.feed.get_posts(params.clone())
            })
            .await?;
        Ok(found.data.posts.into_iter().next())
    }
}
