//! AT-URIs and bsky.app URLs: parsing the ones users give, building the ones we show.

use crate::error::{Error, Result};

/// A kind of record people name by its bsky.app URL.
struct Named {
    noun: &'static str,
    /// The URL's path segment before the record key.
    path: &'static str,
    collection: &'static str,
}

const POST: Named = Named {
    noun: "post",
    path: "post",
    collection: "app.bsky.feed.post",
};
const LIST: Named = Named {
    noun: "list",
    path: "lists",
    collection: "app.bsky.graph.list",
};

/// `at://AUTHORITY/COLLECTION/RKEY`, split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtUri {
    pub authority: String,
    pub collection: String,
    pub rkey: String,
}

impl AtUri {
    pub fn to_uri(&self) -> String {
        format!("at://{}/{}/{}", self.authority, self.collection, self.rkey)
    }

    /// A post as people name it: an at:// URI or a bsky.app post URL, by
    /// handle (with or without `@`) or DID. `field` names the input in errors.
    pub fn parse_post(field: &str, value: &str) -> Result<AtUri> {
        AtUri::parse_named(field, value, &POST)
    }

    /// A list as people name it: an at:// URI or a bsky.app list URL.
    pub fn parse_list(field: &str, value: &str) -> Result<AtUri> {
        AtUri::parse_named(field, value, &LIST)
    }

    fn parse_named(field: &str, value: &str, kind: &Named) -> Result<AtUri> {
        let value = value.trim();
        let bad = || {
            Error::input(format!(
                "{field} {value:?} is not a {noun}: use its at:// URI or its https://bsky.app/profile/…/{path}/… URL",
                noun = kind.noun,
                path = kind.path,
            ))
        };
        let uri = if let Some(rest) = value
            .strip_prefix("https://bsky.app/profile/")
            .or_else(|| value.strip_prefix("http://bsky.app/profile/"))
        {
            let parts: Vec<&str> = rest.trim_end_matches('/').split('/').collect();
            match parts.as_slice() {
                [actor, path, rkey]
                    if *path == kind.path && !actor.is_empty() && !rkey.is_empty() =>
                {
                    AtUri {
                        authority: actor.trim_start_matches('@').to_string(),
                        collection: kind.collection.into(),
                        rkey: rkey
                            .split(['?', '#'])
                            .next()
                            .unwrap_or_default()
                            .to_string(),
                    }
                }
                _ => return Err(bad()),
            }
        } else if value.starts_with("at://") {
            let mut uri = AtUri::parse(value).map_err(|_| bad())?;
            uri.authority = uri.authority.trim_start_matches('@').to_string();
            uri
        } else {
            return Err(bad());
        };
        if uri.collection != kind.collection || uri.rkey.is_empty() {
            return Err(bad());
        }
        if let Err(why) = atrium_api::types::string::RecordKey::new(uri.rkey.clone()) {
            return Err(Error::input(format!(
                "{field} {value:?} is not a {}: its record key {:?} is not valid ({why})",
                kind.noun, uri.rkey
            )));
        }
        Ok(uri)
    }

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

/// An account as people name it: a handle (with or without `@`), a DID, or a
/// bsky.app profile URL. Returns the handle or DID.
pub fn parse_actor(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    let actor = match value
        .strip_prefix("https://bsky.app/profile/")
        .or_else(|| value.strip_prefix("http://bsky.app/profile/"))
    {
        Some(rest) => rest.trim_end_matches('/'),
        None => value,
    }
    .trim_start_matches('@');
    let plausible = if actor.starts_with("did:") {
        actor.split(':').count() >= 3
    } else {
        actor.contains('.')
            && actor
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    };
    if !plausible {
        return Err(Error::input(format!(
            "{field} {value:?} is not an account: use a handle such as alice.bsky.social, a DID, or a bsky.app profile URL"
        )));
    }
    Ok(actor.to_string())
}

/// The bsky.app web address of a list, for people to click.
pub fn list_web_url(author: &str, list: &AtUri) -> String {
    format!("https://bsky.app/profile/{author}/lists/{}", list.rkey)
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
    fn post_references_in_every_form() {
        let want = "at://alice.test/app.bsky.feed.post/3k2";
        for given in [
            "at://alice.test/app.bsky.feed.post/3k2",
            "at://@alice.test/app.bsky.feed.post/3k2",
            "https://bsky.app/profile/alice.test/post/3k2",
            "https://bsky.app/profile/@alice.test/post/3k2/",
            " https://bsky.app/profile/alice.test/post/3k2?ref=x ",
        ] {
            assert_eq!(
                AtUri::parse_post("uri", given).unwrap().to_uri(),
                want,
                "{given}"
            );
        }
        for bad in [
            "at://alice.test/app.bsky.feed.like/3k2",
            "https://bsky.app/profile/alice.test",
            "https://example.com/profile/a/post/1",
            "3k2",
        ] {
            let err = AtUri::parse_post("uri", bad).unwrap_err();
            assert!(err.message.starts_with("uri "), "{err}");
        }
        let err =
            AtUri::parse_post("uri", "https://bsky.app/profile/a.test/post/a%20b").unwrap_err();
        assert!(
            err.message
                .starts_with("uri \"https://bsky.app/profile/a.test/post/a%20b\" is not a post: its record key \"a%20b\" is not valid"),
            "{err}"
        );
    }

    #[test]
    fn actors_in_every_form() {
        for given in [
            "alice.test",
            "@alice.test",
            "https://bsky.app/profile/alice.test/",
        ] {
            assert_eq!(parse_actor("handle", given).unwrap(), "alice.test");
        }
        assert_eq!(parse_actor("handle", "did:plc:abc").unwrap(), "did:plc:abc");
        for bad in [
            "alice",
            "https://bsky.app/profile/a/post/1",
            "al ice.test",
            "",
        ] {
            assert!(
                parse_actor("handle", bad)
                    .unwrap_err()
                    .message
                    .starts_with("handle "),
                "{bad}"
            );
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

/// Property tests: `PROPTEST_CASES=100000 cargo test properties` for a long run.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn handle() -> impl Strategy<Value = String> {
        "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?){1,3}"
    }

    proptest! {
        #[test]
        fn parsers_never_panic(input in "\\PC{0,80}", tail in "\\PC{0,40}") {
            let _ = AtUri::parse(&input);
            let _ = AtUri::parse_post("uri", &input);
            let _ = parse_actor("handle", &input);
            let _ = AtUri::parse_post("uri", &format!("https://bsky.app/profile/{tail}"));
            let _ = post_web_url(&input, &tail);
        }

        #[test]
        fn at_uris_round_trip(
            did in "did:plc:[a-z2-7]{24}",
            collection in "app\\.bsky\\.feed\\.[a-z]{1,10}",
            rkey in "[a-z2-7]{13}",
        ) {
            let uri = AtUri { authority: did, collection, rkey };
            prop_assert_eq!(AtUri::parse(&uri.to_uri()).unwrap(), uri);
        }

        #[test]
        fn a_post_url_names_the_same_post_as_its_at_uri(handle in handle(), rkey in "[a-z2-7]{13}") {
            let at = AtUri::parse_post("uri", &format!("at://{handle}/app.bsky.feed.post/{rkey}")).unwrap();
            for url in [
                format!("https://bsky.app/profile/{handle}/post/{rkey}"),
                format!("https://bsky.app/profile/@{handle}/post/{rkey}/"),
                format!("  https://bsky.app/profile/{handle}/post/{rkey}?ref=x "),
            ] {
                prop_assert_eq!(&AtUri::parse_post("uri", &url).unwrap(), &at);
            }
        }

        #[test]
        fn a_handle_reads_the_same_in_every_spelling(handle in handle()) {
            for spelling in [
                handle.clone(),
                format!("@{handle}"),
                format!("https://bsky.app/profile/{handle}"),
                format!(" https://bsky.app/profile/@{handle}/ "),
            ] {
                prop_assert_eq!(parse_actor("handle", &spelling).unwrap(), handle.clone());
            }
        }
    }
}
