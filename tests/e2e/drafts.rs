//! Drafts: prepared by an agent or on the command line, listed, deleted;
//! never published by themselves.

use serde_json::{Value, json};

use crate::harness::*;

fn drafts(home: &Home) -> Vec<Value> {
    home.run(&["--json", "draft", "ls"]).ok().json()["drafts"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn an_agents_draft_is_listed_on_the_command_line_and_publishes_nothing() {
    let (me, friend) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let quoted = home.run(&["--json", "post", "worth quoting"]).ok().json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    let text = format!("what do you think, @{}?", friend.handle);
    let calls = json!([
        {"name": "bluesky_create_draft", "arguments": {
            "text": text, "quote": quoted, "langs": ["en"],
            "who_can_reply": ["mentioned"], "allow_quotes": false}},
        {"name": "bluesky_create_draft", "arguments": {"text": "   "}},
        {"name": "bluesky_get_drafts", "arguments": {}},
    ]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let r = session["results"].as_array().unwrap();
    let created = &r[0]["structuredContent"];
    assert_eq!(created["action"], "drafted", "{}", r[0]);
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(r[1]["isError"], true);
    assert!(
        r[1]["content"][0]["text"]
            .as_str()
            .unwrap()
            .contains("text is empty")
    );
    assert_eq!(r[2]["structuredContent"]["drafts"][0]["id"], id.as_str());

    let listed = drafts(&home);
    assert_eq!(listed.len(), 1, "{listed:?}");
    let draft = &listed[0];
    assert_eq!(draft["posts"], json!([text]));
    assert_eq!(draft["quote"], quoted.as_str());
    assert_eq!(draft["langs"], json!(["en"]));
    assert_eq!(draft["who_can_reply"], json!(["mentioned"]));
    assert_eq!(draft["allow_quotes"], false);
    let human = home.run(&["draft", "ls"]).ok().stdout;
    assert!(
        human.contains(&id) && human.contains("what do you think"),
        "{human}"
    );
    assert_eq!(
        xrpc::records(&me.did, "app.bsky.feed.post").len(),
        1,
        "only the quoted post: a draft publishes nothing"
    );

    let out = home.run(&["draft", "rm", &id, "--dry-run"]).ok();
    assert!(out.stdout.contains("would be deleted"), "{}", out.stdout);
    assert_eq!(drafts(&home).len(), 1);
    home.run(&["draft", "rm", &id]).ok();
    assert!(drafts(&home).is_empty());
    let out = home.run(&["draft", "rm", &id]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("there is no draft"), "{}", out.stderr);
    let out = home.run(&["draft", "rm", "not-an-id"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("is not a draft id"), "{}", out.stderr);
}

#[test]
fn post_draft_saves_long_text_as_a_thread_draft() {
    let me = fresh_account();
    let home = Home::of(&me);
    let long = "This sentence is long enough to count. ".repeat(20);
    let dry = home
        .run(&["--json", "post", "--draft", &long, "--dry-run"])
        .ok()
        .json();
    assert_eq!(dry["dry_run"], true);
    let parts = dry["draft"]["posts"].as_array().unwrap().len();
    assert!(parts >= 3, "{dry}");
    assert!(drafts(&home).is_empty(), "a dry run saves nothing");
    let saved = home
        .run(&[
            "--json",
            "post",
            "--draft",
            &long,
            "--who-can-reply",
            "following",
        ])
        .ok()
        .json();
    let listed = drafts(&home);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], saved["id"]);
    assert_eq!(listed[0]["posts"].as_array().unwrap().len(), parts);
    assert_eq!(listed[0]["who_can_reply"], json!(["following"]));
    assert!(xrpc::records(&me.did, "app.bsky.feed.post").is_empty());
    let out = home.run(&["post", "--draft", "x", "--link", "ftp://example.org/"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("not an http(s) URL"), "{}", out.stderr);
}

#[test]
fn a_draft_is_sent_as_its_post_and_then_deleted() {
    let me = fresh_account();
    let home = Home::of(&me);
    let quoted = home.run(&["--json", "post", "the original"]).ok().json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    let calls = json!([{"name": "bluesky_create_draft", "arguments": {
        "text": "my comment on it", "quote": quoted, "who_can_reply": ["nobody"]}}]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let id = session["results"][0]["structuredContent"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let dry = home
        .run(&["--json", "draft", "send", &id, "--dry-run"])
        .ok()
        .json();
    assert_eq!(dry["dry_run"], true, "{dry}");
    assert_eq!(dry["records"][0]["text"], "my comment on it");
    assert_eq!(dry["records"][0]["embed"]["record"]["uri"], quoted.as_str());
    assert_eq!(xrpc::records(&me.did, "app.bsky.feed.post").len(), 1);
    assert_eq!(drafts(&home).len(), 1, "a dry run keeps the draft");

    let sent = home.run(&["--json", "draft", "send", &id]).ok().json();
    assert_eq!(sent["draft_deleted"], true, "{sent}");
    let uri = sent["published"][0]["uri"].as_str().unwrap();
    let record = xrpc::record(uri);
    assert_eq!(record["text"], "my comment on it");
    assert_eq!(record["embed"]["record"]["uri"], quoted.as_str());
    let gate = uri.replace("app.bsky.feed.post", "app.bsky.feed.threadgate");
    assert_eq!(
        xrpc::record(&gate)["allow"],
        json!([]),
        "the draft's reply controls"
    );
    assert_eq!(xrpc::records(&me.did, "app.bsky.feed.post").len(), 2);
    assert!(drafts(&home).is_empty(), "the draft is gone once sent");
    let out = home.run(&["draft", "send", &id]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("there is no draft"), "{}", out.stderr);
    assert_eq!(
        xrpc::records(&me.did, "app.bsky.feed.post").len(),
        2,
        "sending again sends nothing"
    );
}

#[test]
fn a_thread_draft_is_sent_as_a_thread() {
    let me = fresh_account();
    let home = Home::of(&me);
    let long = "Every sentence here matters a little. ".repeat(18);
    let saved = home.run(&["--json", "post", "--draft", &long]).ok().json();
    let id = saved["id"].as_str().unwrap();
    let parts = saved["draft"]["posts"].as_array().unwrap().clone();
    assert!(parts.len() >= 2, "{saved}");
    let sent = home.run(&["--json", "draft", "send", id]).ok().json();
    let published = sent["published"].as_array().unwrap();
    assert_eq!(published.len(), parts.len());
    let root = published[0]["uri"].as_str().unwrap();
    for (i, post) in published.iter().enumerate() {
        let record = xrpc::record(post["uri"].as_str().unwrap());
        assert_eq!(record["text"], parts[i], "part {i}");
        if i > 0 {
            assert_eq!(record["reply"]["root"]["uri"], root);
            assert_eq!(record["reply"]["parent"]["uri"], published[i - 1]["uri"]);
        }
    }
    assert!(drafts(&home).is_empty());
}

#[test]
fn an_agents_draft_is_edited_on_the_command_line_then_sent_once() {
    let me = fresh_account();
    let home = Home::of(&me);
    let calls = json!([
        {"name": "bluesky_create_draft", "arguments": {"text": "first thoughts", "allow_quotes": false}},
    ]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let id = session["results"][0]["structuredContent"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let calls = json!([
        {"name": "bluesky_update_draft", "arguments": {"id": id, "langs": ["en"]}},
        {"name": "bluesky_update_draft", "arguments": {"id": id}},
    ]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let r = session["results"].as_array().unwrap();
    assert_eq!(r[0]["structuredContent"]["action"], "updated", "{}", r[0]);
    assert_eq!(r[1]["isError"], true, "nothing to change: {}", r[1]);

    let edited = home
        .run(&["--json", "draft", "edit", &id, "second thoughts, better"])
        .ok()
        .json();
    assert_eq!(edited["draft"]["posts"], json!(["second thoughts, better"]));
    let listed = drafts(&home);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["posts"], json!(["second thoughts, better"]));
    assert_eq!(
        listed[0]["langs"],
        json!(["en"]),
        "kept from the agent's edit"
    );
    assert_eq!(listed[0]["allow_quotes"], false, "kept");
    let out = home.run(&["draft", "edit", &id]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("nothing to change"), "{}", out.stderr);

    home.run(&["draft", "send", &id]).ok();
    let posts = xrpc::records(&me.did, "app.bsky.feed.post");
    assert_eq!(posts.len(), 1, "one post exists afterwards");
    assert_eq!(posts[0]["value"]["text"], "second thoughts, better");
    assert_eq!(posts[0]["value"]["langs"], json!(["en"]));
    assert!(drafts(&home).is_empty(), "and the draft does not");
}

#[test]
fn a_draft_made_in_the_app_keeps_its_posts_and_images_when_edited_and_is_not_sent_without_them() {
    let me = fresh_account();
    let home = Home::of(&me);
    // As the Bluesky app saves one: two posts divided by the person, an
    // image on the device that made it.
    let draft = json!({"draft": {"posts": [
        {"text": "Short first.", "embedImages": [{"localRef": {"path": "file:///phone/cat.jpg"}, "alt": "a cat"}]},
        {"text": "And a second post the person split off."},
    ], "deviceName": "phone"}});
    let token = xrpc::session_of(&me);
    let id = xrpc::post("app.bsky.draft.createDraft", &draft, Some(&token))["id"]
        .as_str()
        .unwrap()
        .to_string();

    home.run(&["draft", "edit", &id, "--lang", "en"]).ok();
    let url = format!("{}/xrpc/app.bsky.draft.getDrafts", net().pds);
    let stored: Value = reqwest::blocking::Client::new()
        .get(url)
        .bearer_auth(&token)
        .send()
        .unwrap()
        .json()
        .unwrap();
    let kept = &stored["drafts"][0]["draft"];
    assert_eq!(kept["langs"], json!(["en"]));
    assert_eq!(kept["posts"].as_array().unwrap().len(), 2, "{kept}");
    assert_eq!(
        kept["posts"][1]["text"],
        "And a second post the person split off."
    );
    assert_eq!(kept["posts"][0]["embedImages"][0]["alt"], "a cat", "{kept}");
    assert_eq!(kept["deviceName"], "phone");

    let out = home.run(&["draft", "send", &id]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("holds images or a video"),
        "{}",
        out.stderr
    );
    assert!(xrpc::records(&me.did, "app.bsky.feed.post").is_empty());
    let listed = drafts(&home);
    assert_eq!(listed.len(), 1, "the draft is kept");
    assert_eq!(listed[0]["media"], true, "listed as holding media");
    let human = home.run(&["draft", "ls"]).ok().stdout;
    assert!(human.contains("[images or video:"), "{human}");
}

#[test]
fn write_mode_drafts_saves_an_agents_posts_as_drafts_and_refuses_what_a_draft_cannot_hold() {
    let me = fresh_account();
    let home = Home::of(&me);
    let original = home.run(&["--json", "post", "an original"]).ok().json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    std::fs::write(home.config_file(), "write_mode: drafts\n").unwrap();
    let long = "Each of these sentences goes into a thread. ".repeat(10);
    let calls = json!([
        {"name": "bluesky_post_text", "arguments": {"text": "drafted, not posted", "langs": ["en"]}},
        {"name": "bluesky_quote_post", "arguments": {"uri": original, "text": "a quote, drafted"}},
        {"name": "bluesky_post_thread", "arguments": {"text": long, "numbered": true}},
        {"name": "bluesky_post_text", "arguments": {"text": "only a dry run", "dry_run": true}},
    ]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let tools = session["tools"].as_array().unwrap();
    let tool = |name: &str| tools.iter().find(|t| t["name"] == name);
    for name in ["bluesky_reply", "bluesky_post_image", "bluesky_post_video"] {
        assert!(
            tool(name).is_none(),
            "{name} cannot save a draft: not offered"
        );
    }
    for name in [
        "bluesky_post_text",
        "bluesky_quote_post",
        "bluesky_post_thread",
    ] {
        let description = tool(name).unwrap()["description"].as_str().unwrap();
        assert!(
            description.contains("saves it as a draft"),
            "{name}: {description}"
        );
    }
    assert!(
        !tool("bluesky_create_draft").unwrap()["description"]
            .as_str()
            .unwrap()
            .contains("This server saves"),
    );

    let r = session["results"].as_array().unwrap();
    for result in &r[..3] {
        assert_eq!(result["isError"], false, "{result}");
        assert!(result["structuredContent"].get("uri").is_none(), "{result}");
        assert!(text_of(result).contains("instead of posting"), "{result}");
    }
    let text_draft = &r[0]["structuredContent"]["draft"];
    assert_eq!(text_draft["posts"], json!(["drafted, not posted"]));
    assert_eq!(text_draft["langs"], json!(["en"]));
    assert_eq!(
        r[1]["structuredContent"]["draft"]["quote"],
        original.as_str()
    );
    let thread = &r[2]["structuredContent"];
    let parts = thread["parts"].as_u64().unwrap();
    assert!(parts >= 2, "{thread}");
    assert_eq!(thread["published"], json!([]));
    let posts = thread["draft"]["posts"].as_array().unwrap();
    assert_eq!(posts.len() as u64, parts);
    assert!(
        posts[0].as_str().unwrap().ends_with(&format!("1/{parts}")),
        "numbered: {posts:?}"
    );
    assert_eq!(r[3]["structuredContent"]["dry_run"], true);
    assert!(text_of(&r[3]).contains("nothing saved"), "{}", r[3]);

    let listed = drafts(&home);
    assert_eq!(listed.len(), 3, "three drafts, the dry run saved nothing");
    assert_eq!(
        xrpc::records(&me.did, "app.bsky.feed.post").len(),
        1,
        "no post but the original"
    );

    // The same on the command line: what a draft cannot hold is refused.
    let out = home.run(&["reply", &original, "a reply"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("write_mode is `drafts`") && out.stderr.contains("a reply"),
        "{}",
        out.stderr
    );
    let image = home.path().join("pic.png");
    image::RgbImage::new(8, 8).save(&image).unwrap();
    let out = home.run(&[
        "post",
        "--image",
        image.to_str().unwrap(),
        "--alt",
        "a dot",
        "pic",
    ]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("a post with images"), "{}", out.stderr);

    // The person sends a draft themselves: `draft send` publishes in any mode.
    let id = text_draft["id"].as_str().unwrap();
    home.run(&["draft", "send", id]).ok();
    let posts = xrpc::records(&me.did, "app.bsky.feed.post");
    assert_eq!(posts.len(), 2);
    assert!(
        posts
            .iter()
            .any(|p| p["value"]["text"] == "drafted, not posted")
    );
    assert_eq!(drafts(&home).len(), 2);
}
