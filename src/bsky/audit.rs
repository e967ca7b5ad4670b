//! The audit log: every write an account makes (create or delete of a record),
//! with its outcome, as JSON lines in `audit.jsonl` in the state directory.
//! Owner-only, appended to, and rotated to `audit.jsonl.1` past a size.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::PoisonError;

use chrono::{SecondsFormat, Utc};
use serde::Serialize;

use super::session::create_private_dir;

/// Past this size the log moves to `audit.jsonl.1` (replacing an older one).
const ROTATE_AT: u64 = 10 * 1024 * 1024;

pub struct AuditLog {
    path: PathBuf,
    rotate_at: u64,
    /// One writer at a time in this process, so rotation and appends do not interleave.
    writing: Mutex<()>,
}

/// One write, as the log records it.
#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    /// `create` or `delete`.
    pub action: &'a str,
    pub account: &'a str,
    pub did: &'a str,
    pub collection: &'a str,
    /// The record's URI: known before a create is sent (its key is chosen here).
    pub uri: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cid: Option<&'a str>,
    /// `ok`, or the error.
    pub result: &'a str,
}

impl AuditLog {
    pub fn new(state_dir: &Path) -> Self {
        Self::rotating_at(state_dir, ROTATE_AT)
    }

    fn rotating_at(state_dir: &Path, rotate_at: u64) -> Self {
        AuditLog {
            path: state_dir.join("audit.jsonl"),
            rotate_at,
            writing: Mutex::new(()),
        }
    }

    /// Appends an entry. A failure to log is reported on stderr, never fatal:
    /// the write it describes has already happened.
    pub fn record(&self, entry: &Entry) {
        if let Err(e) = self.append(entry) {
            tracing::error!(path = %self.path.display(), "could not write the audit log: {e}");
        }
    }

    fn append(&self, entry: &Entry) -> std::io::Result<()> {
        #[derive(Serialize)]
        struct Line<'a> {
            time: String,
            #[serde(flatten)]
            entry: &'a Entry<'a>,
        }
        let mut line = serde_json::to_vec(&Line {
            time: Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
            entry,
        })
        .map_err(std::io::Error::other)?;
        line.push(b'\n');
        let _one_writer = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        let dir = self.path.parent().unwrap_or(std::path::Path::new("."));
        create_private_dir(dir).map_err(|e| std::io::Error::other(e.message))?;
        if std::fs::metadata(&self.path).is_ok_and(|m| m.len() >= self.rotate_at) {
            std::fs::rename(&self.path, self.path.with_extension("jsonl.1"))?;
        }
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .open(&self.path)?;
        // One write call per line: appends from other processes do not tear it.
        file.write_all(&line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn entry(uri: &str) -> Entry<'_> {
        Entry {
            action: "create",
            account: "main",
            did: "did:plc:abc",
            collection: "app.bsky.feed.post",
            uri,
            cid: Some("bafy"),
            result: "ok",
        }
    }

    #[test]
    fn lines_are_json_private_and_rotated() {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::rotating_at(dir.path(), 300);
        for i in 0..4 {
            log.record(&entry(&format!("at://did:plc:abc/app.bsky.feed.post/{i}")));
        }
        let path = dir.path().join("audit.jsonl");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let current = std::fs::read_to_string(&path).unwrap();
        let rotated = std::fs::read_to_string(dir.path().join("audit.jsonl.1")).unwrap();
        let lines: Vec<serde_json::Value> = rotated
            .lines()
            .chain(current.lines())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(
            lines.len(),
            4,
            "nothing is lost in a rotation:\n{rotated}{current}"
        );
        assert_eq!(lines[3]["uri"], "at://did:plc:abc/app.bsky.feed.post/3");
        assert_eq!(lines[0]["result"], "ok");
        assert!(lines[0]["time"].as_str().unwrap().ends_with('Z'));
    }
}
