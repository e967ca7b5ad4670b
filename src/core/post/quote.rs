//! `bluesky_quote_post` / `mcp-bluesky post --quote URI TEXT`: a post that embeds another.

use clap::Args;
use serde::Deserialize;
use serde_json::json;

use super::{Draft, PostOutput, build, link_card, publish, writer};
use crate::core::target::resolve_post;
use crate::core::{Ctx, Hints, Operation, Tool, schemars};
use crate::error::{Error, Result};

/// Quote a post: publish a post that embeds it.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuoteInput {
    /// The post to quote: its at:// URI or bsky.app URL.
    pub uri: String,
    /// Your text above the quoted post: at most 300 graphemes.
    pub text: String,
    /// Languages of the text as BCP-47 tags (at most 3). Default: the `langs` setting.
    #[arg(long = "lang", value_name = "LANG")]
    #[serde(default)]
    #[schemars(length(max = 3))]
    pub langs: Vec<String>,
    /// The account to post as (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    #[serde(default)]
    pub account: Option<String>,
    /// Check and build the post, and show the exact record, without publishing it.
    #[arg(long)]
    #[serde(default)]
    pub dry_run: bool,
}

pub struct QuotePost;

impl Tool for QuotePost {
    const NAME: &'static str = "bluesky_quote_post";
    const TITLE: &'static str = "Quote a Bluesky post";
    const DESCRIPTION: &'static str = "Publish a post (text at most 300 graphemes) that quotes another post, given its at:// URI or bsky.app URL. Fails clearly if the post is deleted or its author disabled quotes. Set dry_run to see the exact record first.";
    const HINTS: Hints = Hints::WRITE;
    const CLI: &'static [&'static str] = &[
        "post",
        "--quote",
        "at://did:plc:x/app.bsky.feed.post/3k",
        "so true",
    ];
}

impl Operation for QuotePost {
    type Input = QuoteInput;
    type Output = PostOutput;

    async fn run(ctx: &Ctx, input: QuoteInput) -> Result<PostOutput> {
        super::check_text(&input.text)?;
        let agent = writer(ctx, input.account.as_deref(), input.dry_run, false)
            .await?
            .expect("quotes need an account even in a dry run");
        let quoted = resolve_post(ctx, &agent, "uri", &input.uri).await?;
        if quoted.viewer.embedding_disabled {
            return Err(Error::input(format!(
                "uri: the author of {} does not allow quoting it (post gate)",
                quoted.uri.to_uri()
            )));
        }
        let mut warnings = Vec::new();
        let uploader = Some(agent.as_ref()).filter(|_| !input.dry_run);
        let card = link_card(ctx, uploader, &input.text, None, &mut warnings).await?;
        let record = json!({"$type": "app.bsky.embed.record", "record": quoted.strong_ref()});
        // A quote with a link card carries both, the card as the media.
        let embed = match card {
            Some(card) => json!({
                "$type": "app.bsky.embed.recordWithMedia",
                "record": record,
                "media": card,
            }),
            None => record,
        };
        let draft = Draft {
            text: input.text,
            langs: input.langs,
            reply: None,
            embed: Some(embed),
        };
        let built = build(ctx, Some(&agent), draft).await?;
        let mut output = publish(Some(&agent), built, input.dry_run).await?;
        output.warnings.extend(warnings);
        Ok(output)
    }
}
