//! Client ID Metadata Documents (draft-ietf-oauth-client-id-metadata-document):
//! an MCP client names itself by an https URL, and the hosted server's
//! authorization server reads who it is and where it may be sent back from
//! the document at that URL instead of a registration.

use std::time::Duration;

use reqwest::{StatusCode, Url};
use serde::Deserialize;

use crate::bsky::public_http::Fetcher;

/// The largest document read (the draft suggests 5 kB).
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024;
/// How long the client's server has to answer.
const FETCH_TIME: Duration = Duration::from_secs(5);
/// The longest client_id URL taken.
const MAX_URL: usize = 2000;

/// What the authorization server needs of a client.
#[derive(Clone, Debug)]
pub struct ClientDocument {
    /// The host that serves the document, which vouches for the client.
    pub host: String,
    pub client_name: Option<String>,
    pub redirect_uris: Vec<String>,
}

#[derive(Deserialize)]
struct Document {
    client_id: Option<String>,
    client_name: Option<String>,
    redirect_uris: Option<Vec<String>>,
    token_endpoint_auth_method: Option<String>,
    client_secret: Option<serde_json::Value>,
}

/// Whether `client_id` names a metadata document rather than a registration.
pub fn is_document_url(client_id: &str) -> bool {
    client_id.starts_with("https://")
}

/// Checks `client_id` as the draft requires a client identifier URL to be:
/// https, a path other than `/`, no dot segments, fragment or credentials,
/// written the one way a URL parser writes it back.
pub fn check_url(client_id: &str) -> Result<Url, String> {
    if client_id.len() > MAX_URL {
        return Err(format!("the client_id URL is over {MAX_URL} characters"));
    }
    let url = Url::parse(client_id).map_err(|e| format!("the client_id is not a URL: {e}"))?;
    let why = if url.scheme() != "https" {
        Some("must be https")
    } else if url.path() == "/" {
        Some("must have a path")
    } else if url.fragment().is_some() {
        Some("must not have a fragment")
    } else if !url.username().is_empty() || url.password().is_some() {
        Some("must not hold a user name or password")
    } else if url.as_str() != client_id {
        Some("must be written plainly (no dot segments, default port or upper-case host)")
    } else {
        None
    };
    match why {
        Some(why) => Err(format!("the client_id URL {client_id} {why}")),
        None => Ok(url),
    }
}

/// Fetches and checks the client's metadata document: a 200 answer (no
/// redirect) of at most [`MAX_DOCUMENT_BYTES`], whose `client_id` is the URL
/// itself, naming its redirect URIs, for a public client. Says why not in a
/// sentence.
pub async fn fetch(fetcher: &Fetcher, client_id: &str) -> Result<ClientDocument, String> {
    let url = check_url(client_id)?;
    let mut response = fetcher.get(&url, FETCH_TIME).await?;
    if response.status() != StatusCode::OK {
        return Err(format!(
            "{client_id} answered {} (a metadata document is served with 200, without redirects)",
            response.status()
        ));
    }
    let too_big = || format!("the document at {client_id} is over {MAX_DOCUMENT_BYTES} bytes");
    if response
        .content_length()
        .is_some_and(|n| n > MAX_DOCUMENT_BYTES as u64)
    {
        return Err(too_big());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| format!("reading {client_id}: {e}"))?
    {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_DOCUMENT_BYTES {
            return Err(too_big());
        }
    }
    let document: Document = serde_json::from_slice(&body)
        .map_err(|e| format!("{client_id} is not a client metadata document: {e}"))?;
    check(&url, document)
}

/// Checks the document read from `url`, a client_id that [`check_url`] took.
fn check(url: &Url, document: Document) -> Result<ClientDocument, String> {
    let client_id = url.as_str();
    if document.client_id.as_deref() != Some(client_id) {
        return Err(format!(
            "the document at {client_id} names another client_id ({}); it must be its own URL",
            document.client_id.as_deref().unwrap_or("none")
        ));
    }
    if document.client_secret.is_some()
        || document
            .token_endpoint_auth_method
            .as_deref()
            .is_some_and(|m| m != "none")
    {
        return Err(format!(
            "the document at {client_id} describes a client that authenticates \
             (token_endpoint_auth_method {}); only public clients (`none`) are served",
            document
                .token_endpoint_auth_method
                .as_deref()
                .unwrap_or("with a client_secret")
        ));
    }
    let redirect_uris = document.redirect_uris.unwrap_or_default();
    if redirect_uris.is_empty() {
        return Err(format!(
            "the document at {client_id} names no redirect_uris"
        ));
    }
    Ok(ClientDocument {
        host: url.host_str().unwrap_or_default().to_owned(),
        client_name: document.client_name.map(|n| n.chars().take(100).collect()),
        redirect_uris,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "https://app.example/oauth/client.json";

    fn id() -> Url {
        check_url(ID).unwrap()
    }

    fn document(json: serde_json::Value) -> Document {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn a_client_id_url_is_https_with_a_plain_path() {
        assert!(check_url(ID).is_ok());
        assert!(check_url("https://app.example:8443/c?v=1").is_ok());
        for (bad, why) in [
            ("http://app.example/client.json", "must be https"),
            ("https://app.example/", "must have a path"),
            ("https://app.example", "must have a path"),
            ("https://app.example/c#x", "fragment"),
            ("https://me:pw@app.example/c", "user name"),
            ("https://app.example/a/../c", "written plainly"),
            ("https://app.example/./c", "written plainly"),
            ("https://APP.example/c", "written plainly"),
            ("https://app.example:443/c", "written plainly"),
            ("not a url", "not a URL"),
        ] {
            let e = check_url(bad).unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
        }
        let long = format!("https://app.example/{}", "x".repeat(MAX_URL));
        assert!(check_url(&long).unwrap_err().contains("over 2000"));
    }

    #[test]
    fn a_document_must_name_itself_and_a_public_client() {
        let good = check(
            &id(),
            document(serde_json::json!({
                "client_id": ID, "client_name": "App", "redirect_uris": ["https://app.example/cb"],
                "token_endpoint_auth_method": "none",
            })),
        )
        .unwrap();
        assert_eq!(good.host, "app.example");
        assert_eq!(good.client_name.as_deref(), Some("App"));
        assert_eq!(good.redirect_uris, ["https://app.example/cb"]);

        let other = serde_json::json!({"client_id": "https://evil.example/c", "redirect_uris": ["https://a/cb"]});
        assert!(
            check(&id(), document(other))
                .unwrap_err()
                .contains("names another client_id (https://evil.example/c)")
        );
        let secret = serde_json::json!({"client_id": ID, "redirect_uris": ["https://a/cb"],
            "token_endpoint_auth_method": "client_secret_basic"});
        assert!(
            check(&id(), document(secret))
                .unwrap_err()
                .contains("client_secret_basic")
        );
        let shared = serde_json::json!({"client_id": ID, "redirect_uris": ["https://a/cb"], "client_secret": "s"});
        assert!(
            check(&id(), document(shared))
                .unwrap_err()
                .contains("only public clients")
        );
        let nowhere = serde_json::json!({"client_id": ID});
        assert!(
            check(&id(), document(nowhere))
                .unwrap_err()
                .contains("no redirect_uris")
        );
        let name = serde_json::json!({"client_id": ID, "redirect_uris": ["https://a/cb"], "client_name": "n".repeat(500)});
        assert_eq!(
            check(&id(), document(name))
                .unwrap()
                .client_name
                .unwrap()
                .len(),
            100
        );
    }
}
