//! `bluesky_mark_convo_read` / `mcp-bluesky chat mark-read`: a
//! conversation's messages marked read.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{Chat, ConvoField, ConvoItem, with};
use crate::bsky::chat::{ConvoAnswer, UPDATE_READ};
use crate::core::fields::AccountField;
use crate::core::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::error::Result;

/// Mark a conversation read.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct MarkReadInput {
    #[serde(flatten)]
    pub convo: ConvoField,
    #[serde(flatten)]
    pub account: AccountField,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct MarkReadOutput {
    /// Absent when there is no conversation yet.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub convo_id: String,
    /// The other members' handles.
    pub with: Vec<String>,
    /// Unread messages before.
    pub was_unread: u64,
}

pub struct MarkConvoRead;

impl Tool for MarkConvoRead {
    type Input = MarkReadInput;
    type Output = MarkReadOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_mark_convo_read",
        title: "Mark a Bluesky conversation read",
        description: "Mark every message of a direct-message conversation read.",
        hints: Hints::MARK,
        toolset: Toolset::Chat,
    };

    async fn run(ctx: &Ctx, input: MarkReadInput) -> Result<MarkReadOutput> {
        let chat = Chat::connect(ctx, input.account.get()).await?;
        let me = chat.pds.did();
        let Some(convo) = chat.existing(ctx, &input.convo).await? else {
            return Ok(MarkReadOutput {
                convo_id: String::new(),
                with: with(None, &input.convo, &me),
                was_unread: 0,
            });
        };
        let before = ConvoItem::from_convo(convo, &me);
        if before.unread > 0 {
            let _: ConvoAnswer = chat
                .procedure(UPDATE_READ, json!({ "convoId": before.id }))
                .await?
                .map_err(|(_, error)| error)?;
        }
        Ok(MarkReadOutput {
            convo_id: before.id,
            with: before.with,
            was_unread: before.unread,
        })
    }
}

impl Render for MarkReadOutput {
    fn render(&self, style: &Style) -> String {
        let with: Vec<String> = self.with.iter().map(|h| format!("@{h}")).collect();
        if self.convo_id.is_empty() {
            return format!("No conversation with {} yet\n", with.join(", "));
        }
        let what = match self.was_unread {
            0 => "was already read".to_string(),
            n => format!("marked read ({n} unread before)"),
        };
        format!(
            "Conversation with {} {what} {}\n",
            with.join(", "),
            style.dim(&format!("(convo {})", self.convo_id))
        )
    }
}
