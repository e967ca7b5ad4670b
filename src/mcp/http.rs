//! MCP over streamable HTTP at `/mcp`, with `/healthz` and `/metrics`.
//!
//! Loopback by default. Any other address needs a bearer token, compared in
//! constant time. On loopback, `Host` is checked against loopback names (DNS
//! rebinding); elsewhere against `allowed_hosts` when set. Browser `Origin`s
//! must be loopback ones or in `allowed_origins`. Request bodies are capped,
//! sessions are capped in number and end after 30 idle minutes, and SIGTERM or
//! Ctrl-C stops taking requests and lets the ones in flight finish.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;
use tokio_util::sync::CancellationToken;

use super::Server;
use crate::error::{Error, Result, io_error};

/// Largest request body: room for a base64 image of 15 MB.
pub(super) const MAX_BODY_BYTES: usize = 24 * 1024 * 1024;

/// A session nobody used for this long ends.
const SESSION_IDLE: Duration = Duration::from_secs(30 * 60);

/// Open connections at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 4096;

/// A client has this long to send its request headers (against slow-loris).
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a shutdown waits for requests in flight.
const DRAIN: Duration = Duration::from_secs(30);

pub struct HttpOptions {
    pub listen: SocketAddr,
    pub token_file: Option<PathBuf>,
    /// Most MCP sessions open at once.
    pub max_sessions: usize,
    /// `Host` names accepted besides loopback ones; off loopback, empty means any.
    pub allowed_hosts: Vec<String>,
    /// Browser origins accepted besides loopback ones.
    pub allowed_origins: Vec<String>,
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
        Some(path) => Some(Arc::new(read_token(path)?)),
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
    let origins = ["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"]
        .into_iter()
        .map(String::from)
        .chain(options.allowed_origins.iter().cloned());
    let config = StreamableHttpServerConfig::default().with_allowed_origins(origins);
    // On loopback, `Host` must be a loopback name (against DNS rebinding) or
    // one named on purpose. Elsewhere the token guards the server, and clients
    // reach it by any name (box.lan, a reverse proxy's) unless hosts are named.
    let config = if loopback || !options.allowed_hosts.is_empty() {
        let hosts = ["localhost", "127.0.0.1", "::1"]
            .into_iter()
            .map(String::from)
            .chain(options.allowed_hosts.iter().cloned());
        config.with_allowed_hosts(hosts)
    } else {
        config.disable_allowed_hosts()
    };
    let config = config
        .with_max_request_body_bytes(MAX_BODY_BYTES)
        .with_cancellation_token(cancel.child_token());
    let mut sessions = LocalSessionManager::default();
    sessions.session_config.keep_alive = Some(SESSION_IDLE);
    let sessions = Arc::new(sessions);
    let mcp = {
        let server = server.clone();
        StreamableHttpService::new(move || Ok(server.for_client()), sessions.clone(), config)
    };
    let running = Arc::new(Running::default());
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
        ))
        .layer(middleware::from_fn_with_state(running.clone(), track));
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
    let stop = shutdown_signal()?;
    tracing::info!("serving MCP at http://{bound}/mcp");
    accept(listener, None, app, stop, drain(running, cancel)).await;
    tracing::info!("shut down");
    Ok(())
}

/// Lets the calls in flight finish and be answered (for [`DRAIN`] at most),
/// then ends the sessions and their event streams.
pub(super) async fn drain(running: Arc<Running>, cancel: CancellationToken) {
    if tokio::time::timeout(DRAIN, running.finished())
        .await
        .is_err()
    {
        tracing::warn!(
            "calls still running after {} s; stopping anyway",
            DRAIN.as_secs()
        );
    }
    cancel.cancel();
}

/// Serves connections until `stop`, then runs `drain` and waits
/// for the connections to close. At most [`MAX_CONNECTIONS`] at once; a client
/// must send its request headers (and finish a TLS handshake) within [`HEADER_TIMEOUT`].
pub(super) async fn accept(
    listener: tokio::net::TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    app: Router,
    stop: impl Future<Output = ()>,
    drain: impl Future<Output = ()>,
) {
    let connections = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT);
    let mut stop = std::pin::pin!(stop);
    loop {
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut stop => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    // Answers are small and written in pieces (event streams):
                    // waiting to coalesce them costs a delayed-ACK round.
                    if let Err(e) = stream.set_nodelay(true) {
                        tracing::debug!("TCP_NODELAY: {e}");
                    }
                    (stream, peer)
                }
                Err(e) => {
                    // Out of file descriptors, say: pause rather than spin.
                    tracing::warn!("accepting a connection failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        // Handlers may ask who connected (`ConnectInfo`).
        let service = TowerToHyperService::new(
            app.clone()
                .layer(axum::Extension(axum::extract::ConnectInfo(peer))),
        );
        let Some(tls) = &tls else {
            let connection = builder
                .serve_connection_with_upgrades(TokioIo::new(stream), service)
                .into_owned();
            let connection = graceful.watch(connection);
            tokio::spawn(async move {
                if let Err(e) = connection.await {
                    tracing::debug!("connection ended: {e}");
                }
                drop(permit);
            });
            continue;
        };
        let (tls, builder, watcher) = (tls.clone(), builder.clone(), graceful.watcher());
        tokio::spawn(async move {
            let stream = match tokio::time::timeout(HEADER_TIMEOUT, tls.accept(stream)).await {
                Ok(Ok(stream)) => stream,
                Ok(Err(e)) => return tracing::debug!("TLS handshake failed: {e}"),
                Err(_) => return tracing::debug!("TLS handshake timed out"),
            };
            let connection = builder
                .serve_connection_with_upgrades(TokioIo::new(stream), service)
                .into_owned();
            if let Err(e) = watcher.watch(connection).await {
                tracing::debug!("connection ended: {e}");
            }
            drop(permit);
        });
    }
    drop(listener);
    tracing::info!("shutting down: finishing the calls in flight");
    drain.await;
    if tokio::time::timeout(DRAIN, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            "connections still open after {} s; stopping anyway",
            DRAIN.as_secs()
        );
    }
}

/// SIGTERM or SIGINT (Ctrl-C), listened for from the moment this is called,
/// so that a signal right after start-up is not missed.
pub(super) fn shutdown_signal() -> Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let listen = |kind| signal(kind).map_err(|e| Error::io(format!("cannot handle signals: {e}")));
    let mut terminate = listen(SignalKind::terminate())?;
    let mut interrupt = listen(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = terminate.recv() => {}
            _ = interrupt.recv() => {}
        }
    })
}

/// The bearer token in `path` (`--token-file`): at least 16 characters.
pub(super) fn read_token(path: &std::path::Path) -> Result<SecretString> {
    let text =
        std::fs::read_to_string(path).map_err(|e| io_error("read the token file", path, e))?;
    let token = text.trim().to_string();
    if token.len() < 16 {
        return Err(Error::config(format!(
            "the token in {} is {} characters; use at least 16",
            path.display(),
            token.len()
        )));
    }
    Ok(SecretString::from(token))
}

/// Whether `headers` carry `token` as their bearer token (compared in constant time).
pub(super) fn carries(headers: &axum::http::HeaderMap, token: &SecretString) -> bool {
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    bool::from(given.as_bytes().ct_eq(token.expose_secret().as_bytes()))
}

/// With a token configured, every request but `/healthz` must carry it.
async fn require_token(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    if let Some(token) = &shared.token
        && !carries(request.headers(), token)
    {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "a bearer token is required\n",
        )
            .into_response();
    }
    next.run(request).await
}

/// A count of MCP requests in flight, answers included, that a shutdown can
/// wait on to reach zero.
#[derive(Default)]
pub(super) struct Running {
    count: std::sync::atomic::AtomicUsize,
    idle: tokio::sync::Notify,
}

/// One request in flight; it ends when dropped.
struct InFlight(Arc<Running>);

impl Running {
    fn start(self: &Arc<Self>) -> InFlight {
        self.count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        InFlight(self.clone())
    }

    /// Returns once no request is in flight.
    pub(super) async fn finished(&self) {
        loop {
            let idle = self.idle.notified();
            if self.count.load(std::sync::atomic::Ordering::SeqCst) == 0 {
                return;
            }
            idle.await;
        }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if self
            .0
            .count
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst)
            == 1
        {
            self.0.idle.notify_waiters();
        }
    }
}

/// Counts a POST (a call and its answer, which may stream) as in flight until
/// its answer's body is done. GET event streams do not count: they stay open.
pub(super) async fn track(
    State(running): State<Arc<Running>>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != axum::http::Method::POST {
        return next.run(request).await;
    }
    let in_flight = running.start();
    next.run(request).await.map(|body| {
        axum::body::Body::new(body.map_frame(move |frame| {
            let _still_answering = &in_flight;
            frame
        }))
    })
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
