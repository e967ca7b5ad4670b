//! Search: `bluesky_search_posts`, `bluesky_search_hashtags` and
//! `bluesky_search_users`, behind `mcp-bluesky search`.

use atrium_api::app::bsky::actor::{defs::ProfileView, search_actors};
use atrium_api::app::bsky::feed::search_posts;
use atrium_api::types::string::AtIdentifier;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::fields::{AccountField, PageField};
use super::pages::{Paging, collect};
use super::views::{AccountItem, PostItem, render_accounts, render_posts};
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::lenient::{Page, page_size};
use crate::bsky::records;
use crate::bsky::summary::PostSummary;
use crate::bsky::uri::parse_actor;
use crate::core::render::{Cut, json_items};
use crate::error::{Error, Result};

pub const DEFAULT_LIMIT: u32 = 25;

// Order of search results: newest or most engaging first. Inlined as a
// plain enum: the field's description says what each means.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(inline)]
pub enum Sort {
    #[default]
    Latest,
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
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct SearchPostsInput {
    /// Words to find; quotes for phrases.
    pub query: String,
    /// Only posts by this handle or DID.
    #[serde(default)]
    pub author: Option<String>,
    /// Only posts mentioning this handle or DID.
    #[serde(default)]
    pub mentions: Option<String>,
    /// From this time (RFC 3339 or YYYY-MM-DD).
    #[serde(default)]
    pub since: Option<String>,
    /// Before this time.
    #[serde(default)]
    pub until: Option<String>,
    /// Only posts in this language.
    #[serde(default)]
    pub lang: Option<String>,
    /// Only posts linking to this domain.
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub sort: Sort,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// Find posts with a hashtag.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct SearchTagInput {
    /// The hashtag, with or without `#`.
    pub tag: String,
    #[serde(default)]
    pub sort: Sort,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// Find accounts.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct SearchUsersInput {
    /// Words in the handle, name or description.
    pub query: String,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// Posts found.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct PostsFound {
    /// What was searched for, as sent.
    pub query: String,
    pub posts: Vec<PostItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Posts the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Accounts found.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct UsersFound {
    pub users: Vec<AccountItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Accounts the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

pub struct SearchPosts;

impl Tool for SearchPosts {
    type Input = SearchPostsInput;
    type Output = PostsFound;
    const SPEC: Spec = Spec {
        name: "bluesky_search_posts",
        title: "Search Bluesky posts",
        description: "Search posts by words, with optional author, mentions, since/until, lang and domain filters.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: SearchPostsInput) -> Result<PostsFound> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl SearchPosts {
    pub async fn run_paged(
        ctx: &Ctx,
        input: SearchPostsInput,
        paging: Paging,
    ) -> Result<PostsFound> {
        if input.query.trim().is_empty() {
            return Err(Error::input("query is empty; give words to search for"));
        }
        let mut actors = Vec::new();
        for (field, value) in [("author", &input.author), ("mentions", &input.mentions)] {
            if let Some(value) = value {
                actors.push((field, parse_actor(field, value)?));
            }
        }
        let since = input
            .since
            .as_deref()
            .map(|v| timestamp("since", v))
            .transpose()?;
        let until = input
            .until
            .as_deref()
            .map(|v| timestamp("until", v))
            .transpose()?;
        let lang = input
            .lang
            .as_deref()
            .map(|l| records::language("lang", l))
            .transpose()?;
        let pds = ctx.connect(input.account.get()).await?;
        let mut params = query_params(input.query.trim().to_string(), input.sort);
        for (field, actor) in actors {
            let did = ctx
                .accounts
                .require_did(pds.client(), field, &actor)
                .await?;
            let did = Some(AtIdentifier::Did(records::parse_did(&did)?));
            match field {
                "author" => params.author = did,
                _ => params.mentions = did,
            }
        }
        params.since = since;
        params.until = until;
        params.lang = lang;
        params.domain = input.domain.clone();
        search_posts(ctx, &pds, params, paging, input.page).await
    }
}

pub struct SearchHashtags;

impl Tool for SearchHashtags {
    type Input = SearchTagInput;
    type Output = PostsFound;
    const SPEC: Spec = Spec {
        name: "bluesky_search_hashtags",
        title: "Find posts with a hashtag",
        description: "Find posts with a hashtag (with or without #).",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: SearchTagInput) -> Result<PostsFound> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl SearchHashtags {
    pub async fn run_paged(ctx: &Ctx, input: SearchTagInput, paging: Paging) -> Result<PostsFound> {
        let tag = input.tag.trim().trim_start_matches(['#', '＃']);
        if tag.is_empty() || tag.chars().any(char::is_whitespace) {
            return Err(Error::input(format!(
                "tag {:?} is not a hashtag: give one word, with or without #",
                input.tag
            )));
        }
        let pds = ctx.connect(input.account.get()).await?;
        let params = query_params(format!("#{tag}"), input.sort);
        search_posts(ctx, &pds, params, paging, input.page).await
    }
}

/// A search for `q`, in `sort` order, without filters.
fn query_params(q: String, sort: Sort) -> search_posts::ParametersData {
    search_posts::ParametersData {
        author: None,
        cursor: None,
        domain: None,
        lang: None,
        limit: None,
        mentions: None,
        q,
        since: None,
        sort: Some(sort.api_value().to_string()),
        tag: None,
        until: None,
        url: None,
    }
}

async fn search_posts(
    ctx: &Ctx,
    pds: &crate::bsky::PdsConnection,
    params: search_posts::ParametersData,
    paging: Paging,
    page: PageField<DEFAULT_LIMIT>,
) -> Result<PostsFound> {
    paging.check(page.limit, "posts")?;
    let found = collect(ctx, paging, page, |size, cursor| {
        let params = search_posts::ParametersData {
            limit: Some(page_size(size)),
            cursor,
            ..params.clone()
        };
        async move {
            let page: Page<PostSummary> = pds
                .page(search_posts::NSID, search_posts::Parameters::from(params))
                .await?;
            Ok((page.items.map(PostItem::from_summary), page.cursor))
        }
    })
    .await?;
    Ok(PostsFound {
        query: params.q,
        posts: found.items,
        cursor: found.cursor,
        warnings: found.left_out,
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
    type Input = SearchUsersInput;
    type Output = UsersFound;
    const SPEC: Spec = Spec {
        name: "bluesky_search_users",
        title: "Search Bluesky accounts",
        description: "Find accounts by words in their handle, name or description.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: SearchUsersInput) -> Result<UsersFound> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl SearchUsers {
    pub async fn run_paged(
        ctx: &Ctx,
        input: SearchUsersInput,
        paging: Paging,
    ) -> Result<UsersFound> {
        if input.query.trim().is_empty() {
            return Err(Error::input("query is empty; give words to search for"));
        }
        paging.check(input.page.limit, "accounts")?;
        let pds = ctx.connect(input.account.get()).await?;
        let query = input.query.trim().to_string();
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let params: search_actors::Parameters = search_actors::ParametersData {
                cursor,
                limit: Some(page_size(size)),
                q: Some(query.clone()),
                term: None,
            }
            .into();
            let pds = &pds;
            async move {
                let page: Page<ProfileView> = pds.page(search_actors::NSID, params).await?;
                Ok((page.items.map(AccountItem::with_description), page.cursor))
            }
        })
        .await?;
        Ok(UsersFound {
            users: found.items,
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

impl Render for PostsFound {
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

impl Render for UsersFound {
    fn render(&self, style: &Style) -> String {
        render_accounts(&self.users, self.cursor.as_deref(), style)
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.users)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(&mut self.users, &mut self.cursor, &mut self.warnings)
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
