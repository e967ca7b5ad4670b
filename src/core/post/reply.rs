//! `bluesky_reply` / `mcp-bluesky reply URI TEXT`: a reply that keeps the thread together.

use atrium_api::app::bsky::feed::post::ReplyRef;
use serde::Deserialize;

use super::gate::{self, GateField};
use super::{Draft, PostOutput, build, card_embed_ref, link_card, publish};
use crate::bsky::records;
use crate::bsky::uri::AtUri;
use crate::core::draft::mode;
use crate::core::fields::{AccountField, DryRunField, LangsField};
use crate::core::target::{Target, resolve_post};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::{Error, Result};

/// Reply to a post.
///
/// The reply joins the post's thread: its root is the thread's first post,
/// its parent the post replied to.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ReplyInput {
    /// The post to reply to.
    pub uri: String,
    /// At most 300 graphemes.
    pub text: String,
    #[serde(flatten)]
    pub langs: LangsField,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
    #[serde(flatten)]
    pub gate: GateField,
}

pub struct Reply;

impl Tool for Reply {
    type Input = ReplyInput;
    type Output = PostOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_reply",
        title: "Reply to a Bluesky post",
        description: "Reply to a post (threaded under its root). Fails clearly if the post is gone or its author does not allow your reply.",
        hints: Hints::WRITE,
        toolset: Toolset::Post,
    };

    async fn run(ctx: &Ctx, input: ReplyInput) -> Result<PostOutput> {
        mode::refuse(ctx, "a reply")?;
        super::check_text(&input.text)?;
        let uri = AtUri::parse_post("uri", &input.uri)?;
        // Even a dry run needs the account: it reads the post through it.
        let pds = ctx.connect(input.account.get()).await?;
        let parent = resolve_post(ctx, &pds, "uri", uri).await?;
        let controls = gate::check(ctx, Some(&pds), &input.gate).await?;
        if controls.allow.is_some() {
            return Err(Error::input(
                "who_can_reply: a reply cannot say who may reply; the thread's first post does (its thread gate covers the whole thread)",
            ));
        }
        gate::check_reply_allowed(&pds, &parent).await?;
        let mut warnings = Vec::new();
        let uploader = Some(pds.as_ref()).filter(|_| !input.dry_run.get());
        let card = link_card(ctx, uploader, &input.text, None, &mut warnings).await?;
        let draft = Draft {
            text: input.text,
            langs: input.langs.langs,
            reply: Some(reply_refs(&parent)),
            embed: card.map(card_embed_ref),
        };
        let built = build(ctx, Some(&pds), draft).await?;
        let mut output = publish(Some(&pds), built, &controls, input.dry_run.get()).await?;
        output.warnings.extend(warnings);
        Ok(output)
    }
}

/// `{root, parent}` for a reply to `parent`: the root is the parent's own root
/// when the parent is itself a reply, so nested replies stay in one thread.
pub fn reply_refs(parent: &Target) -> ReplyRef {
    let parent_ref = parent.strong_ref();
    let root = parent
        .record
        .as_ref()
        .and_then(|r| r.reply.as_ref())
        .map(|r| r.root.clone())
        .unwrap_or_else(|| parent_ref.clone());
    records::reply_ref(root, parent_ref)
}
