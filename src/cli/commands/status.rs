//! `mcp-bluesky status`: is everything in order?

use clap::Args;

use crate::core::status::StatusInput;

/// Check the configuration, accounts, sessions and PDS reachability.
///
/// Shows the config file in use, each account's session and its expiry, and how
/// fast its PDS answers. Exits with 1 when something needs fixing, so it works
/// as a health check.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Check only this account (alias or handle).
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    pub account: Option<String>,
}

impl From<StatusArgs> for StatusInput {
    fn from(args: StatusArgs) -> Self {
        StatusInput {
            account: args.account,
        }
    }
}
