//! Link cards: a page's title, description and thumbnail from its OpenGraph
//! tags (or `<title>` and the meta description), fetched with a timeout and
//! a size cap, only from public addresses ([`Fetcher`]). Failing to make a
//! card is never fatal to a post.

use std::time::Duration;

use reqwest::Url;
use scraper::{Html, Selector};

use super::media::{self, ImageLimits, Prepared};
use super::public_http::Fetcher;

/// Most bytes read of a page or a thumbnail.
const MAX_PAGE_BYTES: usize = 1024 * 1024;
const MAX_THUMB_BYTES: usize = 5 * 1024 * 1024;
const FETCH_TIMEOUT: Duration = Duration::from_secs(5);
/// `app.bsky.embed.external` thumbnails may be at most this large.
pub const THUMB_LIMITS: ImageLimits = ImageLimits {
    max_bytes: 1_000_000,
    max_side: 1200,
};

#[derive(Debug, Clone)]
pub struct Card {
    pub uri: String,
    pub title: String,
    pub description: String,
    pub thumb: Option<Prepared>,
}

/// The card for `url`, or why there is none.
pub async fn fetch(http: &Fetcher, url: &str) -> Result<Card, String> {
    let parsed = Url::parse(url).map_err(|e| format!("{url} is not a URL: {e}"))?;
    let page = get_capped(http, &parsed, MAX_PAGE_BYTES).await?;
    let html = String::from_utf8_lossy(&page);
    let (title, description, image) = parse(&html);
    let title = title.unwrap_or_default();
    if title.is_empty() && description.is_none() {
        return Err(format!("{url} has no title or description"));
    }
    let thumb = match image.and_then(|src| parsed.join(&src).ok()) {
        Some(src) => match get_capped(http, &src, MAX_THUMB_BYTES).await {
            Ok(bytes) => media::prepare_image("link thumbnail", &bytes, THUMB_LIMITS).ok(),
            Err(e) => {
                tracing::debug!("no thumbnail for {url}: {e}");
                None
            }
        },
        None => None,
    };
    Ok(Card {
        uri: url.to_string(),
        title,
        description: description.unwrap_or_default(),
        thumb,
    })
}

/// Title, description and image URL, preferring OpenGraph tags.
fn parse(html: &str) -> (Option<String>, Option<String>, Option<String>) {
    let doc = Html::parse_document(html);
    let meta = |names: &[&str]| {
        names.iter().find_map(|name| {
            let selector =
                Selector::parse(&format!("meta[property=\"{name}\"], meta[name=\"{name}\"]"))
                    .expect("static selector");
            doc.select(&selector)
                .filter_map(|m| m.value().attr("content"))
                .map(|c| c.trim().to_string())
                .find(|c| !c.is_empty())
        })
    };
    let title = meta(&["og:title", "twitter:title"]).or_else(|| {
        let selector = Selector::parse("title").expect("static selector");
        doc.select(&selector)
            .next()
            .map(|t| t.text().collect::<String>().trim().to_string())
            .filter(|t| !t.is_empty())
    });
    let description = meta(&["og:description", "twitter:description", "description"]);
    let image = meta(&["og:image", "og:image:url", "twitter:image"]);
    (title, description, image)
}

async fn get_capped(http: &Fetcher, url: &Url, max: usize) -> Result<Vec<u8>, String> {
    let mut response = http.get(url, FETCH_TIMEOUT).await?;
    if !response.status().is_success() {
        return Err(format!(
            "{url} answered HTTP {}",
            response.status().as_u16()
        ));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| format!("cannot read {url}: {e}"))?
    {
        if body.len() + chunk.len() > max {
            return Err(format!("{url} is larger than {max} bytes"));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefers_open_graph_then_falls_back() {
        let html = r#"<html><head><title>Plain title</title>
            <meta property="og:title" content=" OG title ">
            <meta name="description" content="plain description">
            <meta property="og:image" content="/img/card.png"></head></html>"#;
        let (title, description, image) = parse(html);
        assert_eq!(title.as_deref(), Some("OG title"));
        assert_eq!(description.as_deref(), Some("plain description"));
        assert_eq!(image.as_deref(), Some("/img/card.png"));
        let (title, description, image) = parse("<title> Only </title>");
        assert_eq!(title.as_deref(), Some("Only"));
        assert!(description.is_none() && image.is_none());
    }
}
