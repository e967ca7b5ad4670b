//! Everything that talks to a PDS: XRPC calls, sessions and accounts, and the
//! Bluesky-specific building blocks (rich text facets, record keys, URIs).
//!
//! Nothing here knows about the CLI or MCP; operations in `core` use it.

pub mod accounts;
pub mod audit;
pub mod chat;
pub mod hosted;
pub mod lenient;
pub mod limits;
pub mod linkcard;
pub mod media;
pub mod oauth;
pub mod public_http;
pub mod records;
pub mod repo;
pub mod richtext;
pub mod session;
pub mod summary;
pub mod tid;
pub mod uri;
pub mod video;
pub mod video_file;
pub mod xrpc;

pub use accounts::{Accounts, PdsConnection};

/// Work that outlives the call that started it (giving up a cancelled
/// upload), which a command waits for before it exits.
pub fn cleanups() -> &'static tokio_util::task::TaskTracker {
    static CLEANUPS: std::sync::LazyLock<tokio_util::task::TaskTracker> =
        std::sync::LazyLock::new(tokio_util::task::TaskTracker::new);
    &CLEANUPS
}
