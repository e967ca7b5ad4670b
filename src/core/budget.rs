//! The byte budget of an agent's tool result (`max_result_bytes`): neither
//! its text nor its structured content may be longer. A list that would be
//! comes back with fewer items, each whole, a cursor that continues after the
//! last one given, and a note saying how many were left out; a thread loses
//! its deepest replies, and says so. Text that is still too long is cut at a
//! line, with a note; JSON is never cut.

use serde::Serialize;
use serde_json::Value;

use super::pages;
use super::render::{Render, Style};
use crate::error::{Error, Result};

/// Room kept for the note a cut list gets, in the text and in the JSON.
const NOTE_ROOM: usize = 400;

/// The text and structured content of `output` for an agent, within `budget`
/// bytes each when it is a list; `cursor` is the one the call was given.
pub fn fit<O: Render + Serialize>(
    output: &mut O,
    tool: &str,
    budget: usize,
    cursor: Option<&str>,
) -> Result<(String, Value)> {
    let mut rendered = render(output, tool)?;
    let total = output.cut().map_or(0, |cut| cut.items.len());
    if size(&rendered) > budget && total > 1 {
        let (server_cursor, skipped) = pages::parse_cursor(cursor);
        let mut keep = total;
        let mut noted = false;
        while size(&rendered) > budget && keep > 1 {
            let aim = budget.saturating_sub(NOTE_ROOM).max(1);
            keep = (keep * aim / size(&rendered)).clamp(1, keep - 1);
            let left = total - keep;
            let note = format!(
                "{left} of this page's {total} items were left out to keep the result within {budget} bytes; pass `cursor` to read them"
            );
            let Some(cut) = output.cut() else { break };
            cut.items.keep(keep);
            *cut.cursor = Some(pages::skip_cursor(
                server_cursor.as_deref(),
                skipped.saturating_add(keep),
            ));
            if noted {
                if let Some(last) = cut.warnings.last_mut() {
                    *last = note;
                }
            } else {
                cut.warnings.push(note);
                noted = true;
            }
            rendered = render(output, tool)?;
        }
    }
    while size(&rendered) > budget && output.shrink() {
        rendered = render(output, tool)?;
    }
    if rendered.0.len() > budget {
        rendered.0 = shorten(&rendered.0, budget);
    }
    Ok(rendered)
}

/// The larger of the two renderings, in bytes.
fn size((text, data): &(String, Value)) -> usize {
    text.len()
        .max(serde_json::to_string(data).map_or(0, |j| j.len()))
}

fn render<O: Render + Serialize>(output: &O, tool: &str) -> Result<(String, Value)> {
    let mut text = output.render(&Style::for_agents());
    for warning in output.warnings() {
        text.push_str(&format!("warning: {warning}\n"));
    }
    let data = serde_json::to_value(output)
        .map_err(|e| Error::io(format!("{tool}: the result did not serialize: {e}")))?;
    Ok((text, data))
}

/// `text` cut at the last line that fits in `budget` bytes with a note.
fn shorten(text: &str, budget: usize) -> String {
    let note = |cut: usize| {
        format!("[{cut} more bytes left out to keep the result within {budget} bytes]\n")
    };
    let room = budget.saturating_sub(note(text.len()).len());
    let mut end = room.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let end = text[..end].rfind('\n').map_or(end, |i| i + 1);
    format!("{}{}", &text[..end], note(text.len() - end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::render::Cut;

    #[derive(Serialize)]
    struct Listed {
        items: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        cursor: Option<String>,
        warnings: Vec<String>,
    }

    impl Render for Listed {
        fn render(&self, _: &Style) -> String {
            self.items.iter().map(|i| format!("{i}\n")).collect()
        }
        fn warnings(&self) -> &[String] {
            &self.warnings
        }
        fn cut(&mut self) -> Option<Cut<'_>> {
            Cut::of(&mut self.items, &mut self.cursor, &mut self.warnings)
        }
    }

    fn listed(n: usize) -> Listed {
        Listed {
            items: (0..n)
                .map(|i| format!("item {i} {}", "x".repeat(90)))
                .collect(),
            cursor: Some("server-next".into()),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn a_list_over_budget_keeps_whole_items_and_continues_after_them() {
        let mut out = listed(100);
        let (text, data) = fit(&mut out, "t", 3000, Some("server-at")).unwrap();
        assert!(text.len() <= 3000, "{}", text.len());
        assert!(serde_json::to_string(&data).unwrap().len() <= 3000);
        let kept = out.items.len();
        assert!(kept > 10 && kept < 100, "{kept}");
        assert!(
            text.lines()
                .filter(|l| l.starts_with("item "))
                .all(|l| l.ends_with('x'))
        );
        assert_eq!(
            pages::parse_cursor(out.cursor.as_deref()),
            (Some("server-at".into()), kept)
        );
        assert!(
            out.warnings[0].starts_with(&format!("{} of this page's 100 items", 100 - kept)),
            "{:?}",
            out.warnings
        );
        // A page read from such a cursor and cut again counts on from it.
        let mut next = listed(100);
        fit(&mut next, "t", 3000, out.cursor.as_deref()).unwrap();
        let (_, skip) = pages::parse_cursor(next.cursor.as_deref());
        assert_eq!(skip, kept + next.items.len());
    }

    #[test]
    fn a_list_within_budget_is_untouched() {
        let mut out = listed(5);
        let (text, _) = fit(&mut out, "t", 24_000, None).unwrap();
        assert_eq!(out.items.len(), 5);
        assert_eq!(out.cursor.as_deref(), Some("server-next"));
        assert!(!text.contains("left out"));
    }

    #[test]
    fn a_thread_over_budget_loses_its_deepest_replies_first() {
        use crate::core::thread::{RepliesOutput, ThreadNode};
        fn node(i: usize, replies: Vec<ThreadNode>) -> ThreadNode {
            ThreadNode {
                kind: "not_found",
                uri: format!("at://did:plc:x/app.bsky.feed.post/{i:0>40}"),
                post: None,
                replies,
            }
        }
        // 30 replies, each with 3 of its own.
        let replies = (0..30)
            .map(|i| {
                node(
                    i,
                    (0..3).map(|j| node(100 + 3 * i + j, Vec::new())).collect(),
                )
            })
            .collect();
        let mut out = RepliesOutput {
            parents: Vec::new(),
            thread: node(0, replies),
            replies_left_out: 0,
        };
        let (text, data) = fit(&mut out, "t", 2000, None).unwrap();
        assert!(text.len() <= 2000 && serde_json::to_string(&data).unwrap().len() <= 2000);
        assert_eq!(data["replies_left_out"], out.replies_left_out);
        let kept = out.thread.replies.len();
        assert!(kept < 30 && kept > 5, "{kept}");
        assert!(
            out.thread.replies.iter().all(|r| r.replies.is_empty()),
            "the deepest went first"
        );
        assert_eq!(out.replies_left_out, 90 + 30 - kept);
        assert!(text.contains("replies left out"), "{text}");
    }

    #[test]
    fn long_text_is_cut_at_a_line_with_a_note() {
        let text = "line\n".repeat(1000);
        let short = shorten(&text, 2000);
        assert!(short.len() <= 2000);
        assert!(short.ends_with("bytes left out to keep the result within 2000 bytes]\n"));
        assert!(short.lines().rev().skip(1).all(|l| l == "line"));
        let wide = "é".repeat(3000);
        assert!(shorten(&wide, 2001).len() <= 2001);
    }
}
