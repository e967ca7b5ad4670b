//! Liveness for a running server (`/healthz`): whether the default account's
//! PDS answers, and how fast.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Ctx;
use crate::bsky::limits;

/// What is left of an account's request budget, for `status` and `/metrics`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Budget {
    /// Calls that may go now.
    pub available: u32,
    pub burst: u32,
    pub requests: u32,
    pub window_secs: u64,
    /// The PDS's own budget, as its last answer said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<ServerBudget>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct ServerBudget {
    pub limit: u64,
    pub remaining: u64,
    pub reset: DateTime<Utc>,
}

impl From<limits::Budget> for Budget {
    fn from(b: limits::Budget) -> Self {
        Budget {
            available: b.available,
            burst: b.burst,
            requests: b.requests,
            window_secs: b.window_secs,
            server: b.server.map(|s| ServerBudget {
                limit: s.limit,
                remaining: s.remaining,
                reset: s.reset,
            }),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Health {
    pub ok: bool,
    pub pds: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pds_latency_ms: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

pub async fn check(ctx: &Ctx) -> Health {
    let pds = ctx.accounts.default_pds();
    match ctx.accounts.ping(&pds).await {
        Ok(took) => Health {
            ok: true,
            pds,
            pds_latency_ms: Some(took.as_secs_f64() * 1000.0),
            error: None,
        },
        Err(e) => Health {
            ok: false,
            pds,
            pds_latency_ms: None,
            error: Some(e),
        },
    }
}

/// The request budget of every account that has made calls, by alias ("" for
/// calls made without an account).
pub fn budgets(ctx: &Ctx) -> Vec<(String, Budget)> {
    ctx.accounts
        .budgets()
        .into_iter()
        .map(|(alias, budget)| (alias, budget.into()))
        .collect()
}
