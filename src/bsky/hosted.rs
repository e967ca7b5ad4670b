//! Hosted mode's accounts: each connected person's atproto session, sealed in
//! the database and keyed by DID, and the logins under way. Any instance
//! reads and refreshes any session: a refresh holds the session's row lock,
//! so across instances one refresh happens and the others take its result.

use std::num::NonZeroUsize;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use lru::LruCache;
use serde::{Deserialize, Serialize};

use super::oauth::client_document::{self, ClientDocument};
use super::oauth::web::{PendingGrant, WebClient, random_text};
use super::public_http::{Allow, Fetcher};
use super::session::{Session, Tokens};
use super::xrpc::Transport;
use crate::db::{Db, error};
use crate::error::{Error, Result};

/// Sign-ins started per minute, across instances (about); more are refused
/// for a minute, so that nobody can make the server flood PDSes.
const LOGINS_PER_MINUTE: i64 = 120;

/// A login may take this long from the handle form to the callback.
const LOGIN_TIME: chrono::TimeDelta = chrono::TimeDelta::minutes(10);

/// People an instance keeps anything of in memory (connections, rate
/// limiters, last use) at most; the least recently active are dropped first
/// and read again from the database on their next call.
pub const CACHED_PEOPLE: usize = 10_000;

/// MCP clients' metadata documents an instance keeps at most, and how long
/// it uses one before reading it again.
const CACHED_DOCUMENTS: usize = 1_000;
const DOCUMENT_TIME: Duration = Duration::from_secs(300);

/// How often a person's last use is written.
const TOUCH_INTERVAL: Duration = Duration::from_secs(60);

const SESSION: &str = "atproto session";
const LOGIN: &str = "login in progress";

pub struct Hosted {
    pub db: Db,
    pub web: WebClient,
    /// Reads MCP clients' metadata documents (public addresses only, no redirects).
    documents: Fetcher,
    /// Documents read and found good, with when they were read.
    read_documents: Mutex<LruCache<String, (Instant, ClientDocument)>>,
    /// When this instance last recorded each person's use (the most recent people).
    touched: Mutex<LruCache<String, Instant>>,
}

/// A person connected to the hosted server.
pub struct User {
    pub did: String,
    pub handle: String,
    pub connected_at: DateTime<Utc>,
    pub last_used: Option<DateTime<Utc>>,
}

/// A login under way: the atproto grant's side and the caller's own.
#[derive(Serialize, Deserialize)]
struct Pending {
    grant: PendingGrant,
    app: serde_json::Value,
}

impl Hosted {
    /// The hosted server's state in `db`, its web client, and the addresses
    /// besides public ones that it may fetch from (`hosted_allow`).
    pub fn new(db: Db, web: WebClient, allow: Vec<ipnet::IpNet>) -> Result<Hosted> {
        let documents = Fetcher::without_redirects(Allow::new(allow)).map_err(Error::io)?;
        let recent = NonZeroUsize::new(CACHED_PEOPLE).unwrap_or(NonZeroUsize::MIN);
        let read = NonZeroUsize::new(CACHED_DOCUMENTS).unwrap_or(NonZeroUsize::MIN);
        Ok(Hosted {
            db,
            web,
            documents,
            read_documents: Mutex::new(LruCache::new(read)),
            touched: Mutex::new(LruCache::new(recent)),
        })
    }

    /// The metadata document of the MCP client named by the URL `client_id`,
    /// read again when this instance's copy is [`DOCUMENT_TIME`] old. Only
    /// good documents are kept: a refused one is read again next time.
    pub async fn client_document(&self, client_id: &str) -> Result<ClientDocument> {
        let kept = self
            .read_documents
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(client_id)
            .filter(|(at, _)| at.elapsed() < DOCUMENT_TIME)
            .map(|(_, document)| document.clone());
        if let Some(document) = kept {
            return Ok(document);
        }
        let document = client_document::fetch(&self.documents, client_id)
            .await
            .map_err(Error::input)?;
        self.read_documents
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .put(client_id.to_owned(), (Instant::now(), document.clone()));
        Ok(document)
    }

    fn seal(&self, session: &Session) -> Result<Vec<u8>> {
        self.db
            .sealer()
            .seal(SESSION, &session.did, &session.to_json()?)
    }

    fn open(&self, did: &str, sealed: &[u8]) -> Result<Session> {
        let json = self.db.sealer().open(SESSION, did, sealed)?;
        Session::from_json(did, &json)
            .map_err(|why| Error::io(format!("the stored session of {did} is damaged: {why}")))
    }

    /// Stores a new grant, replacing the person's earlier one.
    pub async fn save(&self, session: &Session) -> Result<()> {
        let sealed = self.seal(session)?;
        self.db
            .client()
            .await?
            .execute(
                "INSERT INTO atproto_sessions (did, handle, sealed) VALUES ($1, $2, $3)
                 ON CONFLICT (did) DO UPDATE SET handle = $2, sealed = $3, updated_at = now()",
                &[&session.did, &session.handle, &sealed],
            )
            .await
            .map_err(error("store the session"))?;
        Ok(())
    }

    pub async fn load(&self, did: &str) -> Result<Option<Session>> {
        let row = self
            .db
            .client()
            .await?
            .query_opt(
                "SELECT sealed FROM atproto_sessions WHERE did = $1",
                &[&did],
            )
            .await
            .map_err(error("read the session"))?;
        row.map(|row| self.open(did, row.get(0))).transpose()
    }

    /// Deletes the person's session, returning it (to revoke its grant).
    pub async fn remove(&self, did: &str) -> Result<Option<Session>> {
        let row = self
            .db
            .client()
            .await?
            .query_opt(
                "DELETE FROM atproto_sessions WHERE did = $1 RETURNING sealed",
                &[&did],
            )
            .await
            .map_err(error("delete the session"))?;
        row.map(|row| self.open(did, row.get(0))).transpose()
    }

    /// Everyone connected, most recently active first.
    pub async fn users(&self) -> Result<Vec<User>> {
        let rows = self
            .db
            .client()
            .await?
            .query(
                "SELECT did, handle, created_at, last_used FROM atproto_sessions
                 ORDER BY last_used DESC NULLS LAST, did",
                &[],
            )
            .await
            .map_err(error("list the connected people"))?;
        Ok(rows
            .iter()
            .map(|r| User {
                did: r.get(0),
                handle: r.get(1),
                connected_at: r.get(2),
                last_used: r.get(3),
            })
            .collect())
    }

    /// The DID of a connected person named by handle or DID.
    pub async fn find(&self, who: &str) -> Result<Option<String>> {
        let who = who.trim().trim_start_matches('@').to_ascii_lowercase();
        let row = self
            .db
            .client()
            .await?
            .query_opt(
                "SELECT did FROM atproto_sessions WHERE did = $1 OR handle = $1",
                &[&who],
            )
            .await
            .map_err(error("look up the person"))?;
        Ok(row.map(|r| r.get(0)))
    }

    /// Records that `did` made a call: at most once a minute per person,
    /// and without a database round trip when this instance wrote it lately.
    pub async fn touch(&self, did: &str) -> Result<()> {
        {
            let mut touched = self.touched.lock().unwrap_or_else(PoisonError::into_inner);
            if touched
                .get(did)
                .is_some_and(|at| at.elapsed() < TOUCH_INTERVAL)
            {
                return Ok(());
            }
            touched.put(did.to_string(), Instant::now());
        }
        self.db
            .client()
            .await?
            .execute(
                "UPDATE atproto_sessions SET last_used = now() WHERE did = $1
                 AND (last_used IS NULL OR last_used < now() - interval '1 minute')",
                &[&did],
            )
            .await
            .map_err(error("record the last use"))?;
        Ok(())
    }

    /// Replaces `current` with a refreshed session under the row lock: when
    /// another instance refreshed first, its session is taken instead (and
    /// `renew` runs only if that one is about to expire too).
    pub async fn refresh(
        &self,
        current: &Session,
        usable: impl Fn(&Session) -> bool,
        renew: impl AsyncFnOnce(Session) -> Result<Session>,
    ) -> Result<Session> {
        let mut client = self.db.client().await?;
        let tx = client
            .transaction()
            .await
            .map_err(error("start the refresh"))?;
        let row = tx
            .query_opt(
                "SELECT sealed FROM atproto_sessions WHERE did = $1 FOR UPDATE",
                &[&current.did],
            )
            .await
            .map_err(error("lock the session"))?;
        let Some(row) = row else {
            return Err(Error::auth(format!(
                "the connection of {} to this server has ended",
                current.handle
            ))
            .with_help("connect again from your MCP client"));
        };
        let stored = self.open(&current.did, row.get(0))?;
        let base = if stored.refreshed_since(current) {
            if usable(&stored) {
                return Ok(stored);
            }
            stored
        } else {
            current.clone()
        };
        let renewed = renew(base).await?;
        tx.execute(
            "UPDATE atproto_sessions SET sealed = $2, updated_at = now() WHERE did = $1",
            &[&renewed.did, &self.seal(&renewed)?],
        )
        .await
        .map_err(error("store the refreshed session"))?;
        tx.commit().await.map_err(error("commit the refresh"))?;
        Ok(renewed)
    }

    /// Starts a login for `handle`: the address to send the browser to.
    /// `app` comes back from [`Self::finish_login`] unchanged.
    pub async fn start_login(
        &self,
        transport: &Transport,
        handle: &str,
        app: serde_json::Value,
    ) -> Result<String> {
        let recent: i64 = self
            .db
            .client()
            .await?
            .query_one(
                "SELECT count(*) FROM pending_logins WHERE expires_at > $1",
                &[&(Utc::now() + LOGIN_TIME - chrono::TimeDelta::minutes(1))],
            )
            .await
            .map_err(error("count the sign-ins under way"))?
            .get(0);
        if recent >= LOGINS_PER_MINUTE {
            return Err(Error::remote(format!(
                "more than {LOGINS_PER_MINUTE} sign-ins were started in the last minute and are not finished"
            ))
            .with_help("try again in a minute"));
        }
        let state = random_text(24)?;
        let (url, grant) = self.web.start(transport, handle, &state).await?;
        let pending = serde_json::to_vec(&Pending { grant, app })
            .map_err(|e| Error::io(format!("the login did not serialize: {e}")))?;
        let sealed = self.db.sealer().seal(LOGIN, &state, &pending)?;
        let client = self.db.client().await?;
        client
            .execute("DELETE FROM pending_logins WHERE expires_at < now()", &[])
            .await
            .map_err(error("drop expired logins"))?;
        client
            .execute(
                "INSERT INTO pending_logins (state, sealed, expires_at) VALUES ($1, $2, $3)",
                &[&state, &sealed, &(Utc::now() + LOGIN_TIME)],
            )
            .await
            .map_err(error("store the login"))?;
        Ok(url)
    }

    /// Drops the login `state` names (the person said no): the caller's `app`
    /// value, if the login was known.
    pub async fn cancel_login(&self, state: &str) -> Result<Option<serde_json::Value>> {
        let Some(row) = self.take_login(state).await? else {
            return Ok(None);
        };
        Ok(Some(self.open_login(state, row.get(0))?.app))
    }

    /// Takes the row of the login `state` names, if it is there and not expired.
    async fn take_login(&self, state: &str) -> Result<Option<tokio_postgres::Row>> {
        self.db
            .client()
            .await?
            .query_opt(
                "DELETE FROM pending_logins WHERE state = $1 AND expires_at > now() RETURNING sealed",
                &[&state],
            )
            .await
            .map_err(error("take the login"))
    }

    fn open_login(&self, state: &str, sealed: &[u8]) -> Result<Pending> {
        let pending = self.db.sealer().open(LOGIN, state, sealed)?;
        serde_json::from_slice(&pending)
            .map_err(|e| Error::io(format!("a stored login is damaged: {e}")))
    }

    /// Finishes the login `state` names (once: its row is taken), stores the
    /// grant, and gives back the session and the caller's `app` value.
    pub async fn finish_login(
        &self,
        transport: &Transport,
        state: &str,
        code: &str,
        iss: Option<&str>,
    ) -> Result<(Session, serde_json::Value)> {
        let row = self.take_login(state).await?.ok_or_else(|| {
            Error::auth("this sign-in is unknown, used already or expired")
                .with_help("start again from your MCP client")
        })?;
        let Pending { grant, app } = self.open_login(state, row.get(0))?;
        let handle = grant.handle.clone();
        let granted = self.web.finish(transport, grant, code, iss).await?;
        let session = Session {
            alias: granted.did.clone(),
            handle,
            did: granted.did,
            pds_url: granted.pds_url,
            tokens: Tokens::OAuth(Box::new(granted.tokens)),
        };
        self.save(&session).await?;
        Ok((session, app))
    }
}
