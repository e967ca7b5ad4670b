//! `mcp-bluesky draft send ID`: the person publishes a draft, as the post or
//! thread it holds, and the draft is deleted once it is online. A command
//! for the person only: agents prepare drafts, they do not send them.

use atrium_api::app::bsky::draft::delete_draft;
use serde::Serialize;

use super::has_media;
use super::list::{find, item};
use crate::bsky::uri::AtUri;
use crate::core::fields::{AccountField, DryRunField, LangsField};
use crate::core::post::gate::{self, GateField};
use crate::core::post::thread::{FirstPost, ThreadInput, ThreadOutput, publish_parts};
use crate::core::target::resolve_post;
use crate::core::{Ctx, Render, Style};
use crate::error::{Error, Result};

/// A draft to send.
pub struct SendDraftInput {
    pub id: String,
    pub account: AccountField,
    pub dry_run: DryRunField,
}

/// The draft, published.
#[derive(Debug, Serialize)]
pub struct SentDraft {
    pub id: String,
    /// The posts published (or, in a dry run, the records they would be).
    #[serde(flatten)]
    pub thread: ThreadOutput,
    /// True once the draft is deleted.
    pub draft_deleted: bool,
}

pub struct SendDraft;

impl SendDraft {
    pub async fn run(ctx: &Ctx, input: SendDraftInput) -> Result<SentDraft> {
        let id = input.id.trim().to_string();
        let pds = ctx.connect(input.account.get()).await?;
        let Some(view) = find(&pds, &id).await? else {
            return Err(Error::input(format!(
                "there is no draft {id}; `mcp-bluesky draft ls` lists them"
            )));
        };
        if has_media(&view.draft) {
            return Err(Error::input(format!(
                "draft {id} holds images or a video, which are files on the device that made it; send it from the Bluesky app there"
            )));
        }
        let draft = item(view);
        let quote = match &draft.quote {
            Some(uri) => {
                let quoted = resolve_post(ctx, &pds, "quote", AtUri::parse_post("quote", uri)?)
                    .await
                    .map_err(|e| Error::input(format!("the draft's quote: {}", e.message)))?;
                gate::check_quote_allowed(&pds, &quoted).await?;
                Some(quoted.strong_ref())
            }
            None => None,
        };
        let thread = ThreadInput {
            text: draft.posts.join("\n"),
            numbered: false,
            langs: LangsField {
                langs: draft.langs.clone(),
            },
            account: input.account.clone(),
            dry_run: input.dry_run,
            gate: GateField {
                who_can_reply: draft.who_can_reply.clone(),
                allow_quotes: draft.allow_quotes,
            },
        };
        let first = FirstPost {
            quote,
            link: draft.link.clone(),
        };
        let published = publish_parts(ctx, draft.posts.clone(), first, &thread).await?;
        if input.dry_run.get() {
            return Ok(SentDraft {
                id,
                thread: published,
                draft_deleted: false,
            });
        }
        if let Some(error) = &published.error {
            return Err(Error::remote(format!(
                "draft {id} was sent only in part ({} of {} posts are online: {}); {error}. The draft is kept: delete it with `mcp-bluesky draft rm {id}` once the thread is finished by hand",
                published.published.len(),
                published.parts,
                published
                    .published
                    .iter()
                    .map(|p| p.uri.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        let tid = id
            .parse()
            .map_err(|why| Error::remote(format!("draft id {id:?}: {why}")))?;
        let request: delete_draft::Input = delete_draft::InputData { id: tid }.into();
        let deleted = pds
            .call(delete_draft::NSID, |api| {
                api.app.bsky.draft.delete_draft(request.clone())
            })
            .await;
        if let Err(e) = deleted {
            let online = published.published.first().map_or("", |p| p.uri.as_str());
            return Err(Error {
                message: format!(
                    "draft {id} is online as {online}, but the draft could not be deleted: {}",
                    e.message
                ),
                help: Some(format!("delete it with `mcp-bluesky draft rm {id}`")),
                ..e
            });
        }
        tracing::info!(account = %pds.session().alias, id = %id, "draft sent");
        Ok(SentDraft {
            id,
            thread: published,
            draft_deleted: true,
        })
    }
}

impl Render for SentDraft {
    fn render(&self, style: &Style) -> String {
        let mut out = self.thread.render(style);
        if self.draft_deleted {
            out.push_str(&format!("Draft {} sent and deleted.\n", self.id));
        }
        out
    }

    fn warnings(&self) -> &[String] {
        &self.thread.warnings
    }
}
