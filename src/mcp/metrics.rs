//! Counters for `/metrics`: calls, errors and latency per tool, labelled
//! with its toolset too, in the Prometheus text format.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use crate::core::health::Budget;
use crate::db::PoolStatus;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 10] = [0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];

#[derive(Default)]
struct ToolStats {
    calls: u64,
    errors: u64,
    seconds: f64,
    /// Calls at or under each bucket's bound.
    buckets: [u64; BUCKETS.len()],
}

#[derive(Default)]
pub struct Metrics {
    /// By the labels `toolset="…",tool="…"`.
    tools: Mutex<BTreeMap<String, ToolStats>>,
}

impl Metrics {
    pub fn record(&self, toolset: &str, tool: &str, took: Duration, failed: bool) {
        let mut tools = self.tools.lock().unwrap_or_else(|e| e.into_inner());
        let labels = format!("toolset=\"{toolset}\",tool=\"{tool}\"");
        let stats = tools.entry(labels).or_default();
        let secs = took.as_secs_f64();
        stats.calls += 1;
        stats.errors += u64::from(failed);
        stats.seconds += secs;
        for (bound, count) in BUCKETS.iter().zip(stats.buckets.iter_mut()) {
            if secs <= *bound {
                *count += 1;
            }
        }
    }

    /// The counters, and each account's rate-limit budget.
    pub fn render(&self, budgets: &[(String, Budget)]) -> String {
        let tools = self.tools.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = String::from(
            "# HELP mcp_bluesky_tool_calls_total Tool calls, by toolset and tool.\n# TYPE mcp_bluesky_tool_calls_total counter\n",
        );
        for (labels, s) in tools.iter() {
            out.push_str(&format!(
                "mcp_bluesky_tool_calls_total{{{labels}}} {}\n",
                s.calls
            ));
        }
        out.push_str("# HELP mcp_bluesky_tool_errors_total Tool calls that failed, by toolset and tool.\n# TYPE mcp_bluesky_tool_errors_total counter\n");
        for (labels, s) in tools.iter() {
            out.push_str(&format!(
                "mcp_bluesky_tool_errors_total{{{labels}}} {}\n",
                s.errors
            ));
        }
        out.push_str("# HELP mcp_bluesky_tool_duration_seconds Tool call latency.\n# TYPE mcp_bluesky_tool_duration_seconds histogram\n");
        for (labels, s) in tools.iter() {
            for (bound, count) in BUCKETS.iter().zip(s.buckets.iter()) {
                out.push_str(&format!(
                    "mcp_bluesky_tool_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {count}\n"
                ));
            }
            out.push_str(&format!(
                "mcp_bluesky_tool_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}\n",
                s.calls
            ));
            out.push_str(&format!(
                "mcp_bluesky_tool_duration_seconds_sum{{{labels}}} {}\n",
                s.seconds
            ));
            out.push_str(&format!(
                "mcp_bluesky_tool_duration_seconds_count{{{labels}}} {}\n",
                s.calls
            ));
        }
        out.push_str("# HELP mcp_bluesky_rate_limit_available Calls an account may make now under mcp-bluesky's own limit.\n# TYPE mcp_bluesky_rate_limit_available gauge\n");
        for (account, b) in budgets {
            out.push_str(&format!(
                "mcp_bluesky_rate_limit_available{{account=\"{account}\"}} {}\n",
                b.available
            ));
        }
        out.push_str("# HELP mcp_bluesky_rate_limit_server_remaining Calls left in the PDS's own budget, as it last said.\n# TYPE mcp_bluesky_rate_limit_server_remaining gauge\n");
        for (account, b) in budgets {
            if let Some(server) = b.server {
                out.push_str(&format!(
                    "mcp_bluesky_rate_limit_server_remaining{{account=\"{account}\"}} {}\n",
                    server.remaining
                ));
            }
        }
        out
    }
}

/// A hosted instance's database connections, as gauges.
pub fn render_pool(pool: &PoolStatus) -> String {
    format!(
        "# HELP mcp_bluesky_db_connections This instance's database connections, by state.\n\
         # TYPE mcp_bluesky_db_connections gauge\n\
         mcp_bluesky_db_connections{{state=\"idle\"}} {}\n\
         mcp_bluesky_db_connections{{state=\"busy\"}} {}\n\
         # HELP mcp_bluesky_db_connections_max The most database connections this instance opens.\n\
         # TYPE mcp_bluesky_db_connections_max gauge\n\
         mcp_bluesky_db_connections_max {}\n\
         # HELP mcp_bluesky_db_waiting Requests waiting for a database connection.\n\
         # TYPE mcp_bluesky_db_waiting gauge\n\
         mcp_bluesky_db_waiting {}\n",
        pool.idle, pool.busy, pool.max, pool.waiting
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_buckets() {
        let m = Metrics::default();
        m.record("read", "bluesky_get_feed", Duration::from_millis(30), false);
        m.record("read", "bluesky_get_feed", Duration::from_millis(700), true);
        let budget = Budget {
            available: 30,
            burst: 30,
            requests: 300,
            window_secs: 900,
            server: None,
        };
        let text = m.render(&[("main".to_string(), budget)]);
        assert!(
            text.contains(
                "mcp_bluesky_tool_calls_total{toolset=\"read\",tool=\"bluesky_get_feed\"} 2\n"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "mcp_bluesky_tool_errors_total{toolset=\"read\",tool=\"bluesky_get_feed\"} 1\n"
            ),
            "{text}"
        );
        assert!(text.contains("le=\"0.05\"} 1\n"), "{text}");
        assert!(text.contains("le=\"1\"} 2\n"), "{text}");
        assert!(
            text.contains("mcp_bluesky_rate_limit_available{account=\"main\"} 30\n"),
            "{text}"
        );
    }
}
