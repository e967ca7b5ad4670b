//! `bluesky_get_notifications` / `mcp-bluesky notifications`: likes, reposts,
//! follows, replies, mentions and quotes, with the post each is about.

use std::collections::HashMap;

use atrium_api::app::bsky::feed::get_posts;
use atrium_api::app::bsky::notification::list_notifications::{self, Notification};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::fields::{AccountField, PageField};
use super::mark_seen::{mark_seen, unread_count};
use super::pages::{Paging, collect};
use super::render::{Cut, relative_time};
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::lenient::{Page, page_size};
use crate::bsky::records::decode;
use crate::bsky::summary::{PostRecord, PostSummary};
use crate::core::render::json_items;
use crate::error::Result;

pub const DEFAULT_LIMIT: u32 = 30;

// Why a notification was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(inline)]
pub enum Reason {
    Like,
    Repost,
    Follow,
    Mention,
    Reply,
    Quote,
    StarterpackJoined,
    LikeViaRepost,
    RepostViaRepost,
}

/// Read notifications.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct NotificationsInput {
    /// Only these (default: all).
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// Only notifications not yet seen.
    #[serde(default)]
    pub unread_only: bool,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct NotificationItem {
    pub reason: Reason,
    /// Who did it (handle).
    pub author: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    /// The reply, mention, quote or repost record, or the like or follow.
    pub uri: String,
    /// For likes and reposts: the post of yours they are about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The words at stake: a reply's, mention's or quote's own text, or the text
    /// of the post that was liked or reposted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Not yet seen (left out once seen).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unread: bool,
    pub indexed_at: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct NotificationsOutput {
    pub notifications: Vec<NotificationItem>,
    /// Unread notifications (after marking seen, if asked).
    pub unread: u64,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub marked_seen: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Notifications or posts the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

pub struct GetNotifications;

impl Tool for GetNotifications {
    type Input = NotificationsInput;
    type Output = NotificationsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_notifications",
        title: "Read Bluesky notifications",
        description: "Read notifications, newest first: reason, who, and the text at stake, with the unread count.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: NotificationsInput) -> Result<NotificationsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage, false).await
    }
}

impl GetNotifications {
    /// The notifications, read as `paging` says; then, if `then_mark_seen`,
    /// every notification marked seen.
    pub async fn run_paged(
        ctx: &Ctx,
        input: NotificationsInput,
        paging: Paging,
        then_mark_seen: bool,
    ) -> Result<NotificationsOutput> {
        paging.check(input.page.limit, "notifications")?;
        let pds = ctx.connect(input.account.get()).await?;
        let unread_before = unread_count(&pds).await?;
        let from_start = input.page.cursor.is_none() && input.reasons.is_empty();
        let reasons: Vec<String> = input
            .reasons
            .iter()
            .filter_map(|r| serde_json::to_value(r).ok()?.as_str().map(str::to_string))
            .collect();
        let collected = collect(ctx, paging, input.page, |size, cursor| {
            let params: list_notifications::Parameters = list_notifications::ParametersData {
                cursor,
                limit: Some(page_size(size)),
                priority: None,
                reasons: (!reasons.is_empty()).then(|| reasons.clone()),
                seen_at: None,
            }
            .into();
            let pds = &pds;
            async move {
                let page: Page<Notification> = pds.page(list_notifications::NSID, params).await?;
                Ok((page.items, page.cursor))
            }
        })
        .await?;
        let (mut found, cursor, mut warnings) =
            (collected.items, collected.cursor, collected.left_out);
        // The newest `unread` notifications are the unread ones: the same rule
        // as the count (the AppView's own isRead can disagree with it).
        if from_start {
            for (i, n) in found.iter_mut().enumerate() {
                n.is_read = i as u64 >= unread_before;
            }
        }
        if input.unread_only {
            found.retain(|n| !n.is_read);
        }
        // Reasons the server does not know are dropped by it anyway; keep what parses.
        let subjects = subject_texts(&pds, &found, &mut warnings).await?;
        let notifications = found
            .into_iter()
            .filter_map(|n| {
                let n = n.data;
                let reason: Reason = serde_json::from_value(json!(n.reason)).ok()?;
                let own_text = decode::<PostRecord>(&n.record).ok().map(|r| r.text);
                let text = match reason {
                    Reason::Reply | Reason::Mention | Reason::Quote => own_text,
                    _ => n
                        .reason_subject
                        .as_ref()
                        .and_then(|s| subjects.get(s).cloned()),
                };
                Some(NotificationItem {
                    reason,
                    author: n.author.handle.to_string(),
                    author_name: n.author.data.display_name.filter(|d| !d.trim().is_empty()),
                    uri: n.uri,
                    subject: n
                        .reason_subject
                        .filter(|s| s.contains("/app.bsky.feed.post/")),
                    text,
                    unread: !n.is_read,
                    indexed_at: n.indexed_at.as_str().to_string(),
                })
            })
            .collect();
        let unread = if then_mark_seen {
            mark_seen(&pds).await?.unread
        } else {
            unread_before
        };
        Ok(NotificationsOutput {
            notifications,
            unread,
            marked_seen: then_mark_seen,
            cursor,
            warnings,
        })
    }
}

/// Texts of the posts that likes and reposts are about, by URI, 25 per call.
async fn subject_texts(
    pds: &crate::bsky::PdsConnection,
    found: &[Notification],
    warnings: &mut Vec<String>,
) -> Result<HashMap<String, String>> {
    let mut uris: Vec<String> = found
        .iter()
        .filter_map(|n| n.reason_subject.clone())
        .filter(|s| s.contains("/app.bsky.feed.post/"))
        .collect();
    uris.sort();
    uris.dedup();
    let mut texts = HashMap::new();
    for chunk in uris.chunks(25) {
        let params: get_posts::Parameters = get_posts::ParametersData {
            uris: chunk.to_vec(),
        }
        .into();
        let posts: Page<PostSummary> = pds.page(get_posts::NSID, params).await?;
        warnings.extend(posts.items.left_out);
        for post in posts.items.items {
            texts.insert(post.uri, post.record.text);
        }
    }
    Ok(texts)
}

/// A notification for an agent, on one line: who, what, when, whether it is
/// unread, the post it is and the post of yours it is about, and the text at
/// stake as a JSON string.
fn agent_line(
    n: &NotificationItem,
    what: &str,
    style: &Style,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let mut line = format!("@{}", n.author);
    if let Some(name) = &n.author_name {
        line.push_str(&format!(" {}", style.quote(name)));
    }
    line.push_str(&format!(" {what} {}", relative_time(&n.indexed_at, now)));
    if n.unread {
        line.push_str(" (unread)");
    }
    // A reply, mention or quote is a post to act on; a like or repost is of
    // a post of yours; a follow has only its author.
    if matches!(n.reason, Reason::Reply | Reason::Mention | Reason::Quote) {
        line.push_str(&format!(" {}", n.uri));
    }
    if let Some(subject) = &n.subject {
        line.push_str(&format!(" on {subject}"));
    }
    if let Some(text) = &n.text {
        line.push_str(&format!(": {}", style.quote(text)));
    }
    line.push('\n');
    line
}

impl Render for NotificationsOutput {
    fn render(&self, style: &Style) -> String {
        let now = chrono::Utc::now();
        let mut out = String::new();
        if self.notifications.is_empty() {
            out.push_str("No notifications.\n");
        }
        for n in &self.notifications {
            let what = match n.reason {
                Reason::Like => "liked your post",
                Reason::Repost => "reposted your post",
                Reason::Follow => "followed you",
                Reason::Mention => "mentioned you",
                Reason::Reply => "replied",
                Reason::Quote => "quoted your post",
                Reason::StarterpackJoined => "joined through your starter pack",
                Reason::LikeViaRepost => "liked your repost",
                Reason::RepostViaRepost => "reposted your repost",
            };
            if style.is_agent() {
                out.push_str(&agent_line(n, what, style, now));
                continue;
            }
            let dot = if n.unread { "•" } else { " " };
            out.push_str(&format!(
                "{} {} {what} · {}\n",
                style.accent(dot),
                style.bold(&format!("@{}", n.author)),
                style.dim(&relative_time(&n.indexed_at, now))
            ));
            if let Some(text) = &n.text {
                let first = text.lines().next().unwrap_or_default();
                out.push_str(&format!("    \"{first}\"\n"));
            }
        }
        out.push_str(&format!("{} unread", self.unread));
        if self.marked_seen {
            out.push_str(" (all marked seen)");
        }
        out.push('\n');
        if let Some(cursor) = &self.cursor {
            out.push_str(&style.more(cursor));
        }
        out
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.notifications)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(
            &mut self.notifications,
            &mut self.cursor,
            &mut self.warnings,
        )
    }
}
