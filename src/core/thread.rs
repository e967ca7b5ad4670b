//! `bluesky_get_replies` / `mcp-bluesky thread URI`: a post in its thread,
//! with the posts above it and the tree of replies below.

use atrium_api::app::bsky::feed::get_post_thread;
use atrium_api::types::LimitedU16;
use serde::{Deserialize, Serialize};

use super::fields::AccountField;
use super::target::resolve_uri;
use super::views::{PostItem, render_post};
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::summary::{self, ThreadNode as Node, ThreadPost};
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
    // A post's at:// URI or bsky.app URL, as the instructions say.
    pub uri: String,
    /// Levels of replies to include.
    #[serde(default = "default_depth")]
    #[schemars(range(max = 1000))]
    pub depth: u32,
    /// Posts above it to include.
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
    /// Replies left out, the deepest first, to keep the result within its
    /// budget; bluesky_get_replies on a reply shown reads those under it.
    #[serde(skip_serializing_if = "is_zero")]
    pub replies_left_out: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// How many levels of replies `node` has.
fn depth(node: &ThreadNode) -> usize {
    node.replies.iter().map(|r| 1 + depth(r)).max().unwrap_or(0)
}

/// How many places `nodes` and everything under them hold.
fn count(nodes: &[ThreadNode]) -> usize {
    nodes.iter().map(|n| 1 + count(&n.replies)).sum()
}

/// Drops the replies of the nodes `level` levels down; returns how many.
fn prune(node: &mut ThreadNode, level: usize) -> usize {
    if level == 0 {
        let gone = count(&node.replies);
        node.replies.clear();
        return gone;
    }
    node.replies.iter_mut().map(|r| prune(r, level - 1)).sum()
}

pub struct GetReplies;

impl Tool for GetReplies {
    type Input = RepliesInput;
    type Output = RepliesOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_replies",
        title: "Read a Bluesky thread",
        description: "Read a post's thread: the post, its replies as a tree and the posts above it.",
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
        let pds = ctx.connect(input.account.get()).await?;
        let uri = resolve_uri(ctx, &pds, "uri", uri).await?;
        let height = |n: u32| LimitedU16::<1000>::try_from(u16::try_from(n).unwrap_or(1000)).ok();
        let params: get_post_thread::Parameters = get_post_thread::ParametersData {
            depth: height(input.depth),
            parent_height: height(input.parent_height),
            uri: uri.to_uri(),
        }
        .into();
        let not_found = || {
            Error::input(format!(
                "uri: post {} does not exist (it was deleted, or never existed)",
                uri.to_uri()
            ))
        };
        // Read by bsky::summary, not atrium's generated call, which parses the
        // thread whole: one post it cannot read would fail all of it.
        let found: summary::Thread =
            pds.query_as(get_post_thread::NSID, params)
                .await?
                .map_err(|e| match e.is("NotFound") {
                    true => not_found(),
                    false => e.into_error(get_post_thread::NSID),
                })?;
        let mut anchor = match found.thread {
            Node::Post(post) => *post,
            Node::NotFound { .. } => return Err(not_found()),
            Node::Blocked { .. } => {
                return Err(Error::input(format!(
                    "uri: post {} is blocked (by you or its author)",
                    uri.to_uri()
                )));
            }
            Node::Other => {
                return Err(Error::remote(
                    "the thread came back in a shape this version does not read",
                ));
            }
        };
        let mut parents = Vec::new();
        let mut parent = anchor.parent.take();
        while let Some(p) = parent {
            parent = match p {
                Node::Post(mut post) => {
                    let above = post.parent.take();
                    parents.push(post_node(*post, false));
                    above
                }
                other => {
                    parents.push(node(other, false));
                    None
                }
            };
        }
        parents.reverse();
        Ok(RepliesOutput {
            parents,
            thread: post_node(anchor, true),
            replies_left_out: 0,
        })
    }
}

fn gone(kind: &'static str, uri: &str) -> ThreadNode {
    ThreadNode {
        kind,
        uri: uri.to_string(),
        post: None,
        replies: Vec::new(),
    }
}

/// A node; replies only below the anchor, not along parents.
fn node(view: Node, with_replies: bool) -> ThreadNode {
    match view {
        Node::Post(post) => post_node(*post, with_replies),
        Node::NotFound { uri } => gone("not_found", &uri),
        Node::Blocked { uri } => gone("blocked", &uri),
        Node::Other => gone("not_found", ""),
    }
}

/// A post (one that does not decode shows as not found), with its replies.
fn post_node(view: ThreadPost, with_replies: bool) -> ThreadNode {
    let replies = if with_replies {
        view.replies.into_iter().map(|r| node(r, true)).collect()
    } else {
        Vec::new()
    };
    match view.post {
        Ok(post) => ThreadNode {
            kind: "post",
            uri: post.uri.clone(),
            post: Some(PostItem::from_summary(post)),
            replies,
        },
        Err(uri) => ThreadNode {
            replies,
            ..gone("not_found", &uri)
        },
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
        if self.replies_left_out > 0 {
            out.push_str(&format!(
                "[{} replies left out to fit the result; bluesky_get_replies on a reply reads those under it]\n",
                self.replies_left_out
            ));
        }
        out
    }

    /// Leaves out the deepest level of replies, or with one level left, its
    /// last quarter.
    fn shrink(&mut self) -> bool {
        let gone = match depth(&self.thread) {
            0 => return false,
            1 => {
                let n = self.thread.replies.len();
                let keep = n - (n / 4).max(1);
                let gone = count(&self.thread.replies[keep..]);
                self.thread.replies.truncate(keep);
                gone
            }
            levels => prune(&mut self.thread, levels - 1),
        };
        self.replies_left_out += gone;
        true
    }
}

fn render_node(out: &mut String, node: &ThreadNode, style: &Style, indent: &str, recurse: bool) {
    match &node.post {
        Some(post) => render_post(out, post, style, indent),
        None => out.push_str(&format!(
            "{indent}{}\n{}",
            style.dim(&format!(
                "[{} post: {}]",
                node.kind.replace('_', " "),
                node.uri
            )),
            if style.is_agent() { "" } else { "\n" }
        )),
    }
    if recurse {
        let deeper = format!("{indent}{}", if style.is_agent() { "  " } else { "│  " });
        for reply in &node.replies {
            render_node(out, reply, style, &deeper, true);
        }
    }
}
