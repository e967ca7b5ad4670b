//! What the hosted server's authorization server keeps in the database: the
//! MCP clients that registered, authorization codes and tokens. Codes and
//! tokens are random and stored only as their SHA-256 hashes; a code is
//! taken (deleted) by the one exchange that uses it, a refresh token by the
//! one refresh that rotates it.

use chrono::{DateTime, TimeDelta, Utc};

use crate::db::{Db, error};
use crate::error::Result;

/// An access token lives this long; the client refreshes it.
pub const ACCESS_LIFETIME: TimeDelta = TimeDelta::hours(1);
/// A refresh token lives this long unused.
const REFRESH_LIFETIME: TimeDelta = TimeDelta::days(30);
/// An authorization code must be exchanged within this.
const CODE_LIFETIME: TimeDelta = TimeDelta::minutes(1);

/// A registered client.
pub struct Client {
    pub redirect_uris: Vec<String>,
    pub name: Option<String>,
}

/// What an authorization code was issued for.
pub struct Code {
    pub client_id: String,
    pub did: String,
    pub redirect_uri: String,
    pub code_challenge: String,
    pub resource: String,
    pub scope: String,
}

/// A token pair handed to a client.
pub struct Issued {
    pub access_token: String,
    pub refresh_token: String,
    pub scope: String,
}

/// Who an access token acts for.
pub struct Bearer {
    pub did: String,
    pub resource: String,
}

pub use crate::core::hosted::secret;

fn hash(secret: &str) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, secret.as_bytes())
        .as_ref()
        .to_vec()
}

/// Registrations taken per minute, across instances (about: the count and the
/// insert are two statements); more are told to come back later.
pub const REGISTRATIONS_PER_MINUTE: i64 = 60;

/// Registers a client; `None` when [`REGISTRATIONS_PER_MINUTE`] came already.
/// Clients that got no code or token within a day of registering are dropped.
pub async fn register(
    db: &Db,
    name: Option<&str>,
    redirect_uris: &[String],
) -> Result<Option<String>> {
    let client = db.client().await?;
    client
        .execute(
            "DELETE FROM mcp_clients c WHERE created_at < now() - interval '1 day'
             AND NOT EXISTS (SELECT 1 FROM tokens t WHERE t.client_id = c.client_id)
             AND NOT EXISTS (SELECT 1 FROM auth_codes a WHERE a.client_id = c.client_id)",
            &[],
        )
        .await
        .map_err(error("drop unused clients"))?;
    let recent: i64 = client
        .query_one(
            "SELECT count(*) FROM mcp_clients WHERE created_at > now() - interval '1 minute'",
            &[],
        )
        .await
        .map_err(error("count registrations"))?
        .get(0);
    if recent >= REGISTRATIONS_PER_MINUTE {
        return Ok(None);
    }
    let client_id = secret()?;
    client
        .execute(
            "INSERT INTO mcp_clients (client_id, client_name, redirect_uris) VALUES ($1, $2, $3)",
            &[&client_id, &name, &redirect_uris],
        )
        .await
        .map_err(error("register the client"))?;
    Ok(Some(client_id))
}

pub async fn client(db: &Db, client_id: &str) -> Result<Option<Client>> {
    let row = db
        .client()
        .await?
        .query_opt(
            "SELECT redirect_uris, client_name FROM mcp_clients WHERE client_id = $1",
            &[&client_id],
        )
        .await
        .map_err(error("read the client"))?;
    Ok(row.map(|r| Client {
        redirect_uris: r.get(0),
        name: r.get(1),
    }))
}

/// A new authorization code for `code`'s grant.
pub async fn issue_code(db: &Db, code: &Code) -> Result<String> {
    let secret = secret()?;
    db.client()
        .await?
        .execute(
            "INSERT INTO auth_codes (code_hash, client_id, did, redirect_uri, code_challenge,
                resource, scope, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &hash(&secret),
                &code.client_id,
                &code.did,
                &code.redirect_uri,
                &code.code_challenge,
                &code.resource,
                &code.scope,
                &(Utc::now() + CODE_LIFETIME),
            ],
        )
        .await
        .map_err(error("store the code"))?;
    Ok(secret)
}

/// Takes a code: it is gone afterwards, whatever the exchange's outcome.
pub async fn take_code(db: &Db, secret: &str) -> Result<Option<Code>> {
    let row = db
        .client()
        .await?
        .query_opt(
            "DELETE FROM auth_codes WHERE code_hash = $1
             RETURNING client_id, did, redirect_uri, code_challenge, resource, scope, expires_at",
            &[&hash(secret)],
        )
        .await
        .map_err(error("take the code"))?;
    Ok(row
        .filter(|r| r.get::<_, DateTime<Utc>>(6) > Utc::now())
        .map(|r| Code {
            client_id: r.get(0),
            did: r.get(1),
            redirect_uri: r.get(2),
            code_challenge: r.get(3),
            resource: r.get(4),
            scope: r.get(5),
        }))
}

/// A new access and refresh token for `did`, given to `client_id` for `resource`.
pub async fn issue_tokens(
    db: &Db,
    client_id: &str,
    did: &str,
    resource: &str,
    scope: &str,
) -> Result<Issued> {
    let (access, refresh) = (secret()?, secret()?);
    let now = Utc::now();
    let client = db.client().await?;
    for (secret, kind, expires) in [
        (&access, "access", now + ACCESS_LIFETIME),
        (&refresh, "refresh", now + REFRESH_LIFETIME),
    ] {
        client
            .execute(
                "INSERT INTO tokens (token_hash, kind, client_id, did, resource, scope, expires_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &hash(secret),
                    &kind,
                    &client_id,
                    &did,
                    &resource,
                    &scope,
                    &expires,
                ],
            )
            .await
            .map_err(error("store the tokens"))?;
    }
    client
        .execute("DELETE FROM tokens WHERE expires_at < now()", &[])
        .await
        .map_err(error("drop expired tokens"))?;
    Ok(Issued {
        access_token: access,
        refresh_token: refresh,
        scope: scope.to_string(),
    })
}

/// Takes a refresh token of `client_id`: its DID, resource and scope.
pub async fn take_refresh(
    db: &Db,
    secret: &str,
    client_id: &str,
) -> Result<Option<(String, String, String)>> {
    let row = db
        .client()
        .await?
        .query_opt(
            "DELETE FROM tokens WHERE token_hash = $1 AND kind = 'refresh' AND client_id = $2
             AND expires_at > now() RETURNING did, resource, scope",
            &[&hash(secret), &client_id],
        )
        .await
        .map_err(error("take the refresh token"))?;
    Ok(row.map(|r| (r.get(0), r.get(1), r.get(2))))
}

/// Who a live access token acts for.
pub async fn bearer(db: &Db, secret: &str) -> Result<Option<Bearer>> {
    let client = db.client().await?;
    // Prepared once per connection: every request makes this check.
    let check = client
        .prepare_cached(
            "SELECT did, resource FROM tokens
             WHERE token_hash = $1 AND kind = 'access' AND expires_at > now()",
        )
        .await
        .map_err(error("check the token"))?;
    let row = client
        .query_opt(&check, &[&hash(secret)])
        .await
        .map_err(error("check the token"))?;
    Ok(row.map(|r| Bearer {
        did: r.get(0),
        resource: r.get(1),
    }))
}

/// Revokes one token (RFC 7009): an unknown one is no error.
pub async fn revoke(db: &Db, secret: &str) -> Result<()> {
    db.client()
        .await?
        .execute("DELETE FROM tokens WHERE token_hash = $1", &[&hash(secret)])
        .await
        .map_err(error("revoke the token"))?;
    Ok(())
}
