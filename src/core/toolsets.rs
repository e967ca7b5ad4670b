//! Toolsets: the groups of tools a server offers (`serve --toolsets`), so that
//! an agent is shown, and pays for, only the tools it needs.

use super::{AnyTool, TOOLS};
use crate::error::{Error, Result};

/// The group a tool belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toolset {
    /// Reading: feeds, threads, posts, profiles, notifications, search.
    Read,
    /// Publishing and deleting posts.
    Post,
    /// Likes, reposts, follows, marking notifications seen.
    Engage,
    /// Who liked, reposted or quoted a post; followers and follows.
    Graph,
    /// Mutes and blocks of accounts and threads.
    Moderation,
    /// Lists: curation and moderation lists, their members, subscriptions.
    Lists,
    /// Drafts the person reviews and sends from the Bluesky app.
    Drafts,
    /// Direct messages: only when named, never in `default` or `all`.
    Chat,
}

impl Toolset {
    /// Every toolset (`all` means those `in_all`).
    pub const ALL: [Toolset; 8] = [
        Toolset::Read,
        Toolset::Post,
        Toolset::Engage,
        Toolset::Graph,
        Toolset::Moderation,
        Toolset::Lists,
        Toolset::Drafts,
        Toolset::Chat,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Toolset::Read => "read",
            Toolset::Post => "post",
            Toolset::Engage => "engage",
            Toolset::Graph => "graph",
            Toolset::Moderation => "moderation",
            Toolset::Lists => "lists",
            Toolset::Drafts => "drafts",
            Toolset::Chat => "chat",
        }
    }

    /// In `all`: every toolset but `chat`, which must be named.
    pub fn in_all(self) -> bool {
        self != Toolset::Chat
    }

    /// In what a new user gets (`default`).
    pub fn in_default(self) -> bool {
        match self {
            Toolset::Read | Toolset::Post | Toolset::Engage | Toolset::Graph | Toolset::Drafts => {
                true
            }
            Toolset::Moderation | Toolset::Lists | Toolset::Chat => false,
        }
    }
}

/// The tools a server offers: those of `toolsets` (names, `default` or `all`),
/// plus the single `tools`, only the read-only ones when `read_only`. With
/// neither, `default`; with `tools` alone, just those. An unknown name is an
/// error listing the known ones.
pub fn select(
    toolsets: &[String],
    tools: &[String],
    read_only: bool,
) -> Result<Vec<&'static dyn AnyTool>> {
    let mut sets = Vec::new();
    for name in toolsets {
        match name.trim() {
            "default" => sets.extend(Toolset::ALL.into_iter().filter(|t| t.in_default())),
            "all" => sets.extend(Toolset::ALL.into_iter().filter(|t| t.in_all())),
            name => match Toolset::ALL.into_iter().find(|t| t.name() == name) {
                Some(set) => sets.push(set),
                None => {
                    let known: Vec<&str> = Toolset::ALL.iter().map(|t| t.name()).collect();
                    return Err(Error::config(format!(
                        "toolsets: there is no toolset `{name}`; the toolsets are default, all, {}",
                        known.join(", ")
                    )));
                }
            },
        }
    }
    if toolsets.is_empty() && tools.is_empty() {
        sets.extend(Toolset::ALL.into_iter().filter(|t| t.in_default()));
    }
    for name in tools {
        if !TOOLS.iter().any(|t| t.spec().name == name.trim()) {
            let known: Vec<&str> = TOOLS.iter().map(|t| t.spec().name).collect();
            return Err(Error::config(format!(
                "tools: there is no tool `{name}`; the tools are {}",
                known.join(", ")
            )));
        }
    }
    Ok(TOOLS
        .iter()
        .copied()
        .filter(|t| {
            let spec = t.spec();
            sets.contains(&spec.toolset) || tools.iter().any(|n| n.trim() == spec.name)
        })
        .filter(|t| !read_only || t.spec().hints.read_only)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(tools: &[&dyn AnyTool]) -> Vec<&'static str> {
        tools.iter().map(|t| t.spec().name).collect()
    }
    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn toolsets_tools_and_read_only_combine() {
        let read = select(&strings(&["read"]), &[], false).unwrap();
        assert!(names(&read).contains(&"bluesky_get_feed"));
        assert!(!names(&read).contains(&"bluesky_like"));
        let plus = select(&strings(&["read"]), &strings(&["bluesky_like"]), false).unwrap();
        assert_eq!(plus.len(), read.len() + 1);
        let read_only = select(&strings(&["all"]), &strings(&["bluesky_like"]), true).unwrap();
        assert!(read_only.iter().all(|t| t.spec().hints.read_only));
        assert!(names(&read_only).contains(&"bluesky_get_followers"));
        assert!(!names(&read_only).contains(&"bluesky_like"));
        let all = select(&strings(&["all"]), &[], false).unwrap();
        let reads: Vec<_> = all
            .into_iter()
            .filter(|t| t.spec().hints.read_only)
            .collect();
        assert_eq!(names(&read_only), names(&reads));
        let default = select(&[], &[], false).unwrap();
        assert_eq!(
            names(&default),
            names(&select(&strings(&["default"]), &[], false).unwrap())
        );
        let alone = select(&[], &strings(&["bluesky_like"]), false).unwrap();
        assert_eq!(names(&alone), ["bluesky_like"]);
    }

    #[test]
    fn chat_is_offered_only_when_named() {
        let chat = |tools: &[&dyn AnyTool]| {
            tools
                .iter()
                .filter(|t| t.spec().toolset == Toolset::Chat)
                .count()
        };
        assert_eq!(chat(&select(&[], &[], false).unwrap()), 0);
        assert_eq!(chat(&select(&strings(&["all"]), &[], false).unwrap()), 0);
        let named = select(&strings(&["all", "chat"]), &[], false).unwrap();
        assert_eq!(chat(&named), 5);
        assert!(names(&named).contains(&"bluesky_send_message"));
        let read_only = select(&strings(&["chat"]), &[], true).unwrap();
        assert_eq!(
            names(&read_only),
            ["bluesky_list_convos", "bluesky_get_messages"]
        );
    }

    #[test]
    fn unknown_names_list_the_known_ones() {
        let err = select(&strings(&["reed"]), &[], false).err().unwrap();
        assert_eq!(
            err.message,
            "toolsets: there is no toolset `reed`; the toolsets are default, all, read, post, engage, graph, moderation, lists, drafts, chat"
        );
        let err = select(&[], &strings(&["bluesky_lik"]), false)
            .err()
            .unwrap();
        assert!(
            err.message.starts_with(
                "tools: there is no tool `bluesky_lik`; the tools are bluesky_post_text, "
            ),
            "{}",
            err.message
        );
    }
}
