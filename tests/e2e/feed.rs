use serde_json::{Value, json};

use crate::harness::*;

#[test]
fn follower_sees_the_post_in_their_timeline() {
    let alice = Home::logged_in("alice");
    let bob = Home::logged_in("bob");
    xrpc::follow("bob", "alice");
    let text = format!("for my followers {}", std::process::id());
    let uri = alice.run(&["--json", "post", &text]).ok().json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    let post = eventually("bob's timeline to show alice's post", || {
        let feed = bob.run(&["--json", "feed", "--limit", "50"]).ok().json();
        feed["posts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["uri"] == uri.as_str())
            .cloned()
    });
    assert_eq!(post["author"], "alice.test");
    assert_eq!(post["text"], text.as_str());
}

#[test]
fn limit_zero_is_refused_and_the_cli_pages_beyond_100() {
    let home = Home::logged_in("bob");
    let out = home.run(&["feed", "--limit", "0"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("limit 0 is out of range"),
        "{}",
        out.stderr
    );
    // Agents get one page of at most 100 (the MCP tests check limit 101); the
    // command line pages through for more.
    home.run(&["feed", "--limit", "101"]).ok();
}

#[test]
fn unknown_feed_type_is_refused() {
    let home = Home::logged_in("bob");
    let out = home.run(&["feed", "hot"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("feed_type \"hot\" is not a feed"),
        "{}",
        out.stderr
    );
}

#[test]
fn cursor_pages_through_the_timeline() {
    let home = Home::new();
    home.login_as(&fresh_account()).ok();
    for i in 0..3 {
        home.run(&["post", &format!("page test {i}")]).ok();
    }
    let first = eventually("two pages", || {
        let page = home.run(&["--json", "feed", "-n", "2"]).ok().json();
        page.get("cursor").is_some().then_some(page)
    });
    let cursor = first["cursor"].as_str().unwrap();
    let second = home
        .run(&["--json", "feed", "-n", "2", "--cursor", cursor])
        .ok()
        .json();
    let first_uris: Vec<&serde_json::Value> = first["posts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["uri"])
        .collect();
    for post in second["posts"].as_array().unwrap() {
        assert!(!first_uris.contains(&&post["uri"]), "pages do not overlap");
    }
    assert!(!second["posts"].as_array().unwrap().is_empty());
}

#[test]
fn feed_generator_by_at_uri() {
    let home = Home::logged_in("alice");
    let uri = home
        .run(&["--json", "post", "for the generator"])
        .ok()
        .json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    let feed_uri = &net().feed_uri;
    let page = eventually("the feed generator to serve the post", || {
        let page = home.run(&["--json", "feed", feed_uri]).ok().json();
        page["posts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["uri"] == uri.as_str())
            .then_some(page)
    });
    assert_eq!(page["feed"], feed_uri.as_str());
}

#[test]
fn a_list_named_by_its_bsky_app_url_is_read_by_its_owners_did() {
    let (owner, member) = (fresh_account(), fresh_account());
    let token = xrpc::session_of(&owner);
    let create = |collection: &str, record: Value| {
        let body = json!({"repo": owner.did, "collection": collection, "record": record});
        xrpc::post("com.atproto.repo.createRecord", &body, Some(&token))["uri"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let list = create(
        "app.bsky.graph.list",
        json!({"$type": "app.bsky.graph.list", "purpose": "app.bsky.graph.defs#curatelist",
               "name": "friends", "createdAt": "2026-01-01T00:00:00.000Z"}),
    );
    create(
        "app.bsky.graph.listitem",
        json!({"$type": "app.bsky.graph.listitem", "subject": member.did, "list": list,
               "createdAt": "2026-01-01T00:00:00.000Z"}),
    );
    let home = Home::new();
    home.login_as(&member).ok();
    let post = home
        .run(&["--json", "post", "posted by a list member"])
        .ok()
        .json();
    let rkey = list.rsplit('/').next().unwrap();
    let url = format!("https://bsky.app/profile/{}/lists/{rkey}", owner.handle);
    let page = eventually("the list feed to hold the member's post", || {
        let page = home.try_json(&["--json", "feed", &url])?;
        page["posts"]
            .as_array()?
            .iter()
            .any(|p| p["uri"] == post["uri"])
            .then_some(page)
    });
    assert_eq!(
        page["feed"],
        list.as_str(),
        "the list's AT-URI, with the owner's DID"
    );
}

/// A new account's timeline holds only what this test posts, so it can be snapshotted.
#[test]
fn feed_output_snapshots() {
    let home = Home::new();
    let me = fresh_account();
    home.login_as(&me).ok();
    home.run(&["post", "my first post #hello"]).ok();
    home.run(&["post", "and a second one\nover two lines"]).ok();
    let json = eventually("the two posts", || {
        let page = home.run(&["--json", "feed"]).ok().json();
        (page["posts"].as_array().unwrap().len() == 2).then_some(page)
    });
    insta::assert_json_snapshot!("feed_json", json, {
        ".posts[].uri" => "[uri]",
        ".posts[].created_at" => "[created_at]",
        ".posts[].author" => "[handle]",
    });
    let human = home.run(&["feed"]).ok();
    insta::with_settings!({filters => vec![
        (r" · \d+[smhd]\n", " · [age]\n"),
        (me.handle.as_str(), "[handle]"),
        (r"/post/[a-z0-9]{13}", "/post/[rkey]"),
    ]}, {
        insta::assert_snapshot!("feed_human", human.stdout);
    });
}

#[test]
fn colour_on_a_terminal_only_and_never_with_no_color() {
    let home = Home::logged_in("alice");
    home.run(&["post", "colourful"]).ok();
    // Styled output needs a post to show: wait for the AppView to have it.
    eventually("the post to reach the feed", || {
        let feed = home.try_json(&["--json", "feed", "-n", "1"])?;
        feed.to_string().contains("colourful").then_some(())
    });
    let feed = format!("{BIN} feed -n 1");
    let on_terminal = |no_color: bool| {
        let mut cmd = home.program("script", &["-qec", &feed, "/dev/null"]);
        if !no_color {
            cmd.env_remove("NO_COLOR");
        }
        let out = cmd.stdin(std::process::Stdio::null()).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(
        on_terminal(false).contains("\u{1b}["),
        "a terminal gets colour"
    );
    assert!(
        !on_terminal(true).contains("\u{1b}["),
        "NO_COLOR turns it off"
    );
    let mut piped = home.command(&["feed", "-n", "1"]);
    piped.env_remove("NO_COLOR");
    let out = piped.output().unwrap();
    assert!(
        !String::from_utf8(out.stdout).unwrap().contains("\u{1b}["),
        "a pipe gets none"
    );
}
