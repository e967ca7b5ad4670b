//! The hosted server as an atproto OAuth web client of each person's PDS:
//! a confidential client (`private_key_jwt`, its key from the operator's
//! client key file) with PAR, PKCE and DPoP. [`WebClient::start`] pushes the
//! authorization request and gives back what the callback needs, which the
//! caller keeps (sealed, in the database) until the browser comes back to
//! any instance; [`WebClient::finish`] exchanges the code for tokens.

use std::path::Path;

use atrium_xrpc::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jose_jwk::{Ec, Jwk, Key};
use p256::ecdsa::signature::Signer as _;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};

use super::grant::{self, TokenResponse};
use super::login::{Granted, find_pds};
use crate::bsky::session::OAuthTokens;
use crate::bsky::xrpc::Transport;
use crate::error::{Error, Result, io_error};

const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// The client's signing key (P-256), whose public half is served as its JWKS.
pub struct ClientKey {
    secret: p256::SecretKey,
    kid: String,
}

impl ClientKey {
    /// The key in `path`: a private P-256 JWK with a `kid` (what `hosted keygen` writes).
    pub fn from_file(path: &Path) -> Result<ClientKey> {
        let text =
            std::fs::read_to_string(path).map_err(|e| io_error("read the client key", path, e))?;
        let bad = |why: &str| {
            Error::config(format!("the client key in {} {why}", path.display()))
                .with_help("make one with `mcp-bluesky hosted keygen --out DIR`")
        };
        let jwk: Jwk = serde_json::from_str(&text).map_err(|_| bad("is not a JWK"))?;
        let kid = jwk.prm.kid.clone().ok_or_else(|| bad("has no `kid`"))?;
        match jose_jwk::crypto::Key::try_from(&jwk.key) {
            Ok(jose_jwk::crypto::Key::P256(jose_jwk::crypto::Kind::Secret(secret))) => {
                Ok(ClientKey { secret, kid })
            }
            _ => Err(bad("is not a private P-256 (ES256) key")),
        }
    }

    /// A new private key as a JWK, for the client key file.
    pub fn generate() -> Result<String> {
        let secret = new_secret()?;
        let jwk = Jwk {
            key: Key::Ec(Ec::from(&secret)),
            prm: jose_jwk::Parameters {
                kid: Some(random_text(12)?),
                ..Default::default()
            },
        };
        serde_json::to_string(&jwk).map_err(|e| Error::io(e.to_string()))
    }

    /// `{"keys": [the public key]}`.
    pub fn public_jwks(&self) -> serde_json::Value {
        let public = Jwk {
            key: Key::Ec(Ec::from(self.secret.public_key())),
            prm: jose_jwk::Parameters {
                kid: Some(self.kid.clone()),
                ..Default::default()
            },
        };
        let mut value = serde_json::to_value(public).unwrap_or_default();
        if let Some(object) = value.as_object_mut() {
            object.insert("alg".into(), "ES256".into());
            object.insert("use".into(), "sig".into());
        }
        serde_json::json!({ "keys": [value] })
    }

    /// A client assertion (RFC 7523) for the authorization server `audience`.
    fn assertion(&self, client_id: &str, audience: &str) -> Result<String> {
        let now = chrono::Utc::now().timestamp();
        let header = serde_json::json!({ "alg": "ES256", "kid": self.kid, "typ": "JWT" });
        let claims = serde_json::json!({
            "iss": client_id, "sub": client_id, "aud": audience,
            "jti": random_text(16)?, "iat": now, "exp": now + 60,
        });
        let signing = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let key = p256::ecdsa::SigningKey::from(&self.secret);
        let signature: p256::ecdsa::Signature = key.sign(signing.as_bytes());
        Ok(format!(
            "{signing}.{}",
            URL_SAFE_NO_PAD.encode(signature.to_bytes())
        ))
    }

    /// The form fields that authenticate `client_id` to `issuer`.
    pub fn authenticate(
        &self,
        form: &mut url::form_urlencoded::Serializer<String>,
        client_id: &str,
        issuer: &str,
    ) -> Result<()> {
        form.append_pair("client_assertion_type", ASSERTION_TYPE)
            .append_pair("client_assertion", &self.assertion(client_id, issuer)?);
        Ok(())
    }
}

/// The hosted server's identity as an OAuth client.
pub struct WebClient {
    /// `{public-url}/oauth/client-metadata.json`.
    pub client_id: String,
    /// `{public-url}/oauth/callback`.
    pub redirect_uri: String,
    pub key: std::sync::Arc<ClientKey>,
    pub scope: String,
    /// Where handles are resolved (`com.atproto.identity.resolveHandle`).
    pub resolver_url: String,
    pub plc_url: String,
}

/// A login between the pushed request and the callback: sealed at rest.
#[derive(Serialize, Deserialize)]
pub struct PendingGrant {
    pub did: String,
    pub handle: String,
    pub pds_url: String,
    issuer: String,
    token_endpoint: String,
    verifier: String,
    dpop_key: Key,
}

#[derive(Deserialize)]
struct ProtectedResource {
    authorization_servers: Vec<String>,
}

#[derive(Deserialize)]
struct ParAnswer {
    request_uri: String,
}

impl WebClient {
    /// The client metadata document served at `client_id`.
    pub fn metadata(&self, jwks_uri: &str, client_name: &str) -> serde_json::Value {
        serde_json::json!({
            "client_id": self.client_id,
            "client_name": client_name,
            "application_type": "web",
            "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"],
            "redirect_uris": [self.redirect_uri],
            "scope": self.scope,
            "dpop_bound_access_tokens": true,
            "token_endpoint_auth_method": "private_key_jwt",
            "token_endpoint_auth_signing_alg": "ES256",
            "jwks_uri": jwks_uri,
        })
    }

    /// Finds `handle`'s PDS and its authorization server, pushes the
    /// authorization request with `state`, and returns the address to send
    /// the person's browser to.
    pub async fn start(
        &self,
        transport: &Transport,
        handle: &str,
        state: &str,
    ) -> Result<(String, PendingGrant)> {
        let (did, pds_url) = find_pds(handle, transport, &self.resolver_url, &self.plc_url).await?;
        let resource: ProtectedResource = grant::get_json(
            transport,
            &format!(
                "{}/.well-known/oauth-protected-resource",
                pds_url.trim_end_matches('/')
            ),
        )
        .await?;
        let issuer = resource
            .authorization_servers
            .first()
            .ok_or_else(|| Error::remote(format!("{pds_url} names no authorization server")))?;
        let metadata = grant::server_metadata(transport, issuer).await?;
        let par = metadata.pushed_authorization_request_endpoint.as_deref();
        let (Some(par), Some(authorize)) = (par, metadata.authorization_endpoint.as_deref()) else {
            return Err(Error::remote(format!(
                "{issuer} offers no pushed authorization requests"
            )));
        };
        let verifier = random_text(32)?;
        let dpop_key = Key::Ec(Ec::from(&new_secret()?));
        let form = {
            let mut form = url::form_urlencoded::Serializer::new(String::new());
            form.append_pair("client_id", &self.client_id)
                .append_pair("response_type", "code")
                .append_pair("redirect_uri", &self.redirect_uri)
                .append_pair("scope", &self.scope)
                .append_pair("state", state)
                .append_pair("code_challenge", &challenge(&verifier))
                .append_pair("code_challenge_method", "S256")
                .append_pair("login_hint", handle);
            self.key.authenticate(&mut form, &self.client_id, issuer)?;
            form.finish()
        };
        let signed = transport.clone().with_dpop(dpop_key.clone())?;
        let (status, body) = grant::post_form(&signed, par, form).await?;
        if status != StatusCode::CREATED && status != StatusCode::OK {
            return Err(grant::refusal(
                status,
                &body,
                "take the authorization request",
            ));
        }
        let answer: ParAnswer = serde_json::from_slice(&body)
            .map_err(|e| Error::remote(format!("{par}: not a PAR answer: {e}")))?;
        let mut url = url::Url::parse(authorize)
            .map_err(|e| Error::remote(format!("{issuer}: bad authorization endpoint: {e}")))?;
        url.query_pairs_mut()
            .append_pair("client_id", &self.client_id)
            .append_pair("request_uri", &answer.request_uri);
        Ok((
            url.to_string(),
            PendingGrant {
                did,
                handle: handle.to_string(),
                pds_url,
                issuer: issuer.clone(),
                token_endpoint: metadata.token_endpoint,
                verifier,
                dpop_key,
            },
        ))
    }

    /// Exchanges the callback's `code` for the person's tokens.
    pub async fn finish(
        &self,
        transport: &Transport,
        pending: PendingGrant,
        code: &str,
        iss: Option<&str>,
    ) -> Result<Granted> {
        if iss.is_some_and(|iss| iss != pending.issuer) {
            return Err(Error::auth(
                "the callback names another authorization server than the one asked",
            ));
        }
        let form = {
            let mut form = url::form_urlencoded::Serializer::new(String::new());
            form.append_pair("grant_type", "authorization_code")
                .append_pair("code", code)
                .append_pair("redirect_uri", &self.redirect_uri)
                .append_pair("code_verifier", &pending.verifier)
                .append_pair("client_id", &self.client_id);
            self.key
                .authenticate(&mut form, &self.client_id, &pending.issuer)?;
            form.finish()
        };
        let signed = transport.clone().with_dpop(pending.dpop_key.clone())?;
        let (status, body) = grant::post_form(&signed, &pending.token_endpoint, form).await?;
        if status != StatusCode::OK {
            return Err(grant::refusal(status, &body, "exchange the code"));
        }
        let answer: TokenResponse = serde_json::from_slice(&body)
            .map_err(|e| Error::remote(format!("{}: not a token answer: {e}", pending.issuer)))?;
        if !answer.token_type.eq_ignore_ascii_case("DPoP") {
            return Err(Error::remote("the granted token is not DPoP-bound"));
        }
        if answer.sub.as_deref() != Some(pending.did.as_str()) {
            return Err(Error::auth(
                "the grant is for another account than the one asked",
            ));
        }
        let refresh_token = answer
            .refresh_token
            .ok_or_else(|| Error::remote(format!("{} granted no refresh token", pending.issuer)))?;
        Ok(Granted {
            did: pending.did,
            pds_url: pending.pds_url,
            tokens: OAuthTokens {
                access_token: answer.access_token.into(),
                refresh_token: refresh_token.into(),
                expires_at: grant::expiry(answer.expires_in),
                granted_at: chrono::Utc::now(),
                dpop_key: pending.dpop_key,
                client_id: self.client_id.clone(),
                issuer: pending.issuer,
                scope: answer.scope.unwrap_or_default(),
            },
        })
    }
}

/// The PKCE challenge (S256) of `verifier`.
pub fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(ring::digest::digest(
        &ring::digest::SHA256,
        verifier.as_bytes(),
    ))
}

/// `bytes` random bytes as base64url text.
pub fn random_text(bytes: usize) -> Result<String> {
    let mut buf = vec![0u8; bytes];
    SystemRandom::new()
        .fill(&mut buf)
        .map_err(|_| Error::io("the system's random source failed"))?;
    Ok(URL_SAFE_NO_PAD.encode(buf))
}

fn new_secret() -> Result<p256::SecretKey> {
    loop {
        let mut bytes = [0u8; 32];
        SystemRandom::new()
            .fill(&mut bytes)
            .map_err(|_| Error::io("the system's random source failed"))?;
        // Out of range only for the rare value at or above the group order.
        if let Ok(secret) = p256::SecretKey::from_slice(&bytes) {
            return Ok(secret);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use p256::ecdsa::signature::Verifier as _;

    #[test]
    fn assertions_verify_with_the_published_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("client.jwk");
        std::fs::write(&path, ClientKey::generate().unwrap()).unwrap();
        let key = ClientKey::from_file(&path).unwrap();
        let jwks = key.public_jwks();
        let public = &jwks["keys"][0];
        assert!(
            public.get("d").is_none(),
            "the private part is never published"
        );
        assert_eq!(public["kid"], key.kid.as_str());
        let jwt = key
            .assertion("https://mcp.example/c.json", "https://pds.example")
            .unwrap();
        let (signed, signature) = jwt.rsplit_once('.').unwrap();
        let claims: serde_json::Value = serde_json::from_slice(
            &URL_SAFE_NO_PAD
                .decode(signed.split('.').nth(1).unwrap())
                .unwrap(),
        )
        .unwrap();
        assert_eq!(claims["aud"], "https://pds.example");
        assert_eq!(claims["iss"], claims["sub"]);
        let public: Jwk = serde_json::from_value(public.clone()).unwrap();
        let Ok(jose_jwk::crypto::Key::P256(jose_jwk::crypto::Kind::Public(public))) =
            jose_jwk::crypto::Key::try_from(&public.key)
        else {
            panic!("a P-256 public key");
        };
        let signature =
            p256::ecdsa::Signature::from_slice(&URL_SAFE_NO_PAD.decode(signature).unwrap())
                .unwrap();
        p256::ecdsa::VerifyingKey::from(public)
            .verify(signed.as_bytes(), &signature)
            .unwrap();
    }

    #[test]
    fn client_keys_must_be_private_p256_jwks_with_a_kid() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        std::fs::write(&path, "{}").unwrap();
        assert!(ClientKey::from_file(&path).is_err());
        let mut jwk: serde_json::Value =
            serde_json::from_str(&ClientKey::generate().unwrap()).unwrap();
        jwk.as_object_mut().unwrap().remove("kid");
        std::fs::write(&path, jwk.to_string()).unwrap();
        let e = ClientKey::from_file(&path).err().unwrap();
        assert!(e.message.contains("no `kid`"), "{}", e.message);
    }

    #[test]
    fn pkce_challenges_are_s256() {
        // RFC 7636 appendix B.
        assert_eq!(
            challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
