//! Arguments many commands share, declared once and flattened into each
//! command (`#[command(flatten)]`), and the core's choices as clap values.

use clap::builder::PossibleValue;
use clap::{Args, ValueEnum};

use crate::core::feed::AuthorFilter;
use crate::core::fields::{AccountField, DryRunField, LangsField, PageField};
use crate::core::mcp_config::Client;
use crate::core::notifications::Reason;
use crate::core::pages::Paging;
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

/// A clap value for each variant, with its help.
macro_rules! values {
    ($type:ty { $($variant:ident => $name:literal $(: $help:literal)?,)* }) => {
        impl ValueEnum for $type {
            fn value_variants<'a>() -> &'a [Self] {
                &[$(<$type>::$variant,)*]
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(match self {
                    $(<$type>::$variant => PossibleValue::new($name)$(.help($help))?,)*
                })
            }
        }
    };
}

values!(AuthorFilter {
    Replies => "replies": "Posts and replies",
    Posts => "posts": "Posts, no replies",
    Media => "media": "Posts with images or video",
    Threads => "threads": "Posts and the author's own threads",
    Video => "video": "Posts with video",
});

values!(Sort {
    Latest => "latest": "Newest first",
    Top => "top": "Most engaging first",
});

values!(Reason {
    Like => "like",
    Repost => "repost",
    Follow => "follow",
    Mention => "mention",
    Reply => "reply",
    Quote => "quote",
    StarterpackJoined => "starterpack-joined",
    LikeViaRepost => "like-via-repost",
    RepostViaRepost => "repost-via-repost",
});

values!(Client {
    Claude => "claude": "Claude Desktop: claude_desktop_config.json",
    Vscode => "vscode": "VS Code: .vscode/mcp.json (or the user's mcp.json)",
    Cursor => "cursor": "Cursor: ~/.cursor/mcp.json",
    Zed => "zed": "Zed: settings.json",
    Codex => "codex": "OpenAI Codex CLI: ~/.codex/config.toml",
});

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
