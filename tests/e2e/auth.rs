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
    let before = home.expire_access_token("bob.test");
    home.run(&["feed", "-n", "1"]).ok();
    let after = home.session("bob.test");
    // Compared without printing: a failure must not show the tokens.
    assert!(
        after["refresh_jwt"] != before["refresh_jwt"],
        "refresh tokens rotate"
    );
    let access = after["access_jwt"].as_str().unwrap();
    assert!(
        access.len() > 100 && !access.ends_with(".x"),
        "a real access token replaced the expired one"
    );
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
    // Kept outside the home, which must hold no secret but the session.
    let secrets = tempfile::tempdir().unwrap();
    let secret = secrets.path().join("bob-password");
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

#[test]
fn killing_the_process_while_it_refreshes_never_corrupts_the_session() {
    let home = Home::new();
    let me = fresh_account();
    home.login_as(&me).ok();
    let path = home.session_file(&me.handle);
    for delay_ms in [0u64, 5, 10, 20, 30, 45, 60, 80, 120, 200] {
        let before = home.expire_access_token(&me.handle);
        // Every run must refresh, and so rewrite the session; kill it at some point of that.
        let mut child = home
            .command(&["feed", "-n", "1"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        child.kill().ok();
        child.wait().unwrap();
        let text = std::fs::read_to_string(&path).expect("the session file is still there");
        let after: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| {
            panic!("killed after {delay_ms} ms, the session is damaged ({e}): {text}")
        });
        assert_eq!(after["did"], before["did"]);
        assert!(after["refresh_jwt"].as_str().is_some_and(|t| t.len() > 20));
        let sessions = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "json")
            })
            .count();
        assert_eq!(sessions, 1, "no partial session file appears");
    }
}

/// `script` (util-linux) gives the login a real terminal: the password is typed
/// at the prompt, and the transcript must not show it.
#[test]
fn interactive_login_prompts_for_the_password_without_echo() {
    let home = Home::new();
    let alice = account("alice");
    let login = format!("{BIN} auth login {}", alice.handle);
    let mut child = home
        .program("script", &["-qec", &login, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("script(1) runs");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let transcript = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let reader = {
        let transcript = transcript.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 256];
            while let Ok(n @ 1..) = std::io::Read::read(&mut stdout, &mut buf) {
                transcript.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        })
    };
    // Typed only once the prompt is up: the terminal hides input only while it waits.
    let prompt = format!("App password for {}:", alice.handle);
    eventually("the password prompt", || {
        String::from_utf8_lossy(&transcript.lock().unwrap())
            .contains(&prompt)
            .then_some(())
    });
    // rpassword turns echo off right after printing the prompt; give it that moment.
    std::thread::sleep(std::time::Duration::from_millis(100));
    std::io::Write::write_all(&mut stdin, format!("{}\n", alice.password).as_bytes()).unwrap();
    let status = child.wait().unwrap();
    reader.join().unwrap();
    let transcript = String::from_utf8_lossy(&transcript.lock().unwrap()).to_string();
    assert!(status.success(), "{transcript}");
    assert!(
        transcript.contains("Logged in as @alice.test"),
        "{transcript}"
    );
    assert_no_secrets("the terminal transcript", &transcript);
    assert!(home.session_file(&alice.handle).exists());
}

#[test]
fn processes_sharing_a_session_refresh_it_once() {
    let home = Home::new();
    let me = fresh_account();
    home.login_as(&me).ok();
    home.expire_access_token(&me.handle);
    assert_eq!(
        home.refreshes_in_parallel(4, &["feed", "-n", "1"]),
        1,
        "one process refreshes, the others take its session"
    );
}

#[test]
fn a_revoked_session_says_to_log_in_again_every_time() {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    let session = home.expire_access_token(&me.handle);
    let refresh = session["refresh_jwt"].as_str().unwrap();
    let revoked = reqwest::blocking::Client::new()
        .post(format!(
            "{}/xrpc/com.atproto.server.deleteSession",
            net().pds
        ))
        .bearer_auth(refresh)
        .send()
        .unwrap();
    assert!(revoked.status().is_success(), "{}", revoked.status());

    for _ in 0..3 {
        let out = home.run(&["profile"]);
        assert_eq!(out.code, 4, "{out:?}");
        assert!(
            out.stderr.contains("has ended")
                && out.stderr.contains(&format!(
                    "help: log in again: `mcp-bluesky auth login --alias {0} {0}`",
                    me.handle
                )),
            "{}",
            out.stderr
        );
    }
}
