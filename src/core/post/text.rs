//! `bluesky_post_text`: a text post with rich-text facets and, for a link, a card.

use clap::Args;
use serde::Deserialize;

use super::{Draft, PostOutput, build, link_card, publish, writer};
use crate::core::{Ctx, Hints, Operation, Tool, schemars};
use crate::error::Result;

/// Publish a text post.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PostTextInput {
    /// The post's text: at most 300 graphemes. Links, @mentions and #hashtags become rich-text facets.
    pub text: String,
    /// A page to show as a link card (title, description, thumbnail). Default: the first link in the text.
    #[arg(long, value_name = "URL")]
    #[serde(default)]
    pub link: Option<String>,
    /// Languages of the text as BCP-47 tags, such as `en` or `pt-BR` (at most 3). Default: the `langs` setting.
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

pub struct PostText;

impl Tool for PostText {
    const NAME: &'static str = "bluesky_post_text";
    const TITLE: &'static str = "Post text to Bluesky";
    const DESCRIPTION: &'static str = "Publish a text post (at most 300 graphemes; use bluesky_post_thread for longer text). Links, @handle mentions and #hashtags become clickable automatically; the first link (or `link`) gets a preview card when its page can be read. Set dry_run to see the exact record first. Returns the post's uri, cid and bsky.app url.";
    const HINTS: Hints = Hints::WRITE;
    const CLI: &'static [&'static str] = &["post", "hello"];
}

impl Operation for PostText {
    type Input = PostTextInput;
    type Output = PostOutput;

    async fn run(ctx: &Ctx, input: PostTextInput) -> Result<PostOutput> {
        super::check_text(&input.text)?;
        let agent = writer(ctx, input.account.as_deref(), input.dry_run, true).await?;
        let mut warnings = Vec::new();
        let uploader = agent.as_deref().filter(|_| !input.dry_run);
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
            langs: input.langs,
            reply: None,
            embed,
        };
        let built = build(ctx, agent.as_deref(), draft).await?;
        let mut output = publish(agent.as_deref(), built, input.dry_run).await?;
        output.warnings.extend(warnings);
        Ok(output)
    }
}
