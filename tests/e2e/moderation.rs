//! Mutes and blocks of accounts and threads, through the CLI and MCP.

use serde_json::{Value, json};

use crate::harness::*;

fn dids(result: &Value) -> Vec<String> {
    result["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["did"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn mute_and_unmute_an_account_once_each() {
    let (me, noisy) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let dry = home
        .run(&["--json", "mute", &noisy.handle, "--dry-run"])
        .ok()
        .json();
    assert_eq!(dry["dry_run"], true);
    assert!(
        dids(&home.run(&["--json", "mutes"]).ok().json()).is_empty(),
        "a dry run mutes nobody"
    );
    let muted = home.run(&["--json", "mute", &noisy.handle]).ok().json();
    assert_eq!(muted["action"], "muted");
    assert_eq!(muted["subject"], noisy.did.as_str());
    assert!(muted.get("unchanged").is_none(), "{muted}");
    let again = home.run(&["mute", &format!("@{}", noisy.handle)]).ok();
    assert!(again.stdout.contains("already muted"), "{}", again.stdout);
    assert_eq!(
        dids(&home.run(&["--json", "mutes"]).ok().json()),
        [noisy.did.as_str()]
    );
    let profile = home.run(&["--json", "profile", &noisy.handle]).ok().json();
    assert_eq!(profile["muted"], true, "{profile}");

    let unmuted = home.run(&["--json", "unmute", &noisy.did]).ok().json();
    assert_eq!(unmuted["action"], "unmuted");
    assert!(unmuted.get("unchanged").is_none(), "{unmuted}");
    let again = home.run(&["unmute", &noisy.did]).ok();
    assert!(again.stdout.contains("was not muted"), "{}", again.stdout);
    assert!(dids(&home.run(&["--json", "mutes"]).ok().json()).is_empty());
    let out = home.run(&["mute", "nobody-here.test"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("is not a known handle"),
        "{}",
        out.stderr
    );
}

#[test]
fn mute_a_thread_from_any_post_in_it() {
    let (me, other) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let other_home = Home::of(&other);
    let root = home.run(&["--json", "post", "a busy thread"]).ok().json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    let reply = other_home
        .run(&["--json", "reply", &root, "busy indeed"])
        .ok()
        .json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    // Whether a thread is muted is the AppView's to say, once it has the post.
    eventually("the AppView to index the thread", || {
        let posts = xrpc::appview("app.bsky.feed.getPosts", &[("uris", &root)]);
        (posts["posts"].as_array()?.len() == 1).then_some(())
    });
    let muted = home
        .run(&["--json", "mute", "--thread", &reply])
        .ok()
        .json();
    assert_eq!(muted["action"], "muted");
    assert_eq!(muted["subject"], root, "the thread is muted from its root");
    let viewer = || {
        let token = xrpc::session_of(&me);
        let url = format!("{}/xrpc/app.bsky.feed.getPosts", net().pds);
        let posts: Value = reqwest::blocking::Client::new()
            .get(url)
            .query(&[("uris", &root)])
            .bearer_auth(token)
            .send()
            .unwrap()
            .json()
            .unwrap();
        posts["posts"][0]["viewer"]["threadMuted"].as_bool()
    };
    assert_eq!(viewer(), Some(true));
    let again = home.run(&["mute", "--thread", &root]).ok();
    assert!(again.stdout.contains("already muted"), "{}", again.stdout);
    home.run(&["unmute", "--thread", &root]).ok();
    assert_eq!(viewer(), Some(false));
    let out = home.run(&["mute", "--thread", "alice.test"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("is not a post"), "{}", out.stderr);
}

#[test]
fn block_and_unblock_write_one_record_and_say_when_nothing_changed() {
    let (me, troll) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let blocks = || xrpc::records(&me.did, "app.bsky.graph.block");
    let dry = home
        .run(&["--json", "block", &troll.handle, "--dry-run"])
        .ok()
        .json();
    assert_eq!(dry["record"]["subject"], troll.did.as_str());
    assert!(blocks().is_empty(), "a dry run writes nothing");
    let blocked = home.run(&["--json", "block", &troll.handle]).ok().json();
    assert_eq!(blocked["action"], "blocked");
    // Again at once, before the AppView has indexed it: still one record.
    let again = home.run(&["--json", "block", &troll.did]).ok().json();
    assert_eq!(again["unchanged"], true, "{again}");
    assert_eq!(again["record_uri"], blocked["record_uri"]);
    let records = blocks();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["value"]["subject"], troll.did.as_str());
    eventually("the AppView to index the block", || {
        let listed = home.run(&["--json", "blocks"]).ok().json();
        (dids(&listed) == [troll.did.clone()]).then_some(())
    });

    let unblocked = home.run(&["--json", "unblock", &troll.handle]).ok().json();
    assert_eq!(unblocked["action"], "unblocked");
    assert_eq!(unblocked["record_uri"], blocked["record_uri"]);
    assert!(blocks().is_empty());
    let again = home.run(&["unblock", &troll.handle]).ok();
    assert!(again.stdout.contains("was not blocked"), "{}", again.stdout);
}

#[test]
fn moderation_over_mcp() {
    let (me, them) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let calls = json!([
        {"name": "bluesky_mute", "arguments": {"handle": them.handle}},
        {"name": "bluesky_mute", "arguments": {"handle": them.handle}},
        {"name": "bluesky_get_mutes", "arguments": {}},
        {"name": "bluesky_block", "arguments": {"handle": them.did}},
        {"name": "bluesky_unblock", "arguments": {"handle": "nobody-here.test"}},
        {"name": "bluesky_unmute", "arguments": {"handle": them.handle}},
    ]);
    let mut client = home.mcp_client(&json!({"calls": calls}));
    client.env("MCP_SERVER_ARGS", r#"["--toolsets", "moderation"]"#);
    let (session, _) = client_session(client);
    let r = session["results"].as_array().unwrap();
    assert_eq!(r[0]["structuredContent"]["action"], "muted");
    assert_eq!(r[1]["structuredContent"]["unchanged"], true);
    assert_eq!(dids(&r[2]["structuredContent"]), [them.did.as_str()]);
    assert_eq!(r[3]["structuredContent"]["action"], "blocked");
    assert_eq!(r[4]["isError"], true);
    assert!(
        r[4]["content"][0]["text"]
            .as_str()
            .unwrap()
            .contains("is not a known handle")
    );
    assert_eq!(r[5]["structuredContent"]["action"], "unmuted");
    assert_eq!(xrpc::records(&me.did, "app.bsky.graph.block").len(), 1);
    let tools: Vec<&str> = session["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(tools.contains(&"bluesky_get_blocks"), "{tools:?}");
    assert!(!tools.contains(&"bluesky_like"), "{tools:?}");

    // Threads, blocks and hidden replies.
    let root = Home::of(&them)
        .run(&["--json", "post", "a thread to mute"])
        .ok()
        .json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    let mine = home.run(&["--json", "post", "my thread"]).ok().json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    let reply = Home::of(&them)
        .run(&["--json", "reply", &mine, "a reply to hide"])
        .ok()
        .json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    eventually("the AppView to index the block", || {
        let listed = home.run(&["--json", "blocks"]).ok().json();
        (dids(&listed) == [them.did.as_str()]).then_some(())
    });
    let calls = json!([
        {"name": "bluesky_mute_thread", "arguments": {"uri": root}},
        {"name": "bluesky_unmute_thread", "arguments": {"uri": root}},
        {"name": "bluesky_get_blocks", "arguments": {}},
        {"name": "bluesky_hide_reply", "arguments": {"uri": reply}},
        {"name": "bluesky_unhide_reply", "arguments": {"uri": reply}},
        {"name": "bluesky_unblock", "arguments": {"handle": them.handle}},
    ]);
    let mut client = home.mcp_client(&json!({"calls": calls}));
    client.env("MCP_SERVER_ARGS", r#"["--toolsets", "moderation"]"#);
    let (session, _) = client_session(client);
    let r = session["results"].as_array().unwrap();
    assert_eq!(r[0]["structuredContent"]["action"], "muted", "{}", r[0]);
    assert_eq!(r[1]["structuredContent"]["action"], "unmuted", "{}", r[1]);
    assert_eq!(dids(&r[2]["structuredContent"]), [them.did.as_str()]);
    assert_eq!(r[3]["structuredContent"]["action"], "hidden", "{}", r[3]);
    assert_eq!(r[4]["structuredContent"]["action"], "unhidden", "{}", r[4]);
    assert_eq!(r[5]["structuredContent"]["action"], "unblocked", "{}", r[5]);
    assert!(xrpc::records(&me.did, "app.bsky.graph.block").is_empty());
}
