//! `mcp-bluesky serve`: the MCP server's options. The server itself is the
//! MCP front end's; `main` starts it.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use secrecy::{ExposeSecret, SecretString};

use super::hosted::database_url;
use crate::config::Config;
use crate::core::hosted::HostedArgsCore;
use crate::core::{self, AnyTool, Toolset};
use crate::error::{Error, Result};

/// Where `serve --transport http` listens without `--listen`.
const DEFAULT_LISTEN: ([u8; 4], u16) = ([127, 0, 0, 1], 8080);

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Transport {
    /// JSON-RPC over stdin and stdout
    Stdio,
    /// Streamable HTTP at /mcp, with /healthz and /metrics
    Http,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// How MCP clients connect [default: stdio; http with --listen or --port]
    #[arg(long, value_enum)]
    pub transport: Option<Transport>,
    /// Serve HTTP on this address [default with --transport http: 127.0.0.1:8080]. Anything but loopback needs --token-file.
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<SocketAddr>,
    /// HTTP on 127.0.0.1 and this port (the same as --transport http --listen 127.0.0.1:PORT).
    #[arg(long, value_name = "PORT", conflicts_with = "listen")]
    pub port: Option<u16>,
    /// A file holding the bearer token HTTP clients must send (at least 16
    /// characters); with --hosted, the operator's token that /metrics asks for.
    #[arg(
        long,
        value_name = "FILE",
        env = "MCP_BLUESKY_TOKEN_FILE",
        hide_env_values = true
    )]
    pub token_file: Option<PathBuf>,
    /// With HTTP: most MCP sessions open at once; more are refused with 503 until
    /// one ends (sessions idle for 30 minutes end by themselves).
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_sessions: u32,
    /// Log at debug level (same as --log-level debug).
    #[arg(long)]
    pub debug: bool,
    /// With HTTP: accept requests only for this `Host` (repeatable), such as
    /// mcp.example.org behind a reverse proxy. Default: any off loopback (the
    /// token guards the server); on loopback, loopback names only, plus these.
    #[arg(long = "allowed-host", value_name = "HOST[:PORT]")]
    pub allowed_hosts: Vec<String>,
    /// With HTTP: a browser origin allowed to call besides loopback ones
    /// (repeatable), such as https://app.example.org; `:*` allows any port.
    /// Requests without an Origin (every non-browser client) are not affected.
    #[arg(long = "allowed-origin", value_name = "ORIGIN")]
    pub allowed_origins: Vec<String>,
    /// Offer only the tools that change nothing (reading, searching), whatever
    /// the toolsets and tools.
    #[arg(long)]
    pub read_only: bool,
    /// Offer these groups of tools (comma-separated): read, post, engage, graph,
    /// moderation, lists, drafts, `default` (all but moderation and lists),
    /// `all` (all but chat), and chat (direct messages: only when named). Over
    /// the `toolsets` setting [default: default]
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub toolsets: Option<Vec<String>>,
    /// Offer these tools too (comma-separated names); alone, only these. Over the `tools` setting.
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub tools: Option<Vec<String>>,
    /// Print the tools this selection offers, each with its toolset, and exit.
    #[arg(long)]
    pub list_tools: bool,
    /// Serve many people over HTTP, each signing in with their own Bluesky
    /// account (OAuth); all state in PostgreSQL, so instances can share the
    /// load. Needs --listen, and --public-url, a database and the key files
    /// (or the config's `hosted:` settings).
    #[arg(long)]
    pub hosted: bool,
    /// With --hosted: the address people and MCP clients reach the server at
    /// (https://host[:port]), behind a reverse proxy its outside address.
    #[arg(long, value_name = "URL", requires = "hosted")]
    pub public_url: Option<url::Url>,
    #[command(flatten)]
    pub state: HostedStateArgs,
    /// With --hosted: serve HTTPS with this certificate chain (PEM); without
    /// it, plain HTTP for a reverse proxy that terminates TLS.
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// With --tls-cert: its private key (PEM).
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}

fn secret_value(value: &str) -> std::result::Result<SecretString, std::convert::Infallible> {
    Ok(SecretString::from(value))
}

impl HostedStateArgs {
    /// The options, over the config's `hosted:` settings, checked: both key
    /// files named, the database URL read.
    pub fn core(&self, config: &Config) -> Result<HostedArgsCore> {
        let settings = &config.hosted;
        let pick =
            |flag: &Option<PathBuf>, set: &Option<PathBuf>| flag.clone().or_else(|| set.clone());
        let (Some(client_key_file), Some(state_key_file)) = (
            pick(&self.client_key_file, &settings.client_key_file),
            pick(&self.state_key_file, &settings.state_key_file),
        ) else {
            return Err(Error::input(
                "a hosted server needs --client-key-file and --state-key-file",
            )
            .with_help("make both with `mcp-bluesky hosted keygen --out DIR`"));
        };
        Ok(HostedArgsCore {
            database_url: database_url(
                self.database_url.as_ref().map(ExposeSecret::expose_secret),
                pick(&self.database_url_file, &settings.database_url_file).as_deref(),
            )?,
            database_ca_file: settings.database_ca_file.clone(),
            client_key_file,
            state_key_file,
        })
    }
}

/// `serve --hosted`, its options gathered from flags and config.
pub struct Hosting {
    pub state: HostedArgsCore,
    pub public_url: url::Url,
    /// The certificate chain and key to serve HTTPS with.
    pub tls: Option<(PathBuf, PathBuf)>,
    pub trusted_proxies: Vec<ipnet::IpNet>,
}

/// Where a hosted server's state and keys are (`serve --hosted`, `hosted`).
#[derive(Debug, Args)]
pub struct HostedStateArgs {
    /// A hosted server's PostgreSQL URL, without a password (peer or
    /// certificate authentication): postgres://USER@HOST/DATABASE. Over
    /// --database-url-file.
    // A secret type, so that Debug never shows it (a URL with a password is
    // refused, but only after parsing).
    #[arg(long, value_name = "URL", value_parser = secret_value)]
    pub database_url: Option<SecretString>,
    /// A hosted server's file holding the PostgreSQL URL [default: the DATABASE_URL variable].
    #[arg(long, value_name = "FILE", env = "MCP_BLUESKY_DATABASE_URL_FILE")]
    pub database_url_file: Option<PathBuf>,
    /// A hosted server's OAuth client key (a private P-256 JWK) from `hosted keygen`.
    #[arg(long, value_name = "FILE", env = "MCP_BLUESKY_CLIENT_KEY_FILE")]
    pub client_key_file: Option<PathBuf>,
    /// The key that seals a hosted server's sessions in the database, from `hosted keygen`.
    #[arg(long, value_name = "FILE", env = "MCP_BLUESKY_STATE_KEY_FILE")]
    pub state_key_file: Option<PathBuf>,
}

impl ServeArgs {
    /// `--hosted`'s options, checked.
    pub fn hosted(&self, config: &Config) -> Result<Option<Hosting>> {
        if !self.hosted {
            return Ok(None);
        }
        let settings = &config.hosted;
        let public = match (&self.public_url, &settings.public_url) {
            (Some(flag), _) => flag.clone(),
            (None, Some(set)) => url::Url::parse(set).map_err(|e| {
                Error::config(format!("hosted.public_url {set:?} is not a URL: {e}"))
            })?,
            (None, None) => {
                return Err(Error::input(
                    "--hosted needs --public-url https://host[:port] (or hosted.public_url in the config)",
                ));
            }
        };
        if public.scheme() != "https" && public.scheme() != "http" || public.host_str().is_none() {
            return Err(Error::input(format!(
                "--public-url {public}: give the server's outside address, https://host[:port]"
            )));
        }
        if public.path() != "/" || public.query().is_some() {
            return Err(Error::input(format!(
                "--public-url {public}: give the address without a path; MCP is served at /mcp"
            )));
        }
        let tls = match (
            self.tls_cert.clone().or_else(|| settings.tls_cert.clone()),
            self.tls_key.clone().or_else(|| settings.tls_key.clone()),
        ) {
            (Some(cert), Some(key)) => Some((cert, key)),
            (None, None) => None,
            _ => {
                return Err(Error::input(
                    "HTTPS needs both a certificate and its key (--tls-cert and --tls-key, or hosted.tls_cert and hosted.tls_key)",
                ));
            }
        };
        Ok(Some(Hosting {
            state: self.state.core(config)?,
            public_url: public,
            tls,
            trusted_proxies: match &settings.trusted_proxies {
                Some(proxies) => crate::config::parse_networks("hosted.trusted_proxies", proxies)?,
                // A proxy on this machine, the usual setup without --tls-cert.
                None => [
                    std::net::Ipv4Addr::LOCALHOST.into(),
                    std::net::Ipv6Addr::LOCALHOST.into(),
                ]
                .into_iter()
                .map(|ip: std::net::IpAddr| ipnet::IpNet::from(ip))
                .collect(),
            },
        }))
    }

    /// Where to listen, when serving over HTTP: `--listen` or `--port` mean
    /// HTTP without `--transport`; with `--transport stdio` they are a mistake.
    pub fn http_listen(&self) -> Result<Option<SocketAddr>> {
        let address = match (self.port, self.listen) {
            (Some(port), _) => Some(SocketAddr::from(([127, 0, 0, 1], port))),
            (None, listen) => listen,
        };
        match (self.transport, address) {
            (Some(Transport::Stdio), Some(address)) => Err(Error::input(format!(
                "--transport stdio cannot listen on {address}"
            ))
            .with_help("drop --transport stdio to serve HTTP there, or drop --listen/--port")),
            (Some(Transport::Stdio), None) => Ok(None),
            (Some(Transport::Http), None) => Ok(Some(DEFAULT_LISTEN.into())),
            (_, address) => Ok(address),
        }
    }

    /// The tools to offer: the flags' toolsets and tools, else the settings'.
    pub fn offered(&self, config: &Config) -> Result<Vec<&'static dyn AnyTool>> {
        let toolsets = self.toolsets.as_ref().or(config.toolsets.as_ref());
        let tools = self.tools.as_ref().or(config.tools.as_ref());
        let selected = core::select(
            toolsets.map_or(&[][..], Vec::as_slice),
            tools.map_or(&[][..], Vec::as_slice),
            self.read_only,
        )?;
        // With `write_mode: drafts`, tools that cannot save a draft are not offered.
        Ok(selected
            .into_iter()
            .filter(|t| core::draft::mode::offered(config.write_mode, &t.spec()))
            .collect())
    }
}

/// `--list-tools`: the tools by toolset, one a line, and what each may do;
/// with `--json`, a list of `{name, toolset, effect}`.
pub fn list_tools(tools: &[&dyn AnyTool], json: bool) -> String {
    let mut rows: Vec<(&str, &str, &str)> = Vec::new();
    for set in Toolset::ALL {
        for spec in tools.iter().map(|t| t.spec()).filter(|s| s.toolset == set) {
            let effect = if spec.hints.read_only {
                "read-only"
            } else if spec.hints.destructive {
                "deletes"
            } else {
                "writes"
            };
            rows.push((spec.name, set.name(), effect));
        }
    }
    if json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|(name, toolset, effect)| {
                serde_json::json!({"name": name, "toolset": toolset, "effect": effect})
            })
            .collect();
        return format!("{}\n", serde_json::Value::Array(list));
    }
    let width = rows.iter().map(|(name, ..)| name.len()).max().unwrap_or(0);
    rows.iter()
        .map(|(name, toolset, effect)| format!("{name:<width$}  {toolset:<7} {effect}\n"))
        .collect()
}
