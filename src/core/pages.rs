//! Paging through lists: one page for agents (they pass `cursor` back), as
//! many as asked for on the command line (`--limit` beyond one page, `--all`).

use std::future::Future;

use super::Ctx;
use crate::error::{Error, Result};

/// Most items one API page holds.
pub const PAGE_MAX: u32 = 100;
/// How far `--all` goes before stopping.
pub const ALL_CAP: usize = 10_000;

/// What the caller asked for.
#[derive(Debug, Clone, Copy)]
pub struct Paging {
    pub limit: u32,
    /// On the command line `limit` may span pages.
    pub across_pages: bool,
    pub all: bool,
}

impl Paging {
    /// One page of `limit` items: what agents ask for.
    pub fn one_page(limit: u32) -> Paging {
        Paging {
            limit,
            across_pages: false,
            all: false,
        }
    }

    /// Refuses a limit outside 1–100 for a single page, naming `what` is listed.
    pub fn check(&self, what: &str) -> Result<()> {
        if self.limit == 0 {
            return Err(Error::input(format!(
                "limit 0 is out of range; ask for at least 1 of the {what}"
            )));
        }
        if !self.across_pages && self.limit > PAGE_MAX {
            return Err(Error::input(format!(
                "limit {} is out of range; a page holds 1 to {PAGE_MAX} {what}",
                self.limit
            ))
            .with_help("pass the returned `cursor` to read further pages"));
        }
        Ok(())
    }

    fn wanted(&self) -> usize {
        if self.all {
            ALL_CAP
        } else {
            self.limit as usize
        }
    }
}

/// Fetches pages from `cursor` on until `paging` is satisfied or the list ends;
/// returns the items and the cursor after the last one taken.
pub async fn collect<T, F, Fut>(
    ctx: &Ctx,
    paging: Paging,
    mut cursor: Option<String>,
    mut fetch: F,
) -> Result<(Vec<T>, Option<String>)>
where
    F: FnMut(u32, Option<String>) -> Fut,
    Fut: Future<Output = Result<(Vec<T>, Option<String>)>>,
{
    let wanted = paging.wanted();
    let mut items = Vec::new();
    loop {
        let size = (wanted - items.len()).min(PAGE_MAX as usize) as u32;
        let (page, next) = fetch(size, cursor.clone()).await?;
        let empty = page.is_empty();
        items.extend(page);
        cursor = next;
        if paging.across_pages {
            ctx.report(
                items.len() as f64,
                wanted as f64,
                &format!("{} fetched", items.len()),
            );
        }
        if !paging.across_pages || cursor.is_none() || empty || items.len() >= wanted {
            return Ok((items, cursor));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_name_the_value_and_the_range() {
        let err = Paging::one_page(101).check("posts").unwrap_err();
        assert_eq!(
            err.message,
            "limit 101 is out of range; a page holds 1 to 100 posts"
        );
        assert!(Paging::one_page(100).check("posts").is_ok());
        let across = Paging {
            limit: 5000,
            across_pages: true,
            all: false,
        };
        assert!(
            across.check("posts").is_ok(),
            "the command line pages through"
        );
        let zero = Paging { limit: 0, ..across };
        assert!(
            zero.check("posts")
                .unwrap_err()
                .message
                .starts_with("limit 0 is out of range")
        );
    }
}
