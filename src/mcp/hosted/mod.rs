//! Hosted mode: MCP over streamable HTTP for many people, each with their
//! own Bluesky account. The server is an OAuth authorization server and
//! protected resource (the MCP authorization specification, 2025-11-25):
//! a request to `/mcp` carries a bearer token this server issued, and the
//! call acts as the person it was issued to. Nothing lives in the instance:
//! MCP is served statelessly and all state is in PostgreSQL, so any number
//! of instances can serve behind a load balancer.

mod abuse;
mod authorize;
mod grants;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
use tokio_util::sync::CancellationToken;

use super::Server;
use super::http::{MAX_BODY_BYTES, Running, accept, drain, shutdown_signal, track};
use crate::core::hosted as core;
use crate::core::{AnyTool, Ctx};
use crate::db::Db;
use crate::error::{Error, Result, io_error};

pub struct HostedServe {
    pub listen: SocketAddr,
    /// The outside address, `https://host[:port]` without a path.
    pub public_url: url::Url,
    pub tls: Option<(PathBuf, PathBuf)>,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `--token-file`: the operator's token, which `/metrics` then asks for.
    pub metrics_token_file: Option<PathBuf>,
}

/// What every handler shares.
#[derive(Clone)]
struct Hosted {
    ctx: Ctx,
    db: Db,
    /// The public URL without a trailing slash: this server's issuer name.
    public: String,
    /// The MCP endpoint, the audience of every token.
    resource: String,
    server: Server,
    metrics_token: Option<Arc<secrecy::SecretString>>,
}

/// Who a request to `/mcp` acts for, put there by [`require_bearer`].
#[derive(Clone)]
pub(super) struct Caller(pub String);

pub async fn serve(
    ctx: Ctx,
    offered: Vec<&'static dyn AnyTool>,
    options: HostedServe,
) -> Result<()> {
    let metrics_token = match &options.metrics_token_file {
        Some(path) => Some(Arc::new(super::http::read_token(path)?)),
        None => None,
    };
    let tls = match &options.tls {
        Some((cert, key)) => Some(tls_acceptor(cert, key)?),
        None => None,
    };
    let public = options
        .public_url
        .as_str()
        .trim_end_matches('/')
        .to_string();
    let db = core::db(&ctx)?.clone();
    let server = Server::new(ctx.clone(), offered, false).hosted();
    let cancel = CancellationToken::new();
    let host = options
        .public_url
        .host_str()
        .unwrap_or_default()
        .to_string();
    let authority = match options.public_url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.clone(),
    };
    let config = StreamableHttpServerConfig::default()
        .with_legacy_session_mode(false)
        .with_json_response(true)
        .with_allowed_hosts([host, authority])
        .with_max_request_body_bytes(MAX_BODY_BYTES)
        .with_cancellation_token(cancel.child_token());
    let mcp = {
        let server = server.clone();
        StreamableHttpService::new(
            move || Ok(server.for_client()),
            Arc::new(LocalSessionManager::default()),
            config,
        )
    };
    let hosted = Hosted {
        ctx,
        db,
        resource: format!("{public}/mcp"),
        public,
        server,
        metrics_token,
    };
    let running = Arc::new(Running::default());
    let mcp = Router::new()
        .nest_service("/mcp", mcp)
        .route("/logout", post(logout))
        .layer(middleware::from_fn_with_state(
            hosted.clone(),
            require_bearer,
        ))
        .layer(middleware::from_fn_with_state(running.clone(), track));
    // The authorization server's endpoints, limited per client address.
    let limits = abuse::PerAddress::new(options.trusted_proxies.clone());
    let authorization = Router::new()
        .route("/oauth/callback", get(authorize::callback))
        .route("/register", post(authorize::register))
        .route(
            "/authorize",
            get(authorize::authorize).post(authorize::authorize_handle),
        )
        .route("/token", post(authorize::token))
        .route("/revoke", post(authorize::revoke))
        .layer(middleware::from_fn_with_state(limits.clone(), abuse::limit));
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            every.tick().await;
            limits.forget_idle();
        }
    });
    let app = Router::new()
        .merge(mcp)
        .merge(authorization)
        .route(
            "/.well-known/oauth-protected-resource",
            get(resource_metadata),
        )
        .route(
            "/.well-known/oauth-protected-resource/mcp",
            get(resource_metadata),
        )
        .route(
            "/.well-known/oauth-authorization-server",
            get(server_metadata),
        )
        .route("/oauth/client-metadata.json", get(client_metadata))
        .route("/oauth/jwks.json", get(jwks))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/metrics", get(metrics))
        .with_state(hosted.clone());
    let listener = tokio::net::TcpListener::bind(options.listen)
        .await
        .map_err(|e| Error::io(format!("cannot listen on {}: {e}", options.listen)))?;
    let stop = shutdown_signal()?;
    tracing::info!(
        listen = %options.listen,
        tls = tls.is_some(),
        "serving hosted MCP at {}",
        hosted.resource
    );
    accept(listener, tls, app, stop, drain(running, cancel)).await;
    tracing::info!("shut down");
    Ok(())
}

fn tls_acceptor(
    cert: &std::path::Path,
    key: &std::path::Path,
) -> Result<tokio_rustls::TlsAcceptor> {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .and_then(|certs| certs.collect())
        .map_err(|e| Error::config(format!("--tls-cert {}: {e}", cert.display())))?;
    if certs.is_empty() {
        return Err(Error::config(format!(
            "--tls-cert {} holds no certificate",
            cert.display()
        )));
    }
    std::fs::metadata(key).map_err(|e| io_error("read the TLS key", key, e))?;
    let key = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| Error::config(format!("--tls-key {}: {e}", key.display())))?;
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let mut config = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::config(format!("TLS: {e}")))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| {
            Error::config(format!(
                "the TLS certificate and key do not go together: {e}"
            ))
        })?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// Every request to `/mcp` carries a live access token issued for this
/// endpoint; otherwise 401 with where to learn how to get one.
async fn require_bearer(
    State(hosted): State<Hosted>,
    mut request: Request,
    next: Next,
) -> Response {
    let challenge = |error: Option<&str>| {
        let mut value = format!(
            "Bearer resource_metadata=\"{}/.well-known/oauth-protected-resource/mcp\", scope=\"{}\"",
            hosted.public,
            authorize::SCOPE
        );
        if let Some(error) = error {
            value.push_str(&format!(", error=\"{error}\""));
        }
        (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, value)],
            "a bearer token from this server is required\n",
        )
            .into_response()
    };
    let Some(token) = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return challenge(None);
    };
    let bearer = match grants::bearer(&hosted.db, token.trim()).await {
        Ok(Some(bearer)) if bearer.resource == hosted.resource => bearer,
        Ok(_) => return challenge(Some("invalid_token")),
        Err(e) => {
            tracing::error!("{}", e.message);
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                "the database is not answering\n",
            )
                .into_response();
        }
    };
    if let Err(e) = core::touch(&hosted.ctx, &bearer.did).await {
        tracing::warn!("{}", e.message);
    }
    request.extensions_mut().insert(Caller(bearer.did));
    next.run(request).await
}

/// A person's own logout (with any of their access tokens): every token of
/// theirs here, their session, and their grant at their PDS end at once.
async fn logout(
    State(hosted): State<Hosted>,
    axum::Extension(caller): axum::Extension<Caller>,
) -> Response {
    match core::revoke(&hosted.ctx, &caller.0).await {
        Ok(_) => (StatusCode::OK, "logged out\n").into_response(),
        Err(e) => {
            tracing::error!("{}", e.message);
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "could not log out; try again\n",
            )
                .into_response()
        }
    }
}

async fn resource_metadata(State(hosted): State<Hosted>) -> Response {
    axum::Json(serde_json::json!({
        "resource": hosted.resource,
        "authorization_servers": [hosted.public],
        "bearer_methods_supported": ["header"],
        "scopes_supported": [authorize::SCOPE],
        "resource_name": "mcp-bluesky",
    }))
    .into_response()
}

async fn server_metadata(State(hosted): State<Hosted>) -> Response {
    let p = &hosted.public;
    axum::Json(serde_json::json!({
        "issuer": p,
        "authorization_endpoint": format!("{p}/authorize"),
        "token_endpoint": format!("{p}/token"),
        "registration_endpoint": format!("{p}/register"),
        "revocation_endpoint": format!("{p}/revoke"),
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none"],
        "revocation_endpoint_auth_methods_supported": ["none"],
        "scopes_supported": [authorize::SCOPE],
        "authorization_response_iss_parameter_supported": true,
        "client_id_metadata_document_supported": true,
    }))
    .into_response()
}

async fn client_metadata(State(hosted): State<Hosted>) -> Response {
    match core::client_documents(&hosted.ctx, &format!("{}/oauth/jwks.json", hosted.public)) {
        Ok((metadata, _)) => axum::Json(metadata).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.message).into_response(),
    }
}

async fn jwks(State(hosted): State<Hosted>) -> Response {
    match core::client_documents(&hosted.ctx, "") {
        Ok((_, jwks)) => axum::Json(jwks).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.message).into_response(),
    }
}

/// Calls and errors by tool, and the database pool; nothing by person (no
/// budgets by account).
/// With an operator token, only for who carries it.
async fn metrics(State(hosted): State<Hosted>, headers: axum::http::HeaderMap) -> Response {
    if let Some(token) = &hosted.metrics_token
        && !super::http::carries(&headers, token)
    {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "the operator's token (--token-file) is required\n",
        )
            .into_response();
    }
    let mut text = hosted.server.metrics.render(&[]);
    text.push_str(&super::metrics::render_pool(&hosted.db.pool_status()));
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response()
}

/// A page of text for the person's browser.
fn page(text: &str) -> String {
    document(&format!("<p>{}</p>", escape(text)))
}

fn document(body: &str) -> String {
    format!(
        "<!doctype html><meta charset=utf-8><title>mcp-bluesky</title>\
         <body style=\"font:16px system-ui;margin:3em;max-width:40em\">{body}</body>\n"
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}
