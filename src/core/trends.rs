//! What is trending on Bluesky: trends with their post counts
//! (`app.bsky.unspecced.getTrends`) and trending topics
//! (`getTrendingTopics`). Not every AppView offers them; one that does not
//! is named in the error.

use atrium_api::app::bsky::unspecced::{get_trending_topics, get_trends};
use atrium_api::types::LimitedNonZeroU8;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::fields::AccountField;
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::PdsConnection;
use crate::bsky::lenient::Items;
use crate::core::render::json_items;
use crate::error::{Error, Result};

/// The lexicons' page limit for trends.
const MAX_TRENDS: u32 = 25;

fn default_limit() -> u32 {
    10
}

/// How many trends to show.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct TrendsInput {
    #[serde(default = "default_limit")]
    #[schemars(range(min = 1, max = 25))]
    pub limit: u32,
    #[serde(flatten)]
    pub account: AccountField,
}

/// A trend: a topic people are posting about now.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Trend {
    /// What people call it.
    pub name: String,
    /// The topic, as searched for.
    pub topic: String,
    /// Posts about it so far.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posts: Option<i64>,
    /// `hot` when it is rising fast.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// When it started (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// Its feed or search on bsky.app.
    pub url: String,
}

/// Trends or trending topics, most trending first.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct TrendsOutput {
    pub trends: Vec<Trend>,
    /// Topics suggested beside the trending ones (trending topics only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggested: Vec<Trend>,
    /// Trends the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// getTrends' answer, each trend read on its own.
#[derive(Deserialize)]
struct TrendsPage {
    trends: Items<Wire>,
}

/// getTrendingTopics' answer.
#[derive(Deserialize)]
struct TopicsPage {
    topics: Items<Wire>,
    #[serde(default)]
    suggested: Items<Wire>,
}

/// A trend or topic as the lexicons shape it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Wire {
    topic: String,
    display_name: Option<String>,
    link: String,
    post_count: Option<i64>,
    status: Option<String>,
    category: Option<String>,
    started_at: Option<String>,
}

impl Wire {
    fn trend(self) -> Trend {
        // Links are paths on bsky.app (`/profile/…/feed/…`, `/search?q=…`).
        let url = if self.link.starts_with('/') {
            format!("https://bsky.app{}", self.link)
        } else {
            self.link
        };
        Trend {
            name: self.display_name.unwrap_or_else(|| self.topic.clone()),
            topic: self.topic,
            posts: self.post_count,
            status: self.status,
            category: self.category,
            started_at: self.started_at,
            url,
        }
    }
}

pub struct GetTrends;

impl Tool for GetTrends {
    type Input = TrendsInput;
    type Output = TrendsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_trends",
        title: "What is trending on Bluesky",
        description: "Trends on Bluesky now: name, post count, whether hot, and a link.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: TrendsInput) -> Result<TrendsOutput> {
        let limit = check_limit(input.limit)?;
        let pds = ctx.connect(input.account.get()).await?;
        let params: get_trends::Parameters =
            get_trends::ParametersData { limit: Some(limit) }.into();
        let page: TrendsPage = answer(&pds, get_trends::NSID, params).await?;
        Ok(TrendsOutput {
            trends: page.trends.items.into_iter().map(Wire::trend).collect(),
            suggested: Vec::new(),
            warnings: page.trends.left_out,
        })
    }
}

pub struct GetTrendingTopics;

impl Tool for GetTrendingTopics {
    type Input = TrendsInput;
    type Output = TrendsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_trending_topics",
        title: "Trending topics on Bluesky",
        description: "Trending and suggested topics on Bluesky now, each with a link.",
        hints: Hints::READ,
        toolset: Toolset::Read,
    };

    async fn run(ctx: &Ctx, input: TrendsInput) -> Result<TrendsOutput> {
        let limit = check_limit(input.limit)?;
        let pds = ctx.connect(input.account.get()).await?;
        let params: get_trending_topics::Parameters = get_trending_topics::ParametersData {
            limit: Some(limit),
            viewer: None,
        }
        .into();
        let page: TopicsPage = answer(&pds, get_trending_topics::NSID, params).await?;
        let mut warnings = page.topics.left_out;
        warnings.extend(page.suggested.left_out);
        Ok(TrendsOutput {
            trends: page.topics.items.into_iter().map(Wire::trend).collect(),
            suggested: page.suggested.items.into_iter().map(Wire::trend).collect(),
            warnings,
        })
    }
}

fn check_limit(limit: u32) -> Result<LimitedNonZeroU8<25>> {
    u8::try_from(limit)
        .ok()
        .and_then(|n| LimitedNonZeroU8::<25>::try_from(n).ok())
        .ok_or_else(|| {
            Error::input(format!(
                "limit {limit} is out of range; ask for 1 to {MAX_TRENDS} trends"
            ))
        })
}

/// The answer to `nsid`; an AppView without it (501) is said plainly.
async fn answer<P, O>(pds: &PdsConnection, nsid: &str, params: P) -> Result<O>
where
    P: Serialize + Send + Sync,
    O: serde::de::DeserializeOwned + Send + Sync,
{
    match pds.query_as(nsid, params).await? {
        Ok(page) => Ok(page),
        Err(e) if e.status.is_some_and(|s| s.as_u16() == 501) || e.is("MethodNotImplemented") => {
            Err(Error::remote(format!(
                "trends are not available: the AppView behind {} does not offer {nsid} ({})",
                pds.session().pds_url,
                e.message
            )))
        }
        Err(e) => Err(e.into_error(nsid)),
    }
}

impl Render for TrendsOutput {
    fn render(&self, style: &Style) -> String {
        if self.trends.is_empty() {
            return "No trends.\n".into();
        }
        let mut out = String::new();
        let line = |out: &mut String, (i, t): (usize, &Trend)| {
            let mut facts = Vec::new();
            if let Some(n) = t.posts {
                facts.push(super::render::count(n.max(0) as u64, "post", "posts"));
            }
            if let Some(status) = &t.status {
                facts.push(status.clone());
            }
            if let Some(category) = &t.category {
                facts.push(category.clone());
            }
            let facts = if facts.is_empty() {
                String::new()
            } else {
                format!(" {}", style.dim(&format!("({})", facts.join(", "))))
            };
            out.push_str(&format!(
                "{:>2}. {}{facts}\n    {}\n",
                i + 1,
                style.bold(&t.name),
                style.dim(&t.url)
            ));
        };
        self.trends
            .iter()
            .enumerate()
            .for_each(|t| line(&mut out, t));
        if !self.suggested.is_empty() {
            out.push_str("Suggested:\n");
            self.suggested
                .iter()
                .enumerate()
                .for_each(|t| line(&mut out, t));
        }
        out
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.trends)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A getTrends answer shaped as the lexicon says, with one trend the
    /// server sent without its topic.
    const TRENDS: &str = r#"{"trends": [
      {"topic": "eclipse", "displayName": "Solar eclipse", "link": "/profile/trending.bsky.app/feed/eclipse",
       "startedAt": "2026-12-02T10:00:00.000Z", "postCount": 5210, "status": "hot", "category": "news", "actors": []},
      {"displayName": "Broken", "link": "/search?q=broken", "startedAt": "2026-12-02T10:00:00.000Z", "postCount": 1, "actors": []},
      {"topic": "rust", "displayName": "Rust 2.0", "link": "/search?q=rust", "startedAt": "2026-12-02T09:00:00.000Z",
       "postCount": 312, "actors": [{"did": "did:plc:a", "handle": "a.test"}]}
    ]}"#;

    const TOPICS: &str = r#"{"topics": [{"topic": "eclipse", "link": "/search?q=eclipse"}],
      "suggested": [{"topic": "Art", "displayName": "Art", "description": "Art on Bluesky", "link": "https://bsky.app/profile/did:plc:x/feed/art"}]}"#;

    #[test]
    fn trends_read_as_the_lexicon_shapes_them() {
        let page: TrendsPage = serde_json::from_str(TRENDS).unwrap();
        assert_eq!(page.trends.left_out.len(), 1, "the trend without a topic");
        let output = TrendsOutput {
            trends: page.trends.items.into_iter().map(Wire::trend).collect(),
            suggested: Vec::new(),
            warnings: page.trends.left_out,
        };
        insta::assert_snapshot!(output.render(&Style::with_color(false)));
        insta::assert_snapshot!(serde_json::to_string_pretty(&output).unwrap());
        let page: TopicsPage = serde_json::from_str(TOPICS).unwrap();
        let output = TrendsOutput {
            trends: page.topics.items.into_iter().map(Wire::trend).collect(),
            suggested: page.suggested.items.into_iter().map(Wire::trend).collect(),
            warnings: Vec::new(),
        };
        insta::assert_snapshot!(output.render(&Style::with_color(false)));
    }

    #[test]
    fn limits_are_checked() {
        assert!(check_limit(25).is_ok());
        let err = check_limit(26).unwrap_err();
        assert_eq!(
            err.message,
            "limit 26 is out of range; ask for 1 to 25 trends"
        );
        assert!(check_limit(0).is_err());
    }
}
