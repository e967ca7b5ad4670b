//! `mcp-bluesky serve`: the MCP server's options. The server itself is the
//! MCP front end's; `main` starts it.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::config::Config;
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
    /// A file holding the bearer token HTTP clients must send (at least 16 characters).
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
}

impl ServeArgs {
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
