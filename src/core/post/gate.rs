//! Reply and quote controls on a new post: a thread gate (who may reply) and
//! a post gate (no quotes), written with the post in one all-or-nothing
//! batch, so a post never exists without the controls it was given.

use atrium_api::app::bsky::feed;
use atrium_api::com::atproto::repo::strong_ref;
use atrium_api::record::KnownRecord;
use atrium_api::types::Collection;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::Value;

use super::record_json;
use crate::bsky::PdsConnection;
use crate::bsky::records::{self, ReplyRule};
use crate::bsky::repo::Write;
use crate::bsky::uri::AtUri;
use crate::core::Ctx;
use crate::core::target::Target;
use crate::error::{Error, Result};

/// The lexicon's limit on a thread gate's rules.
const MAX_RULES: usize = 5;

fn yes() -> bool {
    true
}

/// Who may reply to a new post, and whether it may be quoted.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
pub struct GateField {
    // Described once, in the server's instructions, as allow_quotes is.
    #[serde(default)]
    pub who_can_reply: Vec<String>,
    #[serde(default = "yes")]
    pub allow_quotes: bool,
}

impl Default for GateField {
    fn default() -> Self {
        GateField {
            who_can_reply: Vec::new(),
            allow_quotes: true,
        }
    }
}

/// Checked reply and quote controls.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Controls {
    /// Who may reply: `None` everyone, empty nobody.
    pub allow: Option<Vec<ReplyRule>>,
    pub no_quotes: bool,
}

impl Controls {
    /// True when the post needs no gate records.
    pub fn is_open(&self) -> bool {
        self.allow.is_none() && !self.no_quotes
    }

    /// The gate records of the post at `post`, each under the post's key.
    pub fn records(&self, post: &AtUri) -> Vec<(AtUri, KnownRecord)> {
        let under = |collection: &str| AtUri {
            collection: collection.to_string(),
            ..post.clone()
        };
        let uri = post.to_uri();
        let mut gates = Vec::new();
        if let Some(allow) = &self.allow {
            gates.push((
                under(feed::Threadgate::NSID),
                records::threadgate(&uri, Some(allow), Vec::new(), None),
            ));
        }
        if self.no_quotes {
            gates.push((
                under(feed::Postgate::NSID),
                records::postgate(&uri, true, Vec::new(), None),
            ));
        }
        gates
    }

    /// The gate records a dry run shows beside the post.
    pub fn preview(&self) -> Vec<Value> {
        let placeholder = AtUri {
            authority: "did:example:you".into(),
            collection: feed::Post::NSID.into(),
            rkey: "new".into(),
        };
        self.records(&placeholder)
            .iter()
            .map(|(_, record)| record_json(record))
            .collect()
    }
}

/// Checks `field`: rule names, lists (resolved to their creator's DID, and
/// read through `pds` when there is one, so a missing list is an error).
pub async fn check(ctx: &Ctx, pds: Option<&PdsConnection>, field: &GateField) -> Result<Controls> {
    Ok(Controls {
        allow: check_rules(ctx, pds, &field.who_can_reply).await?,
        no_quotes: !field.allow_quotes,
    })
}

/// The rules `who_can_reply` names: `None` for everyone.
pub async fn check_rules(
    ctx: &Ctx,
    pds: Option<&PdsConnection>,
    who_can_reply: &[String],
) -> Result<Option<Vec<ReplyRule>>> {
    let names: Vec<&str> = who_can_reply.iter().map(|s| s.trim()).collect();
    let alone = |word: &str| {
        Error::input(format!(
            "who_can_reply: `{word}` stands alone; it cannot be combined with other rules"
        ))
    };
    match names.as_slice() {
        [] | ["everyone"] => return Ok(None),
        ["nobody"] => return Ok(Some(Vec::new())),
        many if many.contains(&"everyone") => return Err(alone("everyone")),
        many if many.contains(&"nobody") => return Err(alone("nobody")),
        _ => {}
    }
    let mut rules = Vec::new();
    for name in names {
        let rule = match name {
            "mentioned" => ReplyRule::Mentioned,
            "following" => ReplyRule::Following,
            "followers" => ReplyRule::Followers,
            list if list.starts_with("at://") || list.starts_with("https://") => {
                ReplyRule::List(gate_list(ctx, pds, list).await?)
            }
            other => {
                return Err(Error::input(format!(
                    "who_can_reply: {other:?} is not a rule; use everyone, nobody, mentioned, following, followers, or a list's at:// URI or bsky.app URL"
                )));
            }
        };
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    }
    if rules.len() > MAX_RULES {
        return Err(Error::input(format!(
            "who_can_reply has {} rules; a thread gate holds at most {MAX_RULES}",
            rules.len()
        )));
    }
    Ok(Some(rules))
}

/// How people name a rule: the words `check_rules` reads.
pub fn rule_names(allow: Option<&[ReplyRule]>) -> Vec<String> {
    match allow {
        None => vec!["everyone".into()],
        Some([]) => vec!["nobody".into()],
        Some(rules) => rules
            .iter()
            .map(|rule| match rule {
                ReplyRule::Mentioned => "mentioned".into(),
                ReplyRule::Following => "following".into(),
                ReplyRule::Followers => "followers".into(),
                ReplyRule::List(uri) => uri.clone(),
            })
            .collect(),
    }
}

/// A post's gates as they are: its thread gate and post gate records, when
/// it has them.
pub struct Gates {
    pub thread: Option<feed::threadgate::RecordData>,
    pub post: Option<feed::postgate::RecordData>,
}

impl Gates {
    pub async fn read(pds: &PdsConnection, post: &AtUri) -> Result<Gates> {
        let under = |collection: &str| AtUri {
            collection: collection.to_string(),
            ..post.clone()
        };
        let thread = pds
            .get_record(&under(feed::Threadgate::NSID))
            .await?
            .and_then(|found| records::decode(&found.value).ok());
        let post = pds
            .get_record(&under(feed::Postgate::NSID))
            .await?
            .and_then(|found| records::decode(&found.value).ok());
        Ok(Gates { thread, post })
    }
}

/// The write that makes the record at `uri` be `wanted`, given whether one is there.
pub fn write_for(uri: AtUri, there: bool, wanted: Option<KnownRecord>) -> Option<Write> {
    match (there, wanted) {
        (false, Some(record)) => Some(Write::Create(uri, record)),
        (true, Some(record)) => Some(Write::Update(uri, record)),
        (true, None) => Some(Write::Delete(uri)),
        (false, None) => None,
    }
}

/// The list a rule names, as an at:// URI with its creator's DID.
async fn gate_list(ctx: &Ctx, pds: Option<&PdsConnection>, value: &str) -> Result<String> {
    let mut uri = AtUri::parse_list("who_can_reply", value)?;
    let client = match pds {
        Some(pds) => pds.client().clone(),
        None => ctx.accounts.anonymous(&ctx.config().pds_url)?,
    };
    uri.authority = ctx
        .accounts
        .require_did(&client, "who_can_reply", &uri.authority)
        .await?;
    if let Some(pds) = pds
        && pds.get_record(&uri).await?.is_none()
    {
        return Err(Error::input(format!(
            "who_can_reply: list {} does not exist",
            uri.to_uri()
        )));
    }
    Ok(uri.to_uri())
}

/// Refuses a reply to `parent` that its thread's gate forbids: as the
/// AppView says, or, when the AppView has not applied the gate yet, as the
/// gate record says (a list rule is left to the servers to judge).
pub async fn check_reply_allowed(pds: &PdsConnection, parent: &Target) -> Result<()> {
    let refused = || {
        Error::input(format!(
            "uri: the author of {} does not allow you to reply to it (thread gate)",
            parent.uri.to_uri()
        ))
    };
    if parent.reply_disabled() {
        return Err(refused());
    }
    let root = match parent.record.as_ref().and_then(|r| r.reply.as_ref()) {
        Some(reply) => AtUri::parse(&reply.root.uri)?,
        None => parent.uri.clone(),
    };
    let me = pds.did();
    if root.authority == me {
        return Ok(());
    }
    let gate_uri = AtUri {
        collection: feed::Threadgate::NSID.to_string(),
        ..root.clone()
    };
    let Some(found) = pds.get_record(&gate_uri).await? else {
        return Ok(());
    };
    let Ok(gate) = records::decode::<feed::threadgate::RecordData>(&found.value) else {
        return Ok(());
    };
    let Some(rules) = records::reply_rules(&gate).filter(|_| gate.post == root.to_uri()) else {
        return Ok(());
    };
    let mut relationship = None;
    for rule in &rules {
        let allowed = match rule {
            ReplyRule::Mentioned => mentions(pds, parent, &root).await?.contains(&me),
            ReplyRule::Following | ReplyRule::Followers => {
                if relationship.is_none() {
                    relationship = Some(relationship_of(pds, &root.authority, &me).await?);
                }
                let (author_follows_me, i_follow_author) = relationship.unwrap_or_default();
                match rule {
                    ReplyRule::Following => author_follows_me,
                    _ => i_follow_author,
                }
            }
            ReplyRule::List(_) => true,
        };
        if allowed {
            return Ok(());
        }
    }
    Err(refused())
}

/// Refuses a quote of `quoted` that its post gate forbids: as the AppView
/// says, or, when the AppView has not applied the gate yet, as the gate
/// record says.
pub async fn check_quote_allowed(pds: &PdsConnection, quoted: &Target) -> Result<()> {
    let refused = || {
        Error::input(format!(
            "uri: the author of {} does not allow quoting it (post gate)",
            quoted.uri.to_uri()
        ))
    };
    if quoted.embedding_disabled() {
        return Err(refused());
    }
    if quoted.uri.authority == pds.did() {
        return Ok(());
    }
    let gate_uri = AtUri {
        collection: feed::Postgate::NSID.to_string(),
        ..quoted.uri.clone()
    };
    let gate = pds
        .get_record(&gate_uri)
        .await?
        .and_then(|found| records::decode::<feed::postgate::RecordData>(&found.value).ok());
    let disabled = gate.is_some_and(|gate| {
        gate.post == quoted.uri.to_uri()
            && gate.embedding_rules.as_ref().is_some_and(|rules| {
                rules.iter().any(|rule| {
                    matches!(
                        rule,
                        atrium_api::types::Union::Refs(
                            feed::postgate::RecordEmbeddingRulesItem::DisableRule(_)
                        )
                    )
                })
            })
    });
    if disabled {
        return Err(refused());
    }
    Ok(())
}

/// The DIDs the thread's first post mentions.
async fn mentions(pds: &PdsConnection, parent: &Target, root: &AtUri) -> Result<Vec<String>> {
    use atrium_api::app::bsky::richtext::facet::MainFeaturesItem;
    let record = if parent.uri == *root {
        parent.record.clone()
    } else {
        pds.get_record(root)
            .await?
            .and_then(|found| records::decode::<feed::post::RecordData>(&found.value).ok())
    };
    Ok(record
        .and_then(|r| r.facets)
        .unwrap_or_default()
        .iter()
        .flat_map(|facet| facet.features.iter())
        .filter_map(|feature| match feature {
            atrium_api::types::Union::Refs(MainFeaturesItem::Mention(m)) => Some(m.did.to_string()),
            _ => None,
        })
        .collect())
}

/// Whether `author` follows `me`, and whether `me` follows `author`.
async fn relationship_of(pds: &PdsConnection, author: &str, me: &str) -> Result<(bool, bool)> {
    use atrium_api::app::bsky::graph::get_relationships::{self, OutputRelationshipsItem};
    let params: get_relationships::Parameters = get_relationships::ParametersData {
        actor: author
            .parse()
            .map_err(|why: &str| Error::remote(format!("{author:?}: {why}")))?,
        others: Some(vec![
            me.parse()
                .map_err(|why: &str| Error::remote(format!("{me:?}: {why}")))?,
        ]),
    }
    .into();
    let found = pds
        .call(get_relationships::NSID, |api| {
            api.app.bsky.graph.get_relationships(params.clone())
        })
        .await?;
    Ok(found
        .data
        .relationships
        .iter()
        .find_map(|r| match r {
            atrium_api::types::Union::Refs(
                OutputRelationshipsItem::AppBskyGraphDefsRelationship(r),
            ) => Some((r.following.is_some(), r.followed_by.is_some())),
            _ => None,
        })
        .unwrap_or_default())
}

/// Publishes the post `record` with its gates, all or nothing.
pub async fn create_post(
    pds: &PdsConnection,
    record: KnownRecord,
    controls: &Controls,
) -> Result<strong_ref::Main> {
    if controls.is_open() {
        return pds.create_record(record).await;
    }
    let uri = pds.new_uri(feed::Post::NSID);
    let mut writes = vec![Write::Create(uri.clone(), record)];
    writes.extend(
        controls
            .records(&uri)
            .into_iter()
            .map(|(gate, record)| Write::Create(gate, record)),
    );
    let created = pds.apply_writes(writes).await.map_err(|e| Error {
        message: format!(
            "nothing was posted (a post and its reply controls are written together): {}",
            e.message
        ),
        ..e
    })?;
    created
        .into_iter()
        .next()
        .ok_or_else(|| Error::remote(format!("{} was written but not reported", uri.to_uri())))
}
