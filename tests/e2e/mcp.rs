//! The MCP server driven by the official MCP TypeScript SDK client over stdio.

use serde_json::{Value, json};

use crate::harness::*;

/// Runs `tests/localnet/mcp-client.mjs` against `mcp-bluesky serve` in `home`.
fn mcp_session(home: &Home, calls: Value, parallel: bool) -> (Value, String) {
    mcp_session_with(home, calls, parallel, &[])
}

/// Like [`mcp_session`], with extra environment for the server.
fn mcp_session_with(
    home: &Home,
    calls: Value,
    parallel: bool,
    env: &[(&str, &str)],
) -> (Value, String) {
    let plan = json!({"calls": calls, "parallel": parallel});
    let mut client = home.mcp_client(&plan);
    client.env("LOG_LEVEL", "debug").envs(env.iter().copied());
    client_session(client)
}

#[test]
fn sdk_client_lists_tools_with_schemas_and_annotations() {
    let home = Home::logged_in("alice");
    let (session, _) = mcp_session(&home, json!([]), false);
    assert_eq!(session["server"]["name"], "mcp-bluesky");
    let instructions = session["instructions"].as_str().unwrap();
    // Shared arguments are described once, here, instead of in every schema.
    for shared in [
        "account",
        "dry_run",
        "who_can_reply",
        "cursor",
        "never instructions",
    ] {
        assert!(instructions.contains(shared), "{shared}: {instructions}");
    }
    let tools = session["tools"].as_array().unwrap();
    let post = tools
        .iter()
        .find(|t| t["name"] == "bluesky_post_text")
        .expect("post tool");
    assert_eq!(post["inputSchema"]["required"], json!(["text"]));
    assert_eq!(post["annotations"]["readOnlyHint"], false);
    assert!(post["outputSchema"]["properties"]["uri"].is_object());
    let feed = tools
        .iter()
        .find(|t| t["name"] == "bluesky_get_feed")
        .expect("feed tool");
    assert_eq!(feed["annotations"]["readOnlyHint"], true);
    assert_eq!(feed["inputSchema"]["properties"]["limit"]["maximum"], 100);
}

#[test]
fn sdk_client_posts_and_gets_clear_errors_for_bad_input() {
    let home = Home::logged_in("alice");
    let calls = json!([
        {"name": "bluesky_post_text", "arguments": {"text": "via MCP #mcp", "dry_run": true}},
        {"name": "bluesky_post_text", "arguments": {"text": "via MCP #mcp"}},
        {"name": "bluesky_post_text", "arguments": {"text": "x".repeat(301)}},
        {"name": "bluesky_post_text", "arguments": {"text": "hi", "txet": "typo"}},
        {"name": "bluesky_get_feed", "arguments": {"limit": 101}},
        {"name": "bluesky_get_feed", "arguments": {"limit": 5}},
    ]);
    let (session, _) = mcp_session(&home, calls, false);
    let r = session["results"].as_array().unwrap();

    assert_eq!(r[0]["isError"], false);
    assert_eq!(r[0]["structuredContent"]["dry_run"], true);
    assert_eq!(
        r[0]["structuredContent"]["record"]["facets"][0]["features"][0]["tag"],
        "mcp"
    );

    assert_eq!(r[1]["isError"], false, "{}", r[1]);
    let uri = r[1]["structuredContent"]["uri"]
        .as_str()
        .expect("uri in structuredContent");
    assert!(r[1]["structuredContent"]["cid"].as_str().is_some());
    assert_eq!(xrpc::record(uri)["text"], "via MCP #mcp");
    assert!(text_of(&r[1]).contains("https://bsky.app/profile/alice.test/post/"));

    assert_eq!(r[2]["isError"], true);
    assert!(
        text_of(&r[2]).contains("301 graphemes") && text_of(&r[2]).contains("300"),
        "{}",
        r[2]
    );

    assert_eq!(r[3]["isError"], true);
    assert!(text_of(&r[3]).contains("unknown field `txet`"), "{}", r[3]);

    assert_eq!(r[4]["isError"], true);
    assert!(
        text_of(&r[4]).contains("limit 101 is out of range"),
        "{}",
        r[4]
    );

    assert_eq!(r[5]["isError"], false, "{}", r[5]);
    assert!(r[5]["structuredContent"]["posts"].is_array());
}

#[test]
fn server_without_an_account_starts_and_says_how_to_log_in() {
    let home = Home::new();
    let calls = json!([{"name": "bluesky_get_feed", "arguments": {}}]);
    let (session, _) = mcp_session(&home, calls, false);
    assert!(session["tools"].as_array().unwrap().len() >= 2);
    let result = &session["results"][0];
    assert_eq!(result["isError"], true);
    assert!(
        text_of(result).contains("mcp-bluesky auth login"),
        "{result}"
    );
}

#[test]
fn sdk_client_posts_facets_and_images() {
    use base64::Engine;
    let home = Home::logged_in("alice");
    let media = home.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        30,
        20,
        image::Rgb([9, 99, 199]),
    ))
    .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
    .unwrap();
    std::fs::write(media.join("pic.png"), &png).unwrap();
    let outside = home.path().join("elsewhere.png");
    std::fs::write(&outside, &png).unwrap();
    let data = base64::engine::general_purpose::STANDARD.encode(&png);
    let text = "hi @bob.test, see https://example.com #mcp";
    let calls = json!([
        {"name": "bluesky_post_text", "arguments": {"text": text}},
        {"name": "bluesky_post_image", "arguments": {"text": "from a file", "image_path": media.join("pic.png"), "alt_text": "a blue square"}},
        {"name": "bluesky_post_image", "arguments": {"images": [{"data": data, "alt_text": "sent as data"}]}},
        {"name": "bluesky_post_image", "arguments": {"image_path": outside, "alt_text": "not allowed"}},
    ]);
    let media_dirs = format!("[{}]", media.display());
    let (session, _) = mcp_session_with(
        &home,
        calls,
        false,
        &[("MCP_BLUESKY__MEDIA_DIRS", &media_dirs)],
    );
    let r = session["results"].as_array().unwrap();

    // Three facets, each over the right bytes, as the AppView serves them.
    let uri = r[0]["structuredContent"]["uri"].as_str().unwrap();
    let token = xrpc::session("alice");
    let view = eventually("the AppView to index the post", || {
        let response = reqwest::blocking::Client::new()
            .get(format!("{}/xrpc/app.bsky.feed.getPosts", net().pds))
            .query(&[("uris", uri)])
            .bearer_auth(&token)
            .send()
            .unwrap()
            .json::<Value>()
            .unwrap();
        response["posts"].get(0).cloned()
    });
    let facets = view["record"]["facets"].as_array().unwrap();
    let spans: Vec<&str> = facets
        .iter()
        .map(|f| {
            let start = f["index"]["byteStart"].as_u64().unwrap() as usize;
            let end = f["index"]["byteEnd"].as_u64().unwrap() as usize;
            &text[start..end]
        })
        .collect();
    assert_eq!(spans, vec!["@bob.test", "https://example.com", "#mcp"]);

    assert_eq!(r[1]["isError"], false, "{}", r[1]);
    let record = xrpc::record(r[1]["structuredContent"]["uri"].as_str().unwrap());
    assert_eq!(record["embed"]["images"][0]["alt"], "a blue square");
    assert_eq!(
        record["embed"]["images"][0]["aspectRatio"],
        json!({"width": 30, "height": 20})
    );

    assert_eq!(r[2]["isError"], false, "{}", r[2]);
    let record = xrpc::record(r[2]["structuredContent"]["uri"].as_str().unwrap());
    assert_eq!(record["embed"]["images"][0]["alt"], "sent as data");

    assert_eq!(r[3]["isError"], true);
    assert!(
        text_of(&r[3]).contains("outside the directories"),
        "{}",
        r[3]
    );
}

#[test]
fn server_reads_no_files_unless_media_dirs_are_configured() {
    let home = Home::logged_in("alice");
    let path = home.path().join("pic.png");
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n").unwrap();
    let calls =
        json!([{"name": "bluesky_post_image", "arguments": {"image_path": path, "alt_text": "x"}}]);
    let (session, _) = mcp_session(&home, calls, false);
    let result = &session["results"][0];
    assert_eq!(result["isError"], true);
    assert!(text_of(result).contains("none are configured"), "{result}");
}

/// A small PNG, written to `path`.
fn write_png(path: &std::path::Path) {
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(8, 8, image::Rgb([1, 2, 3])))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    std::fs::write(path, png).unwrap();
}

#[test]
fn files_under_the_clients_roots_are_readable_as_media() {
    let home = Home::logged_in("alice");
    let (project, other) = (home.path().join("project"), home.path().join("other"));
    std::fs::create_dir_all(project.join("img")).unwrap();
    std::fs::create_dir_all(&other).unwrap();
    write_png(&project.join("img/pic.png"));
    write_png(&other.join("pic.png"));
    // A link inside the root that points outside it stays outside.
    std::os::unix::fs::symlink(other.join("pic.png"), project.join("escape.png")).unwrap();
    let root = |dir: &std::path::Path| format!("file://{}", dir.display());
    let post = |path: std::path::PathBuf| {
        json!({"name": "bluesky_post_image", "arguments": {
            "image_path": path, "alt_text": "a dot", "dry_run": true}})
    };
    let mut moved = post(other.join("pic.png"));
    moved["setRoots"] = json!([root(&other)]);
    let calls = json!([
        post(project.join("img/pic.png")),
        post(other.join("pic.png")),
        post(project.join("escape.png")),
        moved,
        post(project.join("img/pic.png")),
    ]);
    let plan = json!({"calls": calls, "roots": [root(&project)]});
    let (session, _) = client_session(home.mcp_client(&plan));
    let r = session["results"].as_array().unwrap();
    assert_eq!(r[0]["isError"], false, "{}", r[0]);
    assert_eq!(r[0]["structuredContent"]["images"][0]["width"], 8);
    assert_eq!(r[1]["isError"], true);
    let refusal = text_of(&r[1]);
    assert!(
        refusal.contains(&format!(
            "(media_dirs: none are configured; the client's roots: {})",
            project.display()
        )),
        "{refusal}"
    );
    assert_eq!(r[2]["isError"], true, "{}", r[2]);
    // After roots/list_changed the new roots apply, and the old ones no longer.
    assert_eq!(r[3]["isError"], false, "{}", r[3]);
    assert_eq!(r[4]["isError"], true, "{}", r[4]);
    assert_eq!(session["rootsListed"], 5, "asked for each file read");
    // Images sent as data read no file: the roots are not asked for.
    let data = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        std::fs::read(project.join("img/pic.png")).unwrap(),
    );
    let as_data = json!({"name": "bluesky_post_image", "arguments": {
        "images": [{"data": data, "alt_text": "a dot"}], "dry_run": true}});
    let plan = json!({"calls": [as_data], "roots": [root(&project)]});
    let (session, _) = client_session(home.mcp_client(&plan));
    assert_eq!(
        session["results"][0]["isError"], false,
        "{}",
        session["results"][0]
    );
    assert_eq!(session["rootsListed"], 0);

    // A client that never lists its roots gets an answer (after 10 s), not a hung call.
    let plan = json!({"calls": [post(project.join("img/pic.png"))],
        "roots": [root(&project)], "rootsNeverAnswer": true});
    let (session, _) = client_session(home.mcp_client(&plan));
    assert_eq!(
        session["results"][0]["isError"], true,
        "{}",
        session["results"][0]
    );

    // Over HTTP, roots count only from clients on this machine: on loopback,
    // reached by loopback names alone. Off loopback, or behind a reverse proxy
    // (other host names allowed), a client's roots name its own machine.
    for (args, honoured) in [
        (vec!["--listen", "127.0.0.1:0"], true),
        (vec!["--listen", "0.0.0.0:0"], false),
        (
            vec![
                "--listen",
                "127.0.0.1:0",
                "--allowed-host",
                "proxy.example.test",
            ],
            false,
        ),
    ] {
        let server = crate::http::start(&home, &args);
        let port = server
            .url
            .rsplit(':')
            .next()
            .unwrap()
            .trim_end_matches("/mcp");
        let plan = json!({"calls": [post(project.join("img/pic.png"))], "roots": [root(&project)]});
        let mut client = home.mcp_client(&plan);
        client
            .env("MCP_SERVER_URL", format!("http://127.0.0.1:{port}/mcp"))
            .env("MCP_SERVER_TOKEN", crate::http::TOKEN);
        let (session, _) = client_session(client);
        let result = &session["results"][0];
        assert_eq!(result["isError"], !honoured, "{args:?}: {result}");
        assert_eq!(session["rootsListed"], u64::from(honoured), "{args:?}");
    }
}

#[test]
fn read_only_and_allowlisted_servers_offer_only_those_tools() {
    let home = Home::logged_in("alice");
    let calls = json!([
        {"name": "bluesky_post_text", "arguments": {"text": "should not post"}},
        {"name": "bluesky_get_notifications", "arguments": {"limit": 5}},
        {"name": "bluesky_mark_notifications_seen", "arguments": {}},
    ]);
    let mut client =
        home.mcp_client(&json!({"calls": calls, "reads": ["bluesky://notifications"]}));
    client.env("MCP_SERVER_ARGS", r#"["--read-only"]"#);
    let (session, _) = client_session(client);
    let tools = session["tools"].as_array().unwrap();
    assert_eq!(
        tools.len(),
        19,
        "feeds, author feed, thread, post, profile, notifications, three searches, bookmarks, trends, trending topics; likes, reposts, quotes, followers, follows, known followers; drafts"
    );
    // Reading notifications is not a write; marking them seen is.
    let results = session["results"].as_array().unwrap();
    assert_eq!(results[1]["isError"], false, "{}", results[1]);
    assert!(results[1]["structuredContent"]["unread"].is_u64());
    assert!(results[2]["protocolError"].is_object(), "{}", results[2]);
    let read = &session["reads"][0];
    assert!(
        read["contents"][0]["text"]
            .as_str()
            .is_some_and(|t| t.contains("unread")),
        "{read}"
    );
    for tool in tools {
        assert_eq!(
            tool["annotations"]["readOnlyHint"], true,
            "{}",
            tool["name"]
        );
    }
    assert!(!tools.iter().any(|t| t["name"] == "bluesky_post_text"));
    assert!(
        session["results"][0]["protocolError"]["message"]
            .as_str()
            .unwrap()
            .contains("unknown tool")
    );

    let args = r#"["--tools", "bluesky_get_feed,bluesky_get_profile"]"#;
    let (session, _) = mcp_session_with(&home, json!([]), false, &[("MCP_SERVER_ARGS", args)]);
    let names: Vec<&str> = session["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["bluesky_get_feed", "bluesky_get_profile"]);

    let out = home.run(&["serve", "--tools", "bluesky_post_everything"]);
    assert_eq!(out.code, 3, "{out:?}");
    assert!(
        out.stderr
            .contains("there is no tool `bluesky_post_everything`"),
        "{}",
        out.stderr
    );
}

/// What an SDK client is offered by `serve` with `args`: tool, resource,
/// template and prompt names, and the answers to `calls`.
fn offered(home: &Home, args: &str, calls: Value) -> (Vec<String>, Vec<String>, Value) {
    let plan = json!({"calls": calls, "reads": [], "prompts": []});
    let mut client = home.mcp_client(&plan);
    client.env("MCP_SERVER_ARGS", args);
    let (session, _) = client_session(client);
    let names = |list: &Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap().to_string())
            .collect()
    };
    let mut resources = names(&session["resources"]);
    resources.extend(names(&session["resourceTemplates"]));
    resources.extend(names(&session["prompts"]));
    (
        names(&session["tools"]),
        resources,
        session["results"].clone(),
    )
}

#[test]
fn toolsets_pick_the_tools_resources_and_prompts() {
    let home = Home::logged_in("alice");
    let calls = json!([
        {"name": "bluesky_like", "arguments": {"uri": "at://did:plc:x/app.bsky.feed.post/3k", "dry_run": true}},
        {"name": "bluesky_post_text", "arguments": {"text": "not offered", "dry_run": true}},
    ]);
    let (tools, others, results) = offered(
        &home,
        r#"["--toolsets", "read", "--tools", "bluesky_like"]"#,
        calls,
    );
    let expected: std::collections::BTreeSet<&str> = [
        "bluesky_get_feed",
        "bluesky_get_author_feed",
        "bluesky_search_posts",
        "bluesky_search_hashtags",
        "bluesky_search_users",
        "bluesky_get_replies",
        "bluesky_get_post",
        "bluesky_get_profile",
        "bluesky_get_notifications",
        "bluesky_bookmark",
        "bluesky_unbookmark",
        "bluesky_get_bookmarks",
        "bluesky_get_trends",
        "bluesky_get_trending_topics",
        "bluesky_like",
    ]
    .into();
    let got: std::collections::BTreeSet<&str> = tools.iter().map(String::as_str).collect();
    assert_eq!(got, expected);
    // A tool outside the selection is unknown, not run; one inside runs.
    assert!(results[1]["protocolError"].is_object(), "{}", results[1]);
    assert!(results[0]["protocolError"].is_null(), "{}", results[0]);
    // The read toolset reads profiles, notifications and posts; of the
    // prompts, only the one that needs nothing but reading.
    assert!(others.contains(&"profile".to_string()), "{others:?}");
    assert!(
        others.contains(&"summarize_notifications".to_string()),
        "{others:?}"
    );
    assert!(!others.contains(&"draft_thread".to_string()), "{others:?}");
    assert!(!others.contains(&"reply_to_post".to_string()), "{others:?}");

    let (tools, others, _) = offered(&home, r#"["--toolsets", "post"]"#, json!([]));
    let got: std::collections::BTreeSet<&str> = tools.iter().map(String::as_str).collect();
    let post: std::collections::BTreeSet<&str> = [
        "bluesky_post_text",
        "bluesky_post_image",
        "bluesky_post_video",
        "bluesky_post_thread",
        "bluesky_quote_post",
        "bluesky_reply",
        "bluesky_set_reply_controls",
        "bluesky_delete_post",
    ]
    .into();
    assert_eq!(got, post);
    assert_eq!(
        others,
        ["draft_thread"],
        "no resources: nothing to read them with"
    );

    // The configuration's toolsets, when no flag names any.
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    std::fs::write(
        home.config_file(),
        format!(
            "{}toolsets: [engage]\n",
            std::fs::read_to_string(home.config_file()).unwrap_or_default()
        ),
    )
    .unwrap();
    let (tools, _, _) = offered(&home, "[]", json!([]));
    assert_eq!(tools.len(), 7, "{tools:?}");

    let out = home.run(&["serve", "--toolsets", "read,gossip"]);
    assert_eq!(out.code, 3, "{out:?}");
    assert!(
        out.stderr.contains(
            "there is no toolset `gossip`; the toolsets are default, all, read, post, engage"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn resources_and_prompts_carry_the_accounts_data() {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    let post = home
        .run(&["--json", "post", "a post to read as a resource"])
        .ok()
        .json();
    let post_uri = post["uri"].as_str().unwrap().to_string();
    let bob = Home::logged_in("bob");
    bob.run(&["follow", &me.handle]).ok();
    eventually("the follow notification and the post to be indexed", || {
        let n = home.try_json(&["--json", "notifications"])?;
        let followed = n["notifications"]
            .as_array()?
            .iter()
            .any(|n| n["reason"] == "follow");
        (followed && home.try_json(&["--json", "show", &post_uri]).is_some()).then_some(())
    });

    let account_profile = format!("bluesky://accounts/{}/profile", me.handle);
    let plan_reads = json!([
        "bluesky://profile",
        "bluesky://notifications",
        account_profile,
        post_uri,
        "bluesky://feed",
    ]);
    let prompts = json!([
        {"name": "summarize_notifications"},
        {"name": "draft_thread", "arguments": {"topic": "tide pools"}},
        {"name": "draft_thread", "arguments": {}},
        {"name": "reply_to_post", "arguments": {"uri": post_uri}},
    ]);
    let plan = json!({"calls": [], "reads": plan_reads, "prompts": prompts});
    let (session, _) = client_session(home.mcp_client(&plan));

    let uris: Vec<&str> = session["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["uri"].as_str().unwrap())
        .collect();
    assert_eq!(uris, ["bluesky://profile", "bluesky://notifications"]);
    assert_eq!(session["resourceTemplates"].as_array().unwrap().len(), 3);

    let read = |i: usize| -> Value {
        let contents = &session["reads"][i]["contents"][0];
        assert_eq!(
            contents["mimeType"], "application/json",
            "{}",
            session["reads"][i]
        );
        serde_json::from_str(contents["text"].as_str().unwrap()).unwrap()
    };
    assert_eq!(read(0)["handle"], me.handle.as_str());
    let notifications = read(1);
    let follow = notifications["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["reason"] == "follow")
        .expect("bob's follow");
    assert_eq!(follow["author"], "bob.test");
    assert_eq!(read(2)["did"], me.did.as_str());
    assert_eq!(read(3)["post"]["text"], "a post to read as a resource");
    let unknown = &session["reads"][4]["protocolError"];
    assert_eq!(unknown["code"], -32002, "{unknown}");
    assert!(
        unknown["message"]
            .as_str()
            .unwrap()
            .contains("bluesky://feed")
    );

    let names: Vec<&str> = session["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["summarize_notifications", "draft_thread", "reply_to_post"]
    );
    let results = &session["promptResults"];
    let embedded = results[0]["messages"][1]["content"]["resource"]["text"]
        .as_str()
        .unwrap();
    assert!(
        embedded.contains("bob.test") && embedded.contains("follow"),
        "{embedded}"
    );
    let thread_text = results[1]["messages"][0]["content"]["text"]
        .as_str()
        .unwrap();
    assert!(
        thread_text.contains("tide pools") && thread_text.contains("dry_run=true"),
        "{thread_text}"
    );
    let missing = &results[2]["protocolError"];
    assert_eq!(missing["code"], -32602, "{missing}");
    assert!(
        missing["message"]
            .as_str()
            .unwrap()
            .contains("needs `topic`")
    );
    let reply = &results[3]["messages"];
    assert!(
        reply[0]["content"]["text"]
            .as_str()
            .unwrap()
            .contains(&post_uri)
    );
    assert!(
        reply[1]["content"]["resource"]["text"]
            .as_str()
            .unwrap()
            .contains("a post to read as a resource")
    );
}

#[test]
fn rate_limited_calls_say_when_to_retry() {
    let proxy = LossyProxy::rate_limited("app.bsky.actor.getProfile", "retry-after: 42\r\n");
    let me = fresh_account();
    let home = Home::new();
    home.login_through(&proxy.url, &me).ok();

    let out = home.run(&["profile", "alice.test"]);
    assert_eq!(out.code, 5, "{out:?}");
    assert!(
        out.stderr.contains("rate limit is reached") && out.stderr.contains("retry after"),
        "{}",
        out.stderr
    );
    let wait = regex::Regex::new(r"\(in (\d+) s\)").unwrap();
    let seconds: u32 = wait.captures(&out.stderr).expect("a wait in seconds")[1]
        .parse()
        .unwrap();
    assert!((40..=42).contains(&seconds), "{}", out.stderr);

    let calls = json!([{"name": "bluesky_get_profile", "arguments": {"handle": "alice.test"}}]);
    let (session, _) = mcp_session(&home, calls, false);
    let result = &session["results"][0];
    assert_eq!(result["isError"], true);
    assert!(text_of(result).contains("retry after"), "{result}");
}

#[test]
fn confirm_writes_asks_the_person_and_refuses_clients_that_cannot_ask() {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    std::fs::write(home.config_file(), "confirm_writes: true\n").unwrap();
    let session = |plan: Value| client_session(home.mcp_client(&plan)).0;
    let post = |text: &str| json!({"name": "bluesky_post_text", "arguments": {"text": text}});

    let accepted = session(json!({"calls": [post("confirmed by a person")], "elicit": "accept"}));
    let result = &accepted["results"][0];
    assert_eq!(result["isError"], false, "{result}");
    let uri = result["structuredContent"]["uri"].as_str().unwrap();
    assert_eq!(xrpc::record(uri)["text"], "confirmed by a person");
    let asked = &accepted["elicitations"][0];
    assert!(
        asked["message"]
            .as_str()
            .unwrap()
            .contains("confirmed by a person"),
        "the person sees the record: {asked}"
    );
    assert_eq!(
        asked["requestedSchema"]["properties"]["publish"]["type"],
        "boolean"
    );

    let declined = session(json!({"calls": [post("declined by a person")], "elicit": "decline"}));
    let result = &declined["results"][0];
    assert_eq!(result["isError"], true, "{result}");
    assert!(text_of(result).contains("did not confirm"), "{result}");

    let calls = json!([
        post("from a client that cannot ask"),
        {"name": "bluesky_post_text", "arguments": {"text": "a dry run", "dry_run": true}},
        {"name": "bluesky_get_profile", "arguments": {}},
    ]);
    let unable = session(json!({"calls": calls}));
    let r = unable["results"].as_array().unwrap();
    assert_eq!(r[0]["isError"], true);
    assert!(
        text_of(&r[0]).contains("does not support elicitation"),
        "{}",
        r[0]
    );
    assert_eq!(
        r[1]["isError"], false,
        "dry runs need no confirmation: {}",
        r[1]
    );
    assert_eq!(
        r[2]["isError"], false,
        "reads need no confirmation: {}",
        r[2]
    );

    assert_eq!(xrpc::post_texts(&me.did), ["confirmed by a person"]);
}
