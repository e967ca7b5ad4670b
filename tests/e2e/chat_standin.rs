//! A STAND-IN for Bluesky's chat service, which is not open source and
//! cannot run here. It is small and follows the published
//! `chat.bsky.convo.*` lexicons for what this program calls: `listConvos`,
//! `getConvo`, `getConvoForMembers`, `getConvoAvailability`, `getMessages`,
//! `sendMessage` and `updateRead`. It is reached as the real service is: through the local
//! PDS, which resolves its `did:web:localhost%3APORT` (the DID document it
//! serves names a `#bsky_chat` service) and forwards each call with a
//! service-auth JWT. Like the real service it refuses a token whose `aud`
//! is not its DID, whose `lxm` is not the method, that has expired, or whose
//! ES256K signature does not verify against the caller's key in the PLC
//! directory; so a call it answers came through the PDS. [`Faults`] lose
//! `sendMessage` answers, after or before the message is stored.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use base64::Engine;
use serde_json::{Value, json};

use crate::harness::net;
use crate::standin_http::{self, Reply, Request};

/// One call the stand-in answered: its method and its caller (the JWT's `iss`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub lxm: String,
    pub iss: String,
}

/// `sendMessage` requests whose answers are lost (the connection closes).
#[derive(Default)]
pub struct Faults {
    /// After the message is stored.
    pub lose_after_storing: AtomicUsize,
    /// Before it is stored.
    pub lose_before_storing: AtomicUsize,
}

struct Message {
    id: String,
    sender: String,
    text: String,
    facets: Value,
    sent_at: String,
}

struct Convo {
    id: String,
    /// DIDs, the one who started it first.
    members: Vec<String>,
    messages: Vec<Message>,
    unread: HashMap<String, u64>,
}

#[derive(Default)]
struct State {
    convos: Vec<Convo>,
    next: u64,
    handles: HashMap<String, String>,
    /// Accounts that take no messages (`canChat: false`).
    closed: Vec<String>,
}

pub struct ChatStandIn {
    /// How the `atproto-proxy` header names it.
    pub service: String,
    pub faults: Arc<Faults>,
    calls: Arc<Mutex<Vec<Call>>>,
    /// Calls refused for their token, and why.
    refused: Arc<Mutex<Vec<String>>>,
    state: Arc<Mutex<State>>,
}

impl ChatStandIn {
    pub fn start() -> ChatStandIn {
        let (calls, refused) = (
            Arc::<Mutex<Vec<Call>>>::default(),
            Arc::<Mutex<Vec<String>>>::default(),
        );
        let state = Arc::<Mutex<State>>::default();
        let faults = Arc::<Faults>::default();
        let port_cell = Arc::new(std::sync::OnceLock::<u16>::new());
        let (c, r, s, f, p) = (
            calls.clone(),
            refused.clone(),
            state.clone(),
            faults.clone(),
            port_cell.clone(),
        );
        let port = standin_http::serve(Arc::new(move |request: &Request| {
            let did = format!(
                "did:web:localhost%3A{}",
                p.get().copied().unwrap_or_default()
            );
            answer(request, &did, &c, &r, &s, &f)
        }));
        port_cell.set(port).unwrap();
        ChatStandIn {
            service: format!("did:web:localhost%3A{port}#bsky_chat"),
            faults,
            calls,
            refused,
            state,
        }
    }

    /// Makes the account `did` take no direct messages.
    pub fn close(&self, did: &str) {
        self.state.lock().unwrap().closed.push(did.to_string());
    }

    /// Every call answered, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.calls.lock().unwrap().clone()
    }

    pub fn refused(&self) -> Vec<String> {
        self.refused.lock().unwrap().clone()
    }

    /// The texts stored in the conversation of these two DIDs, oldest first.
    pub fn texts_between(&self, a: &str, b: &str) -> Vec<String> {
        self.between(a, b, |m| m.text.clone())
    }

    /// The facets stored with each message of these two DIDs, oldest first.
    pub fn facets_between(&self, a: &str, b: &str) -> Vec<Value> {
        self.between(a, b, |m| m.facets.clone())
    }

    fn between<T>(&self, a: &str, b: &str, each: impl Fn(&Message) -> T) -> Vec<T> {
        let state = self.state.lock().unwrap();
        state
            .convos
            .iter()
            .find(|c| c.members.iter().any(|m| m == a) && c.members.iter().any(|m| m == b))
            .map(|c| c.messages.iter().map(each).collect())
            .unwrap_or_default()
    }
}

fn answer(
    request: &Request,
    did: &str,
    calls: &Mutex<Vec<Call>>,
    refused: &Mutex<Vec<String>>,
    state: &Mutex<State>,
    faults: &Faults,
) -> Reply {
    if request.path == "/.well-known/did.json" {
        let endpoint = did.replace("did:web:", "http://").replace("%3A", ":");
        return Reply::Json(
            200,
            json!({"@context": ["https://www.w3.org/ns/did/v1"], "id": did,
                   "service": [{"id": "#bsky_chat", "type": "BskyChatService", "serviceEndpoint": endpoint}]}),
        );
    }
    let Some(lxm) = request.path.strip_prefix("/xrpc/") else {
        return Reply::Json(404, json!({"error": "NotFound"}));
    };
    let iss = match authorize(request, did, lxm) {
        Ok(iss) => iss,
        Err(why) => {
            refused.lock().unwrap().push(format!("{lxm}: {why}"));
            return Reply::Json(401, json!({"error": "AuthRequired", "message": why}));
        }
    };
    calls.lock().unwrap().push(Call {
        lxm: lxm.to_string(),
        iss: iss.clone(),
    });
    let query = request.query_map();
    let input = request.json();
    let mut state = state.lock().unwrap();
    let invalid =
        |message: &str| Reply::Json(400, json!({"error": "InvalidRequest", "message": message}));
    match lxm {
        "chat.bsky.convo.listConvos" => {
            let unread_only = query.get("readState").is_some_and(|s| s == "unread");
            let mut mine: Vec<&Convo> = state
                .convos
                .iter()
                .filter(|c| c.members.contains(&iss))
                .filter(|c| !unread_only || c.unread.get(&iss).copied().unwrap_or(0) > 0)
                .collect();
            mine.sort_by_key(|c| std::cmp::Reverse(last_sent(c)));
            let (page, cursor) = paged(&mine, &query);
            let views: Vec<Value> = page
                .iter()
                .map(|c| convo_view(c, &iss, &state.handles))
                .collect();
            Reply::Json(200, with_cursor(json!({"convos": views}), cursor))
        }
        "chat.bsky.convo.getConvo" => match find(&state, &query, &iss) {
            Some(convo) => Reply::Json(
                200,
                json!({"convo": convo_view(convo, &iss, &state.handles)}),
            ),
            None => invalid("Convo not found"),
        },
        "chat.bsky.convo.getConvoAvailability" => {
            let Some(members) = members_of(request, &iss) else {
                return invalid("members must be DIDs other than the caller's");
            };
            let closed = state.closed.iter().any(|d| members.contains(d));
            let mut answer = json!({"canChat": !closed});
            if let Some(convo) = state.convos.iter().find(|c| same_members(c, &members)) {
                answer["convo"] = convo_view(convo, &iss, &state.handles);
            }
            Reply::Json(200, answer)
        }
        "chat.bsky.convo.getConvoForMembers" => {
            let Some(members) = members_of(request, &iss) else {
                return invalid("members must be DIDs other than the caller's");
            };
            let same = |c: &Convo| same_members(c, &members);
            if !state.convos.iter().any(same) {
                for m in &members {
                    if !state.handles.contains_key(m) {
                        let handle = handle_of(m);
                        state.handles.insert(m.clone(), handle);
                    }
                }
                state.next += 1;
                let id = format!("standin-convo-{}", state.next);
                state.convos.push(Convo {
                    id,
                    members: members.clone(),
                    messages: Vec::new(),
                    unread: HashMap::new(),
                });
            }
            let convo = state.convos.iter().find(|c| same(c)).unwrap();
            Reply::Json(
                200,
                json!({"convo": convo_view(convo, &iss, &state.handles)}),
            )
        }
        "chat.bsky.convo.getMessages" => match find(&state, &query, &iss) {
            Some(convo) => {
                let newest_first: Vec<&Message> = convo.messages.iter().rev().collect();
                let (page, cursor) = paged(&newest_first, &query);
                let views: Vec<Value> = page.iter().map(|m| message_view(m)).collect();
                Reply::Json(200, with_cursor(json!({"messages": views}), cursor))
            }
            None => invalid("Convo not found"),
        },
        "chat.bsky.convo.sendMessage" => {
            if take(&faults.lose_before_storing) {
                return Reply::HangUp;
            }
            let text = input["message"]["text"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            if text.is_empty() || text.len() > 10_000 {
                return invalid("message text must be 1 to 10000 bytes");
            }
            let convo_id = input["convoId"].as_str().unwrap_or_default().to_string();
            state.next += 1;
            let next = state.next;
            let Some(convo) = find_mut(&mut state, &convo_id, &iss) else {
                return invalid("Convo not found");
            };
            convo.messages.push(Message {
                id: format!("standin-msg-{next}"),
                sender: iss.clone(),
                text,
                facets: input["message"]["facets"].clone(),
                sent_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            });
            for m in convo.members.clone() {
                if m != iss {
                    *convo.unread.entry(m).or_default() += 1;
                }
            }
            if take(&faults.lose_after_storing) {
                return Reply::HangUp;
            }
            Reply::Json(200, message_view(convo.messages.last().unwrap()))
        }
        "chat.bsky.convo.updateRead" => {
            let convo_id = input["convoId"].as_str().unwrap_or_default();
            let Some(convo) = find_mut(&mut state, convo_id, &iss) else {
                return invalid("Convo not found");
            };
            convo.unread.insert(iss.clone(), 0);
            let convo = state.convos.iter().find(|c| c.id == convo_id).unwrap();
            Reply::Json(
                200,
                json!({"convo": convo_view(convo, &iss, &state.handles)}),
            )
        }
        _ => Reply::Json(
            501,
            json!({"error": "MethodNotImplemented", "message": format!("{lxm} is not in the stand-in")}),
        ),
    }
}

/// Takes one from a fault's count, if any is left.
fn take(count: &AtomicUsize) -> bool {
    count
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok()
}

/// The caller's DID, when the token is a service-auth JWT for this service
/// and this method, unexpired, signed by the caller's atproto key.
fn authorize(request: &Request, did: &str, lxm: &str) -> Result<String, String> {
    let token = request.bearer().ok_or("no bearer token")?;
    let claims = request.claims().ok_or("the token is not a JWT")?;
    if claims["aud"] != did {
        return Err(format!("aud {} is not {did}", claims["aud"]));
    }
    if claims["lxm"] != lxm {
        return Err(format!("lxm {} is not {lxm}", claims["lxm"]));
    }
    let exp = claims["exp"].as_i64().ok_or("no exp")?;
    if exp <= chrono::Utc::now().timestamp() {
        return Err("the token has expired".into());
    }
    let iss = claims["iss"].as_str().ok_or("no iss")?.to_string();
    verify_signature(token, &iss)?;
    Ok(iss)
}

/// Checks the JWT's ES256K signature against `iss`'s atproto key in the PLC.
fn verify_signature(token: &str, iss: &str) -> Result<(), String> {
    use k256::ecdsa::signature::Verifier;
    let (signed, signature) = token.rsplit_once('.').ok_or("no signature")?;
    let signature = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|e| format!("signature: {e}"))?;
    let data: Value = reqwest::blocking::get(format!("{}/{iss}/data", net().plc))
        .and_then(|r| r.json())
        .map_err(|e| format!("PLC: {e}"))?;
    let did_key = data["verificationMethods"]["atproto"]
        .as_str()
        .ok_or("no atproto key in the PLC")?;
    let (_, bytes) = multibase::decode(did_key.trim_start_matches("did:key:"))
        .map_err(|e| format!("did:key: {e}"))?;
    // The multicodec prefix of a secp256k1 public key.
    let key = bytes
        .strip_prefix(&[0xe7, 0x01])
        .ok_or("not a secp256k1 key")?;
    let key = k256::ecdsa::VerifyingKey::from_sec1_bytes(key).map_err(|e| format!("key: {e}"))?;
    let signature =
        k256::ecdsa::Signature::from_slice(&signature).map_err(|e| format!("signature: {e}"))?;
    key.verify(signed.as_bytes(), &signature)
        .map_err(|_| "the signature does not verify against the caller's key".to_string())
}

/// The handle a DID's PLC document names.
fn handle_of(did: &str) -> String {
    reqwest::blocking::get(format!("{}/{did}/data", net().plc))
        .and_then(|r| r.json::<Value>())
        .ok()
        .and_then(|d| {
            d["alsoKnownAs"][0]
                .as_str()
                .map(|a| a.trim_start_matches("at://").to_string())
        })
        .unwrap_or_else(|| "handle.invalid".into())
}

fn find<'a>(state: &'a State, query: &HashMap<String, String>, iss: &str) -> Option<&'a Convo> {
    let id = query.get("convoId")?;
    state
        .convos
        .iter()
        .find(|c| &c.id == id && c.members.iter().any(|m| m == iss))
}

/// The caller and the `members` a request names, or `None` when they are
/// not DIDs of others.
fn members_of(request: &Request, iss: &str) -> Option<Vec<String>> {
    let mut members = vec![iss.to_string()];
    for m in request.params("members") {
        if !members.iter().any(|x| x == m) {
            members.push(m.to_string());
        }
    }
    (members.len() >= 2 && members.iter().all(|m| m.starts_with("did:"))).then_some(members)
}

fn same_members(convo: &Convo, members: &[String]) -> bool {
    convo.members.len() == members.len() && members.iter().all(|m| convo.members.contains(m))
}

fn find_mut<'a>(state: &'a mut State, id: &str, iss: &str) -> Option<&'a mut Convo> {
    state
        .convos
        .iter_mut()
        .find(|c| c.id == id && c.members.iter().any(|m| m == iss))
}

fn last_sent(convo: &Convo) -> String {
    convo
        .messages
        .last()
        .map(|m| m.sent_at.clone())
        .unwrap_or_default()
}

/// A page of `items` from the offset the cursor holds.
fn paged<'a, T>(items: &'a [T], query: &HashMap<String, String>) -> (&'a [T], Option<String>) {
    let limit: usize = query
        .get("limit")
        .and_then(|l| l.parse().ok())
        .unwrap_or(50);
    let start: usize = query
        .get("cursor")
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let start = start.min(items.len());
    let end = (start + limit).min(items.len());
    let cursor = (end < items.len()).then(|| end.to_string());
    (&items[start..end], cursor)
}

fn with_cursor(mut body: Value, cursor: Option<String>) -> Value {
    if let Some(cursor) = cursor {
        body["cursor"] = json!(cursor);
    }
    body
}

fn message_view(m: &Message) -> Value {
    let mut view = json!({"$type": "chat.bsky.convo.defs#messageView", "id": m.id, "rev": m.id,
        "text": m.text, "sender": {"did": m.sender}, "sentAt": m.sent_at});
    if m.facets.is_array() {
        view["facets"] = m.facets.clone();
    }
    view
}

fn convo_view(c: &Convo, viewer: &str, handles: &HashMap<String, String>) -> Value {
    let members: Vec<Value> = c
        .members
        .iter()
        .map(|m| json!({"did": m, "handle": handles.get(m).cloned().unwrap_or_else(|| "handle.invalid".into())}))
        .collect();
    // A conversation someone else started is a request until the viewer writes in it.
    let accepted = c.members.first().is_some_and(|m| m == viewer)
        || c.messages.iter().any(|m| m.sender == viewer);
    let mut view = json!({"id": c.id, "rev": c.messages.len().to_string(), "members": members,
        "muted": false, "status": if accepted { "accepted" } else { "request" },
        "unreadCount": c.unread.get(viewer).copied().unwrap_or(0)});
    if let Some(last) = c.messages.last() {
        view["lastMessage"] = message_view(last);
    }
    view
}
