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
    let path = home.session_file("bob.test");
    let mut stored: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    stored["pds_url"] = "http://127.0.0.1:9".into();
    std::fs::write(&path, serde_json::to_vec(&stored).unwrap()).unwrap();
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
