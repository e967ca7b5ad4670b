//! A small XRPC client over reqwest: queries (GET) and procedures (POST) with
//! the errors a PDS returns turned into readable ones.

use std::sync::Arc;
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};

use chrono::{DateTime, Utc};
use reqwest::header::HeaderMap;
use reqwest::{Client, Method, StatusCode, Url};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::limits::{MAX_WAIT, RateLimiter};
use crate::error::Error;

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

impl XrpcError {
    pub fn is(&self, name: &str) -> bool {
        self.error.as_deref() == Some(name)
    }

    /// Worth trying again: no answer, a server error, or a 429 whose wait is short.
    pub fn retryable(&self) -> bool {
        if self.refused.is_some() {
            return false;
        }
        match self.status {
            None => true,
            Some(s) if s == StatusCode::TOO_MANY_REQUESTS => self.short_wait().is_some(),
            Some(s) => s.is_server_error(),
        }
    }

    /// The server's wait before a retry, when it gave one no longer than [`MAX_WAIT`].
    fn short_wait(&self) -> Option<Duration> {
        let wait = (self.retry_at? - Utc::now()).to_std().unwrap_or_default();
        (wait <= MAX_WAIT).then_some(wait)
    }

    fn refused(error: Error) -> XrpcError {
        XrpcError {
            status: None,
            error: None,
            message: error.message.clone(),
            body: None,
            retry_at: None,
            refused: Some(Box::new(error)),
        }
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
            Some(s) if s == StatusCode::BAD_REQUEST => Error::input(format!("{nsid}: {detail}")),
            Some(s) if s == StatusCode::UNAUTHORIZED => Error::auth(format!("{nsid}: {detail}"))
                .with_help("log in again with `mcp-bluesky auth login`"),
            Some(s) if s == StatusCode::TOO_MANY_REQUESTS => Error::remote(format!(
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

#[derive(Deserialize)]
struct ErrorBody {
    error: Option<String>,
    message: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Xrpc {
    http: Client,
    base: Url,
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

impl Xrpc {
    pub fn new(http: Client, pds_url: &str) -> Result<Self, Error> {
        let mut base = Url::parse(pds_url)
            .map_err(|e| Error::config(format!("PDS URL {pds_url:?} is not valid: {e}")))?;
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        Ok(Xrpc {
            http,
            base,
            limiter: None,
        })
    }

    /// This client, spending from `limiter` on every call.
    pub fn with_limiter(mut self, limiter: Arc<RateLimiter>) -> Self {
        self.limiter = Some(limiter);
        self
    }

    /// The shared HTTP client: rustls, timeouts, a user agent naming this program.
    pub fn http_client() -> Client {
        Client::builder()
            .user_agent(concat!("mcp-bluesky/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .build()
            .expect("the HTTP client builds with static settings")
    }

    pub fn client(&self) -> Client {
        self.http.clone()
    }

    fn url(&self, nsid: &str) -> Url {
        self.base
            .join(&format!("xrpc/{nsid}"))
            .expect("NSIDs are valid URL paths")
    }

    pub async fn query<T: DeserializeOwned>(
        &self,
        nsid: &str,
        params: &[(&str, String)],
        token: Option<&SecretString>,
    ) -> Result<T, XrpcError> {
        let request = self.http.request(Method::GET, self.url(nsid)).query(params);
        self.send(request, token, Retry::Safe).await
    }

    /// A POST sent once: its repetition could do something twice (a create
    /// without its own look-up, a login, a token refresh).
    pub async fn procedure<T: DeserializeOwned>(
        &self,
        nsid: &str,
        body: Option<&serde_json::Value>,
        token: Option<&SecretString>,
    ) -> Result<T, XrpcError> {
        self.send(self.post(nsid, body), token, Retry::Never).await
    }

    /// A POST that changes nothing when repeated (a delete, marking seen),
    /// retried after network errors and 5xx.
    pub async fn procedure_idempotent<T: DeserializeOwned>(
        &self,
        nsid: &str,
        body: Option<&serde_json::Value>,
        token: Option<&SecretString>,
    ) -> Result<T, XrpcError> {
        self.send(self.post(nsid, body), token, Retry::Safe).await
    }

    fn post(&self, nsid: &str, body: Option<&serde_json::Value>) -> reqwest::RequestBuilder {
        let request = self.http.request(Method::POST, self.url(nsid));
        match body {
            Some(body) => request.json(body),
            None => request,
        }
    }

    /// A POST whose body is raw bytes of a given type (blob and video uploads),
    /// retried: the same bytes make the same blob.
    pub async fn upload<T: DeserializeOwned>(
        &self,
        nsid: &str,
        params: &[(&str, String)],
        bytes: Vec<u8>,
        mime: &str,
        token: Option<&SecretString>,
    ) -> Result<T, XrpcError> {
        let request = self
            .http
            .request(Method::POST, self.url(nsid))
            .query(params)
            .header(reqwest::header::CONTENT_TYPE, mime)
            .body(bytes);
        self.send(request, token, Retry::Safe).await
    }

    /// Sends a request, spending from the rate limit first; a [`Retry::Safe`]
    /// one is sent again after network errors, 5xx and short 429s, with
    /// exponential back-off and jitter, at most 3 more times within 15 s.
    async fn send<T: DeserializeOwned>(
        &self,
        mut request: reqwest::RequestBuilder,
        token: Option<&SecretString>,
        retry: Retry,
    ) -> Result<T, XrpcError> {
        if let Some(token) = token {
            request = request.bearer_auth(token.expose_secret());
        }
        let attempt = || async {
            let request = request.try_clone().expect("XRPC bodies are in memory");
            self.send_once(request).await
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
                Some(s) if s == StatusCode::TOO_MANY_REQUESTS => e.short_wait().or(backoff),
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

    async fn send_once<T: DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T, XrpcError> {
        if let Some(limiter) = &self.limiter {
            limiter.acquire().await.map_err(XrpcError::refused)?;
        }
        let response = request.send().await.map_err(|e| XrpcError {
            status: None,
            error: None,
            message: describe_transport_error(&e),
            body: None,
            retry_at: None,
            refused: None,
        })?;
        let status = response.status();
        let retry_at = retry_at(status, response.headers(), Utc::now());
        if let Some(limiter) = &self.limiter {
            let limited = (status == StatusCode::TOO_MANY_REQUESTS)
                .then_some(retry_at)
                .flatten();
            limiter.observe(response.headers(), limited);
        }
        // An answer that breaks off is a network failure, whatever its status said.
        let bytes = response.bytes().await.map_err(|e| XrpcError {
            status: None,
            error: None,
            message: format!(
                "the answer (HTTP {status}) broke off: {}",
                describe_transport_error(&e)
            ),
            body: None,
            retry_at,
            refused: None,
        })?;
        if !status.is_success() {
            let raw: Option<serde_json::Value> = serde_json::from_slice(&bytes).ok();
            let body: Option<ErrorBody> = raw.clone().and_then(|v| serde_json::from_value(v).ok());
            return Err(XrpcError {
                status: Some(status),
                error: body.as_ref().and_then(|b| b.error.clone()),
                message: body
                    .and_then(|b| b.message)
                    .unwrap_or_else(|| status.canonical_reason().unwrap_or("").to_string()),
                body: raw,
                retry_at,
                refused: None,
            });
        }
        let bytes = if bytes.is_empty() {
            &b"{}"[..]
        } else {
            &bytes[..]
        };
        serde_json::from_slice(bytes).map_err(|e| XrpcError {
            status: Some(status),
            error: None,
            message: format!("unexpected response: {e}"),
            body: None,
            retry_at: None,
            refused: None,
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

/// reqwest's errors hide the cause; walk the chain for the useful part.
fn describe_transport_error(e: &reqwest::Error) -> String {
    let mut text = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "could not connect".to_string()
    } else {
        "request failed".to_string()
    };
    let mut source = std::error::Error::source(e);
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
}
