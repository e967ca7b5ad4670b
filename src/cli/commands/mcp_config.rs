//! `mcp-bluesky mcp-config CLIENT`: a client's configuration entry.

use clap::Args;

use crate::core::mcp_config::{Client, McpConfigInput};

/// Print the configuration entry that runs this server in an MCP client.
///
/// The entry runs this very binary (by its absolute path) with `serve`. Log in
/// first (`mcp-bluesky auth login`): the server uses the stored session.
#[derive(Debug, Args)]
pub struct McpConfigArgs {
    /// The client to configure.
    #[arg(value_enum)]
    pub client: Client,
    /// The server's name in the client.
    #[arg(long, default_value = "bluesky")]
    pub name: String,
    /// Offer only read-only tools.
    #[arg(long)]
    pub read_only: bool,
    /// Offer these toolsets (comma-separated: read, post, engage, default, all).
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub toolsets: Vec<String>,
}

impl From<McpConfigArgs> for McpConfigInput {
    fn from(args: McpConfigArgs) -> Self {
        McpConfigInput {
            client: args.client,
            name: args.name,
            read_only: args.read_only,
            toolsets: args.toolsets,
        }
    }
}
