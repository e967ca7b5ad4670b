//! `mcp-bluesky profile [HANDLE]`: an account's profile (`bluesky_get_profile`).

use clap::Args;

use crate::cli::args::AccountArg;
use crate::core::profile::ProfileInput;

#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// The account: a handle (with or without @), a DID or a bsky.app profile URL. Default: your own.
    pub handle: Option<String>,
    #[command(flatten)]
    pub account: AccountArg,
}

impl From<ProfileArgs> for ProfileInput {
    fn from(args: ProfileArgs) -> Self {
        ProfileInput {
            handle: args.handle,
            account: args.account.into(),
        }
    }
}
