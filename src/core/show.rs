//! `bluesky_get_post` / `mcp-bluesky show URI`: one post with what it embeds.

use clap::Args;
use serde::{Deserialize, Serialize};

use super::target::resolve_uri;
use super::views::{PostItem, render_post};
use super::{Ctx, Hints, Operation, Render, Style, Tool, schemars};
use crate::error::{Error, Result};

/// Show one post: its text, counts and embeds (images with alt text, link cards, quotes, video).
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShowInput {
    /// The post: its at:// URI or bsky.app URL.
    pub uri: String,
    /// The account to read as (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    #[serde(default)]
    pub account: Option<String>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ShowOutput {
    pub post: PostItem,
    /// The record's CID (with the URI, a strong reference).
    pub cid: String,
    /// Languages the author tagged the post with.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub langs: Vec<String>,
    /// Whether the viewing account liked or reposted it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub liked: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reposted: bool,
}

pub struct GetPost;

impl Tool for GetPost {
    const NAME: &'static str = "bluesky_get_post";
    const TITLE: &'static str = "Read one Bluesky post";
    const DESCRIPTION: &'static str = "Read one post given its at:// URI or bsky.app URL: author, text, counts, and its embeds described in words (images with their alt text, link cards, quoted posts, video).";
    const HINTS: Hints = Hints::READ;
}

impl Operation for GetPost {
    type Input = ShowInput;
    type Output = ShowOutput;

    async fn run(ctx: &Ctx, input: ShowInput) -> Result<ShowOutput> {
        let agent = ctx.accounts.agent(input.account.as_deref()).await?;
        let uri = resolve_uri(ctx, &agent, "uri", &input.uri).await?;
        let view = agent.post_view(&uri).await?.ok_or_else(|| {
            Error::input(format!(
                "uri: post {} does not exist (it was deleted, or never existed)",
                uri.to_uri()
            ))
        })?;
        let langs = view.record["langs"]
            .as_array()
            .map(|l| {
                l.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        Ok(ShowOutput {
            cid: view.cid.clone(),
            liked: view.viewer.like.is_some(),
            reposted: view.viewer.repost.is_some(),
            langs,
            post: PostItem::from_view(view),
        })
    }
}

impl Render for ShowOutput {
    fn render(&self, style: &Style) -> String {
        let mut out = String::new();
        render_post(&mut out, &self.post, style, "");
        out
    }
}
