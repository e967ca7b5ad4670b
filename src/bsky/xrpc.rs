//! The XRPC transport under atrium's typed calls. [`Transport`] is the
//! `HttpClient` that every call goes through: it spends from the account's
//! rate limit, learns the server's `RateLimit-*` budget, waits out short 429s
//! and retries what is safe to send twice; for an OAuth session, each attempt
//! carries a fresh DPoP proof. [`Client`] adds the PDS address and the token.
//! Errors come back as one [`XrpcError`], whatever layer made them.

use std::fmt;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use atrium_oauth::DpopClient;
use atrium_xrpc::http::{Method, Request, Response, StatusCode};
use atrium_xrpc::types::AuthorizationToken;
use atrium_xrpc::{HttpClient, XrpcClient};
use atrium_xrpc_client::reqwest::{ReqwestClient, ReqwestClientBuilder};
use backon::{ExponentialBuilder, Retryable};
use chrono::{DateTime, Utc};
use jose_jwk::Key;
use reqwest::header::HeaderMap;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::limits::{MAX_WAIT, RateLimiter};
use super::session::{Session, Tokens};
use crate::error::Error;

/// Procedures that change nothing when sent twice, so a failed one is retried.
/// Every other procedure is sent once: a login, a token refresh (refresh
/// tokens are single-use) and `createRecord` (whose retry looks the record up
/// first, in `repo.rs`) above all.
const IDEMPOTENT_PROCEDURES: &[&str] = &[
    "com.atproto.repo.deleteRecord",
    "com.atproto.repo.uploadBlob",
    "app.bsky.notification.updateSeen",
    "app.bsky.video.uploadVideo",
    "app.bsky.video.uploadPart",
    "app.bsky.video.abortUpload",
];

/// A failed XRPC call, as the server described it.
#[derive(Debug, Clone)]
pub struct XrpcError {
    /// HTTP status, or `None` when the request never got an answer.
    pub status: Option<StatusCode>,
    /// The lexicon error name (`ExpiredToken`, `InvalidRequest`, …).
    pub error: Option<String>,
    pub message: String,
    /// The whole error body, for services that put more in it.
    pub body: Option<serde_json::Value>,
    /// When the server says to try again (`Retry-After`, or `RateLimit-Reset`
    /// on a 429).
    pub retry_at: Option<DateTime<Utc>>,
    /// Refused here before being sent: over the client-side rate limit.
    pub refused: Option<Box<Error>>,
}

impl fmt::Display for XrpcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.error {
            Some(e) => write!(f, "{e}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for XrpcError {}

impl XrpcError {
    pub fn is(&self, name: &str) -> bool {
        self.error.as_deref() == Some(name)
    }

    /// An `HttpClient`'s error: the transport's own comes back whole, any
    /// other is a call that got no answer.
    pub fn from_boxed(e: Box<dyn std::error::Error + Send + Sync + 'static>) -> XrpcError {
        match e.downcast::<XrpcError>() {
            Ok(ours) => *ours,
            Err(other) => XrpcError::unanswered(other.to_string()),
        }
    }

    fn unanswered(message: String) -> XrpcError {
        XrpcError {
            status: None,
            error: None,
            message,
            body: None,
            retry_at: None,
            refused: None,
        }
    }

    /// A success status whose body is not what the lexicon says.
    fn unexpected(detail: impl fmt::Display) -> XrpcError {
        XrpcError {
            status: Some(StatusCode::OK),
            ..XrpcError::unanswered(format!("unexpected response: {detail}"))
        }
    }

    fn refused(error: Error) -> XrpcError {
        XrpcError {
            message: error.message.clone(),
            refused: Some(Box::new(error)),
            ..XrpcError::unanswered(String::new())
        }
    }

    /// An error status with the body the server sent.
    fn from_response(status: StatusCode, body: &[u8], retry_at: Option<DateTime<Utc>>) -> Self {
        let raw: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        XrpcError::from_body(status, raw, retry_at)
    }

    fn from_body(
        status: StatusCode,
        body: Option<serde_json::Value>,
        retry_at: Option<DateTime<Utc>>,
    ) -> XrpcError {
        #[derive(Deserialize)]
        struct ErrorBody {
            error: Option<String>,
            message: Option<String>,
        }
        let parsed: Option<ErrorBody> = body.clone().and_then(|v| serde_json::from_value(v).ok());
        XrpcError {
            status: Some(status),
            error: parsed.as_ref().and_then(|b| b.error.clone()),
            message: parsed
                .and_then(|b| b.message)
                .unwrap_or_else(|| status.canonical_reason().unwrap_or("").to_string()),
            body,
            retry_at,
            refused: None,
        }
    }

    /// Worth trying again: no answer, a server error, or a 429 whose wait is short.
    pub fn retryable(&self) -> bool {
        if self.refused.is_some() {
            return false;
        }
        match self.status {
            None => true,
            Some(StatusCode::TOO_MANY_REQUESTS) => self.short_wait().is_some(),
            Some(s) => s.is_server_error(),
        }
    }

    /// The server's wait before a retry, when it gave one no longer than [`MAX_WAIT`].
    fn short_wait(&self) -> Option<Duration> {
        let wait = (self.retry_at? - Utc::now()).to_std().unwrap_or_default();
        (wait <= MAX_WAIT).then_some(wait)
    }

    /// A user-facing error naming the call.
    pub fn into_error(self, nsid: &str) -> Error {
        if let Some(refused) = self.refused {
            return *refused;
        }
        let detail = match (&self.error, self.message.is_empty()) {
            (Some(e), false) => format!("{e}: {}", self.message),
            (Some(e), true) => e.clone(),
            (None, _) => self.message.clone(),
        };
        match self.status {
            None => Error::remote(format!("{nsid} failed: {detail}"))
                .with_help("check that the PDS URL is right and reachable (`mcp-bluesky status`)"),
            Some(StatusCode::BAD_REQUEST) => Error::input(format!("{nsid}: {detail}")),
            Some(StatusCode::UNAUTHORIZED) => Error::auth(format!("{nsid}: {detail}"))
                .with_help("log in again with `mcp-bluesky auth login`"),
            Some(StatusCode::TOO_MANY_REQUESTS) => Error::remote(format!(
                "{nsid}: Bluesky's rate limit is reached ({detail})"
            ))
            .with_help(match self.retry_at {
                Some(at) => {
                    let wait = (at - Utc::now()).num_seconds().max(1);
                    format!("retry after {} (in {wait} s)", at.format("%H:%M:%S UTC"))
                }
                None => "wait a few minutes before retrying".to_string(),
            }),
            Some(s) => Error::remote(format!("{nsid} failed with HTTP {}: {detail}", s.as_u16())),
        }
    }
}

/// atrium's error for a call, as one [`XrpcError`]: the transport's own
/// failures come back whole; a lexicon error keeps its name and message.
impl<E: Serialize + fmt::Debug> From<atrium_xrpc::Error<E>> for XrpcError {
    fn from(e: atrium_xrpc::Error<E>) -> XrpcError {
        use atrium_xrpc::Error as E;
        match e {
            E::HttpClient(boxed) => XrpcError::from_boxed(boxed),
            E::XrpcResponse(response) => {
                let body = response
                    .error
                    .and_then(|kind| serde_json::to_value(kind).ok());
                XrpcError::from_body(response.status, body, None)
            }
            E::Authentication(header) => from_www_authenticate(header.to_str().unwrap_or_default()),
            E::SerdeJson(e) => XrpcError::unexpected(e),
            E::UnexpectedResponseType => XrpcError::unexpected("not JSON"),
            E::HttpRequest(e) => XrpcError::unanswered(format!("cannot build the request: {e}")),
            E::SerdeHtmlForm(e) => {
                XrpcError::unanswered(format!("cannot encode the parameters: {e}"))
            }
        }
    }
}

/// The HTTP client under every XRPC call: atrium-xrpc-client's reqwest
/// client, with this program's rate limit and retry rules around it.
#[derive(Clone)]
pub struct Transport {
    sender: Arc<Sender>,
    reqwest: reqwest::Client,
    /// Signs every request with its own DPoP proof (an OAuth grant's calls
    /// to its authorization server).
    dpop: Option<Signer>,
}

/// Proves possession of a DPoP key (RFC 9449) with a new proof on every
/// attempt: a proof is good for one request, so retries happen above this.
#[derive(Clone)]
pub struct Signer(Arc<DpopClient<Sender>>);

/// Sends one request: spends from the rate limit, learns the server's, and
/// turns a 429 or 5xx into an [`XrpcError`].
struct Sender {
    http: ReqwestClient,
    /// The budget every call spends from, and that learns the server's.
    limiter: Option<Arc<RateLimiter>>,
}

/// Whether a failed call may be sent again.
#[derive(Clone, Copy, PartialEq)]
enum Retry {
    /// Reads, and writes that change nothing when repeated.
    Safe,
    /// Writes whose repetition could do something twice, or spend a login.
    Never,
}

impl Retry {
    fn of(request: &Request<Vec<u8>>) -> Retry {
        if request.method() == Method::GET {
            return Retry::Safe;
        }
        let nsid = request.uri().path().rsplit('/').next().unwrap_or_default();
        if IDEMPOTENT_PROCEDURES.contains(&nsid) {
            Retry::Safe
        } else {
            Retry::Never
        }
    }
}

impl Transport {
    /// A transport over `http` (see [`Transport::http_client`]), without a rate limit.
    pub fn new(http: reqwest::Client) -> Self {
        Transport {
            sender: Arc::new(Sender {
                // The base address is the `Client`'s: this one only sends requests.
                http: ReqwestClientBuilder::new("").client(http.clone()).build(),
                limiter: None,
            }),
            reqwest: http,
            dpop: None,
        }
    }

    /// This transport, spending from `limiter` on every call.
    pub fn with_limiter(self, limiter: Arc<RateLimiter>) -> Self {
        Transport {
            sender: Arc::new(Sender {
                http: self.sender.http.clone(),
                limiter: Some(limiter),
            }),
            dpop: None,
            ..self
        }
    }

    /// A signer of requests with `key`, to a resource server (a PDS), or to an
    /// authorization server's endpoints when `authorization_server` is set
    /// (they ask for a new nonce differently).
    fn signer(&self, key: Key, authorization_server: bool) -> Result<Signer, Error> {
        DpopClient::new(key, self.sender.clone(), authorization_server, &None)
            .map(|dpop| Signer(Arc::new(dpop)))
            .map_err(|e| Error::auth(format!("the session's DPoP key cannot sign: {e}")))
    }

    /// This transport, signing every request to an authorization server with `key`.
    pub fn with_dpop(self, key: Key) -> Result<Self, Error> {
        Ok(Transport {
            dpop: Some(self.signer(key, true)?),
            ..self
        })
    }

    /// The shared HTTP client: rustls, timeouts, a user agent naming this program.
    pub fn http_client() -> reqwest::Client {
        reqwest::Client::builder()
            .user_agent(concat!("mcp-bluesky/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .build()
            .expect("the HTTP client builds with static settings")
    }

    pub fn reqwest(&self) -> reqwest::Client {
        self.reqwest.clone()
    }

    /// Sends a request, spending from the rate limit first; a [`Retry::Safe`]
    /// one is sent again after network errors, 5xx and short 429s, with
    /// exponential back-off and jitter, at most 3 more times within 15 s.
    /// A 429 or 5xx that stays is an [`XrpcError`]; other answers go back to
    /// atrium as they came, for it to read the lexicon's errors.
    async fn send(
        &self,
        request: Request<Vec<u8>>,
        signer: Option<&Signer>,
    ) -> Result<Response<Vec<u8>>, XrpcError> {
        let retry = Retry::of(&request);
        let (parts, body) = request.into_parts();
        let attempt = || async {
            let mut request = Request::new(body.clone());
            *request.method_mut() = parts.method.clone();
            *request.uri_mut() = parts.uri.clone();
            *request.headers_mut() = parts.headers.clone();
            match signer {
                Some(Signer(dpop)) => dpop.send_http(request).await.map_err(XrpcError::from_boxed),
                None => self.sender.send_once(request).await,
            }
        };
        if retry == Retry::Never {
            return attempt().await;
        }
        let backoff = ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(200))
            .with_max_delay(Duration::from_secs(5))
            .with_max_times(3)
            .with_total_delay(Some(Duration::from_secs(15)))
            .with_jitter();
        attempt
            .retry(backoff)
            .when(XrpcError::retryable)
            .adjust(|e, backoff| match e.status {
                Some(StatusCode::TOO_MANY_REQUESTS) => e.short_wait().or(backoff),
                _ => backoff,
            })
            .notify(|e, wait| {
                tracing::warn!(
                    "{}: retrying in {} ms: {}",
                    e.status.map_or("no answer".into(), |s| s.to_string()),
                    wait.as_millis(),
                    e.message
                );
            })
            .await
    }
}

impl Sender {
    async fn send_once(&self, request: Request<Vec<u8>>) -> Result<Response<Vec<u8>>, XrpcError> {
        if let Some(limiter) = &self.limiter {
            limiter.acquire().await.map_err(XrpcError::refused)?;
        }
        let response = self
            .http
            .send_http(request)
            .await
            .map_err(|e| XrpcError::unanswered(describe_transport_error(e.as_ref())))?;
        let status = response.status();
        let retry_at = retry_at(status, response.headers(), Utc::now());
        if let Some(limiter) = &self.limiter {
            let limited = (status == StatusCode::TOO_MANY_REQUESTS)
                .then_some(retry_at)
                .flatten();
            limiter.observe(response.headers(), limited);
        }
        if status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
            return Err(XrpcError::from_response(status, response.body(), retry_at));
        }
        Ok(response)
    }
}

impl HttpClient for Transport {
    async fn send_http(
        &self,
        request: Request<Vec<u8>>,
    ) -> Result<Response<Vec<u8>>, Box<dyn std::error::Error + Send + Sync + 'static>> {
        Ok(self.send(request, self.dpop.as_ref()).await?)
    }
}

impl HttpClient for Sender {
    async fn send_http(
        &self,
        request: Request<Vec<u8>>,
    ) -> Result<Response<Vec<u8>>, Box<dyn std::error::Error + Send + Sync + 'static>> {
        Ok(self.send_once(request).await?)
    }
}

/// Which token a [`Client`] sends.
#[derive(Clone)]
pub enum Auth {
    None,
    /// The session's access token (an app password session's refresh
    /// token for `refreshSession`).
    Session(Arc<RwLock<Session>>),
    /// A token of its own: a refresh token to revoke, a service-auth token.
    Bearer(SecretString),
}

/// An XRPC client of one server: atrium's typed calls go through it.
#[derive(Clone)]
pub struct Client {
    transport: Transport,
    /// The server's address, without a trailing `/`.
    base: String,
    auth: Auth,
    /// The signer of the session's DPoP key, made when first needed and again
    /// when a new login (read from disk at a refresh) brings a new key.
    signer: Arc<std::sync::Mutex<Option<(Key, Signer)>>>,
    /// The service the PDS forwards calls to (`atproto-proxy`), if any.
    proxy: Option<String>,
}

impl Client {
    /// A client of the server at `url` (a PDS, or the video service).
    pub fn new(transport: Transport, url: &str, auth: Auth) -> Result<Self, Error> {
        let parsed = url::Url::parse(url)
            .map_err(|e| Error::config(format!("server URL {url:?} is not valid: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(Error::config(format!(
                "server URL {url:?} is not valid: it must start with https:// (or http://)"
            )));
        }
        Ok(Client {
            transport,
            base: parsed.as_str().trim_end_matches('/').to_string(),
            auth,
            signer: Default::default(),
            proxy: None,
        })
    }

    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// This client, sending no token (calls that need none, like resolving a handle).
    pub fn without_auth(&self) -> Client {
        Client {
            auth: Auth::None,
            ..self.clone()
        }
    }

    /// This client, asking its PDS to forward each call to `service` (a DID
    /// and a service id, as the `atproto-proxy` header names it).
    pub fn via(&self, service: &str) -> Client {
        Client {
            proxy: Some(service.to_string()),
            ..self.clone()
        }
    }

    /// The signer an OAuth session's requests need, for its current key.
    fn session_signer(&self) -> Result<Option<Signer>, Error> {
        let Auth::Session(session) = &self.auth else {
            return Ok(None);
        };
        let key = match &session
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .tokens
        {
            Tokens::OAuth(grant) => grant.dpop_key.clone(),
            Tokens::AppPassword { .. } => return Ok(None),
        };
        let mut cached = self.signer.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((held, signer)) = cached.as_ref()
            && *held == key
        {
            return Ok(Some(signer.clone()));
        }
        let signer = self.transport.signer(key.clone(), false)?;
        *cached = Some((key, signer.clone()));
        Ok(Some(signer))
    }

    /// atrium's typed calls over this client.
    pub fn api(self) -> atrium_api::client::AtpServiceClient<Client> {
        atrium_api::client::AtpServiceClient::new(self)
    }
}

impl HttpClient for Client {
    async fn send_http(
        &self,
        request: Request<Vec<u8>>,
    ) -> Result<Response<Vec<u8>>, Box<dyn std::error::Error + Send + Sync + 'static>> {
        let signer = self.session_signer().map_err(XrpcError::refused)?;
        let signer = signer.as_ref().or(self.transport.dpop.as_ref());
        Ok(self.transport.send(request, signer).await?)
    }
}

impl XrpcClient for Client {
    fn base_uri(&self) -> String {
        self.base.clone()
    }

    async fn atproto_proxy_header(&self) -> Option<String> {
        self.proxy.clone()
    }

    async fn authorization_token(&self, is_refresh: bool) -> Option<AuthorizationToken> {
        let session = match &self.auth {
            Auth::None => return None,
            Auth::Bearer(token) => {
                return Some(AuthorizationToken::Bearer(
                    token.expose_secret().to_string(),
                ));
            }
            Auth::Session(session) => session.read().unwrap_or_else(PoisonError::into_inner),
        };
        Some(match &session.tokens {
            Tokens::AppPassword { refresh_jwt, .. } if is_refresh => {
                AuthorizationToken::Bearer(refresh_jwt.expose_secret().to_string())
            }
            Tokens::AppPassword { access_jwt, .. } => {
                AuthorizationToken::Bearer(access_jwt.expose_secret().to_string())
            }
            Tokens::OAuth(grant) => {
                AuthorizationToken::Dpop(grant.access_token.expose_secret().to_string())
            }
        })
    }
}

/// When to retry, from `Retry-After` (seconds or an HTTP date) or, on a 429,
/// from `RateLimit-Reset` (Unix seconds, as Bluesky's PDS sends it).
fn retry_at(status: StatusCode, headers: &HeaderMap, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(value) = header("retry-after") {
        if let Ok(seconds) = value.parse::<i64>() {
            return Some(now + chrono::Duration::seconds(seconds.max(0)));
        }
        if let Ok(date) = DateTime::parse_from_rfc2822(value) {
            return Some(date.with_timezone(&Utc));
        }
    }
    if status == StatusCode::TOO_MANY_REQUESTS {
        let reset = header("ratelimit-reset")?.parse::<i64>().ok()?;
        return DateTime::from_timestamp(reset, 0);
    }
    None
}

/// A 401's `WWW-Authenticate` challenge (RFC 6750), as an error: an OAuth
/// `invalid_token` is named `InvalidToken`, as the PDS names a bad JWT, so
/// either kind of session refreshes on it.
fn from_www_authenticate(challenge: &str) -> XrpcError {
    let param = |name: &str| {
        let start = challenge.find(&format!("{name}=\""))? + name.len() + 2;
        let len = challenge[start..].find('"')?;
        Some(challenge[start..start + len].to_string())
    };
    let error = param("error").map(|e| match e.as_str() {
        "invalid_token" => "InvalidToken".to_string(),
        _ => e,
    });
    XrpcError {
        error,
        message: param("error_description").unwrap_or_else(|| challenge.to_string()),
        ..XrpcError::from_body(StatusCode::UNAUTHORIZED, None, None)
    }
}

/// The HTTP client's errors hide the cause; walk the chain for the useful part.
fn describe_transport_error(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = match e.downcast_ref::<reqwest::Error>() {
        Some(e) if e.is_timeout() => "timed out".to_string(),
        Some(e) if e.is_connect() => "could not connect".to_string(),
        Some(e) if e.is_body() || e.is_decode() => "the answer broke off".to_string(),
        _ => "request failed".to_string(),
    };
    let mut source = e.source();
    while let Some(s) = source {
        text = format!("{text}: {s}");
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, v.parse().unwrap());
        }
        map
    }

    #[test]
    fn retry_times_come_from_retry_after_or_the_rate_limit_reset() {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let limited = StatusCode::TOO_MANY_REQUESTS;
        let after = |pairs: &[(&'static str, &str)]| {
            retry_at(limited, &headers(pairs), now).map(|t| (t - now).num_seconds())
        };
        assert_eq!(after(&[("retry-after", "42")]), Some(42));
        assert_eq!(after(&[("ratelimit-reset", "1800000300")]), Some(300));
        let date = (now + chrono::Duration::seconds(90)).to_rfc2822();
        assert_eq!(after(&[("retry-after", &date)]), Some(90));
        assert_eq!(after(&[("retry-after", "soon")]), None);
        let reset_only = headers(&[("ratelimit-reset", "1800000300")]);
        assert_eq!(retry_at(StatusCode::OK, &reset_only, now), None);
    }

    fn request(method: Method, nsid: &str) -> Request<Vec<u8>> {
        let mut request = Request::new(Vec::new());
        *request.method_mut() = method;
        *request.uri_mut() = format!("https://pds.test/xrpc/{nsid}?x=1").parse().unwrap();
        request
    }

    #[test]
    fn logins_refreshes_and_creates_are_never_sent_twice() {
        for nsid in [
            "com.atproto.server.createSession",
            "com.atproto.server.refreshSession",
            "com.atproto.repo.createRecord",
        ] {
            assert!(
                Retry::of(&request(Method::POST, nsid)) == Retry::Never,
                "{nsid}"
            );
        }
        for nsid in [
            "com.atproto.repo.deleteRecord",
            "app.bsky.notification.updateSeen",
        ] {
            assert!(
                Retry::of(&request(Method::POST, nsid)) == Retry::Safe,
                "{nsid}"
            );
        }
        assert!(Retry::of(&request(Method::GET, "app.bsky.feed.getTimeline")) == Retry::Safe);
    }

    #[test]
    fn an_oauth_challenge_names_its_error() {
        let e = from_www_authenticate(
            r#"DPoP error="invalid_token", error_description="Invalid DPoP key binding""#,
        );
        assert!(e.is("InvalidToken"), "so the session refreshes");
        assert_eq!(e.message, "Invalid DPoP key binding");
        assert_eq!(e.status, Some(StatusCode::UNAUTHORIZED));
        let e = from_www_authenticate(r#"DPoP error="use_dpop_nonce""#);
        assert!(e.is("use_dpop_nonce"));
        let e = from_www_authenticate("Bearer");
        assert!(e.error.is_none() && e.message == "Bearer");
    }

    #[test]
    fn lexicon_errors_keep_their_name_and_message() {
        use atrium_api::com::atproto::server::refresh_session::Error as Refresh;
        let e: XrpcError = atrium_xrpc::Error::XrpcResponse(atrium_xrpc::error::XrpcError {
            status: StatusCode::BAD_REQUEST,
            error: Some(atrium_xrpc::error::XrpcErrorKind::Custom(
                Refresh::ExpiredToken(Some("Token has expired".into())),
            )),
        })
        .into();
        assert!(e.is("ExpiredToken"));
        assert_eq!(e.message, "Token has expired");
        let ours = XrpcError::refused(Error::remote("over the limit"));
        let back: XrpcError =
            atrium_xrpc::Error::<Refresh>::HttpClient(Box::new(ours.clone())).into();
        assert_eq!(back.message, "over the limit");
        assert!(back.refused.is_some() && !back.retryable());
    }
}
