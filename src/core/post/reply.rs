//! `bluesky_reply` / `mcp-bluesky reply URI TEXT`: a reply that keeps the thread together.

use clap::Args;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Draft, PostOutput, build, link_card, publish, writer};
use crate::core::target::{Target, resolve_post};
use crate::core::{Ctx, Hints, Operation, Tool, schemars};
use crate::error::{Error, Result};

/// Reply to a post.
///
/// The reply joins the post's thread: its root is the thread's first post,
/// its parent the post replied to.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyInput {
    /// The post to reply to: its at:// URI or bsky.app URL.
    pub uri: String,
    /// The reply's text: at most 300 graphemes. On the command line, `-` reads it from stdin.
    pub text: String,
    /// Languages of the text as BCP-47 tags (at most 3). Default: the `langs` setting.
    #[arg(long = "lang", value_name = "LANG")]
    #[serde(default)]
    #[schemars(length(max = 3))]
    pub langs: Vec<String>,
    /// The account to reply as (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    #[serde(default)]
    pub account: Option<String>,
    /// Check and build the reply, and show the exact record, without publishing it.
    #[arg(long)]
    #[serde(default)]
    pub dry_run: bool,
}

pub struct Reply;

impl Tool for Reply {
    const NAME: &'static str = "bluesky_reply";
    const TITLE: &'static str = "Reply to a Bluesky post";
    const DESCRIPTION: &'static str = "Reply to a post, given its at:// URI or bsky.app URL. The reply is threaded correctly (root and parent). Text at most 300 graphemes; mentions, links and #hashtags become facets. Fails clearly if the post is deleted or its author does not allow your reply. Set dry_run to see the exact record first.";
    const HINTS: Hints = Hints::WRITE;
}

impl Operation for Reply {
    type Input = ReplyInput;
    type Output = PostOutput;

    fn prepare_cli(input: &mut ReplyInput) -> Result<()> {
        super::text_from_stdin(&mut input.text)
    }

    async fn run(ctx: &Ctx, input: ReplyInput) -> Result<PostOutput> {
        super::check_text(&input.text)?;
        let agent = writer(ctx, input.account.as_deref(), input.dry_run, false)
            .await?
            .expect("replies need an account even in a dry run");
        let parent = resolve_post(ctx, &agent, "uri", &input.uri).await?;
        if parent.viewer.reply_disabled {
            return Err(Error::input(format!(
                "uri: the author of {} does not allow you to reply to it (thread gate)",
                parent.uri.to_uri()
            )));
        }
        let mut warnings = Vec::new();
        let uploader = Some(agent.as_ref()).filter(|_| !input.dry_run);
        let card = link_card(ctx, uploader, &input.text, None, &mut warnings).await?;
        let draft = Draft {
            text: input.text,
            langs: input.langs,
            reply: Some(reply_refs(&parent)),
            embed: card,
        };
        let built = build(ctx, Some(&agent), draft).await?;
        let mut output = publish(Some(&agent), built, input.dry_run).await?;
        output.warnings.extend(warnings);
        Ok(output)
    }
}

/// `{root, parent}` for a reply to `parent`: the root is the parent's own root
/// when the parent is itself a reply, so nested replies stay in one thread.
pub fn reply_refs(parent: &Target) -> Value {
    let parent_ref = parent.strong_ref();
    let root = parent
        .record
        .pointer("/reply/root")
        .filter(|r| r.get("uri").is_some() && r.get("cid").is_some())
        .cloned()
        .unwrap_or_else(|| parent_ref.clone());
    json!({"root": root, "parent": parent_ref})
}
