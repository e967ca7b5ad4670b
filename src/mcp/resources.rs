//! MCP resources: the account's profile and notifications, and any post by its
//! at:// URI, each read through the read tool that serves it.

use crate::core::fields::{AccountField, PageField};
use crate::core::notifications::{GetNotifications, NotificationsInput, NotificationsOutput};
use crate::core::profile::{GetProfile, ProfileInput};
use crate::core::show::{GetPost, ShowInput};
use crate::core::{Ctx, Tool};
use rmcp::model::{ErrorData, ReadResourceResult, Resource, ResourceContents, ResourceTemplate};

const JSON: &str = "application/json";

/// `(uri, tool, title, description)` of the default account's resources.
const FIXED: [(&str, &str, &str, &str); 2] = [
    (
        "bluesky://profile",
        GetProfile::SPEC.name,
        "Your Bluesky profile",
        "The default account's profile: names, description, follower/follow/post counts.",
    ),
    (
        "bluesky://notifications",
        GetNotifications::SPEC.name,
        "Your recent notifications",
        "The default account's 30 most recent notifications, each with the post it is about.",
    ),
];

/// `(template, tool, title, description)`.
const TEMPLATES: [(&str, &str, &str, &str); 3] = [
    (
        "bluesky://accounts/{account}/profile",
        GetProfile::SPEC.name,
        "A configured account's profile",
        "The profile of one of the configured accounts (alias or handle).",
    ),
    (
        "bluesky://accounts/{account}/notifications",
        GetNotifications::SPEC.name,
        "A configured account's notifications",
        "The 30 most recent notifications of one of the configured accounts (alias or handle).",
    ),
    (
        "at://{did}/app.bsky.feed.post/{rkey}",
        GetPost::SPEC.name,
        "A post",
        "One post with its embeds and counts, by its at:// URI.",
    ),
];

/// The resources whose tool `offered` accepts.
pub fn list(offered: impl Fn(&str) -> bool) -> Vec<Resource> {
    FIXED
        .iter()
        .filter(|(_, tool, ..)| offered(tool))
        .map(|(uri, _, title, description)| {
            Resource::new(*uri, uri.trim_start_matches("bluesky://"))
                .with_title(*title)
                .with_description(*description)
                .with_mime_type(JSON)
        })
        .collect()
}

pub fn templates(offered: impl Fn(&str) -> bool) -> Vec<ResourceTemplate> {
    TEMPLATES
        .iter()
        .filter(|(_, tool, ..)| offered(tool))
        .map(|(template, tool, title, description)| {
            ResourceTemplate::new(*template, tool.trim_start_matches("bluesky_get_"))
                .with_title(*title)
                .with_description(*description)
                .with_mime_type(JSON)
        })
        .collect()
}

/// What a resource URI names.
#[derive(Debug, PartialEq, Eq)]
enum Route {
    Profile(Option<String>),
    Notifications(Option<String>),
    Post(String),
}

impl Route {
    /// The tool that reads it.
    fn tool(&self) -> &'static str {
        match self {
            Route::Profile(_) => GetProfile::SPEC.name,
            Route::Notifications(_) => GetNotifications::SPEC.name,
            Route::Post(_) => GetPost::SPEC.name,
        }
    }
}

fn route(uri: &str) -> Option<Route> {
    if uri.starts_with("at://") && uri.contains("/app.bsky.feed.post/") {
        return Some(Route::Post(uri.to_string()));
    }
    let path = uri.strip_prefix("bluesky://")?;
    let (account, kind) = match path.strip_prefix("accounts/") {
        Some(rest) => {
            let (account, kind) = rest.split_once('/')?;
            if account.is_empty() {
                return None;
            }
            (Some(account.to_string()), kind)
        }
        None => (None, path),
    };
    match kind {
        "profile" => Some(Route::Profile(account)),
        "notifications" => Some(Route::Notifications(account)),
        _ => None,
    }
}

pub async fn read(
    ctx: &Ctx,
    uri: &str,
    offered: impl Fn(&str) -> bool,
) -> Result<ReadResourceResult, ErrorData> {
    let Some(route) = route(uri).filter(|r| offered(r.tool())) else {
        return Err(ErrorData::resource_not_found(
            format!(
                "no resource `{uri}`: read bluesky://profile, bluesky://notifications, \
                 bluesky://accounts/ACCOUNT/profile|notifications or a post's at:// URI"
            ),
            None,
        ));
    };
    let text = match route {
        Route::Profile(account) => {
            let input = ProfileInput {
                handle: None,
                account: AccountField { account },
            };
            json_text(GetProfile::run(ctx, input).await)?
        }
        Route::Notifications(account) => json_text(notifications(ctx, account, 30).await)?,
        Route::Post(uri) => {
            let input = ShowInput {
                uri,
                account: AccountField::default(),
            };
            json_text(GetPost::run(ctx, input).await)?
        }
    };
    Ok(ReadResourceResult::new(vec![
        ResourceContents::text(text, uri).with_mime_type(JSON),
    ]))
}

/// The newest `limit` notifications of `account`.
pub async fn notifications(
    ctx: &Ctx,
    account: Option<String>,
    limit: u32,
) -> crate::error::Result<NotificationsOutput> {
    let input = NotificationsInput {
        reasons: Vec::new(),
        unread_only: false,
        page: PageField {
            limit,
            cursor: None,
        },
        account: AccountField { account },
    };
    GetNotifications::run(ctx, input).await
}

/// A result as JSON text, or its error as a protocol error.
pub fn json_text<T: serde::Serialize>(
    result: crate::error::Result<T>,
) -> Result<String, ErrorData> {
    result
        .and_then(|value| {
            serde_json::to_string(&value)
                .map_err(|e| crate::error::Error::io(format!("the result did not serialize: {e}")))
        })
        .map_err(|e| ErrorData::internal_error(e.to_string(), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_route_to_their_tools() {
        assert_eq!(route("bluesky://profile"), Some(Route::Profile(None)));
        assert_eq!(
            route("bluesky://accounts/work/notifications"),
            Some(Route::Notifications(Some("work".into())))
        );
        let post = "at://did:plc:abc/app.bsky.feed.post/3k";
        assert_eq!(route(post), Some(Route::Post(post.into())));
        for unknown in [
            "bluesky://feed",
            "bluesky://accounts/work",
            "bluesky://accounts//profile",
            "at://did:plc:abc/app.bsky.feed.like/3k",
            "https://bsky.app/profile/a.test",
        ] {
            assert!(route(unknown).is_none(), "{unknown}");
        }
    }

    #[test]
    fn every_resource_names_a_listed_tool() {
        use crate::core::TOOLS;
        for (_, tool, ..) in FIXED.iter().chain(&TEMPLATES) {
            assert!(TOOLS.iter().any(|t| t.spec().name == *tool), "{tool}");
        }
    }
}
