//! The command core: every operation defined once.
//!
//! An operation has an input type (at once the clap arguments and, for MCP
//! tools, the tool's input schema), an output type (the structured result, the
//! `--json` output and, through [`Render`], the human rendering) and one async
//! `run`. The [`registry!`] lists them; the CLI and the MCP server are both
//! generated from it and hold no Bluesky logic of their own.

pub mod auth;
pub mod config_cmd;
pub mod delete;
pub mod engage;
pub mod feed;
pub mod follow;
pub mod health;
pub mod like;
pub mod mark_seen;
pub mod mcp_config;
pub mod notifications;
pub mod pages;
pub mod post;
pub mod profile;
pub mod render;
pub mod replies;
pub mod repost;
pub mod search;
pub mod selftest;
pub mod show;
pub mod status;
pub mod target;
pub mod views;

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::bsky::Accounts;
use crate::bsky::media::Readable;
use crate::config::Config;
use crate::error::Result;
pub use render::{Render, Style};

/// Where a long operation tells how far it is: a bar on a terminal, MCP
/// progress notifications for an agent.
pub trait Progress: Send + Sync {
    fn report(&self, done: f64, total: f64, message: &str);
}

/// The directories an MCP client says the agent works in (its roots), asked
/// for only when a media file is to be read.
pub trait Roots: Send + Sync {
    fn dirs(&self) -> Pin<Box<dyn Future<Output = Vec<PathBuf>> + Send + '_>>;
}

/// What every operation runs against.
#[derive(Clone)]
pub struct Ctx {
    pub accounts: Arc<Accounts>,
    /// Directories media files may be read from.
    pub media_dirs: Arc<Vec<PathBuf>>,
    progress: Option<Arc<dyn Progress>>,
    roots: Option<Arc<dyn Roots>>,
}

impl Ctx {
    /// `default_media_dirs` apply when the config names none.
    pub fn new(config: Config, default_media_dirs: Vec<PathBuf>) -> Self {
        let media_dirs = config.media_dirs.clone().unwrap_or(default_media_dirs);
        Ctx {
            accounts: Arc::new(Accounts::new(Arc::new(config))),
            media_dirs: Arc::new(media_dirs),
            progress: None,
            roots: None,
        }
    }

    /// This context, also reading media from the client's `roots`.
    pub fn with_roots(&self, roots: Arc<dyn Roots>) -> Ctx {
        Ctx {
            roots: Some(roots),
            ..self.clone()
        }
    }

    /// Where media files may be read from now.
    pub async fn readable(&self) -> Readable {
        let roots = match &self.roots {
            Some(roots) => Some(roots.dirs().await),
            None => None,
        };
        Readable {
            media_dirs: self.media_dirs.as_ref().clone(),
            roots,
        }
    }

    /// This context, reporting progress to `progress`.
    pub fn with_progress(&self, progress: Arc<dyn Progress>) -> Ctx {
        Ctx {
            progress: Some(progress),
            ..self.clone()
        }
    }

    pub fn report(&self, done: f64, total: f64, message: &str) {
        if let Some(progress) = &self.progress {
            progress.report(done, total, message);
        }
    }
    pub fn config(&self) -> &Config {
        self.accounts.config()
    }

    /// The alias of `account` (default: the default account) when its writes
    /// wait for the person's yes (`confirm_writes`); `None` when they do not,
    /// or when there is no such account (the tool reports that itself).
    pub fn confirms_writes(&self, account: Option<&str>) -> Option<String> {
        let alias = self.accounts.resolve(account).ok()?;
        self.config().confirm_writes_for(&alias).then_some(alias)
    }
}

pub trait Operation {
    type Input: clap::Args + Send + 'static;
    type Output: Serialize + Render + Send;

    /// Command-line conveniences (such as `-` for stdin); MCP never calls it.
    fn prepare_cli(_input: &mut Self::Input) -> Result<()> {
        Ok(())
    }

    fn run(ctx: &Ctx, input: Self::Input) -> impl Future<Output = Result<Self::Output>> + Send;
}

/// MCP annotations: how a tool affects the world.
#[derive(Debug, Clone, Copy)]
pub struct Hints {
    pub read_only: bool,
    pub destructive: bool,
    pub idempotent: bool,
    /// Talks to the outside world (always true for Bluesky calls).
    pub open_world: bool,
}

impl Hints {
    pub const READ: Hints = Hints {
        read_only: true,
        destructive: false,
        idempotent: true,
        open_world: true,
    };
    pub const WRITE: Hints = Hints {
        read_only: false,
        destructive: false,
        idempotent: false,
        open_world: true,
    };
    /// A write that changes nothing when repeated (like, follow, mark seen).
    pub const TOGGLE: Hints = Hints {
        read_only: false,
        destructive: false,
        idempotent: true,
        open_world: true,
    };
    /// Deletes a record (a post, or the like, repost or follow an undo removes).
    pub const DELETE: Hints = Hints {
        read_only: false,
        destructive: true,
        idempotent: true,
        open_world: true,
    };
}

/// An operation that is also an MCP tool.
pub trait Tool:
    Operation<
        Input: DeserializeOwned + schemars::JsonSchema + 'static,
        Output: schemars::JsonSchema + 'static,
    >
{
    const NAME: &'static str;
    const TITLE: &'static str;
    /// Written for an agent: what it does, its limits, what to pass.
    const DESCRIPTION: &'static str;
    const HINTS: Hints;
    /// The same operation on the command line, as an example, for tools that a
    /// composite command (`post`, `feed`, `search`) reaches; empty for tools
    /// whose subcommand the registry names.
    const CLI: &'static [&'static str] = &[];
}

pub use rmcp::schemars;

/// Every operation, once. `tools` are MCP tools and CLI subcommands (the
/// variant names the subcommand); `tools_in_commands` are MCP tools that the
/// CLI reaches through one of the `commands`, which are CLI subcommands only.
macro_rules! registry {
    ($callback:ident) => {
        $callback! {
            tools {
                Reply => $crate::core::post::reply::Reply,
                Like => $crate::core::like::Like,
                Unlike => $crate::core::like::Unlike,
                Repost => $crate::core::repost::Repost,
                Unrepost => $crate::core::repost::Unrepost,
                Follow => $crate::core::follow::Follow,
                Unfollow => $crate::core::follow::Unfollow,
                Delete => $crate::core::delete::DeletePost,
                Thread => $crate::core::replies::GetReplies,
                Show => $crate::core::show::GetPost,
                Profile => $crate::core::profile::GetProfile,
                Notifications => $crate::core::notifications::GetNotifications,
            }
            tools_in_commands {
                $crate::core::post::text::PostText,
                $crate::core::post::image::PostImage,
                $crate::core::post::video::PostVideo,
                $crate::core::post::quote::QuotePost,
                $crate::core::post::thread::PostThread,
                $crate::core::feed::GetFeed,
                $crate::core::feed::GetAuthorFeed,
                $crate::core::search::SearchPosts,
                $crate::core::search::SearchHashtags,
                $crate::core::search::SearchUsers,
                $crate::core::mark_seen::MarkNotificationsSeen,
            }
            commands {
                Post => $crate::core::post::command::PostCommand,
                Feed => $crate::core::feed::FeedCommand,
                Search => $crate::core::search::SearchCommand,
                Auth => $crate::core::auth::Auth,
                Status => $crate::core::status::Status,
                Config => $crate::core::config_cmd::ConfigCommand,
                McpConfig => $crate::core::mcp_config::McpConfig,
                Test => $crate::core::selftest::SelfTest,
            }
        }
    };
}
pub(crate) use registry;
