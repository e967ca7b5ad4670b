//! Hosted mode's state in PostgreSQL: every instance of a hosted server
//! shares it, and keeps none of its own. Secrets at rest (atproto sessions,
//! logins in progress) are sealed with the operator's state key; tokens this
//! server hands out are stored only as hashes.

mod migrations;
mod sealed;

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres_rustls::MakeRustlsConnect;

pub use sealed::Sealer;

use crate::error::{Error, Result};

/// Connections one instance keeps open at most.
const POOL_SIZE: usize = 16;

/// The database of a hosted server, and the key that seals what it stores.
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    sealer: Sealer,
}

/// This instance's database connections at one moment.
pub struct PoolStatus {
    pub idle: usize,
    pub busy: usize,
    pub max: usize,
    /// Requests waiting for a connection.
    pub waiting: usize,
}

/// Whether the PostgreSQL URL (or key=value string) `url` holds a password.
pub fn has_password(url: &str) -> bool {
    tokio_postgres::Config::from_str(url).is_ok_and(|c| c.get_password().is_some())
}

impl Db {
    /// Connects to `url` and brings the schema up to date. The password in
    /// `url` never appears in an error. TLS as the URL's `sslmode` asks
    /// (default `prefer`), trusting the system's roots and `ca_file`.
    pub async fn connect(url: &str, ca_file: Option<&Path>, sealer: Sealer) -> Result<Db> {
        let mut config = tokio_postgres::Config::from_str(url).map_err(|e| {
            Error::config(format!("the database URL is not a PostgreSQL URL: {e}")).with_help(
                "write it as postgres://USER@HOST:PORT/DATABASE (a password in it is better kept in the database URL file)",
            )
        })?;
        if config.get_application_name().is_none() {
            config.application_name("mcp-bluesky");
        }
        let where_ = describe(&config);
        let manager = Manager::from_config(
            config,
            MakeRustlsConnect::new(tls_config(ca_file)?),
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .build()
            .map_err(|e| Error::config(format!("cannot make a pool for {where_}: {e}")))?;
        let db = Db { pool, sealer };
        let mut client = db
            .client()
            .await
            .map_err(|e| e.context(format!("cannot reach the database at {where_}")))?;
        migrations::run(&mut client).await?;
        Ok(db)
    }

    /// A pooled connection.
    pub async fn client(&self) -> Result<deadpool_postgres::Object> {
        self.pool.get().await.map_err(|e| {
            let detail = match &e {
                deadpool_postgres::PoolError::Backend(e) => describe_pg(e),
                other => other.to_string(),
            };
            Error::remote(format!("database: {detail}"))
        })
    }

    pub fn pool_status(&self) -> PoolStatus {
        let status = self.pool.status();
        PoolStatus {
            idle: status.available,
            busy: status.size.saturating_sub(status.available),
            max: status.max_size,
            waiting: status.waiting,
        }
    }

    pub fn sealer(&self) -> &Sealer {
        &self.sealer
    }
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Db")
    }
}

/// TLS towards the database: the system's roots, and `ca_file`'s certificates.
fn tls_config(ca_file: Option<&Path>) -> Result<tokio_rustls::rustls::ClientConfig> {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let mut roots = tokio_rustls::rustls::RootCertStore::empty();
    let (added, _) =
        roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    tracing::debug!(added, "system roots for the database's TLS");
    if let Some(path) = ca_file {
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
            .and_then(|certs| certs.collect())
            .map_err(|e| {
                Error::config(format!("hosted.database_ca_file {}: {e}", path.display()))
            })?;
        if certs.is_empty() {
            return Err(Error::config(format!(
                "hosted.database_ca_file {} holds no certificate",
                path.display()
            )));
        }
        roots.add_parsable_certificates(certs);
    }
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    Ok(
        tokio_rustls::rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::config(format!("TLS: {e}")))?
            .with_root_certificates(roots)
            .with_no_client_auth(),
    )
}

/// `user@host:port/dbname`, without the password.
fn describe(config: &tokio_postgres::Config) -> String {
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_else(|| "localhost".into());
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!(
        "{}@{host}:{port}/{}",
        config.get_user().unwrap_or("(user)"),
        config.get_dbname().unwrap_or("(default)")
    )
}

/// A database error with PostgreSQL's own message when it sent one.
pub fn describe_pg(e: &tokio_postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return format!("{}: {}", db.code().code(), db.message());
    }
    // The cause too: "error performing TLS handshake: invalid peer certificate: …".
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.ends_with(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// A database error as this program's error.
pub fn error(what: &str) -> impl FnOnce(tokio_postgres::Error) -> Error + '_ {
    move |e| Error::remote(format!("database: cannot {what}: {}", describe_pg(&e)))
}
