//! Paging through lists: one page for agents (they pass `cursor` back), as
//! many as asked for on the command line (`--limit` beyond one page, `--all`).

use std::future::Future;

use super::Ctx;
use super::fields::PageField;
use crate::bsky::lenient::Items;
use crate::error::{Error, Result};

/// Most items one API page holds.
pub const PAGE_MAX: u32 = 100;
/// How a cursor of this program's own begins: a server's cursor and a number
/// of items after it already read (a page cut short to fit a result budget).
const SKIP_PREFIX: &str = "skip:";
/// How far `--all` goes before stopping.
pub const ALL_CAP: usize = 10_000;

/// How far a list reads: one page (what agents ask for: they pass `cursor`
/// back), or across pages until `limit` items (the command line's `--limit`)
/// or, with `all`, every item up to [`ALL_CAP`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    OnePage,
    Across { all: bool },
}

impl Paging {
    /// Refuses a `limit` outside 1–100 for a single page, naming `what` is listed.
    pub fn check(self, limit: u32, what: &str) -> Result<()> {
        if limit == 0 {
            return Err(Error::input(format!(
                "limit 0 is out of range; ask for at least 1 of the {what}"
            )));
        }
        if self == Paging::OnePage && limit > PAGE_MAX {
            return Err(Error::input(format!(
                "limit {limit} is out of range; a page holds 1 to {PAGE_MAX} {what}"
            ))
            .with_help("pass the returned `cursor` to read further pages"));
        }
        Ok(())
    }

    fn wanted(self, limit: u32) -> usize {
        match self {
            Paging::Across { all: true } => ALL_CAP,
            _ => limit as usize,
        }
    }
}

/// What [`collect`] gathered.
pub struct Collected<T> {
    pub items: Vec<T>,
    /// Items the server sent that did not parse, each named.
    pub left_out: Vec<String>,
    /// Where to continue after the last item taken.
    pub cursor: Option<String>,
}

/// A cursor that continues `skip` items after the server's `cursor`.
pub fn skip_cursor(cursor: Option<&str>, skip: usize) -> String {
    format!("{SKIP_PREFIX}{skip}:{}", cursor.unwrap_or_default())
}

/// The server's cursor and how many items after it to pass over.
pub fn parse_cursor(cursor: Option<&str>) -> (Option<String>, usize) {
    let skipping = cursor
        .and_then(|c| c.strip_prefix(SKIP_PREFIX))
        .and_then(|rest| rest.split_once(':'))
        .and_then(|(n, rest)| Some((n.parse().ok()?, rest)));
    match skipping {
        Some((skip, rest)) => ((!rest.is_empty()).then(|| rest.to_string()), skip),
        None => (cursor.map(str::to_string), 0),
    }
}

/// Fetches pages from `page.cursor` on until `paging` and `page.limit` are
/// satisfied or the list ends.
pub async fn collect<T, F, Fut, const D: u32>(
    ctx: &Ctx,
    paging: Paging,
    page: PageField<D>,
    mut fetch: F,
) -> Result<Collected<T>>
where
    F: FnMut(u32, Option<String>) -> Fut,
    Fut: Future<Output = Result<(Items<T>, Option<String>)>>,
{
    let across = paging != Paging::OnePage;
    let wanted = paging.wanted(page.limit);
    let (cursor, mut skip) = parse_cursor(page.cursor.as_deref());
    let mut got = Collected {
        items: Vec::new(),
        left_out: Vec::new(),
        cursor,
    };
    loop {
        // A cursor is the caller's to write: a huge skip only empties the page.
        let size = (wanted - got.items.len())
            .saturating_add(skip)
            .min(PAGE_MAX as usize) as u32;
        let (mut page, next) = fetch(size, got.cursor.clone()).await?;
        let empty = page.items.is_empty() && page.left_out.is_empty();
        // Items a page cut short already gave.
        page.items.drain(..skip.min(page.items.len()));
        skip = 0;
        got.items.extend(page.items);
        got.left_out.extend(page.left_out);
        // Some servers end a list with an empty cursor rather than none.
        got.cursor = next.filter(|c| !c.is_empty());
        if across {
            ctx.report(
                got.items.len() as f64,
                wanted as f64,
                &format!("{} fetched", got.items.len()),
            );
        }
        if !across || got.cursor.is_none() || empty || got.items.len() >= wanted {
            return Ok(got);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_skip_cursor_passes_over_what_was_given_and_any_skip_is_safe() {
        let flags = crate::config::Flags::default();
        let config = crate::config::Config::load(&flags, &crate::config::ProcessEnv).unwrap();
        let ctx = Ctx::new(config, Vec::new());
        let fetch = |size: u32, cursor: Option<String>| async move {
            assert_eq!(cursor.as_deref(), Some("at-10"));
            let items = Items {
                items: (0..size).collect::<Vec<u32>>(),
                left_out: Vec::new(),
            };
            Ok((items, Some("after".to_string())))
        };
        let page = |cursor: String| PageField::<5> {
            limit: 5,
            cursor: Some(cursor),
        };
        let got = collect(
            &ctx,
            Paging::OnePage,
            page(skip_cursor(Some("at-10"), 3)),
            fetch,
        )
        .await
        .unwrap();
        assert_eq!(
            got.items,
            vec![3, 4, 5, 6, 7],
            "the page fetched 8, passed over 3"
        );
        assert_eq!(got.cursor.as_deref(), Some("after"));
        let huge = format!("skip:{}:at-10", usize::MAX);
        let got = collect(&ctx, Paging::OnePage, page(huge), fetch)
            .await
            .unwrap();
        assert!(got.items.is_empty());
    }

    #[test]
    fn skip_cursors_round_trip_and_server_cursors_pass_through() {
        let c = skip_cursor(Some("1700000000::bafy:x"), 12);
        assert_eq!(
            parse_cursor(Some(&c)),
            (Some("1700000000::bafy:x".into()), 12)
        );
        assert_eq!(parse_cursor(Some(&skip_cursor(None, 3))), (None, 3));
        assert_eq!(
            parse_cursor(Some("3kabc::did:plc:x")),
            (Some("3kabc::did:plc:x".into()), 0)
        );
        assert_eq!(
            parse_cursor(Some("skip:many:x")),
            (Some("skip:many:x".into()), 0)
        );
        assert_eq!(parse_cursor(None), (None, 0));
    }

    #[test]
    fn limits_name_the_value_and_the_range() {
        let err = Paging::OnePage.check(101, "posts").unwrap_err();
        assert_eq!(
            err.message,
            "limit 101 is out of range; a page holds 1 to 100 posts"
        );
        assert!(Paging::OnePage.check(100, "posts").is_ok());
        let across = Paging::Across { all: false };
        assert!(
            across.check(5000, "posts").is_ok(),
            "the command line pages through"
        );
        assert!(
            across
                .check(0, "posts")
                .unwrap_err()
                .message
                .starts_with("limit 0 is out of range")
        );
    }
}
