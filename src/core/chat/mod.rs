//! Direct messages (`chat.bsky.convo.*`; toolset `chat`, offered only when
//! named): conversations, their messages, sending, marking read. Every call
//! goes through the account's PDS to the chat service (`chat_service`).

pub mod list;
pub mod mark_read;
pub mod open;
pub mod read;
pub mod send;

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Ctx;
use super::render::{Style, relative_time};
use crate::bsky::PdsConnection;
use crate::bsky::chat::{self, Availability, Convo, ConvoAnswer, Message};
use crate::bsky::uri::parse_actor;
use crate::error::{Error, Result};

/// Which conversation a call is about.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
pub struct ConvoField {
    /// A conversation's id (from bluesky_list_convos)…
    #[serde(default)]
    pub convo_id: Option<String>,
    /// …or the account it is with (sending or bluesky_get_convo starts it if there is none).
    #[serde(default)]
    pub handle: Option<String>,
}

/// An account's connection to the chat service, through its PDS.
pub struct Chat {
    pub pds: Arc<PdsConnection>,
    service: String,
}

impl Chat {
    pub async fn connect(ctx: &Ctx, account: Option<&str>) -> Result<Chat> {
        Ok(Chat {
            pds: ctx.connect(account).await?,
            service: ctx.config().chat_service.clone(),
        })
    }

    pub async fn query<P, O>(&self, nsid: &str, params: P) -> Result<O>
    where
        P: Serialize + Send + Sync,
        O: serde::de::DeserializeOwned + Send + Sync,
    {
        self.pds.chat_query(&self.service, nsid, params).await
    }

    pub async fn procedure<I, O>(
        &self,
        nsid: &str,
        input: I,
    ) -> Result<std::result::Result<O, (crate::bsky::xrpc::XrpcError, Error)>>
    where
        I: Serialize + Send + Sync,
        O: serde::de::DeserializeOwned + Send + Sync,
    {
        self.pds.chat_procedure(&self.service, nsid, input).await
    }

    /// The conversation `field` names: by id, or the one with an account
    /// (which the service starts if there is none).
    pub async fn convo(&self, ctx: &Ctx, field: &ConvoField) -> Result<Convo> {
        let answer: ConvoAnswer = match (&field.convo_id, &field.handle) {
            (Some(id), None) => {
                let id = check_convo_id(id)?;
                self.query(chat::GET_CONVO, json!({ "convoId": id }))
                    .await?
            }
            (None, Some(handle)) => {
                let did = self.member(ctx, handle).await?;
                self.query(chat::GET_CONVO_FOR_MEMBERS, json!({ "members": [did] }))
                    .await?
            }
            (Some(_), Some(_)) => {
                return Err(Error::input("give either `convo_id` or `handle`, not both"));
            }
            (None, None) => {
                return Err(Error::input(
                    "name the conversation: `convo_id` (from bluesky_list_convos) or `handle` (the account it is with)",
                ));
            }
        };
        Ok(answer.convo)
    }

    /// The conversation `field` names if it exists, starting none: `None`
    /// for an account you have no conversation with yet. Refuses an account
    /// you have none with that does not take your messages.
    pub async fn existing(&self, ctx: &Ctx, field: &ConvoField) -> Result<Option<Convo>> {
        let Some(handle) = field.handle.as_deref().filter(|_| field.convo_id.is_none()) else {
            return self.convo(ctx, field).await.map(Some);
        };
        let did = self.member(ctx, handle).await?;
        let answer: Availability = self
            .query(chat::GET_CONVO_AVAILABILITY, json!({ "members": [did] }))
            .await?;
        if answer.convo.is_none() && !answer.can_chat {
            return Err(Error::input(format!(
                "handle: @{} does not take direct messages from you (their chat settings)",
                parse_actor("handle", handle)?
            )));
        }
        Ok(answer.convo)
    }

    /// The DID of the account `handle` names, which must not be this one.
    async fn member(&self, ctx: &Ctx, handle: &str) -> Result<String> {
        let actor = parse_actor("handle", handle)?;
        let did = ctx
            .accounts
            .require_did(self.pds.client(), "handle", &actor)
            .await?;
        if did == self.pds.did() {
            return Err(Error::input(
                "handle: that is this account; a conversation is with someone else",
            ));
        }
        Ok(did)
    }
}

/// Refuses a conversation id no service would have given.
fn check_convo_id(id: &str) -> Result<&str> {
    let id = id.trim();
    if id.is_empty()
        || id.len() > 100
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:~".contains(c))
    {
        return Err(Error::input(format!(
            "convo_id {id:?} is not a conversation id: ids are up to 100 letters, digits and -_.:~ (take one from bluesky_list_convos)"
        )));
    }
    Ok(id)
}

/// Handles of a conversation's members by DID.
pub struct Members(HashMap<String, String>);

impl Members {
    pub fn of(convo: &Convo) -> Members {
        Members(
            convo
                .members
                .iter()
                .map(|m| (m.did.clone(), m.handle.clone()))
                .collect(),
        )
    }

    /// The handle of `did`, or the DID when it is no member's.
    pub fn handle(&self, did: &str) -> String {
        self.0.get(did).cloned().unwrap_or_else(|| did.to_string())
    }
}

/// Who a conversation is with: its members other than `me`, or, for one
/// not started yet, the account `field` names.
pub fn with(convo: Option<&Convo>, field: &ConvoField, me: &str) -> Vec<String> {
    match convo {
        Some(convo) => others(convo, me),
        None => field
            .handle
            .iter()
            .filter_map(|h| parse_actor("handle", h).ok())
            .collect(),
    }
}

/// The handles of a conversation's members other than `me`.
pub fn others(convo: &Convo, me: &str) -> Vec<String> {
    convo
        .members
        .iter()
        .filter(|m| m.did != me)
        .map(|m| m.handle.clone())
        .collect()
}

/// A conversation as results show it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ConvoItem {
    pub id: String,
    /// The other members' handles.
    pub with: Vec<String>,
    /// Messages you have not read.
    #[serde(default, skip_serializing_if = "crate::core::views::is_zero")]
    pub unread: u64,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub muted: bool,
    /// Started by someone else and not yet accepted.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub request: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last: Option<MessageItem>,
}

impl ConvoItem {
    pub fn from_convo(convo: Convo, me: &str) -> ConvoItem {
        let members = Members::of(&convo);
        ConvoItem {
            with: others(&convo, me),
            unread: u64::try_from(convo.unread_count).unwrap_or_default(),
            muted: convo.muted,
            request: convo.status.as_deref() == Some("request"),
            last: convo
                .last_message
                .map(|m| MessageItem::from_message(m, &members)),
            id: convo.id,
        }
    }

    /// One line: who, how many unread, the id; then the last message.
    pub fn render_line(&self, out: &mut String, style: &Style) {
        let with: Vec<String> = self.with.iter().map(|h| format!("@{h}")).collect();
        let mut facts = Vec::new();
        if self.unread > 0 {
            facts.push(format!("{} unread", self.unread));
        }
        if self.request {
            facts.push("request".to_string());
        }
        if self.muted {
            facts.push("muted".to_string());
        }
        let facts = if facts.is_empty() {
            String::new()
        } else {
            format!(" {}", style.good(&format!("({})", facts.join(", "))))
        };
        out.push_str(&format!(
            "{}{facts} {}",
            style.accent(&with.join(", ")),
            style.dim(&format!("convo {}", self.id))
        ));
        match &self.last {
            Some(last) if style.is_agent() => {
                out.push_str(", last: ");
                last.render_line(out, style);
            }
            Some(last) => {
                out.push_str("\n  ");
                last.render_line(out, style);
            }
            None => out.push('\n'),
        }
    }
}

/// A message as results show it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct MessageItem {
    pub id: String,
    /// The sender's handle.
    pub from: String,
    /// Absent when the message was deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub sent_at: String,
}

impl MessageItem {
    pub fn from_message(message: Message, members: &Members) -> MessageItem {
        let text = (!message.deleted()).then(|| message.text.unwrap_or_default());
        MessageItem {
            from: members.handle(&message.sender.did),
            text,
            sent_at: message.sent_at,
            id: message.id,
        }
    }

    /// One line: sender, age, text (for an agent, a JSON string, with the id).
    pub fn render_line(&self, out: &mut String, style: &Style) {
        let age = relative_time(&self.sent_at, chrono::Utc::now());
        let text = match &self.text {
            Some(text) => style.quote(text),
            None => style.dim("(deleted)"),
        };
        if style.is_agent() {
            out.push_str(&format!("@{} {age} {}: {text}\n", self.from, self.id));
        } else {
            out.push_str(&format!(
                "{} {}\n",
                style.accent(&format!("@{}", self.from)),
                style.dim(&format!("· {age}"))
            ));
            for line in text.lines() {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
}
