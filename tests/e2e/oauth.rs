//! OAuth login (`auth login --oauth`) on the local PDS: Debian's Chromium,
//! driven by playwright-core (`tests/localnet/oauth-browser.mjs`), signs in and
//! consents on the PDS's own pages; the CLI, the MCP server and a video upload
//! then work with the grant, and logging out revokes it.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

use crate::chat_standin::ChatStandIn;
use crate::harness::*;
use crate::video::{mp4, use_video_service};
use crate::video_standin::VideoStandIn;

/// `auth login --oauth --no-browser` under way: it has printed the sign-in
/// address on stderr and waits for the browser.
struct Login {
    child: Child,
    /// The stderr lines before the address.
    before: Vec<String>,
    url: String,
    rest: std::thread::JoinHandle<String>,
}

fn start_login(home: &Home, args: &[&str]) -> Login {
    let mut all = vec!["--json", "auth", "login", "--oauth", "--no-browser"];
    all.extend_from_slice(args);
    let mut child = home
        .command(&all)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut before = Vec::new();
    let url = loop {
        let line = lines
            .next()
            .unwrap_or_else(|| panic!("the login ended before printing an address: {before:?}"))
            .unwrap();
        if line.starts_with("http") {
            break line;
        }
        before.push(line);
    };
    let rest =
        std::thread::spawn(move || lines.map_while(Result::ok).collect::<Vec<_>>().join("\n"));
    Login {
        child,
        before,
        url,
        rest,
    }
}

impl Login {
    /// Waits for the login to end; its output, checked for secrets.
    fn finish(self) -> Out {
        let output = self.child.wait_with_output().unwrap();
        let stderr = format!(
            "{}\n{}\n{}",
            self.before.join("\n"),
            self.url,
            self.rest.join().unwrap()
        );
        let out = Out {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).unwrap(),
            stderr,
        };
        assert_no_secrets("stdout of the login", &out.stdout);
        assert_no_secrets("stderr of the login", &out.stderr);
        out
    }
}

/// Runs the browser over the sign-in address; what it reached and showed.
fn browser(plan: Value) -> Value {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/localnet/oauth-browser.mjs"
    );
    let out = Command::new("node")
        .arg(script)
        .arg(plan.to_string())
        .output()
        .expect("node runs (tests/run.sh puts Node 22 on PATH)");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        out.status.success(),
        "the browser failed\n{stdout}\n{stderr}"
    );
    assert_no_secrets("the browser's report", &stdout);
    assert_no_secrets("the browser's stderr", &stderr);
    serde_json::from_str(&stdout).expect("the browser prints JSON")
}

/// Logs `home` in to `me` with OAuth under the alias `mine`.
fn log_in(home: &Home, me: &Account) {
    let login = start_login(home, &[&me.handle, "--account", "mine", "--timeout", "60"]);
    browser(json!({"url": login.url, "password": me.password, "action": "approve"}));
    login.finish().ok();
}

/// A new home logged in to `me` with OAuth under the alias `mine`.
fn oauth_home(me: &Account) -> Home {
    let home = Home::new();
    log_in(&home, me);
    home
}

/// Sets the stored grant's access-token expiry to the past.
fn expire(home: &Home, alias: &str) -> Value {
    let before = home.session(alias);
    let mut stored = before.clone();
    stored["expires_at"] = "2020-01-01T00:00:00Z".into();
    std::fs::write(home.session_file(alias), stored.to_string()).unwrap();
    before
}

#[test]
fn an_oauth_login_posts_reads_serves_refreshes_and_logs_out() {
    let me = fresh_account();
    let home = Home::new();
    let login = start_login(&home, &[&me.handle, "--account", "mine", "--timeout", "60"]);
    // The address alone on its line: a script or a person can take it as is.
    assert!(
        login.url.starts_with(&format!(
            "{}/oauth/authorize?client_id=http%3A%2F%2Flocalhost",
            net().pds
        )),
        "{}",
        login.url
    );
    assert_eq!(login.url.trim(), login.url);
    let shown = browser(json!({"url": login.url, "password": me.password, "action": "approve"}));
    assert!(
        shown["page"]
            .as_str()
            .unwrap()
            .contains("Access granted to mcp-bluesky"),
        "{shown}"
    );
    let out = login.finish().ok().json();
    assert_eq!(out["login"], "oauth");
    assert_eq!(out["alias"], "mine");
    assert_eq!(out["handle"], me.handle.as_str());
    assert_eq!(out["did"], me.did.as_str());

    // One store for both kinds: 0600, the DPoP key and the exact client_id kept.
    let stored = home.session("mine");
    assert_eq!(stored["kind"], "oauth");
    assert!(
        stored["client_id"]
            .as_str()
            .unwrap()
            .starts_with("http://localhost?redirect_uri=http%3A%2F%2F127.0.0.1%3A"),
        "{}",
        stored["client_id"]
    );
    assert_eq!(stored["dpop_key"]["crv"], "P-256");
    let mode = std::fs::metadata(home.session_file("mine"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let listed = home.run(&["--json", "auth", "list"]).ok().json();
    assert_eq!(listed["accounts"][0]["login"], "oauth");
    assert!(listed["accounts"][0]["session_expires_at"].is_string());
    let status = home.run(&["--json", "status"]).ok().json();
    assert_eq!(status["accounts"][0]["login"], "oauth");
    assert_eq!(status["accounts"][0]["session"], "valid");
    // The self-test (config, status, a read, a dry-run post) passes on the grant.
    home.run(&["test"]).ok();

    // Posting and reading with DPoP-bound tokens.
    let posted = home
        .run(&["--json", "post", "written with an OAuth grant"])
        .ok()
        .json();
    let uri = posted["uri"].as_str().unwrap().to_string();
    assert_eq!(xrpc::record(&uri)["text"], "written with an OAuth grant");
    eventually("the post in the timeline", || {
        let feed = home.try_json(&["--json", "feed", "--limit", "10"])?;
        feed["posts"]
            .as_array()?
            .iter()
            .any(|p| p["uri"] == uri.as_str())
            .then_some(())
    });

    // An MCP tool over the same grant.
    let plan = json!({"calls": [
        {"name": "bluesky_post_text", "arguments": {"text": "an agent with an OAuth grant"}},
    ]});
    let (session, _) = client_session(home.mcp_client(&plan));
    let result = &session["results"][0];
    assert_eq!(result["isError"], false, "{result}");
    let agent_uri = result["structuredContent"]["uri"].as_str().unwrap();
    assert_eq!(
        xrpc::record(agent_uri)["text"],
        "an agent with an OAuth grant"
    );

    // An expired access token: four processes at once, one refresh.
    let before = expire(&home, "mine");
    assert_eq!(
        home.refreshes_in_parallel(4, &["profile"]),
        1,
        "one process refreshes, the others take its tokens"
    );
    let after = home.session("mine");
    assert_ne!(after["refresh_token"], before["refresh_token"]);
    assert_eq!(after["client_id"], before["client_id"]);
    assert_eq!(after["dpop_key"], before["dpop_key"]);
    // The rotated grant still works: no second use of a spent refresh token.
    home.run(&["profile"]).ok();

    // A grant past its lifetime: `status` says so without asking the PDS, and fails.
    let mut old = home.session("mine");
    old["granted_at"] = "2020-01-01T00:00:00Z".into();
    std::fs::write(home.session_file("mine"), old.to_string()).unwrap();
    let out = home.run(&["--json", "status"]);
    assert_eq!(out.code, 1, "{out:?}");
    let status = out.json();
    assert_eq!(status["accounts"][0]["session"], "expired");
    assert!(
        status["problems"][0]
            .as_str()
            .unwrap()
            .contains("the session ended at 2020-01-15T00:00:00Z: log in again: `mcp-bluesky auth login --oauth --alias mine"),
        "{status}"
    );
    std::fs::write(home.session_file("mine"), after.to_string()).unwrap();

    // Logging out revokes the grant: a copy of it kept aside stops working.
    let kept = home.session("mine");
    let out = home.run(&["--json", "auth", "logout", "mine"]).ok().json();
    assert_eq!(out["had_session"], true);
    assert!(out.get("revoke_error").is_none(), "{out}");
    assert!(!home.session_file("mine").exists());
    std::fs::write(home.session_file("mine"), kept.to_string()).unwrap();
    let out = home.run(&["profile"]);
    assert_eq!(out.code, 4, "{out:?}");
    assert!(out.stderr.contains("has ended"), "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!(
            "help: log in again: `mcp-bluesky auth login --oauth --alias mine {}`",
            me.handle
        )),
        "{}",
        out.stderr
    );
    // And the health check says so.
    assert_eq!(home.run(&["status"]).code, 1);
}

#[test]
fn an_access_token_the_pds_refuses_is_refreshed_once_and_the_call_made() {
    let me = fresh_account();
    let home = oauth_home(&me);
    let mut stored = home.session("mine");
    let token = stored["access_token"].as_str().unwrap().to_string();
    stored["access_token"] = format!("{}AAAA", &token[..token.len() - 4]).into();
    std::fs::write(home.session_file("mine"), stored.to_string()).unwrap();
    let out = home
        .run(&["--log-level", "debug", "--json", "profile"])
        .ok();
    assert_eq!(out.json()["did"], me.did.as_str());
    assert_eq!(
        out.stderr.matches("session refreshed").count(),
        1,
        "{}",
        out.stderr
    );
    assert_ne!(home.session("mine")["access_token"], stored["access_token"]);
}

#[test]
fn a_video_is_uploaded_with_service_auth_from_an_oauth_grant() {
    let service = VideoStandIn::start();
    let me = fresh_account();
    let home = oauth_home(&me);
    use_video_service(&home, &service, "30");
    let video = home.path().join("clip.mp4");
    std::fs::write(&video, mp4("oauth")).unwrap();
    let out = home
        .run(&[
            "--json",
            "post",
            "--video",
            video.to_str().unwrap(),
            "a clip",
        ])
        .ok()
        .json();
    let record = xrpc::record(out["uri"].as_str().unwrap());
    assert_eq!(record["embed"]["$type"], "app.bsky.embed.video");
    assert_eq!(
        service
            .counters
            .uploads
            .load(std::sync::atomic::Ordering::SeqCst),
        1
    );
}

#[test]
fn direct_messages_need_a_grant_with_the_chat_scope() {
    let chat = ChatStandIn::start();
    let me = fresh_account();
    let env = [("MCP_BLUESKY__CHAT_SERVICE", chat.service.as_str())];
    let home = oauth_home(&me);
    let out = home.run_with(&env, &["chat", "ls"], "");
    assert_ne!(out.code, 0, "{out:?}");
    assert!(
        out.stderr.contains("not granted direct messages")
            && out.stderr.contains("--scope transition:chat.bsky"),
        "{}",
        out.stderr
    );
    assert!(chat.calls().is_empty(), "{:?}", chat.calls());

    let home = Home::new();
    let login = start_login(
        &home,
        &[
            &me.handle,
            "--account",
            "mine",
            "--timeout",
            "60",
            "--scope",
            "atproto",
            "--scope",
            "transition:generic",
            "--scope",
            "transition:chat.bsky",
        ],
    );
    browser(json!({"url": login.url, "password": me.password, "action": "approve"}));
    login.finish().ok();
    let out = home.run_with(&env, &["chat", "ls"], "").ok();
    assert!(out.stdout.contains("No conversations."), "{out:?}");
    assert_eq!(chat.calls().len(), 1, "{:?}", chat.calls());
    assert_eq!(chat.calls()[0].iss, me.did);
}

#[test]
fn denying_consent_stores_nothing() {
    let me = fresh_account();
    let home = Home::new();
    let login = start_login(&home, &[&me.handle, "--timeout", "60"]);
    let shown = browser(json!({"url": login.url, "password": me.password, "action": "deny"}));
    assert!(
        shown["callback"]
            .as_str()
            .unwrap()
            .contains("error=access_denied"),
        "{shown}"
    );
    assert!(
        shown["page"].as_str().unwrap().contains("The login failed"),
        "{shown}"
    );
    let out = login.finish();
    assert_eq!(out.code, 4, "{out:?}");
    assert!(
        out.stderr.contains("ended without access: access_denied")
            && out.stderr.contains("nothing was stored"),
        "{}",
        out.stderr
    );
    assert!(!home.session_file(&me.handle).exists());
    let listed = home.run(&["--json", "auth", "list"]).ok().json();
    assert_eq!(listed["accounts"], json!([]));
}

#[test]
fn a_failed_token_exchange_is_an_error_not_a_crash() {
    let me = fresh_account();
    let home = Home::new();
    let login = start_login(&home, &[&me.handle, "--timeout", "60"]);
    let shown = browser(json!({"url": login.url, "password": me.password,
        "action": "approve", "tamperCode": true}));
    assert!(
        shown["page"].as_str().unwrap().contains("The login failed"),
        "{shown}"
    );
    let out = login.finish();
    assert_eq!(out.code, 4, "{out:?}");
    assert!(
        out.stderr
            .contains("did not exchange the authorization code for tokens; nothing was stored"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    assert!(!home.session_file(&me.handle).exists());
}

#[test]
fn a_browser_that_never_comes_back_times_out_and_stores_nothing() {
    let me = fresh_account();
    let home = Home::new();
    let login = start_login(&home, &[&me.handle, "--timeout", "2"]);
    let out = login.finish();
    assert_eq!(out.code, 4, "{out:?}");
    assert!(
        out.stderr
            .contains("the browser did not come back within 2 s"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--timeout SECONDS"), "{}", out.stderr);
    assert!(!home.session_file(&me.handle).exists());

    // Without a display (no DISPLAY here), no browser is tried: the address is printed.
    let out = home.run(&["auth", "login", "--oauth", "--timeout", "1", &me.handle]);
    assert_eq!(out.code, 4, "{out:?}");
    let authorize = format!("{}/oauth/authorize?", net().pds);
    assert!(
        out.stderr.lines().any(|l| l.starts_with(&authorize)),
        "{}",
        out.stderr
    );
}

#[test]
fn a_wrong_handle_or_a_pds_without_oauth_is_named_before_any_browser() {
    let home = Home::new();
    let out = home.run(&[
        "auth",
        "login",
        "--oauth",
        "--no-browser",
        "nobody-here.test",
    ]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr
            .contains("@nobody-here.test is not a known handle"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.lines().any(|l| l.starts_with("http")),
        "no sign-in address: {}",
        out.stderr
    );

    let out = home.run(&[
        "auth",
        "login",
        "--oauth",
        "--no-browser",
        &net().no_oauth_did,
    ]);
    assert_eq!(out.code, 5, "{out:?}");
    assert!(
        out.stderr.contains(&format!(
            "{} did not take an OAuth authorization request",
            net().appview
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("log in with an app password"),
        "{}",
        out.stderr
    );
    let listed = home.run(&["--json", "auth", "list"]).ok().json();
    assert_eq!(listed["accounts"], json!([]));
}

#[test]
fn a_running_server_takes_a_new_login_without_a_restart() {
    let me = fresh_account();
    let home = oauth_home(&me);
    let server = crate::http::start(&home, &[]);
    let post = |text: &str| {
        let plan = json!({"calls": [{"name": "bluesky_post_text", "arguments": {"text": text}}]});
        let mut client = home.mcp_client(&plan);
        client
            .env("MCP_SERVER_URL", &server.url)
            .env("MCP_SERVER_TOKEN", crate::http::TOKEN);
        let (session, _) = client_session(client);
        let result = session["results"][0].clone();
        assert_eq!(result["isError"], false, "{result}");
        xrpc::record(result["structuredContent"]["uri"].as_str().unwrap())
    };
    assert_eq!(post("with the first grant")["text"], "with the first grant");
    let first = home.session("mine");
    // The grant the server holds is revoked; a new login brings a new DPoP key.
    home.run(&["auth", "logout", "mine"]).ok();
    log_in(&home, &me);
    assert_ne!(home.session("mine")["dpop_key"], first["dpop_key"]);
    assert_eq!(
        post("with the second grant")["text"],
        "with the second grant"
    );
}
