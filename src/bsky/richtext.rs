//! Rich text: finds links, @mentions and #hashtags in post text, with their
//! exact UTF-8 byte ranges (what `app.bsky.richtext.facet` indexes by), and
//! counts graphemes the way Bluesky limits posts.
//!
//! Detection only; resolving mentions to DIDs needs the network and happens in
//! the operation that builds the record.

use std::sync::LazyLock;

use atrium_api::app::bsky::richtext::facet;
use atrium_api::types::Union;
use atrium_api::types::string::Did;
use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

/// Bluesky's limit on post text.
pub const MAX_POST_GRAPHEMES: usize = 300;
const MAX_TAG_CHARS: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Feature {
    Link(String),
    /// A handle, without the `@`.
    Mention(String),
    /// A tag, without the `#`.
    Tag(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub feature: Feature,
}

pub fn grapheme_count(text: &str) -> usize {
    text.graphemes(true).count()
}

static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:^|[\s(\[<"'“‘«])((?:https?://|www\.)[^\s<>]+)"#).expect("link regex")
});
static MENTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[\s(\[])(@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+)",
    )
    .expect("mention regex")
});
static TRAILING_PUNCTUATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{P}+$").expect("punctuation regex"));
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)([#＃][^\s#＃]+)").expect("tag regex"));

/// Every link, mention and tag in `text`, in order of position.
pub fn detect(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    for m in LINK.captures_iter(text).filter_map(|c| c.get(1)) {
        let url = trim_link(m.as_str());
        let end = m.start() + url.len();
        let target = if url.to_ascii_lowercase().starts_with("www.") {
            format!("https://{url}")
        } else {
            url.to_string()
        };
        spans.push(Span {
            start: m.start(),
            end,
            feature: Feature::Link(target),
        });
    }
    for m in MENTION.captures_iter(text).filter_map(|c| c.get(1)) {
        let handle = &m.as_str()[1..];
        spans.push(Span {
            start: m.start(),
            end: m.end(),
            feature: Feature::Mention(handle.to_ascii_lowercase()),
        });
    }
    for m in TAG.captures_iter(text).filter_map(|c| c.get(1)) {
        let hash_len = m.as_str().chars().next().map_or(1, char::len_utf8);
        let raw = &m.as_str()[hash_len..];
        let tag = match TRAILING_PUNCTUATION.find(raw) {
            Some(p) => &raw[..p.start()],
            None => raw,
        };
        if tag.is_empty()
            || tag.chars().all(|c| c.is_ascii_digit())
            || tag.chars().count() > MAX_TAG_CHARS
        {
            continue;
        }
        spans.push(Span {
            start: m.start(),
            end: m.start() + hash_len + tag.len(),
            feature: Feature::Tag(tag.to_string()),
        });
    }
    spans.sort_by_key(|s| s.start);
    // A mention or tag inside a link is part of the link.
    let mut kept: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        if kept.last().is_some_and(|prev| span.start < prev.end) {
            continue;
        }
        kept.push(span);
    }
    kept
}

/// Drops trailing punctuation that ends a sentence rather than the URL, keeping
/// a closing parenthesis that belongs to the URL.
fn trim_link(url: &str) -> &str {
    let mut end = url.len();
    loop {
        let s = &url[..end];
        let Some(last) = s.chars().last() else { break };
        let drop = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' => true,
            ')' => s.matches('(').count() < s.matches(')').count(),
            _ => false,
        };
        if !drop {
            break;
        }
        end -= last.len_utf8();
    }
    &url[..end]
}

/// The language of `text` as a BCP-47 tag (`en`, `pt`, …), when it can be
/// told with confidence; links, mentions and tags do not count.
pub fn detect_lang(text: &str) -> Option<String> {
    let mut prose = String::with_capacity(text.len());
    let mut last = 0;
    for span in detect(text) {
        prose.push_str(&text[last..span.start]);
        last = span.end;
    }
    prose.push_str(&text[last..]);
    let info = whatlang::detect(&prose).filter(|i| i.is_reliable())?;
    let code = info.lang().code();
    let language = isolang::Language::from_639_3(code)?;
    Some(language.to_639_1().unwrap_or(code).to_string())
}

/// The facet for one span; mentions need the DID they resolved to.
pub fn facet(span: &Span, mention_did: Option<Did>) -> Option<facet::Main> {
    let feature = match &span.feature {
        Feature::Link(uri) => {
            facet::MainFeaturesItem::Link(Box::new(facet::LinkData { uri: uri.clone() }.into()))
        }
        Feature::Mention(_) => facet::MainFeaturesItem::Mention(Box::new(
            facet::MentionData { did: mention_did? }.into(),
        )),
        Feature::Tag(tag) => {
            facet::MainFeaturesItem::Tag(Box::new(facet::TagData { tag: tag.clone() }.into()))
        }
    };
    Some(
        facet::MainData {
            features: vec![Union::Refs(feature)],
            index: facet::ByteSliceData {
                byte_start: span.start,
                byte_end: span.end,
            }
            .into(),
        }
        .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(text: &str) -> Vec<(&str, Feature)> {
        detect(text)
            .into_iter()
            .map(|s| (&text[s.start..s.end], s.feature))
            .collect()
    }

    #[test]
    fn counts_graphemes_not_bytes_or_chars() {
        assert_eq!(grapheme_count("abc"), 3);
        assert_eq!(grapheme_count("👩‍👩‍👧‍👦"), 1);
        assert_eq!(grapheme_count("e\u{301}"), 1);
        assert_eq!(grapheme_count("日本語"), 3);
        assert_eq!(grapheme_count("🇫🇷🇩🇪"), 2);
    }

    #[test]
    fn byte_ranges_are_utf8_offsets() {
        let text = "✨ hi @alice.test see https://example.com/a_(b). #rust!";
        let found = features(text);
        assert_eq!(
            found,
            vec![
                ("@alice.test", Feature::Mention("alice.test".into())),
                (
                    "https://example.com/a_(b)",
                    Feature::Link("https://example.com/a_(b)".into())
                ),
                ("#rust", Feature::Tag("rust".into())),
            ]
        );
        let spans = detect(text);
        // "✨" is 3 bytes, so "@" starts at byte 7, not character 5.
        assert_eq!(spans[0].start, 7);
    }

    #[test]
    fn trailing_punctuation_and_parentheses() {
        assert_eq!(
            features("(see https://a.example/x)")[0].0,
            "https://a.example/x"
        );
        assert_eq!(
            features("go to www.example.com.")[0].1,
            Feature::Link("https://www.example.com".into())
        );
    }

    #[test]
    fn not_mentions_or_tags() {
        assert!(features("mail me at bob@example.com").is_empty());
        assert!(features("issue #123 and a#b").is_empty());
        assert!(features("@nodot").is_empty());
    }

    #[test]
    fn tag_inside_link_is_part_of_link() {
        let found = features("https://example.com/#anchor");
        assert_eq!(found.len(), 1);
        assert!(matches!(found[0].1, Feature::Link(_)));
    }

    #[test]
    fn full_width_hash_tag() {
        let found = features("猫 ＃ねこ");
        assert_eq!(found, vec![("＃ねこ", Feature::Tag("ねこ".into()))]);
    }

    #[test]
    fn tricky_text_keeps_exact_byte_ranges() {
        // ZWJ family, skin tone, flag, combining accent and CJK before each feature.
        let text =
            "@alice.test 👩‍👩‍👧‍👦👍🏽🇯🇵 e\u{301} 日本 https://example.com/path?q=1, #tag… end @bob.test";
        let found = features(text);
        assert_eq!(
            found,
            vec![
                ("@alice.test", Feature::Mention("alice.test".into())),
                (
                    "https://example.com/path?q=1",
                    Feature::Link("https://example.com/path?q=1".into())
                ),
                ("#tag", Feature::Tag("tag".into())),
                ("@bob.test", Feature::Mention("bob.test".into())),
            ]
        );
        for span in detect(text) {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        assert_eq!(
            detect(text).last().unwrap().end,
            text.len(),
            "a mention at the very end"
        );
    }

    #[test]
    fn links_end_before_sentence_punctuation() {
        for (text, url) in [
            ("see https://a.example/x.", "https://a.example/x"),
            ("see https://a.example/x!?", "https://a.example/x"),
            ("\"https://a.example/q\"", "https://a.example/q"),
            (
                "(https://en.wikipedia.org/wiki/Rust_(programming_language))",
                "https://en.wikipedia.org/wiki/Rust_(programming_language)",
            ),
        ] {
            assert_eq!(features(text)[0].0, url, "{text}");
        }
    }

    #[test]
    fn languages_are_detected_only_when_clear() {
        assert_eq!(
            detect_lang("The quick brown fox jumps over the lazy dog, and then it runs far away into the woods.").as_deref(),
            Some("en")
        );
        assert_eq!(
            detect_lang("Der schnelle braune Fuchs springt über den faulen Hund und läuft dann weit weg in den Wald.").as_deref(),
            Some("de")
        );
        assert_eq!(detect_lang("ok"), None);
        assert_eq!(detect_lang("https://example.com @bob.test #x"), None);
    }

    #[test]
    fn facet_json_shape() {
        let json = |f| serde_json::to_value(f).unwrap();
        let span = &detect("#tag")[0];
        let f = json(facet(span, None).unwrap());
        assert_eq!(f["index"]["byteEnd"], 4);
        assert_eq!(f["features"][0]["$type"], "app.bsky.richtext.facet#tag");
        assert_eq!(f["features"][0]["tag"], "tag");
        let mention = &detect("@bob.test")[0];
        assert!(facet(mention, None).is_none());
        let did = Did::new("did:plc:x".into()).unwrap();
        assert_eq!(
            json(facet(mention, Some(did)).unwrap())["features"][0]["did"],
            "did:plc:x"
        );
    }
}

/// Property tests: `PROPTEST_CASES=100000 cargo test properties` for a long run.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Words that exercise every feature and its edges, mixed with any text.
    fn text() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            Just("@alice.bsky.social".to_string()),
            Just("@bob.test,".to_string()),
            Just("#rust".to_string()),
            Just("＃全角".to_string()),
            Just("#tag#again".to_string()),
            Just("https://example.com/a?b=c&d=(e).".to_string()),
            Just("(www.example.org/path)".to_string()),
            Just("https://x.test/@bob.test/#notatag".to_string()),
            Just("👩‍👩‍👧".to_string()),
            Just("e\u{301}".to_string()),
            "\\PC{0,12}",
        ];
        let separator = prop_oneof![Just(" "), Just("\n"), Just(""), Just("\t"), Just("(")];
        prop::collection::vec((word, separator), 0..16)
            .prop_map(|parts| parts.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
    }

    proptest! {
        #[test]
        fn facets_lie_on_their_text_in_order(text in text()) {
            let spans = detect(&text);
            for span in &spans {
                prop_assert!(span.start < span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                let covered = &text[span.start..span.end];
                match &span.feature {
                    // Handles are case-insensitive; facets carry them lowercased.
                    Feature::Mention(handle) => {
                        prop_assert_eq!(covered.to_lowercase(), format!("@{handle}"))
                    }
                    Feature::Tag(tag) => prop_assert!(
                        covered == format!("#{tag}") || covered == format!("＃{tag}"),
                        "{:?} for tag {:?}", covered, tag
                    ),
                    Feature::Link(url) => prop_assert!(
                        url == covered || *url == format!("https://{covered}"),
                        "{:?} for link {:?}", covered, url
                    ),
                }
                prop_assert!(facet(span, Some(Did::new("did:plc:x".into()).unwrap())).is_some());
            }
            for pair in spans.windows(2) {
                prop_assert!(pair[0].end <= pair[1].start, "overlap: {:?}", pair);
            }
        }

        #[test]
        fn grapheme_counts_never_exceed_chars(text in "\\PC{0,400}") {
            prop_assert!(grapheme_count(&text) <= text.chars().count());
        }
    }
}
