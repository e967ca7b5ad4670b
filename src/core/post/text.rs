//! `bluesky_post_text`: a text post with rich-text facets and, for a link, a card.

use serde::Deserialize;

use super::gate::{self, GateField};
use super::{Draft, PostOutput, build, card_embed_ref, link_card, publish, writer};
use crate::core::draft::{DraftContent, mode};
use crate::core::fields::{AccountField, DryRunField, LangsField};
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::Result;

/// Publish a text post.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct PostTextInput {
    /// At most 300 graphemes.
    pub text: String,
    /// A page for the link card (default: the text's first link).
    #[serde(default)]
    pub link: Option<String>,
    #[serde(flatten)]
    pub langs: LangsField,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
    #[serde(flatten)]
    pub gate: GateField,
}

pub struct PostText;

impl Tool for PostText {
    type Input = PostTextInput;
    type Output = PostOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_post_text",
        title: "Post text to Bluesky",
        description: "Publish a text post (at most 300 graphemes). Links, @mentions and #hashtags become links; the first link (or `link`) gets a card.",
        hints: Hints::WRITE,
        toolset: Toolset::Post,
    };

    async fn run(ctx: &Ctx, input: PostTextInput) -> Result<PostOutput> {
        super::check_text(&input.text)?;
        if mode::drafts(ctx) {
            let link = mode::card_link(ctx, input.link, &input.text);
            let content = DraftContent {
                text: input.text,
                quote: None,
                link,
                langs: input.langs,
                gate: input.gate,
            };
            let dry_run = input.dry_run.get();
            let draft =
                mode::save_instead(ctx, input.account.get(), content, false, dry_run).await?;
            return Ok(PostOutput::drafted(draft, dry_run));
        }
        let pds = writer(ctx, input.account.get(), input.dry_run.get(), true).await?;
        let controls = gate::check(ctx, pds.as_deref(), &input.gate).await?;
        let mut warnings = Vec::new();
        let uploader = pds.as_deref().filter(|_| !input.dry_run.get());
        let embed = link_card(
            ctx,
            uploader,
            &input.text,
            input.link.clone(),
            &mut warnings,
        )
        .await?;
        let draft = Draft {
            text: input.text,
            langs: input.langs.langs,
            reply: None,
            embed: embed.map(card_embed_ref),
        };
        let built = build(ctx, pds.as_deref(), draft).await?;
        let mut output = publish(pds.as_deref(), built, &controls, input.dry_run.get()).await?;
        output.warnings.extend(warnings);
        Ok(output)
    }
}
