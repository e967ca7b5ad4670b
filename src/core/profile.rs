//! `bluesky_get_profile` / `mcp-bluesky profile [HANDLE]`: an account's profile.

use serde::{Deserialize, Serialize};

use super::fields::AccountField;
use super::render::count;
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::uri::parse_actor;
use crate::error::Result;

/// Show an account's profile: name, description, counts, and how you relate.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ProfileInput {
    /// The account: a handle (with or without @), a DID or a bsky.app profile URL. Default: your own.
    #[serde(default)]
    pub handle: Option<String>,
    #[serde(flatten)]
    pub account: AccountField,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ProfileOutput {
    pub did: String,
    pub handle: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub followers: u64,
    pub follows: u64,
    pub posts: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// You follow them.
    pub following: bool,
    /// They follow you.
    pub followed_by: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub muted: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub blocked_by: bool,
    pub url: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProfileView {
    did: String,
    handle: String,
    display_name: Option<String>,
    description: Option<String>,
    #[serde(default)]
    followers_count: u64,
    #[serde(default)]
    follows_count: u64,
    #[serde(default)]
    posts_count: u64,
    created_at: Option<String>,
    #[serde(default)]
    viewer: Viewer,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Viewer {
    following: Option<String>,
    followed_by: Option<String>,
    #[serde(default)]
    muted: bool,
    #[serde(default)]
    blocked_by: bool,
}

pub struct GetProfile;

impl Tool for GetProfile {
    type Input = ProfileInput;
    type Output = ProfileOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_profile",
        title: "Read a Bluesky profile",
        description: "Read an account's profile given its handle (with or without @), DID or bsky.app profile URL; without one, the account's own. Returns name, description, follower/follow/post counts and whether you follow each other.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: ProfileInput) -> Result<ProfileOutput> {
        let actor = match &input.handle {
            Some(handle) => Some(parse_actor("handle", handle)?),
            None => None,
        };
        let pds = ctx.accounts.connect(input.account.get()).await?;
        let did = match actor {
            Some(actor) => {
                ctx.accounts
                    .require_did(pds.xrpc(), "handle", &actor)
                    .await?
            }
            None => pds.did(),
        };
        let p: ProfileView = pds
            .query("app.bsky.actor.getProfile", &[("actor", did)])
            .await?;
        Ok(ProfileOutput {
            url: format!("https://bsky.app/profile/{}", p.handle),
            did: p.did,
            handle: p.handle,
            display_name: p.display_name.filter(|n| !n.trim().is_empty()),
            description: p.description.filter(|d| !d.trim().is_empty()),
            followers: p.followers_count,
            follows: p.follows_count,
            posts: p.posts_count,
            created_at: p.created_at,
            following: p.viewer.following.is_some(),
            followed_by: p.viewer.followed_by.is_some(),
            muted: p.viewer.muted,
            blocked_by: p.viewer.blocked_by,
        })
    }
}

impl Render for ProfileOutput {
    fn render(&self, style: &Style) -> String {
        let name = self
            .display_name
            .as_deref()
            .map(|n| format!("{} ", style.bold(n)))
            .unwrap_or_default();
        let mut out = format!("{name}{}\n", style.accent(&format!("@{}", self.handle)));
        if let Some(description) = &self.description {
            for line in description.lines() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out.push_str(&format!(
            "  {} · {} following · {}\n",
            count(self.followers, "follower", "followers"),
            self.follows,
            count(self.posts, "post", "posts")
        ));
        let relation = match (self.following, self.followed_by) {
            (true, true) => Some("you follow each other"),
            (true, false) => Some("you follow them"),
            (false, true) => Some("follows you"),
            (false, false) => None,
        };
        if let Some(relation) = relation {
            out.push_str(&format!("  {}\n", style.good(relation)));
        }
        out.push_str(&format!(
            "  {}\n",
            style.dim(&format!("{} · {}", self.did, self.url))
        ));
        out
    }
}
