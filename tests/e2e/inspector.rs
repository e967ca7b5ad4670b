//! The MCP Inspector's CLI (`@modelcontextprotocol/inspector --cli`) against the
//! server over stdio and over streamable HTTP.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::harness::*;
use crate::http::{self, TOKEN};

const INSPECTOR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/localnet/node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js"
);

/// Runs `inspector --cli ARGS` and returns its JSON answer and stderr.
fn inspector(home: &Home, args: &[&str]) -> (Value, String) {
    let mut full = vec![INSPECTOR, "--cli"];
    full.extend(args);
    let out = home.program("node", &full).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        out.status.success(),
        "inspector {args:?} failed ({})\nstdout: {stdout}\nstderr: {stderr}",
        out.status
    );
    assert_no_secrets("inspector stdout", &stdout);
    assert_no_secrets("server stderr", &stderr);
    (serde_json::from_str(&stdout).unwrap(), stderr)
}

/// The tool names in the checked-in `tools/list` snapshot, which the unit
/// tests generate from the registry.
fn registry_tools() -> BTreeSet<String> {
    let snapshot =
        include_str!("../../src/mcp/snapshots/mcp_bluesky__mcp__tools__tests__tools_list.snap");
    let json = snapshot.splitn(3, "---").nth(2).unwrap();
    let tools: Value = serde_json::from_str(json).unwrap();
    names(&tools)
}

fn names(tools: &Value) -> BTreeSet<String> {
    tools
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect()
}

/// `tools/list` of every tool with `--strict` (which fails on schema
/// portability errors and warns about the rest), a read tool and a write
/// tool, through `target` (a server offering every toolset, chat too).
fn list_read_and_write(home: &Home, target: &[&str], text: &str) {
    let mut args = target.to_vec();
    args.extend(["--strict", "--method", "tools/list"]);
    let (list, stderr) = inspector(home, &args);
    assert_eq!(names(&list["tools"]), registry_tools());
    assert!(
        !stderr.contains("Warning:") && !stderr.contains("Error:"),
        "the inspector finds the schemas less than portable:\n{stderr}"
    );

    let mut args = target.to_vec();
    args.extend([
        "--method",
        "tools/call",
        "--tool-name",
        "bluesky_get_profile",
        "--tool-arg",
        "handle=@carol.test",
    ]);
    let (profile, _) = inspector(home, &args);
    assert_eq!(profile["isError"], false, "{profile}");
    assert_eq!(profile["structuredContent"]["handle"], "carol.test");

    let text_arg = format!("text={text}");
    let mut args = target.to_vec();
    args.extend([
        "--method",
        "tools/call",
        "--tool-name",
        "bluesky_post_text",
        "--tool-arg",
        &text_arg,
    ]);
    let (posted, _) = inspector(home, &args);
    assert_eq!(posted["isError"], false, "{posted}");
    let uri = posted["structuredContent"]["uri"].as_str().unwrap();
    assert_eq!(xrpc::record(uri)["text"], text);
}

#[test]
fn inspector_cli_over_stdio() {
    let home = Home::logged_in("carol");
    // The inspector starts servers with a minimal environment; pass the home's.
    let config = format!("XDG_CONFIG_HOME={}", home.path().join("config").display());
    let state = format!("XDG_STATE_HOME={}", home.path().join("state").display());
    let pds = format!("BLUESKY_PDS_URL={}", net().pds);
    let target = [
        "-e",
        &config,
        "-e",
        &state,
        "-e",
        &pds,
        BIN,
        "serve",
        "--toolsets",
        "all,chat",
    ];
    list_read_and_write(&home, &target, "Posted by the MCP Inspector over stdio");
}

#[test]
fn inspector_cli_over_http() {
    let home = Home::logged_in("carol");
    let server = http::start(&home, &["--toolsets", "all,chat"]);
    let auth = format!("Authorization: Bearer {TOKEN}");
    list_read_and_write(
        &home,
        &[&server.url, "--transport", "http", "--header", &auth],
        "Posted by the MCP Inspector over HTTP",
    );
}
