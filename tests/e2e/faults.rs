//! Faults injected between the client and the PDS by the test proxy: lost
//! responses, server errors, broken answers, delays, a PDS that goes away,
//! an expired token under load, and a burst against the rate limit. Each test
//! prints the number it asserts.

use std::sync::atomic::Ordering;
use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::*;
use crate::http;

/// How many calls of a session's results succeeded.
fn succeeded(session: &Value) -> usize {
    session["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["isError"] == false)
        .count()
}

/// The most arrivals within any `window`.
fn busiest_window(times: &[std::time::Instant], window: Duration) -> usize {
    times
        .iter()
        .map(|t| {
            times
                .iter()
                .filter(|u| **u >= *t && u.duration_since(*t) < window)
                .count()
        })
        .max()
        .unwrap_or(0)
}

fn logged_in_through(proxy: &LossyProxy) -> (Home, Account) {
    let me = fresh_account();
    let home = Home::new();
    home.login_through(&proxy.url, &me).ok();
    (home, me)
}

#[test]
fn a_thousand_lost_create_responses_leave_no_duplicate() {
    let proxy = LossyProxy::start("com.atproto.repo.createRecord", usize::MAX);
    let (home, me) = logged_in_through(&proxy);
    let calls: Vec<Value> = (0..1000)
        .map(|i| json!({"name": "bluesky_post_text", "arguments": {"text": format!("lost reply {i}")}}))
        .collect();
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls, "parallel": true})));
    let failed = session["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["isError"] != false)
        .count();
    let posts = xrpc::post_texts(&me.did);
    let distinct: std::collections::HashSet<&String> = posts.iter().collect();
    let lost = proxy.calls.load(Ordering::SeqCst);
    println!(
        "lost createRecord responses: {lost}; posts: {}; duplicates: {}; failed calls: {failed}",
        posts.len(),
        posts.len() - distinct.len()
    );
    assert!(lost >= 1000, "every create lost its response");
    assert_eq!(failed, 0);
    assert_eq!(posts.len(), 1000);
    assert_eq!(distinct.len(), 1000, "duplicates");
}

#[test]
fn a_hundred_concurrent_calls_with_an_expired_token_refresh_once() {
    let proxy = LossyProxy::counting("com.atproto.server.refreshSession");
    let (home, me) = logged_in_through(&proxy);
    home.expire_access_token(&me.handle);
    let calls: Vec<Value> = (0..100)
        .map(|_| json!({"name": "bluesky_get_profile", "arguments": {}}))
        .collect();
    eventually("the AppView to know the account", || {
        home.try_json(&["--json", "profile", &me.did])
    });
    home.expire_access_token(&me.handle);
    let before = proxy.calls.load(Ordering::SeqCst);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls, "parallel": true})));
    let refreshes = proxy.calls.load(Ordering::SeqCst) - before;
    let ok = succeeded(&session);
    println!(
        "refreshSession calls for 100 concurrent calls with an expired token: {refreshes}; calls that succeeded: {ok}"
    );
    assert_eq!(ok, 100);
    assert_eq!(refreshes, 1);
}

#[test]
fn a_burst_of_a_thousand_calls_never_exceeds_the_rate() {
    let proxy = LossyProxy::counting("app.bsky.actor.getProfile");
    let (home, me) = logged_in_through(&proxy);
    eventually("the AppView to know the account", || {
        home.try_json(&["--json", "profile", &me.did])
    });
    let calls: Vec<Value> = (0..1000)
        .map(|_| json!({"name": "bluesky_get_profile", "arguments": {"handle": me.did}}))
        .collect();
    let mut client = home.mcp_client(&json!({"calls": calls, "parallel": true}));
    // At most 500 calls in any 5 seconds, 50 of them at once (then 90 a second).
    client
        .env("RATE_LIMIT_REQUESTS", "500")
        .env("RATE_LIMIT_WINDOW", "5")
        .env("RATE_LIMIT_BURST", "50");
    proxy.times.lock().unwrap().clear();
    let (session, _) = client_session(client);
    let ok = succeeded(&session);
    let times = proxy.times.lock().unwrap().clone();
    let busiest = busiest_window(&times, Duration::from_secs(5));
    println!(
        "{} getProfile requests for 1000 calls ({ok} succeeded); busiest 5 s: {busiest} (limit 500)",
        times.len()
    );
    assert!(times.len() >= 1000);
    assert!(busiest <= 500, "{busiest} requests in 5 seconds");
    assert_eq!(ok, 1000, "every call waited its turn (20 s at most)");
}

#[test]
fn server_errors_and_broken_answers_are_retried_client_errors_are_not() {
    // Two 502s, then the real answer.
    let proxy = LossyProxy::failing_first("app.bsky.actor.getProfile", 2, "502 Bad Gateway");
    let (home, me) = logged_in_through(&proxy);
    let out = home.run(&["--json", "profile", &me.did]);
    println!(
        "502 502 then OK: {} getProfile requests, exit {}",
        proxy.calls.load(Ordering::SeqCst),
        out.code
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(proxy.calls.load(Ordering::SeqCst), 3);

    // A 400 is final.
    let proxy = LossyProxy::failing_first("app.bsky.actor.getProfile", 1, "400 Bad Request");
    let (home, me) = logged_in_through(&proxy);
    let out = home.run(&["--json", "profile", &me.did]);
    println!(
        "400: {} getProfile request, exit {}",
        proxy.calls.load(Ordering::SeqCst),
        out.code
    );
    assert_eq!(out.code, 2, "{out:?}");
    assert_eq!(proxy.calls.load(Ordering::SeqCst), 1);

    // An answer cut mid-body is a network failure: read again.
    let proxy = LossyProxy::cutting("app.bsky.actor.getProfile", 1);
    let (home, me) = logged_in_through(&proxy);
    let out = home.run(&["--json", "profile", &me.did]);
    println!(
        "cut answer: {} getProfile requests, exit {}",
        proxy.calls.load(Ordering::SeqCst),
        out.code
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(proxy.calls.load(Ordering::SeqCst), 2);
}

#[test]
fn cut_and_delayed_create_answers_still_make_one_post() {
    let proxy = LossyProxy::cutting("com.atproto.repo.createRecord", 1);
    let (home, me) = logged_in_through(&proxy);
    home.run(&["post", "cut mid-answer"]).ok();
    let delayed = LossyProxy::delaying("com.atproto.repo.createRecord", Duration::from_secs(2));
    home.move_session_to(&me.handle, &delayed.url);
    home.run(&["post", "answered late"]).ok();
    let posts = xrpc::post_texts(&me.did);
    println!("posts after a cut and a delayed create: {posts:?}");
    assert_eq!(posts.len(), 2);
}

/// One JSON-RPC exchange with the HTTP server: the answer to `body` and the
/// session id the server gave, if any.
fn rpc(url: &str, session: Option<&str>, body: Value) -> (Value, Option<String>) {
    let (_, answer, id) =
        http::exchange(&reqwest::blocking::Client::new(), url, &[], session, body);
    (answer, id)
}

#[test]
fn the_server_outlives_a_pds_that_goes_away_and_comes_back() {
    let proxy = LossyProxy::counting("app.bsky.actor.getProfile");
    let (home, me) = logged_in_through(&proxy);
    eventually("the AppView to know the account", || {
        home.try_json(&["--json", "profile", &me.did])
    });
    let mut server = http::start_with(&home, &[]);
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "faults", "version": "1"}}});
    let (_, session) = rpc(&server.url, None, init);
    let session = session.expect("a session");
    let initialized = json!({"jsonrpc": "2.0", "method": "notifications/initialized"});
    rpc(&server.url, Some(&session), initialized);
    let url = server.url.clone();
    let call = |id: u64| {
        let body = json!({"jsonrpc": "2.0", "id": id, "method": "tools/call",
            "params": {"name": "bluesky_get_profile", "arguments": {"handle": me.did}}});
        rpc(&url, Some(&session), body).0["result"].clone()
    };

    assert_eq!(call(2)["isError"], false);
    proxy.down.store(true, Ordering::SeqCst);
    let away = call(3);
    let text = away["content"][0]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    println!("while the PDS is away: {text}");
    assert_eq!(away["isError"], true, "{away}");
    assert!(
        text.contains("getProfile") && text.contains("reachable"),
        "{text}"
    );
    assert!(server.alive(), "the server survives");
    proxy.down.store(false, Ordering::SeqCst);
    let back = call(4);
    println!("once it is back: isError = {}", back["isError"]);
    assert_eq!(back["isError"], false, "{back}");
    assert!(server.alive());
}

#[test]
fn sigterm_lets_the_calls_in_flight_finish() {
    let proxy = LossyProxy::delaying("app.bsky.actor.getProfile", Duration::from_secs(3));
    let (home, me) = logged_in_through(&proxy);
    let mut server = http::start_with(&home, &[]);
    let plan = json!({"calls": [{"name": "bluesky_get_profile", "arguments": {"handle": me.did}}]});
    let mut client = home.mcp_client(&plan);
    client.env("MCP_SERVER_URL", &server.url);
    let client = client
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    eventually("the call to reach the PDS", || {
        (proxy.calls.load(Ordering::SeqCst) > 0).then_some(())
    });
    server.terminate();
    std::thread::sleep(Duration::from_millis(500));
    let refused = reqwest::blocking::get(server.url.replace("/mcp", "/healthz"));
    assert!(
        refused.is_err(),
        "no new connection after SIGTERM: {refused:?}"
    );
    let out = client.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let session: Value = serde_json::from_str(&stdout).unwrap();
    let result = &session["results"][0];
    println!(
        "the call in flight at SIGTERM: isError = {}",
        result["isError"]
    );
    assert_eq!(result["isError"], false, "{result}");
    assert_eq!(result["structuredContent"]["did"], me.did.as_str());
    let status = server.exit_status();
    assert!(status.success(), "{status:?}");
}

#[test]
fn one_client_has_at_most_sixteen_calls_running() {
    let proxy = LossyProxy::delaying("app.bsky.actor.getProfile", Duration::from_secs(1));
    let (home, me) = logged_in_through(&proxy);
    eventually("the AppView to know the account", || {
        home.try_json(&["--json", "profile", &me.did])
    });
    let server = http::start_with(&home, &[]);
    let calls: Vec<Value> = (0..40)
        .map(|_| json!({"name": "bluesky_get_profile", "arguments": {"handle": me.did}}))
        .collect();
    let mut client = home.mcp_client(&json!({"calls": calls, "parallel": true}));
    client.env("MCP_SERVER_URL", &server.url);
    proxy.times.lock().unwrap().clear();
    let (session, _) = client_session(client);
    let ok = succeeded(&session);
    // Each call holds the PDS for a second: calls within a second overlapped.
    let times = proxy.times.lock().unwrap().clone();
    let most = busiest_window(&times, Duration::from_millis(900));
    println!(
        "40 parallel calls from one client: {ok} succeeded; at most {most} running at once (limit 16)"
    );
    assert_eq!(ok, 40);
    assert!(most <= 16, "{most}");
    assert!(most >= 8, "calls do run in parallel: {most}");
}

#[test]
fn a_rate_limited_refresh_keeps_the_session_and_says_when_to_retry() {
    let proxy =
        LossyProxy::rate_limited("com.atproto.server.refreshSession", "retry-after: 120\r\n");
    let (home, me) = logged_in_through(&proxy);
    home.expire_access_token(&me.handle);
    let session = std::fs::read(home.session_file(&me.handle)).unwrap();
    let logins_file = home
        .path()
        .join(format!("state/mcp-bluesky/logins/{}.json", me.handle));
    let logins = std::fs::read(&logins_file).unwrap();
    // With a password at hand, a login would be possible: it must not happen.
    let with_password = [
        ("BLUESKY_USERNAME", me.handle.as_str()),
        ("BLUESKY_PASSWORD", me.password.as_str()),
    ];
    let out = home.run_with(&with_password, &["profile"], "");
    println!("429 on refreshSession: exit {}, {}", out.code, out.stderr);
    assert_eq!(out.code, 5, "{out:?}");
    assert!(out.stderr.contains("rate limit"), "{}", out.stderr);
    assert!(out.stderr.contains("help: retry after"), "{}", out.stderr);
    assert!(!out.stderr.contains("log in again"), "{}", out.stderr);
    assert_eq!(
        proxy.calls.load(Ordering::SeqCst),
        1,
        "one refresh, not retried"
    );
    assert_eq!(
        std::fs::read(home.session_file(&me.handle)).unwrap(),
        session
    );
    assert_eq!(
        std::fs::read(&logins_file).unwrap(),
        logins,
        "a login was spent"
    );
    // Once the PDS answers again, the kept session refreshes and works.
    home.move_session_to(&me.handle, &net().pds);
    home.run(&["profile"]).ok();
}

#[test]
fn a_failing_handle_lookup_is_not_an_unknown_handle() {
    let bob = account("bob");
    let limited =
        LossyProxy::rate_limited("com.atproto.identity.resolveHandle", "retry-after: 120\r\n");
    let (home, me) = logged_in_through(&limited);
    for args in [
        vec!["profile", bob.handle.as_str()],
        vec!["post", "--dry-run", "hello @bob.test"],
    ] {
        let out = home.run(&args);
        println!("429 on resolveHandle, {args:?}: exit {}", out.code);
        assert_eq!(out.code, 5, "{out:?}");
        assert!(out.stderr.contains("rate limit"), "{}", out.stderr);
        assert!(!out.stderr.contains("not a known handle"), "{}", out.stderr);
    }
    let failing = LossyProxy::refusing("com.atproto.identity.resolveHandle", 0);
    home.move_session_to(&me.handle, &failing.url);
    let out = home.run(&["profile", &bob.handle]);
    println!("503 on resolveHandle: exit {}", out.code);
    assert_eq!(out.code, 5, "{out:?}");
    assert!(out.stderr.contains("HTTP 503"), "{}", out.stderr);
    assert!(!out.stderr.contains("not a known handle"), "{}", out.stderr);
    // An unknown handle is still said to be one.
    home.move_session_to(&me.handle, &net().pds);
    let out = home.run(&["profile", "nobody-here.test"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("not a known handle"), "{}", out.stderr);
}

#[test]
fn a_follow_does_not_wait_for_the_appview_to_know_the_account() {
    // The AppView answers every getProfile as for an account it has not indexed.
    let proxy = LossyProxy::failing_first("app.bsky.actor.getProfile", 1000, "400 Bad Request");
    let (home, me) = logged_in_through(&proxy);
    let newcomer = fresh_account();
    let out = home.run(&["--json", "follow", &newcomer.handle]);
    println!("follow while the AppView lags: exit {}", out.code);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.json()["action"], "followed");
    // Following again finds the record in the repository: no second follow.
    let again = home
        .run(&["--json", "follow", &newcomer.handle])
        .ok()
        .json();
    assert_eq!(again["unchanged"], true, "{again}");
    let follows = xrpc::records(&me.did, "app.bsky.graph.follow");
    assert_eq!(follows.len(), 1, "{follows:?}");
    assert!(
        proxy.calls.load(Ordering::SeqCst) >= 2,
        "getProfile was asked"
    );
    home.run(&["unfollow", &newcomer.handle]).ok();
    assert!(xrpc::records(&me.did, "app.bsky.graph.follow").is_empty());
}

#[test]
fn a_rate_limited_record_lookup_is_not_a_missing_record() {
    let proxy = LossyProxy::rate_limited("com.atproto.repo.getRecord", "retry-after: 120\r\n");
    let (home, me) = logged_in_through(&proxy);
    let post = home.run(&["--json", "post", "still here"]).ok().json();
    let out = home.run(&["delete", post["uri"].as_str().unwrap()]);
    println!("429 on getRecord during a delete: exit {}", out.code);
    assert_eq!(out.code, 5, "{out:?}");
    assert!(out.stderr.contains("rate limit"), "{}", out.stderr);
    assert!(!out.stderr.contains("does not exist"), "{}", out.stderr);
    assert_eq!(xrpc::post_texts(&me.did), vec!["still here"]);
}
