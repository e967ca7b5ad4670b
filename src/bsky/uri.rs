//! AT-URIs and bsky.app URLs: parsing the ones users give, building the ones we show.

use crate::error::{Error, Result};

/// `at://AUTHORITY/COLLECTION/RKEY`, split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtUri {
    pub authority: String,
    pub collection: String,
    pub rkey: String,
}

impl AtUri {
    pub fn parse(uri: &str) -> Result<AtUri> {
        let bad = || {
            Error::input(format!(
                "{uri:?} is not an AT-URI of a record (at://DID-or-handle/collection/record-key)"
            ))
        };
        let rest = uri.strip_prefix("at://").ok_or_else(bad)?;
        let mut parts = rest.split('/');
        let (Some(authority), Some(collection), Some(rkey), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        if authority.is_empty() || collection.is_empty() || rkey.is_empty() {
            return Err(bad());
        }
        Ok(AtUri {
            authority: authority.into(),
            collection: collection.into(),
            rkey: rkey.into(),
        })
    }
}

/// The bsky.app web address of a post, for people to click.
pub fn post_web_url(author: &str, post_uri: &str) -> Option<String> {
    let uri = AtUri::parse(post_uri).ok()?;
    (uri.collection == "app.bsky.feed.post")
        .then(|| format!("https://bsky.app/profile/{author}/post/{}", uri.rkey))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_record_uris_and_refuses_others() {
        let u = AtUri::parse("at://did:plc:abc/app.bsky.feed.post/3k2").unwrap();
        assert_eq!(u.collection, "app.bsky.feed.post");
        assert_eq!(u.rkey, "3k2");
        for bad in [
            "",
            "at://",
            "at://did:plc:abc",
            "https://x/y/z",
            "at://a/b/c/d",
        ] {
            assert!(AtUri::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn web_url_only_for_posts() {
        assert_eq!(
            post_web_url("alice.test", "at://did:plc:abc/app.bsky.feed.post/3k2").as_deref(),
            Some("https://bsky.app/profile/alice.test/post/3k2")
        );
        assert_eq!(
            post_web_url("a", "at://did:plc:abc/app.bsky.feed.like/1"),
            None
        );
    }
}
