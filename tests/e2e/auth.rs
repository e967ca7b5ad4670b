use crate::harness::*;

#[test]
fn login_stores_a_private_session_and_accepts_at_sign() {
    let home = Home::new();
    let a = account("alice");
    let out = home
        .run_with_stdin(
            &[
                "auth",
                "login",
                &format!("@{}", a.handle),
                "--password-stdin",
            ],
            &format!("{}\n", a.password),
        )
        .ok();
    assert!(out.stdout.contains(&a.did), "{}", out.stdout);
    let session = home.session_file(&a.handle);
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&session).unwrap().permissions(),
    );
    assert_eq!(mode & 0o777, 0o600);
    let list = home.run(&["--json", "auth", "list"]).ok().json();
    assert_eq!(list["accounts"][0]["handle"], a.handle.as_str());
    assert_eq!(list["accounts"][0]["logged_in"], true);
    assert_eq!(list["accounts"][0]["default"], true);
    home.assert_files_hold_no_secrets();
}

#[test]
fn wrong_password_names_the_account_and_fails() {
    let home = Home::new();
    let out = home.run_with_stdin(
        &["auth", "login", "bob.test", "--password-stdin"],
        "not-the-password\n",
    );
    assert_eq!(out.code, 4, "{out:?}");
    assert!(
        out.stderr.contains("login failed for account `bob.test`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("Invalid identifier or password"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("help:"), "{}", out.stderr);
    assert!(!home.session_file("bob.test").exists());
}

#[test]
fn stored_session_is_resumed_without_logging_in_again() {
    let home = Home::logged_in("alice");
    let session = home.session_file("alice.test");
    let before = std::fs::read(&session).unwrap();
    for _ in 0..3 {
        home.run(&["feed", "-n", "1"]).ok();
    }
    assert_eq!(
        std::fs::read(&session).unwrap(),
        before,
        "no new login or refresh rewrote the session"
    );
}

#[test]
fn expired_access_token_is_refreshed_and_saved() {
    let home = Home::logged_in("bob");
    let path = home.session_file("bob.test");
    let mut stored: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let old_refresh = stored["refresh_jwt"].as_str().unwrap().to_string();
    // An access token whose `exp` has passed: the client must refresh before using it.
    stored["access_jwt"] = "eyJhbGciOiJub25lIn0.eyJleHAiOjEwMDAwMDAwMDB9.x".into();
    std::fs::write(&path, serde_json::to_vec(&stored).unwrap()).unwrap();
    home.run(&["feed", "-n", "1"]).ok();
    let refreshed: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_ne!(
        refreshed["refresh_jwt"].as_str().unwrap(),
        old_refresh,
        "refresh tokens rotate"
    );
    assert_ne!(refreshed["access_jwt"], stored["access_jwt"]);
}

#[test]
fn logout_forgets_the_session_and_commands_then_say_how_to_log_in() {
    let home = Home::new();
    home.login("carol").ok();
    home.run(&["auth", "logout"]).ok();
    assert!(!home.session_file("carol.test").exists());
    let out = home.run(&["feed"]);
    assert_eq!(out.code, 4);
    assert!(
        out.stderr.contains("mcp-bluesky auth login"),
        "{}",
        out.stderr
    );
}

#[test]
fn password_file_logs_in_once_on_first_use() {
    let home = Home::new();
    let bob = account("bob");
    let secret = home.path().join("bob-password");
    std::fs::write(&secret, format!("{}\n", bob.password)).unwrap();
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    std::fs::write(
        home.config_file(),
        format!(
            "accounts:\n  b:\n    handle: '@{}'\n    password_file: {}\n",
            bob.handle,
            secret.display()
        ),
    )
    .unwrap();
    home.run(&["feed", "-n", "1"]).ok();
    assert!(home.session_file("b").exists());
    let shown = home.run(&["config", "show"]).ok();
    assert!(shown.stdout.contains("<read from"), "{}", shown.stdout);
}
