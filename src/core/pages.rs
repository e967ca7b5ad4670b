//! Paging through lists: one page for agents (they pass `cursor` back), as
//! many as asked for on the command line (`--limit` beyond one page, `--all`).

use std::future::Future;

use super::Ctx;
use super::fields::PageField;
use crate::bsky::lenient::Items;
use crate::error::{Error, Result};

/// Most items one API page holds.
pub const PAGE_MAX: u32 = 100;
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
    let mut got = Collected {
        items: Vec::new(),
        left_out: Vec::new(),
        cursor: page.cursor,
    };
    loop {
        let size = (wanted - got.items.len()).min(PAGE_MAX as usize) as u32;
        let (page, next) = fetch(size, got.cursor.clone()).await?;
        let empty = page.items.is_empty() && page.left_out.is_empty();
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
