//! The MCP server over streamable HTTP: the SDK client, and every guard.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::*;

pub const TOKEN: &str = "test-token-0123456789abcdef";

pub struct HttpServer {
    child: Child,
    pub url: String,
}

impl HttpServer {
    /// The server process has not exited.
    pub fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// Sends the server SIGTERM.
    pub fn terminate(&self) {
        let pid = self.child.id().to_string();
        let killed = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap();
        assert!(killed.success());
    }

    /// Waits for the server to exit.
    pub fn exit_status(&mut self) -> std::process::ExitStatus {
        eventually("the server to stop", || self.child.try_wait().unwrap())
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `serve --transport http` on a free loopback port, with a token file.
pub fn start(home: &Home, extra: &[&str]) -> HttpServer {
    let token_file = home.path().join("http-token");
    std::fs::write(&token_file, format!("{TOKEN}\n")).unwrap();
    let mut args = vec!["--token-file", token_file.to_str().unwrap()];
    args.extend(extra);
    start_with(home, &args)
}

/// `serve --transport http` on a free loopback port with these arguments.
pub fn start_with(home: &Home, extra: &[&str]) -> HttpServer {
    let mut args = vec!["serve", "--transport", "http"];
    args.extend(extra);
    if !extra.contains(&"--listen") {
        args.extend(["--listen", "127.0.0.1:0"]);
    }
    start_args(home, &args)
}

/// The binary run with exactly these arguments, once it says where it serves.
fn start_args(home: &Home, args: &[&str]) -> HttpServer {
    let mut child = home
        .command(args)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            assert_no_secrets("server stderr", &line);
            assert!(!line.contains(TOKEN), "the token is logged: {line}");
            if let Some(at) = line.find("serving MCP at ") {
                let _ = tx.send(line[at + "serving MCP at ".len()..].trim().to_string());
            }
        }
    });
    let url = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the server says where it listens");
    HttpServer { child, url }
}

/// One JSON-RPC exchange over HTTP, with extra headers: the status, the
/// answer to `body` (from JSON or an event stream) and the session id, if any.
pub fn exchange(
    client: &reqwest::blocking::Client,
    url: &str,
    headers: &[(&str, &str)],
    session: Option<&str>,
    body: Value,
) -> (u16, Value, Option<String>) {
    let mut request = client
        .post(url)
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .timeout(Duration::from_secs(60))
        .body(body.to_string());
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    if let Some(id) = session {
        request = request.header("mcp-session-id", id);
    }
    let response = request.send().unwrap();
    let status = response.status().as_u16();
    let id = response
        .headers()
        .get("mcp-session-id")
        .map(|v| v.to_str().unwrap().to_string());
    let text = response.text().unwrap();
    let answer = text
        .lines()
        .filter_map(|l| l.strip_prefix("data:"))
        .filter_map(|d| serde_json::from_str::<Value>(d.trim()).ok())
        .find(|v| v.get("id").is_some())
        .or_else(|| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    (status, answer, id)
}

fn base(server: &HttpServer) -> String {
    server.url.trim_end_matches("/mcp").to_string()
}

fn initialize() -> Value {
    json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}})
}

fn post(server: &HttpServer, headers: &[(&str, &str)], body: Vec<u8>) -> u16 {
    let mut request = reqwest::blocking::Client::new()
        .post(&server.url)
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .body(body);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    request.send().unwrap().status().as_u16()
}

#[test]
fn sdk_client_over_http_with_a_token() {
    let home = Home::logged_in("bob");
    let server = start(&home, &[]);
    let plan =
        json!({"calls": [{"name": "bluesky_get_profile", "arguments": {"handle": "alice.test"}}]});
    let mut client = home.mcp_client(&plan);
    client
        .env("MCP_SERVER_URL", &server.url)
        .env("MCP_SERVER_TOKEN", TOKEN);
    let (session, _) = client_session(client);
    assert!(session["tools"].as_array().unwrap().len() >= 20);
    assert_eq!(
        session["results"][0]["structuredContent"]["handle"],
        "alice.test"
    );

    let metrics = reqwest::blocking::Client::new()
        .get(format!("{}/metrics", base(&server)))
        .bearer_auth(TOKEN)
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        metrics.contains(
            "mcp_bluesky_tool_calls_total{toolset=\"read\",tool=\"bluesky_get_profile\"} 1"
        ),
        "{metrics}"
    );
    let health: Value = reqwest::blocking::get(format!("{}/healthz", base(&server)))
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(health["ok"], true);
}

#[test]
fn http_guards_reject_what_they_should() {
    let home = Home::logged_in("bob");
    let server = start(&home, &[]);
    let body = || initialize().to_string().into_bytes();
    let bearer = format!("Bearer {TOKEN}");
    assert_eq!(post(&server, &[], body()), 401, "no token");
    assert_eq!(
        post(
            &server,
            &[("authorization", "Bearer wrong-token-0123456789")],
            body()
        ),
        401,
        "wrong token"
    );
    assert_eq!(
        post(&server, &[("authorization", &bearer)], body()),
        200,
        "the right token"
    );
    let evil = [
        ("authorization", bearer.as_str()),
        ("origin", "http://evil.example"),
    ];
    assert_eq!(post(&server, &evil, body()), 403, "a foreign Origin");
    let rebinding = [("authorization", bearer.as_str()), ("host", "evil.example")];
    assert_eq!(post(&server, &rebinding, body()), 403, "a foreign Host");
    let huge = vec![b' '; 25 * 1024 * 1024];
    assert_eq!(
        post(&server, &[("authorization", &bearer)], huge),
        413,
        "a body over the cap"
    );
    let metrics = reqwest::blocking::get(format!("{}/metrics", base(&server))).unwrap();
    assert_eq!(metrics.status().as_u16(), 401, "metrics need the token too");
}

#[test]
fn non_loopback_addresses_need_a_token_and_sigterm_stops_cleanly() {
    let home = Home::logged_in("bob");
    let out = home.run(&["serve", "--transport", "http", "--listen", "0.0.0.0:0"]);
    assert_eq!(out.code, 3, "{out:?}");
    assert!(
        out.stderr.contains("needs a bearer token"),
        "{}",
        out.stderr
    );

    let mut server = start(&home, &[]);
    server.terminate();
    let status = server.exit_status();
    assert!(status.success(), "{status:?}");
}

/// A server on 0.0.0.0 as clients elsewhere reach it: by a name of its own
/// (box.lan, a reverse proxy's), sending the token.
#[test]
fn off_loopback_any_host_is_served_unless_hosts_are_named() {
    let home = Home::logged_in("bob");
    let bearer = format!("Bearer {TOKEN}");
    // `name` resolves to loopback here, so the request carries `Host: name:port`.
    let reach = |server: &HttpServer, name: &str, origin: Option<&str>| {
        let port: u16 = server
            .url
            .rsplit(':')
            .next()
            .unwrap()
            .trim_end_matches("/mcp")
            .parse()
            .unwrap();
        let client = reqwest::blocking::Client::builder()
            .resolve(name, std::net::SocketAddr::from(([127, 0, 0, 1], port)))
            .build()
            .unwrap();
        let url = format!("http://{name}:{port}/mcp");
        let mut headers = vec![("authorization", bearer.as_str())];
        headers.extend(origin.map(|o| ("origin", o)));
        let (status, _, session) = exchange(&client, &url, &headers, None, initialize());
        if status != 200 {
            return (status, Value::Null);
        }
        let session = session.expect("a session id");
        let initialized = json!({"jsonrpc": "2.0", "method": "notifications/initialized"});
        exchange(&client, &url, &headers, Some(&session), initialized);
        let call = json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call",
            "params": {"name": "bluesky_get_profile", "arguments": {"handle": "alice.test"}}});
        let (status, answer, _) = exchange(&client, &url, &headers, Some(&session), call);
        (status, answer["result"].clone())
    };

    let server = start(&home, &["--listen", "0.0.0.0:0"]);
    let (status, result) = reach(&server, "mcp.example.test", None);
    assert_eq!(status, 200);
    assert_eq!(
        result["structuredContent"]["handle"], "alice.test",
        "{result}"
    );
    let (status, _) = reach(&server, "mcp.example.test", Some("http://evil.example"));
    assert_eq!(status, 403, "a foreign Origin");
    drop(server);

    let server = start(
        &home,
        &[
            "--listen",
            "0.0.0.0:0",
            "--allowed-host",
            "mcp.example.test",
            "--allowed-origin",
            "https://app.example.test",
        ],
    );
    assert_eq!(reach(&server, "mcp.example.test", None).0, 200);
    assert_eq!(
        reach(&server, "other.example.test", None).0,
        403,
        "a Host not named"
    );
    let (status, result) = reach(
        &server,
        "mcp.example.test",
        Some("https://app.example.test"),
    );
    assert_eq!(status, 200, "a named Origin");
    assert_eq!(result["structuredContent"]["handle"], "alice.test");
    assert_eq!(
        reach(&server, "mcp.example.test", Some("https://evil.example")).0,
        403
    );
}

#[test]
fn listen_without_transport_means_http() {
    let home = Home::new();
    let mut args = vec!["serve", "--listen", "127.0.0.1:0"];
    let server = start_args(&home, &args);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );
    drop(server);
    args.extend(["--transport", "stdio"]);
    let out = home.run(&args);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("--transport stdio cannot listen"),
        "{}",
        out.stderr
    );
}

/// The official conformance suite's server scenarios; those that call the
/// reference server's fixtures are listed, with reasons, in
/// tests/conformance-expected-failures.yml, and everything else must pass.
#[test]
fn conformance_suite_server_scenarios() {
    let home = Home::logged_in("bob");
    let server = start_with(&home, &[]);
    let root = env!("CARGO_MANIFEST_DIR");
    let suite = format!("{root}/tests/localnet/node_modules/.bin/conformance");
    let expected = format!("{root}/tests/conformance-expected-failures.yml");
    let out = home
        .program(
            &suite,
            &[
                "server",
                "--url",
                &server.url,
                "--expected-failures",
                &expected,
            ],
        )
        .output()
        .expect("the conformance suite runs (tests/run.sh installs it)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for scenario in [
        "server-initialize",
        "ping",
        "tools-list",
        "logging-set-level",
        "dns-rebinding-protection",
        "server-sse-multiple-streams",
        "resources-list",
        "prompts-list",
    ] {
        assert!(
            stdout.contains(&format!("✓ {scenario}:")),
            "{scenario} passed:\n{stdout}"
        );
    }
}

/// POSTs `initialize`: the status and the new session's id.
fn open_session(server: &HttpServer) -> (u16, Option<String>, String) {
    let response = reqwest::blocking::Client::new()
        .post(&server.url)
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .body(initialize().to_string())
        .send()
        .unwrap();
    let status = response.status().as_u16();
    let id = response
        .headers()
        .get("mcp-session-id")
        .map(|v| v.to_str().unwrap().to_string());
    (status, id, response.text().unwrap())
}

#[test]
fn sessions_are_capped_and_a_closed_one_makes_room() {
    let home = Home::new();
    let server = start_with(&home, &["--max-sessions", "2"]);
    let (first, id, _) = open_session(&server);
    assert_eq!(first, 200);
    let id = id.expect("a session id");
    assert_eq!(open_session(&server).0, 200);
    let (refused, _, body) = open_session(&server);
    assert_eq!(refused, 503, "{body}");
    assert!(body.contains("--max-sessions"), "{body}");

    let closed = reqwest::blocking::Client::new()
        .delete(&server.url)
        .header("mcp-session-id", &id)
        .send()
        .unwrap();
    assert!(closed.status().is_success(), "{}", closed.status());
    assert_eq!(open_session(&server).0, 200);
}
