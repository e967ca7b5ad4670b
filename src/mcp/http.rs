//! MCP over streamable HTTP at `/mcp`, with `/healthz` and `/metrics`.
//!
//! Loopback by default. Any other address needs a bearer token, compared in
//! constant time. `Host` and `Origin` are checked against loopback names (DNS
//! rebinding), request bodies are capped, sessions are capped in number and
//! end after 30 idle minutes, and SIGTERM or Ctrl-C stops taking requests and
//! lets the ones in flight finish.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;
use tokio_util::sync::CancellationToken;

use super::Server;
use crate::error::{Error, Result, io_error};

/// Largest request body: room for a base64 image of 15 MB.
const MAX_BODY_BYTES: usize = 24 * 1024 * 1024;

/// A session nobody used for this long ends.
const SESSION_IDLE: Duration = Duration::from_secs(30 * 60);

pub struct HttpOptions {
    pub listen: SocketAddr,
    pub token_file: Option<PathBuf>,
    /// Most MCP sessions open at once.
    pub max_sessions: usize,
}

#[derive(Clone)]
struct Shared {
    server: Server,
    token: Option<Arc<SecretString>>,
    sessions: Arc<LocalSessionManager>,
    max_sessions: usize,
}

pub async fn serve(server: Server, options: HttpOptions) -> Result<()> {
    let token = match &options.token_file {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| io_error("read the token file", path, e))?;
            let token = text.trim().to_string();
            if token.len() < 16 {
                return Err(Error::config(format!(
                    "the token in {} is {} characters; use at least 16",
                    path.display(),
                    token.len()
                )));
            }
            Some(Arc::new(SecretString::from(token)))
        }
        None => None,
    };
    let loopback = options.listen.ip().is_loopback();
    if !loopback && token.is_none() {
        return Err(Error::config(format!(
            "listening on {} (not loopback) needs a bearer token",
            options.listen
        ))
        .with_help("pass --token-file FILE (or MCP_BLUESKY_TOKEN_FILE), or listen on 127.0.0.1"));
    }
    let cancel = CancellationToken::new();
    let mut hosts = vec![
        "localhost".to_string(),
        "127.0.0.1".to_string(),
        "::1".to_string(),
    ];
    if !loopback {
        hosts.push(options.listen.ip().to_string());
    }
    let config = StreamableHttpServerConfig::default()
        .with_allowed_hosts(hosts)
        .with_allowed_origins(["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"])
        .with_max_request_body_bytes(MAX_BODY_BYTES)
        .with_cancellation_token(cancel.child_token());
    let mut sessions = LocalSessionManager::default();
    sessions.session_config.keep_alive = Some(SESSION_IDLE);
    let sessions = Arc::new(sessions);
    let mcp = {
        let server = server.clone();
        StreamableHttpService::new(move || Ok(server.clone()), sessions.clone(), config)
    };
    let shared = Shared {
        server,
        token,
        sessions,
        max_sessions: options.max_sessions,
    };
    let mcp = Router::new()
        .nest_service("/mcp", mcp)
        .layer(middleware::from_fn_with_state(
            shared.clone(),
            limit_sessions,
        ));
    let app = Router::new()
        .merge(mcp)
        .route("/metrics", axum::routing::get(metrics))
        .layer(middleware::from_fn_with_state(
            shared.clone(),
            require_token,
        ))
        .route("/healthz", axum::routing::get(healthz))
        .with_state(shared);
    let listener = tokio::net::TcpListener::bind(options.listen)
        .await
        .map_err(|e| Error::io(format!("cannot listen on {}: {e}", options.listen)))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Error::io(e.to_string()))?;
    tracing::info!("serving MCP at http://{bound}/mcp");
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            tracing::info!("shutting down: finishing requests in flight");
            cancel.cancel();
        })
        .await
        .map_err(|e| Error::io(format!("HTTP server failed: {e}")))
}

async fn shutdown_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate => {}
    }
}

/// With a token configured, every request but `/healthz` must carry it.
async fn require_token(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    if let Some(token) = &shared.token {
        let given = request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or_default();
        let expected = token.expose_secret().as_bytes();
        if !bool::from(given.as_bytes().ct_eq(expected)) {
            return (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                "a bearer token is required\n",
            )
                .into_response();
        }
    }
    next.run(request).await
}

/// A request that would open a session (one without `Mcp-Session-Id`) waits
/// for room: refused with 503 while `max_sessions` are open.
async fn limit_sessions(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let opens = request.method() == axum::http::Method::POST
        && !request.headers().contains_key("mcp-session-id");
    if opens && shared.sessions.sessions.read().await.len() >= shared.max_sessions {
        tracing::warn!(
            max = shared.max_sessions,
            "refused a new MCP session: too many open"
        );
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "60")],
            format!(
                "{} MCP sessions are open, the most this server allows (--max-sessions); \
                 close one (DELETE /mcp) or retry later\n",
                shared.max_sessions
            ),
        )
            .into_response();
    }
    next.run(request).await
}

async fn metrics(State(shared): State<Shared>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        shared
            .server
            .metrics
            .render(&crate::core::health::budgets(&shared.server.ctx)),
    )
        .into_response()
}

/// Alive, and whether the default account's PDS answers.
async fn healthz(State(shared): State<Shared>) -> Response {
    let health = crate::core::health::check(&shared.server.ctx).await;
    let status = if health.ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(health)).into_response()
}
