//! The benchmark suite: start-up, memory, per-call overhead against the PDS's
//! own latency, the CLI against curl, HTTP throughput, and calls with an OAuth
//! session against the same calls with an app password, all measured in one
//! run against the local network. Run it with `benches/run.sh`; it prints a
//! Markdown table and writes it, with the raw figures as JSON, to
//! `benches/results/`. Benchmarks are not tests: nothing here fails on a time.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The binary measured: `MCP_BLUESKY_BIN` (benches/run.sh sets it to a plain
/// `cargo build --release`), else the one cargo built for this bench, whose
/// features are unified with the dev-dependencies'.
fn bin() -> String {
    std::env::var("MCP_BLUESKY_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_mcp-bluesky").into())
}

/// min / median / max of a series of measurements.
#[derive(Clone, Copy)]
struct Stats {
    min: f64,
    median: f64,
    max: f64,
}

impl Stats {
    fn of(mut values: Vec<f64>) -> Stats {
        values.sort_by(f64::total_cmp);
        Stats {
            min: values[0],
            median: values[values.len() / 2],
            max: values[values.len() - 1],
        }
    }

    fn json(self) -> Value {
        json!({"min": self.min, "median": self.median, "max": self.max})
    }
}

/// One row of the results.
struct Row {
    group: &'static str,
    name: String,
    unit: &'static str,
    stats: Stats,
    /// The target and whether the median meets it.
    target: Option<(String, bool)>,
}

#[derive(Default)]
struct Report {
    rows: Vec<Row>,
}

impl Report {
    fn add(
        &mut self,
        group: &'static str,
        name: impl Into<String>,
        unit: &'static str,
        stats: Stats,
    ) {
        self.add_with_target(group, name, unit, stats, None);
    }

    fn add_with_target(
        &mut self,
        group: &'static str,
        name: impl Into<String>,
        unit: &'static str,
        stats: Stats,
        target: Option<(String, bool)>,
    ) {
        let row = Row {
            group,
            name: name.into(),
            unit,
            stats,
            target,
        };
        eprintln!(
            "{:<11} {:<58} {:>10.2} {:>10.2} {:>10.2} {}",
            row.group, row.name, row.stats.min, row.stats.median, row.stats.max, row.unit
        );
        self.rows.push(row);
    }

    fn markdown(&self) -> String {
        let mut out = String::from(
            "| group | measurement | min | median | max | unit | target |\n|---|---|---:|---:|---:|---|---|\n",
        );
        for r in &self.rows {
            let target = match &r.target {
                Some((t, true)) => format!("{t}: met"),
                Some((t, false)) => format!("{t}: **missed**"),
                None => String::new(),
            };
            out.push_str(&format!(
                "| {} | {} | {:.2} | {:.2} | {:.2} | {} | {} |\n",
                r.group, r.name, r.stats.min, r.stats.median, r.stats.max, r.unit, target
            ));
        }
        out
    }

    fn json(&self) -> Value {
        Value::Array(
            self.rows
                .iter()
                .map(|r| {
                    json!({
                        "group": r.group, "name": r.name, "unit": r.unit,
                        "stats": r.stats.json(),
                        "target": r.target.as_ref().map(|(t, met)| json!({"target": t, "met": met})),
                    })
                })
                .collect(),
        )
    }
}

/// A home logged in to the local network, and the session's token for raw XRPC.
struct Bench {
    home: tempfile::TempDir,
    pds: String,
    plc: String,
    did: String,
    handle: String,
    password: String,
    token: String,
    http: reqwest::blocking::Client,
}

impl Bench {
    fn setup() -> Bench {
        let net: Value = serde_json::from_str(
            &std::env::var("LOCALNET_JSON")
                .expect("LOCALNET_JSON is not set: run the benchmarks with benches/run.sh"),
        )
        .unwrap();
        let alice = &net["accounts"]["alice"];
        let mut bench = Bench {
            home: tempfile::tempdir().unwrap(),
            pds: net["pds"].as_str().unwrap().to_string(),
            plc: net["plc"].as_str().unwrap().to_string(),
            did: alice["did"].as_str().unwrap().to_string(),
            handle: alice["handle"].as_str().unwrap().to_string(),
            password: alice["password"].as_str().unwrap().to_string(),
            token: String::new(),
            http: reqwest::blocking::Client::new(),
        };
        let handle = alice["handle"].as_str().unwrap();
        let mut login = bench
            .command(&["auth", "login", handle, "--password-stdin"])
            .stdin(Stdio::piped())
            .spawn()
            .unwrap();
        let password = alice["password"].as_str().unwrap();
        writeln!(login.stdin.take().unwrap(), "{password}").unwrap();
        assert!(login.wait().unwrap().success(), "login failed");
        let session: Value = serde_json::from_slice(
            &std::fs::read(bench.state().join(format!("sessions/{handle}.json"))).unwrap(),
        )
        .unwrap();
        bench.token = session["access_jwt"].as_str().unwrap().to_string();
        bench
    }

    /// Logs the same account in again with OAuth under `alias`, Chromium
    /// clicking the PDS's pages (`tests/localnet/oauth-browser.mjs`); the
    /// app-password session stays the default.
    fn oauth_login(&self, alias: &str) {
        let mut login = self
            .command(&[
                "auth",
                "login",
                "--oauth",
                "--no-browser",
                "--timeout",
                "60",
                "--account",
                alias,
                &self.handle,
            ])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut said = Vec::new();
        let url = BufReader::new(login.stderr.take().unwrap())
            .lines()
            .map_while(Result::ok)
            .find(|line| {
                said.push(line.clone());
                line.starts_with("http")
            })
            .unwrap_or_else(|| panic!("the login printed no address: {said:?}"));
        let plan = json!({"url": url, "password": self.password, "action": "approve"});
        let browser = Command::new("node")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/localnet/oauth-browser.mjs"
            ))
            .arg(plan.to_string())
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(browser.success(), "the browser failed");
        assert!(login.wait().unwrap().success(), "the OAuth login failed");
        let chosen = self
            .command(&["auth", "default", &self.handle])
            .status()
            .unwrap();
        assert!(chosen.success());
    }

    fn state(&self) -> PathBuf {
        self.home.path().join("state/mcp-bluesky")
    }

    /// The binary with this home's environment and limits high enough not to
    /// throttle a benchmark.
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(bin());
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_STATE_HOME", self.home.path().join("state"))
            .env("BLUESKY_PDS_URL", &self.pds)
            .env("MCP_BLUESKY__PLC_URL", &self.plc)
            .env("LOG_LEVEL", "error")
            .env("RATE_LIMIT_REQUESTS", "10000000")
            .env("RATE_LIMIT_WINDOW", "60")
            .env("MCP_BLUESKY__LINK_CARDS", "false")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    }

    fn xrpc_get(&self, nsid: &str, query: &[(&str, &str)]) -> Value {
        let response = self
            .http
            .get(format!("{}/xrpc/{nsid}", self.pds))
            .query(query)
            .bearer_auth(&self.token)
            .send()
            .unwrap();
        assert!(
            response.status().is_success(),
            "{nsid}: {}",
            response.status()
        );
        response.json().unwrap()
    }

    /// `n` new accounts, each with a name and a bio, that follow this one;
    /// returns `n`.
    fn seed_followers(&self, n: usize) -> usize {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        for i in 0..n {
            let handle = format!("f{i}x{nanos}.test");
            let created: Value = self
                .http
                .post(format!(
                    "{}/xrpc/com.atproto.server.createAccount",
                    self.pds
                ))
                .json(
                    &json!({"handle": handle, "email": format!("{handle}@example.invalid"),
                    "password": format!("bench-{nanos}-{i}")}),
                )
                .send()
                .unwrap()
                .error_for_status()
                .unwrap()
                .json()
                .unwrap();
            let (did, token) = (
                created["did"].as_str().unwrap(),
                created["accessJwt"].as_str().unwrap(),
            );
            let now = chrono::Utc::now().to_rfc3339();
            for (collection, rkey, record) in [
                (
                    "app.bsky.actor.profile",
                    Some("self"),
                    json!({"$type": "app.bsky.actor.profile",
                    "displayName": format!("Follower {i}"),
                    "description": "Reads Bluesky most mornings; posts now and then about books and walks."}),
                ),
                (
                    "app.bsky.graph.follow",
                    None,
                    json!({"$type": "app.bsky.graph.follow", "subject": self.did, "createdAt": now}),
                ),
            ] {
                let mut body = json!({"repo": did, "collection": collection, "record": record});
                if let Some(rkey) = rkey {
                    body["rkey"] = json!(rkey);
                }
                self.http
                    .post(format!("{}/xrpc/com.atproto.repo.createRecord", self.pds))
                    .bearer_auth(token)
                    .json(&body)
                    .send()
                    .unwrap()
                    .error_for_status()
                    .unwrap();
            }
        }
        n
    }

    /// Posts by this account that another (bob) follows, replies to and
    /// likes, and nine more accounts follow, once the AppView shows them;
    /// returns the post replied to.
    fn seed_conversation(&self) -> String {
        let net: Value = serde_json::from_str(&std::env::var("LOCALNET_JSON").unwrap()).unwrap();
        let bob = &net["accounts"]["bob"];
        let session: Value = self
            .http
            .post(format!(
                "{}/xrpc/com.atproto.server.createSession",
                self.pds
            ))
            .json(&json!({"identifier": bob["handle"], "password": bob["password"]}))
            .send()
            .unwrap()
            .json()
            .unwrap();
        let bob_did = session["did"].as_str().unwrap();
        let as_bob = |collection: &str, record: Value| {
            self.http
                .post(format!("{}/xrpc/com.atproto.repo.createRecord", self.pds))
                .bearer_auth(session["accessJwt"].as_str().unwrap())
                .json(&json!({"repo": bob_did, "collection": collection, "record": record}))
                .send()
                .unwrap()
                .error_for_status()
                .unwrap();
        };
        let now = || chrono::Utc::now().to_rfc3339();
        let posts: Vec<Value> = (0..10)
            .map(|i| {
                let record = json!({"$type": "app.bsky.feed.post", "createdAt": now(), "langs": ["en"],
                    "text": format!("Agent cost post {i}: a sentence about the day, long enough to read like a real post, and a question at the end?")});
                self.xrpc_post(
                    "com.atproto.repo.createRecord",
                    &json!({"repo": self.did, "collection": "app.bsky.feed.post", "record": record}),
                )
            })
            .collect();
        as_bob(
            "app.bsky.graph.follow",
            json!({"subject": self.did, "createdAt": now()}),
        );
        let followers = self.seed_followers(9) + 1;
        let root = json!({"uri": posts[0]["uri"], "cid": posts[0]["cid"]});
        for (i, post) in posts.iter().take(5).enumerate() {
            as_bob(
                "app.bsky.feed.post",
                json!({"text": format!("A reply, number {i}, with a thought of its own about the post."),
                "createdAt": now(), "reply": {"root": root, "parent": root}}),
            );
            as_bob(
                "app.bsky.feed.like",
                json!({"subject": {"uri": post["uri"], "cid": post["cid"]}, "createdAt": now()}),
            );
        }
        let subject = posts[0]["uri"].as_str().unwrap().to_string();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            let thread = self.xrpc_get("app.bsky.feed.getPostThread", &[("uri", &subject)]);
            let replies = thread["thread"]["replies"].as_array().map_or(0, Vec::len);
            let notes = self.xrpc_get(
                "app.bsky.notification.listNotifications",
                &[("limit", "20")],
            );
            let follows = self.xrpc_get(
                "app.bsky.graph.getFollowers",
                &[("actor", &self.did), ("limit", "20")],
            );
            if replies >= 5
                && notes["notifications"].as_array().map_or(0, Vec::len) >= 11
                && follows["followers"].as_array().map_or(0, Vec::len) >= followers
            {
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        subject
    }

    fn xrpc_post(&self, nsid: &str, body: &Value) -> Value {
        let response = self
            .http
            .post(format!("{}/xrpc/{nsid}", self.pds))
            .json(body)
            .bearer_auth(&self.token)
            .send()
            .unwrap();
        assert!(
            response.status().is_success(),
            "{nsid}: {}",
            response.status()
        );
        response.json().unwrap()
    }
}

/// `mcp-bluesky serve` over stdio, spoken to line by line.
struct StdioServer {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: u64,
}

impl StdioServer {
    fn start(bench: &Bench) -> StdioServer {
        StdioServer::start_with(bench, &[])
    }

    /// `serve` with `args`, such as `--toolsets all,chat`.
    fn start_with(bench: &Bench, args: &[&str]) -> StdioServer {
        let mut command_line = vec!["serve"];
        command_line.extend_from_slice(args);
        let mut child = bench
            .command(&command_line)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        StdioServer {
            stdin: child.stdin.take().unwrap(),
            stdout: BufReader::new(child.stdout.take().unwrap()),
            child,
            next_id: 1,
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let message = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        writeln!(self.stdin, "{message}").unwrap();
        loop {
            let mut line = String::new();
            assert!(
                self.stdout.read_line(&mut line).unwrap() > 0,
                "the server closed stdout"
            );
            let answer: Value = serde_json::from_str(&line).unwrap();
            if answer["id"] == id {
                return answer;
            }
        }
    }

    fn notify(&mut self, method: &str) {
        writeln!(
            self.stdin,
            "{}",
            json!({"jsonrpc": "2.0", "method": method})
        )
        .unwrap();
    }

    fn initialize(&mut self) -> Value {
        let answer = self.request("initialize", initialize_params());
        self.notify("notifications/initialized");
        answer
    }

    fn call(&mut self, tool: &str, arguments: Value) -> Value {
        let answer = self.request("tools/call", json!({"name": tool, "arguments": arguments}));
        assert_eq!(answer["result"]["isError"], false, "{tool}: {answer}");
        answer
    }
}

impl Drop for StdioServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn initialize_params() -> Value {
    json!({"protocolVersion": "2025-06-18", "capabilities": {},
        "clientInfo": {"name": "mcp-bluesky-bench", "version": "1"}})
}

/// `mcp-bluesky serve --transport http` on a free loopback port.
struct HttpServer {
    child: Child,
    url: String,
}

impl HttpServer {
    fn start(bench: &Bench) -> HttpServer {
        let mut child = bench
            .command(&[
                "--log-level",
                "info",
                "serve",
                "--transport",
                "http",
                "--listen",
                "127.0.0.1:0",
                "--max-sessions",
                "2000",
            ])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = BufReader::new(child.stderr.take().unwrap());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                if let Some(at) = line.find("serving MCP at ") {
                    let _ = tx.send(line[at + "serving MCP at ".len()..].trim().to_string());
                }
            }
        });
        let url = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("the server listens");
        HttpServer { child, url }
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One MCP session over HTTP.
struct HttpSession {
    client: reqwest::blocking::Client,
    url: String,
    id: String,
    next_id: u64,
}

impl HttpSession {
    fn open(url: &str) -> HttpSession {
        let client = reqwest::blocking::Client::new();
        let body = json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": initialize_params()});
        let response = post(&client, url, None, &body);
        let id = response.headers()["mcp-session-id"]
            .to_str()
            .unwrap()
            .to_string();
        let _ = response.text();
        let initialized = json!({"jsonrpc": "2.0", "method": "notifications/initialized"});
        let _ = post(&client, url, Some(&id), &initialized).text();
        HttpSession {
            client,
            url: url.to_string(),
            id,
            next_id: 1,
        }
    }

    fn call(&mut self, tool: &str, arguments: Value) -> Value {
        let answer = self.request("tools/call", json!({"name": tool, "arguments": arguments}));
        assert_eq!(answer["result"]["isError"], false, "{tool}: {answer}");
        answer
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let body =
            json!({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params});
        self.next_id += 1;
        answer_of(post(&self.client, &self.url, Some(&self.id), &body))
    }
}

/// The JSON-RPC answer in a response: JSON, or an event stream's message with an id.
fn answer_of(response: reqwest::blocking::Response) -> Value {
    let text = response.text().unwrap();
    text.lines()
        .filter_map(|l| l.strip_prefix("data:"))
        .filter_map(|d| serde_json::from_str::<Value>(d.trim()).ok())
        .find(|v| v.get("id").is_some())
        .unwrap_or_else(|| serde_json::from_str(&text).unwrap())
}

fn post(
    client: &reqwest::blocking::Client,
    url: &str,
    session: Option<&str>,
    body: &Value,
) -> reqwest::blocking::Response {
    let mut request = client
        .post(url)
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .body(body.to_string());
    if let Some(id) = session {
        request = request.header("mcp-session-id", id);
    }
    request.send().unwrap()
}

/// A process's resident memory now and at its peak, in MiB (from /proc).
fn rss(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// CPU time (user + system) a process has used, in ms.
fn cpu_ms(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after_name = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    // Linux reports in clock ticks of 1/100 s.
    ticks * 10.0
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Wall time of a whole process, in ms.
fn time_process(mut command: Command) -> f64 {
    let start = Instant::now();
    let status = command.status().unwrap();
    assert!(status.success(), "{command:?} failed");
    ms(start.elapsed())
}

fn startup(bench: &Bench, report: &mut Report) {
    let (mut init, mut list) = (Vec::new(), Vec::new());
    for _ in 0..30 {
        let start = Instant::now();
        let mut server = StdioServer::start_with(bench, &["--toolsets", "all,chat"]);
        let answer = server.request("initialize", initialize_params());
        init.push(ms(start.elapsed()));
        assert_eq!(answer["result"]["serverInfo"]["name"], "mcp-bluesky");
        server.notify("notifications/initialized");
        server.request("tools/list", json!({}));
        list.push(ms(start.elapsed()));
    }
    let init = Stats::of(init);
    let met = init.median <= 10.0;
    report.add_with_target(
        "startup",
        "start → `initialize` answer (stdio, every toolset)",
        "ms",
        init,
        Some(("≤ 10 ms".into(), met)),
    );
    let list = Stats::of(list);
    let met = list.median <= 5.0;
    report.add_with_target(
        "startup",
        "start → `tools/list` answer (stdio, every toolset)",
        "ms",
        list,
        Some(("≤ 5 ms".into(), met)),
    );
    let version: Vec<f64> = (0..30)
        .map(|_| time_process(bench.command(&["--version"])))
        .collect();
    report.add(
        "startup",
        "`mcp-bluesky --version`",
        "ms",
        Stats::of(version),
    );
    let status: Vec<f64> = (0..15)
        .map(|_| time_process(bench.command(&["status"])))
        .collect();
    report.add(
        "startup",
        "`mcp-bluesky status` (session check, PDS ping)",
        "ms",
        Stats::of(status),
    );
}

/// What the model reads of `tools/list` for one tool: name, description and
/// input schema (clients do not show it the output schema), in bytes.
fn model_visible(tool: &Value) -> usize {
    tool["name"].as_str().map_or(0, str::len)
        + tool["description"].as_str().map_or(0, str::len)
        + tool["inputSchema"].to_string().len()
}

/// What an agent pays: the model-visible bytes of `tools/list`, and for each
/// read tool the bytes of its text and structured content beside those of
/// the raw XRPC answer it came from.
fn agent(bench: &Bench, report: &mut Report) {
    for (set, args) in [
        ("every toolset", &["--toolsets", "all,chat"][..]),
        ("default toolsets", &[][..]),
    ] {
        let mut server = StdioServer::start_with(bench, args);
        server.initialize();
        let listed = server.request("tools/list", json!({}));
        let tools = listed["result"]["tools"].as_array().unwrap();
        let total: usize = tools.iter().map(model_visible).sum();
        report.add(
            "agent",
            format!(
                "`tools/list`, model-visible, per tool ({set}, {} tools)",
                tools.len()
            ),
            "bytes",
            Stats::of(vec![(total / tools.len()) as f64]),
        );
        let met = set != "default toolsets" || total <= 15_000;
        report.add_with_target(
            "agent",
            format!("`tools/list`, model-visible, in all ({set})"),
            "bytes",
            Stats::of(vec![total as f64]),
            (set == "default toolsets").then(|| ("≤ 15 KB".into(), met)),
        );
    }
    let subject = bench.seed_conversation();
    let mut server = StdioServer::start(bench);
    server.initialize();
    // (tool and what it reads, its arguments, the XRPC call it makes, its query)
    type Case<'a> = (&'a str, Value, &'a str, Vec<(&'a str, &'a str)>);
    let cases: [Case; 6] = [
        (
            "bluesky_get_feed (10)",
            json!({"feed_type": "following", "limit": 10}),
            "app.bsky.feed.getTimeline",
            vec![("limit", "10")],
        ),
        (
            "bluesky_get_replies",
            json!({"uri": subject}),
            "app.bsky.feed.getPostThread",
            vec![("uri", &subject)],
        ),
        (
            "bluesky_get_notifications (10)",
            json!({"limit": 10}),
            "app.bsky.notification.listNotifications",
            vec![("limit", "10")],
        ),
        (
            "bluesky_search_posts (10)",
            json!({"query": "Agent cost post", "limit": 10}),
            "app.bsky.feed.searchPosts",
            vec![("q", "Agent cost post"), ("limit", "10")],
        ),
        (
            "bluesky_get_profile",
            json!({}),
            "app.bsky.actor.getProfile",
            vec![("actor", &bench.did)],
        ),
        (
            "bluesky_get_followers (10)",
            json!({"limit": 10}),
            "app.bsky.graph.getFollowers",
            vec![("actor", &bench.did), ("limit", "10")],
        ),
    ];
    for (label, arguments, nsid, query) in cases {
        let tool = label.split(' ').next().unwrap();
        let answer = server.call(tool, arguments);
        let text = answer["result"]["content"][0]["text"]
            .as_str()
            .unwrap()
            .len();
        let structured = answer["result"]["structuredContent"].to_string().len();
        let raw = bench.xrpc_get(nsid, &query).to_string().len();
        for (what, bytes) in [("text", text), ("structured", structured), (nsid, raw)] {
            report.add(
                "agent",
                format!("`{label}`: {what}"),
                "bytes",
                Stats::of(vec![bytes as f64]),
            );
        }
    }
}

/// 1,000 calls cycling through reads and dry-run posts.
fn mixed_calls(mut call: impl FnMut(&str, Value), did: &str) {
    let calls: [(&str, Value); 5] = [
        ("bluesky_get_profile", json!({})),
        (
            "bluesky_get_feed",
            json!({"feed_type": "following", "limit": 10}),
        ),
        (
            "bluesky_post_text",
            json!({"text": "a dry run with #tags and @alice.test", "dry_run": true}),
        ),
        ("bluesky_get_notifications", json!({"limit": 10})),
        (
            "bluesky_get_author_feed",
            json!({"handle": did, "limit": 10}),
        ),
    ];
    for i in 0..1000 {
        let (tool, arguments) = &calls[i % calls.len()];
        call(tool, arguments.clone());
    }
}

fn memory(bench: &Bench, report: &mut Report) {
    let mut server = StdioServer::start_with(bench, &["--toolsets", "all,chat"]);
    server.initialize();
    server.request("tools/list", json!({}));
    std::thread::sleep(Duration::from_millis(300));
    let pid = server.child.id();
    let (idle, _) = rss(pid);
    let met = idle <= 12.0;
    report.add_with_target(
        "memory",
        "stdio: idle RSS after `initialize` and `tools/list` (every toolset)",
        "MiB",
        Stats::of(vec![idle]),
        Some(("≤ 12 MB".into(), met)),
    );
    mixed_calls(
        |tool, args| {
            server.call(tool, args);
        },
        &bench.did,
    );
    let (now, peak) = rss(pid);
    report.add(
        "memory",
        "stdio: RSS after 1,000 mixed calls",
        "MiB",
        Stats::of(vec![now]),
    );
    report.add(
        "memory",
        "stdio: peak RSS over 1,000 mixed calls",
        "MiB",
        Stats::of(vec![peak]),
    );
    drop(server);

    let server = HttpServer::start(bench);
    let pid = server.child.id();
    let mut session = HttpSession::open(&server.url);
    std::thread::sleep(Duration::from_millis(300));
    let (idle, _) = rss(pid);
    report.add(
        "memory",
        "HTTP: idle RSS with one session",
        "MiB",
        Stats::of(vec![idle]),
    );
    mixed_calls(
        |tool, args| {
            session.call(tool, args);
        },
        &bench.did,
    );
    let (now, peak) = rss(pid);
    report.add(
        "memory",
        "HTTP: RSS after 1,000 mixed calls",
        "MiB",
        Stats::of(vec![now]),
    );
    report.add(
        "memory",
        "HTTP: peak RSS over 1,000 mixed calls",
        "MiB",
        Stats::of(vec![peak]),
    );
    let sessions: Vec<HttpSession> = (0..1000).map(|_| HttpSession::open(&server.url)).collect();
    std::thread::sleep(Duration::from_millis(300));
    let (open, _) = rss(pid);
    let met = open <= 100.0;
    report.add_with_target(
        "memory",
        "HTTP: RSS with 1,000 open sessions",
        "MiB",
        Stats::of(vec![open]),
        Some(("≤ 100 MB".into(), met)),
    );
    drop(sessions);
}

/// Median latency of each tool through MCP against the same XRPC request sent
/// directly, alternating so that both see the same PDS.
fn overhead(bench: &Bench, report: &mut Report) {
    let mut server = StdioServer::start(bench);
    server.initialize();
    struct Case<'a> {
        tool: &'static str,
        nsid: &'static str,
        arguments: Box<dyn Fn(usize) -> Value>,
        raw: Box<dyn Fn(usize) + 'a>,
    }
    let case = |tool, nsid, arguments: Box<dyn Fn(usize) -> Value>, raw| Case {
        tool,
        nsid,
        arguments,
        raw,
    };
    let cases: Vec<Case> = vec![
        case(
            "bluesky_get_profile",
            "app.bsky.actor.getProfile",
            Box::new(|_| json!({})),
            Box::new(|_| {
                bench.xrpc_get("app.bsky.actor.getProfile", &[("actor", &bench.did)]);
            }),
        ),
        case(
            "bluesky_post_text",
            "com.atproto.repo.createRecord",
            Box::new(
                |i| json!({"text": format!("benchmark post {i} through MCP"), "langs": ["en"]}),
            ),
            Box::new(|i| {
                let record = json!({"$type": "app.bsky.feed.post", "text": format!("benchmark post {i} sent directly"),
                    "langs": ["en"], "createdAt": chrono::Utc::now().to_rfc3339()});
                bench.xrpc_post("com.atproto.repo.createRecord",
                    &json!({"repo": bench.did, "collection": "app.bsky.feed.post", "record": record}));
            }),
        ),
        // After the posts above, so that a page of 100 is full.
        case(
            "bluesky_get_feed",
            "app.bsky.feed.getTimeline",
            Box::new(|_| json!({"feed_type": "following", "limit": 20})),
            Box::new(|_| {
                bench.xrpc_get("app.bsky.feed.getTimeline", &[("limit", "20")]);
            }),
        ),
        case(
            "bluesky_get_feed",
            "app.bsky.feed.getTimeline",
            Box::new(|_| json!({"feed_type": "following", "limit": 100})),
            Box::new(|_| {
                bench.xrpc_get("app.bsky.feed.getTimeline", &[("limit", "100")]);
            }),
        ),
    ];
    let pid = server.child.id();
    for Case {
        tool,
        nsid,
        arguments,
        raw,
    } in cases
    {
        let (mut mcp, mut direct, mut extra) = (Vec::new(), Vec::new(), Vec::new());
        let mut cpu = 0.0;
        for i in 0..ROUNDS {
            let cpu_before = cpu_ms(pid);
            let start = Instant::now();
            server.call(tool, arguments(i));
            let through = ms(start.elapsed());
            cpu += cpu_ms(pid) - cpu_before;
            let start = Instant::now();
            raw(i);
            let sent = ms(start.elapsed());
            mcp.push(through);
            direct.push(sent);
            extra.push(through - sent);
        }
        let size = arguments(0)
            .get("limit")
            .map(|l| format!(" at limit {l}"))
            .unwrap_or_default();
        let what = format!("`{tool}`{size}");
        report_overhead(report, &what, nsid, "stdio", mcp, direct, extra);
        report.add(
            "overhead",
            format!("{what}: server CPU per call (stdio)"),
            "ms",
            Stats::of(vec![cpu / ROUNDS as f64]),
        );
    }
}

/// Calls per tool in the overhead group, each paired with a direct request.
const ROUNDS: usize = 100;

/// The two latencies and the overhead: the median of each call's difference
/// from the direct request made right after it (steadier than a difference of
/// medians when the PDS's own latency wanders).
fn report_overhead(
    report: &mut Report,
    what: &str,
    nsid: &str,
    transport: &str,
    mcp: Vec<f64>,
    direct: Vec<f64>,
    extra: Vec<f64>,
) {
    let (mcp, direct, extra) = (Stats::of(mcp), Stats::of(direct), Stats::of(extra));
    report.add(
        "overhead",
        format!("{what} through MCP ({transport})"),
        "ms",
        mcp,
    );
    let size = what
        .split_once(" at ")
        .map(|(_, s)| format!(" at {s}"))
        .unwrap_or_default();
    report.add(
        "overhead",
        format!("`{nsid}`{size} sent directly"),
        "ms",
        direct,
    );
    report.add_with_target(
        "overhead",
        format!(
            "{what} overhead over {transport} (paired; median ratio {:.2})",
            mcp.median / direct.median
        ),
        "ms",
        extra,
        Some(("≤ 1 ms".into(), extra.median <= 1.0)),
    );
}

/// The same for one tool over streamable HTTP (a session, keep-alive).
fn http_overhead(bench: &Bench, report: &mut Report) {
    let server = HttpServer::start(bench);
    let mut session = HttpSession::open(&server.url);
    let (mut mcp, mut direct, mut extra) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let start = Instant::now();
        session.call("bluesky_get_profile", json!({}));
        let through = ms(start.elapsed());
        let start = Instant::now();
        bench.xrpc_get("app.bsky.actor.getProfile", &[("actor", &bench.did)]);
        let sent = ms(start.elapsed());
        mcp.push(through);
        direct.push(sent);
        extra.push(through - sent);
    }
    report_overhead(
        report,
        "`bluesky_get_profile`",
        "app.bsky.actor.getProfile",
        "HTTP",
        mcp,
        direct,
        extra,
    );
}

/// Whole processes: the CLI against curl making the same XRPC call.
fn cli(bench: &Bench, report: &mut Report) {
    let auth = format!("Authorization: Bearer {}", bench.token);
    let curl = |args: Vec<String>| {
        let mut cmd = Command::new("curl");
        cmd.args(["-sf", "-o", "/dev/null", "-H", &auth]).args(args);
        cmd
    };
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for i in 0..15 {
        ours.push(time_process(
            bench.command(&["post", &format!("benchmark post {i} from the CLI")]),
        ));
        let record = json!({"repo": bench.did, "collection": "app.bsky.feed.post", "record":
            {"$type": "app.bsky.feed.post", "text": format!("benchmark post {i} from curl"),
             "createdAt": chrono::Utc::now().to_rfc3339()}});
        theirs.push(time_process(curl(vec![
            "-X".into(),
            "POST".into(),
            "-H".into(),
            "content-type: application/json".into(),
            "-d".into(),
            record.to_string(),
            format!("{}/xrpc/com.atproto.repo.createRecord", bench.pds),
        ])));
    }
    let (ours, theirs) = (Stats::of(ours), Stats::of(theirs));
    report.add("cli", "`mcp-bluesky post TEXT`", "ms", ours);
    report.add("cli", "curl createRecord", "ms", theirs);
    let ratio = ours.median / theirs.median;
    report.add_with_target(
        "cli",
        "post ÷ curl (medians)",
        "×",
        Stats::of(vec![ratio]),
        Some(("≤ 1.2×".into(), ratio <= 1.2)),
    );

    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..15 {
        ours.push(time_process(bench.command(&[
            "feed",
            "following",
            "--limit",
            "10",
            "--json",
        ])));
        theirs.push(time_process(curl(vec![format!(
            "{}/xrpc/app.bsky.feed.getTimeline?limit=10",
            bench.pds
        )])));
    }
    let (ours, theirs) = (Stats::of(ours), Stats::of(theirs));
    report.add(
        "cli",
        "`mcp-bluesky feed following --limit 10 --json`",
        "ms",
        ours,
    );
    report.add("cli", "curl getTimeline", "ms", theirs);
    report.add(
        "cli",
        "feed ÷ curl (medians)",
        "×",
        Stats::of(vec![ours.median / theirs.median]),
    );
}

/// Calls per second over HTTP with 1, 8 and 64 clients (a session each) for
/// 3 s, and the server's CPU time per call.
fn throughput(bench: &Bench, report: &mut Report) {
    let server = HttpServer::start(bench);
    let pid = server.child.id();
    for clients in [1usize, 8, 64] {
        let sessions: Vec<HttpSession> = (0..clients)
            .map(|_| HttpSession::open(&server.url))
            .collect();
        let done = Arc::new(AtomicUsize::new(0));
        let cpu_before = cpu_ms(pid);
        let start = Instant::now();
        let deadline = start + Duration::from_secs(3);
        let workers: Vec<_> = sessions
            .into_iter()
            .map(|mut session| {
                let done = done.clone();
                let did = bench.did.clone();
                std::thread::spawn(move || {
                    while Instant::now() < deadline {
                        session.call("bluesky_get_profile", json!({"handle": did}));
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        for worker in workers {
            worker.join().unwrap();
        }
        let elapsed = start.elapsed().as_secs_f64();
        let calls = done.load(Ordering::Relaxed) as f64;
        let cpu = cpu_ms(pid) - cpu_before;
        report.add(
            "throughput",
            format!("`bluesky_get_profile` over HTTP, {clients} client(s)"),
            "calls/s",
            Stats::of(vec![calls / elapsed]),
        );
        report.add(
            "throughput",
            format!("server CPU per call, {clients} client(s)"),
            "ms",
            Stats::of(vec![cpu / calls]),
        );
    }
}

/// A hosted instance (`serve --hosted`) on the network's PostgreSQL, plain
/// HTTP on 127.0.0.3 (as behind a TLS proxy) with the test domain as its
/// public URL; a TLS instance of the same deployment on 127.0.0.2 serves the
/// sign-in, which the SDK client (`tests/localnet/hosted-client.mjs`) makes.
struct HostedServer {
    instances: Vec<Child>,
    db: String,
    domain: String,
    port: u16,
    token: String,
    _dir: tempfile::TempDir,
}

impl HostedServer {
    fn start(bench: &Bench) -> HostedServer {
        let net: Value = serde_json::from_str(&std::env::var("LOCALNET_JSON").unwrap()).unwrap();
        let text = |p: &str| net.pointer(p).and_then(Value::as_str).unwrap().to_string();
        let (postgres, domain, ca) = (
            text("/postgres"),
            text("/hosted/domain"),
            text("/hosted/ca"),
        );
        let dir = tempfile::tempdir().unwrap();
        let name = format!("bench_{}", std::process::id());
        psql(&postgres, &format!("DROP DATABASE IF EXISTS {name}"));
        psql(&postgres, &format!("CREATE DATABASE {name}"));
        let db = format!("{}/{name}", postgres.rsplit_once('/').unwrap().0);
        let keys = dir.path().to_str().unwrap().to_string();
        assert!(
            bench
                .command(&["hosted", "keygen", "--out", &keys])
                .status()
                .unwrap()
                .success()
        );
        // A new port each run: the PDS caches a client's keys by its client_id.
        let port = std::iter::repeat_with(|| {
            let probe = std::net::TcpListener::bind(("127.0.0.2", 0)).unwrap();
            probe.local_addr().unwrap().port()
        })
        .find(|p| std::net::TcpListener::bind(("127.0.0.3", *p)).is_ok())
        .unwrap();
        let public = format!("https://{domain}:{port}");
        let spawn = |address: &str, tls: bool| {
            let listen = format!("{address}:{port}");
            let mut args = vec![
                "serve",
                "--hosted",
                "--listen",
                &listen,
                "--public-url",
                &public,
                "--database-url",
                &db,
            ];
            let (cert, key) = (text("/hosted/cert"), text("/hosted/key"));
            if tls {
                args.extend(["--tls-cert", &cert, "--tls-key", &key]);
            }
            let (client_key, state_key) = (
                format!("{keys}/client-key.jwk"),
                format!("{keys}/state.key"),
            );
            args.extend([
                "--client-key-file",
                &client_key,
                "--state-key-file",
                &state_key,
            ]);
            bench
                .command(&args)
                .env("MCP_BLUESKY__HOSTED_ALLOW", "[127.0.0.1, \"::1\"]")
                .env("MCP_BLUESKY__HOSTED__DATABASE_CA_FILE", &ca)
                .spawn()
                .unwrap()
        };
        let instances = vec![spawn("127.0.0.2", true), spawn("127.0.0.3", false)];
        let mut server = HostedServer {
            instances,
            db,
            domain,
            port,
            token: String::new(),
            _dir: dir,
        };
        let start = Instant::now();
        while server
            .client()
            .get(format!("http://{}:{}/healthz", server.domain, port))
            .send()
            .is_err()
        {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the hosted server starts"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let plan = json!({"url": format!("{public}/mcp"), "instances": ["127.0.0.2"], "ca": ca,
            "person": {"handle": bench.handle, "password": bench.password}, "calls": []});
        let output = Command::new("node")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/localnet/hosted-client.mjs"
            ))
            .arg(plan.to_string())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "the hosted sign-in failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let signed_in: Value = serde_json::from_slice(&output.stdout).unwrap();
        server.token = signed_in["tokens"]["access_token"]
            .as_str()
            .unwrap()
            .to_string();
        server
    }

    /// A keep-alive client of the plain instance, by the public name.
    fn client(&self) -> reqwest::blocking::Client {
        reqwest::blocking::Client::builder()
            .resolve(&self.domain, ([127, 0, 0, 3], self.port).into())
            .build()
            .unwrap()
    }

    /// One stateless MCP request with the bearer token.
    fn request(&self, client: &reqwest::blocking::Client, method: &str, params: Value) -> Value {
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
        let response = client
            .post(format!("http://{}:{}/mcp", self.domain, self.port))
            .bearer_auth(&self.token)
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .body(body.to_string())
            .send()
            .unwrap();
        assert!(
            response.status().is_success(),
            "{method}: {}",
            response.status()
        );
        let answer = answer_of(response);
        assert!(
            answer["result"]["isError"] != json!(true),
            "{method}: {answer}"
        );
        answer
    }

    /// Transactions committed in the database so far. A busy connection
    /// reports its statistics at most once a second and an idle one within
    /// 10 s, so this waits for them.
    fn transactions(&self) -> f64 {
        std::thread::sleep(Duration::from_secs(11));
        let name = self.db.rsplit('/').next().unwrap();
        psql(
            &self.db,
            &format!("SELECT xact_commit FROM pg_stat_database WHERE datname = '{name}'"),
        )
        .trim()
        .parse()
        .unwrap()
    }
}

impl Drop for HostedServer {
    fn drop(&mut self) {
        for child in &mut self.instances {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn psql(url: &str, query: &str) -> String {
    let output = Command::new("psql")
        .args(["-XAtq", url, "-c", query])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "psql: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A hosted server against a single-user HTTP server, in the same run and
/// with the same kind of session (OAuth with DPoP, same account): latency of
/// `tools/list` (no Bluesky request: the bearer check alone) and of
/// `bluesky_get_profile` (one XRPC request, so one shared-budget update too),
/// database transactions per call, throughput with 8 clients, and memory.
fn hosted(bench: &Bench, report: &mut Report) {
    if !bench.state().join("sessions/oauth.json").exists() {
        bench.oauth_login("oauth");
    }
    let hosted = HostedServer::start(bench);
    let single = HttpServer::start(bench);
    let mut session = HttpSession::open(&single.url);
    let client = hosted.client();
    let profile = json!({"handle": bench.did});
    let single_profile = json!({"handle": bench.did, "account": "oauth"});
    // Warm both: sessions loaded, connections open.
    for _ in 0..5 {
        hosted.request(
            &client,
            "tools/call",
            json!({"name": "bluesky_get_profile", "arguments": profile}),
        );
        session.call("bluesky_get_profile", single_profile.clone());
    }
    let mut times: [Vec<f64>; 4] = Default::default();
    for _ in 0..ROUNDS {
        let start = Instant::now();
        session.request("tools/list", json!({}));
        times[0].push(ms(start.elapsed()));
        let start = Instant::now();
        hosted.request(&client, "tools/list", json!({}));
        times[1].push(ms(start.elapsed()));
        let start = Instant::now();
        session.call("bluesky_get_profile", single_profile.clone());
        times[2].push(ms(start.elapsed()));
        let start = Instant::now();
        hosted.request(
            &client,
            "tools/call",
            json!({"name": "bluesky_get_profile", "arguments": profile}),
        );
        times[3].push(ms(start.elapsed()));
    }
    let names = [
        "`tools/list`, single-user HTTP session",
        "`tools/list`, hosted (bearer checked in PostgreSQL)",
        "`bluesky_get_profile` (OAuth), single-user HTTP",
        "`bluesky_get_profile`, hosted (shared budget in PostgreSQL)",
    ];
    for (name, series) in names.iter().zip(&times) {
        report.add("hosted", *name, "ms", Stats::of(series.clone()));
    }
    let median = |i: usize| Stats::of(times[i].clone()).median;
    report.add(
        "hosted",
        "hosted − single-user, `tools/list` (medians)",
        "ms",
        Stats::of(vec![median(1) - median(0)]),
    );
    report.add(
        "hosted",
        "hosted − single-user, `bluesky_get_profile` (medians)",
        "ms",
        Stats::of(vec![median(3) - median(2)]),
    );

    // What each call costs the database.
    for (method, params, what) in [
        ("tools/list", json!({}), "`tools/list`"),
        (
            "tools/call",
            json!({"name": "bluesky_get_profile", "arguments": profile}),
            "`bluesky_get_profile`",
        ),
    ] {
        let before = hosted.transactions();
        for _ in 0..ROUNDS {
            hosted.request(&client, method, params.clone());
        }
        let per_call = (hosted.transactions() - before) / ROUNDS as f64;
        report.add(
            "hosted",
            format!("database transactions per {what}"),
            "",
            Stats::of(vec![per_call]),
        );
    }

    // 8 clients for 3 s each way.
    let clients = 8;
    let pid = hosted.instances[1].id();
    for (label, is_hosted) in [("single-user HTTP", false), ("hosted", true)] {
        let done = Arc::new(AtomicUsize::new(0));
        let cpu_before = cpu_ms(if is_hosted { pid } else { single.child.id() });
        let start = Instant::now();
        let deadline = start + Duration::from_secs(3);
        std::thread::scope(|scope| {
            for _ in 0..clients {
                let done = done.clone();
                let (hosted, single_url) = (&hosted, &single.url);
                let (profile, single_profile) = (profile.clone(), single_profile.clone());
                scope.spawn(move || {
                    if is_hosted {
                        let client = hosted.client();
                        while Instant::now() < deadline {
                            hosted.request(
                                &client,
                                "tools/call",
                                json!({"name": "bluesky_get_profile", "arguments": profile}),
                            );
                            done.fetch_add(1, Ordering::Relaxed);
                        }
                    } else {
                        let mut session = HttpSession::open(single_url);
                        while Instant::now() < deadline {
                            session.call("bluesky_get_profile", single_profile.clone());
                            done.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                });
            }
        });
        let calls = done.load(Ordering::Relaxed) as f64;
        let cpu = cpu_ms(if is_hosted { pid } else { single.child.id() }) - cpu_before;
        report.add(
            "hosted",
            format!("`bluesky_get_profile`, {clients} clients, {label}"),
            "calls/s",
            Stats::of(vec![calls / start.elapsed().as_secs_f64()]),
        );
        report.add(
            "hosted",
            format!("server CPU per call, {clients} clients, {label}"),
            "ms",
            Stats::of(vec![cpu / calls]),
        );
    }
    let (now, peak) = rss(pid);
    report.add(
        "hosted",
        "hosted instance RSS after the run",
        "MiB",
        Stats::of(vec![now]),
    );
    report.add(
        "hosted",
        "hosted instance peak RSS",
        "MiB",
        Stats::of(vec![peak]),
    );
}

/// `bluesky_get_profile` through one server, alternately as the app-password
/// session and as an OAuth session of the same account, whose every request
/// carries a DPoP proof signed for it (and whose PDS checks that proof).
fn oauth(bench: &Bench, report: &mut Report) {
    bench.oauth_login("oauth");
    let mut server = StdioServer::start(bench);
    server.initialize();
    let pid = server.child.id();
    let accounts = [bench.handle.as_str(), "oauth"];
    let mut times = [Vec::new(), Vec::new()];
    let mut cpu = [0.0, 0.0];
    for _ in 0..ROUNDS {
        for (i, account) in accounts.iter().enumerate() {
            let cpu_before = cpu_ms(pid);
            let start = Instant::now();
            server.call(
                "bluesky_get_profile",
                json!({"handle": bench.did, "account": account}),
            );
            times[i].push(ms(start.elapsed()));
            cpu[i] += cpu_ms(pid) - cpu_before;
        }
    }
    let medians: Vec<f64> = times.iter().map(|t| Stats::of(t.clone()).median).collect();
    for (i, login) in ["an app password", "OAuth (DPoP)"].iter().enumerate() {
        report.add(
            "oauth",
            format!("`bluesky_get_profile` with {login} (stdio)"),
            "ms",
            Stats::of(times[i].clone()),
        );
        report.add(
            "oauth",
            format!("server CPU per call with {login}"),
            "ms",
            Stats::of(vec![cpu[i] / ROUNDS as f64]),
        );
    }
    report.add(
        "oauth",
        "OAuth ÷ app password (medians)",
        "×",
        Stats::of(vec![medians[1] / medians[0]]),
    );
}

fn build(report: &mut Report) {
    let bytes = std::fs::metadata(bin()).unwrap().len() as f64;
    report.add(
        "build",
        "release binary size",
        "MiB",
        Stats::of(vec![bytes / 1024.0 / 1024.0]),
    );
}

fn write_results(report: &Report, dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let header = format!(
        "Measured {} on {} ({} cores) against the local network; min / median / max.\n\n",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        std::env::consts::ARCH,
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    std::fs::write(
        dir.join("results.md"),
        format!("{header}{}", report.markdown()),
    )
    .unwrap();
    std::fs::write(
        dir.join("results.json"),
        serde_json::to_string_pretty(&report.json()).unwrap() + "\n",
    )
    .unwrap();
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this too,
    // without it, and then there is nothing to measure.
    if !std::env::args().any(|a| a == "--bench") {
        eprintln!("benchmarks run with benches/run.sh (cargo bench), not as tests");
        return;
    }
    // Other arguments pick groups by name.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let wanted = |group: &str| filter.is_empty() || filter.iter().any(|f| f == group);
    let bench = Bench::setup();
    let mut report = Report::default();
    if wanted("startup") {
        startup(&bench, &mut report);
    }
    if wanted("memory") {
        memory(&bench, &mut report);
    }
    if wanted("overhead") {
        overhead(&bench, &mut report);
        http_overhead(&bench, &mut report);
    }
    if wanted("cli") {
        cli(&bench, &mut report);
    }
    if wanted("throughput") {
        throughput(&bench, &mut report);
    }
    if wanted("oauth") {
        oauth(&bench, &mut report);
    }
    if wanted("agent") {
        agent(&bench, &mut report);
    }
    if wanted("hosted") {
        hosted(&bench, &mut report);
    }
    build(&mut report);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/results");
    write_results(&report, &dir);
    println!("{}", report.markdown());
    eprintln!("written to {}", dir.display());
}
