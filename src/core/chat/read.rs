//! `bluesky_get_messages` / `mcp-bluesky chat read`: a conversation's
//! messages, newest first, a page at a time.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{Chat, ConvoField, Members, MessageItem, with};
use crate::bsky::chat::{GET_MESSAGES, Message};
use crate::bsky::lenient::Page;
use crate::core::fields::{AccountField, PageField};
use crate::core::pages::{Paging, collect};
use crate::core::render::{Cut, json_items};
use crate::core::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::error::Result;

pub const DEFAULT_LIMIT: u32 = 30;

/// Read a conversation's messages.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct MessagesInput {
    #[serde(flatten)]
    pub convo: ConvoField,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct MessagesOutput {
    /// Absent when there is no conversation yet.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub convo_id: String,
    /// The other members' handles.
    pub with: Vec<String>,
    /// Newest first.
    pub messages: Vec<MessageItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Messages the service sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

pub struct GetMessages;

impl Tool for GetMessages {
    type Input = MessagesInput;
    type Output = MessagesOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_messages",
        title: "Read a Bluesky direct-message conversation",
        description: "Read a direct-message conversation's messages, newest first. Name it by `convo_id` or by the `handle` it is with.",
        hints: Hints::READ,
        toolset: Toolset::Chat,
    };

    async fn run(ctx: &Ctx, input: MessagesInput) -> Result<MessagesOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetMessages {
    pub async fn run_paged(
        ctx: &Ctx,
        input: MessagesInput,
        paging: Paging,
    ) -> Result<MessagesOutput> {
        paging.check(input.page.limit, "messages")?;
        let chat = Chat::connect(ctx, input.account.get()).await?;
        let me = chat.pds.did();
        // Reading starts no conversation.
        let Some(convo) = chat.existing(ctx, &input.convo).await? else {
            return Ok(MessagesOutput {
                convo_id: String::new(),
                with: with(None, &input.convo, &me),
                messages: Vec::new(),
                cursor: None,
                warnings: Vec::new(),
            });
        };
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let mut params = json!({ "convoId": convo.id, "limit": size.clamp(1, 100) });
            if let Some(cursor) = cursor {
                params["cursor"] = json!(cursor);
            }
            let chat = &chat;
            async move {
                let page: Page<Message> = chat.query(GET_MESSAGES, params).await?;
                Ok((page.items, page.cursor))
            }
        })
        .await?;
        let members = Members::of(&convo);
        Ok(MessagesOutput {
            with: with(Some(&convo), &input.convo, &me),
            messages: found
                .items
                .into_iter()
                .map(|m| MessageItem::from_message(m, &members))
                .collect(),
            convo_id: convo.id,
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

impl Render for MessagesOutput {
    fn render(&self, style: &Style) -> String {
        let with: Vec<String> = self.with.iter().map(|h| format!("@{h}")).collect();
        let convo = if self.convo_id.is_empty() {
            "no conversation yet".to_string()
        } else {
            format!("convo {}, newest first", self.convo_id)
        };
        let mut out = format!(
            "{} {}\n",
            style.bold(&format!("With {}", with.join(", "))),
            style.dim(&convo)
        );
        if self.messages.is_empty() {
            out.push_str("No messages.\n");
        }
        for message in &self.messages {
            message.render_line(&mut out, style);
        }
        if let Some(cursor) = &self.cursor {
            out.push_str(&style.more(cursor));
        }
        out
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.messages)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(&mut self.messages, &mut self.cursor, &mut self.warnings)
    }
}
