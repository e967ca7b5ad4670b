//! MCP resources: the account's profile and notifications, and any post by its
//! at:// URI, each read through the read tool that serves it.

use rmcp::model::{ErrorData, ReadResourceResult, Resource, ResourceContents, ResourceTemplate};
use serde_json::{Map, Value, json};

use super::tools;
use crate::core::Ctx;

const JSON: &str = "application/json";

/// `(uri, tool, title, description)` of the default account's resources.
const FIXED: [(&str, &str, &str, &str); 2] = [
    (
        "bluesky://profile",
        "bluesky_get_profile",
        "Your Bluesky profile",
        "The default account's profile: names, description, follower/follow/post counts.",
    ),
    (
        "bluesky://notifications",
        "bluesky_get_notifications",
        "Your recent notifications",
        "The default account's 30 most recent notifications, each with the post it is about.",
    ),
];

/// `(template, tool, title, description)`.
const TEMPLATES: [(&str, &str, &str, &str); 3] = [
    (
        "bluesky://accounts/{account}/profile",
        "bluesky_get_profile",
        "A configured account's profile",
        "The profile of one of the configured accounts (alias or handle).",
    ),
    (
        "bluesky://accounts/{account}/notifications",
        "bluesky_get_notifications",
        "A configured account's notifications",
        "The 30 most recent notifications of one of the configured accounts (alias or handle).",
    ),
    (
        "at://{did}/app.bsky.feed.post/{rkey}",
        "bluesky_get_post",
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

/// The tool and arguments that read `uri`, if it names a resource.
fn route(uri: &str) -> Option<(&'static str, Map<String, Value>)> {
    let args = |v: Value| v.as_object().cloned().unwrap_or_default();
    if uri.starts_with("at://") && uri.contains("/app.bsky.feed.post/") {
        return Some(("bluesky_get_post", args(json!({"uri": uri}))));
    }
    let path = uri.strip_prefix("bluesky://")?;
    let (account, kind) = match path.strip_prefix("accounts/") {
        Some(rest) => {
            let (account, kind) = rest.split_once('/')?;
            if account.is_empty() {
                return None;
            }
            (Some(account), kind)
        }
        None => (None, path),
    };
    let tool = match kind {
        "profile" => "bluesky_get_profile",
        "notifications" => "bluesky_get_notifications",
        _ => return None,
    };
    Some((tool, args(json!({"account": account}))))
}

pub async fn read(
    ctx: &Ctx,
    uri: &str,
    offered: impl Fn(&str) -> bool,
) -> Result<ReadResourceResult, ErrorData> {
    let Some((tool, mut arguments)) = route(uri).filter(|(tool, _)| offered(tool)) else {
        return Err(ErrorData::resource_not_found(
            format!(
                "no resource `{uri}`: read bluesky://profile, bluesky://notifications, \
                 bluesky://accounts/ACCOUNT/profile|notifications or a post's at:// URI"
            ),
            None,
        ));
    };
    arguments.retain(|_, v| !v.is_null());
    let value = fetch(ctx, tool, arguments).await?;
    let text = serde_json::to_string(&value).expect("results serialize");
    Ok(ReadResourceResult::new(vec![
        ResourceContents::text(text, uri).with_mime_type(JSON),
    ]))
}

/// A read tool's structured result, or its error message as a protocol error.
pub async fn fetch(
    ctx: &Ctx,
    tool: &str,
    arguments: Map<String, Value>,
) -> Result<Value, ErrorData> {
    let result = tools::call(ctx, tool, arguments)
        .await
        .expect("resources and prompts name registry tools");
    match result.structured_content {
        Some(value) if result.is_error != Some(true) => Ok(value),
        _ => {
            let message = result
                .content
                .first()
                .and_then(|c| c.as_text())
                .map_or_else(|| format!("{tool} failed"), |t| t.text.clone());
            Err(ErrorData::internal_error(message, None))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_route_to_their_tools() {
        let (tool, args) = route("bluesky://profile").unwrap();
        assert_eq!(
            (tool, args["account"].is_null()),
            ("bluesky_get_profile", true)
        );
        let (tool, args) = route("bluesky://accounts/work/notifications").unwrap();
        assert_eq!(
            (tool, &args["account"]),
            ("bluesky_get_notifications", &json!("work"))
        );
        let post = "at://did:plc:abc/app.bsky.feed.post/3k";
        assert_eq!(route(post).unwrap().1["uri"], post);
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
    fn every_resource_names_a_registry_tool() {
        let names: Vec<String> = tools::definitions()
            .iter()
            .map(|t| t.name.to_string())
            .collect();
        for (_, tool, ..) in FIXED.iter().chain(&TEMPLATES) {
            assert!(names.iter().any(|n| n == tool), "{tool}");
        }
    }
}
