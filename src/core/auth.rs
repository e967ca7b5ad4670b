//! `mcp-bluesky auth login|logout|list|default`: app-password sessions.
//! A command-line operation only; agents never log in.

use std::io::{BufRead, IsTerminal};

use secrecy::SecretString;
use serde::Serialize;

use super::{Ctx, Render, Style};
use crate::bsky::accounts::{KnownAccount, read_password, session_expiry};
use crate::error::{Error, Result};

/// What `auth` does.
#[derive(Debug)]
pub enum AuthCommand {
    Login(LoginInput),
    Logout { account: Option<String> },
    List,
    Default { account: String },
}

/// Who logs in, and where the password comes from.
#[derive(Debug)]
pub struct LoginInput {
    /// Handle (with or without @), DID or email; default: the configured account's handle.
    pub handle: Option<String>,
    /// Name to refer to this account by; default: the configured alias or the handle.
    pub alias: Option<String>,
    /// Read the password from the first line of stdin.
    pub password_stdin: bool,
}

/// One account as `auth list` shows it.
#[derive(Debug, Serialize)]
pub struct AccountRow {
    pub alias: String,
    pub handle: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub did: Option<String>,
    pub pds_url: String,
    pub default: bool,
    pub configured: bool,
    pub logged_in: bool,
    /// When the stored session's refresh token expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_expires_at: Option<String>,
}

impl From<KnownAccount> for AccountRow {
    fn from(k: KnownAccount) -> Self {
        AccountRow {
            session_expires_at: k
                .session
                .as_ref()
                .and_then(session_expiry)
                .map(|t| t.to_rfc3339()),
            logged_in: k.session.is_some(),
            alias: k.alias,
            handle: k.handle,
            did: k.did,
            pds_url: k.pds_url,
            default: k.is_default,
            configured: k.configured,
        }
    }
}

#[derive(Debug, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum AuthOutput {
    LoggedIn {
        alias: String,
        handle: String,
        did: String,
        pds_url: String,
    },
    LoggedOut {
        alias: String,
        had_session: bool,
    },
    List {
        accounts: Vec<AccountRow>,
    },
    Default {
        alias: String,
    },
}

pub struct Auth;

impl Auth {
    pub async fn run(ctx: &Ctx, command: AuthCommand) -> Result<AuthOutput> {
        let accounts = &ctx.accounts;
        match command {
            AuthCommand::Login(args) => login(ctx, args).await,
            AuthCommand::Logout { account } => {
                let (alias, had_session) = accounts.logout(account.as_deref()).await?;
                Ok(AuthOutput::LoggedOut { alias, had_session })
            }
            AuthCommand::List => Ok(AuthOutput::List {
                accounts: accounts
                    .known()?
                    .into_iter()
                    .map(AccountRow::from)
                    .collect(),
            }),
            AuthCommand::Default { account } => Ok(AuthOutput::Default {
                alias: accounts.set_default(&account)?,
            }),
        }
    }
}

async fn login(ctx: &Ctx, args: LoginInput) -> Result<AuthOutput> {
    let config = ctx.config();
    let configured = match (&args.alias, &args.handle) {
        (Some(alias), _) => config.accounts.get(alias),
        (None, Some(_)) => None,
        (None, None) => ctx
            .accounts
            .default_alias()
            .and_then(|d| config.accounts.get(&d)),
    };
    let handle = args
        .handle
        .clone()
        .or_else(|| configured.map(|a| a.handle.clone()))
        .ok_or_else(|| {
            Error::input("which account? pass its handle")
                .with_help("mcp-bluesky auth login alice.bsky.social")
        })?;
    let handle = crate::config::normalize_handle(&handle);
    let configured = configured.or_else(|| config.accounts.values().find(|a| a.handle == handle));
    let password = if args.password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| Error::input(format!("cannot read the password from stdin: {e}")))?;
        Some(SecretString::from(
            line.trim_end_matches(['\n', '\r']).to_string(),
        ))
    } else {
        match configured {
            Some(account) => read_password(&account.password)?,
            None => None,
        }
    };
    let password = match password {
        Some(p) => p,
        None if std::io::stdin().is_terminal() => {
            let typed = rpassword::prompt_password(format!("App password for {handle}: "))
                .map_err(|e| Error::input(format!("cannot read the password: {e}")))?;
            SecretString::from(typed)
        }
        None => {
            return Err(Error::input(format!("no password for {handle}"))
                .with_help("pipe it with --password-stdin, set BLUESKY_PASSWORD, or run in a terminal to be asked"));
        }
    };
    let alias = args
        .alias
        .as_deref()
        .or(configured.map(|a| a.alias.as_str()));
    let pds = ctx.accounts.login(alias, &handle, &password).await?;
    let session = pds.session();
    Ok(AuthOutput::LoggedIn {
        alias: session.alias,
        handle: session.handle,
        did: session.did,
        pds_url: session.pds_url,
    })
}

impl Render for AuthOutput {
    fn render(&self, style: &Style) -> String {
        match self {
            AuthOutput::LoggedIn {
                alias,
                handle,
                did,
                pds_url,
            } => format!(
                "{} as @{handle} ({did}) on {pds_url}; account alias `{alias}`\n",
                style.good("Logged in")
            ),
            AuthOutput::LoggedOut {
                alias,
                had_session: true,
            } => {
                format!("Logged out of `{alias}`; its session is deleted.\n")
            }
            AuthOutput::LoggedOut {
                alias,
                had_session: false,
            } => {
                format!("`{alias}` had no stored session.\n")
            }
            AuthOutput::Default { alias } => format!("`{alias}` is now the default account.\n"),
            AuthOutput::List { accounts } if accounts.is_empty() => {
                "No accounts. Log in with `mcp-bluesky auth login HANDLE`.\n".into()
            }
            AuthOutput::List { accounts } => {
                let width = accounts.iter().map(|a| a.alias.len()).max().unwrap_or(0);
                let mut out = String::new();
                for a in accounts {
                    let marker = if a.default { "*" } else { " " };
                    let state = match (&a.session_expires_at, a.logged_in) {
                        (Some(exp), true) => style.good(&format!("logged in (until {exp})")),
                        (None, true) => style.good("logged in"),
                        _ => style.bad("not logged in"),
                    };
                    out.push_str(&format!(
                        "{marker} {:width$}  @{}  {}  {state}\n",
                        a.alias, a.handle, a.pds_url
                    ));
                }
                out
            }
        }
    }
}
