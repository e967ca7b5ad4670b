//! Rate limits, client side: a token bucket per account in front of every XRPC
//! call, what the server says of its own budget (`RateLimit-*` headers and a
//! 429's `Retry-After`), and a budget for logins kept on disk, because Bluesky
//! locks out accounts that log in too often.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::PoisonError;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use reqwest::header::HeaderMap;
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::{Error, Result, io_error};

/// A call waits this long at most for its turn; longer waits fail at once.
pub const MAX_WAIT: Duration = Duration::from_secs(20);

/// The share of the refill rate kept back for network jitter.
const JITTER_MARGIN: f64 = 0.05;

/// Logins allowed per account: under Bluesky's 30 per 5 minutes and 300 a day.
const LOGINS: [(u32, i64); 2] = [(20, 5 * 60), (200, 24 * 60 * 60)];

/// The server's own budget, from its last answer.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ServerBudget {
    pub limit: u64,
    pub remaining: u64,
    pub reset: DateTime<Utc>,
}

/// How much of the budget is left, for `status` and `/metrics`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Budget {
    /// Calls that may go now.
    pub available: u32,
    pub burst: u32,
    pub requests: u32,
    pub window_secs: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<ServerBudget>,
}

/// At most `requests` calls in any window of `window`, `burst` of them at
/// once: a bucket of `burst` tokens refilled at (requests − burst) / window,
/// less a margin so that network jitter cannot push the count the server sees
/// over the limit.
#[derive(Debug)]
pub struct RateLimiter {
    account: String,
    requests: u32,
    window: Duration,
    burst: f64,
    per_second: f64,
    state: Mutex<State>,
    /// On a hosted server, the bucket is a row every instance spends from.
    shared: Option<Db>,
}

#[derive(Debug)]
struct State {
    /// May be negative: calls that have reserved a turn in the future.
    tokens: f64,
    at: Instant,
    server: Option<ServerBudget>,
}

impl RateLimiter {
    pub fn new(account: &str, requests: u32, window: Duration, burst: u32) -> Self {
        let per_second = f64::from(requests - burst) * (1.0 - JITTER_MARGIN) / window.as_secs_f64();
        RateLimiter {
            account: account.to_string(),
            requests,
            window,
            burst: f64::from(burst),
            per_second,
            state: Mutex::new(State {
                tokens: f64::from(burst),
                at: Instant::now(),
                server: None,
            }),
            shared: None,
        }
    }

    /// This limiter, with its bucket in the database under the account's name.
    pub fn shared(self, db: Db) -> Self {
        RateLimiter {
            shared: Some(db),
            ..self
        }
    }

    /// Takes a turn from the database's bucket: how long until it comes
    /// (zero when a token was there). One statement, so instances spending
    /// at once each take their own token.
    async fn take_shared(&self, db: &Db) -> Result<Duration> {
        let what = "take a turn from the rate budget";
        let client = db.client().await?;
        // Prepared once per connection: one round trip per call after that.
        let take = client
            .prepare_cached(
                "INSERT INTO rate_budgets (account, tokens, updated_at)
                 VALUES ($1, $2::float8 - 1, clock_timestamp())
                 ON CONFLICT (account) DO UPDATE SET
                   tokens = least($2::float8, rate_budgets.tokens + extract(epoch FROM clock_timestamp()
                     - rate_budgets.updated_at)::float8 * $3::float8) - 1,
                   updated_at = clock_timestamp()
                 RETURNING tokens",
            )
            .await
            .map_err(crate::db::error(what))?;
        let tokens: f64 = client
            .query_one(&take, &[&self.account, &self.burst, &self.per_second])
            .await
            .map_err(crate::db::error(what))?
            .get(0);
        Ok(if tokens >= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(-tokens / self.per_second)
        })
    }

    /// Gives back a turn taken from the database's bucket and not used.
    async fn give_back(&self, db: &Db) -> Result<()> {
        db.client()
            .await?
            .execute(
                "UPDATE rate_budgets SET tokens = tokens + 1 WHERE account = $1",
                &[&self.account],
            )
            .await
            .map_err(crate::db::error("give back a turn of the rate budget"))?;
        Ok(())
    }

    /// Waits for this call's turn, or fails at once, saying when to retry,
    /// when the turn is more than [`MAX_WAIT`] away.
    pub async fn acquire(&self) -> Result<()> {
        if let Some(db) = &self.shared {
            let own_wait = self.take_shared(db).await?;
            let server_wait = self.server_wait();
            if own_wait > MAX_WAIT || server_wait > MAX_WAIT {
                self.give_back(db).await?;
                return Err(if own_wait > MAX_WAIT {
                    self.own_limit_error(own_wait)
                } else {
                    server_limit_error(&self.account, server_wait)
                });
            }
            return Self::wait(&self.account, own_wait.max(server_wait)).await;
        }
        let wait = {
            let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
            let now = Instant::now();
            state.tokens = (state.tokens
                + now.duration_since(state.at).as_secs_f64() * self.per_second)
                .min(self.burst);
            state.at = now;
            let server_wait = state
                .server
                .filter(|s| s.remaining == 0)
                .and_then(|s| (s.reset - Utc::now()).to_std().ok())
                .unwrap_or_default();
            let own_wait = if state.tokens >= 1.0 {
                Duration::ZERO
            } else {
                Duration::from_secs_f64((1.0 - state.tokens) / self.per_second)
            };
            if own_wait > MAX_WAIT {
                return Err(self.own_limit_error(own_wait));
            }
            if server_wait > MAX_WAIT {
                return Err(server_limit_error(&self.account, server_wait));
            }
            state.tokens -= 1.0;
            own_wait.max(server_wait)
        };
        Self::wait(&self.account, wait).await
    }

    async fn wait(account: &str, wait: Duration) -> Result<()> {
        if !wait.is_zero() {
            tracing::info!(%account, wait_ms = wait.as_millis() as u64, "waiting for the rate limit");
            tokio::time::sleep(wait).await;
        }
        Ok(())
    }

    /// How long Bluesky's own budget, as last heard, says to wait.
    fn server_wait(&self) -> Duration {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .server
            .filter(|s| s.remaining == 0)
            .and_then(|s| (s.reset - Utc::now()).to_std().ok())
            .unwrap_or_default()
    }

    /// Takes in the server's `RateLimit-*` headers; a 429 empties its budget
    /// until `retry_at`.
    pub fn observe(&self, headers: &HeaderMap, limited_until: Option<DateTime<Utc>>) {
        let number = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
        };
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if let (Some(limit), Some(remaining), Some(reset)) = (
            number("ratelimit-limit"),
            number("ratelimit-remaining"),
            number("ratelimit-reset"),
        ) && let Some(reset) = DateTime::from_timestamp(reset as i64, 0)
        {
            state.server = Some(ServerBudget {
                limit,
                remaining,
                reset,
            });
        }
        if let Some(until) = limited_until {
            let limit = state.server.map_or(0, |s| s.limit);
            state.server = Some(ServerBudget {
                limit,
                remaining: 0,
                reset: until,
            });
        }
    }

    pub fn budget(&self) -> Budget {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let tokens =
            (state.tokens + state.at.elapsed().as_secs_f64() * self.per_second).min(self.burst);
        Budget {
            available: tokens.max(0.0).floor() as u32,
            burst: self.burst as u32,
            requests: self.requests,
            window_secs: self.window.as_secs(),
            server: state.server.filter(|s| s.reset > Utc::now()),
        }
    }

    fn own_limit_error(&self, wait: Duration) -> Error {
        Error::remote(format!(
            "account `{}` has used its request budget: mcp-bluesky sends at most {} requests per {} s",
            self.account,
            self.requests,
            self.window.as_secs()
        ))
        .with_help(format!(
            "{}, or raise rate_limit in the configuration (Bluesky's own limits still apply)",
            retry_in(wait)
        ))
    }
}

fn server_limit_error(account: &str, wait: Duration) -> Error {
    Error::remote(format!(
        "Bluesky's rate limit for account `{account}` is used up"
    ))
    .with_help(retry_in(wait))
}

fn retry_in(wait: Duration) -> String {
    let at = Utc::now() + chrono::Duration::from_std(wait).unwrap_or_default();
    format!(
        "retry after {} (in {} s)",
        at.format("%H:%M:%S UTC"),
        (wait.as_secs_f64().ceil() as u64).max(1)
    )
}

/// Recent logins of one account, kept next to its session so that every
/// process (CLI, server) counts them.
pub struct LoginBudget {
    path: PathBuf,
}

#[derive(Default, Serialize, Deserialize)]
struct Logins {
    at: Vec<DateTime<Utc>>,
}

impl LoginBudget {
    pub fn new(state_dir: &std::path::Path, alias: &str) -> Self {
        LoginBudget {
            path: state_dir.join("logins").join(format!("{alias}.json")),
        }
    }

    /// Records a login about to happen, or refuses it while the budget is spent.
    pub fn spend(&self, alias: &str) -> Result<()> {
        let mut logins: Logins = std::fs::read(&self.path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        let now = Utc::now();
        logins
            .at
            .retain(|t| now.signed_duration_since(*t).num_seconds() < LOGINS[1].1);
        for (allowed, window) in LOGINS {
            let recent: Vec<&DateTime<Utc>> = logins
                .at
                .iter()
                .filter(|t| now.signed_duration_since(**t).num_seconds() < window)
                .collect();
            let oldest = recent.iter().min().copied();
            if let Some(&oldest) = oldest.filter(|_| recent.len() >= allowed as usize) {
                let wait = (oldest + chrono::Duration::seconds(window) - now)
                    .to_std()
                    .unwrap_or_default();
                return Err(Error::auth(format!(
                    "account `{alias}` logged in {allowed} times in the last {}; more could get it locked out by Bluesky",
                    describe(window)
                ))
                .with_help(retry_in(wait)));
            }
        }
        logins.at.push(now);
        let dir = self.path.parent().unwrap_or(std::path::Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| io_error("create", dir, e))?;
        let json = serde_json::to_vec(&logins)
            .map_err(|e| Error::io(format!("the login record did not serialize: {e}")))?;
        crate::bsky::session::write_private_atomically(&self.path, &json)
    }
}

fn describe(seconds: i64) -> String {
    if seconds >= 3600 {
        format!("{} hours", seconds / 3600)
    } else {
        format!("{} minutes", seconds / 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn never_more_than_requests_per_window() {
        let limiter = RateLimiter::new("a", 10, Duration::from_secs(2), 4);
        let start = tokio::time::Instant::now();
        let mut times = Vec::new();
        for _ in 0..40 {
            limiter.acquire().await.unwrap();
            times.push(start.elapsed().as_secs_f64());
        }
        for (i, t) in times.iter().enumerate() {
            let in_window = times[i..].iter().filter(|u| **u < t + 2.0).count();
            assert!(in_window <= 10, "{in_window} calls in 2 s from {t}");
        }
        assert_eq!(
            times.iter().filter(|t| **t == 0.0).count(),
            4,
            "the burst goes at once"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn long_waits_fail_with_when_to_retry() {
        let limiter = RateLimiter::new("a", 2, Duration::from_secs(100), 1);
        limiter.acquire().await.unwrap();
        let e = limiter.acquire().await.unwrap_err();
        assert!(
            e.message.contains("at most 2 requests per 100 s"),
            "{}",
            e.message
        );
        assert!(
            e.help.unwrap().contains("(in 106 s)"),
            "100 s, less the margin for jitter"
        );
    }

    #[tokio::test]
    async fn a_spent_server_budget_waits_or_fails() {
        let limiter = RateLimiter::new("a", 100, Duration::from_secs(1), 10);
        let mut headers = HeaderMap::new();
        let reset = (Utc::now() + chrono::Duration::seconds(600)).timestamp();
        headers.insert("ratelimit-limit", "3000".parse().unwrap());
        headers.insert("ratelimit-remaining", "0".parse().unwrap());
        headers.insert("ratelimit-reset", reset.to_string().parse().unwrap());
        limiter.observe(&headers, None);
        let e = limiter.acquire().await.unwrap_err();
        assert!(e.message.contains("Bluesky's rate limit"), "{}", e.message);
        assert_eq!(limiter.budget().server.unwrap().limit, 3000);
    }

    #[test]
    fn logins_are_refused_before_bluesky_would_lock_the_account() {
        let dir = tempfile::tempdir().unwrap();
        let budget = LoginBudget::new(dir.path(), "main");
        for _ in 0..LOGINS[0].0 {
            budget.spend("main").unwrap();
        }
        let e = budget.spend("main").unwrap_err();
        assert!(
            e.message
                .contains("logged in 20 times in the last 5 minutes"),
            "{}",
            e.message
        );
        assert!(LoginBudget::new(dir.path(), "other").spend("other").is_ok());
    }
}
