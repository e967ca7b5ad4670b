//! `bluesky_delete_post` / `mcp-bluesky delete URI`: delete one of your own posts.

use clap::Args;
use serde::Deserialize;

use super::engage::EngageOutput;
use super::{Ctx, Hints, Operation, Tool, schemars};
use crate::bsky::uri::AtUri;
use crate::error::{Error, Result};

/// Delete one of your own posts.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteInput {
    /// The post: its at:// URI or bsky.app URL. It must belong to the account.
    pub uri: String,
    /// The account the post belongs to (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    #[serde(default)]
    pub account: Option<String>,
    /// Check that the post can be deleted, without deleting it.
    #[arg(long)]
    #[serde(default)]
    pub dry_run: bool,
}

pub struct DeletePost;

impl Tool for DeletePost {
    const NAME: &'static str = "bluesky_delete_post";
    const TITLE: &'static str = "Delete a Bluesky post";
    const DESCRIPTION: &'static str = "Permanently delete one of the account's own posts, given its at:// URI or bsky.app URL. Posts of other accounts are refused. Set dry_run to check first.";
    const HINTS: Hints = Hints::DELETE;
}

impl Operation for DeletePost {
    type Input = DeleteInput;
    type Output = EngageOutput;

    async fn run(ctx: &Ctx, input: DeleteInput) -> Result<EngageOutput> {
        let agent = ctx.accounts.agent(input.account.as_deref()).await?;
        let mut uri = AtUri::parse_post("uri", &input.uri)?;
        let named = uri.authority.clone();
        uri.authority = ctx
            .accounts
            .require_did(agent.xrpc(), "uri", &named)
            .await?;
        if uri.authority != agent.did() {
            return Err(Error::input(format!(
                "uri: {} belongs to {named}, not to @{}; only your own posts can be deleted",
                input.uri.trim(),
                agent.handle()
            )));
        }
        if agent.get_record(&uri).await?.is_none() {
            return Err(Error::input(format!(
                "uri: post {} does not exist (already deleted?)",
                uri.to_uri()
            )));
        }
        if !input.dry_run {
            agent.delete_record(&uri).await?;
            tracing::info!(account = %agent.session().alias, uri = %uri.to_uri(), "deleted");
        }
        Ok(EngageOutput {
            action: "deleted",
            subject: uri.to_uri(),
            record_uri: None,
            unchanged: false,
            dry_run: input.dry_run,
            record: None,
        })
    }
}
