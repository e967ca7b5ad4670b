//! Lists: created, changed, filled, shown and deleted with their members;
//! moderation lists muted and blocked as a whole; bad input refused clearly.

use serde_json::{Value, json};

use crate::harness::*;

fn list_items(did: &str, list: &str) -> Vec<Value> {
    xrpc::records(did, "app.bsky.graph.listitem")
        .into_iter()
        .filter(|r| r["value"]["list"] == list)
        .collect()
}

fn dids_of(members: &Value) -> Vec<String> {
    members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["did"].as_str().unwrap().to_string())
        .collect()
}

fn create(home: &Home, args: &[&str]) -> String {
    let mut all = vec!["--json", "list", "create"];
    all.extend_from_slice(args);
    let out = home.run(&all).ok().json();
    assert_eq!(out["action"], "created", "{out}");
    out["uri"].as_str().unwrap().to_string()
}

/// The list as the AppView shows it to `home`, once it has `members` members.
fn shown(home: &Home, list: &str, members: usize) -> Value {
    eventually(&format!("the AppView to show {members} members"), || {
        let out = home.run(&["--json", "list", "show", list]);
        (out.code == 0)
            .then(|| out.json())
            .filter(|v| v["members"].as_array().map(Vec::len) == Some(members))
    })
}

#[test]
fn a_list_is_created_changed_filled_and_deleted_with_its_members() {
    let (me, friend, other) = (fresh_account(), fresh_account(), fresh_account());
    let home = Home::of(&me);
    let description = format!("people who write Rust, like @{}", friend.handle);
    let list = create(&home, &["Rust folk", "--description", &description]);
    let record = xrpc::record(&list);
    assert_eq!(record["name"], "Rust folk");
    assert_eq!(record["purpose"], "app.bsky.graph.defs#curatelist");
    assert_eq!(record["description"], description.as_str());
    let mention = &record["descriptionFacets"][0]["features"][0];
    assert_eq!(mention["did"], friend.did.as_str(), "{record}");

    let added = home
        .run(&["--json", "list", "add", &list, &friend.handle])
        .ok()
        .json();
    assert_eq!(added["action"], "listed");
    let again = home
        .run(&["--json", "list", "add", &list, &friend.did])
        .ok()
        .json();
    assert_eq!(again["unchanged"], true, "{again}");
    let rkey = list.rsplit('/').next().unwrap();
    let web = format!("https://bsky.app/profile/{}/lists/{rkey}", me.handle);
    home.run(&["list", "add", &web, &other.handle]).ok();
    assert_eq!(list_items(&me.did, &list).len(), 2, "one record per member");

    let page = shown(&home, &list, 2);
    assert_eq!(page["list"]["name"], "Rust folk");
    assert_eq!(page["list"]["purpose"], "curation");
    let human = home.run(&["list", "show", &web]).ok().stdout;
    assert!(human.contains("Rust folk"), "{human}");
    assert!(human.contains(&format!("@{}", friend.handle)), "{human}");
    let mine = home.run(&["--json", "list", "ls"]).ok().json();
    assert_eq!(mine["lists"][0]["uri"], list.as_str(), "{mine}");

    let updated = home
        .run(&["--json", "list", "update", &list, "--name", "Rustaceans"])
        .ok()
        .json();
    assert_eq!(updated["action"], "updated");
    let changed = xrpc::record(&list);
    assert_eq!(changed["name"], "Rustaceans");
    assert_eq!(changed["description"], description.as_str(), "kept");
    assert_eq!(changed["createdAt"], record["createdAt"], "kept");
    home.run(&["list", "update", &list, "--description", ""])
        .ok();
    assert!(xrpc::record(&list).get("description").is_none());

    let removed = home
        .run(&["--json", "list", "remove", &list, &other.handle])
        .ok()
        .json();
    assert_eq!(removed["action"], "unlisted");
    let again = home.run(&["list", "remove", &list, &other.handle]).ok();
    assert!(again.stdout.contains("was not listed"), "{}", again.stdout);
    assert_eq!(list_items(&me.did, &list).len(), 1);

    let dry = home
        .run(&["--json", "list", "delete", &list, "--dry-run"])
        .ok()
        .json();
    assert_eq!(dry["members_removed"], 1);
    assert_eq!(
        list_items(&me.did, &list).len(),
        1,
        "a dry run deletes nothing"
    );
    let deleted = home.run(&["list", "delete", &list]).ok().stdout;
    assert!(deleted.contains("Removed 1 member"), "{deleted}");
    assert!(list_items(&me.did, &list).is_empty());
    assert!(
        xrpc::records(&me.did, "app.bsky.graph.list").is_empty(),
        "the list is gone"
    );
}

#[test]
fn lists_refuse_bad_input_clearly() {
    let (me, them) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let theirs = create(&Home::of(&them), &["Theirs"]);
    let curation = create(&home, &["Mine"]);
    // Whether a list is a moderation list is the AppView's to say.
    shown(&home, &curation, 0);
    let missing = format!("at://{}/app.bsky.graph.list/3kaaaaaaaaaaa", me.did);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["list", "add", &theirs, &me.handle], "is not yours"),
        (vec!["list", "delete", &theirs], "is not yours"),
        (
            vec!["list", "update", &theirs, "--name", "x"],
            "is not yours",
        ),
        (
            vec!["list", "add", &missing, &them.handle],
            "does not exist",
        ),
        (vec!["list", "show", &missing], "does not exist"),
        (
            vec!["list", "add", &curation, "nobody-here.test"],
            "is not a known handle",
        ),
        (
            vec!["list", "show", "at://x/app.bsky.feed.post/1"],
            "is not a list",
        ),
        (vec!["list", "mute", &curation], "only moderation lists"),
        (vec!["list", "block", &curation], "only moderation lists"),
    ];
    for (args, words) in cases {
        let out = home.run(&args);
        assert_eq!(out.code, 2, "{args:?}: {out:?}");
        assert!(out.stderr.contains(words), "{args:?}: {}", out.stderr);
    }
    let long_name = "n".repeat(65);
    let out = home.run(&["list", "create", &long_name]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("name is 65 graphemes") && out.stderr.contains("at most 64"),
        "{}",
        out.stderr
    );
    let long = "d".repeat(301);
    let out = home.run(&["list", "create", "ok", "--description", &long]);
    assert!(
        out.stderr.contains("description is 301 graphemes"),
        "{}",
        out.stderr
    );
    assert_eq!(
        xrpc::records(&me.did, "app.bsky.graph.list").len(),
        1,
        "nothing written by the refused calls"
    );
}

#[test]
fn a_moderation_list_is_muted_and_blocked_as_a_whole() {
    let (me, curator, troll) = (fresh_account(), fresh_account(), fresh_account());
    let curator_home = Home::of(&curator);
    let list = create(&curator_home, &["Trolls", "--moderation"]);
    curator_home
        .run(&["list", "add", &list, &troll.handle])
        .ok();
    let home = Home::of(&me);
    shown(&home, &list, 1);

    let muted = home.run(&["--json", "list", "mute", &list]).ok().json();
    assert_eq!(muted["action"], "muted");
    let again = home.run(&["list", "mute", &list]).ok();
    assert!(again.stdout.contains("already muted"), "{}", again.stdout);
    let page = home.run(&["--json", "list", "show", &list]).ok().json();
    assert_eq!(page["list"]["muted"], true, "{page}");
    assert_eq!(page["members"][0]["muted"], true, "{page}");
    home.run(&["list", "unmute", &list]).ok();
    let page = home.run(&["--json", "list", "show", &list]).ok().json();
    assert!(page["list"].get("muted").is_none(), "{page}");

    let blocks = || xrpc::records(&me.did, "app.bsky.graph.listblock");
    let blocked = home.run(&["--json", "list", "block", &list]).ok().json();
    assert_eq!(blocked["action"], "blocked");
    let again = home.run(&["--json", "list", "block", &list]).ok().json();
    assert_eq!(again["unchanged"], true, "no second record: {again}");
    assert_eq!(blocks().len(), 1);
    assert_eq!(blocks()[0]["value"]["subject"], list.as_str());
    let unblocked = home.run(&["--json", "list", "unblock", &list]).ok().json();
    assert_eq!(unblocked["action"], "unblocked");
    assert!(blocks().is_empty());
    let again = home.run(&["list", "unblock", &list]).ok();
    assert!(again.stdout.contains("was not blocked"), "{}", again.stdout);
}

#[test]
fn lists_over_mcp() {
    let (me, friend) = (fresh_account(), fresh_account());
    let home = Home::of(&me);
    let creates = json!([
        {"name": "bluesky_create_list", "arguments": {"name": "Friends", "description": "good people"}},
        {"name": "bluesky_create_list", "arguments": {"name": "", "purpose": "moderation"}},
        {"name": "bluesky_create_list", "arguments": {"name": "x", "purpose": "gossip"}},
    ]);
    let session = |calls: Value| {
        let mut client = home.mcp_client(&json!({"calls": calls}));
        client.env("MCP_SERVER_ARGS", r#"["--toolsets", "lists"]"#);
        client_session(client).0
    };
    let first = session(creates);
    let r = first["results"].as_array().unwrap();
    let list = r[0]["structuredContent"]["uri"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(r[1]["isError"], true);
    assert!(
        r[1]["content"][0]["text"]
            .as_str()
            .unwrap()
            .contains("name is empty"),
        "{}",
        r[1]
    );
    assert_eq!(r[2]["isError"], true, "{}", r[2]);
    let tools: Vec<&str> = first["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(tools.contains(&"bluesky_get_lists"), "{tools:?}");
    assert!(!tools.contains(&"bluesky_post_text"), "{tools:?}");

    // getLists reads the AppView, which indexes the new list a moment later.
    shown(&home, &list, 0);
    let calls = json!([
        {"name": "bluesky_add_to_list", "arguments": {"list": list, "handle": friend.handle}},
        {"name": "bluesky_get_lists", "arguments": {}},
    ]);
    let second = session(calls);
    let r = second["results"].as_array().unwrap();
    assert_eq!(r[0]["structuredContent"]["action"], "listed");
    assert_eq!(r[1]["structuredContent"]["lists"][0]["name"], "Friends");
    shown(&home, &list, 1);
    let modlist = create(&Home::of(&friend), &["Spam", "--moderation"]);
    shown(&home, &modlist, 0);
    let changes = session(json!([
        {"name": "bluesky_update_list", "arguments": {"list": list, "name": "Good friends"}},
        {"name": "bluesky_add_to_list", "arguments": {"list": list, "handle": me.handle}},
        {"name": "bluesky_remove_from_list", "arguments": {"list": list, "handle": me.did}},
        {"name": "bluesky_mute_list", "arguments": {"list": modlist}},
        {"name": "bluesky_unmute_list", "arguments": {"list": modlist}},
        {"name": "bluesky_block_list", "arguments": {"list": modlist}},
        {"name": "bluesky_unblock_list", "arguments": {"list": modlist}},
        {"name": "bluesky_add_to_list", "arguments": {"list": modlist, "handle": me.handle}},
    ]));
    let r = changes["results"].as_array().unwrap();
    let actions: Vec<&str> = r[..7]
        .iter()
        .map(|r| {
            r["structuredContent"]["action"]
                .as_str()
                .unwrap_or_else(|| panic!("{r}"))
        })
        .collect();
    assert_eq!(
        actions,
        [
            "updated",
            "listed",
            "unlisted",
            "muted",
            "unmuted",
            "blocked",
            "unblocked"
        ]
    );
    assert_eq!(xrpc::record(&list)["name"], "Good friends");
    assert!(xrpc::records(&me.did, "app.bsky.graph.listblock").is_empty());
    assert_eq!(r[7]["isError"], true, "not my list: {}", r[7]);
    assert!(
        r[7]["content"][0]["text"]
            .as_str()
            .unwrap()
            .contains("is not yours")
    );
    let third = session(json!([
        {"name": "bluesky_get_list", "arguments": {"list": list}},
        {"name": "bluesky_delete_list", "arguments": {"list": list}},
    ]));
    let r = third["results"].as_array().unwrap();
    let members = dids_of(&r[0]["structuredContent"]["members"]);
    assert!(members.contains(&friend.did), "{members:?}");
    assert_eq!(r[1]["structuredContent"]["members_removed"], 1);
    assert!(list_items(&me.did, &list).is_empty());
}

#[test]
fn a_list_of_250_members_is_deleted_whole_in_batches() {
    let me = fresh_account();
    let home = Home::of(&me);
    let list = create(&home, &["Big"]);
    let token = xrpc::session_of(&me);
    // Members written straight to the repository: DIDs of no account, which
    // the repository takes as they are.
    let did = |i: usize| {
        let letters: String = format!("{i:0>24}")
            .chars()
            .map(|c| (b'a' + c.to_digit(10).unwrap() as u8) as char)
            .collect();
        format!("did:plc:{letters}")
    };
    for chunk in (0..250).collect::<Vec<_>>().chunks(125) {
        let writes: Vec<Value> = chunk
            .iter()
            .map(|&i| {
                json!({
                    "$type": "com.atproto.repo.applyWrites#create",
                    "collection": "app.bsky.graph.listitem",
                    "value": {
                        "$type": "app.bsky.graph.listitem",
                        "list": list,
                        "subject": did(i),
                        "createdAt": "2026-01-01T00:00:00.000Z",
                    },
                })
            })
            .collect();
        xrpc::post(
            "com.atproto.repo.applyWrites",
            &json!({"repo": me.did, "writes": writes}),
            Some(&token),
        );
    }
    assert_eq!(list_items(&me.did, &list).len(), 250);
    let other = create(&home, &["Small"]);
    home.run(&["list", "add", &other, &account("bob").handle])
        .ok();

    let deleted = home.run(&["--json", "list", "delete", &list]).ok().json();
    assert_eq!(deleted["members_removed"], 250);
    assert!(list_items(&me.did, &list).is_empty());
    let lists = xrpc::records(&me.did, "app.bsky.graph.list");
    assert_eq!(lists.len(), 1, "only the other list is left");
    assert_eq!(lists[0]["uri"], other.as_str());
    assert_eq!(
        list_items(&me.did, &other).len(),
        1,
        "the other list keeps its member"
    );
}
