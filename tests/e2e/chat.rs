//! Direct messages, through the real local PDS's proxy to the chat
//! stand-in (`chat_standin.rs`): the toolset is off unless named, an agent
//! reads and sends, the other account reads on the command line, and a send
//! whose answer is lost is not sent twice.

use std::process::Command;

use serde_json::{Value, json};

use crate::chat_standin::{Call, ChatStandIn};
use crate::harness::{Account, Home, client_session, fresh_account, text_of, xrpc};

const CHAT: &str = "MCP_BLUESKY__CHAT_SERVICE";

fn home_of(account: &Account) -> Home {
    let home = Home::new();
    home.login_as(account).ok();
    home
}

fn mcp(home: &Home, chat: &ChatStandIn, toolsets: &str, plan: &Value) -> Command {
    let mut client = home.mcp_client(plan);
    client.env(CHAT, &chat.service).env(
        "MCP_SERVER_ARGS",
        json!(["--toolsets", toolsets]).to_string(),
    );
    client
}

fn tool_names(session: &Value) -> Vec<String> {
    session["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect()
}

const CHAT_TOOLS: [&str; 5] = [
    "bluesky_list_convos",
    "bluesky_get_messages",
    "bluesky_get_convo",
    "bluesky_send_message",
    "bluesky_mark_convo_read",
];

#[test]
fn without_the_chat_toolset_no_chat_tool_is_listed_and_the_service_is_never_called() {
    let chat = ChatStandIn::start();
    let home = home_of(&fresh_account());
    for toolsets in ["default", "all"] {
        let plan = json!({"calls": [
            {"name": "bluesky_get_profile", "arguments": {}},
            {"name": "bluesky_send_message", "arguments": {"handle": "bob.test", "text": "hi"}},
        ]});
        let (session, _) = client_session(mcp(&home, &chat, toolsets, &plan));
        let names = tool_names(&session);
        assert!(names.contains(&"bluesky_get_profile".to_string()));
        for tool in CHAT_TOOLS {
            assert!(
                !names.contains(&tool.to_string()),
                "{toolsets}: {tool} listed"
            );
        }
        let refused = &session["results"][1]["protocolError"]["message"];
        assert!(
            refused
                .as_str()
                .is_some_and(|m| m.contains("unknown tool `bluesky_send_message`")),
            "{}",
            session["results"][1]
        );
    }
    assert_eq!(chat.calls(), [], "no chat endpoint was called");
    assert_eq!(chat.refused(), Vec::<String>::new());
}

#[test]
fn an_agent_reads_and_answers_a_message_that_the_other_account_reads_on_the_command_line() {
    let chat = ChatStandIn::start();
    let (alice, bob) = (fresh_account(), fresh_account());
    let (alice_home, bob_home) = (home_of(&alice), home_of(&bob));
    let env = [(CHAT, chat.service.as_str())];
    let sent = bob_home
        .run_with(
            &env,
            &[
                "--json",
                "chat",
                "send",
                &alice.handle,
                "Hi Alice, lunch on Friday?",
            ],
            "",
        )
        .ok()
        .json();
    assert_eq!(sent["with"], json!([alice.handle]), "{sent}");
    let convo_id = sent["convo_id"].as_str().unwrap().to_string();

    let plan = json!({"calls": [
        {"name": "bluesky_list_convos", "arguments": {}},
        {"name": "bluesky_get_messages", "arguments": {"handle": bob.handle}},
        {"name": "bluesky_send_message", "arguments": {"convo_id": convo_id, "text": "Friday works, see you @".to_string() + &bob.handle}},
        {"name": "bluesky_mark_convo_read", "arguments": {"convo_id": convo_id}},
        {"name": "bluesky_list_convos", "arguments": {"unread_only": true}},
    ]});
    let (session, _) = client_session(mcp(&alice_home, &chat, "read,chat", &plan));
    let names = tool_names(&session);
    for tool in CHAT_TOOLS {
        assert!(names.contains(&tool.to_string()), "{tool} not listed");
    }
    let r = session["results"].as_array().unwrap();
    let listed = &r[0]["structuredContent"]["convos"][0];
    assert_eq!(listed["id"], convo_id.as_str(), "{}", r[0]);
    assert_eq!(listed["with"], json!([bob.handle]));
    assert_eq!(listed["unread"], 1);
    assert_eq!(listed["request"], true, "bob started it");
    assert_eq!(listed["last"]["text"], "Hi Alice, lunch on Friday?");
    assert!(
        text_of(&r[0]).contains("\"Hi Alice, lunch on Friday?\""),
        "the agent reads the message quoted: {}",
        text_of(&r[0])
    );
    let messages = &r[1]["structuredContent"]["messages"];
    assert_eq!(messages[0]["from"], bob.handle.as_str(), "{}", r[1]);
    assert_eq!(messages[0]["text"], "Hi Alice, lunch on Friday?");
    assert_ne!(r[2]["isError"], true, "{}", r[2]);
    assert_eq!(
        r[2]["structuredContent"]["message"]["from"],
        alice.handle.as_str()
    );
    assert_eq!(r[3]["structuredContent"]["was_unread"], 1, "{}", r[3]);
    assert_eq!(
        r[4]["structuredContent"]["convos"],
        json!([]),
        "nothing unread after marking it read"
    );

    let read = bob_home
        .run_with(&env, &["--json", "chat", "read", &alice.handle], "")
        .ok()
        .json();
    let texts: Vec<&str> = read["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    let answer = format!("Friday works, see you @{}", bob.handle);
    assert_eq!(texts, [answer.as_str(), "Hi Alice, lunch on Friday?"]);
    let human = bob_home.run_with(&env, &["chat", "ls"], "").ok().stdout;
    assert!(
        human.contains(&format!("@{}", alice.handle)) && human.contains("1 unread"),
        "{human}"
    );

    // Each call came through the PDS: the stand-in answers only service-auth
    // tokens the PDS signed with the caller's key, for its DID and the method.
    assert_eq!(chat.refused(), Vec::<String>::new());
    let calls = chat.calls();
    assert!(
        calls.iter().all(|c| c.iss == alice.did || c.iss == bob.did),
        "{calls:?}"
    );
    let sends: Vec<&Call> = calls
        .iter()
        .filter(|c| c.lxm == "chat.bsky.convo.sendMessage")
        .collect();
    assert_eq!(sends.len(), 2, "{calls:?}");
    assert_eq!(sends[1].iss, alice.did);
    // The mention in alice's answer is a facet with bob's DID.
    let facets = chat.facets_between(&alice.did, &bob.did);
    assert_eq!(facets[0], Value::Null, "bob's message has none");
    let mention = &facets[1][0];
    assert_eq!(mention["features"][0]["did"], bob.did.as_str(), "{mention}");
    let start = answer.find('@').unwrap();
    assert_eq!(mention["index"]["byteStart"], start);
    assert_eq!(mention["index"]["byteEnd"], answer.len());
}

#[test]
fn a_message_whose_answer_is_lost_is_not_sent_twice() {
    let chat = ChatStandIn::start();
    let (alice, bob) = (fresh_account(), fresh_account());
    let home = home_of(&alice);
    let env = [(CHAT, chat.service.as_str())];
    chat.faults
        .lose_after_storing
        .store(1, std::sync::atomic::Ordering::SeqCst);
    let out = home.run_with(
        &env,
        &["--json", "chat", "send", &bob.handle, "only once, please"],
        "",
    );
    let sent = out.ok().json();
    assert_eq!(sent["message"]["text"], "only once, please", "{sent}");
    assert!(!sent["message"]["id"].as_str().unwrap().is_empty());
    assert!(
        sent["warnings"][0]
            .as_str()
            .unwrap()
            .contains("not sent again"),
        "{sent}"
    );
    assert_eq!(
        chat.texts_between(&alice.did, &bob.did),
        ["only once, please"]
    );
    let sends = |chat: &ChatStandIn| {
        chat.calls()
            .iter()
            .filter(|c| c.lxm == "chat.bsky.convo.sendMessage")
            .count()
    };
    assert_eq!(
        sends(&chat),
        1,
        "the message arrived, so it was not sent again"
    );

    // Lost before it was stored: sent again, once.
    chat.faults
        .lose_before_storing
        .store(1, std::sync::atomic::Ordering::SeqCst);
    let sent = home
        .run_with(
            &env,
            &["--json", "chat", "send", &bob.handle, "second message"],
            "",
        )
        .ok()
        .json();
    assert!(
        sent["warnings"][0].as_str().unwrap().contains("sent again"),
        "{sent}"
    );
    assert_eq!(
        chat.texts_between(&alice.did, &bob.did),
        ["only once, please", "second message"]
    );
    assert_eq!(sends(&chat), 3);
}

#[test]
fn an_app_password_without_direct_messages_is_told_how_to_allow_them() {
    let chat = ChatStandIn::start();
    let me = fresh_account();
    let token = xrpc::session_of(&me);
    let app_password = |name: &str, privileged: bool| {
        xrpc::post(
            "com.atproto.server.createAppPassword",
            &json!({"name": name, "privileged": privileged}),
            Some(&token),
        )["password"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let env = [(CHAT, chat.service.as_str())];
    for (privileged, name) in [(false, "agent"), (true, "agent-dm")] {
        let home = Home::new();
        let password = app_password(name, privileged);
        home.login_as(&Account {
            password,
            ..me.clone()
        })
        .ok();
        let out = home.run_with(&env, &["chat", "ls"], "");
        if privileged {
            assert_eq!(out.code, 0, "{out:?}");
            assert!(out.stdout.contains("No conversations."), "{out:?}");
        } else {
            assert_ne!(out.code, 0, "{out:?}");
            assert!(
                out.stderr.contains("cannot use direct messages")
                    && out.stderr.contains("Allow access to your direct messages"),
                "{}",
                out.stderr
            );
        }
    }
    assert_eq!(
        chat.calls().len(),
        1,
        "only the allowed login reached the service"
    );
}

#[test]
fn bad_chat_input_is_refused_before_anything_is_sent() {
    let chat = ChatStandIn::start();
    let (alice, bob) = (fresh_account(), fresh_account());
    let home = home_of(&alice);
    let env = [(CHAT, chat.service.as_str())];
    let long = "é".repeat(1001);
    let out = home.run_with(&env, &["chat", "send", &bob.handle, &long], "");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("1001 graphemes") && out.stderr.contains("at most 1000"),
        "{}",
        out.stderr
    );
    let out = home.run_with(&env, &["chat", "read", "--convo", "no such id!"], "");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("convo_id \"no such id!\""),
        "{}",
        out.stderr
    );
    let out = home.run_with(&env, &["chat", "send", &alice.handle, "to myself"], "");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("that is this account"),
        "{}",
        out.stderr
    );
    let out = home.run_with(&env, &["chat", "send", "nobody-here.test", "hello"], "");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("not a known handle"), "{}", out.stderr);
    // Reading or marking read a conversation that does not exist starts none.
    let read = home
        .run_with(&env, &["--json", "chat", "read", &bob.handle], "")
        .ok()
        .json();
    assert_eq!(read["messages"], json!([]), "{read}");
    assert_eq!(read.get("convo_id"), None, "{read}");
    let marked = home
        .run_with(&env, &["chat", "mark-read", &bob.handle], "")
        .ok();
    assert!(
        marked
            .stdout
            .contains(&format!("No conversation with @{} yet", bob.handle)),
        "{marked:?}"
    );
    let dry = home
        .run_with(
            &env,
            &[
                "--json",
                "chat",
                "send",
                &bob.handle,
                "just checking",
                "--dry-run",
            ],
            "",
        )
        .ok()
        .json();
    assert_eq!(dry["dry_run"], true, "{dry}");
    assert_eq!(dry["with"], json!([bob.handle]), "{dry}");
    assert_eq!(dry.get("convo_id"), None, "no conversation yet: {dry}");
    assert!(
        chat.texts_between(&alice.did, &bob.did).is_empty(),
        "a dry run sends nothing"
    );
    assert!(
        chat.calls()
            .iter()
            .all(|c| c.lxm != "chat.bsky.convo.getConvoForMembers"),
        "reading and dry runs start no conversation: {:?}",
        chat.calls()
    );
    assert!(
        chat.calls()
            .iter()
            .all(|c| c.lxm != "chat.bsky.convo.sendMessage"),
        "{:?}",
        chat.calls()
    );
    chat.close(&bob.did);
    let out = home.run_with(
        &env,
        &["chat", "send", &bob.handle, "hello?", "--dry-run"],
        "",
    );
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr
            .contains("does not take direct messages from you"),
        "{}",
        out.stderr
    );
}
