//! `bluesky_get_convo` / `mcp-bluesky chat open`: a conversation found by
//! id, or the one with an account, which the service starts if there is none
//! (nobody sees it until a message is sent).

use serde::Deserialize;

use super::{Chat, ConvoField, ConvoItem};
use crate::core::fields::AccountField;
use crate::core::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::error::Result;

/// Find or start a conversation.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct OpenInput {
    #[serde(flatten)]
    pub convo: ConvoField,
    #[serde(flatten)]
    pub account: AccountField,
}

pub struct GetConvo;

impl Tool for GetConvo {
    type Input = OpenInput;
    type Output = ConvoItem;
    const SPEC: Spec = Spec {
        name: "bluesky_get_convo",
        title: "Find a Bluesky direct-message conversation",
        description: "Find a direct-message conversation by `convo_id`, or your conversation with `handle` (started, unseen until a message is sent, if there is none).",
        hints: Hints::MARK,
        toolset: Toolset::Chat,
    };

    async fn run(ctx: &Ctx, input: OpenInput) -> Result<ConvoItem> {
        let chat = Chat::connect(ctx, input.account.get()).await?;
        let convo = chat.convo(ctx, &input.convo).await?;
        Ok(ConvoItem::from_convo(convo, &chat.pds.did()))
    }
}

impl Render for ConvoItem {
    fn render(&self, style: &Style) -> String {
        let mut out = String::new();
        self.render_line(&mut out, style);
        out
    }
}
