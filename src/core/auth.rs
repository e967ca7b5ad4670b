//! `mcp-bluesky auth login|logout|list|default`: app-password and OAuth
//! sessions. A command-line operation only; agents never log in.

use std::io::{BufRead, IsTerminal};
use std::time::Duration;

use secrecy::SecretString;
use serde::Serialize;

use super::{Ctx, Render, Style};
use crate::bsky::accounts::{KnownAccount, read_password};
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
    /// Log in through the browser (OAuth) instead of with a password.
    pub oauth: Option<OAuthLogin>,
}

/// How an OAuth login runs.
#[derive(Debug)]
pub struct OAuthLogin {
    /// Print the sign-in address instead of opening a browser.
    pub no_browser: bool,
    /// Default: the configured `oauth_scopes`.
    pub scopes: Option<Vec<String>>,
    /// How long to wait for the browser to come back.
    pub timeout: Duration,
    /// The callback's port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
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
    /// `app_password` or `oauth`, when logged in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<&'static str>,
    /// When the stored session ends at the latest (the refresh token's
    /// expiry, or the end of the OAuth grant's lifetime).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_expires_at: Option<String>,
}

impl From<KnownAccount> for AccountRow {
    fn from(k: KnownAccount) -> Self {
        AccountRow {
            session_expires_at: k
                .session
                .as_ref()
                .and_then(|s| s.expires_at())
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            login: k.session.as_ref().map(|s| s.kind()),
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
        /// `app_password` or `oauth`.
        login: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        session_expires_at: Option<String>,
    },
    LoggedOut {
        alias: String,
        had_session: bool,
        /// Why the PDS did not revoke the session, if it did not.
        #[serde(skip_serializing_if = "Option::is_none")]
        revoke_error: Option<String>,
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
                let out = accounts.logout(account.as_deref()).await?;
                Ok(AuthOutput::LoggedOut {
                    alias: out.alias,
                    had_session: out.had_session,
                    revoke_error: out.revoke_error,
                })
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
    let pds_url = config.pds_for(configured);
    let handle = args
        .handle
        .clone()
        .or_else(|| configured.map(|a| a.handle.clone()))
        // Without a handle, an OAuth login may start at an https PDS, whose
        // sign-in page asks for it.
        .or_else(|| {
            (args.oauth.is_some() && pds_url.starts_with("https://")).then(|| pds_url.to_string())
        })
        .ok_or_else(|| {
            Error::input("which account? pass its handle")
                .with_help("mcp-bluesky auth login alice.bsky.social")
        })?;
    let handle = match handle.starts_with("https://") {
        true => handle,
        false => crate::config::normalize_handle(&handle),
    };
    let configured = configured.or_else(|| config.accounts.values().find(|a| a.handle == handle));
    let alias = args
        .alias
        .as_deref()
        .or(configured.map(|a| a.alias.as_str()));
    if let Some(oauth) = &args.oauth {
        return login_oauth(ctx, alias, &handle, oauth).await;
    }
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
    let pds = ctx.accounts.login(alias, &handle, &password).await?;
    Ok(logged_in(pds.session()))
}

/// The OAuth login: the sign-in page opens in a browser (or its address is
/// printed alone on a line of stderr), and the grant is stored once the
/// browser comes back to the callback.
async fn login_oauth(
    ctx: &Ctx,
    alias: Option<&str>,
    input: &str,
    oauth: &OAuthLogin,
) -> Result<AuthOutput> {
    let scopes = match &oauth.scopes {
        Some(given) => {
            crate::config::check_oauth_scopes(given)
                .map_err(|e| Error::input(format!("--scope: {e}")))?;
            given.clone()
        }
        None => ctx.config().oauth_scopes.clone(),
    };
    let pending = ctx
        .accounts
        .start_oauth(alias, input, scopes, oauth.port)
        .await?;
    let url = pending.url();
    let opened = !oauth.no_browser && has_display() && open::that_detached(url).is_ok();
    let wait = oauth.timeout.as_secs();
    if opened {
        eprintln!(
            "Sign in and authorize in the browser that opened (waiting up to {wait} s); if none did, open:"
        );
    } else {
        eprintln!(
            "Open this address in a browser to sign in and authorize (waiting up to {wait} s):"
        );
    }
    eprintln!("{url}");
    let pds = ctx
        .accounts
        .finish_oauth(alias, pending, oauth.timeout)
        .await?;
    Ok(logged_in(pds.session()))
}

/// Whether a browser could show a window: always on macOS and Windows,
/// elsewhere only with an X11 or Wayland display.
fn has_display() -> bool {
    cfg!(any(target_os = "macos", target_os = "windows"))
        || ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|v| !v.is_empty()))
}

fn logged_in(session: crate::bsky::session::Session) -> AuthOutput {
    AuthOutput::LoggedIn {
        login: session.kind(),
        session_expires_at: session
            .expires_at()
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        alias: session.alias,
        handle: session.handle,
        did: session.did,
        pds_url: session.pds_url,
    }
}

impl Render for AuthOutput {
    fn render(&self, style: &Style) -> String {
        match self {
            AuthOutput::LoggedIn {
                alias,
                handle,
                did,
                pds_url,
                login,
                session_expires_at,
            } => {
                let how = match *login {
                    "oauth" => "with OAuth",
                    _ => "with an app password",
                };
                let until = session_expires_at
                    .as_ref()
                    .map(|t| format!(" until {t} at the latest"))
                    .unwrap_or_default();
                format!(
                    "{} as @{handle} ({did}) on {pds_url} {how}{until}; account alias `{alias}`\n",
                    style.good("Logged in")
                )
            }
            AuthOutput::LoggedOut {
                alias,
                had_session: true,
                revoke_error: None,
            } => {
                format!(
                    "Logged out of `{alias}`; the PDS revoked its session and it is deleted here.\n"
                )
            }
            AuthOutput::LoggedOut {
                alias,
                had_session: true,
                revoke_error: Some(e),
            } => {
                format!(
                    "Logged out of `{alias}`; its session is deleted here, but the PDS did not revoke it ({e}).\n"
                )
            }
            AuthOutput::LoggedOut {
                alias,
                had_session: false,
                ..
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
                    let how = match a.login {
                        Some("oauth") => " with OAuth",
                        Some(_) => " with an app password",
                        None => "",
                    };
                    let state = match (&a.session_expires_at, a.logged_in) {
                        (Some(exp), true) => style.good(&format!("logged in{how} (until {exp})")),
                        (None, true) => style.good(&format!("logged in{how}")),
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
