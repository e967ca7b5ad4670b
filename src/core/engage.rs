//! Records that point at something: likes and reposts of posts, follows of
//! accounts. Creating one that exists, or removing one that does not, changes
//! nothing and says so.

use atrium_api::app::bsky::feed;
use atrium_api::com::atproto::repo::strong_ref;
use atrium_api::record::KnownRecord;
use atrium_api::types::Collection;
use serde::Serialize;
use serde_json::Value;

use super::post::record_json;
use super::target::resolve_post;
use super::{Ctx, Render, Style};
use crate::bsky::PdsConnection;
use crate::bsky::records;
use crate::bsky::uri::AtUri;
use crate::error::Result;

/// What was done to a post or an account.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct EngageOutput {
    /// What was done: `liked`, `reposted`, `followed`, `muted`, `blocked`, `listed`
    /// (added to a list), `hidden`, each undone as `un…`, or `deleted`.
    pub action: &'static str,
    /// The post or list (at:// URI) or account (DID) acted on.
    pub subject: String,
    /// The record that does it (a like, repost, follow, block, list item or
    /// gate): created, already there, or removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_uri: Option<String>,
    /// True when it was already so and nothing changed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unchanged: bool,
    /// True when nothing was written.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    /// The record a dry run would create.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<serde_json::Map<String, Value>>")]
    pub record: Option<Value>,
}

/// Likes and reposts: the same record shape in two collections.
#[derive(Clone, Copy)]
pub struct PostAction {
    pub collection: &'static str,
    pub done: &'static str,
    pub undone: &'static str,
    /// The record that does it.
    record: fn(strong_ref::Main) -> KnownRecord,
    /// Where the AppView's viewer state points at this account's record.
    viewer_record: fn(&feed::defs::ViewerStateData) -> Option<&String>,
}

pub const LIKE: PostAction = PostAction {
    collection: feed::Like::NSID,
    done: "liked",
    undone: "unliked",
    record: records::like,
    viewer_record: viewer_like,
};
pub const REPOST: PostAction = PostAction {
    collection: feed::Repost::NSID,
    done: "reposted",
    undone: "unreposted",
    record: records::repost,
    viewer_record: viewer_repost,
};

fn viewer_like(viewer: &feed::defs::ViewerStateData) -> Option<&String> {
    viewer.like.as_ref()
}

fn viewer_repost(viewer: &feed::defs::ViewerStateData) -> Option<&String> {
    viewer.repost.as_ref()
}

impl PostAction {
    /// This account's record of it, as the AppView knows it.
    fn hint(self, viewer: Option<&feed::defs::ViewerState>) -> Option<String> {
        viewer.and_then(|v| (self.viewer_record)(v)).cloned()
    }
}

/// Likes or reposts the post `uri` names.
pub async fn act_on_post(
    ctx: &Ctx,
    account: Option<&str>,
    uri: &str,
    dry_run: bool,
    action: PostAction,
) -> Result<EngageOutput> {
    let uri = AtUri::parse_post("uri", uri)?;
    let pds = ctx.connect(account).await?;
    let post = resolve_post(ctx, &pds, "uri", uri).await?;
    let subject = post.uri.to_uri();
    let hint = action.hint(post.viewer.as_ref());
    let existing = existing_record(&pds, action.collection, hint, &subject).await?;
    let record = (action.record)(post.strong_ref());
    create_unless_there(&pds, action.done, subject, existing, record, dry_run).await
}

/// Removes this account's like or repost of the post `uri` names.
pub async fn undo_on_post(
    ctx: &Ctx,
    account: Option<&str>,
    uri: &str,
    dry_run: bool,
    action: PostAction,
) -> Result<EngageOutput> {
    let uri = AtUri::parse_post("uri", uri)?;
    let pds = ctx.connect(account).await?;
    let post = resolve_post(ctx, &pds, "uri", uri).await?;
    let subject = post.uri.to_uri();
    let hint = action.hint(post.viewer.as_ref());
    let existing = existing_record(&pds, action.collection, hint, &subject).await?;
    delete_if_there(&pds, action.undone, subject, existing, dry_run).await
}

/// This account's record in `collection` whose subject is `subject` (a post
/// URI, or a DID for follows). The AppView's `hint` is trusted only if the
/// record is still in the repository: the AppView lags behind writes.
pub async fn existing_record(
    pds: &PdsConnection,
    collection: &str,
    hint: Option<String>,
    subject: &str,
) -> Result<Option<String>> {
    if let Some(uri) = hint
        && pds.get_record(&AtUri::parse(&uri)?).await?.is_some()
    {
        return Ok(Some(uri));
    }
    pds.find_own_record(collection, subject).await
}

pub async fn create_unless_there(
    pds: &PdsConnection,
    action: &'static str,
    subject: String,
    existing: Option<String>,
    record: KnownRecord,
    dry_run: bool,
) -> Result<EngageOutput> {
    if existing.is_some() {
        return Ok(EngageOutput {
            action,
            subject,
            record_uri: existing,
            unchanged: true,
            dry_run,
            record: None,
        });
    }
    if dry_run {
        return Ok(EngageOutput {
            action,
            subject,
            record_uri: None,
            unchanged: false,
            dry_run,
            record: Some(record_json(&record)),
        });
    }
    let created = pds.create_record(record).await?.data;
    tracing::info!(account = %pds.session().alias, uri = %created.uri, "{action}");
    Ok(EngageOutput {
        action,
        subject,
        record_uri: Some(created.uri),
        unchanged: false,
        dry_run,
        record: None,
    })
}

pub async fn delete_if_there(
    pds: &PdsConnection,
    action: &'static str,
    subject: String,
    existing: Option<String>,
    dry_run: bool,
) -> Result<EngageOutput> {
    let Some(record_uri) = existing else {
        return Ok(EngageOutput {
            action,
            subject,
            record_uri: None,
            unchanged: true,
            dry_run,
            record: None,
        });
    };
    if !dry_run {
        pds.delete_record(&AtUri::parse(&record_uri)?).await?;
        tracing::info!(account = %pds.session().alias, uri = %record_uri, "{action}");
    }
    Ok(EngageOutput {
        action,
        subject,
        record_uri: Some(record_uri),
        unchanged: false,
        dry_run,
        record: None,
    })
}

impl Render for EngageOutput {
    fn render(&self, style: &Style) -> String {
        let subject = &self.subject;
        if self.unchanged {
            return match self.action.strip_prefix("un") {
                Some(not_done) => format!("Nothing to do: {subject} was not {not_done}.\n"),
                None => format!("Nothing to do: {subject} is already {}.\n", self.action),
            };
        }
        if self.dry_run {
            let mut out = format!(
                "{} nothing changed; {subject} would be {}.\n",
                style.bold("Dry run:"),
                self.action
            );
            if let Some(record) = &self.record {
                out.push_str(&style.json(record));
                out.push('\n');
            }
            return out;
        }
        let mut action = self.action.to_string();
        action[..1].make_ascii_uppercase();
        let mut out = format!("{} {subject}\n", style.good(&action));
        if let Some(uri) = &self.record_uri {
            out.push_str(&format!("{}\n", style.dim(uri)));
        }
        out
    }
}
