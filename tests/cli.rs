//! The command line without a network: help texts, configuration handling and
//! errors, as a user sees them.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_mcp-bluesky");

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// The binary with `args`, in a home of its own and nothing else of the environment.
fn command(home: &std::path::Path, args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"));
    command
}

fn run(home: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = command(home, args)
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

const COMMANDS: &[&[&str]] = &[
    &[],
    &["post"],
    &["reply"],
    &["like"],
    &["unlike"],
    &["repost"],
    &["unrepost"],
    &["follow"],
    &["unfollow"],
    &["delete"],
    &["feed"],
    &["thread"],
    &["show"],
    &["search"],
    &["notifications"],
    &["profile"],
    &["likes"],
    &["reposts"],
    &["quotes"],
    &["followers"],
    &["follows"],
    &["mute"],
    &["unmute"],
    &["block"],
    &["unblock"],
    &["mutes"],
    &["blocks"],
    &["reply-controls"],
    &["hide"],
    &["unhide"],
    &["list"],
    &["list", "create"],
    &["list", "update"],
    &["list", "delete"],
    &["list", "add"],
    &["list", "remove"],
    &["list", "show"],
    &["list", "ls"],
    &["list", "mute"],
    &["list", "unmute"],
    &["list", "block"],
    &["list", "unblock"],
    &["bookmark"],
    &["bookmark", "add"],
    &["bookmark", "rm"],
    &["bookmark", "ls"],
    &["trends"],
    &["chat"],
    &["chat", "ls"],
    &["chat", "read"],
    &["chat", "open"],
    &["chat", "send"],
    &["chat", "mark-read"],
    &["hosted"],
    &["hosted", "keygen"],
    &["hosted", "users"],
    &["hosted", "revoke"],
    &["draft"],
    &["draft", "ls"],
    &["draft", "rm"],
    &["draft", "send"],
    &["draft", "edit"],
    &["auth"],
    &["auth", "login"],
    &["auth", "logout"],
    &["auth", "list"],
    &["auth", "default"],
    &["status"],
    &["test"],
    &["config"],
    &["config", "show"],
    &["config", "path"],
    &["config", "init"],
    &["config", "check"],
    &["serve"],
    &["mcp-config"],
    &["completions"],
];

#[test]
fn help_of_every_command() {
    let home = tempfile::tempdir().unwrap();
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.push("--help");
        let out = run(home.path(), &args, &[]);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        let name = if command.is_empty() {
            "help".to_string()
        } else {
            format!("help_{}", command.join("_"))
        };
        insta::assert_snapshot!(name, out.stdout);
    }
    // A new command must join the list above.
    let top = run(home.path(), &["--help"], &[]).stdout;
    let listed = top
        .split("Commands:")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap()
        .lines()
        .filter_map(|line| line.strip_prefix("  ").filter(|l| !l.starts_with(' ')))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help");
    for name in listed {
        assert!(
            COMMANDS.iter().any(|c| c == &[name]),
            "`{name}` has no help snapshot: add it to COMMANDS"
        );
    }
}

#[test]
fn top_level_help_lists_the_main_commands() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["--help"], &[]);
    for command in [
        "serve",
        "post",
        "reply",
        "like",
        "unlike",
        "repost",
        "unrepost",
        "follow",
        "unfollow",
        "delete",
        "feed",
        "thread",
        "show",
        "search",
        "notifications",
        "profile",
        "auth",
        "status",
        "config",
        "mcp-config",
        "completions",
    ] {
        assert!(
            out.stdout.contains(&format!("\n  {command} ")),
            "{command} missing:\n{}",
            out.stdout
        );
    }
}

#[test]
fn unknown_config_key_names_file_line_and_key() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("bad.yaml");
    std::fs::write(
        &file,
        "pds_url: https://bsky.social\nrate_limit:\n  requests: 10\n  burts: 5\n",
    )
    .unwrap();
    let out = run(
        home.path(),
        &["--config", file.to_str().unwrap(), "status"],
        &[],
    );
    assert_eq!(out.code, 3);
    assert!(
        out.stderr.contains(file.to_str().unwrap()),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("line 4"), "{}", out.stderr);
    assert!(
        out.stderr.contains("unknown field `burts`"),
        "{}",
        out.stderr
    );
}

#[test]
fn wrong_type_in_config_names_file_line_and_key() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("bad.yaml");
    std::fs::write(&file, "cache_max_size: lots\n").unwrap();
    let out = run(
        home.path(),
        &["--config", file.to_str().unwrap(), "config", "show"],
        &[],
    );
    assert_eq!(out.code, 3);
    assert!(out.stderr.contains("line 1"), "{}", out.stderr);
    assert!(out.stderr.contains("cache_max_size"), "{}", out.stderr);
}

#[test]
fn config_show_redacts_secrets() {
    let home = tempfile::tempdir().unwrap();
    let secret_file = home.path().join("pw");
    std::fs::write(&secret_file, "file-secret-123").unwrap();
    let command_secret = home.path().join("pw2");
    std::fs::write(&command_secret, "cmd-secret-456").unwrap();
    let config = home.path().join("config.yaml");
    std::fs::write(
        &config,
        format!(
            "default_account: main\naccounts:\n  main:\n    handle: '@Main.example.com'\n    password_file: {}\n  work:\n    handle: work.example.com\n    password_command: cat {}\nlangs: [en, de]\n",
            secret_file.display(),
            command_secret.display()
        ),
    )
    .unwrap();
    let env = [
        ("BLUESKY_USERNAME", "env.example.com"),
        ("BLUESKY_PASSWORD", "env-secret-789"),
        ("RATE_LIMIT_REQUESTS", "120"),
    ];
    let out = run(
        home.path(),
        &["--config", config.to_str().unwrap(), "config", "show"],
        &env,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    for secret in ["file-secret-123", "cmd-secret-456", "env-secret-789"] {
        assert!(
            !out.stdout.contains(secret) && !out.stderr.contains(secret),
            "{secret} leaked"
        );
    }
    let home_str = home.path().to_str().unwrap().to_string();
    insta::with_settings!({filters => vec![(home_str.as_str(), "[HOME]")]}, {
        insta::assert_snapshot!(out.stdout);
    });
}

#[test]
fn config_init_writes_a_file_that_loads() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["config", "init"], &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let path = home.path().join("config/mcp-bluesky/config.yaml");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("password_file")
    );
    assert_eq!(run(home.path(), &["config", "check"], &[]).code, 0);
    let again = run(home.path(), &["config", "init"], &[]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    let path_out = run(home.path(), &["config", "path"], &[]);
    assert_eq!(path_out.stdout.trim(), path.to_str().unwrap());
    std::fs::write(&path, "toolsets: [read, gossip]\n").unwrap();
    let check = run(home.path(), &["config", "check"], &[]);
    assert_eq!(check.code, 1, "{}", check.stdout);
    assert!(
        check.stdout.contains("there is no toolset `gossip`"),
        "{}",
        check.stdout
    );
}

#[test]
fn login_without_a_password_outside_a_terminal_explains_the_options() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["auth", "login", "someone.example.com"], &[]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--password-stdin"), "{}", out.stderr);
}

#[test]
fn commands_without_an_account_say_how_to_log_in() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["feed"], &[]);
    assert_eq!(out.code, 4);
    assert!(
        out.stderr.contains("no Bluesky account is set up"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("mcp-bluesky auth login"),
        "{}",
        out.stderr
    );
}

#[test]
fn completions_are_generated_for_every_shell() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = run(home.path(), &["completions", shell], &[]);
        assert_eq!(out.code, 0, "{shell}");
        assert!(out.stdout.contains("mcp-bluesky"), "{shell}");
        assert!(out.stdout.contains("post"), "{shell}");
    }
}

/// Runs the binary with its stdout a pipe whose reader is already gone, as
/// `| head` leaves it: every write fails with EPIPE.
fn run_into_closed_pipe(home: &std::path::Path, args: &[&str]) -> Run {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = command(home, args).stdout(writer).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::new(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["completions", "bash"][..],
        &["--help"],
        &["config", "show"],
    ] {
        let out = run_into_closed_pipe(home.path(), args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "{args:?}: {}", out.stderr);
        assert!(out.stderr.is_empty(), "{args:?}: {}", out.stderr);
    }
}

/// Every file under `dir`, by path relative to it.
fn files_under(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

#[test]
fn checked_in_completions_and_man_pages_are_current() {
    let home = tempfile::tempdir().unwrap();
    let out_dir = home.path().join("generated");
    let out = run(
        home.path(),
        &["completions", "--out-dir", out_dir.to_str().unwrap()],
        &[],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let generated = files_under(&out_dir);
    let checked_in =
        files_under(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions"));
    assert!(
        generated.contains_key("man/mcp-bluesky.1") && generated.contains_key("mcp-bluesky.bash")
    );
    let names =
        |m: &std::collections::BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&checked_in),
        names(&generated),
        "completions/ lacks or has extra files: run `cargo run -- completions --out-dir completions`"
    );
    for (name, content) in &generated {
        assert!(
            checked_in[name] == *content,
            "completions/{name} is out of date: run `cargo run -- completions --out-dir completions`"
        );
    }
}

#[test]
fn mcp_config_entries_start_this_server() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["mcp-config", "claude"], &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let entry: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let server = &entry["mcpServers"]["bluesky"];
    let command = server["command"].as_str().unwrap();
    assert_eq!(
        std::path::Path::new(command),
        std::path::Path::new(BIN).canonicalize().unwrap()
    );
    let args: Vec<&str> = server["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    // What the client would run answers `initialize`.
    let mut child = Command::new(command)
        .args(&args)
        .env_clear()
        .env("HOME", home.path())
        .env("XDG_STATE_HOME", home.path().join("state"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let init = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#;
    std::io::Write::write_all(
        child.stdin.as_mut().unwrap(),
        format!("{init}\n").as_bytes(),
    )
    .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let answer: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(answer["result"]["serverInfo"]["name"], "mcp-bluesky");

    let vscode = run(
        home.path(),
        &[
            "mcp-config",
            "vscode",
            "--read-only",
            "--toolsets",
            "read,engage",
        ],
        &[],
    );
    let entry: serde_json::Value = serde_json::from_str(&vscode.stdout).unwrap();
    assert_eq!(entry["servers"]["bluesky"]["type"], "stdio");
    assert_eq!(
        entry["servers"]["bluesky"]["args"],
        serde_json::json!(["serve", "--toolsets", "read,engage", "--read-only"])
    );
    let codex = run(home.path(), &["mcp-config", "codex", "--name", "sky"], &[]);
    assert!(
        codex.stdout.starts_with("[mcp_servers.sky]\ncommand = \"/"),
        "{}",
        codex.stdout
    );
    assert!(
        codex.stdout.contains("args = [\"serve\"]"),
        "{}",
        codex.stdout
    );
}

/// The first line `serve` logs on stderr, with these extra arguments and environment.
fn first_log_line(home: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> String {
    use std::io::BufRead;
    let mut all = vec!["serve", "--listen", "127.0.0.1:0"];
    all.extend(args);
    let mut child = command(home, &all)
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    line
}

#[test]
fn logs_are_json_lines_when_asked() {
    let home = tempfile::tempdir().unwrap();
    let human = first_log_line(home.path(), &[], &[]);
    assert!(
        human.contains("INFO") && human.contains("serving MCP at"),
        "{human}"
    );
    assert!(serde_json::from_str::<serde_json::Value>(&human).is_err());
    for (args, env) in [
        (&["--log-format", "json"][..], &[][..]),
        (&[], &[("LOG_FORMAT", "json")]),
    ] {
        let line = first_log_line(home.path(), args, env);
        let log: serde_json::Value = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("{args:?} {env:?}: not JSON ({e}): {line}"));
        assert_eq!(log["level"], "INFO", "{line}");
        assert!(
            log["message"]
                .as_str()
                .unwrap()
                .starts_with("serving MCP at http://127.0.0.1:"),
            "{line}"
        );
        assert!(log["timestamp"].is_string(), "{line}");
    }
    let out = run(home.path(), &["status"], &[("LOG_FORMAT", "xml")]);
    assert_eq!(out.code, 3);
    assert!(
        out.stderr
            .contains("LOG_FORMAT=\"xml\" is not `human` or `json`"),
        "{}",
        out.stderr
    );
}

#[test]
fn post_errors_name_the_flags_given() {
    let home = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().join("cat.png");
    std::fs::write(&outside, b"\x89PNG\r\n\x1a\n").unwrap();
    let text_file = home.path().join("notes.png");
    std::fs::write(&text_file, b"just text").unwrap();
    let long_alt = "a".repeat(2001);
    let cases: [(Vec<&str>, &str); 4] = [
        (
            vec!["--image", outside.to_str().unwrap()],
            "error: --image: ",
        ),
        (
            vec!["--video", outside.to_str().unwrap()],
            "error: --video: ",
        ),
        (
            vec!["--image", text_file.to_str().unwrap()],
            "error: --image: ",
        ),
        (
            vec!["--image", text_file.to_str().unwrap(), "--alt", &long_alt],
            "error: --alt is 2001 graphemes",
        ),
    ];
    for (flags, expected) in cases {
        let mut args = vec!["post", "--dry-run"];
        args.extend(flags);
        args.push("hello");
        let out = run(home.path(), &args, &[]);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.starts_with(expected), "{args:?}: {}", out.stderr);
        for field in ["images[", "image_path", "video_path", "alt_text"] {
            assert!(!out.stderr.contains(field), "{args:?}: {}", out.stderr);
        }
    }
}

#[test]
fn a_video_dry_run_shows_the_sniffed_type() {
    let home = tempfile::tempdir().unwrap();
    // An EBML header whose document type is WebM, then filler.
    let mut webm = vec![
        0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84,
    ];
    webm.extend_from_slice(b"webm");
    webm.extend(std::iter::repeat_n(0u8, 2048));
    let clip = home.path().join("clip.webm");
    std::fs::write(&clip, webm).unwrap();
    let out = run(
        home.path(),
        &[
            "--json",
            "post",
            "--dry-run",
            "--video",
            clip.to_str().unwrap(),
            "--alt",
            "waves",
            "hi",
        ],
        &[],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        json["record"]["embed"]["video"]["mimeType"], "video/webm",
        "{json}"
    );
}

#[test]
fn bad_hosts_origins_and_link_card_networks_are_named() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("config.yaml");
    for (yaml, expected) in [
        (
            "allowed_hosts: [\"http://mcp.example.org/\"]\n",
            "allowed_hosts: \"http://mcp.example.org/\" is not a host name",
        ),
        (
            "allowed_origins: [app.example.org]\n",
            "allowed_origins: \"app.example.org\" is not an origin",
        ),
        (
            "link_cards_allow: [10.0.0.0/33]\n",
            "link_cards_allow: \"10.0.0.0/33\" is not an IP address or network",
        ),
    ] {
        std::fs::write(&file, yaml).unwrap();
        let out = run(
            home.path(),
            &["--config", file.to_str().unwrap(), "config", "check"],
            &[],
        );
        assert_eq!(out.code, 3, "{yaml}: {}", out.stderr);
        assert!(out.stderr.contains(expected), "{yaml}: {}", out.stderr);
    }
    std::fs::write(
        &file,
        "allowed_hosts: [mcp.example.org, \"box.lan:8080\"]\nallowed_origins: [\"https://app.example.org\", \"http://box.lan:*\"]\nlink_cards_allow: [127.0.0.1, \"10.0.0.0/8\", \"::1\"]\n",
    )
    .unwrap();
    let out = run(
        home.path(),
        &["--config", file.to_str().unwrap(), "config", "check"],
        &[],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
}

/// Each command's main bad inputs, as the user sees them: the message, the
/// help line and the exit code. Input is checked before any login, so none of
/// these needs an account.
#[test]
fn bad_input_errors() {
    let home = tempfile::tempdir().unwrap();
    let long_text = "a".repeat(301);
    let cases: &[&[&str]] = &[
        &["post"],
        &["post", "--dry-run", &long_text],
        &["post", "--alt", "a cat", "hello"],
        &[
            "post",
            "--video",
            "clip.mp4",
            "--captions",
            "subs.vtt",
            "hi",
        ],
        &["post", "--quote", "not-a-post", "--thread", "hi"],
        &["reply", "https://bsky.app/profile/alice.test", "hi"],
        &["like", "not-a-uri"],
        &["unrepost", "at://did:plc:x/app.bsky.feed.like/3k"],
        &["follow", "@@bad"],
        &["delete", "https://example.com/post/1"],
        &[
            "thread",
            "at://did:plc:x/app.bsky.feed.post/3k",
            "--depth",
            "5000",
        ],
        &["show", "bad"],
        &["profile", "not a handle"],
        &["feed", "hot"],
        &["feed", "--limit", "0"],
        &["feed", "--author", "@@bad"],
        &["search", "--tag", "two words"],
        &["search", "rust", "--since", "yesterday"],
        &["notifications", "--reason", "poke"],
        &["serve", "--toolsets", "reed"],
        &["serve", "--transport", "stdio", "--port", "9000"],
        &["mcp-config", "notepad"],
        &["mcp-config", "claude", "--toolsets", "read,gossip"],
        &["auth", "default", "nobody"],
        &["status", "--account", "nobody"],
        &[
            "auth",
            "login",
            "--oauth",
            "--scope",
            "transition:generic",
            "a.test",
        ],
        &["auth", "login", "--oauth", "--account", "../x", "a.test"],
        &["auth", "login", "--no-browser", "a.test"],
        &["completions"],
    ];
    let mut seen = String::new();
    for args in cases {
        let out = run(home.path(), args, &[]);
        assert_ne!(out.code, 0, "{args:?} succeeded: {}", out.stdout);
        assert!(out.stdout.is_empty(), "{args:?} printed {}", out.stdout);
        let shown: Vec<String> = args
            .iter()
            .map(|a| {
                if a.len() > 40 {
                    format!("<{} chars>", a.len())
                } else {
                    a.to_string()
                }
            })
            .collect();
        seen.push_str(&format!(
            "$ mcp-bluesky {}\n{}[exit {}]\n\n",
            shown.join(" "),
            out.stderr,
            out.code
        ));
    }
    insta::assert_snapshot!(seen);
}

#[test]
fn serve_lists_the_tools_a_selection_offers() {
    let home = tempfile::tempdir().unwrap();
    let listed = |args: &[&str]| {
        let mut argv = vec!["serve", "--list-tools"];
        argv.extend(args);
        let out = run(home.path(), &argv, &[]);
        assert_eq!(out.code, 0, "{argv:?}: {}", out.stderr);
        out.stdout
    };
    insta::assert_snapshot!(listed(&[]));
    let read_plus_like = listed(&["--toolsets", "read", "--tools", "bluesky_like"]);
    assert!(
        read_plus_like.contains("bluesky_get_feed"),
        "{read_plus_like}"
    );
    assert!(read_plus_like.contains("bluesky_like "), "{read_plus_like}");
    assert!(
        !read_plus_like.contains("bluesky_post_text"),
        "{read_plus_like}"
    );
    let read_only = listed(&["--toolsets", "all", "--read-only"]);
    assert_eq!(read_only.lines().count(), 23, "{read_only}");
    assert!(
        read_only.lines().all(|l| l.ends_with("read-only")),
        "{read_only}"
    );
    let only = listed(&["--tools", "bluesky_get_profile"]);
    assert_eq!(only.lines().count(), 1, "{only}");
    // The setting, when no flag says otherwise.
    let config = home.path().join("config/mcp-bluesky");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.yaml"), "toolsets: [engage]\n").unwrap();
    let engage = listed(&[]);
    assert_eq!(engage.lines().count(), 7, "{engage}");
    assert!(engage.lines().all(|l| l.contains(" engage ")), "{engage}");
    assert_eq!(listed(&["--toolsets", "post"]).lines().count(), 8);
    let json: serde_json::Value = serde_json::from_str(&listed(&["--json"])).unwrap();
    assert_eq!(json[0]["toolset"], "engage", "{json}");
    assert_eq!(json[0]["effect"], "writes", "{json}");
}

/// `serve --hosted` says what it lacks, from flags or the config's `hosted:`,
/// before it touches a database; keygen never replaces a key.
#[test]
fn a_hosted_server_names_what_it_lacks() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("config.yaml");
    let keys = home.path().join("keys");
    let serve = |yaml: &str, extra: &[&str]| {
        std::fs::write(&file, yaml).unwrap();
        let mut args = vec![
            "--config",
            file.to_str().unwrap(),
            "serve",
            "--hosted",
            "--listen",
            "127.0.0.1:0",
        ];
        args.extend(extra);
        run(home.path(), &args, &[])
    };
    let out = serve("{}\n", &[]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("--hosted needs --public-url"),
        "{}",
        out.stderr
    );
    let out = serve("hosted:\n  public_url: https://mcp.example.org/app\n", &[]);
    assert!(out.stderr.contains("without a path"), "{}", out.stderr);
    let out = serve("hosted:\n  public_url: https://mcp.example.org\n", &[]);
    assert!(
        out.stderr
            .contains("needs --client-key-file and --state-key-file"),
        "{}",
        out.stderr
    );
    let out = serve(
        "hosted:\n  public_url: https://mcp.example.org\n  tls_cert: /etc/cert.pem\n",
        &["--client-key-file", "k", "--state-key-file", "s"],
    );
    assert!(
        out.stderr.contains("both a certificate and its key"),
        "{}",
        out.stderr
    );

    let keygen = || {
        run(
            home.path(),
            &["hosted", "keygen", "--out", keys.to_str().unwrap()],
            &[],
        )
    };
    assert_eq!(keygen().code, 0);
    let written = std::fs::read_to_string(keys.join("state.key")).unwrap();
    let again = keygen();
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("exists already"), "{}", again.stderr);
    assert_eq!(
        std::fs::read_to_string(keys.join("state.key")).unwrap(),
        written
    );
    use std::os::unix::fs::PermissionsExt;
    for name in ["state.key", "client-key.jwk"] {
        let mode = std::fs::metadata(keys.join(name))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "{name} is readable by others");
    }
    // A database that does not answer is named, without the password in its URL.
    std::fs::write(
        home.path().join("db.url"),
        "postgres://mcp:hunter2secret@127.0.0.1:9/mcp",
    )
    .unwrap();
    let yaml = format!(
        "hosted:\n  public_url: https://mcp.example.org\n  client_key_file: {0}/client-key.jwk\n  state_key_file: {0}/state.key\n  database_url_file: {1}\n",
        keys.display(),
        home.path().join("db.url").display()
    );
    let out = serve(&yaml, &[]);
    assert_ne!(out.code, 0);
    assert!(
        out.stderr
            .contains("cannot reach the database at mcp@127.0.0.1:9/mcp"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("hunter2secret"), "{}", out.stderr);

    // A password on the command line would be in the process list: refused,
    // in both URL forms; without one, --database-url is the URL used (over the file).
    for url in [
        "postgres://mcp:hunter2secret@127.0.0.1:9/mcp",
        "host=127.0.0.1 port=9 user=mcp password=hunter2secret",
    ] {
        let out = serve(&yaml, &["--database-url", url]);
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(
            out.stderr.contains("--database-url holds a password")
                && out.stderr.contains("--database-url-file"),
            "{}",
            out.stderr
        );
        assert!(!out.stderr.contains("hunter2secret"), "{}", out.stderr);
    }
    let out = serve(
        &yaml,
        &["--database-url", "postgres://other@127.0.0.1:9/state"],
    );
    assert!(
        out.stderr
            .contains("cannot reach the database at other@127.0.0.1:9/state"),
        "{}",
        out.stderr
    );
}
