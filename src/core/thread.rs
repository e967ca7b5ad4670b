//! `bluesky_get_replies` / `mcp-bluesky thread URI`: a post in its thread,
//! with the posts above it and the tree of replies below.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::fields::AccountField;
use super::target::resolve_uri;
use super::views::{PostItem, render_post};
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::types::PostView;
use crate::bsky::uri::AtUri;
use crate::error::{Error, Result};

pub const DEFAULT_DEPTH: u32 = 6;
pub const DEFAULT_PARENT_HEIGHT: u32 = 10;

fn default_depth() -> u32 {
    DEFAULT_DEPTH
}
fn default_parent_height() -> u32 {
    DEFAULT_PARENT_HEIGHT
}

/// Read a post's thread: its replies as a tree, and the posts it replies to.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct RepliesInput {
    /// The post: its at:// URI or bsky.app URL.
    pub uri: String,
    /// How many levels of replies to include, 0 to 1000.
    #[serde(default = "default_depth")]
    #[schemars(range(max = 1000))]
    pub depth: u32,
    /// How many posts above it (parents) to include, 0 to 1000.
    #[serde(default = "default_parent_height")]
    #[schemars(range(max = 1000))]
    pub parent_height: u32,
    #[serde(flatten)]
    pub account: AccountField,
}

/// A place in a thread: a post, or a post that cannot be shown.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ThreadNode {
    /// `post`, `not_found` (deleted) or `blocked`.
    pub kind: &'static str,
    pub uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post: Option<PostItem>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<ThreadNode>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct RepliesOutput {
    /// The posts above, the thread's root first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<ThreadNode>,
    /// The post asked for, with its replies.
    pub thread: ThreadNode,
}

pub struct GetReplies;

impl Tool for GetReplies {
    type Input = RepliesInput;
    type Output = RepliesOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_replies",
        title: "Read a Bluesky thread",
        description: "Read a post's thread given its at:// URI or bsky.app URL: the post, its replies as a tree (depth levels, default 6) and the posts above it (parent_height, default 10). Deleted and blocked posts appear as such.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: RepliesInput) -> Result<RepliesOutput> {
        for (field, value) in [
            ("depth", input.depth),
            ("parent_height", input.parent_height),
        ] {
            if value > 1000 {
                return Err(Error::input(format!(
                    "{field} {value} is out of range; it may be 0 to 1000"
                )));
            }
        }
        let uri = AtUri::parse_post("uri", &input.uri)?;
        let pds = ctx.accounts.connect(input.account.get()).await?;
        let uri = resolve_uri(ctx, &pds, "uri", uri).await?;
        #[derive(Deserialize)]
        struct Thread {
            thread: Value,
        }
        let params = [
            ("uri", uri.to_uri()),
            ("depth", input.depth.to_string()),
            ("parentHeight", input.parent_height.to_string()),
        ];
        let found: Thread = pds
            .query("app.bsky.feed.getPostThread", &params)
            .await
            .map_err(|e| match e.message.contains("NotFound") {
                true => Error::input(format!(
                    "uri: post {} does not exist (it was deleted, or never existed)",
                    uri.to_uri()
                )),
                false => e,
            })?;
        let mut parents = Vec::new();
        let mut parent = found.thread.get("parent").cloned();
        while let Some(p) = parent {
            parent = p.get("parent").cloned();
            parents.push(node(&p, false));
        }
        parents.reverse();
        Ok(RepliesOutput {
            parents,
            thread: node(&found.thread, true),
        })
    }
}

/// A thread view as a node; replies only below the anchor, not along parents.
fn node(view: &Value, with_replies: bool) -> ThreadNode {
    let uri = view
        .get("uri")
        .or_else(|| view.pointer("/post/uri"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    match view.get("$type").and_then(Value::as_str) {
        Some("app.bsky.feed.defs#notFoundPost") => ThreadNode {
            kind: "not_found",
            uri,
            post: None,
            replies: Vec::new(),
        },
        Some("app.bsky.feed.defs#blockedPost") => ThreadNode {
            kind: "blocked",
            uri,
            post: None,
            replies: Vec::new(),
        },
        _ => {
            let post = view
                .get("post")
                .cloned()
                .and_then(|p| serde_json::from_value::<PostView>(p).ok())
                .map(PostItem::from_view);
            let replies = if with_replies {
                view.get("replies")
                    .and_then(Value::as_array)
                    .map(|r| r.iter().map(|v| node(v, true)).collect())
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            ThreadNode {
                kind: if post.is_some() { "post" } else { "not_found" },
                uri,
                post,
                replies,
            }
        }
    }
}

impl Render for RepliesOutput {
    fn render(&self, style: &Style) -> String {
        let mut out = String::new();
        for parent in &self.parents {
            render_node(&mut out, parent, style, "", false);
        }
        if !self.parents.is_empty() {
            out.push_str(&format!("{}\n", style.dim("↓")));
        }
        render_node(&mut out, &self.thread, style, "", true);
        out
    }
}

fn render_node(out: &mut String, node: &ThreadNode, style: &Style, indent: &str, recurse: bool) {
    match &node.post {
        Some(post) => render_post(out, post, style, indent),
        None => out.push_str(&format!(
            "{indent}{}\n\n",
            style.dim(&format!(
                "[{} post: {}]",
                node.kind.replace('_', " "),
                node.uri
            ))
        )),
    }
    if recurse {
        let deeper = format!("{indent}│  ");
        for reply in &node.replies {
            render_node(out, reply, style, &deeper, true);
        }
    }
}
