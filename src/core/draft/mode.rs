//! `write_mode: drafts`: the post-creating tools save drafts for the person
//! to review and send instead of publishing. A draft holds text, a quote, a
//! link, languages and reply controls, but no reply target and no uploaded
//! media, so the tools that need those are refused (and not offered).

use super::create::save;
use super::{DraftContent, DraftItem, build, list::render_draft};
use crate::config::WriteMode;
use crate::core::post::first_link;
use crate::core::{Ctx, Spec, Style};
use crate::error::{Error, Result};

/// The tools that save a draft instead of publishing.
pub const SAVED_AS_DRAFTS: [&str; 3] = [
    "bluesky_post_text",
    "bluesky_quote_post",
    "bluesky_post_thread",
];

/// The tools that cannot, refused in this mode.
pub const REFUSED: [&str; 3] = ["bluesky_reply", "bluesky_post_image", "bluesky_post_video"];

/// Whether the post-creating tools save drafts.
pub fn drafts(ctx: &Ctx) -> bool {
    ctx.config().write_mode == WriteMode::Drafts
}

/// Whether a server in `mode` offers the tool `spec` describes.
pub fn offered(mode: WriteMode, spec: &Spec) -> bool {
    mode == WriteMode::Publish || !REFUSED.contains(&spec.name)
}

/// How a server in `mode` describes the tool.
pub fn description(mode: WriteMode, spec: &Spec) -> String {
    if mode == WriteMode::Drafts && SAVED_AS_DRAFTS.contains(&spec.name) {
        format!(
            "{} This server saves it as a draft for the person to review and send; nothing is published.",
            spec.description
        )
    } else {
        spec.description.to_string()
    }
}

/// Refuses `what` (a reply, a post with images…) when drafts are on.
pub fn refuse(ctx: &Ctx, what: &str) -> Result<()> {
    if !drafts(ctx) {
        return Ok(());
    }
    Err(Error::input(format!(
        "write_mode is `drafts`, and {what} cannot be saved as a draft (a Bluesky draft holds no reply target and no uploaded images or video); nothing was posted"
    ))
    .with_help(format!(
        "ask the person to post it, or set `write_mode: publish` in {}",
        ctx.config().file_path.display()
    )))
}

/// The page a draft of `text` shows as a card: `link`, else (with
/// `link_cards` on) the text's first link, as the post would.
pub fn card_link(ctx: &Ctx, link: Option<String>, text: &str) -> Option<String> {
    link.or_else(|| ctx.config().link_cards.then(|| first_link(text)).flatten())
}

/// Saves `content` as a draft in place of publishing it (or shows it, in a
/// dry run).
pub async fn save_instead(
    ctx: &Ctx,
    account: Option<&str>,
    content: DraftContent,
    numbered: bool,
    dry_run: bool,
) -> Result<DraftItem> {
    let pds = ctx.connect(account).await?;
    let draft = build(ctx, &pds, content, numbered).await?;
    save(&pds, draft, dry_run).await
}

/// A draft saved in place of a post, for people.
pub fn render_saved(draft: &DraftItem, dry_run: bool, style: &Style) -> String {
    let mut out = if dry_run {
        format!(
            "{} nothing saved. write_mode is drafts, so this would be a draft:\n",
            style.bold("Dry run:")
        )
    } else {
        format!(
            "{} {} instead of posting (write_mode: drafts): review and send it from Bluesky's drafts, or `mcp-bluesky draft send {}`.\n",
            style.good("Drafted"),
            draft.id,
            draft.id
        )
    };
    render_draft(&mut out, draft, style);
    out
}
