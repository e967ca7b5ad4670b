//! Bluesky's chat service (`chat.bsky.convo.*`), reached as Bluesky's apps
//! reach it: through the account's PDS, which forwards each call to the
//! service the `atproto-proxy` header names, with a service-auth token.
//! Conversations and messages are read item by item, as feeds are.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::accounts::{BAD_TOKEN_METHOD, PdsConnection, send_raw};
use super::lenient::query;
use super::session::Tokens;
use super::xrpc::XrpcError;
use crate::error::{Error, Result};

pub const LIST_CONVOS: &str = "chat.bsky.convo.listConvos";
pub const GET_CONVO: &str = "chat.bsky.convo.getConvo";
pub const GET_CONVO_FOR_MEMBERS: &str = "chat.bsky.convo.getConvoForMembers";
pub const GET_CONVO_AVAILABILITY: &str = "chat.bsky.convo.getConvoAvailability";
pub const GET_MESSAGES: &str = "chat.bsky.convo.getMessages";
pub const SEND_MESSAGE: &str = "chat.bsky.convo.sendMessage";
pub const UPDATE_READ: &str = "chat.bsky.convo.updateRead";

/// A conversation (`chat.bsky.convo.defs#convoView`), as far as it is read.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Convo {
    pub id: String,
    pub members: Vec<Member>,
    #[serde(default)]
    pub last_message: Option<Message>,
    #[serde(default)]
    pub unread_count: i64,
    #[serde(default)]
    pub muted: bool,
    /// `request` (not yet accepted) or `accepted`.
    #[serde(default)]
    pub status: Option<String>,
}

/// A member of a conversation (`chat.bsky.actor.defs#profileViewBasic`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub did: String,
    pub handle: String,
}

/// A message (`#messageView`) or what is left of a deleted one
/// (`#deletedMessageView`, which has no text).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    #[serde(rename = "$type", default)]
    pub kind: Option<String>,
    pub id: String,
    #[serde(default)]
    pub text: Option<String>,
    pub sender: Sender,
    pub sent_at: String,
}

impl Message {
    pub fn deleted(&self) -> bool {
        self.kind
            .as_deref()
            .is_some_and(|k| k.ends_with("#deletedMessageView"))
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Sender {
    pub did: String,
}

/// A conversation as `getConvo`, `getConvoForMembers` and `updateRead` return it.
#[derive(Debug, Deserialize)]
pub struct ConvoAnswer {
    pub convo: Convo,
}

/// Whether you may write to an account, and your conversation with it, as
/// `getConvoAvailability` says.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Availability {
    pub can_chat: bool,
    #[serde(default)]
    pub convo: Option<Convo>,
}

/// A new message as `sendMessage` takes it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewMessage<'a> {
    pub text: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub facets: &'a [atrium_api::app::bsky::richtext::facet::Main],
}

impl PdsConnection {
    /// The chat query `nsid` at `service`, through this account's PDS.
    pub async fn chat_query<P, O>(&self, service: &str, nsid: &str, params: P) -> Result<O>
    where
        P: Serialize + Send + Sync,
        O: DeserializeOwned + Send + Sync,
    {
        self.via(service, &query(nsid, params))
            .await?
            .map_err(|e| self.chat_error(e, nsid))
    }

    /// The chat procedure `nsid` at `service`, through this account's PDS;
    /// the XRPC error is left for the caller to judge, already explained.
    pub async fn chat_procedure<I, O>(
        &self,
        service: &str,
        nsid: &str,
        input: I,
    ) -> Result<std::result::Result<O, (XrpcError, Error)>>
    where
        I: Serialize + Send + Sync,
        O: DeserializeOwned + Send + Sync,
    {
        let request = atrium_xrpc::XrpcRequest::<(), I> {
            method: atrium_xrpc::http::Method::POST,
            nsid: nsid.into(),
            parameters: None,
            input: Some(atrium_xrpc::InputDataOrBytes::Data(input)),
            encoding: Some("application/json".into()),
        };
        Ok(self
            .via(service, &request)
            .await?
            .map_err(|e| (e.clone(), self.chat_error(e, nsid))))
    }

    /// `request` with the session's token, forwarded by the PDS to `service`.
    async fn via<P, I, O>(
        &self,
        service: &str,
        request: &atrium_xrpc::XrpcRequest<P, I>,
    ) -> Result<std::result::Result<O, XrpcError>>
    where
        P: Serialize + Send + Sync,
        I: Serialize + Send + Sync,
        O: DeserializeOwned + Send + Sync,
    {
        let client = self.client().via(service);
        self.authed(|| send_raw(&client, request)).await
    }

    /// A chat call's error; a login not allowed to chat says how to allow it.
    fn chat_error(&self, e: XrpcError, nsid: &str) -> Error {
        let no_chat_scope = e.status.is_some_and(|s| s.as_u16() == 403)
            && e.message.contains("Missing required scope");
        let bad_method = e.is("InvalidToken") && e.message == BAD_TOKEN_METHOD;
        if !(no_chat_scope || bad_method) {
            return e.into_error(nsid);
        }
        let session = self.session();
        let (what, help) = match session.tokens {
            Tokens::AppPassword { .. } => (
                "its app password was made without access to direct messages",
                format!(
                    "create an app password with \"Allow access to your direct messages\" (Bluesky: Settings → Privacy and security → App passwords) and log in with it: `mcp-bluesky auth login --alias {} {}`",
                    session.alias, session.handle
                ),
            ),
            Tokens::OAuth(_) => (
                "its OAuth login was not granted direct messages",
                format!(
                    "log in again asking for it: `mcp-bluesky auth login --oauth --scope atproto --scope transition:generic --scope transition:chat.bsky --alias {} {}` (or add `transition:chat.bsky` to `oauth_scopes`)",
                    session.alias, session.handle
                ),
            ),
        };
        Error::auth(format!(
            "{nsid}: account `{}` cannot use direct messages: {what} ({e})",
            session.alias
        ))
        .with_help(help)
    }
}
