//! Reading: paging through feeds, author feeds, the home feed, bad feeds.

use std::collections::HashSet;

use serde_json::{Value, json};

use crate::harness::*;

/// `count` posts by `author`, written in one batch, newest last.
fn seed_posts(author: &Account, count: usize, prefix: &str) {
    let token = xrpc::session_of(author);
    let start = seconds_apart_until_now(count);
    let writes: Vec<Value> = (0..count)
        .map(|i| {
            json!({
                "$type": "com.atproto.repo.applyWrites#create",
                "collection": "app.bsky.feed.post",
                "value": {"$type": "app.bsky.feed.post", "text": format!("{prefix} {i}"), "createdAt": start(i)},
            })
        })
        .collect();
    xrpc::post(
        "com.atproto.repo.applyWrites",
        &json!({"repo": author.did, "writes": writes}),
        Some(&token),
    );
}

/// RFC 3339 times one second apart, ending now.
fn seconds_apart_until_now(count: usize) -> impl Fn(usize) -> String {
    let now = chrono::Utc::now();
    move |i| {
        let t = now - chrono::Duration::seconds((count - i) as i64);
        t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
    }
}

#[test]
fn a_120_post_timeline_pages_in_order_without_duplicates() {
    let (author, reader) = (fresh_account(), fresh_account());
    seed_posts(&author, 120, "numbered post");
    let home = Home::new();
    home.login_as(&reader).ok();
    home.run(&["follow", &author.handle]).ok();
    let feed = eventually("the timeline to hold all 120 posts", || {
        let feed = home
            .run(&["--json", "feed", "following", "--limit", "120"])
            .ok()
            .json();
        (feed["posts"].as_array().unwrap().len() == 120).then_some(feed)
    });
    let posts = feed["posts"].as_array().unwrap();
    let uris: HashSet<&str> = posts.iter().map(|p| p["uri"].as_str().unwrap()).collect();
    assert_eq!(uris.len(), 120, "no duplicates");
    let texts: Vec<&str> = posts.iter().map(|p| p["text"].as_str().unwrap()).collect();
    let expected: Vec<String> = (0..120)
        .rev()
        .map(|i| format!("numbered post {i}"))
        .collect();
    assert_eq!(texts, expected, "newest first, nothing skipped");

    // As JSON Lines, one post per line.
    let lines = home
        .run(&["--jsonl", "feed", "following", "--limit", "7"])
        .ok();
    let lines: Vec<Value> = lines
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0]["text"], "numbered post 119");

    // Read by a pipe that closes early (`| head -1`): no panic, no error.
    let out = home.run_into_closed_pipe(&["--jsonl", "feed", "following", "--limit", "120"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

#[test]
fn author_feed_with_filters() {
    let author = fresh_account();
    let home = Home::new();
    home.login_as(&author).ok();
    let root = home
        .run(&["--json", "post", "a post of my own"])
        .ok()
        .json();
    home.run(&["reply", root["uri"].as_str().unwrap(), "and my reply to it"])
        .ok();
    let all = eventually("both posts in the author feed", || {
        let feed = home
            .run(&["--json", "feed", "--author", &format!("@{}", author.handle)])
            .ok()
            .json();
        (feed["posts"].as_array().unwrap().len() == 2).then_some(feed)
    });
    assert_eq!(all["feed"], format!("author:{}", author.did));
    let no_replies = home
        .run(&[
            "--json",
            "feed",
            "--author",
            &author.did,
            "--filter",
            "posts",
        ])
        .ok()
        .json();
    let texts: Vec<&str> = no_replies["posts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, vec!["a post of my own"]);
}

#[test]
fn home_is_the_first_pinned_feed() {
    let reader = fresh_account();
    let home = Home::new();
    home.login_as(&reader).ok();
    // Nothing pinned: home is the timeline.
    assert_eq!(
        home.run(&["--json", "feed"]).ok().json()["feed"],
        "timeline"
    );
    let token = xrpc::session_of(&reader);
    let prefs = json!({"preferences": [{
        "$type": "app.bsky.actor.defs#savedFeedsPrefV2",
        "items": [
            {"id": "a", "type": "feed", "value": net().feed_uri, "pinned": true},
            {"id": "b", "type": "timeline", "value": "following", "pinned": true},
        ],
    }]});
    xrpc::post("app.bsky.actor.putPreferences", &prefs, Some(&token));
    let feed = home.run(&["--json", "feed"]).ok().json();
    assert_eq!(feed["feed"], net().feed_uri.as_str());
}

#[test]
fn an_unknown_feed_generator_is_a_clear_error() {
    let home = Home::logged_in("bob");
    let missing = format!(
        "at://{}/app.bsky.feed.generator/no-such-feed",
        account("alice").did
    );
    let out = home.run(&["feed", &missing]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("app.bsky.feed.getFeed"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("help: check the feed's URI"),
        "{}",
        out.stderr
    );
}

fn uri_of(out: Out) -> String {
    out.ok().json()["uri"].as_str().unwrap().to_string()
}

/// Waits until the AppView shows `uri`: it only notifies about replies and
/// likes of posts it has already indexed.
fn indexed(home: &Home, uri: &str) {
    eventually("the post to be indexed", || {
        home.try_json(&["--json", "show", uri]).map(|_| ())
    });
}

#[test]
fn thread_shows_a_three_level_reply_tree() {
    let (a, b) = (fresh_account(), fresh_account());
    let (ha, hb) = (Home::new(), Home::new());
    ha.login_as(&a).ok();
    hb.login_as(&b).ok();
    let root = uri_of(ha.run(&["--json", "post", "root of the tree"]));
    indexed(&ha, &root);
    let one = uri_of(hb.run(&["--json", "reply", &root, "level one"]));
    let two = uri_of(ha.run(&["--json", "reply", &one, "level two"]));
    let three = uri_of(hb.run(&["--json", "reply", &two, "level three"]));
    let thread = eventually("the whole tree", || {
        let t = ha.try_json(&["--json", "thread", &root])?;
        t.pointer("/thread/replies/0/replies/0/replies/0/post/text")
            .is_some()
            .then_some(t)
    });
    assert_eq!(thread["thread"]["post"]["text"], "root of the tree");
    let level = |path: &str| thread.pointer(path).unwrap().clone();
    assert_eq!(level("/thread/replies/0/post/text"), "level one");
    assert_eq!(level("/thread/replies/0/replies/0/post/text"), "level two");
    assert_eq!(
        level("/thread/replies/0/replies/0/replies/0/uri"),
        three.as_str()
    );
    // From the deepest post: its parents, root first, and depth 0 leaves out replies.
    let up = ha
        .run(&["--json", "thread", &three, "--depth", "0"])
        .ok()
        .json();
    let parents: Vec<&str> = up["parents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["uri"].as_str().unwrap())
        .collect();
    assert_eq!(parents, vec![root.as_str(), one.as_str(), two.as_str()]);
    // A deleted reply shows as such.
    hb.run(&["delete", &one]).ok();
    let after = eventually("the deleted reply to show as not found", || {
        let t = ha.try_json(&["--json", "thread", &two])?;
        (t["parents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["kind"] == "not_found"))
        .then_some(t)
    });
    assert!(after["parents"][0]["post"].is_null());
    let human = ha.run(&["thread", &two, "--depth", "0"]).ok();
    assert!(
        human.stdout.contains("[not found post: "),
        "{}",
        human.stdout
    );
}

#[test]
fn search_by_tag_words_and_users() {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    let tag = format!("t{}", me.did.rsplit(':').next().unwrap());
    let uri = uri_of(home.run(&["--json", "post", &format!("tagged for search #{tag}")]));
    for given in [tag.clone(), format!("#{tag}")] {
        let found = eventually("the tag search to find the post", || {
            let r = home.run(&["--json", "search", "--tag", &given]).ok().json();
            (!r["posts"].as_array().unwrap().is_empty()).then_some(r)
        });
        assert_eq!(found["posts"][0]["uri"], uri.as_str());
        assert_eq!(found["query"], format!("#{tag}"));
    }
    let words = home
        .run(&[
            "--json",
            "search",
            "tagged for search",
            "--author",
            &me.handle,
        ])
        .ok()
        .json();
    assert_eq!(words["posts"][0]["uri"], uri.as_str());
    let users = home
        .run(&["--json", "search", "--users", &me.handle])
        .ok()
        .json();
    assert_eq!(users["users"][0]["did"], me.did.as_str());
    let out = home.run(&["search", "x", "--since", "last week"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("since \"last week\" is not a date"),
        "{}",
        out.stderr
    );
}

#[test]
fn notifications_show_likes_with_the_post_and_mark_seen_clears_them() {
    let (a, b) = (fresh_account(), fresh_account());
    let (ha, hb) = (Home::new(), Home::new());
    ha.login_as(&a).ok();
    hb.login_as(&b).ok();
    let post = uri_of(ha.run(&["--json", "post", "please like this"]));
    indexed(&ha, &post);
    hb.run(&["like", &post]).ok();
    hb.run(&["follow", &a.handle]).ok();
    let unread = eventually("the like and the follow to arrive", || {
        let n = ha.run(&["--json", "notifications", "--unread"]).ok().json();
        (n["notifications"].as_array().unwrap().len() == 2).then_some(n)
    });
    assert_eq!(unread["unread"], 2);
    let like = unread["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["reason"] == "like")
        .unwrap();
    assert_eq!(like["author"], b.handle.as_str());
    assert_eq!(like["subject"], post.as_str());
    assert_eq!(like["text"], "please like this");
    let follows = ha
        .run(&["--json", "notifications", "--reason", "follow"])
        .ok()
        .json();
    assert!(
        follows["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["reason"] == "follow")
    );
    let seen = ha
        .run(&["--json", "notifications", "--mark-seen"])
        .ok()
        .json();
    assert_eq!(seen["marked_seen"], true);
    assert_eq!(seen["unread"], 0);
    let after = ha.run(&["--json", "notifications", "--unread"]).ok().json();
    assert!(after["notifications"].as_array().unwrap().is_empty());

    // An agent marks them seen with a tool of its own.
    let second = uri_of(ha.run(&["--json", "post", "like this one too"]));
    indexed(&ha, &second);
    hb.run(&["like", &second]).ok();
    eventually("the new like to arrive", || {
        let n = ha.try_json(&["--json", "notifications", "--unread"])?;
        (n["unread"] == 1).then_some(())
    });
    let calls = json!([{"name": "bluesky_mark_notifications_seen", "arguments": {}}]);
    let (session, _) = client_session(ha.mcp_client(&json!({"calls": calls})));
    let result = &session["results"][0];
    assert_eq!(result["isError"], false, "{result}");
    assert_eq!(result["structuredContent"]["unread"], 0, "{result}");
    let after = ha.run(&["--json", "notifications", "--unread"]).ok().json();
    assert_eq!(after["unread"], 0);
}

#[test]
fn profile_and_show() {
    let (a, b) = (fresh_account(), fresh_account());
    let (ha, hb) = (Home::new(), Home::new());
    ha.login_as(&a).ok();
    hb.login_as(&b).ok();
    hb.run(&["follow", &a.handle]).ok();
    let post = uri_of(ha.run(&["--json", "post", "--lang", "en", "hello profile"]));
    let profile = eventually("the follow to count", || {
        let url = format!("https://bsky.app/profile/{}", a.handle);
        let p = hb.try_json(&["--json", "profile", &url])?;
        (p["followers"] == 1 && p["posts"] == 1).then_some(p)
    });
    assert_eq!(profile["did"], a.did.as_str());
    assert_eq!(profile["following"], true);
    assert_eq!(profile["followed_by"], false);
    let own = ha.run(&["--json", "profile"]).ok().json();
    assert_eq!(own["handle"], a.handle.as_str());
    let shown = hb.run(&["--json", "show", &post]).ok().json();
    assert_eq!(shown["post"]["text"], "hello profile");
    assert_eq!(shown["langs"], json!(["en"]));
    let out = hb.run(&["profile", "nobody-here.test"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("handle: @nobody-here.test is not a known handle"),
        "{}",
        out.stderr
    );
    let out = hb.run(&["show", "at://not a uri"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("is not a post"), "{}", out.stderr);
}

/// Human output of the read commands, with names, times and keys redacted.
#[test]
fn read_output_snapshots() {
    let (a, b) = (fresh_account(), fresh_account());
    let (ha, hb) = (Home::new(), Home::new());
    ha.login_as(&a).ok();
    hb.login_as(&b).ok();
    let root = uri_of(ha.run(&["--json", "post", "--lang", "en", "a post worth a snapshot"]));
    indexed(&ha, &root);
    hb.run(&["reply", &root, "a reply worth one too"]).ok();
    hb.run(&["like", &root]).ok();
    hb.run(&["follow", &a.handle]).ok();
    eventually("the reply, like and follow notifications", || {
        let n = ha.run(&["--json", "notifications"]).ok().json();
        (n["notifications"].as_array().unwrap().len() == 3).then_some(())
    });
    eventually("the post's reply and like counts", || {
        let post = hb.try_json(&["--json", "show", &root])?["post"].clone();
        (post["likes"] == 1 && post["replies"] == 1).then_some(())
    });
    eventually("the profile's follower and post counts", || {
        let profile = hb.try_json(&["--json", "profile", &a.handle])?;
        (profile["followers"] == 1 && profile["posts"] == 1).then_some(())
    });
    let filters = vec![
        (a.handle.as_str(), "[alice]"),
        (b.handle.as_str(), "[bob]"),
        (a.did.as_str(), "[alice-did]"),
        (r" · \d+[smhd]\n", " · [age]\n"),
        (r"post/[a-z0-9]{13}", "post/[rkey]"),
    ];
    insta::with_settings!({filters => filters}, {
        insta::assert_snapshot!("thread_human", ha.run(&["thread", &root]).ok().stdout);
        insta::assert_snapshot!("notifications_human", ha.run(&["notifications"]).ok().stdout);
        insta::assert_snapshot!("profile_human", hb.run(&["profile", &a.handle]).ok().stdout);
        insta::assert_snapshot!("show_human", hb.run(&["show", &root]).ok().stdout);
    });
}

#[test]
fn sdk_client_reads_through_every_read_tool() {
    let (a, b) = (fresh_account(), fresh_account());
    let (ha, hb) = (Home::new(), Home::new());
    ha.login_as(&a).ok();
    hb.login_as(&b).ok();
    let tag = format!("mcp{}", a.did.rsplit(':').next().unwrap());
    let root = uri_of(ha.run(&["--json", "post", &format!("read me over MCP #{tag}")]));
    indexed(&ha, &root);
    hb.run(&["reply", &root, "replied"]).ok();
    eventually("the reply notification", || {
        let n = ha
            .run(&["--json", "notifications", "--reason", "reply"])
            .ok()
            .json();
        (!n["notifications"].as_array().unwrap().is_empty()).then_some(())
    });
    eventually("the reply to be indexed", || {
        let t = ha.run(&["--json", "thread", &root]);
        (t.code == 0 && t.json().pointer("/thread/replies/0").is_some()).then_some(())
    });
    let plan = json!({"calls": [
        {"name": "bluesky_get_replies", "arguments": {"uri": root}},
        {"name": "bluesky_get_post", "arguments": {"uri": root}},
        {"name": "bluesky_get_profile", "arguments": {"handle": b.handle}},
        {"name": "bluesky_search_hashtags", "arguments": {"tag": tag}},
        {"name": "bluesky_search_users", "arguments": {"query": a.handle}},
        {"name": "bluesky_get_author_feed", "arguments": {"handle": b.did, "filter": "replies"}},
        {"name": "bluesky_get_notifications", "arguments": {"reasons": ["reply"]}},
        {"name": "bluesky_search_posts", "arguments": {"query": "x", "limit": 101}},
    ]});
    let (session, _) = client_session(ha.mcp_client(&plan));
    let r = session["results"].as_array().unwrap();
    for (i, result) in r.iter().enumerate().take(7) {
        assert_eq!(result["isError"], false, "call {i}: {result}");
    }
    assert_eq!(
        r[0]["structuredContent"]["thread"]["replies"][0]["post"]["text"],
        "replied"
    );
    assert_eq!(r[1]["structuredContent"]["post"]["uri"], root.as_str());
    assert_eq!(r[2]["structuredContent"]["did"], b.did.as_str());
    assert_eq!(r[3]["structuredContent"]["posts"][0]["uri"], root.as_str());
    assert_eq!(r[4]["structuredContent"]["users"][0]["did"], a.did.as_str());
    assert_eq!(r[5]["structuredContent"]["posts"][0]["text"], "replied");
    assert_eq!(
        r[6]["structuredContent"]["notifications"][0]["text"],
        "replied"
    );
    assert_eq!(r[7]["isError"], true);
    assert!(
        r[7]["content"][0]["text"]
            .as_str()
            .unwrap()
            .contains("limit 101 is out of range")
    );
    // The text content is a compact summary, not the JSON again.
    let summary = r[1]["content"][0]["text"].as_str().unwrap();
    assert!(
        summary.contains("read me over MCP") && !summary.contains("\"uri\""),
        "{summary}"
    );
}

#[test]
fn an_agents_120_post_author_feed_comes_in_whole_pages_within_a_small_budget() {
    const BUDGET: usize = 5000;
    let author = fresh_account();
    seed_posts(
        &author,
        120,
        "a post long enough that a page of them is many kilobytes,",
    );
    let home = Home::of(&author);
    eventually("the author feed to hold all 120 posts", || {
        let feed = home
            .run(&[
                "--json",
                "feed",
                "--author",
                &author.handle,
                "--limit",
                "120",
            ])
            .ok()
            .json();
        (feed["posts"].as_array().unwrap().len() == 120).then_some(())
    });
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    std::fs::write(home.config_file(), format!("max_result_bytes: {BUDGET}\n")).unwrap();
    let calls = json!([{
        "name": "bluesky_get_author_feed",
        "arguments": {"handle": author.handle, "limit": 100},
        "allPages": true,
    }]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let pages = session["results"][0].as_array().unwrap();
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let mut texts = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        assert_eq!(page["isError"], false, "{page}");
        let text = text_of(page);
        let data = serde_json::to_string(&page["structuredContent"]).unwrap();
        assert!(
            text.len() <= BUDGET,
            "page {i}: text of {} bytes",
            text.len()
        );
        assert!(
            data.len() <= BUDGET,
            "page {i}: JSON of {} bytes",
            data.len()
        );
        let posts = page["structuredContent"]["posts"].as_array().unwrap();
        assert!(
            !posts.is_empty() && posts.len() < 100,
            "page {i}: whole posts, fewer"
        );
        // A page cut short says so, and continues after its last post.
        let cursor = page["structuredContent"]["cursor"]
            .as_str()
            .unwrap_or_default();
        assert_eq!(
            text.contains("left out"),
            cursor.starts_with("skip:"),
            "page {i}: {cursor}"
        );
        assert!(
            i > 0 || cursor.starts_with("skip:"),
            "the first page is cut"
        );
        texts.extend(
            posts
                .iter()
                .map(|p| p["text"].as_str().unwrap().to_string()),
        );
    }
    let expected: Vec<String> = (0..120)
        .rev()
        .map(|i| format!("a post long enough that a page of them is many kilobytes, {i}"))
        .collect();
    assert_eq!(texts, expected, "every post once, newest first");
    let unique: HashSet<&String> = texts.iter().collect();
    assert_eq!(unique.len(), 120, "no duplicates");
}
