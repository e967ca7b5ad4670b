//! Feeds: `bluesky_get_feed` (timeline, home, Discover, any feed generator)
//! and `bluesky_get_author_feed`, both behind `mcp-bluesky feed`.

use atrium_api::app::bsky::actor::{defs::PreferencesItem, get_preferences};
use atrium_api::app::bsky::feed::{get_author_feed, get_feed, get_list_feed, get_timeline};
use atrium_api::types::Union;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::fields::{AccountField, PageField};
use super::pages::{Paging, collect};
use super::views::{PostItem, render_posts};
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::PdsConnection;
use crate::bsky::lenient::{Page, page_size};
use crate::bsky::records;
use crate::bsky::summary::FeedItem;
use crate::bsky::uri::{AtUri, parse_actor};
use crate::core::render::{Cut, json_items};
use crate::error::{Error, Result};
use atrium_api::types::string::AtIdentifier;

pub const DEFAULT_LIMIT: u32 = 20;
/// Bluesky's Discover feed generator.
const DISCOVER_FEED: &str =
    "at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.generator/whats-hot";

fn default_feed() -> String {
    "home".into()
}

/// Read a feed: your timeline, Discover, or any custom feed.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct GetFeedInput {
    /// `home`, `following`, `discover`, or a feed's at:// URI or URL.
    #[serde(default = "default_feed")]
    pub feed_type: String,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

// The author feed's filters, inlined as a plain enum: the field's
// description says what each means.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(inline)]
pub enum AuthorFilter {
    #[default]
    Replies,
    Posts,
    Media,
    Threads,
    Video,
}

impl AuthorFilter {
    fn api_value(self) -> &'static str {
        match self {
            AuthorFilter::Replies => "posts_with_replies",
            AuthorFilter::Posts => "posts_no_replies",
            AuthorFilter::Media => "posts_with_media",
            AuthorFilter::Threads => "posts_and_author_threads",
            AuthorFilter::Video => "posts_with_video",
        }
    }
}

/// Read one account's posts.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct AuthorFeedInput {
    // The author's handle, DID or profile URL.
    pub handle: String,

    #[serde(default)]
    pub filter: AuthorFilter,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// Posts of a feed.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct FeedOutput {
    /// The feed read: `timeline`, a feed generator's or list's AT-URI, or `author:` and a DID.
    pub feed: String,
    pub posts: Vec<PostItem>,
    /// Pass as `cursor` to read the next page; absent at the end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Posts the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

pub struct GetFeed;

/// What `feed_type` names.
enum Source {
    Home,
    Timeline,
    Generator(String),
    List(String),
}

impl Tool for GetFeed {
    type Input = GetFeedInput;
    type Output = FeedOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_feed",
        title: "Read a Bluesky feed",
        description: "Read posts from a feed: `home` (the first pinned feed, else the timeline), `following` (the timeline), `discover`, or a feed generator.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: GetFeedInput) -> Result<FeedOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetFeed {
    pub async fn run_paged(ctx: &Ctx, input: GetFeedInput, paging: Paging) -> Result<FeedOutput> {
        paging.check(input.page.limit, "posts")?;
        let source = parse_source(&input.feed_type)?;
        let pds = ctx.connect(input.account.get()).await?;
        let source = match source {
            Source::Home => home_feed(&pds).await?,
            other => other,
        };
        let source = match source {
            Source::Generator(uri) => Source::Generator(with_did(ctx, &pds, &uri).await?),
            Source::List(uri) => Source::List(with_did(ctx, &pds, &uri).await?),
            other => other,
        };
        let feed = match &source {
            Source::Timeline | Source::Home => "timeline".to_string(),
            Source::Generator(uri) | Source::List(uri) => uri.clone(),
        };
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let limit = Some(page_size(size));
            let pds = &pds;
            let source = &source;
            async move {
                let page: Page<FeedItem> = match source {
                    Source::Timeline | Source::Home => {
                        let params: get_timeline::Parameters = get_timeline::ParametersData {
                            algorithm: None,
                            cursor,
                            limit,
                        }
                        .into();
                        pds.page(get_timeline::NSID, params).await?
                    }
                    Source::Generator(uri) => {
                        let params: get_feed::Parameters = get_feed::ParametersData {
                            cursor,
                            feed: uri.clone(),
                            limit,
                        }
                        .into();
                        pds.page(get_feed::NSID, params)
                            .await
                            .map_err(unknown_feed)?
                    }
                    Source::List(uri) => {
                        let params: get_list_feed::Parameters = get_list_feed::ParametersData {
                            cursor,
                            limit,
                            list: uri.clone(),
                        }
                        .into();
                        pds.page(get_list_feed::NSID, params)
                            .await
                            .map_err(unknown_feed)?
                    }
                };
                Ok((page.items.map(PostItem::from_feed), page.cursor))
            }
        })
        .await?;
        Ok(FeedOutput {
            feed,
            posts: found.items,
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

pub struct GetAuthorFeed;

impl Tool for GetAuthorFeed {
    type Input = AuthorFeedInput;
    type Output = FeedOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_author_feed",
        title: "Read an account's posts",
        description: "Read one account's posts, newest first; filter: replies (default), posts, media, threads or video.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: AuthorFeedInput) -> Result<FeedOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetAuthorFeed {
    pub async fn run_paged(
        ctx: &Ctx,
        input: AuthorFeedInput,
        paging: Paging,
    ) -> Result<FeedOutput> {
        paging.check(input.page.limit, "posts")?;
        let actor = parse_actor("handle", &input.handle)?;
        let pds = ctx.connect(input.account.get()).await?;
        let did = ctx
            .accounts
            .require_did(pds.client(), "handle", &actor)
            .await?;
        let actor = records::parse_did(&did)?;
        let filter = input.filter.api_value();
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let params: get_author_feed::Parameters = get_author_feed::ParametersData {
                actor: AtIdentifier::Did(actor.clone()),
                cursor,
                filter: Some(filter.to_string()),
                include_pins: None,
                limit: Some(page_size(size)),
            }
            .into();
            let pds = &pds;
            async move {
                let page: Page<FeedItem> = pds.page(get_author_feed::NSID, params).await?;
                Ok((page.items.map(PostItem::from_feed), page.cursor))
            }
        })
        .await?;
        Ok(FeedOutput {
            feed: format!("author:{did}"),
            posts: found.items,
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

/// A feed generator or list the server would not read from.
fn unknown_feed(e: Error) -> Error {
    if e.kind == crate::error::Kind::Input {
        e.with_help("check the feed's URI: the feed generator may not exist or may be offline")
    } else {
        e
    }
}

/// The first feed pinned in the account's saved feeds, as the Bluesky app shows it.
async fn home_feed(pds: &PdsConnection) -> Result<Source> {
    let params: get_preferences::Parameters = get_preferences::ParametersData {}.into();
    let prefs = pds
        .call(get_preferences::NSID, |api| {
            api.app.bsky.actor.get_preferences(params.clone())
        })
        .await?;
    let pinned = prefs
        .data
        .preferences
        .into_iter()
        .filter_map(|p| match p {
            Union::Refs(PreferencesItem::SavedFeedsPrefV2(saved)) => Some(saved.data.items),
            _ => None,
        })
        .flatten()
        .find(|item| item.pinned);
    Ok(match pinned {
        Some(item) => match item.r#type.as_str() {
            "feed" => Source::Generator(item.data.value),
            "list" => Source::List(item.data.value),
            _ => Source::Timeline,
        },
        None => Source::Timeline,
    })
}

fn parse_source(feed_type: &str) -> Result<Source> {
    let bad = || {
        Error::input(format!(
            "feed_type {feed_type:?} is not a feed: use home, following, discover, a feed generator's at:// URI, or a bsky.app/profile/…/feed/… URL"
        ))
    };
    match feed_type.trim() {
        "home" => Ok(Source::Home),
        "following" | "timeline" => Ok(Source::Timeline),
        "discover" => Ok(Source::Generator(DISCOVER_FEED.into())),
        s if s.starts_with("at://") => {
            let uri = AtUri::parse(s).map_err(|_| bad())?;
            match uri.collection.as_str() {
                "app.bsky.feed.generator" => Ok(Source::Generator(s.into())),
                "app.bsky.graph.list" => Ok(Source::List(s.into())),
                _ => Err(bad()),
            }
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
                [actor, "lists", rkey] if !actor.is_empty() && !rkey.is_empty() => Ok(
                    Source::List(format!("at://{actor}/app.bsky.graph.list/{rkey}")),
                ),
                _ => Err(bad()),
            }
        }
        _ => Err(bad()),
    }
}

/// Feed and list URIs must name their owner by DID; bsky.app URLs carry a handle.
async fn with_did(ctx: &Ctx, pds: &PdsConnection, uri: &str) -> Result<String> {
    let mut parsed = AtUri::parse(uri)?;
    parsed.authority = ctx
        .accounts
        .require_did(pds.client(), "feed_type", &parsed.authority)
        .await?;
    Ok(parsed.to_uri())
}

impl Render for FeedOutput {
    fn render(&self, style: &Style) -> String {
        render_posts(&self.posts, self.cursor.as_deref(), style)
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.posts)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(&mut self.posts, &mut self.cursor, &mut self.warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_types() {
        assert!(matches!(parse_source("home").unwrap(), Source::Home));
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
        assert!(matches!(
            parse_source("https://bsky.app/profile/alice.test/lists/3k").unwrap(),
            Source::List(_)
        ));
        for bad in [
            "hot",
            "at://did:plc:x/app.bsky.feed.post/1",
            "https://bsky.app/profile/a/post/1",
            "at://broken",
        ] {
            let err = parse_source(bad).err().expect(bad);
            assert!(err.message.contains("feed_type"), "{err}");
        }
    }
}
