//! `bluesky_quote_post` / `mcp-bluesky post --quote URI TEXT`: a post that embeds another.

use serde::Deserialize;

use super::gate::GateField;
use super::{Draft, PostOutput, build, link_card, publish};
use crate::bsky::uri::AtUri;
use crate::core::draft::{DraftContent, mode};
use crate::core::fields::{AccountField, DryRunField, LangsField};
use crate::core::target::resolve_post;
use crate::core::{Ctx, Hints, Spec, Tool, Toolset};
use crate::error::Result;

/// Quote a post: publish a post that embeds it.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct QuoteInput {
    /// The post to quote.
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

pub struct QuotePost;

impl Tool for QuotePost {
    type Input = QuoteInput;
    type Output = PostOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_quote_post",
        title: "Quote a Bluesky post",
        description: "Publish a post quoting another. Fails clearly if that post is gone or its author disabled quotes.",
        hints: Hints::WRITE,
        toolset: Toolset::Post,
    };

    async fn run(ctx: &Ctx, input: QuoteInput) -> Result<PostOutput> {
        super::check_text(&input.text)?;
        if mode::drafts(ctx) {
            let link = mode::card_link(ctx, None, &input.text);
            let content = DraftContent {
                text: input.text,
                quote: Some(input.uri),
                link,
                langs: input.langs,
                gate: input.gate,
            };
            let dry_run = input.dry_run.get();
            let draft =
                mode::save_instead(ctx, input.account.get(), content, false, dry_run).await?;
            return Ok(PostOutput::drafted(draft, dry_run));
        }
        let uri = AtUri::parse_post("uri", &input.uri)?;
        // Even a dry run needs the account: it reads the post through it.
        let pds = ctx.connect(input.account.get()).await?;
        let quoted = resolve_post(ctx, &pds, "uri", uri).await?;
        super::gate::check_quote_allowed(&pds, &quoted).await?;
        let controls = super::gate::check(ctx, Some(&pds), &input.gate).await?;
        let mut warnings = Vec::new();
        let uploader = Some(pds.as_ref()).filter(|_| !input.dry_run.get());
        let card = link_card(ctx, uploader, &input.text, None, &mut warnings).await?;
        // A quote with a link card carries both, the card as the media.
        let embed = super::quote_embed(quoted.strong_ref(), card);
        let draft = Draft {
            text: input.text,
            langs: input.langs.langs,
            reply: None,
            embed: Some(embed),
        };
        let built = build(ctx, Some(&pds), draft).await?;
        let mut output = publish(Some(&pds), built, &controls, input.dry_run.get()).await?;
        output.warnings.extend(warnings);
        Ok(output)
    }
}
