//! `bluesky_get_feed` / `mcp-bluesky feed`: the timeline or a feed generator's feed.

use clap::Args;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::render::relative_time;
use super::{Ctx, Hints, Operation, Render, Style, Tool, schemars};
use crate::bsky::types::{FeedPage, FeedViewPost, ResolvedHandle};
use crate::bsky::uri::{AtUri, post_web_url};
use crate::error::{Error, Result};

const DEFAULT_LIMIT: u32 = 20;
const MAX_LIMIT: u32 = 100;
/// Bluesky's Discover feed generator.
const DISCOVER_FEED: &str =
    "at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.generator/whats-hot";

/// Read a feed: your timeline, Discover, or any custom feed.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GetFeedInput {
    /// Which feed: `home` or `following` (your timeline), `discover`, or a feed generator's at:// URI or bsky.app feed URL.
    #[arg(value_name = "FEED", default_value = "home")]
    #[serde(default = "default_feed")]
    pub feed_type: String,
    /// Posts per page, 1 to 100.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    #[serde(default = "default_limit")]
    #[schemars(range(min = 1, max = 100))]
    pub limit: u32,
    /// Where to continue: the `cursor` of the previous page.
    #[arg(long)]
    #[serde(default)]
    pub cursor: Option<String>,
    /// The account to read as (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    #[serde(default)]
    pub account: Option<String>,
}

fn default_feed() -> String {
    "home".into()
}
fn default_limit() -> u32 {
    DEFAULT_LIMIT
}

/// One page of a feed.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct FeedOutput {
    /// The feed read: `timeline` or the feed generator's AT-URI.
    pub feed: String,
    pub posts: Vec<PostItem>,
    /// Pass as `cursor` to read the next page; absent at the end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// A post as an agent or a script needs it, without repeated view data.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct PostItem {
    pub uri: String,
    /// The author's handle.
    pub author: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    pub text: String,
    pub created_at: String,
    pub replies: u64,
    pub reposts: u64,
    pub likes: u64,
    pub quotes: u64,
    /// The post this one replies to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// Handle of who reposted it into this feed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reposted_by: Option<String>,
    /// What is attached, in a few words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embed: Option<String>,
}

pub struct GetFeed;

impl Tool for GetFeed {
    const NAME: &'static str = "bluesky_get_feed";
    const TITLE: &'static str = "Read a Bluesky feed";
    const DESCRIPTION: &'static str = "Read posts from a feed: feed_type `home` or `following` (the account's timeline), `discover`, or a feed generator's at:// URI or bsky.app feed URL. limit 1-100 (default 20); pass the returned cursor to get the next page.";
    const HINTS: Hints = Hints::READ;
}

/// What `feed_type` names.
enum Source {
    Timeline,
    Generator(String),
}

impl Operation for GetFeed {
    type Input = GetFeedInput;
    type Output = FeedOutput;

    async fn run(ctx: &Ctx, input: GetFeedInput) -> Result<FeedOutput> {
        if !(1..=MAX_LIMIT).contains(&input.limit) {
            return Err(Error::input(format!(
                "limit {} is out of range; a feed page holds 1 to {MAX_LIMIT} posts",
                input.limit
            ))
            .with_help("use `cursor` to read further pages"));
        }
        let source = parse_source(&input.feed_type)?;
        let agent = ctx.accounts.agent(input.account.as_deref()).await?;
        let mut params = vec![("limit", input.limit.to_string())];
        if let Some(cursor) = &input.cursor {
            params.push(("cursor", cursor.clone()));
        }
        let (feed, page): (String, FeedPage) = match source {
            Source::Timeline => (
                "timeline".into(),
                agent.query("app.bsky.feed.getTimeline", &params).await?,
            ),
            Source::Generator(uri) => {
                let uri = resolve_authority(&agent, uri).await?;
                params.push(("feed", uri.clone()));
                let page = agent.query("app.bsky.feed.getFeed", &params).await?;
                (uri, page)
            }
        };
        Ok(FeedOutput {
            feed,
            posts: page.feed.into_iter().map(PostItem::from).collect(),
            cursor: page.cursor,
        })
    }
}

fn parse_source(feed_type: &str) -> Result<Source> {
    let bad = || {
        Error::input(format!(
            "feed_type {feed_type:?} is not a feed: use home, following, discover, a feed generator's at:// URI, or a bsky.app/profile/…/feed/… URL"
        ))
    };
    match feed_type.trim() {
        "home" | "following" | "timeline" => Ok(Source::Timeline),
        "discover" => Ok(Source::Generator(DISCOVER_FEED.into())),
        s if s.starts_with("at://") => {
            let uri = AtUri::parse(s)?;
            if uri.collection != "app.bsky.feed.generator" {
                return Err(bad());
            }
            Ok(Source::Generator(s.into()))
        }
        s if s.starts_with("https://bsky.app/profile/") => {
            let parts: Vec<&str> = s["https://bsky.app/profile/".len()..]
                .trim_end_matches('/')
                .split('/')
                .collect();
            match parts.as_slice() {
                [actor, "feed", rkey] if !actor.is_empty() && !rkey.is_empty() => Ok(
                    Source::Generator(format!("at://{actor}/app.bsky.feed.generator/{rkey}")),
                ),
                _ => Err(bad()),
            }
        }
        _ => Err(bad()),
    }
}

/// Feed URIs must name their author by DID; bsky.app URLs carry a handle.
async fn resolve_authority(agent: &crate::bsky::Agent, uri: String) -> Result<String> {
    let parsed = AtUri::parse(&uri)?;
    if parsed.authority.starts_with("did:") {
        return Ok(uri);
    }
    let resolved: ResolvedHandle = agent
        .query(
            "com.atproto.identity.resolveHandle",
            &[("handle", parsed.authority.clone())],
        )
        .await
        .map_err(|e| e.context(format!("feed {uri}")))?;
    Ok(format!(
        "at://{}/{}/{}",
        resolved.did, parsed.collection, parsed.rkey
    ))
}

impl From<FeedViewPost> for PostItem {
    fn from(item: FeedViewPost) -> Self {
        let post = item.post;
        let text = post
            .record
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let created_at = post
            .record
            .get("createdAt")
            .and_then(Value::as_str)
            .unwrap_or(&post.indexed_at);
        let reply_to = item
            .reply
            .and_then(|r| {
                r.parent
                    .get("uri")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
            .or_else(|| {
                post.record
                    .pointer("/reply/parent/uri")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            });
        let reposted_by = item.reason.as_ref().and_then(|r| {
            (r.get("$type").and_then(Value::as_str) == Some("app.bsky.feed.defs#reasonRepost"))
                .then(|| {
                    r.pointer("/by/handle")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                })
                .flatten()
        });
        PostItem {
            text: text.to_string(),
            created_at: created_at.to_string(),
            uri: post.uri,
            author: post.author.handle,
            author_name: post.author.display_name.filter(|n| !n.trim().is_empty()),
            replies: post.reply_count,
            reposts: post.repost_count,
            likes: post.like_count,
            quotes: post.quote_count,
            reply_to,
            reposted_by,
            embed: post.embed.as_ref().and_then(describe_embed),
        }
    }
}

/// A one-line description of an embed view.
fn describe_embed(embed: &Value) -> Option<String> {
    let kind = embed.get("$type")?.as_str()?;
    Some(match kind {
        "app.bsky.embed.images#view" => {
            let n = embed
                .get("images")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            if n == 1 {
                "1 image".into()
            } else {
                format!("{n} images")
            }
        }
        "app.bsky.embed.video#view" => "video".into(),
        "app.bsky.embed.external#view" => format!(
            "link: {}",
            embed
                .pointer("/external/uri")
                .and_then(Value::as_str)
                .unwrap_or("?")
        ),
        "app.bsky.embed.record#view" => format!(
            "quote: {}",
            embed
                .pointer("/record/uri")
                .and_then(Value::as_str)
                .unwrap_or("?")
        ),
        "app.bsky.embed.recordWithMedia#view" => format!(
            "quote: {} with {}",
            embed
                .pointer("/record/record/uri")
                .and_then(Value::as_str)
                .unwrap_or("?"),
            embed
                .get("media")
                .and_then(describe_embed)
                .unwrap_or_else(|| "media".into())
        ),
        other => other.trim_start_matches("app.bsky.embed.").to_string(),
    })
}

impl Render for FeedOutput {
    fn render(&self, style: &Style) -> String {
        if self.posts.is_empty() {
            return "No posts.\n".into();
        }
        let now = chrono::Utc::now();
        let mut out = String::new();
        for post in &self.posts {
            render_post(&mut out, post, style, now);
        }
        if let Some(cursor) = &self.cursor {
            out.push_str(&style.dim(&format!("more: --cursor {cursor}\n")));
        }
        out
    }
}

fn render_post(
    out: &mut String,
    post: &PostItem,
    style: &Style,
    now: chrono::DateTime<chrono::Utc>,
) {
    if let Some(by) = &post.reposted_by {
        out.push_str(&style.dim(&format!("⟳ reposted by @{by}\n")));
    }
    let name = post
        .author_name
        .as_deref()
        .map(|n| format!("{} ", style.bold(n)))
        .unwrap_or_default();
    out.push_str(&format!(
        "{name}{} · {}\n",
        style.accent(&format!("@{}", post.author)),
        style.dim(&relative_time(&post.created_at, now))
    ));
    if post.reply_to.is_some() {
        out.push_str(&style.dim("  ↳ in reply to a post\n"));
    }
    for line in post.text.lines() {
        out.push_str(&format!("  {line}\n"));
    }
    if let Some(embed) = &post.embed {
        out.push_str(&format!("  [{embed}]\n"));
    }
    let url = post_web_url(&post.author, &post.uri).unwrap_or_else(|| post.uri.clone());
    out.push_str(&format!(
        "  {}\n\n",
        style.dim(&format!(
            "↩ {}  ⟳ {}  ♥ {}  ❝ {}  {url}",
            post.replies, post.reposts, post.likes, post.quotes
        ))
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_types() {
        assert!(matches!(parse_source("home").unwrap(), Source::Timeline));
        assert!(matches!(
            parse_source("following").unwrap(),
            Source::Timeline
        ));
        let Source::Generator(uri) =
            parse_source("https://bsky.app/profile/alice.test/feed/cats").unwrap()
        else {
            panic!("a generator")
        };
        assert_eq!(uri, "at://alice.test/app.bsky.feed.generator/cats");
        for bad in [
            "hot",
            "at://did:plc:x/app.bsky.feed.post/1",
            "https://bsky.app/profile/a/post/1",
        ] {
            let err = parse_source(bad).err().expect(bad);
            assert!(err.message.contains("feed_type"), "{err}");
        }
    }
}
