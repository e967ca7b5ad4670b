//! `bluesky_get_profile` / `mcp-bluesky profile [HANDLE]`: an account's profile.

use atrium_api::app::bsky::actor::get_profile;
use serde::{Deserialize, Serialize};

use super::fields::AccountField;
use super::render::count;
use super::views::view_count;
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::records;
use crate::bsky::uri::parse_actor;
use crate::error::Result;

/// Show an account's profile: name, description, counts, and how you relate.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ProfileInput {
    // Default: your own.
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

pub struct GetProfile;

impl Tool for GetProfile {
    type Input = ProfileInput;
    type Output = ProfileOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_profile",
        title: "Read a Bluesky profile",
        description: "Read a profile (default: yours): names, description, counts, and whether you follow each other.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: ProfileInput) -> Result<ProfileOutput> {
        let actor = match &input.handle {
            Some(handle) => Some(parse_actor("handle", handle)?),
            None => None,
        };
        let pds = ctx.connect(input.account.get()).await?;
        let did = match actor {
            Some(actor) => {
                ctx.accounts
                    .require_did(pds.client(), "handle", &actor)
                    .await?
            }
            None => pds.did(),
        };
        let params: get_profile::Parameters = get_profile::ParametersData {
            actor: records::parse_did(&did)?.into(),
        }
        .into();
        let p = pds
            .call(get_profile::NSID, |api| {
                api.app.bsky.actor.get_profile(params.clone())
            })
            .await?
            .data;
        let viewer = p.viewer.map(|v| v.data);
        Ok(ProfileOutput {
            url: format!("https://bsky.app/profile/{}", p.handle.as_str()),
            did: p.did.to_string(),
            handle: p.handle.to_string(),
            display_name: p.display_name.filter(|n| !n.trim().is_empty()),
            description: p.description.filter(|d| !d.trim().is_empty()),
            followers: view_count(p.followers_count),
            follows: view_count(p.follows_count),
            posts: view_count(p.posts_count),
            created_at: p.created_at.map(|d| d.as_str().to_string()),
            following: viewer.as_ref().is_some_and(|v| v.following.is_some()),
            followed_by: viewer.as_ref().is_some_and(|v| v.followed_by.is_some()),
            muted: viewer.as_ref().and_then(|v| v.muted) == Some(true),
            blocked_by: viewer.as_ref().and_then(|v| v.blocked_by) == Some(true),
        })
    }
}

impl Render for ProfileOutput {
    fn render(&self, style: &Style) -> String {
        let name = self
            .display_name
            .as_deref()
            .map(|n| format!("{} ", style.bold(&style.quote(n))))
            .unwrap_or_default();
        let mut out = format!("{name}{}\n", style.accent(&format!("@{}", self.handle)));
        match &self.description {
            Some(bio) if style.is_agent() => {
                out.push_str(&format!("  bio: {}\n", style.quote(bio)));
            }
            Some(bio) => {
                for line in bio.lines() {
                    out.push_str(&format!("  {line}\n"));
                }
            }
            None => {}
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
