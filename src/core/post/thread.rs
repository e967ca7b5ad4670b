//! `bluesky_post_thread` / `mcp-bluesky post --thread`: long text as a chain of
//! replies, split at sentence boundaries, then at spaces.

use atrium_api::com::atproto::repo::strong_ref;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use unicode_segmentation::UnicodeSegmentation;

use super::gate::{self, GateField};
use super::{Draft, build, card_embed_ref, link_card, record_json, writer};
use crate::bsky::records;
use crate::bsky::richtext::{MAX_POST_GRAPHEMES, grapheme_count};
use crate::bsky::uri::post_web_url;
use crate::core::draft::{DraftContent, DraftItem, mode};
use crate::core::fields::{AccountField, DryRunField, LangsField};
use crate::core::render::count;
use crate::core::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::error::{Error, Result};

/// Most posts one thread may become.
pub const MAX_PARTS: usize = 25;

/// Publish long text as a thread: a chain of posts, each replying to the one before.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ThreadInput {
    /// The whole text, any length.
    pub text: String,
    /// Add "1/3"-style counters.
    #[serde(default)]
    pub numbered: bool,
    #[serde(flatten)]
    pub langs: LangsField,
    #[serde(flatten)]
    pub account: AccountField,
    #[serde(flatten)]
    pub dry_run: DryRunField,
    /// Reply and quote controls of the first post; its thread gate covers the whole thread.
    #[serde(flatten)]
    pub gate: GateField,
}

/// A published part of a thread.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ThreadPost {
    pub uri: String,
    pub cid: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ThreadOutput {
    /// How many posts the text was split into.
    pub parts: usize,
    /// The posts published, in order (all of them unless `error` says otherwise).
    pub published: Vec<ThreadPost>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    /// The records a dry run would publish; each after the first also gets a
    /// `reply` to the thread's first post (root) and the previous one (parent).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<serde_json::Map<String, Value>>")]
    pub records: Vec<Value>,
    /// The thread gate and post gate records a dry run would write beside the first post.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<serde_json::Map<String, Value>>")]
    pub gates: Vec<Value>,
    /// Why publishing stopped part-way; the posts in `published` are online.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The draft saved instead of the thread (`write_mode: drafts`); nothing was published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<DraftItem>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl ThreadOutput {
    /// The result of saving a draft in place of the thread.
    fn drafted(parts: usize, draft: DraftItem, dry_run: bool) -> ThreadOutput {
        ThreadOutput {
            parts,
            published: Vec::new(),
            dry_run,
            records: Vec::new(),
            gates: Vec::new(),
            error: None,
            draft: Some(draft),
            warnings: Vec::new(),
        }
    }
}

pub struct PostThread;

impl Tool for PostThread {
    type Input = ThreadInput;
    type Output = ThreadOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_post_thread",
        title: "Post a thread to Bluesky",
        description: "Publish long text as a thread: posts of at most 300 graphemes (25 at most), split at sentences. If one fails part-way, the result lists those published.",
        hints: Hints::WRITE,
        toolset: Toolset::Post,
    };

    async fn run(ctx: &Ctx, input: ThreadInput) -> Result<ThreadOutput> {
        if input.text.trim().is_empty() {
            return Err(Error::input("text is empty; a thread needs some text"));
        }
        let parts = split_numbered(&input.text, MAX_POST_GRAPHEMES, input.numbered);
        if parts.len() > MAX_PARTS {
            return Err(Error::input(format!(
                "text makes {} posts; a thread may have at most {MAX_PARTS}",
                parts.len()
            ))
            .with_help("shorten the text"));
        }
        if mode::drafts(ctx) {
            let link = mode::card_link(ctx, None, parts.first().map_or("", String::as_str));
            let content = DraftContent {
                text: input.text,
                quote: None,
                link,
                langs: input.langs,
                gate: input.gate,
            };
            let dry_run = input.dry_run.get();
            let draft =
                mode::save_instead(ctx, input.account.get(), content, input.numbered, dry_run)
                    .await?;
            return Ok(ThreadOutput::drafted(parts.len(), draft, dry_run));
        }
        let first = FirstPost::default();
        publish_parts(ctx, parts, first, &input).await
    }
}

/// What the first post of a thread carries besides its text.
#[derive(Default)]
pub struct FirstPost {
    /// A post it quotes.
    pub quote: Option<strong_ref::Main>,
    /// The page for its card (default: its first link).
    pub link: Option<String>,
}

/// Publishes `parts` as a thread (one part: one post), each replying to the
/// one before, the first with `first`'s quote and card and the reply
/// controls; every part is checked and built before the first is published.
pub async fn publish_parts(
    ctx: &Ctx,
    parts: Vec<String>,
    first: FirstPost,
    input: &ThreadInput,
) -> Result<ThreadOutput> {
    let pds = writer(ctx, input.account.get(), input.dry_run.get(), true).await?;
    let controls = gate::check(ctx, pds.as_deref(), &input.gate).await?;
    let mut records = Vec::with_capacity(parts.len());
    let mut warnings = Vec::new();
    // The first post shows a card for `first.link`, else its first link.
    let uploader = pds.as_deref().filter(|_| !input.dry_run.get());
    let first_text = parts.first().map_or("", String::as_str);
    let card = link_card(ctx, uploader, first_text, first.link, &mut warnings).await?;
    let mut embed = match first.quote {
        Some(quoted) => Some(super::quote_embed(quoted, card)),
        None => card.map(card_embed_ref),
    };
    for text in &parts {
        let draft = Draft {
            text: text.clone(),
            langs: input.langs.langs.clone(),
            embed: embed.take(),
            ..Draft::default()
        };
        let built = build(ctx, pds.as_deref(), draft).await?;
        warnings.extend(built.warnings);
        records.push(built.record);
    }
    let total = parts.len();
    let Some(pds) = pds.filter(|_| !input.dry_run.get()) else {
        return Ok(ThreadOutput {
            parts: total,
            published: Vec::new(),
            dry_run: true,
            records: records
                .into_iter()
                .map(|r| record_json(&r.into()))
                .collect(),
            gates: controls.preview(),
            error: None,
            draft: None,
            warnings,
        });
    };
    let mut published: Vec<ThreadPost> = Vec::with_capacity(total);
    let mut root: Option<strong_ref::Main> = None;
    let mut parent: Option<strong_ref::Main> = None;
    for (i, mut record) in records.into_iter().enumerate() {
        if let (Some(root), Some(parent)) = (&root, &parent) {
            record.reply = Some(records::reply_ref(root.clone(), parent.clone()));
        }
        let created = if i == 0 {
            gate::create_post(&pds, record.into(), &controls).await
        } else {
            pds.create_record(record.into()).await
        };
        match created {
            Ok(created) => {
                root.get_or_insert_with(|| created.clone());
                published.push(ThreadPost {
                    url: post_web_url(&pds.handle(), &created.uri),
                    uri: created.uri.clone(),
                    cid: created.cid.as_ref().to_string(),
                });
                parent = Some(created);
            }
            Err(e) if i == 0 => return Err(e),
            Err(e) => {
                return Ok(ThreadOutput {
                    parts: total,
                    error: Some(format!("post {} of {total} failed: {e}", i + 1)),
                    draft: None,
                    published,
                    dry_run: false,
                    records: Vec::new(),
                    gates: Vec::new(),
                    warnings,
                });
            }
        }
    }
    Ok(ThreadOutput {
        parts: total,
        published,
        dry_run: false,
        records: Vec::new(),
        gates: Vec::new(),
        error: None,
        draft: None,
        warnings,
    })
}

/// Splits `text` into posts of at most `limit` graphemes, with " k/n" counters
/// when `numbered` and there is more than one post.
pub fn split_numbered(text: &str, limit: usize, numbered: bool) -> Vec<String> {
    let mut parts = split(text, limit);
    if !numbered || parts.len() < 2 {
        return parts;
    }
    // Counters take room, which may add a post, which may widen the counters.
    for _ in 0..4 {
        let n = parts.len();
        let reserve = format!(" {n}/{n}").len();
        let again = split(text, limit - reserve);
        if again.len() == n {
            parts = again;
            break;
        }
        parts = again;
    }
    let n = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| format!("{p} {}/{n}", i + 1))
        .collect()
}

/// Splits at sentence boundaries where it can, then at whitespace, and
/// inside a word only when the word alone is longer than a post.
pub fn split(text: &str, limit: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    for sentence in text.split_sentence_bounds() {
        if fits(&current, sentence, limit) {
            current.push_str(sentence);
            continue;
        }
        flush(&mut parts, &mut current);
        if fits("", sentence, limit) {
            current.push_str(sentence.trim_start());
            continue;
        }
        for word in sentence.split_inclusive(char::is_whitespace) {
            if fits(&current, word, limit) {
                current.push_str(word);
                continue;
            }
            flush(&mut parts, &mut current);
            if fits("", word, limit) {
                current.push_str(word.trim_start());
                continue;
            }
            let graphemes: Vec<&str> = word.trim().graphemes(true).collect();
            for chunk in graphemes.chunks(limit) {
                current = chunk.concat();
                flush(&mut parts, &mut current);
            }
        }
    }
    flush(&mut parts, &mut current);
    parts
}

fn fits(current: &str, piece: &str, limit: usize) -> bool {
    grapheme_count(format!("{current}{piece}").trim()) <= limit
}

fn flush(parts: &mut Vec<String>, current: &mut String) {
    let text = current.trim();
    if !text.is_empty() {
        parts.push(text.to_string());
    }
    current.clear();
}

impl Render for ThreadOutput {
    fn render(&self, style: &Style) -> String {
        if let Some(draft) = &self.draft {
            return mode::render_saved(draft, self.dry_run, style);
        }
        if self.dry_run {
            let mut out = format!(
                "{} nothing was posted. The thread would be {}:\n",
                style.bold("Dry run:"),
                count(self.parts as u64, "post", "posts")
            );
            for (i, record) in self.records.iter().enumerate() {
                let text = record["text"].as_str().unwrap_or_default();
                out.push_str(&format!(
                    "\n{} ({} graphemes)\n{text}\n",
                    style.bold(&format!("{}/{}", i + 1, self.parts)),
                    grapheme_count(text)
                ));
            }
            for gate in &self.gates {
                out.push_str(&format!("\nWith:\n{}\n", style.json(gate)));
            }
            return out;
        }
        let mut out = format!(
            "{} {} of {}\n",
            style.good("Posted"),
            self.published.len(),
            count(self.parts as u64, "post", "posts")
        );
        for post in &self.published {
            out.push_str(&format!("{}\n", post.url.as_deref().unwrap_or(&post.uri)));
        }
        if let Some(error) = &self.error {
            out.push_str(&format!("{} {error}\n", style.bad("stopped:")));
        }
        out
    }

    fn success(&self) -> bool {
        self.error.is_none()
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn short_text_is_one_post() {
        assert_eq!(
            split("Just one. Two sentences.", 300),
            vec!["Just one. Two sentences."]
        );
        assert_eq!(split_numbered("Short.", 300, true), vec!["Short."]);
    }

    #[test]
    fn splits_between_sentences_and_keeps_every_word() {
        let sentence = "This sentence is exactly fifty graphemes long, ok. ";
        let text = sentence.repeat(13);
        let parts = split(&text, 300);
        assert_eq!(parts.len(), 3);
        for part in &parts {
            assert!(grapheme_count(part) <= 300);
            assert!(part.ends_with("ok."), "split at a sentence end: {part:?}");
        }
        assert_eq!(words(&parts.join(" ")), words(&text));
    }

    #[test]
    fn a_long_sentence_splits_at_spaces_and_a_huge_word_by_graphemes() {
        let text = format!("{} {}", "word ".repeat(100), "🦀".repeat(350));
        let parts = split(&text, 300);
        assert!(parts.iter().all(|p| grapheme_count(p) <= 300));
        assert!(parts[0].split_whitespace().all(|w| w == "word"));
        assert_eq!(parts.concat().matches('🦀').count(), 350);
    }

    #[test]
    fn urls_and_mentions_are_never_cut() {
        let url = "https://example.com/a/very/long/path?with=query";
        let text = format!("{} see {url} and @alice.test there.", "filler ".repeat(40));
        for part in split(&text, 300) {
            for word in part.split_whitespace() {
                if word.starts_with("https") {
                    assert_eq!(word, url);
                }
            }
        }
    }

    #[test]
    fn numbered_parts_stay_within_the_limit() {
        let text = "Sentence number one goes here. ".repeat(40);
        let parts = split_numbered(&text, 300, true);
        let n = parts.len();
        assert!(n > 1);
        for (i, part) in parts.iter().enumerate() {
            assert!(grapheme_count(part) <= 300, "{part}");
            assert!(part.ends_with(&format!(" {}/{n}", i + 1)), "{part}");
        }
    }
}

/// Property tests: `PROPTEST_CASES=100000 cargo test properties` for a long run.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            "[a-z]{1,12}",
            "[a-z]{1,12}[.!?]",
            Just("👩‍👩‍👧".to_string()),
            Just("e\u{301}".to_string()),
            "[a-z]{300,700}",
            "\\PC{1,20}",
        ];
        let space = prop_oneof![Just(" "), Just("\n\n"), Just("  ")];
        prop::collection::vec((word, space), 1..80)
            .prop_map(|parts| parts.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
    }

    fn visible(text: &str) -> String {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    }

    proptest! {
        #[test]
        fn every_post_fits_and_nothing_is_lost(text in text(), limit in 20usize..=300) {
            let parts = split(&text, limit);
            for part in &parts {
                prop_assert!(!part.is_empty());
                prop_assert!(grapheme_count(part) <= limit, "{} graphemes > {limit}", grapheme_count(part));
            }
            prop_assert_eq!(visible(&parts.concat()), visible(&text));
        }

        #[test]
        fn numbered_posts_fit_with_their_counters(text in text(), limit in 20usize..=300) {
            let parts = split_numbered(&text, limit, true);
            let n = parts.len();
            for (i, part) in parts.iter().enumerate() {
                prop_assert!(grapheme_count(part) <= limit);
                if n > 1 {
                    let suffix = format!(" {}/{n}", i + 1);
                    prop_assert!(part.ends_with(&suffix), "{:?} lacks {:?}", part, suffix);
                }
            }
        }
    }
}
