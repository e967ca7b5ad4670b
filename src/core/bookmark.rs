//! Bookmarks: posts saved privately for later (`app.bsky.bookmark.*`, kept
//! by the AppView, not records). Saving twice, or removing what is not
//! saved, changes nothing and says so.

use atrium_api::app::bsky::bookmark::{create_bookmark, delete_bookmark, get_bookmarks};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::engage::EngageOutput;
use super::fields::{AccountField, PageField};
use super::like::PostActionInput;
use super::pages::{Paging, collect};
use super::target::resolve_post;
use super::views::{PostItem, render_posts};
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::lenient::{Page, page_size};
use crate::bsky::summary::PostSummary;
use crate::bsky::uri::AtUri;
use crate::core::render::{Cut, json_items};
use crate::error::Result;

pub const DEFAULT_LIMIT: u32 = 25;

/// Save a post.
pub struct Bookmark;

impl Tool for Bookmark {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_bookmark",
        title: "Bookmark a Bluesky post",
        description: "Save a post to your private bookmarks.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        set_bookmarked(ctx, input, true).await
    }
}

/// Remove a saved post.
pub struct Unbookmark;

impl Tool for Unbookmark {
    type Input = PostActionInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unbookmark",
        title: "Remove a Bluesky bookmark",
        description: "Remove a post from your bookmarks.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: PostActionInput) -> Result<EngageOutput> {
        set_bookmarked(ctx, input, false).await
    }
}

async fn set_bookmarked(ctx: &Ctx, input: PostActionInput, save: bool) -> Result<EngageOutput> {
    let uri = AtUri::parse_post("uri", &input.uri)?;
    let pds = ctx.connect(input.account.get()).await?;
    let post = resolve_post(ctx, &pds, "uri", uri).await?;
    let saved = post.viewer.as_ref().and_then(|v| v.bookmarked) == Some(true);
    let subject = post.uri.to_uri();
    let action = if save { "bookmarked" } else { "unbookmarked" };
    let output = EngageOutput {
        action,
        subject: subject.clone(),
        record_uri: None,
        unchanged: saved == save,
        dry_run: input.dry_run.get(),
        record: None,
    };
    if output.unchanged || output.dry_run {
        return Ok(output);
    }
    if save {
        let input: create_bookmark::Input = create_bookmark::InputData {
            cid: post.cid.clone(),
            uri: subject.clone(),
        }
        .into();
        pds.call(create_bookmark::NSID, |api| {
            api.app.bsky.bookmark.create_bookmark(input.clone())
        })
        .await?;
    } else {
        let input: delete_bookmark::Input = delete_bookmark::InputData {
            uri: subject.clone(),
        }
        .into();
        pds.call(delete_bookmark::NSID, |api| {
            api.app.bsky.bookmark.delete_bookmark(input.clone())
        })
        .await?;
    }
    tracing::info!(account = %pds.session().alias, uri = %subject, "{action}");
    Ok(output)
}

/// Which page of your bookmarks to read.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct BookmarksInput {
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// Your saved posts, newest first.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct BookmarksOutput {
    pub posts: Vec<PostItem>,
    /// Saved posts that are gone or hidden from you: their at:// URIs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unavailable: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Bookmarks the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// A bookmark as the AppView sends it: the saved post's reference, and its
/// view when it can be shown.
#[derive(Deserialize)]
struct Saved {
    subject: Subject,
    item: Value,
}

#[derive(Deserialize)]
struct Subject {
    uri: String,
}

/// The post a bookmark shows, or its URI when it is deleted or blocked.
enum Entry {
    Post(Box<PostItem>),
    Unavailable(String),
}

impl Saved {
    fn entry(self) -> Entry {
        let is_post =
            self.item.get("$type").and_then(Value::as_str) == Some("app.bsky.feed.defs#postView");
        match serde_json::from_value::<PostSummary>(self.item).ok() {
            Some(post) if is_post => Entry::Post(Box::new(PostItem::from_summary(post))),
            _ => Entry::Unavailable(self.subject.uri),
        }
    }
}

pub struct GetBookmarks;

impl Tool for GetBookmarks {
    type Input = BookmarksInput;
    type Output = BookmarksOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_bookmarks",
        title: "Your Bluesky bookmarks",
        description: "The posts you saved, newest first.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: BookmarksInput) -> Result<BookmarksOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetBookmarks {
    pub async fn run_paged(
        ctx: &Ctx,
        input: BookmarksInput,
        paging: Paging,
    ) -> Result<BookmarksOutput> {
        paging.check(input.page.limit, "bookmarks")?;
        let pds = ctx.connect(input.account.get()).await?;
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let params: get_bookmarks::Parameters = get_bookmarks::ParametersData {
                cursor,
                limit: Some(page_size(size)),
            }
            .into();
            let pds = &pds;
            async move {
                let page: Page<Saved> = pds.page(get_bookmarks::NSID, params).await?;
                Ok((page.items.map(Saved::entry), page.cursor))
            }
        })
        .await?;
        let mut output = BookmarksOutput {
            posts: Vec::new(),
            unavailable: Vec::new(),
            cursor: found.cursor,
            warnings: found.left_out,
        };
        for entry in found.items {
            match entry {
                Entry::Post(post) => output.posts.push(*post),
                Entry::Unavailable(uri) => output.unavailable.push(uri),
            }
        }
        Ok(output)
    }
}

impl Render for BookmarksOutput {
    fn render(&self, style: &Style) -> String {
        if self.posts.is_empty() && self.unavailable.is_empty() {
            return "No bookmarks.\n".into();
        }
        let mut out = render_posts(&self.posts, None, style);
        if self.posts.is_empty() {
            out.clear();
        }
        for uri in &self.unavailable {
            out.push_str(&format!(
                "{}\n",
                style.dim(&format!("(deleted or hidden) {uri}"))
            ));
        }
        if let Some(cursor) = &self.cursor {
            out.push_str(&style.more(cursor));
        }
        out
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
