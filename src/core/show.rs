//! `bluesky_get_post` / `mcp-bluesky show URI`: one post with what it embeds.

use atrium_api::app::bsky::feed::post;
use serde::{Deserialize, Serialize};

use super::fields::AccountField;
use super::target::resolve_uri;
use super::views::{PostItem, render_post};
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::records;
use crate::bsky::uri::AtUri;
use crate::error::{Error, Result};

/// Show one post: its text, counts and embeds (images with alt text, link cards, quotes, video).
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ShowInput {
    // A post's at:// URI or bsky.app URL, as the instructions say.
    pub uri: String,
    #[serde(flatten)]
    pub account: AccountField,
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
    type Input = ShowInput;
    type Output = ShowOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_post",
        title: "Read one Bluesky post",
        description: "Read one post: author, text, counts, and its embeds in words (alt texts, cards, quotes, video).",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: ShowInput) -> Result<ShowOutput> {
        let uri = AtUri::parse_post("uri", &input.uri)?;
        let pds = ctx.connect(input.account.get()).await?;
        let uri = resolve_uri(ctx, &pds, "uri", uri).await?;
        let view = pds.post_view(&uri).await?.ok_or_else(|| {
            Error::input(format!(
                "uri: post {} does not exist (it was deleted, or never existed)",
                uri.to_uri()
            ))
        })?;
        let langs = records::decode::<post::RecordData>(&view.record)
            .ok()
            .and_then(|r| r.langs)
            .unwrap_or_default()
            .iter()
            .map(|l| l.as_ref().to_string())
            .collect();
        let viewer = view.viewer.as_ref();
        Ok(ShowOutput {
            cid: view.cid.as_ref().to_string(),
            liked: viewer.is_some_and(|v| v.like.is_some()),
            reposted: viewer.is_some_and(|v| v.repost.is_some()),
            langs,
            post: PostItem::from_summary(view.into()),
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
