//! Reply and quote controls on a post already published: who may reply and
//! whether it may be quoted (`bluesky_set_reply_controls`), and replies its
//! thread's author hides (`bluesky_hide_reply` / `bluesky_unhide_reply`).
//! Both live in the thread gate and post gate records beside the post.

use atrium_api::app::bsky::feed;
use atrium_api::types::Collection;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::engage::EngageOutput;
use super::fields::{AccountField, DryRunField};
use super::like::PostActionInput;
use super::post::gate::{Gates, check_rules, rule_names, write_for};
use super::post::record_json;
use super::target::resolve_post;
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::records;
use crate::bsky::repo::Write;
use crate::bsky::uri::AtUri;
use crate::error::{Error, Result};

/// The lexicon's limit on hidden replies per thread.
const MAX_HIDDEN: usize = 300;

/// New reply and quote controls for one of your posts; what is left out stays.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct SetReplyControlsInput {
    /// One of your posts.
    pub uri: String,
    // As the instructions describe it; left out: unchanged.
    #[serde(default)]
    pub who_can_reply: Option<Vec<String>>,
    #[serde(default)]
    pub allow_quotes: Option<bool>,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

/// A post's reply and quote controls, after the change.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ReplyControlsOutput {
    /// The post's at:// URI.
    pub uri: String,
    /// Who may reply: `everyone`, `nobody`, or the rules.
    pub who_can_reply: Vec<String>,
    pub allow_quotes: bool,
    /// True when they already were so and nothing changed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unchanged: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    /// The gate records a dry run would write.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<serde_json::Map<String, Value>>")]
    pub records: Vec<Value>,
    /// Gate records deleted (or that a dry run would delete): nothing left in them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
}

pub struct SetReplyControls;

impl Tool for SetReplyControls {
    type Input = SetReplyControlsInput;
    type Output = ReplyControlsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_set_reply_controls",
        title: "Change who may reply to or quote your post",
        description: "Change who may reply to your thread's first post, and whether it may be quoted. What you leave out stays.",
        hints: Hints::WRITE,
        toolset: Toolset::Post,
    };

    async fn run(ctx: &Ctx, input: SetReplyControlsInput) -> Result<ReplyControlsOutput> {
        let uri = AtUri::parse_post("uri", &input.uri)?;
        let pds = ctx.connect(input.account.get()).await?;
        let post = resolve_post(ctx, &pds, "uri", uri).await?;
        if post.uri.authority != pds.did() {
            return Err(Error::input(format!(
                "uri: {} is not your post; only your own posts' reply controls can be changed",
                post.uri.to_uri()
            )));
        }
        let is_reply = post.record.as_ref().is_some_and(|r| r.reply.is_some());
        let allow = match &input.who_can_reply {
            Some(_) if is_reply => {
                return Err(Error::input(
                    "who_can_reply: this post is a reply; who may reply is set on the thread's first post",
                ));
            }
            Some(names) => Some(check_rules(ctx, Some(&pds), names).await?),
            None => None,
        };
        let gates = Gates::read(&pds, &post.uri).await?;
        let old_allow = gates.thread.as_ref().and_then(records::reply_rules);
        let old_no_quotes = gates
            .post
            .as_ref()
            .is_some_and(|g| g.embedding_rules.as_ref().is_some_and(|r| !r.is_empty()));
        let new_allow = allow.unwrap_or_else(|| old_allow.clone());
        let no_quotes = input.allow_quotes.map_or(old_no_quotes, |allow| !allow);
        let post_uri = post.uri.to_uri();
        let mut output = ReplyControlsOutput {
            uri: post_uri.clone(),
            who_can_reply: rule_names(new_allow.as_deref()),
            allow_quotes: !no_quotes,
            unchanged: new_allow == old_allow && no_quotes == old_no_quotes,
            dry_run: input.dry_run.get(),
            records: Vec::new(),
            removed: Vec::new(),
        };
        if output.unchanged {
            return Ok(output);
        }
        let hidden = gates
            .thread
            .as_ref()
            .and_then(|g| g.hidden_replies.clone())
            .unwrap_or_default();
        let thread_gate = (new_allow.is_some() || !hidden.is_empty()).then(|| {
            records::threadgate(
                &post_uri,
                new_allow.as_deref(),
                hidden,
                gates.thread.as_ref().map(|g| g.created_at.clone()),
            )
        });
        let detached = gates
            .post
            .as_ref()
            .and_then(|g| g.detached_embedding_uris.clone())
            .unwrap_or_default();
        let post_gate = (no_quotes || !detached.is_empty()).then(|| {
            records::postgate(
                &post_uri,
                no_quotes,
                detached,
                gates.post.as_ref().map(|g| g.created_at.clone()),
            )
        });
        output.records = thread_gate
            .iter()
            .chain(post_gate.iter())
            .map(record_json)
            .collect();
        let under = |collection: &str| AtUri {
            collection: collection.to_string(),
            ..post.uri.clone()
        };
        let mut writes: Vec<Write> = [
            write_for(
                under(feed::Threadgate::NSID),
                gates.thread.is_some(),
                thread_gate,
            ),
            write_for(under(feed::Postgate::NSID), gates.post.is_some(), post_gate),
        ]
        .into_iter()
        .flatten()
        .collect();
        output.removed = writes
            .iter()
            .filter_map(|w| match w {
                Write::Delete(uri) => Some(uri.to_uri()),
                _ => None,
            })
            .collect();
        if !output.dry_run {
            // Creates and deletes first: after a lost answer, they show whether it was applied.
            writes.sort_by_key(|w| matches!(w, Write::Update(..)));
            pds.apply_writes(writes).await?;
            tracing::info!(account = %pds.session().alias, uri = %post_uri, "reply controls changed");
        }
        Ok(output)
    }
}

impl Render for ReplyControlsOutput {
    fn render(&self, style: &Style) -> String {
        let state = format!(
            "who may reply: {}; quotes: {}",
            self.who_can_reply.join(", "),
            if self.allow_quotes { "allowed" } else { "off" }
        );
        if self.unchanged {
            return format!("Nothing to do: {} already has {state}.\n", self.uri);
        }
        if self.dry_run {
            let mut out = format!(
                "{} nothing changed; {} would have {state}.\n",
                style.bold("Dry run:"),
                self.uri
            );
            for record in &self.records {
                out.push_str(&style.json(record));
                out.push('\n');
            }
            for uri in &self.removed {
                out.push_str(&format!("Would delete {uri}\n"));
            }
            return out;
        }
        format!("{} {}: {state}\n", style.good("Changed"), self.uri)
    }
}

pub struct HideReply;

impl Tool for HideReply {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_hide_reply",
        title: "Hide a reply in your thread",
        description: "Hide a reply in a thread you started (shown behind a 'hidden replies' fold).",
        hints: Hints::TOGGLE,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        set_hidden(ctx, input, true).await
    }
}

pub struct UnhideReply;

impl Tool for UnhideReply {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unhide_reply",
        title: "Unhide a reply in your thread",
        description: "Show again a reply you hid in a thread you started.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        set_hidden(ctx, input, false).await
    }
}

async fn set_hidden(ctx: &Ctx, input: PostActionInput, hide: bool) -> Result<EngageOutput> {
    let uri = AtUri::parse_post("uri", &input.uri)?;
    let pds = ctx.connect(input.account.get()).await?;
    let reply = resolve_post(ctx, &pds, "uri", uri).await?;
    let reply_uri = reply.uri.to_uri();
    let Some(root) = reply.record.as_ref().and_then(|r| r.reply.as_ref()) else {
        return Err(Error::input(format!(
            "uri: {reply_uri} is not a reply; only replies can be hidden"
        )));
    };
    let root = AtUri::parse(&root.root.uri)?;
    if root.authority != pds.did() {
        return Err(Error::input(format!(
            "uri: {reply_uri} is in a thread you did not start; only the thread's author can hide its replies"
        )));
    }
    let gates = Gates::read(&pds, &root).await?;
    let mut hidden = gates
        .thread
        .as_ref()
        .and_then(|g| g.hidden_replies.clone())
        .unwrap_or_default();
    let was_hidden = hidden.contains(&reply_uri);
    let gate_uri = AtUri {
        collection: feed::Threadgate::NSID.to_string(),
        ..root.clone()
    };
    let action = if hide { "hidden" } else { "unhidden" };
    let mut output = EngageOutput {
        action,
        subject: reply_uri.clone(),
        record_uri: Some(gate_uri.to_uri()),
        unchanged: was_hidden == hide,
        dry_run: input.dry_run.get(),
        record: None,
    };
    if output.unchanged {
        return Ok(output);
    }
    if hide {
        if hidden.len() >= MAX_HIDDEN {
            return Err(Error::input(format!(
                "uri: the thread already hides {MAX_HIDDEN} replies, the most a thread gate holds"
            )));
        }
        hidden.push(reply_uri.clone());
    } else {
        hidden.retain(|h| *h != reply_uri);
    }
    let allow = gates.thread.as_ref().and_then(records::reply_rules);
    let wanted = (allow.is_some() || !hidden.is_empty()).then(|| {
        records::threadgate(
            &root.to_uri(),
            allow.as_deref(),
            hidden,
            gates.thread.as_ref().map(|g| g.created_at.clone()),
        )
    });
    output.record = wanted.as_ref().map(record_json).filter(|_| output.dry_run);
    if !output.dry_run
        && let Some(write) = write_for(gate_uri, gates.thread.is_some(), wanted)
    {
        pds.apply_writes(vec![write]).await?;
        tracing::info!(account = %pds.session().alias, uri = %reply_uri, "reply {action}");
    }
    Ok(output)
}
