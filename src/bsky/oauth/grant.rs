//! An OAuth grant after the login: refreshing its tokens and revoking it at
//! the authorization server's endpoints, each request carrying a DPoP proof
//! made with the grant's key and the `client_id` the grant was made to.

use atrium_xrpc::HttpClient;
use atrium_xrpc::http::{Method, Request, StatusCode};
use chrono::{TimeDelta, Utc};
use secrecy::ExposeSecret;
use serde::Deserialize;

use super::web::ClientKey;
use crate::bsky::session::OAuthTokens;
use crate::bsky::xrpc::{Transport, XrpcError};
use crate::error::{Error, Result};

/// What this program needs of the authorization server's metadata (RFC 8414).
#[derive(Deserialize)]
pub(super) struct ServerMetadata {
    issuer: String,
    pub token_endpoint: String,
    revocation_endpoint: Option<String>,
    pub authorization_endpoint: Option<String>,
    pub pushed_authorization_request_endpoint: Option<String>,
}

/// A token endpoint's answer (RFC 6749 §5.1, with atproto's `sub`).
#[derive(Deserialize)]
pub(super) struct TokenResponse {
    pub access_token: String,
    pub token_type: String,
    pub expires_in: Option<i64>,
    pub refresh_token: Option<String>,
    pub scope: Option<String>,
    pub sub: Option<String>,
}

/// An OAuth error answer (RFC 6749 §5.2).
#[derive(Deserialize)]
struct ErrorResponse {
    error: String,
    error_description: Option<String>,
}

/// New tokens for `grant`, which belongs to `did`. Sent once: refresh tokens
/// are single-use, and the caller holds the session lock. A refusal is an
/// [`crate::error::Kind::Auth`] error; anything else leaves the grant usable.
/// A grant made to a confidential client authenticates with its `client` key.
pub async fn refresh(
    transport: &Transport,
    grant: &OAuthTokens,
    did: &str,
    client: Option<&ClientKey>,
) -> Result<OAuthTokens> {
    let metadata = server_metadata(transport, &grant.issuer).await?;
    let form = {
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        form.append_pair("grant_type", "refresh_token")
            .append_pair("refresh_token", grant.refresh_token.expose_secret())
            .append_pair("client_id", &grant.client_id);
        if let Some(client) = client {
            client.authenticate(&mut form, &grant.client_id, &grant.issuer)?;
        }
        form.finish()
    };
    let signed = transport.clone().with_dpop(grant.dpop_key.clone())?;
    let (status, body) = post_form(&signed, &metadata.token_endpoint, form).await?;
    if status != StatusCode::OK {
        return Err(refusal(status, &body, "refresh the grant"));
    }
    let answer: TokenResponse = serde_json::from_slice(&body).map_err(|e| {
        Error::remote(format!(
            "{}: the token endpoint's answer is not a token response: {e}",
            grant.issuer
        ))
    })?;
    if !answer.token_type.eq_ignore_ascii_case("DPoP") {
        return Err(Error::remote(format!(
            "{}: the refreshed token is of type `{}`, not DPoP",
            grant.issuer, answer.token_type
        )));
    }
    if answer.sub.as_deref().is_some_and(|sub| sub != did) {
        return Err(Error::auth(format!(
            "{}: the refreshed grant is for another account",
            grant.issuer
        )));
    }
    let refresh_token = answer.refresh_token.ok_or_else(|| {
        Error::remote(format!(
            "{}: the refresh returned no refresh token",
            grant.issuer
        ))
    })?;
    Ok(OAuthTokens {
        access_token: answer.access_token.into(),
        refresh_token: refresh_token.into(),
        expires_at: expiry(answer.expires_in),
        scope: answer.scope.unwrap_or_else(|| grant.scope.clone()),
        ..grant.clone()
    })
}

/// Revokes `grant` (RFC 7009) with its refresh token, which ends the whole
/// grant. The PDS answers 200; a 204 is success too.
pub async fn revoke(
    transport: &Transport,
    grant: &OAuthTokens,
    client: Option<&ClientKey>,
) -> Result<()> {
    let metadata = server_metadata(transport, &grant.issuer).await?;
    let endpoint = metadata
        .revocation_endpoint
        .ok_or_else(|| Error::remote(format!("{} names no revocation endpoint", grant.issuer)))?;
    let form = {
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        form.append_pair("token", grant.refresh_token.expose_secret())
            .append_pair("token_type_hint", "refresh_token")
            .append_pair("client_id", &grant.client_id);
        if let Some(client) = client {
            client.authenticate(&mut form, &grant.client_id, &grant.issuer)?;
        }
        form.finish()
    };
    let signed = transport.clone().with_dpop(grant.dpop_key.clone())?;
    let (status, body) = post_form(&signed, &endpoint, form).await?;
    match status {
        StatusCode::OK | StatusCode::NO_CONTENT => Ok(()),
        _ => Err(refusal(status, &body, "revoke the grant")),
    }
}

/// When a token given for `expires_in` seconds expires; without an answer,
/// now (the next call refreshes it).
pub fn expiry(expires_in: Option<i64>) -> chrono::DateTime<Utc> {
    let now = Utc::now();
    expires_in
        .and_then(TimeDelta::try_seconds)
        .and_then(|d| now.checked_add_signed(d))
        .unwrap_or(now)
}

pub(super) async fn server_metadata(transport: &Transport, issuer: &str) -> Result<ServerMetadata> {
    let url = format!(
        "{}/.well-known/oauth-authorization-server",
        issuer.trim_end_matches('/')
    );
    let metadata: ServerMetadata = get_json(transport, &url).await?;
    if metadata.issuer != issuer {
        return Err(Error::remote(format!(
            "{url} names another issuer ({}) than the grant's ({issuer})",
            metadata.issuer
        )));
    }
    checked_url(&metadata.token_endpoint)?;
    for endpoint in [
        &metadata.revocation_endpoint,
        &metadata.authorization_endpoint,
        &metadata.pushed_authorization_request_endpoint,
    ]
    .into_iter()
    .flatten()
    {
        checked_url(endpoint)?;
    }
    Ok(metadata)
}

/// The JSON document at `url` (a GET answered 200).
pub(super) async fn get_json<T: serde::de::DeserializeOwned>(
    transport: &Transport,
    url: &str,
) -> Result<T> {
    let request = Request::builder()
        .method(Method::GET)
        .uri(checked_url(url)?)
        .body(Vec::new())
        .map_err(|e| Error::remote(format!("{url}: {e}")))?;
    let response = send(transport, request, url).await?;
    if response.status() != StatusCode::OK {
        return Err(Error::remote(format!(
            "{url} answered HTTP {}",
            response.status().as_u16()
        )));
    }
    serde_json::from_slice(response.body())
        .map_err(|e| Error::remote(format!("{url} is not the JSON document expected: {e}")))
}

/// `url` if it is an absolute http(s) URL; the server's metadata names it.
fn checked_url(url: &str) -> Result<&str> {
    match url::Url::parse(url) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") && parsed.has_host() => Ok(url),
        _ => Err(Error::remote(format!(
            "the authorization server names {url:?} as an endpoint, which is not an http(s) URL"
        ))),
    }
}

pub(super) async fn post_form(
    transport: &Transport,
    url: &str,
    form: String,
) -> Result<(StatusCode, Vec<u8>)> {
    let request = Request::builder()
        .method(Method::POST)
        .uri(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(form.into_bytes())
        .map_err(|e| Error::remote(format!("{url}: {e}")))?;
    let response = send(transport, request, url).await?;
    Ok((response.status(), response.into_body()))
}

async fn send(
    transport: &Transport,
    request: Request<Vec<u8>>,
    url: &str,
) -> Result<atrium_xrpc::http::Response<Vec<u8>>> {
    transport
        .send_http(request)
        .await
        .map_err(|e| XrpcError::from_boxed(e).into_error(url))
}

/// An error answer: `invalid_grant` (and any 4xx) means the grant is over.
pub(super) fn refusal(status: StatusCode, body: &[u8], what: &str) -> Error {
    let detail = serde_json::from_slice::<ErrorResponse>(body)
        .map(|e| match e.error_description {
            Some(d) => format!("{}: {d}", e.error),
            None => e.error,
        })
        .unwrap_or_else(|_| format!("HTTP {}", status.as_u16()));
    if status.is_client_error() {
        Error::auth(format!(
            "the authorization server refused to {what}: {detail}"
        ))
    } else {
        Error::remote(format!("could not {what}: {detail}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_must_be_absolute_http_urls() {
        assert!(checked_url("https://pds.example/oauth/token").is_ok());
        assert!(checked_url("http://localhost:2583/oauth/token").is_ok());
        for bad in [
            "/oauth/token",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "",
        ] {
            assert!(checked_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn refusals_name_the_oauth_error() {
        let e = refusal(
            StatusCode::BAD_REQUEST,
            br#"{"error":"invalid_grant","error_description":"Invalid refresh token"}"#,
            "refresh the grant",
        );
        assert_eq!(e.kind, crate::error::Kind::Auth);
        assert!(
            e.message.ends_with("invalid_grant: Invalid refresh token"),
            "{}",
            e.message
        );
        let e = refusal(StatusCode::BAD_GATEWAY, b"<html>", "refresh the grant");
        assert_eq!(e.kind, crate::error::Kind::Remote);
        assert!(e.message.ends_with("HTTP 502"), "{}", e.message);
    }

    #[test]
    fn token_lifetimes_count_from_now() {
        let soon = expiry(Some(3600)) - Utc::now();
        assert!((3590..=3600).contains(&soon.num_seconds()));
        assert!(expiry(None) <= Utc::now());
        assert!(expiry(Some(i64::MAX)) <= Utc::now() + TimeDelta::seconds(1));
    }
}
