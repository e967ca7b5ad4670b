//! `mcp-bluesky test`: a self-test of the setup.

use clap::Args;

use crate::core::test::SelfTestInput;

/// Test the setup end to end and say what to fix.
///
/// Checks the configuration, the account's session and PDS, reads the
/// account's profile and builds a post without publishing it (a dry run).
/// Nothing is posted. Exits with 1 when a check fails.
#[derive(Debug, Args)]
pub struct TestArgs {
    /// Test this account (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    pub account: Option<String>,
}

impl From<TestArgs> for SelfTestInput {
    fn from(args: TestArgs) -> Self {
        SelfTestInput {
            account: args.account,
        }
    }
}
