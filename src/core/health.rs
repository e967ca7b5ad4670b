//! Liveness for a running server (`/healthz`): whether the default account's
//! PDS answers, and how fast.

use serde::Serialize;

use super::Ctx;
pub use crate::bsky::limits::Budget;

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
    ctx.accounts.budgets()
}
