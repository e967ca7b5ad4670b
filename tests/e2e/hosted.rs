//! Hosted mode end to end: two instances of `serve --hosted` on two loopback
//! addresses share one PostgreSQL database and serve https on a test domain
//! (a throwaway CA from `tests/localnet/run.sh`). People connect with the
//! official MCP SDK client's OAuth (dynamic registration, then consent at
//! their own PDS clicked by headless Chromium), and every request goes to
//! the instances in turn, as behind a load balancer.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use base64::Engine;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use serde_json::{Value, json};

use crate::harness::{
    Account, Home, Out, account, assert_no_secrets, eventually, fresh_account, net, xrpc,
};

const INSTANCES: [&str; 2] = ["127.0.0.2", "127.0.0.3"];

/// Where the network's hosted-mode pieces are: the database server, the test domain's TLS files.
struct Setup {
    postgres: String,
    domain: String,
    ca: String,
    cert: String,
    key: String,
}

fn setup() -> Setup {
    net();
    let v: Value = serde_json::from_str(&std::env::var("LOCALNET_JSON").unwrap()).unwrap();
    let text = |p: &str| v.pointer(p).and_then(Value::as_str).expect(p).to_string();
    Setup {
        postgres: text("/postgres"),
        domain: text("/hosted/domain"),
        ca: text("/hosted/ca"),
        cert: text("/hosted/cert"),
        key: text("/hosted/key"),
    }
}

/// Two instances over one fresh database; stopped when dropped.
struct Hosted {
    home: Home,
    setup: Setup,
    dir: tempfile::TempDir,
    port: u16,
    db_url: String,
    instances: Vec<Option<Child>>,
    /// `hosted_allow`: the local PDS is on loopback, which a hosted server
    /// reaches only when allowed.
    allow: &'static str,
}

impl Hosted {
    fn start(env: &[(&str, &str)]) -> Hosted {
        Hosted::start_with(env, true)
    }

    fn start_with(env: &[(&str, &str)], reach_loopback: bool) -> Hosted {
        let setup = setup();
        let home = Home::new();
        let dir = tempfile::tempdir().unwrap();
        let db = format!("hosted_{}", random_hex(6));
        psql(&setup.postgres, &format!("CREATE DATABASE {db}"));
        let db_url = format!("{}/{db}", setup.postgres.rsplit_once('/').unwrap().0);
        std::fs::write(dir.path().join("db.url"), &db_url).unwrap();
        home.run(&["hosted", "keygen", "--out", dir.path().to_str().unwrap()])
            .ok();
        let port = free_port();
        let mut hosted = Hosted {
            home,
            setup,
            dir,
            port,
            db_url,
            instances: Vec::new(),
            allow: "[]",
        };
        hosted.allow = if reach_loopback {
            "[127.0.0.1, \"::1\"]"
        } else {
            "[]"
        };
        for (i, address) in INSTANCES.iter().enumerate() {
            let child = hosted.spawn(i, address, env);
            hosted.instances.push(Some(child));
        }
        hosted.wait_until_answering();
        hosted
    }

    fn wait_until_answering(&self) {
        for i in 0..INSTANCES.len() {
            eventually("the instance to answer", || {
                self.http(i)
                    .get(format!("{}/healthz", self.public()))
                    .send()
                    .ok()
                    .filter(|r| r.status().is_success())
            });
        }
    }

    fn spawn(&self, i: usize, address: &str, env: &[(&str, &str)]) -> Child {
        let file = |name: &str| self.dir.path().join(name).to_str().unwrap().to_string();
        let public = self.public();
        let listen = format!("{address}:{}", self.port);
        let mut command = self.home.command(&[
            "serve",
            "--hosted",
            "--listen",
            &listen,
            "--public-url",
            &public,
            "--tls-cert",
            &self.setup.cert,
            "--tls-key",
            &self.setup.key,
            "--database-url-file",
            &file("db.url"),
            "--client-key-file",
            &file("client-key.jwk"),
            "--state-key-file",
            &file("state.key"),
            "--toolsets",
            "all",
            "--log-level",
            "debug",
        ]);
        command.env("MCP_BLUESKY__HOSTED_ALLOW", self.allow);
        // The local PostgreSQL serves TLS with a certificate from the test CA.
        command.env("MCP_BLUESKY__HOSTED__DATABASE_CA_FILE", &self.setup.ca);
        command.envs(env.iter().copied());
        command
            .stdout(std::fs::File::create(self.dir.path().join(format!("out-{i}.log"))).unwrap())
            .stderr(std::fs::File::create(self.dir.path().join(format!("err-{i}.log"))).unwrap())
            .stdin(Stdio::null())
            .spawn()
            .unwrap()
    }

    fn public(&self) -> String {
        format!("https://{}:{}", self.setup.domain, self.port)
    }

    /// An HTTPS client that reaches instance `i` by the test domain.
    fn http(&self, i: usize) -> reqwest::blocking::Client {
        let ca = reqwest::Certificate::from_pem(&std::fs::read(&self.setup.ca).unwrap()).unwrap();
        let address: SocketAddr = format!("{}:{}", INSTANCES[i], self.port).parse().unwrap();
        reqwest::blocking::Client::builder()
            .add_root_certificate(ca)
            .resolve(&self.setup.domain, address)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(60))
            .build()
            .unwrap()
    }

    /// The SDK client connecting as `person` and making `calls`.
    fn connect(&self, person: &Account, calls: Value, probes: bool) -> Value {
        self.client(person, json!({"calls": calls, "probes": probes}))
    }

    /// The SDK client with `plan` (calls, probes, deny) as `person`.
    fn client(&self, person: &Account, plan: Value) -> Value {
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/localnet/hosted-client.mjs"
        );
        let mut plan = plan;
        plan["url"] = json!(format!("{}/mcp", self.public()));
        plan["instances"] = json!(INSTANCES);
        plan["ca"] = json!(self.setup.ca);
        plan["person"] = json!({"handle": person.handle, "password": person.password});
        let output = self
            .home
            .program("node", &[script, &plan.to_string()])
            .env("HOSTED_CLIENT_TRACE", self.dir.path().join("client.trace"))
            .output()
            .expect("node runs");
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(
            output.status.success(),
            "the hosted client failed\nstdout: {stdout}\nstderr: {}\nserver logs:\n{}",
            String::from_utf8_lossy(&output.stderr),
            self.logs()
        );
        serde_json::from_str(&stdout).unwrap()
    }

    /// A tool call with `token` through instance `i`: the HTTP status and the JSON-RPC answer.
    fn call(&self, i: usize, token: &str, tool: &str, arguments: Value) -> (u16, Value) {
        let answer = self
            .http(i)
            .post(format!("{}/mcp", self.public()))
            .bearer_auth(token)
            .header("accept", "application/json, text/event-stream")
            .json(&json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                "params": {"name": tool, "arguments": arguments}}))
            .send()
            .unwrap();
        let status = answer.status().as_u16();
        let body = answer.text().unwrap();
        if status != 200 {
            return (status, Value::Null);
        }
        // JSON, or an event stream when notifications came before the answer.
        let answer = body
            .lines()
            .map(|l| l.strip_prefix("data:").unwrap_or(l).trim())
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .find(|m| m.get("id").is_some())
            .unwrap_or_else(|| panic!("no answer in {body}"));
        assert!(answer.get("result").is_some(), "{answer}");
        (status, answer)
    }

    /// An operator's `hosted` command on this server's state.
    fn operator(&self, args: &[&str]) -> Out {
        let file = |name: &str| self.dir.path().join(name).to_str().unwrap().to_string();
        let mut all: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        all.extend([
            "--database-url-file".into(),
            file("db.url"),
            "--client-key-file".into(),
            file("client-key.jwk"),
            "--state-key-file".into(),
            file("state.key"),
        ]);
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        let env = [
            ("MCP_BLUESKY__HOSTED_ALLOW", self.allow),
            (
                "MCP_BLUESKY__HOSTED__DATABASE_CA_FILE",
                self.setup.ca.as_str(),
            ),
        ];
        self.home.run_with(&env, &all, "")
    }

    /// Every instance's output so far.
    fn logs(&self) -> String {
        let mut logs: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "log"))
            .collect();
        logs.sort();
        logs.iter()
            .map(|path| std::fs::read_to_string(path).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Stops instance `i` as a service manager would (SIGTERM), and waits for it.
    fn stop(&mut self, i: usize) {
        if let Some(mut child) = self.instances[i].take() {
            unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
            let status = child.wait().unwrap();
            assert!(status.success(), "instance {i} stopped with {status}");
        }
    }

    fn sql(&self, query: &str) -> String {
        psql(&self.db_url, query)
    }
}

impl Drop for Hosted {
    fn drop(&mut self) {
        for child in self.instances.iter_mut().flatten() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn psql(url: &str, query: &str) -> String {
    let output = Command::new("psql")
        .args(["-XAtq", url, "-c", query])
        .output()
        .expect("psql runs (PostgreSQL is installed by tests/localnet/setup.sh)");
    assert!(
        output.status.success(),
        "psql: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut buf).unwrap();
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// A port free on both instance addresses.
fn free_port() -> u16 {
    loop {
        let first = TcpListener::bind((INSTANCES[0], 0)).unwrap();
        let port = first.local_addr().unwrap().port();
        if TcpListener::bind((INSTANCES[1], port)).is_ok() {
            return port;
        }
    }
}

fn tokens(session: &Value) -> (String, String) {
    let t = &session["tokens"];
    (
        t["access_token"].as_str().unwrap().to_string(),
        t["refresh_token"].as_str().unwrap().to_string(),
    )
}

fn is_error(result: &Value) -> bool {
    result["isError"] == json!(true)
}

fn text(result: &Value) -> String {
    result["content"][0]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn two_people_through_two_instances_each_act_only_as_themselves() {
    let hosted = Hosted::start(&[]);
    let (alice, bob) = (account("alice"), account("bob"));
    let nonce = random_hex(4);

    let a = hosted.connect(
        alice,
        json!([
            {"name": "bluesky_post_text", "arguments": {"text": format!("hosted: alice was here {nonce}")}},
            {"name": "bluesky_create_draft", "arguments": {"text": format!("alice's hosted draft {nonce}")}},
            {"name": "bluesky_get_drafts", "arguments": {}},
            {"name": "bluesky_get_profile", "arguments": {"account": bob.handle}},
        ]),
        true,
    );
    // Both instances answered alice's requests.
    assert_eq!(
        a["instancesUsed"].as_array().unwrap().len(),
        2,
        "{}",
        a["instancesUsed"]
    );
    let calls = a["calls"].as_array().unwrap();
    let alice_post = calls[0]["result"]["structuredContent"]["uri"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        alice_post.starts_with(&format!("at://{}/", alice.did)),
        "{alice_post}"
    );
    assert!(text(&calls[2]["result"]).contains(&format!("alice's hosted draft {nonce}")));
    // Naming another account is refused: every call acts as the person signed in.
    assert!(is_error(&calls[3]["result"]), "{}", calls[3]);
    assert!(
        text(&calls[3]["result"]).contains("is not you"),
        "{}",
        calls[3]
    );
    assert_eq!(a["state"]["sent"], a["state"]["returned"]);
    assert_eq!(a["state"]["iss"], json!(hosted.public()));

    // A hosted server reads no files, so the one tool that needs a file is not offered.
    assert!(
        !a["tools"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "bluesky_post_video"),
        "{}",
        a["tools"]
    );
    assert!(
        a["tools"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "bluesky_post_image")
    );

    // What the authorization server must refuse.
    let p = &a["probes"];
    assert_eq!(p["codeReused"]["status"], 400, "{p}");
    assert_eq!(p["codeReused"]["body"]["error"], "invalid_grant");
    for probe in ["noPkce", "plainPkce"] {
        let location = p[probe]["location"].as_str().unwrap();
        assert!(
            location.contains("error=invalid_request") && location.contains("state=probe"),
            "{probe}: {location}"
        );
    }
    assert_eq!(
        p["otherRedirect"]["status"], 400,
        "never redirected to an unregistered URI: {p}"
    );
    assert_eq!(p["otherRedirect"]["location"], Value::Null);
    assert!(
        p["foreignResource"]["location"]
            .as_str()
            .unwrap()
            .contains("error=invalid_target")
    );
    assert_eq!(p["forgedState"]["status"], 400);
    assert_eq!(p["forgedState"]["location"], Value::Null);
    assert_eq!(p["noToken"]["status"], 401);
    let challenge = p["noToken"]["challenge"].as_str().unwrap();
    assert!(
        challenge.contains(&format!(
            "resource_metadata=\"{}/.well-known/oauth-protected-resource/mcp\"",
            hosted.public()
        )),
        "{challenge}"
    );
    assert_eq!(p["madeUpToken"]["status"], 401);
    assert!(
        p["madeUpToken"]["challenge"]
            .as_str()
            .unwrap()
            .contains("invalid_token")
    );
    assert_eq!(p["refresh"]["status"], 200);
    assert_eq!(p["refreshReused"]["body"]["error"], "invalid_grant");
    assert_eq!(p["rotatedWorks"]["status"], 200);

    let b = hosted.connect(
        bob,
        json!([
            {"name": "bluesky_post_text", "arguments": {"text": format!("hosted: bob mentions @{} {nonce}", alice.handle)}},
            {"name": "bluesky_get_drafts", "arguments": {}},
            {"name": "bluesky_delete_post", "arguments": {"uri": alice_post}},
        ]),
        false,
    );
    let calls = b["calls"].as_array().unwrap();
    let bob_post = calls[0]["result"]["structuredContent"]["uri"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        bob_post.starts_with(&format!("at://{}/", bob.did)),
        "{bob_post}"
    );
    assert!(
        !text(&calls[1]["result"]).contains(&nonce),
        "bob sees alice's draft: {}",
        calls[1]
    );
    assert!(
        is_error(&calls[2]["result"]),
        "bob deleted alice's post: {}",
        calls[2]
    );
    // The records are where they belong, and alice's post survived bob's delete.
    let alice_texts = xrpc::post_texts(&alice.did);
    assert!(alice_texts.contains(&format!("hosted: alice was here {nonce}")));
    assert!(
        !alice_texts
            .iter()
            .any(|t| t.contains("bob mentions") && t.contains(&nonce))
    );

    let (alice_token, alice_refresh) = tokens(&a);
    let (bob_token, bob_refresh) = tokens(&b);
    // Alice's notifications (through either instance) show bob's mention; bob's do not.
    eventually("alice's notification of bob's mention", || {
        let (status, answer) = hosted.call(1, &alice_token, "bluesky_get_notifications", json!({}));
        assert_eq!(status, 200);
        text(&answer["result"]).contains(&nonce).then_some(())
    });
    let (_, answer) = hosted.call(0, &bob_token, "bluesky_get_notifications", json!({}));
    assert!(!text(&answer["result"]).contains(&nonce), "{answer}");
    let (_, answer) = hosted.call(
        0,
        &bob_token,
        "bluesky_delete_post",
        json!({"uri": bob_post}),
    );
    assert!(!is_error(&answer["result"]), "{answer}");

    let users = hosted.operator(&["hosted", "users", "--json"]).ok().json();
    let listed: Vec<&str> = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["handle"].as_str().unwrap())
        .collect();
    assert!(
        listed.contains(&alice.handle.as_str()) && listed.contains(&bob.handle.as_str()),
        "{users}"
    );

    // The instances count calls by tool, never by person, and show their
    // database pool: after those calls, connections wait idle in it.
    let by_instance: Vec<String> = (0..INSTANCES.len())
        .map(|i| {
            let url = format!("{}/metrics", hosted.public());
            hosted.http(i).get(url).send().unwrap().text().unwrap()
        })
        .collect();
    for text in &by_instance {
        let idle = text
            .lines()
            .find_map(|l| l.strip_prefix("mcp_bluesky_db_connections{state=\"idle\"} "))
            .and_then(|n| n.parse::<u32>().ok());
        assert!(idle.is_some_and(|n| n >= 1), "{text}");
        assert!(
            text.contains("\nmcp_bluesky_db_connections_max 16\n"),
            "{text}"
        );
        assert!(text.contains("\nmcp_bluesky_db_waiting 0\n"), "{text}");
    }
    let metrics = by_instance.concat();
    assert!(
        metrics
            .contains("mcp_bluesky_tool_calls_total{toolset=\"post\",tool=\"bluesky_post_text\"}"),
        "{metrics}"
    );
    for who in [&alice.did, &alice.handle, &bob.did, &bob.handle] {
        assert!(!metrics.contains(who.as_str()), "{metrics}");
    }

    // Revoking alice takes effect at once on both instances; bob goes on.
    let revoked = hosted
        .operator(&["hosted", "revoke", &alice.handle, "--json"])
        .ok()
        .json();
    assert_eq!(revoked["session_ended"], true, "{revoked}");
    assert!(revoked["grant_revoke_error"].is_null(), "{revoked}");
    for i in 0..INSTANCES.len() {
        assert_eq!(
            hosted
                .call(i, &alice_token, "bluesky_get_profile", json!({}))
                .0,
            401
        );
        assert_eq!(
            hosted
                .call(i, &bob_token, "bluesky_get_profile", json!({}))
                .0,
            200
        );
    }
    let refreshed = hosted
        .http(0)
        .post(format!("{}/token", hosted.public()))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", &alice_refresh),
            ("client_id", a["clientId"].as_str().unwrap()),
        ])
        .send()
        .unwrap();
    assert_eq!(refreshed.status().as_u16(), 400);
    let users = hosted.operator(&["hosted", "users"]).ok().stdout;
    assert!(
        !users.contains(&alice.handle) && users.contains(&bob.handle),
        "{users}"
    );

    // Nothing secret in the logs, and tokens only hashed, sessions only sealed, in the database.
    let logs = hosted.logs();
    assert_no_secrets("the hosted server's output", &logs);
    let dump = hosted.sql(
        "SELECT t::text FROM tokens t UNION ALL SELECT c::text FROM auth_codes c \
        UNION ALL SELECT encode(sealed, 'escape') FROM atproto_sessions",
    );
    for secret in [&alice_token, &alice_refresh, &bob_token, &bob_refresh] {
        assert!(!logs.contains(secret.as_str()), "a token in the logs");
        assert!(
            !dump.contains(secret.as_str()),
            "a token stored in the clear"
        );
    }
    assert!(
        !dump.contains("dpop_key") && !dump.contains("access_token"),
        "a session stored in the clear"
    );
}

/// The session of `did` in the database, opened with the state key, changed
/// by `change`, and sealed again: the test stands in for time passing.
fn change_session(hosted: &Hosted, did: &str, change: impl FnOnce(&mut Value)) {
    let key_text = std::fs::read_to_string(hosted.dir.path().join("state.key")).unwrap();
    let key_bytes = base64::engine::general_purpose::STANDARD
        .decode(key_text.trim())
        .unwrap();
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &key_bytes).unwrap());
    let aad = format!("atproto session\0{did}");
    let hex = hosted.sql(&format!(
        "SELECT encode(sealed, 'hex') FROM atproto_sessions WHERE did = '{did}'"
    ));
    let sealed: Vec<u8> = (0..hex.trim().len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex.trim()[i..i + 2], 16).unwrap())
        .collect();
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let mut body = body.to_vec();
    let plain = key
        .open_in_place(
            Nonce::try_assume_unique_for_key(nonce).unwrap(),
            Aad::from(aad.as_bytes()),
            &mut body,
        )
        .expect("the session is sealed with the state key");
    let mut session: Value = serde_json::from_slice(plain).unwrap();
    change(&mut session);
    let mut out = serde_json::to_vec(&session).unwrap();
    let fresh = random_hex(NONCE_LEN);
    let nonce: Vec<u8> = (0..fresh.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&fresh[i..i + 2], 16).unwrap())
        .collect();
    key.seal_in_place_append_tag(
        Nonce::try_assume_unique_for_key(&nonce).unwrap(),
        Aad::from(aad.as_bytes()),
        &mut out,
    )
    .unwrap();
    let sealed: String = nonce
        .iter()
        .chain(out.iter())
        .map(|b| format!("{b:02x}"))
        .collect();
    hosted.sql(&format!(
        "UPDATE atproto_sessions SET sealed = decode('{sealed}', 'hex') WHERE did = '{did}'"
    ));
}

#[test]
fn one_refresh_across_instances_and_a_stopped_instance_loses_nothing() {
    let mut hosted = Hosted::start(&[]);
    let person = fresh_account();
    let session = hosted.connect(
        &person,
        json!([{"name": "bluesky_get_profile", "arguments": {}}]),
        false,
    );
    let (token, _) = tokens(&session);
    // Every instance has the session in memory now: make its access token expired
    // in the database, which every instance's next call must notice.
    for i in 0..INSTANCES.len() {
        assert_eq!(
            hosted.call(i, &token, "bluesky_get_profile", json!({})).0,
            200
        );
    }
    change_session(&hosted, &person.did, |s| {
        s["expires_at"] = json!("2000-01-01T00:00:00Z")
    });
    // Evict the instances' copies: a session cached in memory would not see the change.
    hosted.stop(0);
    hosted.stop(1);
    for (i, address) in INSTANCES.iter().enumerate() {
        let child = hosted.spawn(i + 2, address, &[]);
        hosted.instances[i] = Some(child);
    }
    hosted.wait_until_answering();
    let before = hosted.logs().matches("session refreshed").count();
    let answers: Vec<(u16, Value)> = std::thread::scope(|scope| {
        let calls: Vec<_> = (0..12)
            .map(|n| {
                let (hosted, token) = (&hosted, &token);
                scope.spawn(move || hosted.call(n % 2, token, "bluesky_get_profile", json!({})))
            })
            .collect();
        calls.into_iter().map(|c| c.join().unwrap()).collect()
    });
    for (status, answer) in &answers {
        assert_eq!(*status, 200, "{answer}");
        assert!(!is_error(&answer["result"]), "{answer}\n{}", hosted.logs());
    }
    let refreshes = hosted.logs().matches("session refreshed").count() - before;
    assert_eq!(
        refreshes,
        1,
        "one refresh for both instances:\n{}",
        hosted.logs()
    );

    // One instance goes away; the other answers with the same token and session.
    hosted.stop(0);
    let (status, answer) = hosted.call(1, &token, "bluesky_get_profile", json!({}));
    assert_eq!(status, 200);
    assert!(text(&answer["result"]).contains(&person.handle), "{answer}");

    // The person logs out themselves: their tokens, here and anywhere, end at once.
    let out = hosted
        .http(1)
        .post(format!("{}/logout", hosted.public()))
        .bearer_auth(&token)
        .send()
        .unwrap();
    assert_eq!(out.status().as_u16(), 200);
    assert_eq!(
        hosted.call(1, &token, "bluesky_get_profile", json!({})).0,
        401
    );
    assert_eq!(hosted.sql("SELECT count(*) FROM tokens").trim(), "0");
    assert_eq!(
        hosted.sql("SELECT count(*) FROM atproto_sessions").trim(),
        "0"
    );
}

#[test]
fn the_database_is_reached_over_verified_tls_when_asked() {
    let hosted = Hosted::start(&[]);
    let required = hosted.dir.path().join("db-tls.url");
    std::fs::write(&required, format!("{}?sslmode=require", hosted.db_url)).unwrap();
    let users = |ca: Option<&str>| {
        let mut command = hosted.home.command(&[
            "hosted",
            "users",
            "--database-url-file",
            required.to_str().unwrap(),
            "--client-key-file",
            hosted.dir.path().join("client-key.jwk").to_str().unwrap(),
            "--state-key-file",
            hosted.dir.path().join("state.key").to_str().unwrap(),
        ]);
        if let Some(ca) = ca {
            command.env("MCP_BLUESKY__HOSTED__DATABASE_CA_FILE", ca);
        }
        command.output().unwrap()
    };
    // Trusting the CA that signed the database's certificate: connected (over TLS, or
    // sslmode=require would have failed).
    let trusted = users(Some(&hosted.setup.ca));
    assert!(
        trusted.status.success(),
        "{}",
        String::from_utf8_lossy(&trusted.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&trusted.stdout),
        "Nobody is connected.\n"
    );
    // Without it the certificate is not trusted, and nothing is sent in the clear instead.
    let untrusted = users(None);
    assert!(!untrusted.status.success());
    let stderr = String::from_utf8_lossy(&untrusted.stderr);
    assert!(
        stderr.contains("cannot reach the database")
            && stderr.to_lowercase().contains("certificate"),
        "{stderr}"
    );
    // The instances themselves connect with TLS too (sslmode prefer, the CA given).
    let db = hosted.db_url.rsplit('/').next().unwrap();
    let tls = hosted.sql(&format!(
        "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) \
         WHERE a.application_name = 'mcp-bluesky' AND a.datname = '{db}' AND s.ssl"
    ));
    assert_ne!(tls.trim(), "0", "the instances' connections use TLS");
}

#[test]
fn a_refusal_at_the_pds_goes_back_to_the_client() {
    let hosted = Hosted::start(&[]);
    let person = fresh_account();
    let denied = hosted.client(&person, json!({"deny": true}));
    assert_eq!(denied["denied"]["error"], "access_denied", "{denied}");
    assert_eq!(denied["denied"]["state"], denied["sentState"]);
    assert_eq!(denied["denied"]["iss"], json!(hosted.public()));
    assert!(denied["denied"]["code"].is_null());
    for table in ["atproto_sessions", "pending_logins", "auth_codes", "tokens"] {
        assert_eq!(
            hosted.sql(&format!("SELECT count(*) FROM {table}")).trim(),
            "0",
            "{table}"
        );
    }
}

#[test]
fn a_hosted_server_reaches_public_addresses_only() {
    // Without hosted_allow, the local PDS (on loopback) is out of reach: a
    // DID document naming a private address cannot turn the server against
    // its own network.
    let hosted = Hosted::start_with(
        &[("MCP_BLUESKY__HOSTED__TRUSTED_PROXIES", "[127.0.0.0/8]")],
        false,
    );
    let registered: Value = hosted
        .http(0)
        .post(format!("{}/register", hosted.public()))
        .json(&json!({"redirect_uris": ["http://127.0.0.1:9/callback"], "client_name": "probe"}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let challenge = "x".repeat(43);
    let request = [
        ("response_type", "code"),
        ("client_id", registered["client_id"].as_str().unwrap()),
        ("redirect_uri", "http://127.0.0.1:9/callback"),
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
        ("state", "s"),
    ];
    // The handle page, its form's csrf field and the cookie that goes with it.
    let page = hosted
        .http(0)
        .get(format!("{}/authorize", hosted.public()))
        .query(&request)
        .send()
        .unwrap();
    assert_eq!(page.headers()["x-frame-options"], "DENY");
    let cookie = page.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let html = page.text().unwrap();
    let csrf = regex::Regex::new(r#"name=csrf value="([^"]+)""#)
        .unwrap()
        .captures(&html)
        .unwrap()[1]
        .to_string();
    let handle = account("alice").handle.as_str();
    let post = |cookie: Option<&str>| {
        let mut form: Vec<(&str, &str)> = request.to_vec();
        form.extend([("handle", handle), ("csrf", csrf.as_str())]);
        let mut call = hosted
            .http(1)
            .post(format!("{}/authorize", hosted.public()))
            .form(&form);
        if let Some(cookie) = cookie {
            call = call.header("cookie", cookie);
        }
        let answer = call.send().unwrap();
        (answer.status().as_u16(), answer.text().unwrap())
    };
    // Posted by another site (no cookie): refused before anything is fetched.
    let (status, text) = post(None);
    assert_eq!(status, 400);
    assert!(text.contains("came from another site"), "{text}");
    let (status, text) = post(Some(&cookie));
    assert_eq!(status, 400);
    assert!(text.contains("private address"), "{text}");

    // Nor can a client_id naming a metadata document on a private address
    // (a listener here that would answer): it is not fetched.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let document = format!("https://{}/client.json", listener.local_addr().unwrap());
    let mut request = request.to_vec();
    request[1] = ("client_id", document.as_str());
    let page = hosted
        .http(1)
        .get(format!("{}/authorize", hosted.public()))
        .query(&request)
        .send()
        .unwrap();
    assert_eq!(page.status().as_u16(), 400);
    let text = page.text().unwrap();
    assert!(
        text.contains("metadata document cannot be used") && text.contains("private address"),
        "{text}"
    );
    listener.set_nonblocking(true).unwrap();
    assert!(listener.accept().is_err(), "the server connected to it");

    // Registrations are capped per client address (each instance counting
    // its own), the address named by the trusted proxy in front (loopback
    // here)...
    let register = |i: usize, client: &str| {
        hosted
            .http(i)
            .post(format!("{}/register", hosted.public()))
            .header("x-forwarded-for", format!("192.0.2.1, {client}"))
            .json(&json!({"redirect_uris": ["http://127.0.0.1:9/callback"]}))
            .send()
            .unwrap()
    };
    let taken = (0..30)
        .take_while(|_| register(0, "203.0.113.9").status().as_u16() == 201)
        .count();
    assert_eq!(taken, 10, "10 a minute from one address");
    let refused = register(0, "203.0.113.9");
    assert_eq!(refused.status().as_u16(), 429);
    assert!(refused.headers().contains_key("retry-after"));
    let refused: Value = refused.json().unwrap();
    assert!(
        refused["error_description"]
            .as_str()
            .unwrap()
            .contains("from this address"),
        "{refused}"
    );
    // ...and per minute across instances, whatever the addresses.
    let taken = (0..100)
        .take_while(|n| {
            register(n % 2, &format!("198.51.100.{n}"))
                .status()
                .as_u16()
                == 201
        })
        .count();
    assert_eq!(taken, 49, "60 a minute, the 11 above included");
    let refused = register(1, "198.51.100.200");
    assert_eq!(refused.status().as_u16(), 429);
    assert_eq!(refused.headers()["retry-after"], "60");
}

#[test]
fn one_rate_budget_per_account_however_many_instances() {
    // 40 requests an hour, 4 at once: once the 4 are spent, the next turn is
    // ~15 minutes away, so a call fails at once instead of waiting.
    let hosted = Hosted::start(&[("RATE_LIMIT_REQUESTS", "40"), ("RATE_LIMIT_WINDOW", "3600")]);
    let call = |token: &str, i: usize| {
        let (status, answer) = hosted.call(i, token, "bluesky_get_profile", json!({}));
        assert_eq!(status, 200);
        if is_error(&answer["result"]) {
            assert!(
                text(&answer["result"]).contains("request budget"),
                "{answer}"
            );
            false
        } else {
            true
        }
    };
    // Spent through one instance only, the budget is gone at the other one too.
    let person = fresh_account();
    let (token, _) = tokens(&hosted.connect(&person, json!([]), false));
    let answered = (0..10).take_while(|_| call(&token, 0)).count();
    assert!((1..=4).contains(&answered), "{answered} calls answered");
    assert!(
        !call(&token, 1),
        "the other instance still had a budget of its own"
    );

    // Under concurrent calls through both instances, every answer is a result or
    // the budget's refusal, and no more turns are taken than the budget holds.
    let other = fresh_account();
    let (token, _) = tokens(&hosted.connect(&other, json!([]), false));
    let answered = std::thread::scope(|scope| {
        let calls: Vec<_> = (0..8)
            .map(|n| {
                let (call, token) = (&call, &token);
                scope.spawn(move || call(token, n % 2))
            })
            .collect();
        calls
            .into_iter()
            .map(|c| c.join().unwrap())
            .filter(|&answered| answered)
            .count()
    });
    assert!(answered <= 4, "{answered} calls answered");
    for i in 0..INSTANCES.len() {
        assert!(!call(&token, i), "instance {i} still answers");
    }
    let rows = hosted.sql("SELECT account, tokens < 1 FROM rate_budgets ORDER BY account");
    let mut expected = [format!("{}|t", person.did), format!("{}|t", other.did)];
    expected.sort();
    assert_eq!(
        rows.trim(),
        expected.join("\n"),
        "one bucket per account, spent"
    );
}

#[test]
fn a_client_named_by_its_metadata_document_connects_without_registering() {
    // The test client serves its document on 127.0.0.1 with a certificate from
    // the test CA, which the instances trust through SSL_CERT_FILE, as an
    // operator's would trust a private CA.
    let ca = setup().ca;
    let hosted = Hosted::start(&[("SSL_CERT_FILE", &ca)]);
    let metadata: Value = hosted
        .http(1)
        .get(format!(
            "{}/.well-known/oauth-authorization-server",
            hosted.public()
        ))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(
        metadata["client_id_metadata_document_supported"], true,
        "{metadata}"
    );

    let person = fresh_account();
    let nonce = random_hex(4);
    let plan = json!({
        "document": {"cert": hosted.setup.cert, "key": hosted.setup.key},
        "probes": true,
        "calls": [{"name": "bluesky_post_text", "arguments": {"text": format!("by a described client {nonce}")}}],
    });
    let c = hosted.client(&person, plan);
    let url = c["documentUrl"].as_str().unwrap();
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");
    // The SDK used the document's URL as its client_id and registered nothing.
    assert_eq!(c["clientId"], url, "{c}");
    assert_eq!(hosted.sql("SELECT count(*) FROM mcp_clients").trim(), "0");
    // Read, then kept: the sign-in's steps and the probes of /authorize ask
    // for it more than twice, but each instance reads it once.
    let reads = c["fetched"]["/client.json"].as_u64().unwrap_or(0);
    assert!((1..=INSTANCES.len() as u64).contains(&reads), "{c}");
    assert_eq!(
        hosted.sql("SELECT DISTINCT client_id FROM tokens").trim(),
        url
    );
    // The consent page says who described the client.
    let consent = c["consentPage"].as_str().unwrap();
    assert!(
        consent.contains("hosted test client (metadata document)")
            && consent.contains("described by 127.0.0.1"),
        "{consent}"
    );
    let post = &c["calls"][0]["result"];
    assert!(
        post["structuredContent"]["uri"]
            .as_str()
            .is_some_and(|u| u.starts_with(&format!("at://{}/", person.did))),
        "{post}"
    );

    // The same guarantees as for a registered client.
    let p = &c["probes"];
    assert_eq!(p["codeReused"]["body"]["error"], "invalid_grant", "{p}");
    assert_eq!(p["otherRedirect"]["status"], 400, "{p}");
    assert_eq!(p["otherRedirect"]["location"], Value::Null);
    assert_eq!(p["refresh"]["status"], 200, "{p}");
    assert_eq!(p["refreshReused"]["body"]["error"], "invalid_grant", "{p}");
    assert_eq!(p["rotatedWorks"]["status"], 200, "{p}");

    // Documents that are not taken: refused on a page that says why, never redirected to.
    for (path, why) in [
        ("/other.json", "names another client_id"),
        (
            "/secret.json",
            "token_endpoint_auth_method client_secret_basic",
        ),
        ("/big.json", "over 5120 bytes"),
        ("/moved.json", "answered 302"),
        ("/missing.json", "answered 404"),
    ] {
        let refused = &p["documents"][path];
        assert_eq!(refused["status"], 400, "{path}: {refused}");
        assert_eq!(refused["location"], Value::Null, "{path}: {refused}");
        let page = refused["text"].as_str().unwrap();
        assert!(
            page.contains("metadata document cannot be used") && page.contains(why),
            "{path}: {page}"
        );
    }
    // The redirect was not followed.
    assert_eq!(c["fetched"]["/moved.json"], 1, "{c}");
    let logs = hosted.logs();
    assert_no_secrets("the hosted server's output", &logs);
    let (token, refresh) = tokens(&c);
    assert!(!logs.contains(&token) && !logs.contains(&refresh));
}

#[test]
fn an_instance_stopped_mid_call_answers_what_it_took_and_the_other_takes_the_rest() {
    // Each call below posts, and first fetches its link's page for a card
    // from this listener, which holds the pages back: the calls are surely
    // inside instance 0 when it is told to stop.
    let pages = TcpListener::bind("127.0.0.1:0").unwrap();
    let page_port = pages.local_addr().unwrap().port();
    let mut hosted = Hosted::start(&[("MCP_BLUESKY__LINK_CARDS_ALLOW", "[127.0.0.1]")]);
    let person = fresh_account();
    let session = hosted.connect(&person, json!([]), false);
    let (token, _) = tokens(&session);
    let nonce = random_hex(4);
    let post = |i: usize, text: String, link: Option<String>| {
        let (status, answer) = hosted.call(
            i,
            &token,
            "bluesky_post_text",
            json!({"text": text, "link": link}),
        );
        assert_eq!(status, 200);
        assert!(!is_error(&answer["result"]), "{answer}\n{}", hosted.logs());
        answer["result"]["structuredContent"]["uri"]
            .as_str()
            .unwrap()
            .to_string()
    };
    const TAKEN: usize = 3;
    let texts: Vec<String> = (0..TAKEN).map(|n| format!("taken {nonce} {n}")).collect();
    let (held, uris) = std::thread::scope(|scope| {
        let calls: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(n, text)| {
                let link = format!("http://127.0.0.1:{page_port}/page/{n}");
                scope.spawn(move || post(0, text.clone(), Some(link)))
            })
            .collect();
        let held: Vec<TcpStream> = (0..TAKEN).map(|_| pages.accept().unwrap().0).collect();

        // Told to stop with TAKEN calls inside: it takes no new connection...
        let pid = hosted.instances[0].as_ref().unwrap().id();
        unsafe { libc::kill(pid as i32, libc::SIGTERM) };
        eventually("instance 0 to refuse connections", || {
            TcpStream::connect((INSTANCES[0], hosted.port)).err()
        });
        // ...so a load balancer sends the next call to the other, which answers it.
        let after = post(1, format!("after {nonce}"), None);

        // The pages come; the calls taken finish and are answered.
        for mut page in &held {
            use std::io::{Read, Write};
            let mut request = [0u8; 2048];
            let _ = page.read(&mut request).unwrap();
            page.write_all(
                b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\nconnection: close\r\n\r\n\
                  <html><head><title>held page</title></head></html>",
            )
            .unwrap();
        }
        let mut uris: Vec<String> = calls.into_iter().map(|c| c.join().unwrap()).collect();
        uris.push(after);
        (held, uris)
    });
    drop(held);
    hosted.stop(0);

    // Everything answered was done, once; nothing else was.
    let posted: Vec<String> = xrpc::post_texts(&person.did)
        .into_iter()
        .filter(|t| t.contains(&nonce))
        .collect();
    assert_eq!(posted.len(), TAKEN + 1, "{posted:?}");
    for text in texts
        .iter()
        .map(|t| t.as_str())
        .chain([format!("after {nonce}").as_str()])
    {
        assert_eq!(
            posted.iter().filter(|p| *p == text).count(),
            1,
            "{text}: {posted:?}"
        );
    }
    assert_eq!(
        uris.iter().collect::<std::collections::BTreeSet<_>>().len(),
        TAKEN + 1
    );
    let log = hosted.logs();
    assert!(log.contains("finishing the calls in flight"), "{log}");
}

#[test]
fn metrics_ask_for_the_operator_token_when_one_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("operator.token");
    let token = random_hex(16);
    std::fs::write(&file, &token).unwrap();
    let hosted = Hosted::start(&[("MCP_BLUESKY_TOKEN_FILE", file.to_str().unwrap())]);
    let metrics = |bearer: Option<&str>| {
        let mut request = hosted.http(1).get(format!("{}/metrics", hosted.public()));
        if let Some(bearer) = bearer {
            request = request.bearer_auth(bearer);
        }
        let answer = request.send().unwrap();
        (answer.status().as_u16(), answer.text().unwrap())
    };
    assert_eq!(metrics(None).0, 401);
    assert_eq!(metrics(Some(&random_hex(16))).0, 401);
    let (status, text) = metrics(Some(&token));
    assert_eq!(status, 200);
    assert!(
        text.contains("# TYPE mcp_bluesky_tool_calls_total counter"),
        "{text}"
    );
    // The rest of the server is unchanged: people's own tokens still rule /mcp.
    let (status, _) = hosted.call(0, &token, "bluesky_get_profile", json!({}));
    assert_eq!(status, 401);
    assert!(!hosted.logs().contains(&token));
}
