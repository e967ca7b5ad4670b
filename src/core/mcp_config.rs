//! `mcp-bluesky mcp-config CLIENT`: the entry that registers this binary as an
//! MCP server in a client's configuration, ready to paste.

use serde::Serialize;
use serde_json::{Value, json};

use super::{Ctx, Render, Style};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Client {
    /// Claude Desktop: claude_desktop_config.json
    Claude,
    /// VS Code: .vscode/mcp.json (or the user's mcp.json)
    Vscode,
    /// Cursor: ~/.cursor/mcp.json
    Cursor,
    /// Zed: settings.json
    Zed,
    /// OpenAI Codex CLI: ~/.codex/config.toml
    Codex,
}

/// Which client's entry to print, and how the server runs.
#[derive(Debug)]
pub struct McpConfigInput {
    /// The client to configure.
    pub client: Client,
    /// The server's name in the client.
    pub name: String,
    /// Offer only read-only tools.
    pub read_only: bool,
    /// The toolsets to offer; none: the server's default.
    pub toolsets: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct McpConfigOutput {
    pub client: Client,
    /// Where the entry goes.
    pub file: &'static str,
    /// The entry: JSON for most clients, TOML text for Codex.
    pub entry: Value,
}

pub struct McpConfig;

impl McpConfig {
    pub async fn run(ctx: &Ctx, input: McpConfigInput) -> Result<McpConfigOutput> {
        let exe = std::env::current_exe()
            .and_then(|p| p.canonicalize())
            .map_err(|e| Error::io(format!("cannot tell where this binary is: {e}")))?;
        let command = exe.display().to_string();
        let mut args = vec!["serve".to_string()];
        if let Some(file) = &ctx.config().file {
            args.splice(0..0, ["--config".to_string(), file.display().to_string()]);
        }
        if !input.toolsets.is_empty() {
            // Checked here, not when the client first starts the server.
            super::select(&input.toolsets, &[], false)?;
            args.extend(["--toolsets".to_string(), input.toolsets.join(",")]);
        }
        if input.read_only {
            args.push("--read-only".into());
        }
        let server = json!({"command": command, "args": args});
        let name = input.name;
        let (file, entry) = match input.client {
            Client::Claude => (
                "claude_desktop_config.json",
                json!({"mcpServers": {name: server}}),
            ),
            Client::Cursor => ("~/.cursor/mcp.json", json!({"mcpServers": {name: server}})),
            Client::Vscode => (
                ".vscode/mcp.json",
                json!({"servers": {name: {"type": "stdio", "command": command, "args": args}}}),
            ),
            Client::Zed => (
                "~/.config/zed/settings.json",
                json!({"context_servers": {name: {"source": "custom", "command": command, "args": args}}}),
            ),
            Client::Codex => {
                let quoted: Vec<String> = args.iter().map(|a| toml_string(a)).collect();
                let text = format!(
                    "[mcp_servers.{name}]\ncommand = {}\nargs = [{}]\n",
                    toml_string(&command),
                    quoted.join(", ")
                );
                ("~/.codex/config.toml", Value::String(text))
            }
        };
        Ok(McpConfigOutput {
            client: input.client,
            file,
            entry,
        })
    }
}

/// A TOML basic string (JSON string escaping is valid TOML).
fn toml_string(s: &str) -> String {
    Value::String(s.to_string()).to_string()
}

impl Render for McpConfigOutput {
    fn render(&self, _style: &Style) -> String {
        match &self.entry {
            Value::String(toml) => toml.clone(),
            entry => format!(
                "{}\n",
                serde_json::to_string_pretty(entry).unwrap_or_default()
            ),
        }
    }
}
