//! Reply and quote controls: gates written with new posts (all or nothing),
//! honoured before a reply or quote is sent, changed later; hidden replies.

use serde_json::{Value, json};

use crate::harness::*;

fn gate(post: &str, collection: &str) -> Option<Value> {
    let uri = post.replace("app.bsky.feed.post", collection);
    let parts: Vec<&str> = uri.trim_start_matches("at://").split('/').collect();
    let url = format!("{}/xrpc/com.atproto.repo.getRecord", net().pds);
    let response = reqwest::blocking::Client::new()
        .get(url)
        .query(&[
            ("repo", parts[0]),
            ("collection", parts[1]),
            ("rkey", parts[2]),
        ])
        .send()
        .unwrap();
    response
        .status()
        .is_success()
        .then(|| response.json::<Value>().unwrap()["value"].clone())
}

fn rule_types(gate: &Value) -> Vec<String> {
    gate["allow"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["$type"].as_str().unwrap().to_string())
        .collect()
}

fn uri_of(out: Out) -> String {
    out.ok().json()["uri"].as_str().unwrap().to_string()
}

#[test]
fn a_post_for_the_mentioned_only_refuses_other_replies_and_quotes_before_sending() {
    let (author, mentioned, stranger) = (fresh_account(), fresh_account(), fresh_account());
    let home = Home::of(&author);
    let text = format!("a question for @{}", mentioned.handle);
    let post = uri_of(home.run(&[
        "--json",
        "post",
        &text,
        "--who-can-reply",
        "mentioned",
        "--no-quotes",
    ]));
    let threadgate = gate(&post, "app.bsky.feed.threadgate").expect("a thread gate");
    assert_eq!(threadgate["post"], post.as_str());
    assert_eq!(
        rule_types(&threadgate),
        ["app.bsky.feed.threadgate#mentionRule"]
    );
    let postgate = gate(&post, "app.bsky.feed.postgate").expect("a post gate");
    assert_eq!(
        postgate["embeddingRules"][0]["$type"],
        "app.bsky.feed.postgate#disableRule"
    );

    // At once, before the AppView may have applied the gates.
    let stranger_home = Home::of(&stranger);
    let out = stranger_home.run(&["reply", &post, "may I?"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("does not allow you to reply"),
        "{}",
        out.stderr
    );
    let out = stranger_home.run(&["post", "--quote", &post, "quoting"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("does not allow quoting it"),
        "{}",
        out.stderr
    );
    assert!(
        xrpc::records(&stranger.did, "app.bsky.feed.post").is_empty(),
        "nothing was sent"
    );
    Home::of(&mentioned)
        .run(&["reply", &post, "happy to answer"])
        .ok();
    home.run(&["reply", &post, "the author may always reply"])
        .ok();
}

#[test]
fn dry_runs_show_the_gates_and_bad_rules_are_refused() {
    let me = fresh_account();
    let home = Home::of(&me);
    let dry = home
        .run(&[
            "--json",
            "post",
            "hello",
            "--who-can-reply",
            "following,followers",
            "--no-quotes",
            "--dry-run",
        ])
        .ok()
        .json();
    let gates = dry["gates"].as_array().unwrap();
    assert_eq!(gates.len(), 2, "{dry}");
    assert_eq!(
        rule_types(&gates[0]),
        [
            "app.bsky.feed.threadgate#followingRule",
            "app.bsky.feed.threadgate#followerRule"
        ]
    );
    assert_eq!(gates[1]["$type"], "app.bsky.feed.postgate");
    let thread = home
        .run(&[
            "--json",
            "post",
            "--thread",
            &"A sentence that goes on. ".repeat(20),
            "--who-can-reply",
            "nobody",
            "--dry-run",
        ])
        .ok()
        .json();
    assert_eq!(thread["gates"][0]["allow"], json!([]), "{thread}");

    let missing_list = format!("at://{}/app.bsky.graph.list/3kaaaaaaaaaaa", me.did);
    for (who, words) in [
        ("gossip", "\"gossip\" is not a rule"),
        ("everyone,mentioned", "`everyone` stands alone"),
        ("nobody,followers", "`nobody` stands alone"),
        (missing_list.as_str(), "does not exist"),
    ] {
        let out = home.run(&["post", "hello", "--who-can-reply", who]);
        assert_eq!(out.code, 2, "{who}: {out:?}");
        assert!(out.stderr.contains(words), "{who}: {}", out.stderr);
    }
    assert!(xrpc::records(&me.did, "app.bsky.feed.post").is_empty());
}

#[test]
fn a_gated_post_whose_answer_is_lost_is_written_once_with_its_gates() {
    let me = fresh_account();
    let proxy = LossyProxy::start("com.atproto.repo.applyWrites", 1);
    let home = Home::new();
    home.login_through(&proxy.url, &me).ok();
    let out = home
        .run(&["--json", "post", "gated once", "--who-can-reply", "nobody"])
        .ok();
    assert!(out.stderr.contains("retrying"), "{}", out.stderr);
    let posts = xrpc::records(&me.did, "app.bsky.feed.post");
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert_eq!(posts[0]["uri"], out.json()["uri"]);
    assert_eq!(xrpc::records(&me.did, "app.bsky.feed.threadgate").len(), 1);
}

#[test]
fn reply_controls_change_on_your_own_posts_only() {
    let (me, other) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let post = uri_of(home.run(&["--json", "post", "open for now"]));
    let set = home
        .run(&[
            "--json",
            "reply-controls",
            &post,
            "--who-can-reply",
            "nobody",
        ])
        .ok()
        .json();
    assert_eq!(set["who_can_reply"], json!(["nobody"]));
    assert_eq!(
        gate(&post, "app.bsky.feed.threadgate").unwrap()["allow"],
        json!([])
    );
    let again = home
        .run(&["reply-controls", &post, "--who-can-reply", "nobody"])
        .ok();
    assert!(again.stdout.contains("Nothing to do"), "{}", again.stdout);
    home.run(&["reply-controls", &post, "--no-quotes"]).ok();
    assert!(gate(&post, "app.bsky.feed.postgate").is_some());
    assert_eq!(
        gate(&post, "app.bsky.feed.threadgate").unwrap()["allow"],
        json!([]),
        "left out, so unchanged"
    );
    home.run(&[
        "reply-controls",
        &post,
        "--quotes",
        "--who-can-reply",
        "everyone",
    ])
    .ok();
    assert!(gate(&post, "app.bsky.feed.postgate").is_none());
    assert!(gate(&post, "app.bsky.feed.threadgate").is_none());

    let other_home = Home::of(&other);
    let theirs = uri_of(other_home.run(&["--json", "post", "mine"]));
    let out = home.run(&["reply-controls", &theirs, "--no-quotes"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("is not your post"), "{}", out.stderr);
    let reply = uri_of(home.run(&["--json", "reply", &theirs, "a reply of mine"]));
    let out = home.run(&["reply-controls", &reply, "--who-can-reply", "nobody"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("is a reply"), "{}", out.stderr);
    home.run(&["reply-controls", &reply, "--no-quotes"]).ok();
    assert!(gate(&reply, "app.bsky.feed.postgate").is_some());
}

#[test]
fn the_threads_author_hides_and_unhides_replies() {
    let (me, other) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let other_home = Home::of(&other);
    let post = uri_of(home.run(&[
        "--json",
        "post",
        "a thread of mine",
        "--who-can-reply",
        "following,followers",
    ]));
    home.run(&["follow", &other.handle]).ok();
    let reply = eventually("the AppView to see the follow", || {
        let out = other_home.run(&["--json", "reply", &post, "rude words"]);
        (out.code == 0).then(|| out.json()["uri"].as_str().unwrap().to_string())
    });
    let hidden = home.run(&["--json", "hide", &reply]).ok().json();
    assert_eq!(hidden["action"], "hidden");
    let threadgate = gate(&post, "app.bsky.feed.threadgate").unwrap();
    assert_eq!(threadgate["hiddenReplies"], json!([reply]));
    assert_eq!(rule_types(&threadgate).len(), 2, "the rules stay");
    let again = home.run(&["hide", &reply]).ok();
    assert!(again.stdout.contains("already hidden"), "{}", again.stdout);
    let out = other_home.run(&["hide", &reply]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("did not start"), "{}", out.stderr);
    let out = home.run(&["hide", &post]);
    assert!(out.stderr.contains("is not a reply"), "{}", out.stderr);
    home.run(&["unhide", &reply]).ok();
    let threadgate = gate(&post, "app.bsky.feed.threadgate").unwrap();
    assert!(threadgate.get("hiddenReplies").is_none(), "{threadgate}");
    let again = home.run(&["unhide", &reply]).ok();
    assert!(again.stdout.contains("was not hidden"), "{}", again.stdout);
}

#[test]
fn reply_controls_over_mcp() {
    let me = fresh_account();
    let home = Home::of(&me);
    let calls = json!([
        {"name": "bluesky_post_text", "arguments": {"text": "nobody replies", "who_can_reply": ["nobody"], "allow_quotes": false}},
        {"name": "bluesky_reply", "arguments": {"uri": "at://did:plc:x/app.bsky.feed.post/3k", "text": "x", "who_can_reply": ["nobody"]}},
        {"name": "bluesky_post_thread", "arguments": {"text": "One. Two.", "who_can_reply": ["following"], "dry_run": true}},
        {"name": "bluesky_quote_post", "arguments": {"uri": format!("at://{}/app.bsky.feed.post/3kaaaaaaaaaaa", me.did), "text": "x", "allow_quotes": false, "dry_run": true}},
    ]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let r = session["results"].as_array().unwrap();
    let post = r[0]["structuredContent"]["uri"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(gate(&post, "app.bsky.feed.threadgate").is_some());
    assert!(gate(&post, "app.bsky.feed.postgate").is_some());
    assert_eq!(r[1]["isError"], true, "{}", r[1]);
    assert_eq!(
        rule_types(&r[2]["structuredContent"]["gates"][0]),
        ["app.bsky.feed.threadgate#followingRule"]
    );
    assert!(
        r[3]["content"][0]["text"]
            .as_str()
            .unwrap()
            .contains("does not exist"),
        "{}",
        r[3]
    );
    let calls = json!([
        {"name": "bluesky_set_reply_controls", "arguments": {"uri": post, "who_can_reply": ["everyone"], "allow_quotes": true, "dry_run": true}},
        {"name": "bluesky_set_reply_controls", "arguments": {"uri": post, "who_can_reply": ["everyone"]}},
    ]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let r = session["results"].as_array().unwrap();
    assert_eq!(r[0]["structuredContent"]["dry_run"], true);
    let removed = r[0]["structuredContent"]["removed"].as_array().unwrap();
    assert_eq!(removed.len(), 2, "both gates go: {}", r[0]);
    assert!(
        removed[0]
            .as_str()
            .unwrap()
            .contains("app.bsky.feed.threadgate")
    );
    assert_eq!(
        r[1]["structuredContent"]["allow_quotes"], false,
        "unchanged"
    );
    assert!(gate(&post, "app.bsky.feed.threadgate").is_none());
    assert!(gate(&post, "app.bsky.feed.postgate").is_some());
}
