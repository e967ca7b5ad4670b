//! Test helpers: the local network started by `tests/run.sh`, one isolated home
//! (config + state directories) per user, the real binary run as a process, and
//! a leak check on everything it prints.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_mcp-bluesky");

#[derive(Debug, Clone)]
pub struct Account {
    pub handle: String,
    pub did: String,
    pub password: String,
}

#[derive(Debug)]
pub struct Net {
    pub pds: String,
    pub plc: String,
    pub appview: String,
    /// A DID whose PDS entry names a server without OAuth (the AppView).
    pub no_oauth_did: String,
    pub accounts: std::collections::HashMap<String, Account>,
    pub feed_uri: String,
}

/// The network `tests/localnet/run.sh` started; its description is in LOCALNET_JSON.
pub fn net() -> &'static Net {
    static NET: OnceLock<Net> = OnceLock::new();
    NET.get_or_init(|| {
        let Ok(json) = std::env::var("LOCALNET_JSON") else {
            // One line, not one panic per test: the whole run stops here.
            // Written to stderr itself: the test harness captures `eprintln!`.
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                b"error: the end-to-end tests need the local Bluesky network: run them with `tests/run.sh`\n",
            );
            std::process::exit(2);
        };
        let v: Value = serde_json::from_str(&json).expect("LOCALNET_JSON is JSON");
        let accounts = v["accounts"]
            .as_object()
            .expect("accounts")
            .iter()
            .map(|(name, a)| {
                let account = Account {
                    handle: a["handle"].as_str().unwrap().into(),
                    did: a["did"].as_str().unwrap().into(),
                    password: a["password"].as_str().unwrap().into(),
                };
                (name.clone(), account)
            })
            .collect();
        Net {
            pds: v["pds"].as_str().expect("pds").into(),
            plc: v["plc"].as_str().expect("plc").into(),
            appview: v["appview"].as_str().expect("appview").into(),
            no_oauth_did: v["noOauthDid"].as_str().expect("noOauthDid").into(),
            accounts,
            feed_uri: v["feedUri"].as_str().unwrap_or_default().into(),
        }
    })
}

pub fn account(name: &str) -> &'static Account {
    &net().accounts[name]
}

/// Passwords of accounts made by [`fresh_account`], for the leak check.
static FRESH_PASSWORDS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// A new account on the network, for tests that need a timeline of their own,
/// once the AppView knows it (reads of its profile would fail before).
pub fn fresh_account() -> Account {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let handle = format!("t{n}x{nanos}.test");
    let password = format!("pw-{nanos}-{n}-fresh");
    let body = serde_json::json!({"handle": handle, "email": format!("{handle}@example.invalid"), "password": password});
    let created = xrpc::post("com.atproto.server.createAccount", &body, None);
    FRESH_PASSWORDS.lock().unwrap().push(password.clone());
    let did = created["did"].as_str().unwrap().to_string();
    let profile = format!("{}/xrpc/app.bsky.actor.getProfile", net().appview);
    eventually("the AppView to index the new account", || {
        let answer = reqwest::blocking::Client::new()
            .get(&profile)
            .query(&[("actor", &did)])
            .send()
            .ok()?;
        answer.status().is_success().then_some(())
    });
    Account {
        handle,
        did,
        password,
    }
}

/// What a process printed, already checked for leaked secrets.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    #[track_caller]
    pub fn ok(self) -> Self {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }
}

/// The secrets in `text`: test accounts' passwords, anything shaped like a
/// JWT (access and refresh tokens, OAuth access tokens), an OAuth refresh
/// token or code, or a private JWK (a DPoP key), described without
/// repeating them.
pub fn secrets_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (name, a) in &net().accounts {
        if text.contains(&a.password) {
            found.push(format!("{name}'s password"));
        }
    }
    if FRESH_PASSWORDS
        .lock()
        .unwrap()
        .iter()
        .any(|p| text.contains(p))
    {
        found.push("a test account's password".into());
    }
    static JWT: OnceLock<regex::Regex> = OnceLock::new();
    let jwt =
        JWT.get_or_init(|| regex::Regex::new(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}").unwrap());
    if jwt.is_match(text) {
        found.push("a JWT".into());
    }
    static OAUTH: OnceLock<[(regex::Regex, &str); 3]> = OnceLock::new();
    let oauth = OAUTH.get_or_init(|| {
        [
            (
                regex::Regex::new(r"ref-[0-9a-f]{32,}").unwrap(),
                "an OAuth refresh token",
            ),
            (
                regex::Regex::new(r"cod-[0-9a-f]{32,}").unwrap(),
                "an OAuth code",
            ),
            (
                regex::Regex::new(r#""d"\s*:\s*"[A-Za-z0-9_-]{40,}""#).unwrap(),
                "a private key",
            ),
        ]
    });
    for (pattern, what) in oauth {
        if pattern.is_match(text) {
            found.push(what.to_string());
        }
    }
    found
}

/// Fails when text holds a test password or anything shaped like a JWT.
#[track_caller]
pub fn assert_no_secrets(what: &str, text: &str) {
    let found = secrets_in(text);
    assert!(
        found.is_empty(),
        "{what} leaks {}:\n{text}",
        found.join(", ")
    );
}

/// One user's machine: their own config and state directories. Dropping it
/// checks that no file outside the session store holds a secret.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("config")).unwrap();
        Home { dir }
    }

    /// A home already logged in as the network account `name`.
    pub fn logged_in(name: &str) -> Self {
        let home = Home::new();
        home.login(name).ok();
        home
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_file(&self) -> PathBuf {
        self.path().join("config/mcp-bluesky/config.yaml")
    }

    pub fn session_file(&self, alias: &str) -> PathBuf {
        self.path()
            .join(format!("state/mcp-bluesky/sessions/{alias}.json"))
    }

    pub fn command(&self, args: &[&str]) -> Command {
        self.program(BIN, args)
    }

    /// Any program, with this home's environment and nothing else.
    pub fn program(&self, program: &str, args: &[&str]) -> Command {
        let mut cmd = Command::new(program);
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_STATE_HOME", self.path().join("state"))
            .env("BLUESKY_PDS_URL", &net().pds)
            .env("MCP_BLUESKY__PLC_URL", &net().plc)
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1")
            // Links in test posts must not send anyone to the internet for a card.
            .env("MCP_BLUESKY__LINK_CARDS", "false")
            // The suite makes many calls per process; the rate-limit tests set their own.
            .env("RATE_LIMIT_REQUESTS", "100000")
            .env("RATE_LIMIT_WINDOW", "60");
        cmd
    }

    /// The official MCP SDK client (`tests/localnet/mcp-client.mjs`) with this
    /// plan, set to start `mcp-bluesky serve` (or, with `MCP_SERVER_URL` added,
    /// to connect over HTTP).
    pub fn mcp_client(&self, plan: &Value) -> Command {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/localnet/mcp-client.mjs");
        let mut cmd = self.program("node", &[script, &plan.to_string()]);
        cmd.env("MCP_SERVER_BIN", BIN);
        cmd
    }

    /// Points the stored session of `alias` at another PDS URL.
    pub fn move_session_to(&self, alias: &str, pds_url: &str) {
        let mut stored = self.session(alias);
        stored["pds_url"] = pds_url.into();
        std::fs::write(
            self.session_file(alias),
            serde_json::to_vec(&stored).unwrap(),
        )
        .unwrap();
    }

    /// The JSON a command prints, or `None` if it failed (say, before the
    /// AppView has indexed what it reads).
    pub fn try_json(&self, args: &[&str]) -> Option<Value> {
        let out = self.run(args);
        (out.code == 0).then(|| out.json())
    }

    pub fn run(&self, args: &[&str]) -> Out {
        self.run_with_stdin(args, "")
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Out {
        self.run_with(&[], args, stdin)
    }

    /// Runs the binary with extra environment variables (settings such as
    /// `MCP_BLUESKY__LINK_CARDS`) and this stdin.
    pub fn run_with(&self, env: &[(&str, &str)], args: &[&str], stdin: &str) -> Out {
        let mut command = self.command(args);
        command.envs(env.iter().copied());
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let Output {
            status,
            stdout,
            stderr,
        } = child.wait_with_output().unwrap();
        let out = Out {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8(stdout).unwrap(),
            stderr: String::from_utf8(stderr).unwrap(),
        };
        assert_no_secrets(&format!("stdout of {args:?}"), &out.stdout);
        assert_no_secrets(&format!("stderr of {args:?}"), &out.stderr);
        out
    }

    /// Runs the binary, calling `during` with its process id while it runs;
    /// returns what it printed and its peak resident memory in bytes: the
    /// kernel's high-water mark of the program itself (`VmHWM`, which starts
    /// afresh at exec, unlike `wait4`'s count that includes the forking test
    /// process), read every 10 ms while it runs.
    pub fn run_watched(&self, args: &[&str], during: impl FnOnce(i32)) -> (Out, u64) {
        let mut child = self
            .command(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
            std::thread::spawn(move || {
                let mut text = String::new();
                pipe.read_to_string(&mut text).unwrap();
                text
            })
        };
        let stdout = drain(Box::new(child.stdout.take().unwrap()));
        let stderr = drain(Box::new(child.stderr.take().unwrap()));
        let pid = child.id();
        let watcher = std::thread::spawn(move || {
            let mut peak = 0;
            // Until the process is gone (its status has no memory lines then).
            while let Some(kib) = std::fs::read_to_string(format!("/proc/{pid}/status"))
                .ok()
                .and_then(|status| {
                    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
                    line.split_whitespace().nth(1)?.parse::<u64>().ok()
                })
            {
                peak = peak.max(kib * 1024);
                std::thread::sleep(Duration::from_millis(10));
            }
            peak
        });
        during(pid as i32);
        let status = child.wait().unwrap();
        let out = Out {
            code: status.code().unwrap_or(-1),
            stdout: stdout.join().unwrap(),
            stderr: stderr.join().unwrap(),
        };
        assert_no_secrets(&format!("stdout of {args:?}"), &out.stdout);
        assert_no_secrets(&format!("stderr of {args:?}"), &out.stderr);
        (out, watcher.join().unwrap())
    }

    /// Runs the binary with its stdout a pipe whose reader is already gone,
    /// as `| head` leaves it: every write fails with EPIPE.
    pub fn run_into_closed_pipe(&self, args: &[&str]) -> Out {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = self.command(args).stdout(writer).output().unwrap();
        let out = Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::new(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        };
        assert_no_secrets(&format!("stderr of {args:?}"), &out.stderr);
        out
    }

    pub fn login(&self, name: &str) -> Out {
        self.login_as(account(name))
    }

    /// Logs in through another URL for the PDS (a proxy), which the session keeps.
    pub fn login_through(&self, pds_url: &str, a: &Account) -> Out {
        let args = [
            "--pds-url",
            pds_url,
            "auth",
            "login",
            &a.handle,
            "--password-stdin",
        ];
        self.run_with_stdin(&args, &format!("{}\n", a.password))
    }

    /// A home logged in as `a`.
    pub fn of(a: &Account) -> Self {
        let home = Home::new();
        home.login_as(a).ok();
        home
    }

    pub fn login_as(&self, a: &Account) -> Out {
        self.run_with_stdin(
            &["auth", "login", &a.handle, "--password-stdin"],
            &format!("{}\n", a.password),
        )
    }

    /// The stored session of `alias`, as JSON.
    pub fn session(&self, alias: &str) -> Value {
        serde_json::from_slice(&std::fs::read(self.session_file(alias)).unwrap()).unwrap()
    }

    /// Replaces the stored access token with one whose `exp` has passed, so the
    /// next call must refresh the session first. Returns the session as it was.
    pub fn expire_access_token(&self, alias: &str) -> Value {
        let before = self.session(alias);
        let mut stored = before.clone();
        stored["access_jwt"] = "eyJhbGciOiJub25lIn0.eyJleHAiOjEwMDAwMDAwMDB9.x".into();
        std::fs::write(
            self.session_file(alias),
            serde_json::to_vec(&stored).unwrap(),
        )
        .unwrap();
        before
    }

    /// Runs `args` (with debug logs) in `n` processes at once, each expected
    /// to succeed; how many of them refreshed the session.
    pub fn refreshes_in_parallel(&self, n: usize, args: &[&str]) -> usize {
        let mut all = vec!["--log-level", "debug"];
        all.extend_from_slice(args);
        let children: Vec<_> = (0..n)
            .map(|_| {
                self.command(&all)
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let mut refreshes = 0;
        for child in children {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert_no_secrets("stderr", &stderr);
            assert!(out.status.success(), "{stderr}");
            refreshes += stderr.matches("session refreshed").count();
        }
        refreshes
    }

    /// Every file in this home except the session store holds no secret.
    pub fn assert_files_hold_no_secrets(&self) {
        let sessions = self.path().join("state/mcp-bluesky/sessions");
        let mut stack = vec![self.path().to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    if path != sessions {
                        stack.push(path);
                    }
                } else if path.is_file()
                    && let Ok(text) = std::fs::read_to_string(&path)
                {
                    assert_no_secrets(&path.display().to_string(), &text);
                }
            }
        }
    }
}

/// Every test's home is checked for leaked secrets when it ends.
impl Drop for Home {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            self.assert_files_hold_no_secrets();
        }
    }
}

/// The text content of an MCP tool result.
pub fn text_of(result: &Value) -> &str {
    result["content"][0]["text"].as_str().unwrap_or_default()
}

/// Runs an MCP client command to its end: the session it prints and the
/// server's stderr, both checked for leaked secrets.
#[track_caller]
pub fn client_session(mut client: Command) -> (Value, String) {
    let output = client
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
    let session = serde_json::from_str(&stdout).expect("the client prints JSON");
    (session, stderr)
}

/// Polls `check` until it returns Some, for up to 30 seconds (the AppView is
/// slower when every test writes at once).
#[track_caller]
pub fn eventually<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = check() {
            return v;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Direct XRPC calls, for seeding data the CLI cannot create yet and for
/// reading records back independently of the code under test.
pub mod xrpc {
    use super::*;

    pub fn get(nsid: &str, params: &[(&str, &str)]) -> Value {
        let url = format!("{}/xrpc/{nsid}", net().pds);
        let response = reqwest::blocking::Client::new()
            .get(url)
            .query(params)
            .send()
            .unwrap();
        assert!(
            response.status().is_success(),
            "{nsid}: {}",
            response.status()
        );
        response.json().unwrap()
    }

    pub fn session(name: &str) -> String {
        session_of(account(name))
    }

    pub fn session_of(a: &Account) -> String {
        let body = serde_json::json!({"identifier": a.handle, "password": a.password});
        let v = post("com.atproto.server.createSession", &body, None);
        v["accessJwt"].as_str().unwrap().to_string()
    }

    pub fn post(nsid: &str, body: &Value, token: Option<&str>) -> Value {
        let url = format!("{}/xrpc/{nsid}", net().pds);
        let mut request = reqwest::blocking::Client::new().post(url).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().unwrap();
        assert!(
            response.status().is_success(),
            "{nsid}: {}",
            response.status()
        );
        let text = response.text().unwrap();
        if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap()
        }
    }

    /// `follower` follows `followed`, written straight to the follower's repo.
    pub fn follow(follower: &str, followed: &str) {
        follow_as(account(follower), &account(followed).did);
    }

    /// `follower` follows the account `did`, written straight to the follower's repo.
    pub fn follow_as(follower: &Account, did: &str) {
        let token = session_of(follower);
        let record = serde_json::json!({
            "repo": follower.did,
            "collection": "app.bsky.graph.follow",
            "record": {
                "$type": "app.bsky.graph.follow",
                "subject": did,
                "createdAt": distinct_time(),
            },
        });
        post("com.atproto.repo.createRecord", &record, Some(&token));
    }

    /// A `createdAt` no other record of this run has. Follows of one account
    /// made at the same instant are byte-identical records with one CID, and
    /// the AppView's cursors (time, CID) cannot page through those.
    fn distinct_time() -> String {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let s = n / 1000;
        format!(
            "2026-01-01T{:02}:{:02}:{:02}.{:03}Z",
            s / 3600 % 24,
            s / 60 % 60,
            s % 60,
            n % 1000
        )
    }

    /// A query answered by the AppView directly (no viewer), for waiting
    /// until it has indexed what a test wrote.
    pub fn appview(nsid: &str, params: &[(&str, &str)]) -> Value {
        let url = format!("{}/xrpc/{nsid}", net().appview);
        let response = reqwest::blocking::Client::new()
            .get(url)
            .query(params)
            .send()
            .unwrap();
        assert!(
            response.status().is_success(),
            "{nsid}: {}",
            response.status()
        );
        response.json().unwrap()
    }

    /// Every record of `did` in `collection`, newest first, across pages.
    pub fn records(did: &str, collection: &str) -> Vec<Value> {
        let mut records = Vec::new();
        let mut cursor = String::new();
        loop {
            let mut params = vec![("repo", did), ("collection", collection), ("limit", "100")];
            if !cursor.is_empty() {
                params.push(("cursor", &cursor));
            }
            let page = get("com.atproto.repo.listRecords", &params);
            let found = page["records"].as_array().unwrap();
            records.extend(found.iter().cloned());
            match page["cursor"].as_str() {
                Some(next) if !found.is_empty() => cursor = next.to_string(),
                _ => return records,
            }
        }
    }

    /// The texts of every post of `did`, newest first.
    pub fn post_texts(did: &str) -> Vec<String> {
        records(did, "app.bsky.feed.post")
            .iter()
            .map(|r| r["value"]["text"].as_str().unwrap().to_string())
            .collect()
    }

    pub fn record(uri: &str) -> Value {
        let parts: Vec<&str> = uri.trim_start_matches("at://").split('/').collect();
        get(
            "com.atproto.repo.getRecord",
            &[
                ("repo", parts[0]),
                ("collection", parts[1]),
                ("rkey", parts[2]),
            ],
        )["value"]
            .clone()
    }
}

#[derive(Clone, Copy)]
enum Fault {
    LoseResponses(usize),
    Delay(Duration),
    CutBody(usize),
    /// The first calls: answered with this status line.
    AnswerFirst(usize, &'static str),
    /// After this many calls: (status line, XRPC error name, extra headers).
    AnswerAfter(usize, &'static str, &'static str, &'static str),
}

/// A fault-injecting loopback HTTP proxy in front of the PDS. It counts the
/// calls of one XRPC method and applies its fault to them: losing the response
/// after the PDS handled the call (the connection dies after the server
/// committed), answering an error itself, delaying, or cutting the response
/// mid-body. While `down` is set it closes every connection at once, as a
/// PDS that is away.
pub struct LossyProxy {
    pub url: String,
    /// Calls of the method seen so far.
    pub calls: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// When the connection of each call of the method was accepted.
    pub times: std::sync::Arc<std::sync::Mutex<Vec<Instant>>>,
    pub down: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl LossyProxy {
    /// Loses the responses to the first `drop` calls of `method`.
    pub fn start(method: &'static str, drop: usize) -> LossyProxy {
        Self::with_fault(method, Fault::LoseResponses(drop))
    }

    /// Passes everything, counting and timing the calls of `method`.
    pub fn counting(method: &'static str) -> LossyProxy {
        Self::with_fault(method, Fault::LoseResponses(0))
    }

    /// Forwards the calls of `method` only after `delay`.
    pub fn delaying(method: &'static str, delay: Duration) -> LossyProxy {
        Self::with_fault(method, Fault::Delay(delay))
    }

    /// Cuts the responses to the first `cut` calls of `method` mid-body.
    pub fn cutting(method: &'static str, cut: usize) -> LossyProxy {
        Self::with_fault(method, Fault::CutBody(cut))
    }

    /// A proxy that passes the first `after` calls of `method` and answers
    /// every later one with a 503 without passing it on.
    pub fn refusing(method: &'static str, after: usize) -> LossyProxy {
        Self::with_fault(
            method,
            Fault::AnswerAfter(after, "503 Service Unavailable", "InternalServerError", ""),
        )
    }

    /// A proxy that answers the first `count` calls of `method` itself with
    /// `status` (such as "502 Bad Gateway"), and passes the rest.
    pub fn failing_first(method: &'static str, count: usize, status: &'static str) -> LossyProxy {
        Self::with_fault(method, Fault::AnswerFirst(count, status))
    }

    /// A proxy that answers every call of `method` with a 429 and these headers
    /// (each line ending in `\r\n`), as the PDS does over its rate limit.
    pub fn rate_limited(method: &'static str, headers: &'static str) -> LossyProxy {
        Self::with_fault(
            method,
            Fault::AnswerAfter(0, "429 Too Many Requests", "RateLimitExceeded", headers),
        )
    }

    fn with_fault(method: &'static str, fault: Fault) -> LossyProxy {
        use std::io::{BufRead, BufReader, Read};
        use std::net::{TcpListener, TcpStream};
        use std::sync::atomic::Ordering;

        let upstream = net()
            .pds
            .trim_start_matches("http://")
            .replace("localhost", "127.0.0.1");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let times = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let down = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (counter, timer, away) = (calls.clone(), times.clone(), down.clone());
        std::thread::spawn(move || {
            for mut client in listener.incoming().flatten() {
                if away.load(Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                let accepted = Instant::now();
                let upstream = upstream.clone();
                let counter = counter.clone();
                let timer = timer.clone();
                // One request per connection: every response says `connection: close`.
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(client.try_clone().unwrap());
                    let mut head = String::new();
                    loop {
                        let mut line = String::new();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        if line == "\r\n" {
                            break;
                        }
                        if !line.to_ascii_lowercase().starts_with("connection:") {
                            head.push_str(&line);
                        }
                    }
                    let length = head
                        .lines()
                        .find_map(|l| {
                            let l = l.to_ascii_lowercase();
                            l.strip_prefix("content-length:")
                                .map(|v| v.trim().parse().unwrap())
                        })
                        .unwrap_or(0);
                    let mut body = vec![0; length];
                    if reader.read_exact(&mut body).is_err() {
                        return;
                    }
                    let request_line = head.lines().next().unwrap_or_default();
                    let target = request_line.split(' ').nth(1).unwrap_or_default();
                    let call =
                        (target.split('?').next() == Some(&format!("/xrpc/{method}"))).then(|| {
                            timer.lock().unwrap().push(accepted);
                            counter.fetch_add(1, Ordering::SeqCst)
                        });
                    if let (Some(_), Fault::Delay(delay)) = (call, fault) {
                        std::thread::sleep(delay);
                    }
                    if let (Some(n), Fault::AnswerAfter(after, status, error, headers)) =
                        (call, fault)
                        && n >= after
                    {
                        let refusal = format!(
                            "{{\"error\":\"{error}\",\"message\":\"refused by the test proxy\"}}"
                        );
                        let _ = write!(
                            client,
                            "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n{headers}connection: close\r\n\r\n{refusal}",
                            refusal.len()
                        );
                        return;
                    }
                    if let (Some(n), Fault::AnswerFirst(count, status)) = (call, fault)
                        && n < count
                    {
                        let body = "{\"error\":\"InternalServerError\",\"message\":\"injected by the test proxy\"}";
                        let _ = write!(
                            client,
                            "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                            body.len()
                        );
                        return;
                    }
                    // An upstream failure reaches the client as a closed connection.
                    let mut response = Vec::new();
                    let forwarded = TcpStream::connect(&upstream).and_then(|mut server| {
                        server.write_all(head.as_bytes())?;
                        server.write_all(b"connection: close\r\n\r\n")?;
                        server.write_all(&body)?;
                        server.read_to_end(&mut response)
                    });
                    if forwarded.is_err() {
                        return;
                    }
                    if let (Some(n), Fault::LoseResponses(drop)) = (call, fault)
                        && n < drop
                    {
                        return; // The PDS did the work; the client never hears of it.
                    }
                    if let (Some(n), Fault::CutBody(cut)) = (call, fault)
                        && n < cut
                    {
                        // Headers and half the body, then the connection ends.
                        let head_end = response
                            .windows(4)
                            .position(|w| w == b"\r\n\r\n")
                            .map_or(0, |p| p + 4);
                        let half = head_end + (response.len() - head_end) / 2;
                        let _ = client.write_all(&response[..half]);
                        return;
                    }
                    let _ = client.write_all(&response);
                });
            }
        });
        LossyProxy {
            url,
            calls,
            times,
            down,
        }
    }
}

/// A web server on loopback: what it serves, and how many requests reached it.
pub struct Site {
    pub url: String,
    pub requests: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Site {
    pub fn requests(&self) -> usize {
        self.requests.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// What a [`Site`] answers for one path.
pub enum Page {
    /// 200 with this content type and body.
    Body(&'static str, Vec<u8>),
    /// 302 to this URL.
    Redirect(String),
}

/// A web server on 127.0.0.1 answering GETs for fixed paths: (path, content type, body).
pub fn serve_pages(pages: Vec<(&'static str, &'static str, Vec<u8>)>) -> Site {
    let pages = pages
        .into_iter()
        .map(|(path, kind, body)| (path, Page::Body(kind, body)))
        .collect();
    serve_site("127.0.0.1", pages)
}

/// A web server on the loopback address `ip` (any of 127.0.0.0/8) answering
/// GETs for fixed paths; other paths get 404.
pub fn serve_site(ip: &str, pages: Vec<(&'static str, Page)>) -> Site {
    use std::io::{BufRead, BufReader};
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = std::net::TcpListener::bind((ip, 0)).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = std::sync::Arc::new(AtomicUsize::new(0));
    let counter = requests.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut request_line = String::new();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
            }
            counter.fetch_add(1, Ordering::SeqCst);
            let path = request_line.split_whitespace().nth(1).unwrap_or("/");
            let response = match pages.iter().find(|(p, _)| *p == path) {
                Some((_, Page::Body(kind, body))) => {
                    let mut r = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: {kind}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                        body.len()
                    )
                    .into_bytes();
                    r.extend_from_slice(body);
                    r
                }
                Some((_, Page::Redirect(to))) => format!(
                    "HTTP/1.1 302 Found\r\nlocation: {to}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                )
                .into_bytes(),
                None => b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                    .to_vec(),
            };
            let _ = stream.write_all(&response);
        }
    });
    Site { url, requests }
}
