//! Arguments many commands share, declared once and flattened into each
//! command (`#[command(flatten)]`), and the core's choices as clap values.

use clap::builder::PossibleValue;
use clap::{Args, ValueEnum};

use crate::core::feed::AuthorFilter;
use crate::core::fields::{AccountField, DryRunField, LangsField, PageField};
use crate::core::mcp_config::Client;
use crate::core::notifications::Reason;
use crate::core::pages::Paging;
use crate::core::post::gate::GateField;
use crate::core::search::Sort;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub struct AccountArg {
    /// The account to use (alias or handle). Default: the default account.
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    pub account: Option<String>,
}

impl From<AccountArg> for AccountField {
    fn from(arg: AccountArg) -> Self {
        AccountField {
            account: arg.account,
        }
    }
}

#[derive(Debug, Args)]
pub struct DryRunArg {
    /// Check everything and show what would be written, writing nothing.
    #[arg(long)]
    pub dry_run: bool,
}

impl From<DryRunArg> for DryRunField {
    fn from(arg: DryRunArg) -> Self {
        DryRunField {
            dry_run: arg.dry_run,
        }
    }
}

#[derive(Debug, Args)]
pub struct LangsArg {
    /// A language of the text as a BCP-47 tag, such as `en` or `pt-BR` (repeatable, at most 3). Default: the `langs` setting.
    #[arg(long = "lang", value_name = "LANG")]
    pub langs: Vec<String>,
}

impl From<LangsArg> for LangsField {
    fn from(arg: LangsArg) -> Self {
        LangsField { langs: arg.langs }
    }
}

#[derive(Debug, Args)]
pub struct GateArg {
    /// Who may reply: everyone (default), nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas.
    #[arg(long, value_name = "WHO", value_delimiter = ',')]
    pub who_can_reply: Vec<String>,
    /// Do not let others quote the post.
    #[arg(long)]
    pub no_quotes: bool,
}

impl From<GateArg> for GateField {
    fn from(arg: GateArg) -> Self {
        GateField {
            who_can_reply: arg.who_can_reply,
            allow_quotes: !arg.no_quotes,
        }
    }
}

/// Changes to the reply and quote controls of something that has them (a
/// post, a draft): what is left out stays as it is.
#[derive(Debug, Args)]
pub struct GateChangeArg {
    /// Who may reply: everyone, nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas. Left out: unchanged.
    #[arg(long, value_name = "WHO", value_delimiter = ',')]
    pub who_can_reply: Option<Vec<String>>,
    /// Do not let others quote it.
    #[arg(long, conflicts_with = "quotes")]
    pub no_quotes: bool,
    /// Let others quote it again.
    #[arg(long)]
    pub quotes: bool,
}

impl GateChangeArg {
    /// `--quotes` or `--no-quotes`, if either was given.
    pub fn allow_quotes(&self) -> Option<bool> {
        match (self.quotes, self.no_quotes) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        }
    }
}

/// How far to read a list besides `--limit` (which each command declares
/// with its own default): `--all`, and where to start.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Every one there is (up to 10,000).
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
    /// Where to continue: the `cursor` of an earlier result.
    #[arg(long)]
    pub cursor: Option<String>,
}

impl ListArgs {
    /// The first page to read, `limit` items across pages, and how far to go.
    pub fn into_paging<const DEFAULT: u32>(self, limit: u32) -> (PageField<DEFAULT>, Paging) {
        let page = PageField {
            limit,
            cursor: self.cursor,
        };
        (page, Paging::Across { all: self.all })
    }
}

/// Post text as given, or read from stdin when it is `-`.
pub fn text_or_stdin(text: String) -> Result<String> {
    if text != "-" {
        return Ok(text);
    }
    let mut read = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut read)
        .map_err(|e| Error::input(format!("cannot read the post text from stdin: {e}")))?;
    Ok(read.trim_end_matches(['\n', '\r']).to_string())
}

// The core's choices as clap values: the names serde reads, with help.

impl ValueEnum for AuthorFilter {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            AuthorFilter::Replies,
            AuthorFilter::Posts,
            AuthorFilter::Media,
            AuthorFilter::Threads,
            AuthorFilter::Video,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            AuthorFilter::Replies => PossibleValue::new("replies").help("Posts and replies"),
            AuthorFilter::Posts => PossibleValue::new("posts").help("Posts, no replies"),
            AuthorFilter::Media => PossibleValue::new("media").help("Posts with images or video"),
            AuthorFilter::Threads => {
                PossibleValue::new("threads").help("Posts and the author's own threads")
            }
            AuthorFilter::Video => PossibleValue::new("video").help("Posts with video"),
        })
    }
}

impl ValueEnum for Sort {
    fn value_variants<'a>() -> &'a [Self] {
        &[Sort::Latest, Sort::Top]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Sort::Latest => PossibleValue::new("latest").help("Newest first"),
            Sort::Top => PossibleValue::new("top").help("Most engaging first"),
        })
    }
}

impl ValueEnum for Reason {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Reason::Like,
            Reason::Repost,
            Reason::Follow,
            Reason::Mention,
            Reason::Reply,
            Reason::Quote,
            Reason::StarterpackJoined,
            Reason::LikeViaRepost,
            Reason::RepostViaRepost,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Reason::Like => PossibleValue::new("like"),
            Reason::Repost => PossibleValue::new("repost"),
            Reason::Follow => PossibleValue::new("follow"),
            Reason::Mention => PossibleValue::new("mention"),
            Reason::Reply => PossibleValue::new("reply"),
            Reason::Quote => PossibleValue::new("quote"),
            Reason::StarterpackJoined => PossibleValue::new("starterpack-joined"),
            Reason::LikeViaRepost => PossibleValue::new("like-via-repost"),
            Reason::RepostViaRepost => PossibleValue::new("repost-via-repost"),
        })
    }
}

impl ValueEnum for Client {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Client::Claude,
            Client::Vscode,
            Client::Cursor,
            Client::Zed,
            Client::Codex,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Client::Claude => {
                PossibleValue::new("claude").help("Claude Desktop: claude_desktop_config.json")
            }
            Client::Vscode => PossibleValue::new("vscode")
                .help("VS Code: .vscode/mcp.json (or the user's mcp.json)"),
            Client::Cursor => PossibleValue::new("cursor").help("Cursor: ~/.cursor/mcp.json"),
            Client::Zed => PossibleValue::new("zed").help("Zed: settings.json"),
            Client::Codex => {
                PossibleValue::new("codex").help("OpenAI Codex CLI: ~/.codex/config.toml")
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each clap value is the name serde reads for the same variant.
    fn agree<T: ValueEnum + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>() {
        for variant in T::value_variants() {
            let name = variant.to_possible_value().unwrap().get_name().to_string();
            let read: T = serde_json::from_value(serde_json::Value::String(name.clone()))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(&read, variant, "{name}");
        }
    }

    #[test]
    fn clap_values_are_the_tool_inputs_names() {
        agree::<AuthorFilter>();
        agree::<Sort>();
        agree::<Reason>();
    }
}
