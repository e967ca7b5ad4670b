//! Bookmarks round-trip on the local network; trends say plainly that this
//! AppView has none.

use serde_json::{Value, json};

use crate::harness::*;

fn post(home: &Home, text: &str) -> String {
    let out = home.run(&["--json", "post", text]).ok().json();
    out["uri"].as_str().unwrap().to_string()
}

fn indexed(uri: &str) {
    eventually("the AppView to index the post", || {
        let posts = xrpc::appview("app.bsky.feed.getPosts", &[("uris", uri)]);
        (posts["posts"].as_array()?.len() == 1).then_some(())
    });
}

fn saved(home: &Home) -> Value {
    home.run(&["--json", "bookmark", "ls"]).ok().json()
}

#[test]
fn bookmarks_are_saved_listed_and_removed_once_each() {
    let (me, author) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let author_home = Home::of(&author);
    let keep = post(&author_home, "worth keeping");
    let gone = post(&author_home, "soon deleted");
    indexed(&keep);
    indexed(&gone);

    let added = home.run(&["--json", "bookmark", "add", &keep]).ok().json();
    assert_eq!(added["action"], "bookmarked");
    assert!(added.get("unchanged").is_none(), "{added}");
    let again = home.run(&["bookmark", "add", &keep]).ok();
    assert!(
        again.stdout.contains("already bookmarked"),
        "{}",
        again.stdout
    );
    let dry = home
        .run(&["--json", "bookmark", "add", &gone, "--dry-run"])
        .ok()
        .json();
    assert_eq!(dry["dry_run"], true);
    assert_eq!(
        saved(&home)["posts"].as_array().unwrap().len(),
        1,
        "a dry run saves nothing"
    );
    home.run(&["bookmark", "add", &gone]).ok();
    author_home.run(&["delete", &gone]).ok();
    let list = eventually("the AppView to see the post deleted", || {
        let list = saved(&home);
        (list["unavailable"] == json!([gone])).then_some(list)
    });
    let posts = list["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 1, "{list}");
    assert_eq!(posts[0]["uri"], keep.as_str());
    assert_eq!(posts[0]["text"], "worth keeping");
    let human = home.run(&["bookmark", "ls"]).ok().stdout;
    assert!(human.contains("worth keeping"), "{human}");
    assert!(human.contains("(deleted or hidden)"), "{human}");

    let removed = home.run(&["--json", "bookmark", "rm", &keep]).ok().json();
    assert_eq!(removed["action"], "unbookmarked");
    let again = home.run(&["bookmark", "rm", &keep]).ok();
    assert!(
        again.stdout.contains("was not bookmarked"),
        "{}",
        again.stdout
    );
    assert!(saved(&home)["posts"].as_array().unwrap().is_empty());
    let out = home.run(&["bookmark", "add", "not-a-post"]);
    assert_eq!(out.code, 2, "{out:?}");
}

#[test]
fn bookmarks_over_mcp() {
    let (me, author) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let uri = post(&Home::of(&author), "save me");
    indexed(&uri);
    let calls = json!([
        {"name": "bluesky_bookmark", "arguments": {"uri": uri}},
        {"name": "bluesky_get_bookmarks", "arguments": {"limit": 5}},
        {"name": "bluesky_unbookmark", "arguments": {"uri": uri}},
        {"name": "bluesky_get_bookmarks", "arguments": {}},
    ]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let r = session["results"].as_array().unwrap();
    assert_eq!(
        r[0]["structuredContent"]["action"], "bookmarked",
        "{}",
        r[0]
    );
    assert_eq!(r[1]["structuredContent"]["posts"][0]["uri"], uri.as_str());
    assert_eq!(r[2]["structuredContent"]["action"], "unbookmarked");
    assert_eq!(r[3]["structuredContent"]["posts"], json!([]), "{}", r[3]);
}

#[test]
fn trends_say_this_appview_has_none() {
    let home = Home::logged_in("alice");
    for args in [&["trends"][..], &["trends", "--topics"]] {
        let out = home.run(args);
        assert_eq!(out.code, 5, "{args:?}: {out:?}");
        assert!(
            out.stderr.contains("trends are not available")
                && out.stderr.contains("app.bsky.unspecced.getTrend"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let out = home.run(&["trends", "--limit", "26"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("1 to 25"), "{}", out.stderr);
    let calls = json!([{"name": "bluesky_get_trends", "arguments": {}}]);
    let (session, _) = client_session(home.mcp_client(&json!({"calls": calls})));
    let result = &session["results"][0];
    assert_eq!(result["isError"], true, "{result}");
    assert!(
        result["content"][0]["text"]
            .as_str()
            .unwrap()
            .contains("trends are not available"),
        "{result}"
    );
}
