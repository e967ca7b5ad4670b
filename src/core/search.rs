//! Search: `bluesky_search_posts`, `bluesky_search_hashtags` and
//! `bluesky_search_users`, behind `mcp-bluesky search`.

use clap::{Args, ValueEnum};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::pages::{Paging, collect};
use super::views::{PostItem, render_posts};
use super::{Ctx, Hints, Operation, Render, Style, Tool, schemars};
use crate::bsky::types::PostView;
use crate::bsky::uri::parse_actor;
use crate::error::{Error, Result};

const DEFAULT_LIMIT: u32 = 25;

fn default_limit() -> u32 {
    DEFAULT_LIMIT
}

/// Order of search results.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ValueEnum, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Newest first.
    #[default]
    Latest,
    /// Most engaging first.
    Top,
}

impl Sort {
    fn api_value(self) -> &'static str {
        match self {
            Sort::Latest => "latest",
            Sort::Top => "top",
        }
    }
}

/// Search posts.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchPostsInput {
    /// Words to find (Lucene-style; quotes for phrases).
    #[arg(skip)]
    pub query: String,
    /// Only posts by this account (handle or DID).
    #[arg(skip)]
    #[serde(default)]
    pub author: Option<String>,
    /// Only posts that mention this account (handle or DID).
    #[arg(skip)]
    #[serde(default)]
    pub mentions: Option<String>,
    /// Only posts at or after this time (RFC 3339, or YYYY-MM-DD).
    #[arg(skip)]
    #[serde(default)]
    pub since: Option<String>,
    /// Only posts before this time (RFC 3339, or YYYY-MM-DD).
    #[arg(skip)]
    #[serde(default)]
    pub until: Option<String>,
    /// Only posts in this language (such as `en`).
    #[arg(skip)]
    #[serde(default)]
    pub lang: Option<String>,
    /// Only posts linking to this domain.
    #[arg(skip)]
    #[serde(default)]
    pub domain: Option<String>,
    /// `latest` (default) or `top`.
    #[arg(skip)]
    #[serde(default)]
    pub sort: Sort,
    /// Posts per page, 1 to 100.
    #[arg(skip = DEFAULT_LIMIT)]
    #[serde(default = "default_limit")]
    #[schemars(range(min = 1, max = 100))]
    pub limit: u32,
    /// Where to continue: the `cursor` of the previous page.
    #[arg(skip)]
    #[serde(default)]
    pub cursor: Option<String>,
    /// The account to search as (alias or handle). Default: the default account.
    #[arg(skip)]
    #[serde(default)]
    pub account: Option<String>,
    #[arg(skip)]
    #[serde(skip)]
    pub paging: Option<Paging>,
}

/// Find posts with a hashtag.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchTagInput {
    /// The hashtag, with or without `#`.
    #[arg(skip)]
    pub tag: String,
    /// `latest` (default) or `top`.
    #[arg(skip)]
    #[serde(default)]
    pub sort: Sort,
    /// Posts per page, 1 to 100.
    #[arg(skip = DEFAULT_LIMIT)]
    #[serde(default = "default_limit")]
    #[schemars(range(min = 1, max = 100))]
    pub limit: u32,
    /// Where to continue: the `cursor` of the previous page.
    #[arg(skip)]
    #[serde(default)]
    pub cursor: Option<String>,
    /// The account to search as (alias or handle). Default: the default account.
    #[arg(skip)]
    #[serde(default)]
    pub account: Option<String>,
    #[arg(skip)]
    #[serde(skip)]
    pub paging: Option<Paging>,
}

/// Find accounts.
#[derive(Debug, Args, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchUsersInput {
    /// Words in the handle, name or description.
    #[arg(skip)]
    pub query: String,
    /// Accounts per page, 1 to 100.
    #[arg(skip = DEFAULT_LIMIT)]
    #[serde(default = "default_limit")]
    #[schemars(range(min = 1, max = 100))]
    pub limit: u32,
    /// Where to continue: the `cursor` of the previous page.
    #[arg(skip)]
    #[serde(default)]
    pub cursor: Option<String>,
    /// The account to search as (alias or handle). Default: the default account.
    #[arg(skip)]
    #[serde(default)]
    pub account: Option<String>,
    #[arg(skip)]
    #[serde(skip)]
    pub paging: Option<Paging>,
}

/// Posts found.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct PostsFound {
    /// What was searched for, as sent.
    pub query: String,
    pub posts: Vec<PostItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// An account found.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct UserItem {
    pub did: String,
    pub handle: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// You follow them.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub following: bool,
}

/// Accounts found.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct UsersFound {
    pub users: Vec<UserItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

pub struct SearchPosts;

impl Tool for SearchPosts {
    const NAME: &'static str = "bluesky_search_posts";
    const TITLE: &'static str = "Search Bluesky posts";
    const DESCRIPTION: &'static str = "Full-text search of posts. Filters: author, mentions (handles or DIDs), since/until (RFC 3339 or YYYY-MM-DD), lang, domain; sort `latest` (default) or `top`. limit 1-100 (default 25); pass the returned cursor for more.";
    const HINTS: Hints = Hints::READ;
    const CLI: &'static [&'static str] = &["search", "rust"];
}

impl Operation for SearchPosts {
    type Input = SearchPostsInput;
    type Output = PostsFound;

    async fn run(ctx: &Ctx, input: SearchPostsInput) -> Result<PostsFound> {
        if input.query.trim().is_empty() {
            return Err(Error::input("query is empty; give words to search for"));
        }
        let agent = ctx.accounts.agent(input.account.as_deref()).await?;
        let mut filters = Vec::new();
        for (field, value) in [("author", &input.author), ("mentions", &input.mentions)] {
            if let Some(value) = value {
                let actor = parse_actor(field, value)?;
                filters.push((
                    field,
                    ctx.accounts
                        .require_did(agent.xrpc(), field, &actor)
                        .await?,
                ));
            }
        }
        for (field, value) in [("since", &input.since), ("until", &input.until)] {
            if let Some(value) = value {
                filters.push((field, timestamp(field, value)?));
            }
        }
        filters.extend(input.lang.clone().map(|l| ("lang", l)));
        filters.extend(input.domain.clone().map(|d| ("domain", d)));
        let paging = input.paging.unwrap_or(Paging::one_page(input.limit));
        search_posts(
            ctx,
            &agent,
            input.query.trim().to_string(),
            input.sort,
            filters,
            paging,
            input.cursor,
        )
        .await
    }
}

pub struct SearchHashtags;

impl Tool for SearchHashtags {
    const NAME: &'static str = "bluesky_search_hashtags";
    const TITLE: &'static str = "Find posts with a hashtag";
    const DESCRIPTION: &'static str = "Find posts with a hashtag (given with or without #); sort `latest` (default) or `top`. limit 1-100 (default 25); pass the returned cursor for more.";
    const HINTS: Hints = Hints::READ;
    const CLI: &'static [&'static str] = &["search", "--tag", "rust"];
}

impl Operation for SearchHashtags {
    type Input = SearchTagInput;
    type Output = PostsFound;

    async fn run(ctx: &Ctx, input: SearchTagInput) -> Result<PostsFound> {
        let tag = input.tag.trim().trim_start_matches(['#', '＃']);
        if tag.is_empty() || tag.chars().any(char::is_whitespace) {
            return Err(Error::input(format!(
                "tag {:?} is not a hashtag: give one word, with or without #",
                input.tag
            )));
        }
        let agent = ctx.accounts.agent(input.account.as_deref()).await?;
        let paging = input.paging.unwrap_or(Paging::one_page(input.limit));
        search_posts(
            ctx,
            &agent,
            format!("#{tag}"),
            input.sort,
            Vec::new(),
            paging,
            input.cursor,
        )
        .await
    }
}

async fn search_posts(
    ctx: &Ctx,
    agent: &crate::bsky::Agent,
    query: String,
    sort: Sort,
    filters: Vec<(&'static str, String)>,
    paging: Paging,
    cursor: Option<String>,
) -> Result<PostsFound> {
    paging.check("posts")?;
    #[derive(Deserialize)]
    struct Page {
        posts: Vec<PostView>,
        cursor: Option<String>,
    }
    let (posts, cursor) = collect(ctx, paging, cursor, |size, cursor| {
        let mut params = vec![
            ("q", query.clone()),
            ("sort", sort.api_value().to_string()),
            ("limit", size.to_string()),
        ];
        params.extend(filters.clone());
        params.extend(cursor.map(|c| ("cursor", c)));
        async move {
            let page: Page = agent.query("app.bsky.feed.searchPosts", &params).await?;
            Ok((
                page.posts.into_iter().map(PostItem::from_view).collect(),
                page.cursor,
            ))
        }
    })
    .await?;
    Ok(PostsFound {
        query,
        posts,
        cursor,
    })
}

/// `YYYY-MM-DD` or RFC 3339, as the API's datetime.
fn timestamp(field: &str, value: &str) -> Result<String> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(value) {
        return Ok(t
            .to_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Ok(format!("{d}T00:00:00Z"));
    }
    Err(Error::input(format!(
        "{field} {value:?} is not a date: use YYYY-MM-DD or RFC 3339 (2026-01-31T12:00:00Z)"
    )))
}

pub struct SearchUsers;

impl Tool for SearchUsers {
    const NAME: &'static str = "bluesky_search_users";
    const TITLE: &'static str = "Search Bluesky accounts";
    const DESCRIPTION: &'static str = "Find accounts by words in their handle, name or description. limit 1-100 (default 25); pass the returned cursor for more.";
    const HINTS: Hints = Hints::READ;
    const CLI: &'static [&'static str] = &["search", "--users", "alice"];
}

impl Operation for SearchUsers {
    type Input = SearchUsersInput;
    type Output = UsersFound;

    async fn run(ctx: &Ctx, input: SearchUsersInput) -> Result<UsersFound> {
        if input.query.trim().is_empty() {
            return Err(Error::input("query is empty; give words to search for"));
        }
        let paging = input.paging.unwrap_or(Paging::one_page(input.limit));
        paging.check("accounts")?;
        let agent = ctx.accounts.agent(input.account.as_deref()).await?;
        #[derive(Deserialize)]
        struct Page {
            actors: Vec<Value>,
            cursor: Option<String>,
        }
        let query = input.query.trim().to_string();
        let (users, cursor) = collect(ctx, paging, input.cursor, |size, cursor| {
            let mut params = vec![("q", query.clone()), ("limit", size.to_string())];
            params.extend(cursor.map(|c| ("cursor", c)));
            let agent = &agent;
            async move {
                let page: Page = agent.query("app.bsky.actor.searchActors", &params).await?;
                Ok((page.actors.iter().map(user).collect(), page.cursor))
            }
        })
        .await?;
        Ok(UsersFound { users, cursor })
    }
}

fn user(actor: &Value) -> UserItem {
    let text = |key: &str| {
        actor[key]
            .as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    UserItem {
        did: actor["did"].as_str().unwrap_or_default().to_string(),
        handle: actor["handle"].as_str().unwrap_or_default().to_string(),
        display_name: text("displayName"),
        description: text("description"),
        following: actor
            .pointer("/viewer/following")
            .is_some_and(Value::is_string),
    }
}

/// Search posts, a hashtag's posts, or accounts.
#[derive(Debug, Args)]
pub struct SearchCommandInput {
    /// Words to find (in posts, or with --users in accounts).
    #[arg(
        value_name = "QUERY",
        required_unless_present = "tag",
        conflicts_with = "tag"
    )]
    pub query: Option<String>,
    /// Find posts with this hashtag instead (with or without #).
    #[arg(long)]
    pub tag: Option<String>,
    /// Find accounts instead of posts.
    #[arg(long, conflicts_with = "tag")]
    pub users: bool,
    /// Only posts by this account.
    #[arg(long, value_name = "HANDLE", conflicts_with = "users")]
    pub author: Option<String>,
    /// Only posts mentioning this account.
    #[arg(long, value_name = "HANDLE", conflicts_with = "users")]
    pub mentions: Option<String>,
    /// Only posts at or after this date (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATE", conflicts_with = "users")]
    pub since: Option<String>,
    /// Only posts before this date (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATE", conflicts_with = "users")]
    pub until: Option<String>,
    /// Only posts in this language.
    #[arg(long, conflicts_with = "users")]
    pub lang: Option<String>,
    /// Only posts linking to this domain.
    #[arg(long, conflicts_with = "users")]
    pub domain: Option<String>,
    /// Order of posts.
    #[arg(long, value_enum, default_value = "latest", conflicts_with = "users")]
    pub sort: Sort,
    /// How many results, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    /// Every result there is (up to 10,000).
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
    /// Where to continue: the `cursor` of an earlier result.
    #[arg(long)]
    pub cursor: Option<String>,
    /// The account to search as (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    pub account: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum SearchOutput {
    Posts(PostsFound),
    Users(UsersFound),
}

pub struct SearchCommand;

impl Operation for SearchCommand {
    type Input = SearchCommandInput;
    type Output = SearchOutput;

    async fn run(ctx: &Ctx, i: SearchCommandInput) -> Result<SearchOutput> {
        let paging = Some(Paging {
            limit: i.limit,
            across_pages: true,
            all: i.all,
        });
        if let Some(tag) = i.tag {
            let input = SearchTagInput {
                tag,
                sort: i.sort,
                limit: i.limit,
                cursor: i.cursor,
                account: i.account,
                paging,
            };
            return Ok(SearchOutput::Posts(SearchHashtags::run(ctx, input).await?));
        }
        let query = i.query.unwrap_or_default();
        if i.users {
            let input = SearchUsersInput {
                query,
                limit: i.limit,
                cursor: i.cursor,
                account: i.account,
                paging,
            };
            return Ok(SearchOutput::Users(SearchUsers::run(ctx, input).await?));
        }
        let input = SearchPostsInput {
            query,
            author: i.author,
            mentions: i.mentions,
            since: i.since,
            until: i.until,
            lang: i.lang,
            domain: i.domain,
            sort: i.sort,
            limit: i.limit,
            cursor: i.cursor,
            account: i.account,
            paging,
        };
        Ok(SearchOutput::Posts(SearchPosts::run(ctx, input).await?))
    }
}

impl Render for PostsFound {
    fn render(&self, style: &Style) -> String {
        render_posts(&self.posts, self.cursor.as_deref(), style)
    }

    fn items(&self) -> Option<Vec<Value>> {
        Some(
            self.posts
                .iter()
                .map(|p| serde_json::to_value(p).expect("posts serialize"))
                .collect(),
        )
    }
}

impl Render for UsersFound {
    fn render(&self, style: &Style) -> String {
        if self.users.is_empty() {
            return "No accounts.\n".into();
        }
        let mut out = String::new();
        for u in &self.users {
            let name = u
                .display_name
                .as_deref()
                .map(|n| format!("{} ", style.bold(n)))
                .unwrap_or_default();
            let following = if u.following {
                format!(" {}", style.good("(following)"))
            } else {
                String::new()
            };
            out.push_str(&format!(
                "{name}{}{following}\n",
                style.accent(&format!("@{}", u.handle))
            ));
            if let Some(d) = &u.description {
                out.push_str(&format!("  {}\n", d.lines().next().unwrap_or_default()));
            }
        }
        if let Some(cursor) = &self.cursor {
            out.push_str(&style.dim(&format!("more: --cursor {cursor}\n")));
        }
        out
    }

    fn items(&self) -> Option<Vec<Value>> {
        Some(
            self.users
                .iter()
                .map(|u| serde_json::to_value(u).expect("users serialize"))
                .collect(),
        )
    }
}

impl Render for SearchOutput {
    fn render(&self, style: &Style) -> String {
        match self {
            SearchOutput::Posts(p) => p.render(style),
            SearchOutput::Users(u) => u.render(style),
        }
    }

    fn items(&self) -> Option<Vec<Value>> {
        match self {
            SearchOutput::Posts(p) => p.items(),
            SearchOutput::Users(u) => u.items(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_two_forms() {
        assert_eq!(
            timestamp("since", "2026-01-31").unwrap(),
            "2026-01-31T00:00:00Z"
        );
        assert_eq!(
            timestamp("since", "2026-01-31T12:00:00+01:00").unwrap(),
            "2026-01-31T11:00:00Z"
        );
        let err = timestamp("until", "yesterday").unwrap_err();
        assert!(
            err.message.starts_with("until \"yesterday\" is not a date"),
            "{err}"
        );
    }
}
