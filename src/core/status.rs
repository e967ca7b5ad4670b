//! `mcp-bluesky status`: is everything in order? Config, accounts, sessions,
//! PDS reachability. Exits non-zero when something is wrong, so it doubles as
//! a health check.

use serde::Serialize;

use super::health::Budget;
use super::{Ctx, Render, Style};
use crate::config::PasswordSource;
use crate::error::Result;

/// Which accounts `status` checks.
#[derive(Debug)]
pub struct StatusInput {
    /// Check only this account (alias or handle).
    pub account: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct StatusOutput {
    pub ok: bool,
    /// The config file read, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_file: Option<String>,
    pub state_dir: String,
    pub accounts: Vec<AccountStatus>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct AccountStatus {
    pub alias: String,
    pub handle: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub did: Option<String>,
    pub default: bool,
    pub pds_url: String,
    pub pds_reachable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pds_latency_ms: Option<f64>,
    /// `valid`, `invalid`, `expired` (past the refresh token's expiry or the
    /// OAuth grant's lifetime), `none` (not logged in) or `pending` (a password
    /// is configured; the first call logs in).
    pub session: &'static str,
    /// `app_password` or `oauth`, when a session is stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_expires_at: Option<String>,
    /// What is left of the request budget: mcp-bluesky's own, and the PDS's
    /// as its last answer said.
    pub rate_limit: Budget,
}

pub struct Status;

impl Status {
    pub async fn run(ctx: &Ctx, input: StatusInput) -> Result<StatusOutput> {
        let config = ctx.config();
        let only = input
            .account
            .as_deref()
            .map(|a| ctx.accounts.resolve(Some(a)))
            .transpose()?;
        let mut problems = Vec::new();
        let mut rows = Vec::new();
        let known = ctx.accounts.known()?;
        if known.is_empty() {
            problems.push("no account is set up: run `mcp-bluesky auth login HANDLE`".to_string());
        }
        for account in known
            .into_iter()
            .filter(|k| only.as_ref().is_none_or(|o| *o == k.alias))
        {
            let ping = ctx.accounts.ping(&account.pds_url).await;
            if let Err(e) = &ping {
                problems.push(format!(
                    "{}: PDS {} does not answer: {e}",
                    account.alias, account.pds_url
                ));
            }
            let ended = account
                .session
                .as_ref()
                .and_then(|s| s.expires_at())
                .filter(|t| *t <= chrono::Utc::now());
            let (session, expires) = match &account.session {
                // Past its refresh token's expiry or its OAuth grant's lifetime:
                // said without asking the PDS.
                Some(stored) if ended.is_some() => {
                    let how = if stored.kind() == "oauth" {
                        " --oauth"
                    } else {
                        ""
                    };
                    problems.push(format!(
                        "{}: the session ended at {}: log in again: `mcp-bluesky auth login{how} --alias {} {}`",
                        account.alias,
                        ended.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)).unwrap_or_default(),
                        account.alias,
                        account.handle
                    ));
                    ("expired", ended)
                }
                Some(_) => match ctx.connect(Some(&account.alias)).await {
                    Ok(pds) => match pds.check_session().await {
                        Ok(_) => ("valid", pds.session().expires_at()),
                        Err(e) => {
                            problems.push(format!("{}: {}", account.alias, e.message));
                            ("invalid", None)
                        }
                    },
                    Err(e) => {
                        problems.push(format!("{}: {}", account.alias, e.message));
                        ("invalid", None)
                    }
                },
                None => {
                    let has_password = config
                        .accounts
                        .get(&account.alias)
                        .is_some_and(|a| !matches!(a.password, PasswordSource::None));
                    if has_password {
                        ("pending", None)
                    } else {
                        problems.push(format!(
                            "{}: not logged in: run `mcp-bluesky auth login --alias {} {}`",
                            account.alias, account.alias, account.handle
                        ));
                        ("none", None)
                    }
                }
            };
            let rate_limit = ctx.accounts.limiter(&account.alias).budget().into();
            rows.push(AccountStatus {
                login: account.session.as_ref().map(|s| s.kind()),
                rate_limit,
                did: account.did.clone(),
                default: account.is_default,
                pds_reachable: ping.is_ok(),
                pds_latency_ms: ping
                    .ok()
                    .map(|d| (d.as_secs_f64() * 10_000.0).round() / 10.0),
                session,
                session_expires_at: expires
                    .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
                alias: account.alias,
                handle: account.handle,
                pds_url: account.pds_url,
            });
        }
        Ok(StatusOutput {
            ok: problems.is_empty(),
            config_file: config.file.as_ref().map(|p| p.display().to_string()),
            state_dir: config.state_dir.display().to_string(),
            accounts: rows,
            problems,
        })
    }
}

impl Render for StatusOutput {
    fn render(&self, style: &Style) -> String {
        let mut out = format!(
            "config:   {}\nstate:    {}\n",
            self.config_file
                .as_deref()
                .unwrap_or("none (defaults and environment)"),
            self.state_dir
        );
        for a in &self.accounts {
            let marker = if a.default { " (default)" } else { "" };
            let pds = match a.pds_latency_ms {
                Some(ms) => style.good(&format!("reachable in {ms} ms")),
                None => style.bad("unreachable"),
            };
            let session = match (a.session, a.login) {
                ("valid", Some("oauth")) => style.good("valid (OAuth)"),
                ("valid", _) => style.good("valid"),
                ("pending", _) => "logs in on first use".to_string(),
                (other, _) => style.bad(other),
            };
            out.push_str(&format!(
                "account:  {}{marker}: @{}\n  pds:     {} {pds}\n  session: {session}",
                style.bold(&a.alias),
                a.handle,
                a.pds_url
            ));
            if let Some(exp) = &a.session_expires_at {
                out.push_str(&format!(" until {exp}"));
            }
            let b = &a.rate_limit;
            out.push_str(&format!(
                "\n  budget:  {} of {} calls now, {} per {} s in all",
                b.available, b.burst, b.requests, b.window_secs
            ));
            if let Some(server) = &b.server {
                out.push_str(&format!(
                    "; the PDS allows {} more of {} until {}",
                    server.remaining,
                    server.limit,
                    server.reset.format("%H:%M:%S UTC")
                ));
            }
            out.push('\n');
        }
        if self.ok {
            out.push_str(&format!("{}\n", style.good("all good")));
        }
        for p in &self.problems {
            out.push_str(&format!("{} {p}\n", style.bad("problem:")));
        }
        out
    }

    fn success(&self) -> bool {
        self.ok
    }
}
