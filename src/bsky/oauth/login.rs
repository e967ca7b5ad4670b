//! The login: atproto's loopback client flow through atrium-oauth. The
//! account's PDS is found from the handle or DID, the authorization request
//! is pushed (PAR) with PKCE and DPoP, the person signs in and consents in a
//! browser, which comes back to `http://127.0.0.1:PORT/callback`, and the
//! code is exchanged for DPoP-bound tokens. Nothing is stored here: the
//! caller stores the grant once the whole login has worked.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use atrium_api::types::string::{AtIdentifier, Did};
use atrium_common::resolver::Resolver;
use atrium_common::store::Store;
use atrium_identity::did::{CommonDidResolver, CommonDidResolverConfig};
use atrium_identity::handle::{AppViewHandleResolver, AppViewHandleResolverConfig};
use atrium_oauth::store::session::{Session as AtriumSession, SessionStore};
use atrium_oauth::store::state::MemoryStateStore;
use atrium_oauth::{
    AtprotoLocalhostClientMetadata, AuthorizeOptions, CallbackParams, OAuthClient,
    OAuthClientConfig, OAuthResolverConfig, Scope,
};
use axum::extract::{Query, State};
use axum::response::Html;
use tokio::sync::{mpsc, oneshot};

use crate::bsky::session::{OAuthTokens, is_p256_private_key};
use crate::bsky::xrpc::Transport;
use crate::error::{Error, Result};

type Client = OAuthClient<
    MemoryStateStore,
    Captured,
    CommonDidResolver<Transport>,
    AppViewHandleResolver<Transport>,
    Transport,
>;

/// Who logs in, and where their identity is looked up.
pub struct LoginRequest {
    /// A handle or a DID; an `https://` URL names the server to sign in to.
    pub input: String,
    /// The server that resolves handles (`com.atproto.identity.resolveHandle`).
    pub resolver_url: String,
    /// The PLC directory that resolves `did:plc` DIDs.
    pub plc_url: String,
    /// Checked already (`config::check_oauth_scopes`).
    pub scopes: Vec<String>,
    /// The callback's port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
}

/// A login waiting for the browser to come back.
pub struct PendingLogin {
    client: Arc<Client>,
    captured: Captured,
    listener: tokio::net::TcpListener,
    url: String,
    server: String,
}

/// What a completed login grants.
pub struct Granted {
    pub did: String,
    /// The account's PDS, the grant's audience.
    pub pds_url: String,
    pub tokens: OAuthTokens,
}

/// Finds the account, pushes the authorization request and returns the
/// address the person opens, with the callback listener already bound.
pub async fn start(transport: Transport, request: &LoginRequest) -> Result<PendingLogin> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", request.port))
        .await
        .map_err(|e| {
            Error::io(format!(
                "cannot listen on 127.0.0.1:{} for the login's callback: {e}",
                request.port
            ))
        })?;
    let port = listener
        .local_addr()
        .map_err(|e| Error::io(format!("the callback listener has no address: {e}")))?
        .port();
    let http = Arc::new(transport.clone());
    let did_resolver = || {
        CommonDidResolver::new(CommonDidResolverConfig {
            plc_directory_url: request.plc_url.clone(),
            http_client: http.clone(),
        })
    };
    let handle_resolver = || {
        AppViewHandleResolver::new(AppViewHandleResolverConfig {
            service_url: request.resolver_url.clone(),
            http_client: http.clone(),
        })
    };
    let server = if request.input.starts_with("https://") {
        request.input.clone()
    } else {
        let (_, pds) = find_pds(
            &request.input,
            &transport,
            &request.resolver_url,
            &request.plc_url,
        )
        .await?;
        pds
    };
    let captured = Captured::default();
    let client = OAuthClient::new(OAuthClientConfig {
        client_metadata: AtprotoLocalhostClientMetadata {
            redirect_uris: Some(vec![format!("http://127.0.0.1:{port}/callback")]),
            scopes: Some(request.scopes.iter().map(|s| scope(s)).collect()),
        },
        keys: None,
        state_store: MemoryStateStore::default(),
        session_store: captured.clone(),
        resolver: OAuthResolverConfig {
            did_resolver: did_resolver(),
            handle_resolver: handle_resolver(),
            authorization_server_metadata: Default::default(),
            protected_resource_metadata: Default::default(),
        },
        http_client: transport,
    })
    .map_err(|e| Error::input(format!("cannot make the OAuth client: {e}")))?;
    let client = Arc::new(client);
    let options = AuthorizeOptions {
        scopes: request.scopes.iter().map(|s| scope(s)).collect(),
        ..Default::default()
    };
    let url = contained("the authorization request", {
        let (client, input) = (client.clone(), request.input.clone());
        async move { client.authorize(input, options).await }
    })
    .await?
    .map_err(|e| {
        Error::remote(format!("{server} did not take an OAuth authorization request: {e}"))
            .with_help(
                "its PDS may not offer OAuth login: log in with an app password instead (`mcp-bluesky auth login HANDLE`)",
            )
    })?;
    if !url.starts_with("https://") && !url.starts_with("http://") {
        return Err(Error::remote(format!(
            "{server} sent a sign-in address that is not a web page: {url:?}"
        )));
    }
    Ok(PendingLogin {
        client,
        captured,
        listener,
        url,
        server,
    })
}

impl PendingLogin {
    /// The sign-in page to open in a browser.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Waits up to `timeout` for the browser to reach the callback, then
    /// exchanges the code for tokens.
    pub async fn finish(self, timeout: Duration) -> Result<Granted> {
        let (calls, mut arrived) = mpsc::channel::<Callback>(1);
        let app = axum::Router::new()
            .route("/callback", axum::routing::get(callback))
            .with_state(calls);
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(
            axum::serve(self.listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .into_future(),
        );
        let outcome = match tokio::time::timeout(timeout, arrived.recv()).await {
            Ok(Some(Callback { query, reply })) => {
                // A second visit finds the channel closed and says so.
                drop(arrived);
                let outcome = complete(&self.client, &self.captured, &self.server, query).await;
                let _ = reply.send(page(&outcome));
                outcome
            }
            Ok(None) => Err(Error::io("the login's callback listener stopped")),
            Err(_) => Err(Error::auth(format!(
                "the browser did not come back within {} s, so the login did not finish",
                timeout.as_secs()
            ))
            .with_help(
                "run the login again and finish it in the browser in time (or give --timeout SECONDS); \
                 from another machine, forward the callback port first (ssh -L PORT:127.0.0.1:PORT) \
                 and fix it with --port PORT",
            )),
        };
        let _ = stop.send(());
        if tokio::time::timeout(Duration::from_secs(5), server)
            .await
            .is_err()
        {
            tracing::debug!("the callback listener did not stop in 5 s");
        }
        outcome
    }
}

/// One visit to the callback, and how to answer the browser.
struct Callback {
    query: HashMap<String, String>,
    reply: oneshot::Sender<String>,
}

async fn callback(
    State(calls): State<mpsc::Sender<Callback>>,
    Query(query): Query<HashMap<String, String>>,
) -> Html<String> {
    let (reply, answer) = oneshot::channel();
    if calls.send(Callback { query, reply }).await.is_err() {
        return Html(document(
            "This login has already finished. You can close this tab.",
        ));
    }
    Html(
        answer
            .await
            .unwrap_or_else(|_| document("The login stopped.")),
    )
}

/// Turns the callback's query into a grant: a refusal, or the code exchanged.
async fn complete(
    client: &Arc<Client>,
    captured: &Captured,
    server: &str,
    mut query: HashMap<String, String>,
) -> Result<Granted> {
    if let Some(error) = query.remove("error") {
        let detail = query
            .remove("error_description")
            .map(|d| format!(" ({d})"))
            .unwrap_or_default();
        return Err(Error::auth(format!(
            "the sign-in on {server} ended without access: {error}{detail}; nothing was stored"
        ))
        .with_help("run `mcp-bluesky auth login --oauth` again and choose Authorize"));
    }
    let Some(code) = query.remove("code") else {
        return Err(Error::auth(
            "the browser came back without an authorization code; nothing was stored",
        ));
    };
    let params = CallbackParams {
        code,
        state: query.remove("state"),
        iss: query.remove("iss"),
    };
    let exchanged = contained("the token exchange", {
        let client = client.clone();
        async move { client.callback(params).await.map(|(_, _)| ()) }
    })
    .await
    .map_err(|e| {
        Error::auth(format!(
            "{server} did not exchange the authorization code for tokens; nothing was stored"
        ))
        .with_help("run the login again; if it keeps failing, log in with an app password")
        .context(e.message)
    })?;
    exchanged.map_err(|e| {
        Error::auth(format!(
            "the login could not be completed: {e}; nothing was stored"
        ))
    })?;
    let (did, session) = captured
        .take()
        .ok_or_else(|| Error::auth("the login completed without a session"))?;
    grant(did, session, &client.client_metadata.client_id)
}

fn grant(did: Did, session: AtriumSession, client_id: &str) -> Result<Granted> {
    let tokens = session.token_set;
    if !is_p256_private_key(&session.dpop_key) {
        return Err(Error::auth(
            "the login made a DPoP key of an unexpected kind",
        ));
    }
    let refresh_token = tokens.refresh_token.ok_or_else(|| {
        Error::auth(format!(
            "{} granted no refresh token, so the login would end within the hour",
            tokens.iss
        ))
    })?;
    Ok(Granted {
        did: did.to_string(),
        pds_url: tokens.aud,
        tokens: OAuthTokens {
            access_token: tokens.access_token.into(),
            refresh_token: refresh_token.into(),
            expires_at: tokens
                .expires_at
                .map(|t| t.as_ref().with_timezone(&chrono::Utc))
                .unwrap_or_else(chrono::Utc::now),
            granted_at: chrono::Utc::now(),
            dpop_key: session.dpop_key,
            client_id: client_id.to_string(),
            issuer: tokens.iss,
            scope: tokens.scope.unwrap_or_default(),
        },
    })
}

/// The account's DID and PDS, from its handle or DID, with errors that say
/// which step failed.
pub(super) async fn find_pds(
    input: &str,
    transport: &Transport,
    resolver_url: &str,
    plc_url: &str,
) -> Result<(String, String)> {
    let http = Arc::new(transport.clone());
    let identifier: AtIdentifier = input.trim_start_matches('@').parse().map_err(|_| {
        Error::input(format!(
            "{input:?} is not a handle (alice.bsky.social), a DID (did:plc:…) or an https:// server URL"
        ))
    })?;
    let did = match identifier {
        AtIdentifier::Did(did) => did,
        AtIdentifier::Handle(handle) => AppViewHandleResolver::new(AppViewHandleResolverConfig {
            service_url: resolver_url.to_string(),
            http_client: http.clone(),
        })
        .resolve(&handle)
        .await
        .map_err(|e| {
            Error::input(format!(
                "@{} is not a known handle ({resolver_url} could not resolve it: {e})",
                handle.as_str(),
            ))
            .with_help("check the spelling; a handle looks like alice.bsky.social")
        })?,
    };
    let document = CommonDidResolver::new(CommonDidResolverConfig {
        plc_directory_url: plc_url.to_string(),
        http_client: http,
    })
    .resolve(&did)
    .await
    .map_err(|e| {
        Error::remote(format!(
            "cannot read the DID document of {}: {e}",
            did.as_str()
        ))
    })?;
    let pds = document.get_pds_endpoint().ok_or_else(|| {
        Error::remote(format!("the DID document of {} names no PDS", did.as_str()))
    })?;
    Ok((did.to_string(), pds))
}

fn scope(name: &str) -> Scope {
    serde_json::from_value(serde_json::Value::from(name))
        .unwrap_or_else(|_| Scope::Unknown(name.to_string()))
}

/// Runs a step of atrium-oauth in a task of its own: a few of its error paths
/// panic ("not yet implemented", a failed token exchange among them), and a
/// login must fail with an error, not a crash.
async fn contained<T: Send + 'static>(
    what: &str,
    step: impl Future<Output = T> + Send + 'static,
) -> Result<T> {
    quiet_atrium_oauth_panics();
    tokio::spawn(step).await.map_err(|e| {
        let why = if e.is_panic() {
            "atrium-oauth gave up on an answer it does not handle"
        } else {
            "it was cancelled"
        };
        Error::remote(format!("{what} failed: {why}"))
    })
}

/// Keeps a contained atrium-oauth panic off stderr: the login reports it as
/// an error of its own. Every other panic is shown as before.
fn quiet_atrium_oauth_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let shown = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if info
                .location()
                .is_some_and(|l| l.file().contains("atrium-oauth"))
            {
                tracing::debug!("atrium-oauth: {info}");
            } else {
                shown(info);
            }
        }));
    });
}

/// The page the browser shows when it comes back.
fn page(outcome: &Result<Granted>) -> String {
    match outcome {
        Ok(_) => document(
            "Access granted to mcp-bluesky. You can close this tab and return to the terminal.",
        ),
        Err(e) => document(&format!("The login failed: {}", e.message)),
    }
}

fn document(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    format!(
        "<!doctype html><meta charset=utf-8><title>mcp-bluesky</title>\
         <p style=\"font:16px system-ui;margin:3em\">{escaped}</p>\n"
    )
}

/// Holds the session atrium-oauth makes at the callback, for the caller to
/// store once the whole login has worked.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Option<(Did, AtriumSession)>>>);

impl Captured {
    fn take(&self) -> Option<(Did, AtriumSession)> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).take()
    }
}

impl Store<Did, AtriumSession> for Captured {
    type Error = Infallible;

    async fn get(&self, key: &Did) -> Result<Option<AtriumSession>, Infallible> {
        let held = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(held
            .as_ref()
            .filter(|(did, _)| did == key)
            .map(|(_, s)| s.clone()))
    }
    async fn set(&self, key: Did, value: AtriumSession) -> Result<(), Infallible> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some((key, value));
        Ok(())
    }
    async fn del(&self, key: &Did) -> Result<(), Infallible> {
        let mut held = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if held.as_ref().is_some_and(|(did, _)| did == key) {
            *held = None;
        }
        Ok(())
    }
    async fn clear(&self) -> Result<(), Infallible> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = None;
        Ok(())
    }
}

impl SessionStore for Captured {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_scopes_parse_and_others_pass_through() {
        assert_eq!(scope("transition:generic").as_ref(), "transition:generic");
        assert!(matches!(scope("atproto"), Scope::Known(_)));
        assert!(matches!(
            scope("repo:app.bsky.feed.post"),
            Scope::Unknown(_)
        ));
    }

    #[test]
    fn the_callback_page_escapes_what_the_server_said() {
        let shown = page(&Err(Error::auth("<script>alert(1)</script>")));
        assert!(!shown.contains("<script>") && shown.contains("&lt;script&gt;"));
    }

    #[tokio::test]
    async fn a_panicking_step_is_an_error() {
        let outcome = contained("a step", async {
            std::hint::black_box(None::<u8>).expect("gave up")
        })
        .await;
        let e = outcome.unwrap_err();
        assert!(e.message.contains("a step failed"), "{}", e.message);
    }
}
