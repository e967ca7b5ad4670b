//! `mcp-bluesky auth login|logout|list|default`: app-password sessions.

use clap::{Args, Subcommand};

use crate::core::auth::{AuthCommand, LoginInput};

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
    /// Log in with an app password and store the session.
    ///
    /// The password comes from --password-stdin, BLUESKY_PASSWORD, the account's
    /// password_file or password_command, or a prompt (without echo) on a terminal.
    /// Create an app password in Bluesky: Settings → Privacy and security → App passwords.
    Login(LoginArgs),
    /// Forget an account's session and revoke it on its PDS.
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
    /// Handle (with or without @), DID or email; default: the configured account's handle.
    pub handle: Option<String>,
    /// Name to refer to this account by; default: the configured alias or the handle.
    #[arg(long)]
    pub alias: Option<String>,
    /// Read the password from the first line of stdin.
    #[arg(long)]
    pub password_stdin: bool,
}

impl From<AuthArgs> for AuthCommand {
    fn from(args: AuthArgs) -> Self {
        match args.command {
            AuthSubcommand::Login(login) => AuthCommand::Login(LoginInput {
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
