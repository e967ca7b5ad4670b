use crate::harness::*;

#[test]
fn post_creates_facets_with_utf8_byte_offsets() {
    let home = Home::logged_in("alice");
    let bob = account("bob");
    let text = format!("✨ hi @{} see https://example.com/x. #rustlang", bob.handle);
    let out = home
        .run(&["--json", "post", &text, "--lang", "en"])
        .ok()
        .json();
    let uri = out["uri"].as_str().expect("uri");
    assert!(
        out["cid"].as_str().is_some_and(|c| c.starts_with("bafy")),
        "{out}"
    );
    assert!(
        out["url"]
            .as_str()
            .unwrap()
            .starts_with("https://bsky.app/profile/alice.test/post/")
    );

    let record = xrpc::record(uri);
    assert_eq!(record["text"], text.as_str());
    assert_eq!(record["langs"][0], "en");
    let facets = record["facets"].as_array().expect("facets");
    let slices: Vec<(&str, &serde_json::Value)> = facets
        .iter()
        .map(|f| {
            let start = f["index"]["byteStart"].as_u64().unwrap() as usize;
            let end = f["index"]["byteEnd"].as_u64().unwrap() as usize;
            (&text[start..end], &f["features"][0])
        })
        .collect();
    assert_eq!(slices[0].0, format!("@{}", bob.handle));
    assert_eq!(slices[0].1["did"], bob.did.as_str());
    assert_eq!(slices[1].0, "https://example.com/x");
    assert_eq!(slices[2].0, "#rustlang");
    assert_eq!(slices[2].1["tag"], "rustlang");
}

#[test]
fn unknown_mention_stays_text_with_a_warning() {
    let home = Home::logged_in("alice");
    let out = home
        .run(&["--json", "post", "hello @nobody-here.test"])
        .ok();
    assert!(
        out.stderr
            .contains("warning: @nobody-here.test is not a known handle"),
        "{}",
        out.stderr
    );
    let record = xrpc::record(out.json()["uri"].as_str().unwrap());
    assert!(record.get("facets").is_none(), "{record}");
}

#[test]
fn over_300_graphemes_is_refused_naming_count_and_limit() {
    let home = Home::logged_in("alice");
    let text = "é".repeat(301);
    let out = home.run(&["post", &text]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("301 graphemes"), "{}", out.stderr);
    assert!(out.stderr.contains("at most 300"), "{}", out.stderr);
    // 300 emoji of several code points each are fine: the limit counts graphemes.
    home.run(&["post", &"👍🏽".repeat(300)]).ok();
}

#[test]
fn empty_text_is_refused() {
    let home = Home::logged_in("alice");
    let out = home.run(&["post", "   "]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("text is empty"), "{}", out.stderr);
}

#[test]
fn dash_reads_the_text_from_stdin() {
    let home = Home::logged_in("alice");
    let out = home
        .run_with_stdin(&["--json", "post", "-"], "from stdin, line one\n")
        .ok();
    let record = xrpc::record(out.json()["uri"].as_str().unwrap());
    assert_eq!(record["text"], "from stdin, line one");
}

#[test]
fn dry_run_shows_the_record_and_publishes_nothing() {
    let home = Home::logged_in("alice");
    let text = format!("a dry #run {}", std::process::id());
    let out = home
        .run(&["--json", "post", "--dry-run", &text])
        .ok()
        .json();
    assert_eq!(out["dry_run"], true);
    assert!(out.get("uri").is_none());
    assert_eq!(out["record"]["text"], text.as_str());
    assert_eq!(out["record"]["facets"][0]["features"][0]["tag"], "run");
    let alice = &account("alice").did;
    let records = xrpc::get(
        "com.atproto.repo.listRecords",
        &[
            ("repo", alice),
            ("collection", "app.bsky.feed.post"),
            ("limit", "100"),
        ],
    );
    assert!(
        !records.to_string().contains(&text),
        "the dry run published nothing"
    );
}

#[test]
fn post_human_output_snapshot() {
    let home = Home::logged_in("alice");
    let out = home.run(&["post", "snapshot me"]).ok();
    insta::with_settings!({filters => vec![
        (r"did:plc:[a-z0-9]+", "[did]"),
        (r"post/[a-z0-9]{13}", "post/[rkey]"),
    ]}, {
        insta::assert_snapshot!(out.stdout);
    });
}

#[test]
fn post_json_output_snapshot() {
    let home = Home::logged_in("alice");
    let out = home.run(&["--json", "post", "json #snapshot"]).ok().json();
    insta::assert_json_snapshot!(out, {
        ".uri" => "[uri]",
        ".cid" => "[cid]",
        ".url" => "[url]",
    });
}

#[test]
fn dry_run_record_snapshots() {
    let home = Home::logged_in("alice");
    let text = "Dry runs show the exact record: @bob.test, https://example.com/docs. #preview ✨";
    let post = home.run(&["--json", "post", "--dry-run", text]).ok().json();
    insta::assert_json_snapshot!("dry_run_post", post, {
        ".record.createdAt" => "[createdAt]",
        ".record.facets[].features[].did" => "[did]",
    });
    let thread_text = "This is the first sentence of a longer thought that needs room. ".repeat(7);
    let thread = home
        .run(&["post", "--thread", "--numbered", "--dry-run", &thread_text])
        .ok();
    insta::assert_snapshot!("dry_run_thread", thread.stdout);
}
