//! `bluesky_send_message` / `mcp-bluesky chat send`: a direct message, its
//! @mentions and links made facets. `sendMessage` takes no key of the
//! client's choosing, so a send whose answer is lost is never retried
//! blindly: the conversation is read, and the message sent again only if it
//! is not there.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{Chat, ConvoField, Members, MessageItem, with};
use crate::bsky::chat::{Convo, GET_MESSAGES, Message, NewMessage, SEND_MESSAGE};
use crate::bsky::lenient::Page;
use crate::bsky::richtext::grapheme_count;
use crate::bsky::xrpc::XrpcError;
use crate::core::fields::{AccountField, DryRunField};
use crate::core::post::facets;
use crate::core::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::error::{Error, Result};

/// The chat lexicon's limits on a message's text.
const MAX_GRAPHEMES: usize = 1000;
const MAX_BYTES: usize = 10_000;
/// How many of the newest messages are read to find one whose answer was lost.
const LOOK_BACK: u32 = 20;

/// Send a direct message.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct SendMessageInput {
    #[serde(flatten)]
    pub convo: ConvoField,
    /// At most 1000 graphemes.
    pub text: String,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct SentOutput {
    /// Absent in a dry run that would start the conversation.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub convo_id: String,
    /// The other members' handles.
    pub with: Vec<String>,
    /// The message sent (in a dry run: as it would be).
    pub message: MessageItem,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

pub struct SendMessage;

impl Tool for SendMessage {
    type Input = SendMessageInput;
    type Output = SentOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_send_message",
        title: "Send a Bluesky direct message",
        description: "Send a direct message (at most 1000 graphemes) in a conversation named by `convo_id`, or to the account `handle` names.",
        hints: Hints::WRITE,
        toolset: Toolset::Chat,
    };

    async fn run(ctx: &Ctx, input: SendMessageInput) -> Result<SentOutput> {
        check_text(&input.text)?;
        let chat = Chat::connect(ctx, input.account.get()).await?;
        let mut warnings = Vec::new();
        let facets = facets(ctx, Some(&chat.pds), &input.text, &mut warnings).await?;
        if input.dry_run.get() {
            // A dry run starts no conversation.
            let convo = chat.existing(ctx, &input.convo).await?;
            let mut output = planned(&chat, convo.as_ref(), &input, warnings);
            output.dry_run = true;
            return Ok(output);
        }
        let convo = chat.convo(ctx, &input.convo).await?;
        let mut output = planned(&chat, Some(&convo), &input, warnings);
        let me = chat.pds.did();
        let message = NewMessage {
            text: &input.text,
            facets: &facets,
        };
        let body = json!({ "convoId": convo.id, "message": message });
        let started = chrono::Utc::now();
        let sent = match chat.procedure::<_, Message>(SEND_MESSAGE, &body).await? {
            Ok(sent) => sent,
            Err((e, error)) if answer_lost(&e) => {
                match arrived(&chat, &convo, &me, &input.text, started).await {
                    Ok(Some(found)) => {
                        output.warnings.push(format!(
                            "the answer to sending was lost ({e}); the conversation shows the message arrived, so it was not sent again"
                        ));
                        found
                    }
                    Ok(None) => {
                        tracing::info!(convo = %convo.id, "a lost send did not arrive; sending once more");
                        output.warnings.push(format!(
                            "the first send failed ({e}) and the message was not in the conversation; it was sent again"
                        ));
                        chat.procedure::<_, Message>(SEND_MESSAGE, &body)
                            .await?
                            .map_err(|(_, error)| error)?
                    }
                    Err(read) => {
                        return Err(error
                            .context("the message may or may not have been sent")
                            .with_help(format!(
                                "the conversation could not be read to check ({}); read it (`mcp-bluesky chat read --convo {}`) before sending again",
                                read.message, convo.id
                            )));
                    }
                }
            }
            Err((_, error)) => return Err(error),
        };
        tracing::info!(account = %chat.pds.session().alias, convo = %convo.id, "message sent");
        output.message = MessageItem::from_message(sent, &Members::of(&convo));
        Ok(output)
    }
}

/// The result of sending `input` in `convo` (`None`: a conversation yet to
/// start), before it is sent.
fn planned(
    chat: &Chat,
    convo: Option<&Convo>,
    input: &SendMessageInput,
    warnings: Vec<String>,
) -> SentOutput {
    SentOutput {
        convo_id: convo.map(|c| c.id.clone()).unwrap_or_default(),
        with: with(convo, &input.convo, &chat.pds.did()),
        message: MessageItem {
            id: String::new(),
            from: chat.pds.handle(),
            text: Some(input.text.clone()),
            sent_at: String::new(),
        },
        dry_run: false,
        warnings,
    }
}

/// Refuses empty text and text over the lexicon's limits, naming them.
fn check_text(text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::input("text is empty; a message needs some text"));
    }
    let graphemes = grapheme_count(text);
    if graphemes > MAX_GRAPHEMES {
        return Err(Error::input(format!(
            "text is {graphemes} graphemes long; a direct message holds at most {MAX_GRAPHEMES}"
        )));
    }
    if text.len() > MAX_BYTES {
        return Err(Error::input(format!(
            "text is {} bytes long; a direct message holds at most {MAX_BYTES}",
            text.len()
        )));
    }
    Ok(())
}

/// Whether a failed send may have reached the service: no answer came, or
/// the service (or the PDS before it) failed on its side.
fn answer_lost(e: &XrpcError) -> bool {
    e.refused.is_none() && e.status.is_none_or(|s| s.is_server_error())
}

/// The message of `me` with `text` sent since a minute before `started`,
/// among the conversation's newest, if it is there.
async fn arrived(
    chat: &Chat,
    convo: &Convo,
    me: &str,
    text: &str,
    started: chrono::DateTime<chrono::Utc>,
) -> Result<Option<Message>> {
    let since = started - chrono::Duration::minutes(1);
    let page: Page<Message> = chat
        .query(
            GET_MESSAGES,
            json!({ "convoId": convo.id, "limit": LOOK_BACK }),
        )
        .await?;
    Ok(page.items.items.into_iter().find(|m| {
        m.sender.did == me
            && !m.deleted()
            && m.text.as_deref() == Some(text)
            && chrono::DateTime::parse_from_rfc3339(&m.sent_at).is_ok_and(|t| t >= since)
    }))
}

impl Render for SentOutput {
    fn render(&self, style: &Style) -> String {
        let with: Vec<String> = self.with.iter().map(|h| format!("@{h}")).collect();
        let with = with.join(", ");
        if self.dry_run {
            let convo = if self.convo_id.is_empty() {
                "in a new conversation".to_string()
            } else {
                format!("convo {}", self.convo_id)
            };
            return format!(
                "{} nothing sent; this message would go to {with} ({convo}):\n  {}\n",
                style.bold("Dry run:"),
                style.quote(self.message.text.as_deref().unwrap_or_default())
            );
        }
        format!(
            "{} to {with} {}\n",
            style.good("Sent"),
            style.dim(&format!(
                "(convo {}, message {})",
                self.convo_id, self.message.id
            ))
        )
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_text_is_checked_against_the_lexicons_limits() {
        assert!(check_text("hello").is_ok());
        assert!(check_text(&"é".repeat(1000)).is_ok());
        let empty = check_text(" \n").unwrap_err();
        assert_eq!(empty.message, "text is empty; a message needs some text");
        let long = check_text(&"é".repeat(1001)).unwrap_err();
        assert_eq!(
            long.message,
            "text is 1001 graphemes long; a direct message holds at most 1000"
        );
        // 401 graphemes of 25 bytes each: over 10,000 bytes.
        let heavy = check_text(&"👨‍👩‍👧‍👦".repeat(401)).unwrap_err();
        assert!(
            heavy
                .message
                .ends_with("bytes long; a direct message holds at most 10000"),
            "{}",
            heavy.message
        );
    }
}
