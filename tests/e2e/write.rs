//! Replies, quotes, threads, likes, reposts, follows and deletes.

use serde_json::Value;

use crate::harness::*;

fn post(home: &Home, text: &str) -> String {
    home.run(&["--json", "post", text]).ok().json()["uri"]
        .as_str()
        .unwrap()
        .to_string()
}

fn records(name: &str, collection: &str) -> Vec<Value> {
    xrpc::records(&account(name).did, collection)
}

#[test]
fn reply_to_a_nested_reply_keeps_the_thread_root() {
    let alice = Home::logged_in("alice");
    let bob = Home::logged_in("bob");
    let root = post(&alice, "root of a thread");
    let first = bob
        .run(&["--json", "reply", &root, "first reply"])
        .ok()
        .json();
    let first_uri = first["uri"].as_str().unwrap();
    // Replied to by bsky.app URL with the handle, as people copy it.
    let url = format!(
        "https://bsky.app/profile/bob.test/post/{}",
        first_uri.rsplit('/').next().unwrap()
    );
    let nested = alice
        .run(&["--json", "reply", &url, "nested reply"])
        .ok()
        .json();
    let record = xrpc::record(nested["uri"].as_str().unwrap());
    assert_eq!(record["reply"]["root"]["uri"], root.as_str());
    assert_eq!(record["reply"]["parent"]["uri"], first_uri);
    assert_eq!(record["reply"]["parent"]["cid"], first["cid"]);
    let root_record = xrpc::get(
        "com.atproto.repo.getRecord",
        &[
            ("repo", &account("alice").did),
            ("collection", "app.bsky.feed.post"),
            ("rkey", root.rsplit('/').next().unwrap()),
        ],
    );
    assert_eq!(record["reply"]["root"]["cid"], root_record["cid"]);
}

#[test]
fn reply_to_a_missing_or_deleted_post_is_refused() {
    let alice = Home::logged_in("alice");
    let missing = format!(
        "at://{}/app.bsky.feed.post/3zzzzzzzzzzzz",
        account("alice").did
    );
    let out = alice.run(&["reply", &missing, "hello?"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("does not exist"), "{}", out.stderr);

    let doomed = post(&alice, "about to go");
    alice.run(&["delete", &doomed]).ok();
    let out = alice.run(&["reply", &doomed, "too late"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("does not exist"), "{}", out.stderr);

    let out = alice.run(&["reply", "not-a-post", "x"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("uri \"not-a-post\" is not a post"),
        "{}",
        out.stderr
    );
}

#[test]
fn reply_is_refused_when_the_thread_gate_forbids_it() {
    let alice = Home::logged_in("alice");
    let bob = Home::logged_in("bob");
    let gated = post(&alice, "no replies please");
    let token = xrpc::session("alice");
    let gate = serde_json::json!({
        "repo": account("alice").did,
        "collection": "app.bsky.feed.threadgate",
        "rkey": gated.rsplit('/').next().unwrap(),
        "record": {"$type": "app.bsky.feed.threadgate", "post": gated, "allow": [], "createdAt": "2026-01-01T00:00:00.000Z"},
    });
    xrpc::post("com.atproto.repo.createRecord", &gate, Some(&token));
    let out = eventually("the AppView to apply the thread gate", || {
        let out = bob.run(&["reply", &gated, "let me in"]);
        (out.code != 0).then_some(out)
    });
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("does not allow you to reply"),
        "{}",
        out.stderr
    );
}

#[test]
fn quote_embeds_the_quoted_post() {
    let alice = Home::logged_in("alice");
    let bob = Home::logged_in("bob");
    let quoted = post(&alice, "worth quoting");
    let out = bob
        .run(&["--json", "post", "--quote", &quoted, "well said"])
        .ok()
        .json();
    let record = xrpc::record(out["uri"].as_str().unwrap());
    assert_eq!(record["embed"]["$type"], "app.bsky.embed.record");
    assert_eq!(record["embed"]["record"]["uri"], quoted.as_str());
    assert!(
        record["embed"]["record"]["cid"]
            .as_str()
            .unwrap()
            .starts_with("bafy")
    );
}

#[test]
fn thread_is_a_chain_of_replies_under_its_first_post() {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    let text = "Every sentence here is part of a longer story. ".repeat(15);
    let out = home
        .run(&["--json", "post", "--thread", "--numbered", &text])
        .ok()
        .json();
    let published = out["published"].as_array().unwrap();
    assert_eq!(out["parts"], published.len());
    assert!(published.len() >= 3, "{out}");
    let uris: Vec<&str> = published
        .iter()
        .map(|p| p["uri"].as_str().unwrap())
        .collect();
    let n = uris.len();
    for (i, uri) in uris.iter().enumerate() {
        let record = xrpc::record(uri);
        let text = record["text"].as_str().unwrap();
        assert!(text.ends_with(&format!(" {}/{n}", i + 1)), "{text}");
        assert!(text.chars().count() <= 300);
        if i == 0 {
            assert!(record.get("reply").is_none());
        } else {
            assert_eq!(record["reply"]["root"]["uri"], uris[0]);
            assert_eq!(record["reply"]["parent"]["uri"], uris[i - 1]);
        }
    }
}

#[test]
fn thread_dry_run_shows_the_split_and_writes_nothing() {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    let text = "A sentence of the dry run. ".repeat(30);
    let out = home
        .run(&["--json", "post", "--thread", "--dry-run", &text])
        .ok()
        .json();
    assert_eq!(out["dry_run"], true);
    assert!(out["records"].as_array().unwrap().len() >= 2);
    let listed = xrpc::get(
        "com.atproto.repo.listRecords",
        &[("repo", &me.did), ("collection", "app.bsky.feed.post")],
    );
    assert_eq!(listed["records"].as_array().unwrap().len(), 0);
}

#[test]
fn like_and_unlike_change_the_record_once() {
    let alice = Home::logged_in("alice");
    let carol = Home::new();
    let me = fresh_account();
    carol.login_as(&me).ok();
    let target = post(&alice, "likeable");
    let liked = carol.run(&["--json", "like", &target]).ok().json();
    let like_uri = liked["record_uri"].as_str().unwrap().to_string();
    assert_eq!(liked["action"], "liked");
    let again = carol.run(&["--json", "like", &target]).ok().json();
    assert_eq!(again["unchanged"], true);
    assert_eq!(again["record_uri"], like_uri.as_str());
    let likes = xrpc::get(
        "com.atproto.repo.listRecords",
        &[("repo", &me.did), ("collection", "app.bsky.feed.like")],
    );
    assert_eq!(likes["records"].as_array().unwrap().len(), 1);
    assert_eq!(
        likes["records"][0]["value"]["subject"]["uri"],
        target.as_str()
    );

    carol.run(&["unlike", &target]).ok();
    let likes = xrpc::get(
        "com.atproto.repo.listRecords",
        &[("repo", &me.did), ("collection", "app.bsky.feed.like")],
    );
    assert!(likes["records"].as_array().unwrap().is_empty());
    let again = carol.run(&["--json", "unlike", &target]).ok().json();
    assert_eq!(again["unchanged"], true);
}

#[test]
fn repost_and_unrepost() {
    let alice = Home::logged_in("alice");
    let bob = Home::logged_in("bob");
    let target = post(&alice, "worth sharing");
    let out = bob.run(&["--json", "repost", &target]).ok().json();
    let repost_uri = out["record_uri"].as_str().unwrap().to_string();
    assert!(
        records("bob", "app.bsky.feed.repost")
            .iter()
            .any(|r| r["uri"] == repost_uri.as_str())
    );
    bob.run(&["unrepost", &target]).ok();
    assert!(
        !records("bob", "app.bsky.feed.repost")
            .iter()
            .any(|r| r["uri"] == repost_uri.as_str())
    );
}

#[test]
fn follow_and_unfollow_by_handle_url_or_did() {
    let home = Home::new();
    let me = fresh_account();
    home.login_as(&me).ok();
    let out = home
        .run(&["--json", "follow", "https://bsky.app/profile/carol.test"])
        .ok()
        .json();
    assert_eq!(out["subject"], account("carol").did.as_str());
    let again = home.run(&["--json", "follow", "@carol.test"]).ok().json();
    assert_eq!(again["unchanged"], true);
    home.run(&["unfollow", &account("carol").did]).ok();
    let follows = xrpc::get(
        "com.atproto.repo.listRecords",
        &[("repo", &me.did), ("collection", "app.bsky.graph.follow")],
    );
    assert!(follows["records"].as_array().unwrap().is_empty());
    let out = home.run(&["follow", "nobody-at-all.test"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("handle: @nobody-at-all.test is not a known handle"),
        "{}",
        out.stderr
    );
}

#[test]
fn dry_run_like_writes_nothing() {
    let alice = Home::logged_in("alice");
    let home = Home::new();
    let me = fresh_account();
    home.login_as(&me).ok();
    let target = post(&alice, "do not actually like me");
    let out = home
        .run(&["--json", "like", "--dry-run", &target])
        .ok()
        .json();
    assert_eq!(out["dry_run"], true);
    assert_eq!(out["record"]["subject"]["uri"], target.as_str());
    let likes = xrpc::get(
        "com.atproto.repo.listRecords",
        &[("repo", &me.did), ("collection", "app.bsky.feed.like")],
    );
    assert!(likes["records"].as_array().unwrap().is_empty());
}

#[test]
fn delete_removes_only_your_own_posts() {
    let alice = Home::logged_in("alice");
    let bob = Home::logged_in("bob");
    let mine = post(&alice, "delete me");
    let out = bob.run(&["delete", &mine]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("only your own posts can be deleted"),
        "{}",
        out.stderr
    );
    assert!(xrpc::record(&mine).is_object(), "still there");

    alice.run(&["delete", &mine]).ok();
    let rkey = mine.rsplit('/').next().unwrap();
    let url = format!("{}/xrpc/com.atproto.repo.getRecord", net().pds);
    let gone = reqwest::blocking::Client::new()
        .get(url)
        .query(&[
            ("repo", account("alice").did.as_str()),
            ("collection", "app.bsky.feed.post"),
            ("rkey", rkey),
        ])
        .send()
        .unwrap();
    assert_eq!(gone.status().as_u16(), 400, "getRecord finds nothing");
    let out = alice.run(&["delete", &mine]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("does not exist"), "{}", out.stderr);
}

#[test]
fn a_create_whose_response_is_lost_is_not_duplicated_on_retry() {
    let me = fresh_account();
    let proxy = LossyProxy::start("com.atproto.repo.createRecord", 1);
    let home = Home::new();
    home.login_through(&proxy.url, &me).ok();
    let out = home.run(&["--json", "post", "posted exactly once"]).ok();
    assert!(
        out.stderr.contains("retrying"),
        "the first attempt failed: {}",
        out.stderr
    );
    assert_eq!(
        proxy.calls.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "the retry found the record instead of creating it again"
    );
    let posts = xrpc::get(
        "com.atproto.repo.listRecords",
        &[("repo", &me.did), ("collection", "app.bsky.feed.post")],
    );
    let posts = posts["records"].as_array().unwrap();
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert_eq!(posts[0]["uri"], out.json()["uri"]);
}

#[test]
fn link_card_from_open_graph_tags_with_a_thumbnail() {
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        120,
        63,
        image::Rgb([200, 30, 30]),
    ))
    .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
    .unwrap();
    let html = r#"<html><head><title>Fallback</title>
        <meta property="og:title" content="A local article">
        <meta property="og:description" content="Served on loopback for the test">
        <meta property="og:image" content="/card.png"></head><body>hi</body></html>"#;
    let site = serve_pages(vec![
        (
            "/article",
            "text/html; charset=utf-8",
            html.as_bytes().to_vec(),
        ),
        ("/card.png", "image/png", png),
    ]);
    let page = format!("{}/article", site.url);
    let home = Home::logged_in("alice");
    // The first link of the text gets the card when link cards are on.
    let out = home
        .run_with(
            &LOOPBACK_CARDS,
            &["--json", "post", &format!("read this: {page}")],
            "",
        )
        .ok();
    let record = xrpc::record(out.json()["uri"].as_str().unwrap());
    let external = &record["embed"]["external"];
    assert_eq!(record["embed"]["$type"], "app.bsky.embed.external");
    assert_eq!(external["uri"], page.as_str());
    assert_eq!(external["title"], "A local article");
    assert_eq!(external["description"], "Served on loopback for the test");
    assert_eq!(external["thumb"]["mimeType"], "image/jpeg");
}

/// Link cards on, and 127.0.0.1 (where the tests' pages are) let through.
const LOOPBACK_CARDS: [(&str, &str); 2] = [
    ("MCP_BLUESKY__LINK_CARDS", "true"),
    ("MCP_BLUESKY__LINK_CARDS_ALLOW", "[127.0.0.1]"),
];

fn article_page() -> Page {
    let html = r#"<html><head><meta property="og:title" content="Internal only">
        <meta property="og:description" content="secret-ish"></head></html>"#;
    Page::Body("text/html", html.as_bytes().to_vec())
}

/// The warnings and the record of a dry-run post with `--link url`.
fn dry_run_card(home: &Home, env: &[(&str, &str)], url: &str) -> (Vec<String>, Value) {
    let out = home
        .run_with(
            env,
            &["--json", "post", "--dry-run", "--link", url, "card?"],
            "",
        )
        .ok();
    let json = out.json();
    let warnings = json["warnings"]
        .as_array()
        .map(|w| w.iter().map(|w| w.as_str().unwrap().to_string()).collect())
        .unwrap_or_default();
    (warnings, json["record"].clone())
}

#[test]
fn link_cards_are_not_fetched_from_private_addresses() {
    let site = serve_site("127.0.0.1", vec![("/article", article_page())]);
    let port = site.url.rsplit(':').next().unwrap().to_string();
    let home = Home::new();
    let cards_on = [("MCP_BLUESKY__LINK_CARDS", "true")];
    // An address literal, and a name that resolves to loopback.
    for url in [
        format!("{}/article", site.url),
        format!("http://localhost:{port}/article"),
        format!("http://[::ffff:127.0.0.1]:{port}/article"),
    ] {
        let (warnings, record) = dry_run_card(&home, &cards_on, &url);
        assert!(record.get("embed").is_none(), "{url}: {record}");
        assert!(
            warnings
                .iter()
                .any(|w| w.starts_with("no link card:") && w.contains("is a private address")),
            "{url}: {warnings:?}"
        );
    }
    assert_eq!(site.requests(), 0, "the page was fetched");
    // The setting lets the tests' own pages through.
    let (warnings, record) = dry_run_card(&home, &LOOPBACK_CARDS, &format!("{}/article", site.url));
    assert_eq!(
        record["embed"]["external"]["title"], "Internal only",
        "{warnings:?}"
    );
    assert_eq!(site.requests(), 1);
}

#[test]
fn a_redirect_from_an_allowed_page_to_a_private_address_is_refused() {
    // 127.0.0.2 is loopback too, but not the allowed 127.0.0.1.
    let inner = serve_site("127.0.0.2", vec![("/article", article_page())]);
    let outer = serve_site(
        "127.0.0.1",
        vec![
            (
                "/to-inner",
                Page::Redirect(format!("{}/article", inner.url)),
            ),
            (
                "/to-metadata",
                Page::Redirect("http://169.254.169.254/latest/meta-data/".into()),
            ),
            ("/loop", Page::Redirect("/loop".into())),
        ],
    );
    let home = Home::new();
    for (path, refused) in [
        ("/to-inner", inner.url.as_str()),
        ("/to-metadata", "http://169.254.169.254/"),
    ] {
        let url = format!("{}{path}", outer.url);
        let (warnings, record) = dry_run_card(&home, &LOOPBACK_CARDS, &url);
        assert!(record.get("embed").is_none(), "{url}: {record}");
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(refused) && w.contains("is a private address")),
            "{url}: {warnings:?}"
        );
    }
    assert_eq!(inner.requests(), 0, "the redirect was followed");
    // Endless redirects stop after five hops.
    let before = outer.requests();
    let (warnings, _) = dry_run_card(&home, &LOOPBACK_CARDS, &format!("{}/loop", outer.url));
    assert!(
        warnings.iter().any(|w| w.contains("more than 5 redirects")),
        "{warnings:?}"
    );
    assert_eq!(outer.requests() - before, 6);
}

#[test]
fn replies_quotes_and_threads_get_link_cards_too() {
    let site = serve_site("127.0.0.1", vec![("/article", article_page())]);
    let page = format!("{}/article", site.url);
    let home = Home::logged_in("alice");
    let target = home
        .run(&["--json", "post", "something to answer"])
        .ok()
        .json()["uri"]
        .as_str()
        .unwrap()
        .to_string();
    let with_link = format!("see {page}");

    let reply = home
        .run_with(
            &LOOPBACK_CARDS,
            &["--json", "reply", &target, &with_link],
            "",
        )
        .ok()
        .json();
    let record = xrpc::record(reply["uri"].as_str().unwrap());
    assert_eq!(record["reply"]["parent"]["uri"], target.as_str());
    assert_eq!(
        record["embed"]["external"]["title"], "Internal only",
        "{record}"
    );

    let quote = home
        .run_with(
            &LOOPBACK_CARDS,
            &["--json", "post", "--quote", &target, &with_link],
            "",
        )
        .ok()
        .json();
    let record = xrpc::record(quote["uri"].as_str().unwrap());
    let embed = &record["embed"];
    assert_eq!(embed["$type"], "app.bsky.embed.recordWithMedia", "{record}");
    assert_eq!(embed["record"]["record"]["uri"], target.as_str());
    assert_eq!(embed["media"]["external"]["uri"], page.as_str());

    let long = format!(
        "Read {page} first. {}",
        "Then a few more words. ".repeat(20)
    );
    let thread = home
        .run_with(&LOOPBACK_CARDS, &["--json", "post", "--thread", &long], "")
        .ok()
        .json();
    let posts = thread["published"].as_array().unwrap();
    assert!(posts.len() >= 2, "{thread}");
    let first = xrpc::record(posts[0]["uri"].as_str().unwrap());
    assert_eq!(
        first["embed"]["external"]["title"], "Internal only",
        "{first}"
    );
    let second = xrpc::record(posts[1]["uri"].as_str().unwrap());
    assert!(second.get("embed").is_none(), "{second}");
}

#[test]
fn a_page_that_cannot_be_read_gives_no_card_and_a_warning() {
    let site = serve_pages(vec![]);
    let home = Home::logged_in("alice");
    let missing = format!("{}/gone", site.url);
    let out = home
        .run_with(
            &LOOPBACK_CARDS,
            &["--json", "post", "--link", &missing, "card or not"],
            "",
        )
        .ok();
    assert!(
        out.stderr.contains("warning: no link card:"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("HTTP 404"), "{}", out.stderr);
    let record = xrpc::record(out.json()["uri"].as_str().unwrap());
    assert!(record.get("embed").is_none());
}

#[test]
fn a_thread_cut_short_reports_what_was_published() {
    let me = fresh_account();
    // The first post goes through; every later create is refused.
    let proxy = LossyProxy::refusing("com.atproto.repo.createRecord", 1);
    let home = Home::new();
    home.login_through(&proxy.url, &me).ok();
    let text = "A sentence that belongs to a thread which will not finish. ".repeat(12);
    let out = home.run(&["--json", "post", "--thread", &text]);
    assert_eq!(out.code, 1, "{out:?}");
    let json = out.json();
    let published = json["published"].as_array().unwrap();
    assert_eq!(published.len(), 1);
    assert!(json["parts"].as_u64().unwrap() >= 2);
    let error = json["error"].as_str().unwrap();
    assert!(
        error.starts_with(&format!("post 2 of {} failed", json["parts"])),
        "{error}"
    );
    let posts = xrpc::get(
        "com.atproto.repo.listRecords",
        &[("repo", &me.did), ("collection", "app.bsky.feed.post")],
    );
    let posts = posts["records"].as_array().unwrap();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0]["uri"], published[0]["uri"]);
}

#[test]
fn quote_is_refused_when_the_post_gate_forbids_it() {
    let alice = Home::logged_in("alice");
    let bob = Home::logged_in("bob");
    let gated = post(&alice, "please do not quote me");
    let token = xrpc::session("alice");
    let gate = serde_json::json!({
        "repo": account("alice").did,
        "collection": "app.bsky.feed.postgate",
        "rkey": gated.rsplit('/').next().unwrap(),
        "record": {
            "$type": "app.bsky.feed.postgate",
            "post": gated,
            "embeddingRules": [{"$type": "app.bsky.feed.postgate#disableRule"}],
            "createdAt": "2026-01-01T00:00:00.000Z",
        },
    });
    xrpc::post("com.atproto.repo.createRecord", &gate, Some(&token));
    let out = eventually("the AppView to apply the post gate", || {
        let out = bob.run(&["post", "--quote", &gated, "quoting anyway", "--dry-run"]);
        (out.code != 0).then_some(out)
    });
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("does not allow quoting it"),
        "{}",
        out.stderr
    );
}

#[test]
fn every_write_is_in_the_audit_log_unless_it_is_off() {
    let me = fresh_account();
    let home = Home::new();
    home.login_as(&me).ok();
    let mine = post(&home, "audited");
    home.run(&["post", "--dry-run", "not written, not audited"])
        .ok();
    eventually("the post to be indexed", || {
        home.try_json(&["--json", "show", &mine])
    });
    let like = home.run(&["--json", "like", &mine]).ok().json();
    let like_uri = like["record_uri"]
        .as_str()
        .expect("the like record")
        .to_string();
    home.run(&["delete", &mine]).ok();

    let path = home.path().join("state/mcp-bluesky/audit.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    assert_no_secrets("audit log", &text);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let seen: Vec<(&str, &str, &str)> = lines
        .iter()
        .map(|l| {
            (
                l["action"].as_str().unwrap(),
                l["uri"].as_str().unwrap(),
                l["result"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("create", mine.as_str(), "ok"),
            ("create", like_uri.as_str(), "ok"),
            ("delete", mine.as_str(), "ok"),
        ]
    );
    assert!(
        lines
            .iter()
            .all(|l| l["account"] == me.handle.as_str() && l["did"] == me.did.as_str())
    );

    let quiet = Home::new();
    quiet.login_as(&me).ok();
    std::fs::create_dir_all(quiet.config_file().parent().unwrap()).unwrap();
    std::fs::write(quiet.config_file(), "audit_log: false\n").unwrap();
    post(&quiet, "not audited");
    assert!(!quiet.path().join("state/mcp-bluesky/audit.jsonl").exists());
}
