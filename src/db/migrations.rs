//! The schema, as numbered steps shipped in the binary. Every instance runs
//! them at start, one instance at a time (an advisory lock), so instances
//! started together do not race; a step that ran is never run again.

use tokio_postgres::Client;

use super::error;
use crate::error::{Error, Result};

/// Any number that no other user of the database takes for an advisory lock.
const LOCK: i64 = 0x6d63_705f_626c_7579;

const STEPS: &[&str] = &[
    // 1: atproto sessions, MCP clients, codes and tokens, logins in progress, rate budgets.
    "CREATE TABLE atproto_sessions (
        did text PRIMARY KEY,
        handle text NOT NULL,
        sealed bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_used timestamptz
    );
    CREATE TABLE mcp_clients (
        client_id text PRIMARY KEY,
        client_name text,
        redirect_uris text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE pending_logins (
        state text PRIMARY KEY,
        sealed bytea NOT NULL,
        expires_at timestamptz NOT NULL
    );
    CREATE TABLE auth_codes (
        code_hash bytea PRIMARY KEY,
        client_id text NOT NULL,
        did text NOT NULL,
        redirect_uri text NOT NULL,
        code_challenge text NOT NULL,
        resource text NOT NULL,
        scope text NOT NULL,
        expires_at timestamptz NOT NULL
    );
    CREATE TABLE tokens (
        token_hash bytea PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('access', 'refresh')),
        client_id text NOT NULL,
        did text NOT NULL,
        resource text NOT NULL,
        scope text NOT NULL,
        expires_at timestamptz NOT NULL
    );
    CREATE INDEX tokens_by_did ON tokens (did);
    CREATE TABLE rate_budgets (
        account text PRIMARY KEY,
        tokens double precision NOT NULL,
        updated_at timestamptz NOT NULL
    );",
];

pub async fn run(client: &mut Client) -> Result<()> {
    let tx = client
        .transaction()
        .await
        .map_err(error("start the schema update"))?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK])
        .await
        .map_err(error("wait for other instances' schema update"))?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_steps (
            step integer PRIMARY KEY,
            ran_at timestamptz NOT NULL DEFAULT now()
        )",
    )
    .await
    .map_err(error("make the schema_steps table"))?;
    let done: i32 = tx
        .query_one("SELECT coalesce(max(step), 0) FROM schema_steps", &[])
        .await
        .map_err(error("read the schema version"))?
        .get(0);
    let known = i32::try_from(STEPS.len()).unwrap_or(i32::MAX);
    if done > known {
        return Err(Error::config(format!(
            "the database's schema is at step {done}, newer than this program's {known}"
        ))
        .with_help("run the newer mcp-bluesky, or restore the database from before it"));
    }
    for (step, sql) in (1..).zip(STEPS).skip(usize::try_from(done).unwrap_or(0)) {
        tx.batch_execute(sql)
            .await
            .map_err(error(&format!("run schema step {step}")))?;
        tx.execute("INSERT INTO schema_steps (step) VALUES ($1)", &[&step])
            .await
            .map_err(error("record the schema step"))?;
        tracing::info!(step, "database schema updated");
    }
    tx.commit().await.map_err(error("commit the schema update"))
}
