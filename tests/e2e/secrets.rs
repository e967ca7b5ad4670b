//! The secret scan: everything a session prints and logs (at trace level) or
//! leaves on disk, and every snapshot in the repository, holds no password and
//! no token.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::json;

use crate::harness::*;

/// stdout and stderr of a command, whatever its exit code.
fn outputs(mut command: Command, stdin: &str) -> [String; 2] {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    [
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ]
}

fn files_under(dir: &std::path::Path, skip: &[&str], found: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !skip.contains(&name.as_str()) {
                files_under(&path, skip, found);
            }
        } else if path.is_file()
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            found.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn secrets_found_in_outputs_logs_files_and_snapshots_is_zero() {
    let me = fresh_account();
    let home = Home::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut run = |args: &[&str], stdin: &str| {
        let mut full = vec!["--log-level", "trace"];
        full.extend(args);
        let [stdout, stderr] = outputs(home.command(&full), stdin);
        texts.push((format!("{args:?} stdout"), stdout));
        texts.push((format!("{args:?} stderr"), stderr));
    };
    run(
        &["auth", "login", &me.handle, "--password-stdin"],
        &format!("{}\n", me.password),
    );
    run(&["--json", "post", "a post in the secret scan"], "");
    run(&["--json", "status"], "");
    run(&["config", "show"], "");
    run(&["feed", "--limit", "3"], "");
    run(&["test"], "");
    home.expire_access_token(&me.handle);
    run(&["--json", "profile"], "");

    let plan = json!({"calls": [
        {"name": "bluesky_post_text", "arguments": {"text": "an agent in the secret scan"}},
        {"name": "bluesky_get_profile", "arguments": {}},
        {"name": "bluesky_get_notifications", "arguments": {}},
    ]});
    let mut client = home.mcp_client(&plan);
    client.env("LOG_LEVEL", "trace");
    let [stdout, stderr] = outputs(client, "");
    texts.push(("MCP client stdout".into(), stdout));
    texts.push(("MCP server stderr".into(), stderr));

    // What the session left on disk, but its own store, and every snapshot.
    files_under(home.path(), &["sessions"], &mut texts);
    let audit = home.path().join("state/mcp-bluesky/audit.jsonl");
    assert!(audit.exists(), "the scan includes the audit log");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut snapshots = Vec::new();
    files_under(root, &["target", "node_modules", ".git"], &mut snapshots);
    snapshots.retain(|(path, _)| path.contains("/snapshots/"));
    assert!(snapshots.len() > 20, "snapshots are scanned");
    texts.extend(snapshots);

    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let found: Vec<String> = texts
        .iter()
        .flat_map(|(what, text)| {
            secrets_in(text)
                .into_iter()
                .map(move |s| format!("{s} in {what}"))
        })
        .collect();
    println!(
        "secret scan: {} texts, {bytes} bytes, secrets found: {}",
        texts.len(),
        found.len()
    );
    assert_eq!(found, Vec::<String>::new());
}
