//! `bluesky_delete_post` / `mcp-bluesky delete URI`: delete one of your own posts.

use serde::Deserialize;

use super::engage::EngageOutput;
use super::fields::{AccountField, DryRunField};
use super::{Ctx, Hints, Spec, Tool, Toolset};
use crate::bsky::uri::AtUri;
use crate::error::{Error, Result};

/// Delete one of your own posts.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct DeleteInput {
    /// One of your posts.
    pub uri: String,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

pub struct DeletePost;

impl Tool for DeletePost {
    type Input = DeleteInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_delete_post",
        title: "Delete a Bluesky post",
        description: "Permanently delete one of your own posts.",
        hints: Hints::DELETE,
        toolset: Toolset::Post,
    };

    async fn run(ctx: &Ctx, input: DeleteInput) -> Result<EngageOutput> {
        let mut uri = AtUri::parse_post("uri", &input.uri)?;
        let pds = ctx.connect(input.account.get()).await?;
        let named = uri.authority.clone();
        uri.authority = ctx
            .accounts
            .require_did(pds.client(), "uri", &named)
            .await?;
        if uri.authority != pds.did() {
            return Err(Error::input(format!(
                "uri: {} belongs to {named}, not to @{}; only your own posts can be deleted",
                input.uri.trim(),
                pds.handle()
            )));
        }
        if pds.get_record(&uri).await?.is_none() {
            return Err(Error::input(format!(
                "uri: post {} does not exist (already deleted?)",
                uri.to_uri()
            )));
        }
        if !input.dry_run.get() {
            pds.delete_record(&uri).await?;
            tracing::info!(account = %pds.session().alias, uri = %uri.to_uri(), "deleted");
        }
        Ok(EngageOutput {
            action: "deleted",
            subject: uri.to_uri(),
            record_uri: None,
            unchanged: false,
            dry_run: input.dry_run.get(),
            record: None,
        })
    }
}
