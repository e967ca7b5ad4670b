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
