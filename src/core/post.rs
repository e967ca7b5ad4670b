//! `bluesky_post_text` / `mcp-bluesky post TEXT`: a text post with rich-text facets.

use std::io::Read;

use clap::Args;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{Ctx, Hints, Operation, Render, Style, Tool, schemars};
use crate::bsky::richtext::{self, Feature, MAX_POST_GRAPHEMES};
use crate::bsky::types::{CreatedRecord, ResolvedHandle};
use crate::bsky::{tid, uri};
use crate::error::{Error, Kind, Result};

/// Lexicon limit on `langs` per post.
const MAX_LANGS: usize = 3;

/// Publish a text post.
///
/// Links, @mentions and #hashtags in the text become rich-text facets; a
/// mention of an unknown handle stays plain text, with a warning.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PostTextInput {
    /// The post's text: at most 300 graphemes. On the command line, `-` reads it from stdin.
    #[arg(value_name = "TEXT")]
    pub text: String,
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

/// The post that was published, or the record a dry run would publish.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct PostOutput {
    /// AT-URI of the new post.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// CID of the new post's record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cid: Option<String>,
    /// The post on bsky.app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// True when nothing was published.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    /// The text's length in graphemes (the limit is 300).
    pub graphemes: usize,
    /// The exact record a dry run would publish.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

pub struct PostText;

impl Tool for PostText {
    const NAME: &'static str = "bluesky_post_text";
    const TITLE: &'static str = "Post text to Bluesky";
    const DESCRIPTION: &'static str = "Publish a text post (at most 300 graphemes). Links, @handle mentions and #hashtags become clickable automatically. Set dry_run to see the exact record first. Returns the post's uri, cid and bsky.app url.";
    const HINTS: Hints = Hints::WRITE;
}

impl Operation for PostText {
    type Input = PostTextInput;
    type Output = PostOutput;

    fn prepare_cli(input: &mut PostTextInput) -> Result<()> {
        if input.text == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::input(format!("cannot read the post text from stdin: {e}")))?;
            input.text = text.trim_end_matches(['\n', '\r']).to_string();
        }
        Ok(())
    }

    async fn run(ctx: &Ctx, input: PostTextInput) -> Result<PostOutput> {
        let graphemes = check_text(&input.text)?;
        let langs = if input.langs.is_empty() {
            ctx.config().langs.clone()
        } else {
            input.langs.clone()
        };
        check_langs(&langs)?;
        let agent = match ctx.accounts.agent(input.account.as_deref()).await {
            Ok(agent) => Some(agent),
            // A dry run needs no session: mentions resolve without one.
            Err(e) if input.dry_run && e.kind == Kind::Auth => None,
            Err(e) => return Err(e),
        };
        let resolver = match &agent {
            Some(agent) => agent.xrpc().clone(),
            None => ctx.accounts.anonymous(&ctx.config().pds_url)?,
        };
        let mut warnings = Vec::new();
        let mut facets = Vec::new();
        for span in richtext::detect(&input.text) {
            let did = match &span.feature {
                Feature::Mention(handle) => {
                    let found: std::result::Result<ResolvedHandle, _> = resolver
                        .query(
                            "com.atproto.identity.resolveHandle",
                            &[("handle", handle.clone())],
                            None,
                        )
                        .await;
                    match found {
                        Ok(r) => Some(r.did),
                        Err(e) if e.status.is_some() => {
                            warnings.push(format!(
                                "@{handle} is not a known handle; it stays plain text"
                            ));
                            continue;
                        }
                        Err(e) => return Err(e.into_error("com.atproto.identity.resolveHandle")),
                    }
                }
                _ => None,
            };
            facets.extend(richtext::facet(&span, did.as_deref()));
        }
        let mut record = json!({
            "$type": "app.bsky.feed.post",
            "text": input.text,
            "createdAt": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        });
        if !facets.is_empty() {
            record["facets"] = Value::Array(facets);
        }
        if !langs.is_empty() {
            record["langs"] = json!(langs);
        }
        let Some(agent) = agent.filter(|_| !input.dry_run) else {
            return Ok(PostOutput {
                uri: None,
                cid: None,
                url: None,
                dry_run: true,
                graphemes,
                record: Some(record),
                warnings,
            });
        };
        let created: CreatedRecord = agent
            .procedure(
                "com.atproto.repo.createRecord",
                &json!({
                    "repo": agent.did(),
                    "collection": "app.bsky.feed.post",
                    "rkey": tid::next(),
                    "record": record,
                }),
            )
            .await?;
        tracing::info!(account = %agent.session().alias, uri = %created.uri, "posted");
        Ok(PostOutput {
            url: uri::post_web_url(&agent.handle(), &created.uri),
            uri: Some(created.uri),
            cid: Some(created.cid),
            dry_run: false,
            graphemes,
            record: None,
            warnings,
        })
    }
}

/// Non-empty and within the grapheme limit; returns the count.
pub fn check_text(text: &str) -> Result<usize> {
    if text.trim().is_empty() {
        return Err(Error::input("text is empty; a post needs some text"));
    }
    let count = richtext::grapheme_count(text);
    if count > MAX_POST_GRAPHEMES {
        return Err(Error::input(format!(
            "text is {count} graphemes; Bluesky allows at most {MAX_POST_GRAPHEMES} per post"
        ))
        .with_help(format!(
            "shorten it by {} graphemes",
            count - MAX_POST_GRAPHEMES
        )));
    }
    Ok(count)
}

fn check_langs(langs: &[String]) -> Result<()> {
    if langs.len() > MAX_LANGS {
        return Err(Error::input(format!(
            "langs has {} entries; a post may name at most {MAX_LANGS} languages",
            langs.len()
        )));
    }
    for lang in langs {
        let valid = !lang.is_empty()
            && lang.split('-').all(|part| {
                (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
            })
            && lang
                .split('-')
                .next()
                .is_some_and(|p| p.chars().all(|c| c.is_ascii_alphabetic()));
        if !valid {
            return Err(Error::input(format!(
                "langs: {lang:?} is not a BCP-47 language tag (such as `en` or `pt-BR`)"
            )));
        }
    }
    Ok(())
}

impl Render for PostOutput {
    fn render(&self, style: &Style) -> String {
        if self.dry_run {
            let record = serde_json::to_string_pretty(&self.record).unwrap_or_default();
            return format!(
                "{} nothing was posted ({} graphemes). The record would be:\n{record}\n",
                style.bold("Dry run:"),
                self.graphemes
            );
        }
        let mut out = format!(
            "{} {}\n",
            style.good("Posted"),
            self.url.as_deref().unwrap_or_default()
        );
        if let Some(uri) = &self.uri {
            out.push_str(&format!("{}\n", style.dim(uri)));
        }
        out
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_limits_name_the_count_and_the_limit() {
        assert_eq!(check_text(&"a".repeat(300)).unwrap(), 300);
        let err = check_text(&"a".repeat(301)).unwrap_err();
        assert!(err.message.contains("301 graphemes"), "{err}");
        assert!(err.message.contains("300"), "{err}");
        // 300 family emoji are 300 graphemes though far more bytes.
        assert!(check_text(&"👩‍👩‍👧‍👦".repeat(300)).is_ok());
        assert!(check_text("  \n").unwrap_err().message.contains("empty"));
    }

    #[test]
    fn langs_are_checked() {
        assert!(check_langs(&["en".into(), "pt-BR".into()]).is_ok());
        assert!(check_langs(&["en".into(), "de".into(), "fr".into(), "it".into()]).is_err());
        assert!(check_langs(&["english language".into()]).is_err());
        assert!(check_langs(&["".into()]).is_err());
    }
}
