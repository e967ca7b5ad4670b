//! The post a write acts on, as the user named it (at:// URI or bsky.app URL,
//! by handle or DID), resolved to a strong reference and the viewer's state.

use atrium_api::app::bsky::feed::{defs::ViewerState, post};
use atrium_api::com::atproto::repo::strong_ref;
use atrium_api::types::string::Cid;

use super::Ctx;
use crate::bsky::PdsConnection;
use crate::bsky::records;
use crate::bsky::uri::AtUri;
use crate::error::{Error, Result};

pub struct Target {
    /// The post's URI with its author as a DID.
    pub uri: AtUri,
    pub cid: Cid,
    /// The post's record, when it reads as one.
    pub record: Option<post::RecordData>,
    /// What the AppView says this account has done to it and may do; none
    /// when the AppView has not indexed it yet.
    pub viewer: Option<ViewerState>,
}

impl Target {
    /// `{uri, cid}`: how records point at a post.
    pub fn strong_ref(&self) -> strong_ref::Main {
        records::strong_ref(&self.uri.to_uri(), &self.cid)
    }

    pub fn reply_disabled(&self) -> bool {
        self.viewer.as_ref().and_then(|v| v.reply_disabled) == Some(true)
    }

    pub fn embedding_disabled(&self) -> bool {
        self.viewer.as_ref().and_then(|v| v.embedding_disabled) == Some(true)
    }
}

/// The post `uri` (parsed from the input `field`), with its author as a DID.
pub async fn resolve_uri(
    ctx: &Ctx,
    pds: &PdsConnection,
    field: &str,
    mut uri: AtUri,
) -> Result<AtUri> {
    uri.authority = ctx
        .accounts
        .require_did(pds.client(), field, &uri.authority)
        .await?;
    Ok(uri)
}

/// Resolves `uri` (parsed from the input `field`) to a post that exists.
/// Its repository says whether it does (the AppView may still show a post
/// just deleted, or not yet show one just written); the AppView adds what
/// this account has done to it and may do.
pub async fn resolve_post(
    ctx: &Ctx,
    pds: &PdsConnection,
    field: &str,
    uri: AtUri,
) -> Result<Target> {
    let uri = resolve_uri(ctx, pds, field, uri).await?;
    let (record, view) = tokio::join!(pds.get_record(&uri), pds.post_view(&uri));
    let Some(found) = record? else {
        return Err(Error::input(format!(
            "{field}: post {} does not exist (it was deleted, or never existed)",
            uri.to_uri()
        )));
    };
    let cid = found
        .cid
        .ok_or_else(|| Error::remote(format!("{} came back without its CID", found.uri)))?;
    let viewer = view?.and_then(|v| v.data.viewer);
    Ok(Target {
        uri,
        cid,
        record: records::decode(&found.value).ok(),
        viewer,
    })
}
