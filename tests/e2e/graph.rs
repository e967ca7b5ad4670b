//! The social graph: who liked, reposted and quoted a post; followers,
//! follows and known followers; paging through 150 followers.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::harness::*;

fn post(home: &Home, text: &str) -> String {
    let out = home.run(&["--json", "post", text]).ok().json();
    out["uri"].as_str().unwrap().to_string()
}

fn handles(result: &Value) -> Vec<String> {
    result["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["handle"].as_str().unwrap().to_string())
        .collect()
}

/// The AppView's count of `what` on the post `uri`, once it has it.
fn wait_for_count(uri: &str, what: &str, n: u64) {
    eventually(&format!("the AppView to count {n} {what}"), || {
        let posts = xrpc::appview("app.bsky.feed.getPosts", &[("uris", uri)]);
        (posts["posts"][0][what].as_u64() == Some(n)).then_some(())
    });
}

#[test]
fn likes_reposts_and_quotes_of_a_post_through_the_cli_and_mcp() {
    let (author, liker, reposter) = (fresh_account(), fresh_account(), fresh_account());
    let author_home = Home::of(&author);
    let liker_home = Home::of(&liker);
    let reposter_home = Home::of(&reposter);
    let uri = post(&author_home, "who will like this");
    liker_home.run(&["like", &uri]).ok();
    reposter_home.run(&["like", &uri]).ok();
    reposter_home.run(&["repost", &uri]).ok();
    let quote = liker_home
        .run(&["--json", "post", "--quote", &uri, "quoting it"])
        .ok()
        .json();
    // The author follows the liker, so the list says so.
    author_home.run(&["follow", &liker.handle]).ok();
    wait_for_count(&uri, "likeCount", 2);
    wait_for_count(&uri, "repostCount", 1);
    wait_for_count(&uri, "quoteCount", 1);
    eventually("the AppView to index the follow", || {
        let profile = xrpc::appview("app.bsky.actor.getProfile", &[("actor", &author.did)]);
        (profile["followsCount"].as_u64() == Some(1)).then_some(())
    });

    let likes = author_home.run(&["--json", "likes", &uri]).ok().json();
    let mut liked: Vec<String> = handles(&likes);
    liked.sort();
    let mut expected = vec![liker.handle.clone(), reposter.handle.clone()];
    expected.sort();
    assert_eq!(liked, expected);
    assert_eq!(likes["subject"], uri);
    let liker_item = likes["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["handle"] == liker.handle.as_str())
        .unwrap();
    assert_eq!(liker_item["did"], liker.did.as_str());
    assert_eq!(liker_item["following"], true, "{liker_item}");
    assert!(
        liker_item.get("viewer").is_none() && liker_item.get("avatar").is_none(),
        "no view noise: {liker_item}"
    );
    let human = author_home.run(&["likes", &uri]).ok().stdout;
    assert!(
        human.contains(&format!("@{} (following)", liker.handle)),
        "{human}"
    );

    let reposts = author_home.run(&["--json", "reposts", &uri]).ok().json();
    assert_eq!(handles(&reposts), [reposter.handle.as_str()]);
    let quotes = author_home.run(&["--json", "quotes", &uri]).ok().json();
    let quoted: Vec<&str> = quotes["posts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["uri"].as_str().unwrap())
        .collect();
    assert_eq!(quoted, [quote["uri"].as_str().unwrap()]);

    let calls = json!([
        {"name": "bluesky_get_likes", "arguments": {"uri": uri, "limit": 1}},
        {"name": "bluesky_get_reposted_by", "arguments": {"uri": uri}},
        {"name": "bluesky_get_quotes", "arguments": {"uri": uri}},
    ]);
    let (session, _) = client_session(author_home.mcp_client(&json!({"calls": calls})));
    let results = session["results"].as_array().unwrap();
    let first = &results[0]["structuredContent"];
    assert_eq!(first["accounts"].as_array().unwrap().len(), 1);
    assert!(
        first["cursor"].is_string(),
        "a second like is left: {first}"
    );
    assert_eq!(
        handles(&results[1]["structuredContent"]),
        [reposter.handle.as_str()]
    );
    let text = results[2]["content"][0]["text"].as_str().unwrap();
    assert!(text.contains("quoting it"), "{text}");
}

#[test]
fn lists_of_a_missing_post_or_an_unknown_account_are_refused_clearly() {
    let home = Home::logged_in("alice");
    let gone = format!(
        "at://{}/app.bsky.feed.post/3kaaaaaaaaaaa",
        account("bob").did
    );
    for command in ["likes", "reposts", "quotes"] {
        let out = home.run(&[command, &gone]);
        assert_eq!(out.code, 2, "{command}: {out:?}");
        assert!(
            out.stderr.contains("does not exist"),
            "{command}: {}",
            out.stderr
        );
    }
    let out = home.run(&["likes", "not a post"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("is not a post"), "{}", out.stderr);
    for args in [
        &["followers", "nobody-here.test"][..],
        &["follows", "nobody-here.test"],
        &["followers", "--known", "nobody-here.test"],
    ] {
        let out = home.run(args);
        assert_eq!(out.code, 2, "{args:?}: {out:?}");
        assert!(
            out.stderr
                .contains("@nobody-here.test is not a known handle"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let out = home.run(&["followers", "--limit", "0"]);
    assert_eq!(out.code, 2, "{out:?}");
    let calls = json!([
        {"name": "bluesky_get_likes", "arguments": {"uri": gone}},
        {"name": "bluesky_get_followers", "arguments": {"handle": "nobody-here.test"}},
        {"name": "bluesky_get_follows", "arguments": {"limit": 101}},
    ]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let results = session["results"].as_array().unwrap();
    for (result, words) in results.iter().zip([
        "does not exist",
        "is not a known handle",
        "limit 101 is out of range",
    ]) {
        assert_eq!(result["isError"], true, "{result}");
        let text = result["content"][0]["text"].as_str().unwrap();
        assert!(text.contains(words), "{text}");
    }
}

#[test]
fn followers_follows_and_known_followers() {
    let (me, friend, star) = (fresh_account(), fresh_account(), fresh_account());
    let home = Home::of(&me);
    home.run(&["follow", &friend.handle]).ok();
    home.run(&["follow", &star.handle]).ok();
    xrpc::follow_as(&friend, &star.did);
    xrpc::follow_as(&friend, &me.did);
    eventually("the AppView to index the follows", || {
        let star = xrpc::appview("app.bsky.actor.getProfile", &[("actor", &star.did)]);
        let me = xrpc::appview("app.bsky.actor.getProfile", &[("actor", &me.did)]);
        (star["followersCount"].as_u64() == Some(2)
            && me["followersCount"].as_u64() == Some(1)
            && me["followsCount"].as_u64() == Some(2))
        .then_some(())
    });

    let mine = home.run(&["--json", "followers"]).ok().json();
    assert_eq!(handles(&mine), [friend.handle.as_str()]);
    assert_eq!(mine["subject"], me.did.as_str());
    let item = &mine["accounts"][0];
    assert_eq!(item["following"], true, "{item}");
    assert_eq!(item["follows_you"], true, "{item}");
    let mut follows = handles(&home.run(&["--json", "follows"]).ok().json());
    follows.sort();
    let mut expected = vec![friend.handle.clone(), star.handle.clone()];
    expected.sort();
    assert_eq!(follows, expected);
    let profile_url = format!("https://bsky.app/profile/{}", star.handle);
    let of_star = home.run(&["--json", "followers", &profile_url]).ok().json();
    assert_eq!(handles(&of_star).len(), 2);
    let known = home
        .run(&["--json", "followers", "--known", &star.handle])
        .ok()
        .json();
    assert_eq!(
        handles(&known),
        [friend.handle.as_str()],
        "only the follower I follow"
    );
    let jsonl = home.run(&["--jsonl", "follows"]).ok().stdout;
    assert_eq!(jsonl.lines().count(), 2, "{jsonl}");
    let calls = json!([
        {"name": "bluesky_get_known_followers", "arguments": {"handle": star.did}},
        {"name": "bluesky_get_follows", "arguments": {"handle": friend.handle}},
    ]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    assert_eq!(
        handles(&session["results"][0]["structuredContent"]),
        [friend.handle.as_str()]
    );
    let mut friend_follows = handles(&session["results"][1]["structuredContent"]);
    friend_follows.sort();
    let mut expected = vec![me.handle.clone(), star.handle.clone()];
    expected.sort();
    assert_eq!(friend_follows, expected);
}

#[test]
fn a_hundred_and_fifty_followers_come_back_whole_through_all_and_through_cursors() {
    let star = fresh_account();
    let followers: Vec<Account> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..10)
            .map(|_| {
                scope.spawn(|| {
                    (0..15)
                        .map(|_| {
                            let a = fresh_account();
                            xrpc::follow_as(&a, &star.did);
                            a
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    let expected: BTreeSet<String> = followers.iter().map(|a| a.did.clone()).collect();
    assert_eq!(expected.len(), 150);
    eventually("the AppView to index 150 follows", || {
        let profile = xrpc::appview("app.bsky.actor.getProfile", &[("actor", &star.did)]);
        (profile["followersCount"].as_u64() == Some(150)).then_some(())
    });
    let home = Home::logged_in("alice");

    let all = home
        .run(&["--json", "followers", &star.handle, "--all"])
        .ok()
        .json();
    let dids: Vec<String> = all["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["did"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(dids.len(), 150, "no duplicates, none missing");
    assert_eq!(dids.iter().cloned().collect::<BTreeSet<_>>(), expected);
    assert!(all.get("cursor").is_none(), "the end: {}", all["cursor"]);

    let calls = json!([{
        "name": "bluesky_get_followers",
        "arguments": {"handle": star.handle, "limit": 40},
        "allPages": true,
    }]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let pages = session["results"][0].as_array().unwrap();
    // 40 + 40 + 40 + 30, and perhaps an empty page after the last cursor.
    assert!((4..=5).contains(&pages.len()), "{} pages", pages.len());
    let mut seen = Vec::new();
    for page in pages {
        for a in page["structuredContent"]["accounts"].as_array().unwrap() {
            seen.push(a["did"].as_str().unwrap().to_string());
        }
    }
    assert_eq!(seen.len(), 150, "no duplicates across pages");
    assert_eq!(seen.into_iter().collect::<BTreeSet<_>>(), expected);
}
