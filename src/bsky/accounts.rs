//! Accounts and their sessions: which account a call uses, logging in once,
//! resuming stored sessions, and refreshing tokens one refresh at a time.
//!
//! An account is known from the config file (or BLUESKY_USERNAME) or from a
//! stored session (`auth login` without a config file). Nothing here logs in
//! per call: a password is used only when no session is stored.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::PoisonError;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use atrium_api::client::Service;
use atrium_api::com::atproto::{identity::resolve_handle, server};
use chrono::Utc;
use lru::LruCache;
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::audit::{AuditLog, Entry};
use super::hosted::Hosted;
use super::limits::{Budget, LoginBudget, RateLimiter};
use super::oauth::{self, grant, login::PendingLogin, web::ClientKey};
use super::public_http::{Allow, Fetcher};
use super::session::{Session, SessionStore, Tokens, write_private_atomically};
use super::uri::AtUri;
use super::xrpc::{Auth, Client, Transport, XrpcError};
use crate::config::{Account, Config, PasswordSource, normalize_handle};
use crate::error::{Error, Kind, Result, io_error};

/// Refresh the access token when it has less than this left.
const REFRESH_MARGIN: Duration = Duration::from_secs(60);
/// How a PDS refuses a token that may not call a method (privileged ones,
/// such as chat, with an ordinary app password).
pub const BAD_TOKEN_METHOD: &str = "Bad token method";

/// What is known about one account, without touching the network.
#[derive(Debug, Clone)]
pub struct KnownAccount {
    pub alias: String,
    pub handle: String,
    pub did: Option<String>,
    pub pds_url: String,
    pub configured: bool,
    pub is_default: bool,
    pub session: Option<Session>,
}

pub struct Accounts {
    /// Where writes are recorded, unless `audit_log` is off.
    audit: Option<Arc<AuditLog>>,
    /// Each account's request budget, by alias ("" for calls without one).
    limiters: std::sync::Mutex<LruCache<String, Arc<RateLimiter>>>,
    /// Handle → DID, at most `cache_max_size` entries.
    handles: std::sync::Mutex<LruCache<String, String>>,
    config: Arc<Config>,
    store: SessionStore,
    /// Made on first use: loading the system's TLS roots takes milliseconds
    /// and memory that a server answering its first requests does not need.
    http: std::sync::OnceLock<reqwest::Client>,
    /// Fetches on a caller's behalf (link cards): public addresses only.
    /// Built on first use: most runs make no card.
    fetcher: std::sync::OnceLock<std::result::Result<Fetcher, String>>,
    /// By alias, or in hosted mode by DID (the [`CACHED_PEOPLE`](super::hosted::CACHED_PEOPLE) most recent).
    connections: tokio::sync::Mutex<LruCache<String, Arc<PdsConnection>>>,
    /// Hosted mode: the people's sessions are in the database.
    hosted: Option<Arc<Hosted>>,
}

impl Accounts {
    /// Accounts of a hosted server: each person's session from the database.
    /// Every request goes to public addresses only (and `hosted_allow`):
    /// people's DID documents name the servers it reaches.
    pub fn hosted(config: Arc<Config>, hosted: Hosted) -> Result<Self> {
        let http = super::public_http::guarded_client(Allow::new(config.hosted_allow.clone()))
            .map_err(Error::config)?;
        let cached = NonZeroUsize::new(super::hosted::CACHED_PEOPLE).unwrap_or(NonZeroUsize::MIN);
        let accounts = Accounts {
            hosted: Some(Arc::new(hosted)),
            connections: tokio::sync::Mutex::new(LruCache::new(cached)),
            limiters: std::sync::Mutex::new(LruCache::new(cached)),
            ..Accounts::new(config)
        };
        let _ = accounts.http.set(http);
        Ok(accounts)
    }

    pub fn hosting(&self) -> Option<&Hosted> {
        self.hosted.as_deref()
    }

    /// The transport of a hosted server's logins: each is for a person not
    /// connected yet, at their own PDS, so no account's budget is spent.
    pub fn login_transport(&self) -> Transport {
        Transport::new(self.http.get_or_init(Transport::http_client).clone())
    }

    /// The connection of the connected person `did` (hosted mode).
    pub async fn connect_did(&self, did: &str) -> Result<Arc<PdsConnection>> {
        let hosted = self
            .hosted
            .as_ref()
            .ok_or_else(|| Error::config("not a hosted server"))?;
        if let Some(pds) = self.connections.lock().await.get(did) {
            return Ok(pds.clone());
        }
        // Not holding the lock: one person's first call does not wait for another's.
        let session = hosted.load(did).await?.ok_or_else(|| {
            Error::auth("your connection to this server has ended")
                .with_help("connect again from your MCP client")
        })?;
        let pds = Arc::new(self.agent_for(session)?);
        let mut connections = self.connections.lock().await;
        Ok(connections.get_or_insert(did.to_string(), || pds).clone())
    }

    /// Ends a connected person's session here and revokes its grant at
    /// their PDS; whether there was one, and why the revocation failed if it did.
    pub async fn disconnect(&self, did: &str) -> Result<(bool, Option<String>)> {
        let hosted = self
            .hosted
            .as_ref()
            .ok_or_else(|| Error::config("not a hosted server"))?;
        self.connections.lock().await.pop(did);
        let Some(session) = hosted.remove(did).await? else {
            return Ok((false, None));
        };
        let revoked = match &session.tokens {
            Tokens::OAuth(grant) => {
                grant::revoke(&self.transport(did), grant, Some(&hosted.web.key)).await
            }
            Tokens::AppPassword { .. } => Ok(()),
        };
        Ok((true, revoked.err().map(|e| e.message)))
    }

    pub fn new(config: Arc<Config>) -> Self {
        let audit = config
            .audit_log
            .then(|| Arc::new(AuditLog::new(&config.state_dir)));
        let capacity = std::num::NonZeroUsize::new(config.cache_max_size)
            .unwrap_or(std::num::NonZeroUsize::MIN);
        Accounts {
            handles: std::sync::Mutex::new(LruCache::new(capacity)),
            store: SessionStore::new(&config.state_dir),
            http: std::sync::OnceLock::new(),
            fetcher: std::sync::OnceLock::new(),
            config,
            connections: tokio::sync::Mutex::new(LruCache::unbounded()),
            limiters: std::sync::Mutex::new(LruCache::unbounded()),
            audit,
            hosted: None,
        }
    }

    /// The budgets of the accounts that have made calls, by alias.
    pub fn budgets(&self) -> Vec<(String, Budget)> {
        let limiters = self.limiters.lock().unwrap_or_else(PoisonError::into_inner);
        let mut budgets: Vec<(String, Budget)> = limiters
            .iter()
            .map(|(alias, l)| (alias.clone(), l.budget()))
            .collect();
        budgets.sort_by(|a, b| a.0.cmp(&b.0));
        budgets
    }

    /// The request budget of `alias` ("" for calls made without an account).
    pub fn limiter(&self, alias: &str) -> Arc<RateLimiter> {
        let mut limiters = self.limiters.lock().unwrap_or_else(PoisonError::into_inner);
        limiters
            .get_or_insert_ref(alias, || {
                let name = if alias.is_empty() { "(none)" } else { alias };
                let limiter = RateLimiter::new(
                    name,
                    self.config.rate_limit_requests,
                    Duration::from_secs(self.config.rate_limit_window),
                    self.config.rate_limit_burst(),
                );
                // A hosted server's accounts (by DID) share one bucket across instances.
                Arc::new(match &self.hosted {
                    Some(hosted) if !alias.is_empty() => limiter.shared(hosted.db.clone()),
                    _ => limiter,
                })
            })
            .clone()
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The DID of an actor named by DID or by handle (with or without `@`),
    /// through `client`'s PDS; `None` when no account has that handle.
    pub async fn resolve_did(&self, client: &Client, actor: &str) -> Result<Option<String>> {
        let actor = actor.trim().trim_start_matches('@');
        if actor.starts_with("did:") {
            return Ok(Some(actor.to_string()));
        }
        let handle = normalize_handle(actor);
        if let Some(did) = self
            .handles
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&handle)
        {
            return Ok(Some(did.clone()));
        }
        let Ok(parsed) = handle.parse() else {
            return Ok(None);
        };
        let api = client.without_auth().api();
        let resolved = api
            .service
            .com
            .atproto
            .identity
            .resolve_handle(resolve_handle::ParametersData { handle: parsed }.into())
            .await
            .map_err(XrpcError::from);
        match resolved {
            Ok(r) => {
                let did = r.data.did.to_string();
                let mut cache = self.handles.lock().unwrap_or_else(PoisonError::into_inner);
                cache.put(handle, did.clone());
                Ok(Some(did))
            }
            // An unknown handle; anything else (a 429, a 5xx, no answer) is not an answer.
            Err(e) if e.is("HandleNotFound") || e.is("InvalidRequest") => Ok(None),
            Err(e) => Err(e.into_error("com.atproto.identity.resolveHandle")),
        }
    }

    /// Like [`Self::resolve_did`], but an unknown handle is an input error naming `field`.
    pub async fn require_did(&self, client: &Client, field: &str, actor: &str) -> Result<String> {
        self.resolve_did(client, actor).await?.ok_or_else(|| {
            Error::input(format!(
                "{field}: @{} is not a known handle",
                actor.trim().trim_start_matches('@')
            ))
        })
    }

    /// The HTTP client for URLs a caller names (link cards): it reaches
    /// public addresses only, and those in `link_cards_allow`. Built on
    /// first use; why it could not be, when it could not.
    pub fn fetcher(&self) -> Result<&Fetcher, String> {
        self.fetcher
            .get_or_init(|| Fetcher::new(Allow::new(self.config.link_cards_allow.clone())))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// How long the PDS at `pds_url` takes to answer `describeServer`, or why it did not.
    pub async fn ping(&self, pds_url: &str) -> std::result::Result<Duration, String> {
        let api = self.anonymous(pds_url).map_err(|e| e.message)?.api();
        let start = Instant::now();
        let answer = api.service.com.atproto.server.describe_server().await;
        answer
            .map(|_| start.elapsed())
            .map_err(|e| XrpcError::from(e).message)
    }

    /// The PDS of the default account, or the configured one.
    pub fn default_pds(&self) -> String {
        self.known()
            .ok()
            .and_then(|known| known.into_iter().find(|k| k.is_default))
            .map(|k| k.pds_url)
            .unwrap_or_else(|| self.config.pds_url.clone())
    }

    /// A client for a PDS that needs no session (reachability checks).
    pub fn anonymous(&self, pds_url: &str) -> Result<Client> {
        self.client(pds_url, "", Auth::None)
    }

    /// A client of `pds_url` spending from `alias`'s rate limit.
    fn client(&self, pds_url: &str, alias: &str, auth: Auth) -> Result<Client> {
        Client::new(self.transport(alias), pds_url, auth)
    }

    /// The transport of calls made for `alias`, spending from its rate limit.
    fn transport(&self, alias: &str) -> Transport {
        Transport::new(self.http.get_or_init(Transport::http_client).clone())
            .with_limiter(self.limiter(alias))
    }

    fn default_file(&self) -> PathBuf {
        self.config.state_dir.join("default-account")
    }

    /// The default account: the config's `default_account`, else the one chosen
    /// with `auth default`, else the only account there is.
    pub fn default_alias(&self) -> Option<String> {
        if let Some(d) = &self.config.default_account {
            return Some(d.clone());
        }
        let aliases = self.aliases();
        if let Ok(chosen) = std::fs::read_to_string(self.default_file()) {
            let chosen = chosen.trim();
            if aliases.iter().any(|a| a == chosen) {
                return Some(chosen.to_string());
            }
        }
        (aliases.len() == 1).then(|| aliases[0].clone())
    }

    fn aliases(&self) -> Vec<String> {
        let mut all: Vec<String> = self.config.accounts.keys().cloned().collect();
        for alias in self.store.aliases() {
            if !all.contains(&alias) {
                all.push(alias);
            }
        }
        all.sort();
        all
    }

    /// Every account from the config and the session store, sorted by alias.
    pub fn known(&self) -> Result<Vec<KnownAccount>> {
        let default = self.default_alias();
        let mut out = BTreeMap::new();
        for alias in self.aliases() {
            let configured = self.config.accounts.get(&alias);
            let session = self.stored_session(&alias, configured)?;
            let handle = configured
                .map(|a| a.handle.clone())
                .or_else(|| session.as_ref().map(|s| s.handle.clone()))
                .unwrap_or_default();
            let pds_url = session
                .as_ref()
                .map(|s| s.pds_url.clone())
                .unwrap_or_else(|| self.config.pds_for(configured).to_string());
            out.insert(
                alias.clone(),
                KnownAccount {
                    is_default: default.as_deref() == Some(alias.as_str()),
                    did: session.as_ref().map(|s| s.did.clone()),
                    configured: configured.is_some(),
                    alias,
                    handle,
                    pds_url,
                    session,
                },
            );
        }
        Ok(out.into_values().collect())
    }

    /// A stored session, unless the config now names a different handle for that alias.
    fn stored_session(&self, alias: &str, configured: Option<&Account>) -> Result<Option<Session>> {
        let session = self.store.load(alias)?;
        Ok(
            session
                .filter(|s| configured.is_none_or(|a| a.handle == s.handle || a.handle == s.did)),
        )
    }

    /// Turns what a caller typed (an alias, a handle with or without `@`, or
    /// nothing) into an account alias.
    pub fn resolve(&self, requested: Option<&str>) -> Result<String> {
        let aliases = self.aliases();
        let Some(requested) = requested else {
            return self.default_alias().ok_or_else(|| {
                if aliases.is_empty() {
                    no_account_error()
                } else {
                    Error::input(format!(
                        "no default account among {}; pass `account`",
                        aliases.join(", ")
                    ))
                    .with_help("pick one with `mcp-bluesky auth default ALIAS`")
                }
            });
        };
        if aliases.iter().any(|a| a == requested) {
            return Ok(requested.to_string());
        }
        let handle = normalize_handle(requested);
        for known in self.known()? {
            if known.handle == handle || known.did.as_deref() == Some(requested) {
                return Ok(known.alias);
            }
        }
        if aliases.is_empty() {
            return Err(no_account_error());
        }
        Err(Error::input(format!(
            "account {requested:?} is not set up; known accounts: {}",
            aliases.join(", ")
        ))
        .with_help(format!("log in with `mcp-bluesky auth login {handle}`")))
    }

    /// The connection to an account's PDS, resuming its stored session, or logging in
    /// once with its configured password when no session is stored.
    pub async fn connect(&self, requested: Option<&str>) -> Result<Arc<PdsConnection>> {
        let alias = self.resolve(requested)?;
        let mut connections = self.connections.lock().await;
        if let Some(pds) = connections.get(&alias) {
            return Ok(pds.clone());
        }
        let configured = self.config.accounts.get(&alias);
        let pds = match self.stored_session(&alias, configured)? {
            Some(session) => Arc::new(self.agent_for(session)?),
            None => {
                let account = configured.ok_or_else(|| not_logged_in(&alias))?;
                let password =
                    read_password(&account.password)?.ok_or_else(|| not_logged_in(&alias))?;
                let pds = self.config.pds_for(Some(account)).to_string();
                Arc::new(
                    self.create_session(&alias, &account.handle, &pds, &password)
                        .await?,
                )
            }
        };
        connections.put(alias, pds.clone());
        Ok(pds)
    }

    fn agent_for(&self, session: Session) -> Result<PdsConnection> {
        let transport = self.transport(&session.alias);
        let pds_url = session.pds_url.clone();
        let session = Arc::new(RwLock::new(session));
        let client = Client::new(transport.clone(), &pds_url, Auth::Session(session.clone()))?;
        let (store, client_key) = match &self.hosted {
            Some(hosted) => (Backend::Db(hosted.clone()), Some(hosted.web.key.clone())),
            None => (Backend::Files(self.store.clone()), None),
        };
        Ok(PdsConnection {
            api: client.clone().api(),
            client,
            transport,
            store,
            client_key,
            session,
            refresh: tokio::sync::Mutex::new(()),
            audit: self.audit.clone(),
        })
    }

    async fn create_session(
        &self,
        alias: &str,
        identifier: &str,
        pds_url: &str,
        password: &SecretString,
    ) -> Result<PdsConnection> {
        LoginBudget::new(&self.config.state_dir, alias).spend(alias)?;
        let api = self.client(pds_url, alias, Auth::None)?.api();
        let input = server::create_session::InputData {
            identifier: identifier.to_string(),
            password: password.expose_secret().to_string(),
            auth_factor_token: None,
            allow_takendown: None,
        };
        let created = api
            .service
            .com
            .atproto
            .server
            .create_session(input.into())
            .await
            .map_err(|e| login_error(alias, identifier, pds_url, e.into()))?;
        let created = created.data;
        let session = Session {
            alias: alias.to_string(),
            handle: created.handle.to_string(),
            did: created.did.to_string(),
            pds_url: pds_url.to_string(),
            tokens: Tokens::AppPassword {
                access_jwt: created.access_jwt.into(),
                refresh_jwt: created.refresh_jwt.into(),
            },
        };
        self.save(&session).await?;
        tracing::info!(account = alias, did = %session.did, "logged in");
        self.agent_for(session)
    }

    /// Logs in with a password and stores the session. The alias defaults to
    /// the configured account with that handle, or the handle itself.
    pub async fn login(
        &self,
        alias: Option<&str>,
        identifier: &str,
        password: &SecretString,
    ) -> Result<Arc<PdsConnection>> {
        let identifier = normalize_handle(identifier);
        let alias = match alias {
            Some(a) => a.to_string(),
            None => self
                .config
                .accounts
                .values()
                .find(|a| a.handle == identifier)
                .map(|a| a.alias.clone())
                .unwrap_or_else(|| identifier.clone()),
        };
        check_alias(&alias)?;
        let configured = self.config.accounts.get(&alias);
        let pds = self.config.pds_for(configured).to_string();
        let pds = Arc::new(
            self.create_session(&alias, &identifier, &pds, password)
                .await?,
        );
        self.connections.lock().await.put(alias, pds.clone());
        Ok(pds)
    }

    /// Forgets an account's session, revoking it on the PDS first (a
    /// failure to revoke is reported, and the session is deleted anyway).
    pub async fn logout(&self, requested: Option<&str>) -> Result<LoggedOut> {
        let alias = self.resolve(requested)?;
        self.connections.lock().await.pop(&alias);
        let mut revoke_error = None;
        if let Some(session) = self.store.load(&alias)? {
            let revoked = match &session.tokens {
                // deleteSession takes the refresh token, which revokes both.
                Tokens::AppPassword { refresh_jwt, .. } => {
                    let auth = Auth::Bearer(refresh_jwt.clone());
                    match self.client(&session.pds_url, &alias, auth) {
                        Ok(client) => client
                            .api()
                            .service
                            .com
                            .atproto
                            .server
                            .delete_session()
                            .await
                            .map_err(|e| {
                                XrpcError::from(e).into_error(server::delete_session::NSID)
                            }),
                        Err(e) => Err(e),
                    }
                }
                Tokens::OAuth(grant) => grant::revoke(&self.transport(&alias), grant, None).await,
            };
            revoke_error = revoked.err().map(|e| e.message);
        }
        let had_session = {
            let _lock = self.store.lock(&alias).await?;
            self.store.remove(&alias)?
        };
        Ok(LoggedOut {
            alias,
            had_session,
            revoke_error,
        })
    }

    /// Stores a session under its account's lock, so that a refresh by
    /// another process never interleaves with the write.
    async fn save(&self, session: &Session) -> Result<()> {
        let _lock = self.store.lock(&session.alias).await?;
        self.store.save(session)
    }

    /// Starts an OAuth login for `input` (a normalized handle, a DID or an
    /// https:// server).
    pub async fn start_oauth(
        &self,
        alias: Option<&str>,
        input: &str,
        scopes: Vec<String>,
        port: u16,
    ) -> Result<PendingLogin> {
        if let Some(alias) = alias {
            check_alias(alias)?;
        }
        let request = oauth::login::LoginRequest {
            input: input.to_string(),
            resolver_url: self
                .config
                .pds_for(alias.and_then(|a| self.config.accounts.get(a)))
                .to_string(),
            plc_url: self.config.plc_url.clone(),
            scopes,
            port,
        };
        oauth::login::start(self.transport(alias.unwrap_or_default()), &request).await
    }

    /// Waits for the browser to finish `login`, checks the grant with the
    /// PDS (`getSession`), and stores it. The alias defaults to the
    /// configured account with the handle logged in, or the handle itself.
    pub async fn finish_oauth(
        &self,
        alias: Option<&str>,
        login: PendingLogin,
        timeout: Duration,
    ) -> Result<Arc<PdsConnection>> {
        let granted = login.finish(timeout).await?;
        let trial = self.agent_for(Session {
            alias: alias.unwrap_or(&granted.did).to_string(),
            handle: String::new(),
            did: granted.did.clone(),
            pds_url: granted.pds_url.clone(),
            tokens: Tokens::OAuth(Box::new(granted.tokens)),
        })?;
        // Straight through the client: nothing stored may stand in for the grant.
        let checked = trial
            .client()
            .clone()
            .api()
            .service
            .com
            .atproto
            .server
            .get_session()
            .await
            .map_err(|e| XrpcError::from(e).into_error(server::get_session::NSID));
        let mut session = trial.session();
        let checked = checked.and_then(|who| {
            session.handle = who.data.handle.to_string();
            session.alias = match alias {
                Some(a) => a.to_string(),
                None => self
                    .config
                    .accounts
                    .values()
                    .find(|a| a.handle == session.handle || a.handle == session.did)
                    .map(|a| a.alias.clone())
                    .unwrap_or_else(|| session.handle.clone()),
            };
            match self.config.accounts.get(&session.alias) {
                Some(a) if a.handle != session.handle && a.handle != session.did => {
                    Err(Error::input(format!(
                        "account `{}` is configured as @{}, but the login was for @{}",
                        session.alias, a.handle, session.handle
                    ))
                    .with_help("pick another alias with --account, or log in as that account"))
                }
                _ => check_alias(&session.alias),
            }
        });
        if let Err(e) = checked {
            if let Tokens::OAuth(grant) = &session.tokens
                && let Err(revoke) = grant::revoke(&trial.transport, grant, None).await
            {
                tracing::warn!("could not revoke the unused grant: {}", revoke.message);
            }
            return Err(e.context("the login was granted but not stored"));
        }
        self.save(&session).await?;
        tracing::info!(account = %session.alias, did = %session.did, "logged in with OAuth");
        let alias = session.alias.clone();
        let pds = Arc::new(self.agent_for(session)?);
        self.connections.lock().await.put(alias, pds.clone());
        Ok(pds)
    }

    /// Makes an account the default for calls that name none.
    pub fn set_default(&self, requested: &str) -> Result<String> {
        let alias = self.resolve(Some(requested))?;
        if let Some(pinned) = &self.config.default_account
            && *pinned != alias
        {
            let file = self.config.file.as_ref().unwrap_or(&self.config.file_path);
            return Err(Error::config(format!(
                "default_account is set to `{pinned}` in {} (or by BLUESKY_USERNAME), which wins over `auth default`",
                file.display()
            ))
            .with_help("change default_account there instead"));
        }
        write_private_atomically(&self.default_file(), format!("{alias}\n").as_bytes())?;
        Ok(alias)
    }
}

/// What `logout` did.
pub struct LoggedOut {
    pub alias: String,
    pub had_session: bool,
    /// Why the PDS did not revoke the session, if it did not.
    pub revoke_error: Option<String>,
}

fn check_alias(alias: &str) -> Result<()> {
    let ok = !alias.is_empty()
        && alias.len() <= 253
        && !alias.starts_with('.')
        && alias
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-:".contains(c));
    if ok {
        Ok(())
    } else {
        Err(Error::input(format!(
            "account alias {alias:?} may only hold letters, digits, '.', '_', '-' and ':'"
        )))
    }
}

fn no_account_error() -> Error {
    Error::auth("no Bluesky account is set up").with_help(
        "run `mcp-bluesky auth login HANDLE` with an app password, or set BLUESKY_USERNAME and BLUESKY_PASSWORD",
    )
}

fn not_logged_in(alias: &str) -> Error {
    Error::auth(format!("account `{alias}` is not logged in"))
        .with_help(format!("run `mcp-bluesky auth login --alias {alias} HANDLE`, or configure password_file / password_command"))
}

fn login_error(alias: &str, identifier: &str, pds_url: &str, e: XrpcError) -> Error {
    let what = format!("login failed for account `{alias}` ({identifier} on {pds_url})");
    if e.status.is_none() {
        return e
            .into_error("com.atproto.server.createSession")
            .context(what);
    }
    let detail = if e.message.is_empty() {
        e.error.clone().unwrap_or_default()
    } else {
        e.message.clone()
    };
    let help = if e.is("AuthFactorTokenRequired") {
        "this account needs a sign-in code by email: use an app password instead"
    } else if e.is("RateLimitExceeded") {
        "Bluesky limits logins; wait before trying again"
    } else {
        "use an app password (Bluesky settings → Privacy and security → App passwords) and check the handle"
    };
    let kind = if e.status.is_some_and(|s| s.is_server_error()) {
        Kind::Remote
    } else {
        Kind::Auth
    };
    Error::new(kind, format!("{what}: {detail}")).with_help(help)
}

/// Reads a password from where the account's config says it is.
pub fn read_password(source: &PasswordSource) -> Result<Option<SecretString>> {
    let raw = match source {
        PasswordSource::None => return Ok(None),
        PasswordSource::Env(secret) => return Ok(Some(secret.clone())),
        PasswordSource::File(path) => {
            std::fs::read_to_string(path).map_err(|e| io_error("read password_file", path, e))?
        }
        PasswordSource::Command(command) => {
            let output = std::process::Command::new("sh")
                .arg("-c")
                .arg(command)
                .stdin(std::process::Stdio::null())
                .stderr(std::process::Stdio::inherit())
                .output()
                .map_err(|e| {
                    Error::config(format!("cannot run password_command `{command}`: {e}"))
                })?;
            if !output.status.success() {
                return Err(Error::config(format!(
                    "password_command `{command}` failed ({})",
                    output.status
                )));
            }
            String::from_utf8(output.stdout).map_err(|_| {
                Error::config(format!(
                    "password_command `{command}` printed non-UTF-8 output"
                ))
            })?
        }
    };
    let trimmed = raw.trim_end_matches(['\n', '\r']);
    if trimmed.is_empty() {
        return Err(Error::config(
            "the configured password source gave an empty password",
        ));
    }
    Ok(Some(SecretString::from(trimmed.to_string())))
}

/// One account's connection to its PDS, with its session.
pub struct PdsConnection {
    /// The client under `api`, for calls atrium's generated ones get wrong.
    client: Client,
    /// The account's transport without a token, for OAuth's own endpoints.
    transport: Transport,
    api: atrium_api::client::AtpServiceClient<Client>,
    store: Backend,
    /// A hosted server's client key, which its grants' refreshes are signed with.
    client_key: Option<Arc<ClientKey>>,
    /// Shared with `client`, which sends its tokens.
    session: Arc<RwLock<Session>>,
    /// Held while refreshing, so concurrent calls wait for one refresh.
    refresh: tokio::sync::Mutex<()>,
    audit: Option<Arc<AuditLog>>,
}

impl PdsConnection {
    pub fn session(&self) -> Session {
        self.session
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub fn did(&self) -> String {
        self.session
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .did
            .clone()
    }

    pub fn handle(&self) -> String {
        self.session
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .handle
            .clone()
    }

    /// The client of this account's PDS, with its session's tokens.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Records a write in the audit log (when it is on).
    pub fn audit(&self, action: &str, uri: &AtUri, cid: Option<&str>, result: &str) {
        if let Some(log) = &self.audit {
            let session = self.session();
            log.record(&Entry {
                action,
                account: &session.alias,
                did: &session.did,
                collection: &uri.collection,
                uri: &uri.to_uri(),
                cid,
                result,
            });
        }
    }

    /// An atrium call with the session's token (refreshed when it is about to
    /// expire, or when the PDS says it has); its error names `nsid`.
    pub async fn call<'s, T, E, F, Fut>(&'s self, nsid: &str, call: F) -> Result<T>
    where
        F: Fn(&'s Service<Client>) -> Fut,
        Fut: std::future::Future<Output = atrium_xrpc::Result<T, E>> + 's,
        E: Serialize + std::fmt::Debug,
    {
        self.call_xrpc(call).await?.map_err(|e| e.into_error(nsid))
    }

    /// Like [`Self::call`], with the XRPC error left for the caller to judge.
    /// The outer error is a session failure.
    pub async fn call_xrpc<'s, T, E, F, Fut>(
        &'s self,
        call: F,
    ) -> Result<std::result::Result<T, XrpcError>>
    where
        F: Fn(&'s Service<Client>) -> Fut,
        Fut: std::future::Future<Output = atrium_xrpc::Result<T, E>> + 's,
        E: Serialize + std::fmt::Debug,
    {
        self.authed(|| async { call(&self.api.service).await.map_err(XrpcError::from) })
            .await
    }

    /// A call atrium's generated method gets wrong, sent through the same
    /// client with the project's own types; see each caller for why.
    pub async fn raw<P, I, O>(
        &self,
        request: &atrium_xrpc::XrpcRequest<P, I>,
    ) -> Result<std::result::Result<O, XrpcError>>
    where
        P: Serialize + Send + Sync,
        I: Serialize + Send + Sync,
        O: DeserializeOwned + Send + Sync,
    {
        self.authed(|| send_raw(&self.client, request)).await
    }

    /// Runs `call` with a fresh access token, refreshing once if the PDS says
    /// the token expired. The outer error is a session failure.
    pub(super) async fn authed<T, F, Fut>(
        &self,
        call: F,
    ) -> Result<std::result::Result<T, XrpcError>>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = std::result::Result<T, XrpcError>>,
    {
        let token = self.fresh_token().await?;
        match call().await {
            // A token refused for the method (chat with an app password not
            // made for it) stays refused after a refresh.
            Err(e) if e.is("InvalidToken") && e.message == BAD_TOKEN_METHOD => Ok(Err(e)),
            Err(e) if e.is("ExpiredToken") || e.is("InvalidToken") => {
                self.refresh(&token).await?;
                Ok(call().await)
            }
            other => Ok(other),
        }
    }

    fn access_token(&self) -> SecretString {
        self.session
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .access_token()
            .clone()
    }

    /// The access token, refreshed first when it is about to expire.
    async fn fresh_token(&self) -> Result<SecretString> {
        let token = self.access_token();
        if !usable(&self.session.read().unwrap_or_else(PoisonError::into_inner)) {
            self.refresh(&token).await?;
            return Ok(self.access_token());
        }
        Ok(token)
    }

    /// Replaces the session whose access token was `stale`. Concurrent callers
    /// with the same stale token wait here and reuse the one new session.
    async fn refresh(&self, stale: &SecretString) -> Result<()> {
        let _one_at_a_time = self.refresh.lock().await;
        if self.access_token().expose_secret() != stale.expose_secret() {
            return Ok(());
        }
        let current = self.session();
        let session = match &self.store {
            Backend::Files(store) => {
                let _one_process_at_a_time = store.lock(&current.alias).await?;
                // Another process sharing the state directory may have refreshed already:
                // refresh tokens rotate, so ours would be spent.
                if let Some(on_disk) = store.load(&current.alias)?
                    && on_disk.refreshed_since(&current)
                {
                    let fresh = usable(&on_disk);
                    *self.session.write().unwrap_or_else(PoisonError::into_inner) = on_disk;
                    if fresh {
                        return Ok(());
                    }
                }
                let session = self.renew(self.session()).await?;
                store.save(&session)?;
                session
            }
            Backend::Db(hosted) => {
                hosted
                    .refresh(&current, usable, async |base| self.renew(base).await)
                    .await?
            }
        };
        *self.session.write().unwrap_or_else(PoisonError::into_inner) = session;
        Ok(())
    }

    /// `current` with new tokens from its refresh token (sent once).
    async fn renew(&self, current: Session) -> Result<Session> {
        // Only a refused token means logging in again; a 429, a 5xx or a
        // network failure leaves the session as it is, to retry later.
        let ended = |why: &str| {
            let how = match current.tokens {
                Tokens::AppPassword { .. } => "",
                Tokens::OAuth(_) => " --oauth",
            };
            Error::auth(format!(
                "the session of account `{}` ({}) has ended: {why}",
                current.alias, current.handle
            ))
            .with_help(format!(
                "log in again: `mcp-bluesky auth login{how} --alias {} {}`",
                current.alias, current.handle
            ))
        };
        let cannot = format!("cannot refresh the session of account `{}`", current.alias);
        let tokens = match &current.tokens {
            // Sent with the refresh token (atrium picks it for this NSID), once.
            Tokens::AppPassword { .. } => {
                let refreshed = self
                    .api
                    .service
                    .com
                    .atproto
                    .server
                    .refresh_session()
                    .await
                    .map_err(|e| {
                        let e = XrpcError::from(e);
                        if e.is("ExpiredToken") || e.is("InvalidToken") {
                            ended(&e.message)
                        } else {
                            e.into_error(server::refresh_session::NSID).context(&cannot)
                        }
                    })?
                    .data;
                Tokens::AppPassword {
                    access_jwt: refreshed.access_jwt.into(),
                    refresh_jwt: refreshed.refresh_jwt.into(),
                }
            }
            Tokens::OAuth(grant) => {
                let refreshed = grant::refresh(
                    &self.transport,
                    grant,
                    &current.did,
                    self.client_key.as_deref(),
                )
                .await
                .map_err(|e| match e.kind {
                    Kind::Auth => ended(&e.message),
                    _ => e.context(&cannot),
                })?;
                Tokens::OAuth(Box::new(refreshed))
            }
        };
        tracing::debug!(account = %current.alias, kind = current.kind(), "session refreshed");
        Ok(Session { tokens, ..current })
    }

    /// Checks the session with the PDS (`getSession`), refreshing it if needed.
    pub async fn check_session(&self) -> Result<()> {
        self.call(server::get_session::NSID, |api| {
            api.com.atproto.server.get_session()
        })
        .await
        .map(|_| ())
    }
}

/// Where a connection's session is kept.
enum Backend {
    /// Session files in the state directory.
    Files(SessionStore),
    /// Hosted mode's database.
    Db(Arc<Hosted>),
}

/// Sends `request` through `client` and reads its answer as `O`.
pub async fn send_raw<P, I, O>(
    client: &Client,
    request: &atrium_xrpc::XrpcRequest<P, I>,
) -> std::result::Result<O, XrpcError>
where
    P: Serialize + Send + Sync,
    I: Serialize + Send + Sync,
    O: DeserializeOwned + Send + Sync,
{
    use atrium_xrpc::{OutputDataOrBytes, XrpcClient};
    match client
        .send_xrpc::<P, I, O, serde_json::Value>(request)
        .await?
    {
        OutputDataOrBytes::Data(data) => Ok(data),
        OutputDataOrBytes::Bytes(_) => {
            Err(atrium_xrpc::Error::<serde_json::Value>::UnexpectedResponseType.into())
        }
    }
}

/// Whether a session's access token has more than [`REFRESH_MARGIN`] left.
fn usable(session: &Session) -> bool {
    session.access_expires_at().is_some_and(|exp| {
        exp - chrono::Duration::from_std(REFRESH_MARGIN).unwrap_or_default() > Utc::now()
    })
}
