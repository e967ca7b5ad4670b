//! `mcp-bluesky auth login|logout|list|default`: app-password and OAuth sessions.

use std::time::Duration;

use clap::{Args, Subcommand};

use crate::core::auth::{AuthCommand, LoginInput, OAuthLogin};

/// Log in and out, list accounts, choose the default one.
///
/// Sessions are stored in the state directory ($XDG_STATE_HOME/mcp-bluesky) with
/// mode 0600 and shared by the CLI and the MCP server, so nothing logs in per call.
#[derive(Debug, Args)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthSubcommand,
}

#[derive(Debug, Subcommand)]
pub enum AuthSubcommand {
    /// Log in with an app password, or in the browser with --oauth, and store the session.
    ///
    /// The password comes from --password-stdin, BLUESKY_PASSWORD, the account's
    /// password_file or password_command, or a prompt (without echo) on a terminal.
    /// Create an app password in Bluesky: Settings → Privacy and security → App passwords.
    ///
    /// With --oauth no password is handed over: the PDS's own sign-in page opens in a
    /// browser (two-factor login included), and the grant comes back to a listener on
    /// 127.0.0.1. Without a display, or with --no-browser, the page's address is printed
    /// alone on one line of stderr: open it anywhere that reaches this machine's
    /// 127.0.0.1 (over `ssh -L PORT:127.0.0.1:PORT` with --port PORT, say).
    Login(LoginArgs),
    /// Forget an account's session and revoke it (or its OAuth grant) on its PDS.
    Logout {
        /// Alias or handle; default: the default account.
        account: Option<String>,
    },
    /// List the accounts and the state of their sessions.
    List,
    /// Make an account the default for commands and tools that name none.
    Default {
        /// Alias or handle.
        account: String,
    },
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Handle (with or without @), DID or email (OAuth: handle or DID); default: the
    /// configured account's handle.
    pub handle: Option<String>,
    /// Name to refer to this account by; default: the configured alias or the handle.
    #[arg(long, visible_alias = "account")]
    pub alias: Option<String>,
    /// Read the password from the first line of stdin.
    #[arg(long, conflicts_with = "oauth")]
    pub password_stdin: bool,
    /// Log in through the browser (atproto OAuth) instead of with an app password.
    #[arg(long)]
    pub oauth: bool,
    /// With --oauth: print the sign-in address instead of opening a browser.
    #[arg(long, requires = "oauth")]
    pub no_browser: bool,
    /// With --oauth: a scope to ask for instead of the configured oauth_scopes
    /// (repeat for more; `atproto` is required).
    #[arg(long = "scope", value_name = "SCOPE", requires = "oauth")]
    pub scopes: Vec<String>,
    /// With --oauth: seconds to wait for the browser to come back.
    #[arg(long, value_name = "SECONDS", default_value_t = 300, requires = "oauth",
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub timeout: u64,
    /// With --oauth: the callback's port on 127.0.0.1 (default: a free one).
    #[arg(long, value_name = "PORT", default_value_t = 0, requires = "oauth")]
    pub port: u16,
}

impl From<AuthArgs> for AuthCommand {
    fn from(args: AuthArgs) -> Self {
        match args.command {
            AuthSubcommand::Login(login) => AuthCommand::Login(LoginInput {
                oauth: login.oauth.then(|| OAuthLogin {
                    no_browser: login.no_browser,
                    scopes: (!login.scopes.is_empty()).then_some(login.scopes),
                    timeout: Duration::from_secs(login.timeout),
                    port: login.port,
                }),
                handle: login.handle,
                alias: login.alias,
                password_stdin: login.password_stdin,
            }),
            AuthSubcommand::Logout { account } => AuthCommand::Logout { account },
            AuthSubcommand::List => AuthCommand::List,
            AuthSubcommand::Default { account } => AuthCommand::Default { account },
        }
    }
}
