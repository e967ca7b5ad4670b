//! `mcp-bluesky thread URI`: a post in its thread (`bluesky_get_replies`).

use clap::Args;

use crate::cli::args::AccountArg;
use crate::core::thread::{DEFAULT_DEPTH, DEFAULT_PARENT_HEIGHT, RepliesInput};

#[derive(Debug, Args)]
pub struct ThreadArgs {
    /// The post: its at:// URI or bsky.app URL.
    pub uri: String,
    /// How many levels of replies to include, 0 to 1000.
    #[arg(long, default_value_t = DEFAULT_DEPTH)]
    pub depth: u32,
    /// How many posts above it (parents) to include, 0 to 1000.
    #[arg(long, default_value_t = DEFAULT_PARENT_HEIGHT)]
    pub parent_height: u32,
    #[command(flatten)]
    pub account: AccountArg,
}

impl From<ThreadArgs> for RepliesInput {
    fn from(args: ThreadArgs) -> Self {
        RepliesInput {
            uri: args.uri,
            depth: args.depth,
            parent_height: args.parent_height,
            account: args.account.into(),
        }
    }
}
