//! Records in an account's repository: created with a client-chosen key so a
//! retry cannot duplicate them, read back, deleted. Posts as the AppView sees
//! them, for strong references and the viewer's state.

use std::time::Duration;

use atrium_api::app::bsky::feed::{defs::PostView, get_posts};
use atrium_api::com::atproto::repo::{
    create_record, delete_record, get_record, list_records, strong_ref, upload_blob,
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

impl PdsConnection {
    /// Creates a record under a fresh TID. When an attempt fails in a way that
    /// may hide a success (connection lost, 5xx), the next attempt first looks
    /// for the record under the same key and reports it if it is there.
    pub async fn create_record(&self, record: KnownRecord) -> Result<strong_ref::Main> {
        let uri = AtUri {
            authority: self.did(),
            collection: collection_of(&record)?.to_string(),
            rkey: tid::next(),
        };
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
