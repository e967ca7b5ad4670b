//! The command core: every operation defined once.
//!
//! A [`Tool`] has an input type (serde and JSON schema: the MCP tool's
//! arguments, which the command line's arguments convert into), an output type
//! (the structured result, the `--json` output and, through [`Render`], the
//! human rendering) and one async `run`. [`TOOLS`] lists them, each in a
//! [`Toolset`]; the CLI and the MCP server hold no Bluesky logic of their own.

pub mod auth;
pub mod block;
pub mod bookmark;
pub mod budget;
pub mod chat;
pub mod config;
pub mod delete;
pub mod draft;
pub mod engage;
pub mod feed;
pub mod fields;
pub mod follow;
pub mod graph;
pub mod health;
pub mod hosted;
pub mod like;
pub mod list;
pub mod mark_seen;
pub mod mcp_config;
pub mod mute;
pub mod notifications;
pub mod pages;
pub mod post;
pub mod profile;
pub mod render;
pub mod reply_controls;
pub mod repost;
pub mod search;
pub mod show;
#[cfg(test)]
mod snapshots;
pub mod status;
pub mod target;
pub mod test;
pub mod thread;
mod tools;
mod toolsets;
pub mod trends;
pub mod views;

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::bsky::media::Readable;
use crate::bsky::{Accounts, PdsConnection};
use crate::config::Config;
use crate::error::{Error, Result};
pub use render::{Render, Style};
pub use tools::TOOLS;
pub use toolsets::{Toolset, select};

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
    /// On a hosted server, the DID of the person whose call this is.
    caller: Option<Arc<str>>,
}

/// Waits (10 s at most) for work that outlives its call, such as giving up
/// a cancelled video upload, before the program exits.
pub async fn finish_cleanups() {
    let cleanups = crate::bsky::cleanups();
    cleanups.close();
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), cleanups.wait()).await;
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
            caller: None,
        }
    }

    /// The context of a hosted server: people's sessions in its database.
    pub fn hosted(config: Config, hosted: crate::bsky::hosted::Hosted) -> Result<Self> {
        let config = Arc::new(config);
        Ok(Ctx {
            accounts: Arc::new(Accounts::hosted(config, hosted)?),
            media_dirs: Arc::new(Vec::new()),
            progress: None,
            roots: None,
            caller: None,
        })
    }

    /// This context, acting for the connected person `did`.
    pub fn as_caller(&self, did: &str) -> Ctx {
        Ctx {
            caller: Some(did.into()),
            ..self.clone()
        }
    }

    /// The connection of the account a call names (`account`), or on a
    /// hosted server of the person calling, who may name only themselves.
    pub async fn connect(&self, account: Option<&str>) -> Result<Arc<PdsConnection>> {
        let Some(did) = &self.caller else {
            return self.accounts.connect(account).await;
        };
        let pds = self.accounts.connect_did(did).await?;
        if let Some(named) = account {
            let named = named.trim().trim_start_matches('@');
            if named != pds.did() && !named.eq_ignore_ascii_case(&pds.handle()) {
                return Err(Error::input(format!(
                    "account: {named:?} is not you; on this server every call acts as the person signed in (@{})",
                    pds.handle()
                ))
                .with_help("leave `account` out"));
            }
        }
        Ok(pds)
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

/// MCP annotations: how a tool affects the world.
#[derive(Debug, Clone, Copy)]
pub struct Hints {
    pub read_only: bool,
    pub destructive: bool,
    pub idempotent: bool,
    /// Talks to the outside world (always true for Bluesky calls).
    pub open_world: bool,
    /// Creates or deletes records: such a tool takes `dry_run`, and
    /// `confirm_writes` shows its dry run to the person before it runs.
    pub writes_records: bool,
}

impl Hints {
    pub const READ: Hints = Hints {
        read_only: true,
        destructive: false,
        idempotent: true,
        open_world: true,
        writes_records: false,
    };
    pub const WRITE: Hints = Hints {
        read_only: false,
        destructive: false,
        idempotent: false,
        open_world: true,
        writes_records: true,
    };
    /// A write that changes nothing when repeated (like, follow).
    pub const TOGGLE: Hints = Hints {
        read_only: false,
        destructive: false,
        idempotent: true,
        open_world: true,
        writes_records: true,
    };
    /// Deletes a record (a post, or the like, repost or follow an undo removes).
    pub const DELETE: Hints = Hints {
        read_only: false,
        destructive: true,
        idempotent: true,
        open_world: true,
        writes_records: true,
    };
    /// Changes the account's state without a record (mark notifications seen).
    pub const MARK: Hints = Hints {
        read_only: false,
        destructive: false,
        idempotent: true,
        open_world: true,
        writes_records: false,
    };
}

/// What a tool is called and how it behaves, for the tool list and `--help`.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub name: &'static str,
    pub title: &'static str,
    /// Written for an agent: what it does, its limits, what to pass.
    pub description: &'static str,
    pub hints: Hints,
    pub toolset: Toolset,
}

/// An operation that is an MCP tool: a JSON input with a schema, a structured
/// output (`--json`, and a human rendering through [`Render`]), one `run`.
pub trait Tool: Sync + 'static {
    type Input: DeserializeOwned + JsonSchema + Send;
    type Output: Serialize + JsonSchema + Render + Send;
    const SPEC: Spec;

    fn run(ctx: &Ctx, input: Self::Input) -> impl Future<Output = Result<Self::Output>> + Send;
}

/// A tool's answer to a call with JSON arguments.
#[derive(Debug)]
pub struct Answer {
    /// The result rendered for an agent, its warnings last.
    pub text: String,
    /// The structured result.
    pub data: Value,
    /// False when the result reports a failure part-way (a thread cut short).
    pub success: bool,
}

/// Any tool, as the tool list holds it.
pub trait AnyTool: Sync {
    fn spec(&self) -> Spec;
    fn input_schema(&self) -> Schema;
    fn output_schema(&self) -> Schema;
    fn call<'a>(
        &'a self,
        ctx: &'a Ctx,
        arguments: Value,
    ) -> Pin<Box<dyn Future<Output = Result<Answer>> + Send + 'a>>;
}

impl<T: Tool> AnyTool for T {
    fn spec(&self) -> Spec {
        T::SPEC
    }

    fn input_schema(&self) -> Schema {
        SchemaSettings::draft2020_12()
            .into_generator()
            .into_root_schema_for::<T::Input>()
    }

    fn output_schema(&self) -> Schema {
        SchemaSettings::draft2020_12()
            .for_serialize()
            .into_generator()
            .into_root_schema_for::<T::Output>()
    }

    fn call<'a>(
        &'a self,
        ctx: &'a Ctx,
        arguments: Value,
    ) -> Pin<Box<dyn Future<Output = Result<Answer>> + Send + 'a>> {
        Box::pin(async move {
            let cursor = arguments["cursor"].as_str().map(str::to_string);
            let input: T::Input = serde_json::from_value(arguments).map_err(|e| {
                Error::input(format!("invalid arguments for {}: {e}", T::SPEC.name))
            })?;
            let mut output = T::run(ctx, input).await?;
            let budget = ctx.config().max_result_bytes;
            let (text, data) = budget::fit(&mut output, T::SPEC.name, budget, cursor.as_deref())?;
            Ok(Answer {
                text,
                success: output.success(),
                data,
            })
        })
    }
}
