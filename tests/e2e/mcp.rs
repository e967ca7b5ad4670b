//! The MCP server driven by the official MCP TypeScript SDK client over stdio.

use serde_json::{Value, json};

use crate::harness::*;

/// Runs `tests/localnet/mcp-client.mjs` against `mcp-bluesky serve` in `home`.
fn mcp_session(home: &Home, calls: Value, parallel: bool) -> (Value, String) {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/localnet/mcp-client.mjs");
    let plan = json!({"calls": calls, "parallel": parallel}).to_string();
    let output = home
        .program("node", &[script, &plan])
        .env("MCP_SERVER_BIN", BIN)
        .env("LOG_LEVEL", "debug")
        .output()
        .expect("node runs (tests/run.sh puts Node 22 on PATH)");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        output.status.success(),
        "MCP client failed\nstdout: {stdout}\nstderr: {stderr}"
    );
    assert_no_secrets("MCP client stdout", &stdout);
    assert_no_secrets("MCP server stderr", &stderr);
    (
        serde_json::from_str(&stdout).expect("the client prints JSON"),
        stderr,
    )
}

fn text(result: &Value) -> &str {
    result["content"][0]["text"].as_str().unwrap_or_default()
}

#[test]
fn sdk_client_lists_tools_with_schemas_and_annotations() {
    let home = Home::logged_in("alice");
    let (session, _) = mcp_session(&home, json!([]), false);
    assert_eq!(session["server"]["name"], "mcp-bluesky");
    assert!(
        session["instructions"]
            .as_str()
            .unwrap()
            .contains("dry_run")
    );
    let tools = session["tools"].as_array().unwrap();
    let post = tools
        .iter()
        .find(|t| t["name"] == "bluesky_post_text")
        .expect("post tool");
    assert_eq!(post["inputSchema"]["additionalProperties"], false);
    assert_eq!(post["inputSchema"]["required"], json!(["text"]));
    assert_eq!(post["annotations"]["readOnlyHint"], false);
    assert!(post["outputSchema"]["properties"]["uri"].is_object());
    let feed = tools
        .iter()
        .find(|t| t["name"] == "bluesky_get_feed")
        .expect("feed tool");
    assert_eq!(feed["annotations"]["readOnlyHint"], true);
    assert_eq!(feed["inputSchema"]["properties"]["limit"]["maximum"], 100);
}

#[test]
fn sdk_client_posts_and_gets_clear_errors_for_bad_input() {
    let home = Home::logged_in("alice");
    let calls = json!([
        {"name": "bluesky_post_text", "arguments": {"text": "via MCP #mcp", "dry_run": true}},
        {"name": "bluesky_post_text", "arguments": {"text": "via MCP #mcp"}},
        {"name": "bluesky_post_text", "arguments": {"text": "x".repeat(301)}},
        {"name": "bluesky_post_text", "arguments": {"text": "hi", "txet": "typo"}},
        {"name": "bluesky_get_feed", "arguments": {"limit": 101}},
        {"name": "bluesky_get_feed", "arguments": {"limit": 5}},
    ]);
    let (session, _) = mcp_session(&home, calls, false);
    let r = session["results"].as_array().unwrap();

    assert_eq!(r[0]["isError"], false);
    assert_eq!(r[0]["structuredContent"]["dry_run"], true);
    assert_eq!(
        r[0]["structuredContent"]["record"]["facets"][0]["features"][0]["tag"],
        "mcp"
    );

    assert_eq!(r[1]["isError"], false, "{}", r[1]);
    let uri = r[1]["structuredContent"]["uri"]
        .as_str()
        .expect("uri in structuredContent");
    assert!(r[1]["structuredContent"]["cid"].as_str().is_some());
    assert_eq!(xrpc::record(uri)["text"], "via MCP #mcp");
    assert!(text(&r[1]).contains("https://bsky.app/profile/alice.test/post/"));

    assert_eq!(r[2]["isError"], true);
    assert!(
        text(&r[2]).contains("301 graphemes") && text(&r[2]).contains("300"),
        "{}",
        r[2]
    );

    assert_eq!(r[3]["isError"], true);
    assert!(text(&r[3]).contains("unknown field `txet`"), "{}", r[3]);

    assert_eq!(r[4]["isError"], true);
    assert!(
        text(&r[4]).contains("limit 101 is out of range"),
        "{}",
        r[4]
    );

    assert_eq!(r[5]["isError"], false, "{}", r[5]);
    assert!(r[5]["structuredContent"]["posts"].is_array());
}

#[test]
fn server_without_an_account_starts_and_says_how_to_log_in() {
    let home = Home::new();
    let calls = json!([{"name": "bluesky_get_feed", "arguments": {}}]);
    let (session, _) = mcp_session(&home, calls, false);
    assert!(session["tools"].as_array().unwrap().len() >= 2);
    let result = &session["results"][0];
    assert_eq!(result["isError"], true);
    assert!(text(result).contains("mcp-bluesky auth login"), "{result}");
}

#[test]
fn concurrent_calls_share_one_token_refresh() {
    let home = Home::logged_in("carol");
    home.expire_access_token("carol.test");
    let calls: Vec<Value> = (0..8)
        .map(|_| json!({"name": "bluesky_get_feed", "arguments": {"limit": 1}}))
        .collect();
    let (session, stderr) = mcp_session(&home, Value::Array(calls), true);
    for result in session["results"].as_array().unwrap() {
        assert_eq!(result["isError"], false, "{result}");
    }
    assert_eq!(stderr.matches("session refreshed").count(), 1, "{stderr}");
}
