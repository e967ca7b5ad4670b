//! Stored sessions: one JSON file per account alias in the state directory,
//! mode 0600, replaced atomically (a temp file in the same directory, then a
//! rename) so that a crash mid-write leaves the previous session intact.
//! A session comes from an app password (`createSession`) or an OAuth grant
//! (with its DPoP key and the exact `client_id` a refresh needs).

use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use chrono::{DateTime, TimeZone, Utc};
use jose_jwk::{EcCurves, Key};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, io_error};

/// How long an OAuth grant to a client without a server of its own (like
/// this one) lasts on Bluesky's PDS, however often it is refreshed.
pub const OAUTH_GRANT_LIFETIME: chrono::TimeDelta = chrono::TimeDelta::days(14);

/// A logged-in session. The tokens never leave this type except to be sent to
/// the PDS or written to the session file.
#[derive(Clone)]
pub struct Session {
    pub alias: String,
    pub handle: String,
    pub did: String,
    pub pds_url: String,
    pub tokens: Tokens,
}

/// What a session authenticates with.
#[derive(Clone)]
pub enum Tokens {
    /// From an app password: JWTs sent as `Bearer`.
    AppPassword {
        access_jwt: SecretString,
        refresh_jwt: SecretString,
    },
    /// From an OAuth grant: DPoP-bound tokens.
    OAuth(Box<OAuthTokens>),
}

/// An OAuth grant's tokens and what refreshing or revoking them needs.
#[derive(Clone)]
pub struct OAuthTokens {
    pub access_token: SecretString,
    /// Single-use: each refresh returns the next one.
    pub refresh_token: SecretString,
    /// When the access token expires.
    pub expires_at: DateTime<Utc>,
    /// When the person granted access (the grant's lifetime counts from here).
    pub granted_at: DateTime<Utc>,
    /// The DPoP private key (a P-256 JWK) the tokens are bound to.
    pub dpop_key: Key,
    /// The loopback client id the grant was made to; a refresh must repeat it.
    pub client_id: String,
    /// The authorization server (its metadata names the token endpoint).
    pub issuer: String,
    pub scope: String,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("alias", &self.alias)
            .field("handle", &self.handle)
            .field("did", &self.did)
            .field("pds_url", &self.pds_url)
            .field("kind", &self.kind())
            .finish_non_exhaustive()
    }
}

impl Session {
    /// `app_password` or `oauth`, as `status` and `auth list` show it.
    pub fn kind(&self) -> &'static str {
        match self.tokens {
            Tokens::AppPassword { .. } => APP_PASSWORD,
            Tokens::OAuth(_) => OAUTH,
        }
    }

    pub fn access_token(&self) -> &SecretString {
        match &self.tokens {
            Tokens::AppPassword { access_jwt, .. } => access_jwt,
            Tokens::OAuth(grant) => &grant.access_token,
        }
    }

    pub fn access_expires_at(&self) -> Option<DateTime<Utc>> {
        match &self.tokens {
            Tokens::AppPassword { access_jwt, .. } => jwt_expiry(access_jwt.expose_secret()),
            Tokens::OAuth(grant) => Some(grant.expires_at),
        }
    }

    /// When logging in again will be needed at the latest: the refresh
    /// token's expiry, or the end of the OAuth grant's lifetime.
    pub fn expires_at(&self) -> Option<DateTime<Utc>> {
        match &self.tokens {
            Tokens::AppPassword { refresh_jwt, .. } => jwt_expiry(refresh_jwt.expose_secret()),
            Tokens::OAuth(grant) => Some(grant.granted_at + OAUTH_GRANT_LIFETIME),
        }
    }

    /// Whether `other` holds a newer refresh token for the same account.
    pub fn refreshed_since(&self, other: &Session) -> bool {
        let refresh = |s: &Session| match &s.tokens {
            Tokens::AppPassword { refresh_jwt, .. } => refresh_jwt.expose_secret().to_string(),
            Tokens::OAuth(grant) => grant.refresh_token.expose_secret().to_string(),
        };
        self.did == other.did && refresh(self) != refresh(other)
    }
}

impl Session {
    /// The stored form of the session (a session file's, or a database row's before sealing).
    pub fn to_json(&self) -> Result<Vec<u8>> {
        let (handle, did, pds_url) = (self.handle.clone(), self.did.clone(), self.pds_url.clone());
        let file = match &self.tokens {
            Tokens::AppPassword {
                access_jwt,
                refresh_jwt,
            } => SessionFile::AppPassword {
                handle,
                did,
                pds_url,
                access_jwt: access_jwt.expose_secret().to_string(),
                refresh_jwt: refresh_jwt.expose_secret().to_string(),
            },
            Tokens::OAuth(grant) => SessionFile::OAuth {
                handle,
                did,
                pds_url,
                access_token: grant.access_token.expose_secret().to_string(),
                refresh_token: grant.refresh_token.expose_secret().to_string(),
                expires_at: grant.expires_at,
                granted_at: grant.granted_at,
                dpop_key: grant.dpop_key.clone(),
                client_id: grant.client_id.clone(),
                issuer: grant.issuer.clone(),
                scope: grant.scope.clone(),
            },
        };
        serde_json::to_vec_pretty(&file)
            .map_err(|e| Error::io(format!("the session did not serialize: {e}")))
    }

    /// A session read back from [`Self::to_json`]'s form; why not, when it cannot be.
    pub fn from_json(alias: &str, json: &[u8]) -> std::result::Result<Session, String> {
        let kind: FileKind = serde_json::from_slice(json).map_err(|e| e.to_string())?;
        if kind.kind != APP_PASSWORD && kind.kind != OAUTH {
            return Err(format!(
                "it holds a `{}` session, which this version cannot use",
                kind.kind
            ));
        }
        let file: SessionFile = serde_json::from_slice(json).map_err(|e| e.to_string())?;
        let session = match file {
            SessionFile::AppPassword {
                handle,
                did,
                pds_url,
                access_jwt,
                refresh_jwt,
            } => Session {
                alias: alias.to_string(),
                handle,
                did,
                pds_url,
                tokens: Tokens::AppPassword {
                    access_jwt: access_jwt.into(),
                    refresh_jwt: refresh_jwt.into(),
                },
            },
            SessionFile::OAuth {
                handle,
                did,
                pds_url,
                access_token,
                refresh_token,
                expires_at,
                granted_at,
                dpop_key,
                client_id,
                issuer,
                scope,
            } => {
                if !is_p256_private_key(&dpop_key) {
                    return Err("its DPoP key is not a P-256 private key".into());
                }
                Session {
                    alias: alias.to_string(),
                    handle,
                    did,
                    pds_url,
                    tokens: Tokens::OAuth(Box::new(OAuthTokens {
                        access_token: access_token.into(),
                        refresh_token: refresh_token.into(),
                        expires_at,
                        granted_at,
                        dpop_key,
                        client_id,
                        issuer,
                        scope,
                    })),
                }
            }
        };
        Ok(session)
    }
}

/// The on-disk form. Only built right before writing and right after reading.
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[expect(
    clippy::large_enum_variant,
    reason = "one lives only while a file is read or written"
)]
enum SessionFile {
    AppPassword {
        handle: String,
        did: String,
        pds_url: String,
        access_jwt: String,
        refresh_jwt: String,
    },
    #[serde(rename = "oauth")]
    OAuth {
        handle: String,
        did: String,
        pds_url: String,
        access_token: String,
        refresh_token: String,
        expires_at: DateTime<Utc>,
        granted_at: DateTime<Utc>,
        dpop_key: Key,
        client_id: String,
        issuer: String,
        scope: String,
    },
}

/// The kinds a session file may hold, read first to name an unknown one.
#[derive(Deserialize)]
struct FileKind {
    kind: String,
}

const APP_PASSWORD: &str = "app_password";
const OAUTH: &str = "oauth";
const LOCK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Whether `key` is a P-256 private key, the only kind of DPoP key made here.
pub fn is_p256_private_key(key: &Key) -> bool {
    matches!(key, Key::Ec(ec) if ec.crv == EcCurves::P256 && ec.d.is_some())
}

/// An account's session lock; released when dropped.
pub struct SessionLock {
    _file: std::fs::File,
}

/// Reads the `exp` claim of a JWT without verifying it (only the PDS can).
pub fn jwt_expiry(jwt: &str) -> Option<DateTime<Utc>> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    #[derive(Deserialize)]
    struct Claims {
        exp: i64,
    }
    let claims: Claims = serde_json::from_slice(&bytes).ok()?;
    Utc.timestamp_opt(claims.exp, 0).single()
}

#[derive(Debug, Clone)]
pub struct SessionStore {
    dir: PathBuf,
}

impl SessionStore {
    pub fn new(state_dir: &Path) -> Self {
        SessionStore {
            dir: state_dir.join("sessions"),
        }
    }

    fn path(&self, alias: &str) -> PathBuf {
        self.dir.join(format!("{alias}.json"))
    }

    /// Aliases with a stored session, sorted.
    pub fn aliases(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut aliases: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                name.strip_suffix(".json").map(str::to_string)
            })
            .collect();
        aliases.sort();
        aliases
    }

    pub fn load(&self, alias: &str) -> Result<Option<Session>> {
        let path = self.path(alias);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_error("read session file", &path, e)),
        };
        let damaged = |e: &dyn std::fmt::Display| {
            Error::io(format!("session file {} is damaged: {e}", path.display())).with_help(
                format!("log in again: `mcp-bluesky auth login --alias {alias}`"),
            )
        };
        Session::from_json(alias, text.as_bytes())
            .map(Some)
            .map_err(|why| damaged(&why))
    }

    /// Writes the session atomically with mode 0600.
    pub fn save(&self, session: &Session) -> Result<()> {
        write_private_atomically(&self.path(&session.alias), &session.to_json()?)
    }

    /// Waits for, then holds, the lock on an account's session across
    /// processes: the CLI and a running server take turns to refresh it.
    pub async fn lock(&self, alias: &str) -> Result<SessionLock> {
        use std::os::unix::fs::OpenOptionsExt;
        create_private_dir(&self.dir)?;
        let path = self.dir.join(format!("{alias}.lock"));
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&path)
            .map_err(|e| io_error("open lock file", &path, e))?;
        let deadline = std::time::Instant::now() + LOCK_TIMEOUT;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(SessionLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    tokio::time::sleep(std::time::Duration::from_millis(25)).await;
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Error::io(format!(
                        "another mcp-bluesky process has held {} for {} s",
                        path.display(),
                        LOCK_TIMEOUT.as_secs()
                    ))
                    .with_help(
                        "if no other mcp-bluesky process is running, delete the lock file",
                    ));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(io_error("lock", &path, e)),
            }
        }
    }

    pub fn remove(&self, alias: &str) -> Result<bool> {
        let path = self.path(alias);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(io_error("remove session file", &path, e)),
        }
    }
}

/// Replaces `path` with `bytes`: readable by the owner only, never half-written.
pub fn write_private_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    // tempfile creates the file with mode 0600 on Unix.
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| io_error("create a temporary file in", dir, e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| io_error("write", tmp.path(), e))?;
    tmp.persist(path)
        .map_err(|e| io_error("replace", path, e.error))?;
    Ok(())
}

/// Creates a directory (and parents) readable by the owner only.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| io_error("create directory", dir, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn session(alias: &str, access: &str) -> Session {
        Session {
            alias: alias.into(),
            handle: "alice.test".into(),
            did: "did:plc:abc".into(),
            pds_url: "http://127.0.0.1:1".into(),
            tokens: Tokens::AppPassword {
                access_jwt: SecretString::from(access.to_string()),
                refresh_jwt: SecretString::from("refresh".to_string()),
            },
        }
    }

    fn oauth_session(key: Key) -> Session {
        Session {
            tokens: Tokens::OAuth(Box::new(OAuthTokens {
                access_token: "oauth-access".to_string().into(),
                refresh_token: "ref-0123".to_string().into(),
                expires_at: Utc.timestamp_opt(1_800_000_000, 0).unwrap(),
                granted_at: Utc.timestamp_opt(1_799_000_000, 0).unwrap(),
                dpop_key: key,
                client_id: "http://localhost?redirect_uri=x".into(),
                issuer: "http://localhost:1".into(),
                scope: "atproto transition:generic".into(),
            })),
            ..session("main", "unused")
        }
    }

    fn p256_key() -> Key {
        serde_json::from_value(serde_json::json!({
            "kty": "EC", "crv": "P-256",
            "x": "NIRNgPVAwnVNzN5g2Ik2IMghWcjnBOGo9B-lKXSSXFs",
            "y": "iWF-Of43XoSTZxcadO9KWdPTjiCoviSztYw7aMtZZMc",
            "d": "9MuCYfKK4hf95p_VRj6cxKJwORTgvEU3vynfmSgFH2M"
        }))
        .unwrap()
    }

    #[test]
    fn oauth_sessions_round_trip_with_their_key_and_client_id() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::new(dir.path());
        store.save(&oauth_session(p256_key())).unwrap();
        let loaded = store.load("main").unwrap().unwrap();
        assert_eq!(loaded.kind(), "oauth");
        let Tokens::OAuth(grant) = &loaded.tokens else {
            panic!("an OAuth session")
        };
        assert_eq!(grant.refresh_token.expose_secret(), "ref-0123");
        assert_eq!(grant.client_id, "http://localhost?redirect_uri=x");
        assert_eq!(grant.dpop_key, p256_key());
        assert_eq!(
            loaded.expires_at().unwrap() - grant.granted_at,
            OAUTH_GRANT_LIFETIME
        );
    }

    #[test]
    fn an_oauth_session_without_a_private_key_is_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::new(dir.path());
        let mut public = serde_json::to_value(p256_key()).unwrap();
        public.as_object_mut().unwrap().remove("d");
        store
            .save(&oauth_session(serde_json::from_value(public).unwrap()))
            .unwrap();
        let e = store.load("main").unwrap_err();
        assert!(
            e.message.contains("not a P-256 private key"),
            "{}",
            e.message
        );
    }

    #[test]
    fn saved_session_is_private_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::new(dir.path());
        store.save(&session("main", "a1")).unwrap();
        let path = dir.path().join("sessions/main.json");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let loaded = store.load("main").unwrap().unwrap();
        assert_eq!(loaded.access_token().expose_secret(), "a1");
        assert_eq!(store.aliases(), vec!["main".to_string()]);
    }

    #[test]
    fn readers_never_see_a_half_written_session() {
        // A non-atomic write would expose a truncated file to a concurrent reader,
        // exactly what a crash mid-write would leave behind.
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::new(dir.path());
        store
            .save(&session("main", &"x".repeat(64 * 1024)))
            .unwrap();
        let writer = {
            let store = store.clone();
            std::thread::spawn(move || {
                for i in 0..200 {
                    let token = format!("{i}").repeat(64 * 1024 / 3);
                    store.save(&session("main", &token)).unwrap();
                }
            })
        };
        while !writer.is_finished() {
            let loaded = store
                .load("main")
                .unwrap()
                .expect("session is always present");
            assert!(loaded.access_token().expose_secret().len() > 1000);
        }
        writer.join().unwrap();
        let leftovers = std::fs::read_dir(dir.path().join("sessions"))
            .unwrap()
            .count();
        assert_eq!(leftovers, 1, "temp files are cleaned up");
    }

    #[test]
    fn debug_never_shows_tokens() {
        let shown = format!("{:?}", session("main", "secret-access-token"));
        assert!(!shown.contains("secret-access-token"));
        assert!(!shown.contains("refresh"));
        let shown = format!("{:?}", oauth_session(p256_key()));
        assert!(!shown.contains("oauth-access") && !shown.contains("ref-0123"));
        assert!(
            !shown.contains("9MuCYfKK4hf95p"),
            "the DPoP key stays hidden"
        );
    }

    #[test]
    fn jwt_expiry_reads_exp_claim() {
        let payload =
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"{"exp":1700000000}"#);
        let jwt = format!("e30.{payload}.sig");
        assert_eq!(jwt_expiry(&jwt).unwrap().timestamp(), 1_700_000_000);
        assert!(jwt_expiry("not-a-jwt").is_none());
    }
}
