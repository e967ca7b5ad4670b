//! Stored sessions: one JSON file per account alias in the state directory,
//! mode 0600, replaced atomically (a temp file in the same directory, then a
//! rename) so that a crash mid-write leaves the previous session intact.

use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use chrono::{DateTime, TimeZone, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, io_error};

/// A logged-in session. The tokens never leave this type except to be sent to
/// the PDS or written to the session file.
#[derive(Clone)]
pub struct Session {
    pub alias: String,
    pub handle: String,
    pub did: String,
    pub pds_url: String,
    pub access_jwt: SecretString,
    pub refresh_jwt: SecretString,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("alias", &self.alias)
            .field("handle", &self.handle)
            .field("did", &self.did)
            .field("pds_url", &self.pds_url)
            .finish_non_exhaustive()
    }
}

impl Session {
    pub fn access_expires_at(&self) -> Option<DateTime<Utc>> {
        jwt_expiry(self.access_jwt.expose_secret())
    }
    pub fn refresh_expires_at(&self) -> Option<DateTime<Utc>> {
        jwt_expiry(self.refresh_jwt.expose_secret())
    }
}

/// The on-disk form. Only built right before writing and right after reading.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionFile {
    kind: String,
    handle: String,
    did: String,
    pds_url: String,
    access_jwt: String,
    refresh_jwt: String,
}

const APP_PASSWORD: &str = "app_password";
const LOCK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

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
        let file: SessionFile = serde_json::from_str(&text).map_err(|e| {
            Error::io(format!("session file {} is damaged: {e}", path.display())).with_help(
                format!("log in again: `mcp-bluesky auth login --alias {alias}`"),
            )
        })?;
        if file.kind != APP_PASSWORD {
            return Err(Error::io(format!(
                "session file {} holds a `{}` session, which this version cannot use",
                path.display(),
                file.kind
            )));
        }
        Ok(Some(Session {
            alias: alias.to_string(),
            handle: file.handle,
            did: file.did,
            pds_url: file.pds_url,
            access_jwt: SecretString::from(file.access_jwt),
            refresh_jwt: SecretString::from(file.refresh_jwt),
        }))
    }

    /// Writes the session atomically with mode 0600.
    pub fn save(&self, session: &Session) -> Result<()> {
        let file = SessionFile {
            kind: APP_PASSWORD.into(),
            handle: session.handle.clone(),
            did: session.did.clone(),
            pds_url: session.pds_url.clone(),
            access_jwt: session.access_jwt.expose_secret().to_string(),
            refresh_jwt: session.refresh_jwt.expose_secret().to_string(),
        };
        let json = serde_json::to_vec_pretty(&file)
            .map_err(|e| Error::io(format!("the session did not serialize: {e}")))?;
        write_private_atomically(&self.path(&session.alias), &json)
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
            access_jwt: SecretString::from(access.to_string()),
            refresh_jwt: SecretString::from("refresh".to_string()),
        }
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
        assert_eq!(loaded.access_jwt.expose_secret(), "a1");
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
            assert!(loaded.access_jwt.expose_secret().len() > 1000);
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
