//! Configuration: defaults, then the YAML file, then the environment, then flags.
//!
//! This module only loads and validates settings; it never talks to the network
//! and never reveals a secret (passwords stay in `SecretString`s and are shown as
//! where they come from, never what they are).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ipnet::IpNet;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, io_error};

pub const DEFAULT_PDS_URL: &str = "https://bsky.social";
pub const DEFAULT_RATE_LIMIT_REQUESTS: u32 = 300;
pub const DEFAULT_RATE_LIMIT_WINDOW: u64 = 900;
pub const DEFAULT_CACHE_MAX_SIZE: usize = 100;
/// The blob limit of `app.bsky.embed.images` in today's lexicons.
pub const DEFAULT_IMAGE_MAX_BYTES: usize = 2_000_000;
pub const DEFAULT_IMAGE_MAX_SIDE: u32 = 2000;
pub const DEFAULT_VIDEO_SERVICE_URL: &str = "https://video.bsky.app";
pub const DEFAULT_PLC_URL: &str = "https://plc.directory";
/// What an OAuth login asks for unless configured: the account itself, and
/// what an app password could do (everything but direct messages and email).
pub const DEFAULT_OAUTH_SCOPES: &[&str] = &["atproto", "transition:generic"];
pub const DEFAULT_VIDEO_TIMEOUT: u64 = 300;
/// Bluesky's chat service, as its apps name it to the PDS.
pub const DEFAULT_CHAT_SERVICE: &str = "did:web:api.bsky.chat#bsky_chat";
/// Most bytes an MCP tool result's text, and its structured content, may have.
pub const DEFAULT_MAX_RESULT_BYTES: usize = 24_000;
/// The smallest budget a setting may give: room for one item and a note.
const MIN_RESULT_BYTES: usize = 2_000;
/// Videos up to this size go to the video service in one request; larger
/// ones in parts, which keeps memory to one part.
pub const DEFAULT_VIDEO_SINGLE_UPLOAD_MAX: u64 = 16 * 1024 * 1024;
const ENV_NESTED_PREFIX: &str = "MCP_BLUESKY__";

/// The YAML file, exactly as written by the user.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_account: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub accounts: BTreeMap<String, AccountConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pds_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_level: Option<String>,
    /// `human` (default) or `json` (one JSON object a line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_format: Option<LogFormat>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<RateLimitConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_max_size: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub langs: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_dir: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_dirs: Option<Vec<PathBuf>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_max_bytes: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_max_side: Option<u32>,
    /// Give text posts a card for their first link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_cards: Option<bool>,
    /// Addresses or networks (CIDR) that link cards may fetch from although
    /// they are not public, such as `127.0.0.1` or `10.0.0.0/8`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_cards_allow: Option<Vec<String>>,
    /// Addresses or networks (CIDR) a hosted server may reach although they
    /// are not public: people's PDSes on a private network (and tests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosted_allow: Option<Vec<String>>,
    /// Tag posts with the language detected in their text when `langs` is empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detect_langs: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_service_url: Option<String>,
    /// Default: `did:web:` and the host of video_service_url.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_service_did: Option<String>,
    /// The PLC directory that `did:plc` identities are looked up in (OAuth login).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plc_url: Option<String>,
    /// The chat service direct messages go to through the PDS, as the
    /// `atproto-proxy` header names it: a DID and a service id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_service: Option<String>,
    /// What `auth login --oauth` asks for; `atproto` is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_scopes: Option<Vec<String>>,
    /// Seconds to wait for a video to be processed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_timeout: Option<u64>,
    /// Largest video (bytes) uploaded in one request; larger ones go in parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_single_upload_max: Option<u64>,
    /// The groups of MCP tools `serve` offers: `default`, `all`, or names
    /// such as `read` and `post`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toolsets: Option<Vec<String>>,
    /// Single MCP tools `serve` offers besides its toolsets (alone: only these).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<String>>,
    /// Most bytes of an MCP tool result (its text, and its structured content);
    /// a longer list comes back shorter, with a cursor for the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_result_bytes: Option<usize>,
    /// Ask the person (MCP elicitation) before an agent publishes or deletes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm_writes: Option<bool>,
    /// `publish` (default), or `drafts`: the post-creating tools save drafts
    /// for the person to review and send instead of publishing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub write_mode: Option<WriteMode>,
    /// Record every write in audit.jsonl in the state directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_log: Option<bool>,
    /// HTTP: the `Host` names accepted (default: loopback names on loopback, any elsewhere).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_hosts: Option<Vec<String>>,
    /// HTTP: browser origins accepted besides loopback ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
    /// `serve --hosted`: its settings (its flags win).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosted: Option<HostedSettings>,
}

/// How log lines on stderr look.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Text for people.
    #[default]
    Human,
    /// One JSON object a line, for journald and log shippers.
    Json,
}

/// What the post-creating tools do.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WriteMode {
    /// Publish posts.
    #[default]
    Publish,
    /// Save drafts that the person reviews and sends from the Bluesky app.
    Drafts,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountConfig {
    pub handle: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pds_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_file: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_command: Option<String>,
    /// Overrides the global `confirm_writes` for this account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm_writes: Option<bool>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimitConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<u32>,
    /// Seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<u64>,
    /// Of `requests`, how many may go at once; the rest are spread over the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub burst: Option<u32>,
}

/// A hosted server's settings (`serve --hosted`); secrets only as files.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostedSettings {
    /// The address people and MCP clients reach the server at (https://host[:port]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// A file holding the PostgreSQL URL (else the DATABASE_URL variable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_url_file: Option<PathBuf>,
    /// Certificates (PEM) to trust for the database's TLS, besides the system's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_ca_file: Option<PathBuf>,
    /// The OAuth client key from `hosted keygen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_key_file: Option<PathBuf>,
    /// The key that seals sessions in the database, from `hosted keygen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_key_file: Option<PathBuf>,
    /// HTTPS: the certificate chain (PEM); without it, plain HTTP for a reverse proxy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_cert: Option<PathBuf>,
    /// HTTPS: the certificate's private key (PEM).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_key: Option<PathBuf>,
    /// Reverse proxies (addresses or CIDR networks) whose `X-Forwarded-For`
    /// names the client, for the limits per client address (default: loopback).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_proxies: Option<Vec<String>>,
}

/// Settings given on the command line; they win over everything else.
#[derive(Debug, Default, Clone)]
pub struct Flags {
    pub config: Option<PathBuf>,
    pub pds_url: Option<String>,
    pub log_level: Option<String>,
    pub log_format: Option<LogFormat>,
    /// `serve --allowed-host`: replaces the setting when given.
    pub allowed_hosts: Vec<String>,
    /// `serve --allowed-origin`: replaces the setting when given.
    pub allowed_origins: Vec<String>,
}

/// Where an account's password comes from. The value itself is only ever read
/// when logging in.
#[derive(Debug, Clone)]
pub enum PasswordSource {
    None,
    Env(SecretString),
    File(PathBuf),
    Command(String),
}

impl PasswordSource {
    /// A description safe to show: where the password comes from, never what it is.
    pub fn describe(&self) -> Option<String> {
        match self {
            PasswordSource::None => None,
            PasswordSource::Env(_) => Some("<redacted> (from BLUESKY_PASSWORD)".into()),
            PasswordSource::File(p) => Some(format!("<read from {}>", p.display())),
            PasswordSource::Command(c) => Some(format!("<output of `{c}`>")),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Account {
    pub alias: String,
    pub handle: String,
    /// The account's own PDS, if set; otherwise the global one applies.
    pub pds_url: Option<String>,
    pub password: PasswordSource,
    /// Unset means the global `confirm_writes`.
    pub confirm_writes: Option<bool>,
}

/// The effective configuration after every source has been applied.
#[derive(Debug, Clone)]
pub struct Config {
    /// The config file that was read, if one exists.
    pub file: Option<PathBuf>,
    /// The path a config file is (or would be) read from.
    pub file_path: PathBuf,
    pub default_account: Option<String>,
    pub accounts: BTreeMap<String, Account>,
    pub pds_url: String,
    /// Unset means the front end's default (warn for commands, info for the server).
    pub log_level: Option<String>,
    pub log_format: LogFormat,
    pub rate_limit_requests: u32,
    pub rate_limit_window: u64,
    /// Unset means a tenth of `rate_limit_requests`.
    pub rate_limit_burst: Option<u32>,
    pub cache_max_size: usize,
    pub langs: Vec<String>,
    pub state_dir: PathBuf,
    /// Where images may be read from; unset means the front end's default
    /// (the working directory and home for the CLI, nowhere for the server).
    pub media_dirs: Option<Vec<PathBuf>>,
    pub image_max_bytes: usize,
    pub image_max_side: u32,
    pub link_cards: bool,
    /// Non-public addresses that link cards may still fetch from.
    pub link_cards_allow: Vec<IpNet>,
    /// Non-public addresses a hosted server may still reach.
    pub hosted_allow: Vec<IpNet>,
    pub detect_langs: bool,
    pub video_service_url: String,
    pub video_service_did: String,
    pub video_timeout: u64,
    pub video_single_upload_max: u64,
    pub plc_url: String,
    pub chat_service: String,
    pub oauth_scopes: Vec<String>,
    pub toolsets: Option<Vec<String>>,
    pub tools: Option<Vec<String>>,
    pub max_result_bytes: usize,
    pub confirm_writes: bool,
    pub write_mode: WriteMode,
    pub audit_log: bool,
    pub allowed_hosts: Vec<String>,
    pub allowed_origins: Vec<String>,
    pub hosted: HostedSettings,
}

/// The process environment as a lookup, so tests and callers can supply their own.
pub trait Env {
    fn var(&self, key: &str) -> Option<String>;
    fn vars(&self) -> Vec<(String, String)>;
}

pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, key: &str) -> Option<String> {
        std::env::var(key).ok().filter(|v| !v.is_empty())
    }
    fn vars(&self) -> Vec<(String, String)> {
        std::env::vars().collect()
    }
}

/// `$XDG_CONFIG_HOME/mcp-bluesky/config.yaml`, or `~/.config/…` without it.
pub fn default_config_path(env: &dyn Env) -> PathBuf {
    xdg_dir(env, "XDG_CONFIG_HOME", ".config").join("config.yaml")
}

/// `$XDG_STATE_HOME/mcp-bluesky`, or `~/.local/state/…` without it.
pub fn default_state_dir(env: &dyn Env) -> PathBuf {
    xdg_dir(env, "XDG_STATE_HOME", ".local/state")
}

fn xdg_dir(env: &dyn Env, var: &str, fallback: &str) -> PathBuf {
    let base = env
        .var(var)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .unwrap_or_else(|| {
            PathBuf::from(env.var("HOME").unwrap_or_else(|| "/".into())).join(fallback)
        });
    base.join("mcp-bluesky")
}

/// Strips a leading `@` and lowercases: handles are case-insensitive.
pub fn normalize_handle(handle: &str) -> String {
    handle.trim().trim_start_matches('@').to_ascii_lowercase()
}

impl Config {
    pub fn load(flags: &Flags, env: &dyn Env) -> Result<Config> {
        let explicit = flags
            .config
            .clone()
            .or_else(|| env.var("MCP_BLUESKY_CONFIG").map(PathBuf::from));
        let file_path = explicit.clone().unwrap_or_else(|| default_config_path(env));
        let (file_cfg, file) = match std::fs::read_to_string(&file_path) {
            Ok(text) => (parse_file(&file_path, &text)?, Some(file_path.clone())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && explicit.is_none() => {
                (FileConfig::default(), None)
            }
            Err(e) => {
                return Err(io_error("read config file", &file_path, e)
                    .with_help("pass an existing file to --config, or create one with `mcp-bluesky config init`"));
            }
        };
        let file_cfg = apply_nested_env(file_cfg, env)?;
        let mut cfg = Config::from_file(file_cfg, file, file_path, env)?;
        cfg.apply_env(env)?;
        cfg.apply_flags(flags)?;
        cfg.validate()?;
        if cfg.video_service_did.is_empty() {
            let url = reqwest::Url::parse(&cfg.video_service_url).expect("validated");
            cfg.video_service_did = format!("did:web:{}", url.host_str().unwrap_or_default());
        }
        Ok(cfg)
    }

    fn from_file(
        f: FileConfig,
        file: Option<PathBuf>,
        file_path: PathBuf,
        env: &dyn Env,
    ) -> Result<Config> {
        let rate = f.rate_limit.unwrap_or_default();
        let mut accounts = BTreeMap::new();
        for (alias, a) in f.accounts {
            let password = match (a.password_file, a.password_command) {
                (Some(_), Some(_)) => {
                    return Err(Error::config(format!(
                        "account `{alias}` sets both password_file and password_command"
                    ))
                    .with_help("keep one of them"));
                }
                (Some(p), None) => PasswordSource::File(p),
                (None, Some(c)) => PasswordSource::Command(c),
                (None, None) => PasswordSource::None,
            };
            let account = Account {
                alias: alias.clone(),
                handle: normalize_handle(&a.handle),
                pds_url: a.pds_url,
                password,
                confirm_writes: a.confirm_writes,
            };
            accounts.insert(alias, account);
        }
        Ok(Config {
            file,
            file_path,
            default_account: f.default_account,
            accounts,
            pds_url: f.pds_url.unwrap_or_else(|| DEFAULT_PDS_URL.to_string()),
            log_level: f.log_level,
            log_format: f.log_format.unwrap_or_default(),
            rate_limit_requests: rate.requests.unwrap_or(DEFAULT_RATE_LIMIT_REQUESTS),
            rate_limit_window: rate.window.unwrap_or(DEFAULT_RATE_LIMIT_WINDOW),
            rate_limit_burst: rate.burst,
            cache_max_size: f.cache_max_size.unwrap_or(DEFAULT_CACHE_MAX_SIZE),
            langs: f.langs.unwrap_or_default(),
            state_dir: f.state_dir.unwrap_or_else(|| default_state_dir(env)),
            media_dirs: f.media_dirs,
            image_max_bytes: f.image_max_bytes.unwrap_or(DEFAULT_IMAGE_MAX_BYTES),
            image_max_side: f.image_max_side.unwrap_or(DEFAULT_IMAGE_MAX_SIDE),
            link_cards: f.link_cards.unwrap_or(true),
            link_cards_allow: parse_networks(
                "link_cards_allow",
                f.link_cards_allow.as_deref().unwrap_or_default(),
            )?,
            hosted_allow: parse_networks(
                "hosted_allow",
                f.hosted_allow.as_deref().unwrap_or_default(),
            )?,
            detect_langs: f.detect_langs.unwrap_or(true),
            video_service_did: f.video_service_did.unwrap_or_default(),
            video_service_url: f
                .video_service_url
                .unwrap_or_else(|| DEFAULT_VIDEO_SERVICE_URL.to_string()),
            video_timeout: f.video_timeout.unwrap_or(DEFAULT_VIDEO_TIMEOUT),
            video_single_upload_max: f
                .video_single_upload_max
                .unwrap_or(DEFAULT_VIDEO_SINGLE_UPLOAD_MAX),
            plc_url: f.plc_url.unwrap_or_else(|| DEFAULT_PLC_URL.to_string()),
            chat_service: check_chat_service(
                f.chat_service
                    .unwrap_or_else(|| DEFAULT_CHAT_SERVICE.to_string()),
            )?,
            oauth_scopes: f
                .oauth_scopes
                .unwrap_or_else(|| DEFAULT_OAUTH_SCOPES.iter().map(|s| s.to_string()).collect()),
            toolsets: f.toolsets,
            tools: f.tools,
            max_result_bytes: f.max_result_bytes.unwrap_or(DEFAULT_MAX_RESULT_BYTES),
            confirm_writes: f.confirm_writes.unwrap_or(false),
            write_mode: f.write_mode.unwrap_or_default(),
            audit_log: f.audit_log.unwrap_or(true),
            allowed_hosts: f.allowed_hosts.unwrap_or_default(),
            allowed_origins: f.allowed_origins.unwrap_or_default(),
            hosted: f.hosted.unwrap_or_default(),
        })
    }

    fn apply_env(&mut self, env: &dyn Env) -> Result<()> {
        if let Some(url) = env.var("BLUESKY_PDS_URL") {
            self.pds_url = url;
        }
        if let Some(level) = env.var("LOG_LEVEL") {
            self.log_level = Some(level);
        }
        if env.var("DEBUG").is_some_and(|v| is_truthy(&v)) {
            self.log_level = Some("debug".into());
        }
        if let Some(format) = env.var("LOG_FORMAT") {
            self.log_format =
                <LogFormat as clap::ValueEnum>::from_str(&format, true).map_err(|_| {
                    Error::config(format!(
                        "environment variable LOG_FORMAT={format:?} is not `human` or `json`"
                    ))
                })?;
        }
        if let Some(v) = env.var("RATE_LIMIT_REQUESTS") {
            self.rate_limit_requests = parse_env_number("RATE_LIMIT_REQUESTS", &v)?;
        }
        if let Some(v) = env.var("RATE_LIMIT_WINDOW") {
            self.rate_limit_window = parse_env_number("RATE_LIMIT_WINDOW", &v)?;
        }
        if let Some(v) = env.var("RATE_LIMIT_BURST") {
            self.rate_limit_burst = Some(parse_env_number("RATE_LIMIT_BURST", &v)?);
        }
        if let Some(v) = env.var("CACHE_MAX_SIZE") {
            self.cache_max_size = parse_env_number("CACHE_MAX_SIZE", &v)?;
        }
        let password = env
            .var("BLUESKY_PASSWORD")
            .map(|p| PasswordSource::Env(SecretString::from(p)));
        if let Some(username) = env.var("BLUESKY_USERNAME") {
            let handle = normalize_handle(&username);
            // The env account joins the configured ones under its handle, or
            // updates the configured account that already has that handle.
            let alias = self
                .accounts
                .values()
                .find(|a| a.handle == handle)
                .map(|a| a.alias.clone())
                .unwrap_or_else(|| handle.clone());
            let entry = self.accounts.entry(alias.clone()).or_insert(Account {
                alias: alias.clone(),
                handle,
                pds_url: None,
                password: PasswordSource::None,
                confirm_writes: None,
            });
            if let Some(p) = password {
                entry.password = p;
            }
            if self.default_account.is_none() {
                self.default_account = Some(alias);
            }
        } else if let Some(p) = password
            && let Some(account) = self
                .default_account
                .as_ref()
                .and_then(|d| self.accounts.get_mut(d))
        {
            account.password = p;
        }
        Ok(())
    }

    fn apply_flags(&mut self, flags: &Flags) -> Result<()> {
        if let Some(url) = &flags.pds_url {
            // A PDS named on the command line is for every account.
            self.pds_url = url.clone();
            for account in self.accounts.values_mut() {
                account.pds_url = None;
            }
        }
        if let Some(level) = &flags.log_level {
            self.log_level = Some(level.clone());
        }
        if let Some(format) = flags.log_format {
            self.log_format = format;
        }
        if !flags.allowed_hosts.is_empty() {
            self.allowed_hosts = flags.allowed_hosts.clone();
        }
        if !flags.allowed_origins.is_empty() {
            self.allowed_origins = flags.allowed_origins.clone();
        }
        Ok(())
    }

    fn validate(&self) -> Result<()> {
        if self.max_result_bytes < MIN_RESULT_BYTES {
            return Err(Error::config(format!(
                "max_result_bytes: {} is too small; a result needs at least {MIN_RESULT_BYTES} bytes",
                self.max_result_bytes
            ))
            .with_help(format!("the default is {DEFAULT_MAX_RESULT_BYTES}")));
        }
        check_url("pds_url", &self.pds_url)?;
        check_url("video_service_url", &self.video_service_url)?;
        check_url("plc_url", &self.plc_url)?;
        check_oauth_scopes(&self.oauth_scopes).map_err(|e| {
            Error::config(format!("oauth_scopes: {e}"))
                .with_help("the default is [atproto, transition:generic]")
        })?;
        for a in self.accounts.values() {
            if a.handle.is_empty() {
                return Err(Error::config(format!(
                    "account `{}` has an empty handle",
                    a.alias
                )));
            }
            if let Some(url) = &a.pds_url {
                check_url(&format!("accounts.{}.pds_url", a.alias), url)?;
            }
        }
        if let Some(d) = &self.default_account
            && !self.accounts.is_empty()
            && !self.accounts.contains_key(d)
        {
            return Err(Error::config(format!(
                "default_account `{d}` is not one of the configured accounts ({})",
                self.accounts.keys().cloned().collect::<Vec<_>>().join(", ")
            )));
        }
        if self.image_max_bytes < 10_000 || self.image_max_side < 64 {
            return Err(Error::config(
                "image_max_bytes must be at least 10000 and image_max_side at least 64",
            ));
        }
        if self.rate_limit_requests < 2 || self.rate_limit_window == 0 {
            return Err(Error::config(
                "rate_limit.requests must be at least 2 and rate_limit.window at least 1",
            ));
        }
        let burst = self.rate_limit_burst();
        if burst == 0 || burst >= self.rate_limit_requests {
            return Err(Error::config(format!(
                "rate_limit.burst is {burst}; it must be at least 1 and less than rate_limit.requests ({})",
                self.rate_limit_requests
            ))
            .with_help("the burst is part of the requests allowed per window, not extra"));
        }
        if let Some(level) = &self.log_level {
            tracing_level(level)?;
        }
        for host in &self.allowed_hosts {
            let valid = !host.contains(['/', '@', '*'])
                && host.parse::<axum::http::uri::Authority>().is_ok();
            if !valid {
                return Err(Error::config(format!(
                    "allowed_hosts: {host:?} is not a host name (with an optional port)"
                ))
                .with_help("for example mcp.example.org or box.lan:8080"));
            }
        }
        for origin in &self.allowed_origins {
            let base = origin.strip_suffix(":*").unwrap_or(origin);
            let valid = reqwest::Url::parse(base).is_ok_and(|u| {
                matches!(u.scheme(), "http" | "https") && u.host().is_some() && u.path() == "/"
            }) && !base.ends_with('/');
            if !valid {
                return Err(Error::config(format!(
                    "allowed_origins: {origin:?} is not an origin (scheme, host and optional port)"
                ))
                .with_help("for example https://app.example.org or http://box.lan:*"));
            }
        }
        Ok(())
    }

    /// The PDS URL an account talks to.
    pub fn pds_for<'a>(&'a self, account: Option<&'a Account>) -> &'a str {
        account
            .and_then(|a| a.pds_url.as_deref())
            .unwrap_or(&self.pds_url)
    }

    /// The effective configuration as YAML-ready data, secrets shown only as their source.
    pub fn redacted(&self) -> serde_yaml::Value {
        #[derive(Serialize)]
        struct AccountView<'a> {
            handle: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            pds_url: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            password: Option<String>,
            #[serde(skip_serializing_if = "Option::is_none")]
            confirm_writes: Option<bool>,
        }
        #[derive(Serialize)]
        struct View<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            default_account: Option<&'a str>,
            accounts: BTreeMap<&'a str, AccountView<'a>>,
            pds_url: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            log_level: Option<&'a str>,
            log_format: LogFormat,
            rate_limit: RateLimitConfig,
            cache_max_size: usize,
            langs: &'a [String],
            state_dir: &'a Path,
            #[serde(skip_serializing_if = "Option::is_none")]
            media_dirs: Option<&'a [PathBuf]>,
            image_max_bytes: usize,
            image_max_side: u32,
            link_cards: bool,
            link_cards_allow: Vec<String>,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            hosted_allow: Vec<String>,
            detect_langs: bool,
            video_service_url: &'a str,
            video_service_did: &'a str,
            video_timeout: u64,
            video_single_upload_max: u64,
            plc_url: &'a str,
            chat_service: &'a str,
            oauth_scopes: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            toolsets: Option<&'a [String]>,
            #[serde(skip_serializing_if = "Option::is_none")]
            tools: Option<&'a [String]>,
            max_result_bytes: usize,
            confirm_writes: bool,
            write_mode: WriteMode,
            audit_log: bool,
            #[serde(skip_serializing_if = "<[String]>::is_empty")]
            allowed_hosts: &'a [String],
            #[serde(skip_serializing_if = "<[String]>::is_empty")]
            allowed_origins: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            hosted: Option<&'a HostedSettings>,
        }
        let view = View {
            default_account: self.default_account.as_deref(),
            accounts: self
                .accounts
                .iter()
                .map(|(k, a)| {
                    (
                        k.as_str(),
                        AccountView {
                            handle: &a.handle,
                            pds_url: a.pds_url.as_deref(),
                            password: a.password.describe(),
                            confirm_writes: a.confirm_writes,
                        },
                    )
                })
                .collect(),
            pds_url: &self.pds_url,
            log_level: self.log_level.as_deref(),
            log_format: self.log_format,
            rate_limit: RateLimitConfig {
                requests: Some(self.rate_limit_requests),
                window: Some(self.rate_limit_window),
                burst: Some(self.rate_limit_burst()),
            },
            cache_max_size: self.cache_max_size,
            langs: &self.langs,
            state_dir: &self.state_dir,
            media_dirs: self.media_dirs.as_deref(),
            image_max_bytes: self.image_max_bytes,
            image_max_side: self.image_max_side,
            link_cards: self.link_cards,
            link_cards_allow: self
                .link_cards_allow
                .iter()
                .map(ToString::to_string)
                .collect(),
            hosted_allow: self.hosted_allow.iter().map(ToString::to_string).collect(),
            detect_langs: self.detect_langs,
            video_service_url: &self.video_service_url,
            video_service_did: &self.video_service_did,
            video_timeout: self.video_timeout,
            video_single_upload_max: self.video_single_upload_max,
            plc_url: &self.plc_url,
            chat_service: &self.chat_service,
            oauth_scopes: &self.oauth_scopes,
            toolsets: self.toolsets.as_deref(),
            tools: self.tools.as_deref(),
            max_result_bytes: self.max_result_bytes,
            confirm_writes: self.confirm_writes,
            write_mode: self.write_mode,
            audit_log: self.audit_log,
            allowed_hosts: &self.allowed_hosts,
            allowed_origins: &self.allowed_origins,
            hosted: (self.hosted != HostedSettings::default()).then_some(&self.hosted),
        };
        serde_yaml::to_value(view).expect("config view serializes")
    }
}

impl Config {
    /// How many of the requests per window may go at once.
    pub fn rate_limit_burst(&self) -> u32 {
        self.rate_limit_burst
            .unwrap_or((self.rate_limit_requests / 10).max(1))
    }

    /// Whether writes as `alias` wait for the person's yes (over MCP).
    pub fn confirm_writes_for(&self, alias: &str) -> bool {
        self.accounts
            .get(alias)
            .and_then(|a| a.confirm_writes)
            .unwrap_or(self.confirm_writes)
    }
}

fn parse_file(path: &Path, text: &str) -> Result<FileConfig> {
    if text.trim().is_empty() {
        return Ok(FileConfig::default());
    }
    serde_yaml::from_str(text).map_err(|e| {
        let location = e
            .location()
            .map(|l| format!(", line {}, column {}", l.line(), l.column()))
            .unwrap_or_default();
        let msg = e.to_string();
        let detail = match e.location() {
            Some(l) => msg
                .strip_suffix(&format!(" at line {} column {}", l.line(), l.column()))
                .unwrap_or(&msg),
            None => &msg,
        };
        let mut err = Error::config(format!(
            "invalid config file {}{location}: {detail}",
            path.display()
        ));
        err = if msg.contains("unknown field `password`") {
            err.with_help(
                "passwords never go in the file: use password_file, password_command or BLUESKY_PASSWORD",
            )
        } else if msg.contains("unknown field") {
            err.with_help("remove or rename the key; `mcp-bluesky config init` writes a commented example")
        } else {
            err.with_help("`mcp-bluesky config check` validates the file after you edit it")
        };
        err
    })
}

/// Applies `MCP_BLUESKY__SECTION__KEY=value` settings onto the file's settings.
fn apply_nested_env(file: FileConfig, env: &dyn Env) -> Result<FileConfig> {
    let mut overrides: Vec<(String, String)> = env
        .vars()
        .into_iter()
        .filter(|(k, _)| k.starts_with(ENV_NESTED_PREFIX))
        .collect();
    if overrides.is_empty() {
        return Ok(file);
    }
    overrides.sort();
    let mut tree = serde_yaml::to_value(&file).expect("config serializes");
    for (key, value) in &overrides {
        let path: Vec<String> = key[ENV_NESTED_PREFIX.len()..]
            .split("__")
            .map(|s| s.to_ascii_lowercase())
            .collect();
        let parsed: serde_yaml::Value = serde_yaml::from_str(value)
            .unwrap_or_else(|_| serde_yaml::Value::String(value.clone()));
        set_path(&mut tree, &path, parsed);
    }
    serde_yaml::from_value(tree).map_err(|e| {
        let names: Vec<&str> = overrides.iter().map(|(k, _)| k.as_str()).collect();
        Error::config(format!(
            "invalid setting in the environment ({}): {e}",
            names.join(", ")
        ))
    })
}

fn set_path(tree: &mut serde_yaml::Value, path: &[String], value: serde_yaml::Value) {
    let Some((first, rest)) = path.split_first() else {
        *tree = value;
        return;
    };
    if !tree.is_mapping() {
        *tree = serde_yaml::Value::Mapping(Default::default());
    }
    let map = tree.as_mapping_mut().expect("just made a mapping");
    let key = serde_yaml::Value::String(first.clone());
    let child = map.entry(key).or_insert(serde_yaml::Value::Null);
    set_path(child, rest, value);
}

/// IP addresses (`127.0.0.1`, `::1`) or networks (`10.0.0.0/8`).
/// Addresses and CIDR networks as a setting lists them; an error names `field`.
pub fn parse_networks(field: &str, entries: &[String]) -> Result<Vec<IpNet>> {
    entries
        .iter()
        .map(|entry| {
            let entry = entry.trim();
            entry
                .parse::<IpNet>()
                .or_else(|_| entry.parse::<std::net::IpAddr>().map(IpNet::from))
                .map_err(|_| {
                    Error::config(format!(
                        "{field}: {entry:?} is not an IP address or network"
                    ))
                    .with_help("write addresses as `127.0.0.1` or `::1`, networks as `10.0.0.0/8`")
                })
        })
        .collect()
}

fn parse_env_number<T: std::str::FromStr>(name: &str, value: &str) -> Result<T> {
    value.trim().parse().map_err(|_| {
        Error::config(format!(
            "environment variable {name}={value:?} is not a whole number"
        ))
    })
}

fn is_truthy(v: &str) -> bool {
    matches!(v.to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on")
}

/// Why `scopes` cannot be an OAuth login's: each a single word, `atproto` among them.
/// Refuses a `chat_service` that is not a DID and a service id.
fn check_chat_service(service: String) -> Result<String> {
    let well_formed = service.split_once('#').is_some_and(|(did, id)| {
        did.starts_with("did:")
            && did.len() > 4
            && !id.is_empty()
            && !service.chars().any(|c| c.is_whitespace())
    });
    if well_formed {
        Ok(service)
    } else {
        Err(Error::config(format!(
            "chat_service {service:?} is not a DID and a service id"
        ))
        .with_help(format!(
            "write it as the atproto-proxy header names a service, such as `{DEFAULT_CHAT_SERVICE}`"
        )))
    }
}

pub fn check_oauth_scopes(scopes: &[String]) -> std::result::Result<(), String> {
    if let Some(bad) = scopes
        .iter()
        .find(|s| s.is_empty() || s.chars().any(|c| c.is_whitespace() || c == '"'))
    {
        return Err(format!(
            "{bad:?} is not a scope: one word each, such as `transition:generic`"
        ));
    }
    if !scopes.iter().any(|s| s == "atproto") {
        return Err(format!(
            "the scopes {scopes:?} lack `atproto`, which every atproto OAuth login needs"
        ));
    }
    Ok(())
}

fn check_url(field: &str, url: &str) -> Result<()> {
    match reqwest::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(()),
        _ => Err(
            Error::config(format!("{field} {url:?} is not an http(s) URL"))
                .with_help("for example https://bsky.social"),
        ),
    }
}

/// Maps a configured log level to a tracing filter directive.
pub fn tracing_level(level: &str) -> Result<&'static str> {
    match level.to_ascii_lowercase().as_str() {
        "trace" => Ok("trace"),
        "debug" => Ok("debug"),
        "info" => Ok("info"),
        "warn" | "warning" => Ok("warn"),
        "error" => Ok("error"),
        "off" => Ok("off"),
        other => Err(Error::config(format!(
            "log level {other:?} is not one of trace, debug, info, warn, error, off"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct MapEnv(Vec<(&'static str, &'static str)>);
    impl Env for MapEnv {
        fn var(&self, key: &str) -> Option<String> {
            self.0
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        }
        fn vars(&self) -> Vec<(String, String)> {
            self.0
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        }
    }

    fn load(yaml: &str, env: Vec<(&'static str, &'static str)>, flags: Flags) -> Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.yaml");
        std::fs::write(&path, yaml).unwrap();
        let flags = Flags {
            config: Some(path),
            ..flags
        };
        Config::load(&flags, &MapEnv(env))
    }

    #[test]
    fn oauth_scopes_need_atproto_and_single_words() {
        let e = load(
            "oauth_scopes: [transition:generic]\n",
            vec![],
            Flags::default(),
        )
        .unwrap_err();
        assert_eq!(e.kind, crate::error::Kind::Config);
        assert!(e.message.starts_with("oauth_scopes: "), "{}", e.message);
        assert!(e.message.contains("lack `atproto`"), "{}", e.message);
        let e = load(
            "oauth_scopes: [atproto, \"a b\"]\n",
            vec![],
            Flags::default(),
        )
        .unwrap_err();
        assert!(
            e.message.contains("\"a b\" is not a scope"),
            "{}",
            e.message
        );
        let ok = load(
            "oauth_scopes: [atproto, transition:chat.bsky]\n",
            vec![],
            Flags::default(),
        );
        assert_eq!(
            ok.unwrap().oauth_scopes,
            ["atproto", "transition:chat.bsky"]
        );
    }

    #[test]
    fn the_chat_service_is_a_did_and_a_service_id() {
        let default = load("", vec![], Flags::default()).unwrap();
        assert_eq!(default.chat_service, DEFAULT_CHAT_SERVICE);
        let env = vec![(
            "MCP_BLUESKY__CHAT_SERVICE",
            "did:web:localhost%3A7000#bsky_chat",
        )];
        let local = load("", env, Flags::default()).unwrap();
        assert_eq!(local.chat_service, "did:web:localhost%3A7000#bsky_chat");
        for bad in [
            "api.bsky.chat",
            "did:web:api.bsky.chat",
            "did:#x",
            "did:web:a#",
        ] {
            let e = load(
                &format!("chat_service: \"{bad}\"\n"),
                vec![],
                Flags::default(),
            )
            .unwrap_err();
            assert!(
                e.message.contains(&format!(
                    "chat_service {bad:?} is not a DID and a service id"
                )),
                "{}",
                e.message
            );
        }
    }

    #[test]
    fn confirm_writes_is_global_unless_an_account_says_otherwise() {
        let yaml = "confirm_writes: true\naccounts:\n  work: {handle: w.test, confirm_writes: false}\n  home: {handle: h.test}\n";
        let c = load(yaml, vec![], Flags::default()).unwrap();
        assert!(!c.confirm_writes_for("work"));
        assert!(c.confirm_writes_for("home"));
        let c = load(
            "accounts:\n  a: {handle: a.test, confirm_writes: true}\n",
            vec![],
            Flags::default(),
        )
        .unwrap();
        assert!(c.confirm_writes_for("a"));
        assert!(!c.confirm_writes_for("someone-else"));
    }

    #[test]
    fn unknown_key_names_file_line_and_key() {
        let err = load(
            "pds_url: https://example.com\nfoo: 1\n",
            vec![],
            Flags::default(),
        )
        .unwrap_err();
        assert!(err.message.contains("config.yaml"), "{err}");
        assert!(err.message.contains("line 2"), "{err}");
        assert!(err.message.contains("unknown field `foo`"), "{err}");
    }

    #[test]
    fn wrong_type_names_line_and_key() {
        let err = load("rate_limit:\n  requests: many\n", vec![], Flags::default()).unwrap_err();
        assert!(err.message.contains("line 2"), "{err}");
        assert!(err.message.contains("requests"), "{err}");
    }

    #[test]
    fn precedence_is_flags_then_env_then_file() {
        let yaml = "pds_url: https://file.example\nlog_level: warn\n";
        let cfg = load(yaml, vec![], Flags::default()).unwrap();
        assert_eq!(cfg.pds_url, "https://file.example");
        let env = vec![
            ("BLUESKY_PDS_URL", "https://env.example"),
            ("LOG_LEVEL", "error"),
        ];
        let cfg = load(yaml, env.clone(), Flags::default()).unwrap();
        assert_eq!(cfg.pds_url, "https://env.example");
        assert_eq!(cfg.log_level.as_deref(), Some("error"));
        let flags = Flags {
            pds_url: Some("https://flag.example".into()),
            ..Flags::default()
        };
        let cfg = load(yaml, env, flags).unwrap();
        assert_eq!(cfg.pds_url, "https://flag.example");
    }

    #[test]
    fn nested_env_sets_sections() {
        let env = vec![("MCP_BLUESKY__RATE_LIMIT__REQUESTS", "42")];
        let cfg = load("", env, Flags::default()).unwrap();
        assert_eq!(cfg.rate_limit_requests, 42);
        let env = vec![("MCP_BLUESKY__RATE_LIMIT__REQUESTS", "lots")];
        let err = load("", env, Flags::default()).unwrap_err();
        assert!(
            err.message.contains("MCP_BLUESKY__RATE_LIMIT__REQUESTS"),
            "{err}"
        );
    }

    #[test]
    fn env_username_becomes_default_account_with_password() {
        let env = vec![
            ("BLUESKY_USERNAME", "@Alice.test"),
            ("BLUESKY_PASSWORD", "pw"),
        ];
        let cfg = load("", env, Flags::default()).unwrap();
        assert_eq!(cfg.default_account.as_deref(), Some("alice.test"));
        let account = &cfg.accounts["alice.test"];
        assert!(matches!(account.password, PasswordSource::Env(_)));
        let shown = serde_yaml::to_string(&cfg.redacted()).unwrap();
        assert!(!shown.contains("pw\n"), "{shown}");
        assert!(shown.contains("<redacted>"), "{shown}");
    }

    #[test]
    fn inline_password_is_refused_with_help() {
        let yaml = "accounts:\n  main:\n    handle: a.test\n    password: hunter2\n";
        let err = load(yaml, vec![], Flags::default()).unwrap_err();
        assert!(err.message.contains("line 4"), "{err}");
        assert!(err.help.unwrap().contains("password_file"));
    }

    #[test]
    fn bad_env_number_names_variable() {
        let err = load("", vec![("RATE_LIMIT_WINDOW", "soon")], Flags::default()).unwrap_err();
        assert!(err.message.contains("RATE_LIMIT_WINDOW"), "{err}");
    }
}

/// Property tests: `PROPTEST_CASES=100000 cargo test properties` for a long run.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    struct NoEnv;
    impl Env for NoEnv {
        fn var(&self, _: &str) -> Option<String> {
            None
        }
        fn vars(&self) -> Vec<(String, String)> {
            Vec::new()
        }
    }

    /// YAML made of real and unknown keys with values of every kind.
    fn yaml() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            Just("pds_url"),
            Just("default_account"),
            Just("langs"),
            Just("tools"),
            Just("toolsets"),
            Just("rate_limit"),
            Just("image_max_bytes"),
            Just("accounts"),
            Just("link_cards"),
            Just("media_dirs"),
            Just("confirm_writes"),
            Just("unknown_key"),
        ];
        let value = prop_oneof![
            Just("true".to_string()),
            Just("12".to_string()),
            Just("-1".to_string()),
            Just("[en, 7]".to_string()),
            Just("{requests: 5, window: 0}".to_string()),
            Just("{main: {handle: a.test, password_file: /x, password_command: y}}".to_string()),
            Just("~".to_string()),
            "[a-z:/. ]{0,20}",
            "\\PC{0,20}",
        ];
        prop::collection::vec((key, value), 0..6).prop_map(|entries| {
            entries
                .into_iter()
                .map(|(k, v)| format!("{k}: {v}\n"))
                .collect()
        })
    }

    proptest! {
        #[test]
        fn any_file_loads_or_says_what_is_wrong_with_it(text in prop_oneof![yaml(), "\\PC{0,200}"]) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("config.yaml");
            std::fs::write(&path, &text).unwrap();
            let flags = Flags { config: Some(path.clone()), ..Flags::default() };
            if let Err(e) = Config::load(&flags, &NoEnv) {
                prop_assert!(!e.message.is_empty());
                if text.contains("unknown_key: ") && serde_yaml::from_str::<serde_yaml::Value>(&text).is_ok() {
                    prop_assert!(e.message.contains("config.yaml"), "{}", e.message);
                }
            }
        }
    }
}
