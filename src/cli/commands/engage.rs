//! `like`, `unlike`, `repost`, `unrepost` (a post) and `follow`, `unfollow`
//! (an account): each runs the MCP tool of its name.

use clap::Args;

use crate::cli::args::{AccountArg, DryRunArg};
use crate::core::follow::ActorInput;
use crate::core::like::PostActionInput;

#[derive(Debug, Args)]
pub struct PostActionArgs {
    /// The post: its at:// URI or bsky.app URL.
    pub uri: String,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

impl From<PostActionArgs> for PostActionInput {
    fn from(args: PostActionArgs) -> Self {
        PostActionInput {
            uri: args.uri,
            account: args.account.into(),
            dry_run: args.dry_run.into(),
        }
    }
}

#[derive(Debug, Args)]
pub struct ActorArgs {
    /// The account: a handle (with or without @), a DID, or a bsky.app profile URL.
    pub handle: String,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

impl From<ActorArgs> for ActorInput {
    fn from(args: ActorArgs) -> Self {
        ActorInput {
            handle: args.handle,
            account: args.account.into(),
            dry_run: args.dry_run.into(),
        }
    }
}
