//! Human rendering of results: plain for MCP text content and pipes, coloured
//! on a terminal (never with `NO_COLOR`).

use anstyle::{AnsiColor, Style as Ansi};

pub trait Render {
    /// The result for a person (or, uncoloured, an agent's text content).
    fn render(&self, style: &Style) -> String;

    /// Whether the result means success (decides the exit code).
    fn success(&self) -> bool {
        true
    }

    /// Things worth knowing that are not the result (stderr on the CLI).
    fn warnings(&self) -> &[String] {
        &[]
    }

    /// The listed items of a list result, one JSON value each (for `--jsonl`).
    fn items(&self) -> Option<Vec<serde_json::Value>> {
        None
    }

    /// What of a list result may be cut to fit a result budget.
    fn cut(&mut self) -> Option<Cut<'_>> {
        None
    }

    /// Makes a result that is no list smaller, leaving out its least
    /// important part and saying so; false when there is nothing to leave out.
    fn shrink(&mut self) -> bool {
        false
    }
}

/// The parts of a list result that a result budget shortens: its items,
/// where the next page starts, and its notes.
pub struct Cut<'a> {
    pub items: &'a mut dyn Shorten,
    pub cursor: &'a mut Option<String>,
    pub warnings: &'a mut Vec<String>,
}

impl<'a> Cut<'a> {
    pub fn of<T>(
        items: &'a mut Vec<T>,
        cursor: &'a mut Option<String>,
        warnings: &'a mut Vec<String>,
    ) -> Option<Cut<'a>> {
        Some(Cut {
            items,
            cursor,
            warnings,
        })
    }
}

/// A list that can lose its last items.
pub trait Shorten {
    fn len(&self) -> usize;
    fn keep(&mut self, n: usize);
}

impl<T> Shorten for Vec<T> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn keep(&mut self, n: usize) {
        self.truncate(n);
    }
}

/// `items` as `Render::items` gives them: one JSON value each.
pub fn json_items<T: serde::Serialize>(items: &[T]) -> Option<Vec<serde_json::Value>> {
    Some(
        items
            .iter()
            .filter_map(|i| serde_json::to_value(i).ok())
            .collect(),
    )
}

#[derive(Debug, Clone, Copy)]
pub struct Style {
    color: bool,
    /// JSON on one line: agents pay for every byte they read.
    compact: bool,
}

impl Style {
    pub fn with_color(color: bool) -> Self {
        Style {
            color,
            compact: false,
        }
    }

    /// For an agent's text content: no colour, no pretty-printing.
    pub fn for_agents() -> Self {
        Style {
            color: false,
            compact: true,
        }
    }

    /// Whether the reader is an agent (MCP text content).
    pub fn is_agent(&self) -> bool {
        self.compact
    }

    /// Text that someone else wrote (a post, a name, a bio): for an agent, one
    /// JSON string, so where it starts and ends is plain and an instruction in
    /// it reads as a quotation; for people, as it is.
    pub fn quote(&self, text: &str) -> String {
        if self.compact {
            serde_json::to_string(text).unwrap_or_default()
        } else {
            text.to_string()
        }
    }

    /// How to read the next page: a flag for people, the argument for agents.
    pub fn more(&self, cursor: &str) -> String {
        if self.compact {
            format!("more: cursor={cursor}\n")
        } else {
            self.dim(&format!("more: --cursor {cursor}\n"))
        }
    }

    /// A value as JSON: indented for people, on one line for agents.
    pub fn json(&self, value: &impl serde::Serialize) -> String {
        let json = if self.compact {
            serde_json::to_string(value)
        } else {
            serde_json::to_string_pretty(value)
        };
        json.unwrap_or_default()
    }

    fn paint(&self, text: &str, ansi: Ansi) -> String {
        if self.color {
            format!("{}{text}{}", ansi.render(), ansi.render_reset())
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint(text, Ansi::new().bold())
    }
    pub fn dim(&self, text: &str) -> String {
        self.paint(text, Ansi::new().dimmed())
    }
    pub fn accent(&self, text: &str) -> String {
        self.paint(text, AnsiColor::Cyan.on_default())
    }
    pub fn good(&self, text: &str) -> String {
        self.paint(text, AnsiColor::Green.on_default())
    }
    pub fn bad(&self, text: &str) -> String {
        self.paint(text, AnsiColor::Red.on_default().bold())
    }
}

/// "1 post", "2 posts": a count and its noun, singular or plural.
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "5s", "3m", "2h", "4d", or the date for anything older than a month.
pub fn relative_time(when: &str, now: chrono::DateTime<chrono::Utc>) -> String {
    let Ok(t) = chrono::DateTime::parse_from_rfc3339(when) else {
        return when.to_string();
    };
    let secs = (now - t.with_timezone(&chrono::Utc)).num_seconds().max(0);
    match secs {
        0..60 => format!("{secs}s"),
        60..3600 => format!("{}m", secs / 60),
        3600..86400 => format!("{}h", secs / 3600),
        86400..2_592_000 => format!("{}d", secs / 86400),
        _ => t.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_singular_for_one() {
        assert_eq!(count(1, "follower", "followers"), "1 follower");
        assert_eq!(count(0, "post", "posts"), "0 posts");
        assert_eq!(count(2, "reply", "replies"), "2 replies");
    }

    #[test]
    fn relative_times() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-01-10T12:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(relative_time("2026-01-10T11:59:30Z", now), "30s");
        assert_eq!(relative_time("2026-01-10T11:00:00Z", now), "1h");
        assert_eq!(relative_time("2026-01-08T12:00:00.000Z", now), "2d");
        assert_eq!(relative_time("2025-01-08T12:00:00Z", now), "2025-01-08");
        assert_eq!(relative_time("garbage", now), "garbage");
    }

    #[test]
    fn plain_style_has_no_escapes() {
        assert_eq!(Style::with_color(false).bold("x"), "x");
        assert_eq!(Style::for_agents().bold("x"), "x");
        assert!(Style::with_color(true).bold("x").contains('\u{1b}'));
    }

    #[test]
    fn agents_get_json_on_one_line() {
        let value = serde_json::json!({"text": "hi", "langs": ["en"]});
        assert_eq!(
            Style::for_agents().json(&value),
            r#"{"langs":["en"],"text":"hi"}"#
        );
        assert!(
            Style::with_color(false)
                .json(&value)
                .contains("\n  \"langs\"")
        );
    }
}
