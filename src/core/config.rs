//! `mcp-bluesky config show|path|init|check`: the effective configuration,
//! with secrets shown only as where they come from.

use std::os::unix::fs::PermissionsExt;

use serde::Serialize;

use super::{Ctx, Render, Style};
use crate::bsky::session::write_private_atomically;
use crate::config::{Config, PasswordSource};
use crate::error::{Error, Result};

/// What `config` does.
#[derive(Debug)]
pub enum ConfigAction {
    /// Print the effective configuration as YAML, passwords redacted.
    Show,
    /// Print the path of the configuration file.
    Path,
    /// Write a commented example configuration file.
    Init {
        /// Replace an existing file.
        force: bool,
    },
    /// Check the configuration and the password sources it names.
    Check,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum ConfigOutput {
    Show(serde_yaml::Value),
    Path { path: String, exists: bool },
    Init { path: String },
    Check(ConfigCheck),
}

/// What `config check` found.
#[derive(Debug, Serialize)]
pub struct ConfigCheck {
    pub ok: bool,
    pub file: Option<String>,
    pub problems: Vec<String>,
}

const TEMPLATE: &str = "\
# mcp-bluesky configuration. Every key is optional.
# Precedence: command-line flags > environment > this file > defaults.

# The account used when a command or tool names none.
# default_account: main

# Accounts by alias. Passwords never go here: log in with `auth login --oauth`,
# or use an app password from password_file or password_command (or
# BLUESKY_PASSWORD, or `auth login`).
# accounts:
#   main:
#     handle: alice.bsky.social
#     password_file: /run/secrets/bluesky
#   work:
#     handle: team.example.com
#     pds_url: https://pds.example.com
#     password_command: pass show bluesky/team

# pds_url: https://bsky.social
# log_level: info            # trace, debug, info, warn, error
# rate_limit:                # per account: never more than `requests` per `window`
#   requests: 300
#   window: 900              # seconds
#   burst: 30                # of which this many at once
# cache_max_size: 100
# langs: [en]                # default languages of new posts
# detect_langs: true         # without langs, tag posts with the detected language

# Directories images may be read from. Default: the working directory and
# home for commands; nowhere for `serve` (agents then send images as data).
# media_dirs: [/home/me/Pictures]
# image_max_bytes: 2000000   # the blob limit images are shrunk to fit
# image_max_side: 2000       # longest side in pixels
# link_cards: true           # a preview card for the first link of a post
# Link cards are fetched from public addresses only; these are let through too
# (addresses or networks; none by default).
# link_cards_allow: [10.0.0.0/8]

# video_service_url: https://video.bsky.app
# video_timeout: 300         # seconds to wait for a video to be processed
# video_single_upload_max: 16777216  # bytes; larger videos are uploaded in parts

# OAuth login (`auth login --oauth`): what it asks for, and where did:plc
# identities are looked up.
# oauth_scopes: [atproto, transition:generic]
# plc_url: https://plc.directory
# chat_service: did:web:api.bsky.chat#bsky_chat  # where direct messages go, through the PDS
# Direct messages need a login allowed to use them: an app password made with
# \"Allow access to your direct messages\", or OAuth with transition:chat.bsky
# added to oauth_scopes.

# The MCP server. `toolsets` picks the groups of tools agents see: read, post,
# engage, graph, moderation, lists, drafts, `default` (what a new user gets: all
# but moderation and lists), `all` (all but chat) and chat (direct messages,
# offered only when named); `tools` adds single tools
# (alone, it offers only those). `mcp-bluesky serve --list-tools` shows the
# result. confirm_writes makes every post, like, follow or delete by an agent
# wait for your yes in the MCP client (a client without that ability then
# cannot write). An account can override it with its own confirm_writes.
# toolsets: [read, post]
# tools: [bluesky_like]
# confirm_writes: false
# An agent's tool result (its text, and its structured content) stays within
# max_result_bytes: a longer list comes back shorter, with a cursor for the rest.
# max_result_bytes: 24000
# write_mode `drafts` makes an agent's text posts, quotes and threads drafts
# that you review and send from the Bluesky app (or `mcp-bluesky draft send`);
# replies, images and videos, which a draft cannot hold, are then refused.
# write_mode: publish

# Every write (what, which account, which record, how it went) is appended to
# audit.jsonl in the state directory (owner-only, rotated past 10 MiB).
# audit_log: true
";

pub struct ConfigCommand;

impl ConfigCommand {
    pub async fn run(ctx: &Ctx, action: ConfigAction) -> Result<ConfigOutput> {
        let config = ctx.config();
        let path = config.file_path.display().to_string();
        match action {
            ConfigAction::Show => Ok(ConfigOutput::Show(config.redacted())),
            ConfigAction::Path => Ok(ConfigOutput::Path {
                exists: config.file_path.exists(),
                path,
            }),
            ConfigAction::Init { force } => {
                if config.file_path.exists() && !force {
                    return Err(Error::input(format!("{path} already exists"))
                        .with_help("pass --force to replace it"));
                }
                write_private_atomically(&config.file_path, TEMPLATE.as_bytes())?;
                Ok(ConfigOutput::Init { path })
            }
            ConfigAction::Check => Ok(ConfigOutput::Check(check(config))),
        }
    }
}

/// `config check`: the configuration's password files exist and are private,
/// and its toolsets and tools exist.
pub fn check(config: &Config) -> ConfigCheck {
    let mut problems = Vec::new();
    for account in config.accounts.values() {
        if let PasswordSource::File(file) = &account.password {
            match std::fs::metadata(file) {
                Err(e) => problems.push(format!(
                    "accounts.{}.password_file {}: {e}",
                    account.alias,
                    file.display()
                )),
                Ok(m) if m.permissions().mode() & 0o077 != 0 => problems.push(format!(
                    "accounts.{}.password_file {} is readable by other users: chmod 600 it",
                    account.alias,
                    file.display()
                )),
                Ok(_) => {}
            }
        }
    }
    let toolsets = config.toolsets.as_deref().unwrap_or_default();
    let tools = config.tools.as_deref().unwrap_or_default();
    if let Err(e) = super::select(toolsets, tools, false) {
        problems.push(e.message);
    }
    ConfigCheck {
        ok: problems.is_empty(),
        file: config.file.as_ref().map(|f| f.display().to_string()),
        problems,
    }
}

impl Render for ConfigOutput {
    fn render(&self, style: &Style) -> String {
        match self {
            ConfigOutput::Show(value) => serde_yaml::to_string(value).unwrap_or_default(),
            ConfigOutput::Path { path, exists: true } => format!("{path}\n"),
            ConfigOutput::Path {
                path,
                exists: false,
            } => {
                format!(
                    "{path}\n{}\n",
                    style.dim("(does not exist; `mcp-bluesky config init` creates it)")
                )
            }
            ConfigOutput::Init { path } => format!("Wrote {path}\n"),
            ConfigOutput::Check(ConfigCheck { ok, file, problems }) => {
                let mut out = match file {
                    Some(f) => format!("{f}: valid\n"),
                    None => "no config file; defaults and environment are valid\n".into(),
                };
                if *ok {
                    out.push_str(&format!("{}\n", style.good("ok")));
                }
                for p in problems {
                    out.push_str(&format!("{} {p}\n", style.bad("problem:")));
                }
                out
            }
        }
    }

    fn success(&self) -> bool {
        !matches!(self, ConfigOutput::Check(ConfigCheck { ok: false, .. }))
    }
}
