//! The authorization server's endpoints (OAuth 2.1 as the MCP authorization
//! specification uses it): clients named by their metadata document's URL
//! or by dynamic client registration, `/authorize` (which
//! asks for the person's handle and sends them through their own PDS's
//! consent), the callback from that PDS, `/token` (authorization code with
//! PKCE S256, refresh with rotation) and `/revoke`.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Form, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::grants::{self, ACCESS_LIFETIME, Code};
use super::{Hosted, escape};
use crate::core::hosted as core;

/// The one scope this server grants: the person's Bluesky tools.
pub const SCOPE: &str = "bluesky";

/// Most redirect URIs a client may register, and how long each may be.
const MAX_REDIRECTS: usize = 10;
const MAX_URL: usize = 2000;
/// Longest `state` a client may send (it is kept with the login and sent back).
const MAX_STATE: usize = 1024;

#[derive(Deserialize)]
pub struct Registration {
    #[serde(default)]
    redirect_uris: Vec<String>,
    client_name: Option<String>,
    token_endpoint_auth_method: Option<String>,
}

pub async fn register(State(hosted): State<Hosted>, Json(request): Json<Registration>) -> Response {
    if request
        .token_endpoint_auth_method
        .as_deref()
        .is_some_and(|m| m != "none")
    {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_client_metadata",
            "token_endpoint_auth_method: only public clients (`none`) register here",
        );
    }
    if request.redirect_uris.is_empty() || request.redirect_uris.len() > MAX_REDIRECTS {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_redirect_uri",
            &format!("redirect_uris: give 1 to {MAX_REDIRECTS}"),
        );
    }
    if let Some(bad) = request.redirect_uris.iter().find(|u| !redirect_allowed(u)) {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_redirect_uri",
            &format!(
                "redirect_uris: {bad:?} must be https, or http on a loopback address, without a fragment, at most {MAX_URL} characters"
            ),
        );
    }
    let name = request
        .client_name
        .map(|n| n.chars().take(100).collect::<String>());
    match grants::register(&hosted.db, name.as_deref(), &request.redirect_uris).await {
        Ok(None) => (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, "60")],
            Json(serde_json::json!({
                "error": "temporarily_unavailable",
                "error_description": format!(
                    "more than {} clients registered in the last minute; try again in a minute",
                    grants::REGISTRATIONS_PER_MINUTE
                ),
            })),
        )
            .into_response(),
        Ok(Some(client_id)) => (
            StatusCode::CREATED,
            Json(serde_json::json!({
                "client_id": client_id,
                "client_id_issued_at": chrono::Utc::now().timestamp(),
                "client_name": name,
                "redirect_uris": request.redirect_uris,
                "token_endpoint_auth_method": "none",
                "grant_types": ["authorization_code", "refresh_token"],
                "response_types": ["code"],
            })),
        )
            .into_response(),
        Err(e) => server_error(&e),
    }
}

/// Whether a client may be sent back to `uri`: https anywhere, or http on
/// loopback (native apps), with no fragment. Registrations are held to it,
/// and so are the redirect URIs of metadata documents when used.
fn redirect_allowed(uri: &str) -> bool {
    let Ok(url) = url::Url::parse(uri) else {
        return false;
    };
    let loopback = matches!(url.host_str(), Some("127.0.0.1" | "[::1]" | "localhost"));
    uri.len() <= MAX_URL
        && url.fragment().is_none()
        && (url.scheme() == "https" || (url.scheme() == "http" && loopback))
}

/// An MCP client's authorization request, as `/authorize` received it.
#[derive(Deserialize, Serialize, Clone)]
pub struct Request {
    response_type: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    code_challenge: Option<String>,
    code_challenge_method: Option<String>,
    state: Option<String>,
    scope: Option<String>,
    resource: Option<String>,
}

/// A request checked: the client is known and the redirect URI is its own.
struct Checked {
    client_name: Option<String>,
    /// The host whose metadata document named the client, if one did.
    from: Option<String>,
    redirect_uri: String,
}

impl Request {
    /// Checks the request. An `Err` that is a page cannot be sent back to
    /// the client (unknown client, unregistered redirect); any other is a
    /// redirect carrying the OAuth error.
    async fn check(&self, hosted: &Hosted) -> Result<Checked, Box<Response>> {
        let page = |text: &str| {
            Box::new((StatusCode::BAD_REQUEST, Html(super::page(text))).into_response())
        };
        let Some(client_id) = &self.client_id else {
            return Err(page("The request names no client (client_id)."));
        };
        let (client, from) = if core::names_document(client_id) {
            // A client named by its metadata document: read it now.
            match core::client_document(&hosted.ctx, client_id).await {
                Ok(document) => (
                    grants::Client {
                        redirect_uris: document.redirect_uris,
                        name: document.client_name,
                    },
                    Some(document.host),
                ),
                Err(e) => {
                    return Err(page(&format!(
                        "This client's metadata document cannot be used: {}",
                        e.message
                    )));
                }
            }
        } else {
            match grants::client(&hosted.db, client_id).await {
                Ok(Some(client)) => (client, None),
                Ok(None) => return Err(page("This client is not registered here.")),
                Err(e) => return Err(Box::new(server_error(&e))),
            }
        };
        let Some(redirect_uri) = self
            .redirect_uri
            .as_ref()
            .filter(|r| client.redirect_uris.contains(r) && redirect_allowed(r))
        else {
            return Err(page(
                "The redirect_uri is not one this client registered, so the answer cannot be sent back.",
            ));
        };
        let back = |error: &str, description: &str| {
            Err(Box::new(redirect_with(
                redirect_uri,
                &[
                    ("error", error),
                    ("error_description", description),
                    ("state", self.state.as_deref().unwrap_or_default()),
                    ("iss", &hosted.public),
                ],
            )))
        };
        if self.state.as_ref().is_some_and(|s| s.len() > MAX_STATE) {
            return Err(page(&format!(
                "The request's state is longer than {MAX_STATE} characters."
            )));
        }
        if self.response_type.as_deref() != Some("code") {
            return back("unsupported_response_type", "response_type must be code");
        }
        if self.code_challenge_method.as_deref() != Some("S256")
            || self
                .code_challenge
                .as_ref()
                .is_none_or(|c| c.len() < 43 || c.len() > 128)
        {
            return back(
                "invalid_request",
                "PKCE is required: code_challenge (43-128 characters) with code_challenge_method S256",
            );
        }
        if self
            .resource
            .as_ref()
            .is_some_and(|r| *r != hosted.resource)
        {
            return back(
                "invalid_target",
                "resource must be this server's MCP endpoint",
            );
        }
        if self
            .scope
            .as_ref()
            .is_some_and(|s| s.split(' ').any(|s| !s.is_empty() && s != SCOPE))
        {
            return back("invalid_scope", "the only scope offered is `bluesky`");
        }
        Ok(Checked {
            client_name: client.name,
            from,
            redirect_uri: redirect_uri.clone(),
        })
    }
}

/// `/authorize`: checks the request and asks for the person's handle.
pub async fn authorize(State(hosted): State<Hosted>, Query(request): Query<Request>) -> Response {
    let checked = match request.check(&hosted).await {
        Ok(checked) => checked,
        Err(response) => return *response,
    };
    let hidden: String = serde_json::to_value(&request)
        .ok()
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_string())))
        .map(|(k, v)| {
            format!(
                "<input type=hidden name=\"{}\" value=\"{}\">",
                escape(&k),
                escape(&v)
            )
        })
        .collect();
    let client = checked
        .client_name
        .unwrap_or_else(|| "An MCP client".into());
    let back_to = url::Url::parse(&checked.redirect_uri)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    // The form's answer must come from this page in this browser: a page
    // elsewhere that posts the form on its own has no cookie to send along.
    let csrf = match grants::secret() {
        Ok(csrf) => csrf,
        Err(e) => return server_error(&e),
    };
    let from = checked
        .from
        .map(|host| format!("described by {}, ", escape(&host)))
        .unwrap_or_default();
    let body = format!(
        "<h1>Connect Bluesky</h1>\
         <p><b>{}</b> ({from}returning to {}) asks to use Bluesky as you through this server.</p>\
         <form method=post action=\"authorize\">{hidden}<input type=hidden name=csrf value=\"{csrf}\">\
         <label>Your handle <input name=handle autocomplete=username placeholder=alice.bsky.social required></label> \
         <button type=submit>Continue to Bluesky</button></form>\
         <p>You will sign in and approve on your own Bluesky server; this server never sees your password.</p>",
        escape(&client),
        escape(&back_to)
    );
    (
        [
            (
                header::SET_COOKIE,
                format!(
                    "{CSRF_COOKIE}={csrf}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=600"
                ),
            ),
            // Never inside another site's frame (clickjacking).
            (header::X_FRAME_OPTIONS, "DENY".into()),
            (
                header::CONTENT_SECURITY_POLICY,
                "frame-ancestors 'none'".into(),
            ),
        ],
        Html(super::document(&body)),
    )
        .into_response()
}

/// Whether the form's `csrf` is the one this browser's cookie holds.
fn same_browser(headers: &axum::http::HeaderMap, csrf: &str) -> bool {
    use subtle::ConstantTimeEq;
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix(CSRF_COOKIE)?.strip_prefix('='))
        .any(|cookie| !csrf.is_empty() && bool::from(cookie.as_bytes().ct_eq(csrf.as_bytes())))
}

/// The cookie that ties the handle form's answer to the page that asked.
const CSRF_COOKIE: &str = "__Host-mcp_bluesky_csrf";

#[derive(Deserialize)]
pub struct HandleForm {
    handle: String,
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    request: Request,
}

/// The handle form's answer: the person goes on to their PDS's sign-in.
pub async fn authorize_handle(
    State(hosted): State<Hosted>,
    headers: axum::http::HeaderMap,
    Form(form): Form<HandleForm>,
) -> Response {
    if !same_browser(&headers, &form.csrf) {
        return (
            StatusCode::BAD_REQUEST,
            Html(super::page(
                "This form expired or came from another site. Start again from your MCP client.",
            )),
        )
            .into_response();
    }
    if let Err(response) = form.request.check(&hosted).await {
        return *response;
    }
    let app = match serde_json::to_value(&form.request) {
        Ok(app) => app,
        Err(e) => return server_error(&crate::error::Error::io(e.to_string())),
    };
    match core::start_login(&hosted.ctx, &form.handle, app).await {
        Ok(url) => Redirect::to(&url).into_response(),
        Err(e) => (
            StatusCode::BAD_REQUEST,
            Html(super::page(&format!(
                "Cannot sign in as {}: {}",
                form.handle, e.message
            ))),
        )
            .into_response(),
    }
}

/// The person's PDS sends the browser back here; the MCP client gets a code.
pub async fn callback(
    State(hosted): State<Hosted>,
    Query(mut query): Query<HashMap<String, String>>,
) -> Response {
    let failed = |text: String| (StatusCode::BAD_REQUEST, Html(super::page(&text))).into_response();
    if let Some(error) = query.remove("error") {
        // The person said no at their PDS: the MCP client hears it, as OAuth says.
        let app = match query.get("state") {
            Some(state) => core::cancel_login(&hosted.ctx, state).await,
            None => Ok(None),
        };
        let request = match app {
            Ok(Some(app)) => serde_json::from_value::<Request>(app).ok(),
            Ok(None) => None,
            Err(e) => return server_error(&e),
        };
        let Some(request) = request else {
            return failed(format!(
                "Bluesky did not grant access ({error}). Start again from your MCP client."
            ));
        };
        return match request.check(&hosted).await {
            Ok(checked) => redirect_with(
                &checked.redirect_uri,
                &[
                    ("error", "access_denied"),
                    (
                        "error_description",
                        "the person did not grant access at their Bluesky server",
                    ),
                    ("state", request.state.as_deref().unwrap_or_default()),
                    ("iss", &hosted.public),
                ],
            ),
            Err(response) => *response,
        };
    }
    let (Some(state), Some(code)) = (query.remove("state"), query.remove("code")) else {
        return failed("The sign-in came back without its code.".into());
    };
    let iss = query.remove("iss");
    let (did, handle, app) =
        match core::finish_login(&hosted.ctx, &state, &code, iss.as_deref()).await {
            Ok(done) => done,
            Err(e) => return failed(format!("The sign-in failed: {}", e.message)),
        };
    let Ok(request) = serde_json::from_value::<Request>(app) else {
        return failed("The sign-in's request was lost.".into());
    };
    // Checked at /authorize; the client may have gone since.
    let checked = match request.check(&hosted).await {
        Ok(checked) => checked,
        Err(response) => return *response,
    };
    let code = Code {
        client_id: request.client_id.clone().unwrap_or_default(),
        did,
        redirect_uri: checked.redirect_uri.clone(),
        code_challenge: request.code_challenge.clone().unwrap_or_default(),
        resource: hosted.resource.clone(),
        scope: SCOPE.into(),
    };
    match grants::issue_code(&hosted.db, &code).await {
        Ok(secret) => {
            tracing::info!(%handle, "issued an authorization code");
            redirect_with(
                &checked.redirect_uri,
                &[
                    ("code", &secret),
                    ("state", request.state.as_deref().unwrap_or_default()),
                    ("iss", &hosted.public),
                ],
            )
        }
        Err(e) => server_error(&e),
    }
}

#[derive(Deserialize)]
pub struct TokenRequest {
    grant_type: String,
    code: Option<String>,
    redirect_uri: Option<String>,
    code_verifier: Option<String>,
    client_id: Option<String>,
    refresh_token: Option<String>,
    resource: Option<String>,
}

pub async fn token(State(hosted): State<Hosted>, Form(request): Form<TokenRequest>) -> Response {
    let Some(client_id) = request.client_id.as_deref() else {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "client_id is required",
        );
    };
    if request
        .resource
        .as_ref()
        .is_some_and(|r| *r != hosted.resource)
    {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_target",
            "resource must be this server's MCP endpoint",
        );
    }
    let issued = match request.grant_type.as_str() {
        "authorization_code" => {
            let (Some(code), Some(verifier)) = (&request.code, &request.code_verifier) else {
                return oauth_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "code and code_verifier are required",
                );
            };
            let code = match grants::take_code(&hosted.db, code).await {
                Ok(Some(code)) => code,
                Ok(None) => return invalid_grant("the code is unknown, used or expired"),
                Err(e) => return server_error(&e),
            };
            if code.client_id != client_id {
                return invalid_grant("the code was issued to another client");
            }
            if request.redirect_uri.as_deref() != Some(code.redirect_uri.as_str()) {
                return invalid_grant("redirect_uri differs from the authorization request's");
            }
            if crate::core::hosted::pkce_challenge(verifier) != code.code_challenge {
                return invalid_grant("code_verifier does not match the code_challenge");
            }
            grants::issue_tokens(
                &hosted.db,
                client_id,
                &code.did,
                &code.resource,
                &code.scope,
            )
            .await
        }
        "refresh_token" => {
            let Some(refresh) = &request.refresh_token else {
                return oauth_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "refresh_token is required",
                );
            };
            match grants::take_refresh(&hosted.db, refresh, client_id).await {
                Ok(Some((did, resource, scope))) => {
                    grants::issue_tokens(&hosted.db, client_id, &did, &resource, &scope).await
                }
                Ok(None) => return invalid_grant("the refresh token is unknown, used or expired"),
                Err(e) => return server_error(&e),
            }
        }
        other => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                &format!("grant_type {other:?}: use authorization_code or refresh_token"),
            );
        }
    };
    match issued {
        Ok(issued) => (
            [(header::CACHE_CONTROL, "no-store")],
            Json(serde_json::json!({
                "access_token": issued.access_token,
                "token_type": "Bearer",
                "expires_in": ACCESS_LIFETIME.num_seconds(),
                "refresh_token": issued.refresh_token,
                "scope": issued.scope,
            })),
        )
            .into_response(),
        Err(e) => server_error(&e),
    }
}

#[derive(Deserialize)]
pub struct RevokeRequest {
    token: String,
}

/// RFC 7009: the token is gone, whether or not it was known.
pub async fn revoke(State(hosted): State<Hosted>, Form(request): Form<RevokeRequest>) -> Response {
    match grants::revoke(&hosted.db, &request.token).await {
        Ok(()) => StatusCode::OK.into_response(),
        Err(e) => server_error(&e),
    }
}

fn redirect_with(base: &str, pairs: &[(&str, &str)]) -> Response {
    let Ok(mut url) = url::Url::parse(base) else {
        return (StatusCode::BAD_REQUEST, "bad redirect_uri").into_response();
    };
    {
        let mut query = url.query_pairs_mut();
        for (k, v) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
            query.append_pair(k, v);
        }
    }
    Redirect::to(url.as_str()).into_response()
}

fn invalid_grant(why: &str) -> Response {
    oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", why)
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        Json(serde_json::json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

fn server_error(e: &crate::error::Error) -> Response {
    tracing::error!("{}", e.message);
    oauth_error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "server_error",
        "the server could not complete this; try again",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_answer_must_carry_this_browsers_cookie() {
        let mut headers = axum::http::HeaderMap::new();
        assert!(!same_browser(&headers, "abc"));
        headers.insert(
            header::COOKIE,
            format!("other=1; {CSRF_COOKIE}=abc").parse().unwrap(),
        );
        assert!(same_browser(&headers, "abc"));
        assert!(!same_browser(&headers, "abd"));
        assert!(!same_browser(&headers, ""));
        headers.insert(header::COOKIE, format!("{CSRF_COOKIE}=").parse().unwrap());
        assert!(!same_browser(&headers, ""));
    }

    #[test]
    fn redirects_go_to_https_or_loopback_only() {
        assert!(redirect_allowed("https://app.example/cb"));
        assert!(redirect_allowed("http://127.0.0.1:3000/callback"));
        assert!(redirect_allowed("http://localhost:3000/callback"));
        for bad in [
            "http://evil.example/cb",
            "https://app.example/cb#frag",
            "javascript:alert(1)",
            "not a url",
        ] {
            assert!(!redirect_allowed(bad), "{bad}");
        }
        assert!(!redirect_allowed(&format!(
            "https://a.example/{}",
            "x".repeat(MAX_URL)
        )));
    }
}
