//! Hosted mode's operations on people's atproto grants: connecting (the
//! login through their PDS), and who is connected. The MCP front end's
//! authorization server calls these; the database and keys are opened here.

use std::path::PathBuf;
use std::sync::Arc;

use crate::bsky::hosted::Hosted;
use crate::bsky::oauth::web::{ClientKey, WebClient};
use crate::config::{Config, normalize_handle};
use crate::db::{Db, Sealer};
use crate::error::{Error, Result};

use super::Ctx;

/// Where a hosted server's state and keys are.
pub struct HostedArgsCore {
    pub database_url: String,
    /// Certificates to trust for the database's TLS, besides the system's.
    pub database_ca_file: Option<PathBuf>,
    pub client_key_file: PathBuf,
    pub state_key_file: PathBuf,
}

/// The atproto scopes asked of each person's PDS.
const SCOPE: &str = "atproto transition:generic";

/// The context of a hosted server reached at `public_url`.
pub async fn open_server(
    config: &Config,
    args: &HostedArgsCore,
    public_url: &url::Url,
) -> Result<Ctx> {
    let base = public_url.as_str().trim_end_matches('/');
    open_at(config, args, base).await
}

/// The context of an operator's command on a hosted server's state.
pub async fn open(config: &Config, args: &HostedArgsCore) -> Result<Ctx> {
    open_at(config, args, "").await
}

async fn open_at(config: &Config, args: &HostedArgsCore, base: &str) -> Result<Ctx> {
    let key = Arc::new(ClientKey::from_file(&args.client_key_file)?);
    let sealer = Sealer::from_file(&args.state_key_file)?;
    let db = Db::connect(&args.database_url, args.database_ca_file.as_deref(), sealer).await?;
    let web = WebClient {
        client_id: format!("{base}/oauth/client-metadata.json"),
        redirect_uri: format!("{base}/oauth/callback"),
        key,
        scope: SCOPE.into(),
        resolver_url: config.pds_url.clone(),
        plc_url: config.plc_url.clone(),
    };
    let hosted = Hosted::new(db, web, config.hosted_allow.clone())?;
    Ctx::hosted(config.clone(), hosted)
}

/// `hosted keygen`: the files written.
#[derive(serde::Serialize)]
pub struct KeygenOutput {
    pub client_key_file: PathBuf,
    pub state_key_file: PathBuf,
}

impl super::Render for KeygenOutput {
    fn render(&self, _style: &super::Style) -> String {
        format!(
            "Wrote {} (the OAuth client key) and {} (seals sessions at rest). Keep both secret and back them up: \
             losing the state key disconnects everyone.\n",
            self.client_key_file.display(),
            self.state_key_file.display()
        )
    }
}

/// Makes a client key and a state key in `dir`, never replacing one.
pub fn keygen(dir: &std::path::Path) -> Result<KeygenOutput> {
    crate::bsky::session::create_private_dir(dir)?;
    let out = KeygenOutput {
        client_key_file: dir.join("client-key.jwk"),
        state_key_file: dir.join("state.key"),
    };
    for path in [&out.client_key_file, &out.state_key_file] {
        if path.exists() {
            return Err(Error::input(format!(
                "{} exists already; it is not replaced",
                path.display()
            ))
            .with_help("move it away first, or write to another directory"));
        }
    }
    crate::bsky::session::write_private_atomically(
        &out.client_key_file,
        ClientKey::generate()?.as_bytes(),
    )?;
    crate::bsky::session::write_private_atomically(
        &out.state_key_file,
        format!("{}\n", Sealer::generate()?).as_bytes(),
    )?;
    Ok(out)
}

/// Revokes everything of the person named by handle or DID: this server's
/// tokens and codes, their session here, and their grant at their PDS.
pub async fn revoke(ctx: &Ctx, who: &str) -> Result<RevokeOutput> {
    let hosted = hosting(ctx)?;
    let did = match hosted.find(who).await? {
        Some(did) => did,
        None if who.starts_with("did:") => who.to_string(),
        None => {
            return Err(Error::input(format!(
                "@{} is not connected to this server",
                who.trim_start_matches('@')
            ))
            .with_help("`mcp-bluesky hosted users` lists who is"));
        }
    };
    let client = hosted.db.client().await?;
    client
        .execute("DELETE FROM auth_codes WHERE did = $1", &[&did])
        .await
        .map_err(crate::db::error("revoke the codes"))?;
    let tokens_revoked = client
        .execute("DELETE FROM tokens WHERE did = $1", &[&did])
        .await
        .map_err(crate::db::error("revoke the tokens"))?;
    let (session_ended, grant_revoke_error) = ctx.accounts.disconnect(&did).await?;
    tracing::info!(%did, tokens_revoked, "revoked");
    Ok(RevokeOutput {
        did,
        tokens_revoked,
        session_ended,
        grant_revoke_error,
    })
}

fn hosting(ctx: &Ctx) -> Result<&Hosted> {
    ctx.accounts
        .hosting()
        .ok_or_else(|| Error::config("this is not a hosted server"))
}

/// The database of a hosted server (for the front end's own tables).
pub fn db(ctx: &Ctx) -> Result<&Db> {
    Ok(&hosting(ctx)?.db)
}

/// The client metadata document and JWKS the server publishes.
pub fn client_documents(
    ctx: &Ctx,
    jwks_uri: &str,
) -> Result<(serde_json::Value, serde_json::Value)> {
    let web = &hosting(ctx)?.web;
    Ok((web.metadata(jwks_uri, "mcp-bluesky"), web.key.public_jwks()))
}

/// Whether an MCP client's `client_id` is the URL of its metadata document.
pub fn names_document(client_id: &str) -> bool {
    crate::bsky::oauth::client_document::is_document_url(client_id)
}

/// The metadata document of the MCP client whose `client_id` is its URL:
/// fetched and checked, then used for five minutes at most.
pub async fn client_document(
    ctx: &Ctx,
    client_id: &str,
) -> Result<crate::bsky::oauth::client_document::ClientDocument> {
    hosting(ctx)?.client_document(client_id).await
}

/// Starts connecting the person with `handle`: the address of their PDS's
/// sign-in to send the browser to. `app` comes back from [`finish_login`].
pub async fn start_login(ctx: &Ctx, handle: &str, app: serde_json::Value) -> Result<String> {
    let handle = normalize_handle(handle);
    if handle.is_empty() || handle.len() > 253 {
        return Err(Error::input(
            "handle: give your Bluesky handle, such as alice.bsky.social",
        ));
    }
    hosting(ctx)?
        .start_login(&ctx.accounts.login_transport(), &handle, app)
        .await
}

/// Finishes a login when the browser comes back: the person's DID and handle, and `app`.
pub async fn finish_login(
    ctx: &Ctx,
    state: &str,
    code: &str,
    iss: Option<&str>,
) -> Result<(String, String, serde_json::Value)> {
    let (session, app) = hosting(ctx)?
        .finish_login(&ctx.accounts.login_transport(), state, code, iss)
        .await?;
    tracing::info!(did = %session.did, "a person connected");
    Ok((session.did, session.handle, app))
}

/// Drops a login the person refused at their PDS: the `app` value given to
/// [`start_login`], if the login was known.
pub async fn cancel_login(ctx: &Ctx, state: &str) -> Result<Option<serde_json::Value>> {
    hosting(ctx)?.cancel_login(state).await
}

/// Records a call by `did`.
pub async fn touch(ctx: &Ctx, did: &str) -> Result<()> {
    hosting(ctx)?.touch(did).await
}

/// A person connected to the hosted server.
#[derive(serde::Serialize)]
pub struct User {
    pub did: String,
    pub handle: String,
    pub connected_at: chrono::DateTime<chrono::Utc>,
    pub last_used: Option<chrono::DateTime<chrono::Utc>>,
}

/// Everyone connected, most recently active first.
pub async fn users(ctx: &Ctx) -> Result<Vec<User>> {
    let users = hosting(ctx)?.users().await?;
    Ok(users
        .into_iter()
        .map(|u| User {
            did: u.did,
            handle: u.handle,
            connected_at: u.connected_at,
            last_used: u.last_used,
        })
        .collect())
}

/// A new random secret (256 bits) as base64url text: codes, tokens, client ids.
pub fn secret() -> Result<String> {
    crate::bsky::oauth::web::random_text(32)
}

/// The PKCE S256 challenge of `verifier`.
pub fn pkce_challenge(verifier: &str) -> String {
    crate::bsky::oauth::web::challenge(verifier)
}

/// `hosted users`: who is connected.
#[derive(serde::Serialize)]
pub struct UsersOutput {
    pub users: Vec<User>,
}

impl super::Render for UsersOutput {
    fn render(&self, _style: &super::Style) -> String {
        if self.users.is_empty() {
            return "Nobody is connected.\n".into();
        }
        let width = self.users.iter().map(|u| u.handle.len()).max().unwrap_or(0) + 1;
        self.users
            .iter()
            .map(|u| {
                let last = u.last_used.map_or_else(
                    || "never used".into(),
                    |t| format!("last used {}", t.format("%Y-%m-%d %H:%M UTC")),
                );
                format!("@{:<width$} {}  {last}\n", u.handle, u.did)
            })
            .collect()
    }
}

/// `hosted revoke`: what was ended.
#[derive(serde::Serialize)]
pub struct RevokeOutput {
    pub did: String,
    pub tokens_revoked: u64,
    pub session_ended: bool,
    /// Why the person's PDS did not revoke the grant, if it did not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grant_revoke_error: Option<String>,
}

impl super::Render for RevokeOutput {
    fn render(&self, _style: &super::Style) -> String {
        let mut out = format!(
            "Revoked {} token(s) of {}; its Bluesky session {}.\n",
            self.tokens_revoked,
            self.did,
            if self.session_ended {
                "ended"
            } else {
                "was already gone"
            }
        );
        if let Some(e) = &self.grant_revoke_error {
            out.push_str(&format!(
                "warning: its PDS did not confirm the revocation: {e}\n"
            ));
        }
        out
    }
}
