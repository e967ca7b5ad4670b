//! `bluesky_list_convos` / `mcp-bluesky chat ls`: your conversations, with
//! unread counts and each one's last message.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{Chat, ConvoItem};
use crate::bsky::chat::{Convo, LIST_CONVOS};
use crate::bsky::lenient::Page;
use crate::core::fields::{AccountField, PageField};
use crate::core::pages::{Paging, collect};
use crate::core::render::{Cut, json_items};
use crate::core::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::error::Result;

pub const DEFAULT_LIMIT: u32 = 20;

/// List direct-message conversations.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ConvosInput {
    /// Only conversations with unread messages.
    #[serde(default)]
    pub unread_only: bool,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ConvosOutput {
    pub convos: Vec<ConvoItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Conversations the service sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

pub struct ListConvos;

impl Tool for ListConvos {
    type Input = ConvosInput;
    type Output = ConvosOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_list_convos",
        title: "List Bluesky direct-message conversations",
        description: "List your direct-message conversations, latest first: who with, unread count, last message.",
        hints: Hints::READ,
        toolset: Toolset::Chat,
    };

    async fn run(ctx: &Ctx, input: ConvosInput) -> Result<ConvosOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl ListConvos {
    pub async fn run_paged(ctx: &Ctx, input: ConvosInput, paging: Paging) -> Result<ConvosOutput> {
        paging.check(input.page.limit, "conversations")?;
        let chat = Chat::connect(ctx, input.account.get()).await?;
        let unread_only = input.unread_only;
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let mut params = json!({ "limit": size.clamp(1, 100) });
            if let Some(cursor) = cursor {
                params["cursor"] = json!(cursor);
            }
            if unread_only {
                params["readState"] = json!("unread");
            }
            let chat = &chat;
            async move {
                let page: Page<Convo> = chat.query(LIST_CONVOS, params).await?;
                Ok((page.items, page.cursor))
            }
        })
        .await?;
        let me = chat.pds.did();
        Ok(ConvosOutput {
            convos: found
                .items
                .into_iter()
                .map(|c| ConvoItem::from_convo(c, &me))
                .collect(),
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

impl Render for ConvosOutput {
    fn render(&self, style: &Style) -> String {
        if self.convos.is_empty() {
            return "No conversations.\n".into();
        }
        let mut out = String::new();
        for convo in &self.convos {
            convo.render_line(&mut out, style);
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
        json_items(&self.convos)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(&mut self.convos, &mut self.cursor, &mut self.warnings)
    }
}
