use crate::harness::*;

#[test]
fn status_reports_a_valid_session_and_a_reachable_pds() {
    let home = Home::logged_in("bob");
    let out = home.run(&["--json", "status"]).ok().json();
    assert_eq!(out["ok"], true);
    let account = &out["accounts"][0];
    assert_eq!(account["handle"], "bob.test");
    assert_eq!(account["session"], "valid");
    assert_eq!(account["pds_reachable"], true);
    assert!(account["pds_latency_ms"].as_f64().unwrap() > 0.0);
    assert!(account["session_expires_at"].as_str().is_some());
}

#[test]
fn status_fails_without_an_account() {
    let home = Home::new();
    let out = home.run(&["status"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("no account is set up"),
        "{}",
        out.stdout
    );
}

#[test]
fn status_fails_when_the_pds_is_unreachable() {
    let home = Home::logged_in("bob");
    home.move_session_to("bob.test", "http://127.0.0.1:9");
    let out = home.run(&["--json", "status"]);
    assert_eq!(out.code, 1);
    let json = out.json();
    assert_eq!(json["accounts"][0]["pds_reachable"], false);
    assert!(
        json["problems"][0]
            .as_str()
            .unwrap()
            .contains("does not answer")
    );
}

#[test]
fn self_test_passes_for_a_working_account_and_posts_nothing() {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    eventually("the AppView to know the new account", || {
        home.try_json(&["--json", "profile"])
    });
    let out = home.run(&["--json", "test"]).ok().json();
    assert_eq!(out["ok"], true, "{out}");
    let names: Vec<&str> = out["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["config", "account", "read", "dry-run post"]);
    assert_eq!(
        xrpc::post_texts(&me.did),
        Vec::<String>::new(),
        "nothing is posted"
    );
}

#[test]
fn self_test_says_what_to_fix() {
    let home = Home::new();
    let out = home.run(&["test"]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.contains("FAIL account"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("fix: run `mcp-bluesky auth login HANDLE`"),
        "{}",
        out.stdout
    );

    let logged_in = Home::logged_in("bob");
    logged_in.move_session_to("bob.test", "http://127.0.0.1:9");
    let out = logged_in.run(&["--json", "test"]);
    assert_eq!(out.code, 1);
    let checks = out.json()["checks"].clone();
    assert_eq!(checks[1]["ok"], false);
    assert!(
        checks[1]["detail"]
            .as_str()
            .unwrap()
            .contains("http://127.0.0.1:9 does not answer"),
        "{checks}"
    );
}
