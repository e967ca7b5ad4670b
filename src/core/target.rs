//! The post a write acts on, as the user named it (at:// URI or bsky.app URL,
//! by handle or DID), resolved to a strong reference and the viewer's state.

use serde_json::Value;

use super::Ctx;
use crate::bsky::PdsConnection;
use crate::bsky::types::PostViewer;
use crate::bsky::uri::AtUri;
use crate::error::{Error, Result};

pub struct Target {
    /// The post's URI with its author as a DID.
    pub uri: AtUri,
    pub cid: String,
    pub record: Value,
    pub viewer: PostViewer,
}

impl Target {
    /// `{uri, cid}`: how records point at a post.
    pub fn strong_ref(&self) -> Value {
        serde_json::json!({"uri": self.uri.to_uri(), "cid": self.cid})
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
        .require_did(pds.xrpc(), field, &uri.authority)
        .await?;
    Ok(uri)
}

/// Resolves `uri` (parsed from the input `field`) to a post that exists.
pub async fn resolve_post(
    ctx: &Ctx,
    pds: &PdsConnection,
    field: &str,
    uri: AtUri,
) -> Result<Target> {
    let uri = resolve_uri(ctx, pds, field, uri).await?;
    if let Some(view) = pds.post_view(&uri).await? {
        return Ok(Target {
            uri,
            cid: view.cid,
            record: view.record,
            viewer: view.viewer,
        });
    }
    // The AppView may not have indexed a post that was just written.
    match pds.get_record(&uri).await? {
        Some(found) => Ok(Target {
            uri,
            cid: found.cid,
            record: found.value,
            viewer: PostViewer::default(),
        }),
        None => Err(Error::input(format!(
            "{field}: post {} does not exist (it was deleted, or never existed)",
            uri.to_uri()
        ))),
    }
}
