//! The social graph: who liked, reposted or quoted a post; who follows an
//! account and whom it follows; which of your follows follow it.

use atrium_api::app::bsky::actor::defs::ProfileView;
use atrium_api::app::bsky::feed::{get_likes, get_quotes, get_reposted_by};
use atrium_api::app::bsky::graph::{get_followers, get_follows, get_known_followers};
use atrium_api::types::LimitedNonZeroU8;
use atrium_api::types::string::AtIdentifier;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::fields::{AccountField, PageField};
use super::pages::{Collected, Paging, collect};
use super::target::resolve_post;
use super::views::{AccountItem, PostItem, render_accounts, render_posts};
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::PdsConnection;
use crate::bsky::lenient::{Page, page_size};
use crate::bsky::summary::PostSummary;
use crate::bsky::uri::{AtUri, parse_actor};
use crate::core::render::{Cut, json_items};
use crate::error::{Error, Result};

pub const DEFAULT_LIMIT: u32 = 50;

/// A post whose likes, reposts or quotes to list.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct PostListInput {
    // A post's at:// URI or bsky.app URL, as the instructions say.
    pub uri: String,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// An account whose followers or follows to list.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct ActorListInput {
    /// Default: yours.
    #[serde(default)]
    pub handle: Option<String>,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// Accounts that liked or reposted a post, or follow or are followed by one.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct AccountsOutput {
    /// The post (at:// URI) or account (DID) listed for.
    pub subject: String,
    pub accounts: Vec<AccountItem>,
    /// Pass as `cursor` to read the next page; absent at the end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Accounts the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Posts that quote a post.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct QuotesOutput {
    /// The quoted post's at:// URI.
    pub subject: String,
    pub posts: Vec<PostItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Posts the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Who liked a post.
pub struct GetLikes;

impl Tool for GetLikes {
    type Input = PostListInput;
    type Output = AccountsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_likes",
        title: "Who liked a Bluesky post",
        description: "Accounts that liked a post, newest first.",
        hints: Hints::READ,
        toolset: Toolset::Graph,
    };

    async fn run(ctx: &Ctx, input: PostListInput) -> Result<AccountsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetLikes {
    pub async fn run_paged(
        ctx: &Ctx,
        input: PostListInput,
        paging: Paging,
    ) -> Result<AccountsOutput> {
        let (pds, subject) = post_subject(ctx, &input, paging, "accounts").await?;
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let params: get_likes::Parameters = get_likes::ParametersData {
                cid: None,
                cursor,
                limit: Some(page_size(size)),
                uri: subject.clone(),
            }
            .into();
            let pds = &pds;
            async move {
                let page: Page<get_likes::Like> = pds.page(get_likes::NSID, params).await?;
                let accounts = page
                    .items
                    .map(|like| AccountItem::from_view(like.data.actor));
                Ok((accounts, page.cursor))
            }
        })
        .await?;
        Ok(AccountsOutput {
            subject,
            accounts: found.items,
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

/// Who reposted a post.
pub struct GetRepostedBy;

impl Tool for GetRepostedBy {
    type Input = PostListInput;
    type Output = AccountsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_reposted_by",
        title: "Who reposted a Bluesky post",
        description: "Accounts that reposted a post.",
        hints: Hints::READ,
        toolset: Toolset::Graph,
    };

    async fn run(ctx: &Ctx, input: PostListInput) -> Result<AccountsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetRepostedBy {
    pub async fn run_paged(
        ctx: &Ctx,
        input: PostListInput,
        paging: Paging,
    ) -> Result<AccountsOutput> {
        let (pds, subject) = post_subject(ctx, &input, paging, "accounts").await?;
        let found = collect_accounts(
            ctx,
            &pds,
            paging,
            input.page,
            get_reposted_by::NSID,
            |limit, cursor| {
                get_reposted_by::Parameters::from(get_reposted_by::ParametersData {
                    cid: None,
                    cursor,
                    limit: Some(limit),
                    uri: subject.clone(),
                })
            },
        )
        .await?;
        Ok(AccountsOutput::new(subject, found))
    }
}

/// Posts quoting a post.
pub struct GetQuotes;

impl Tool for GetQuotes {
    type Input = PostListInput;
    type Output = QuotesOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_quotes",
        title: "Posts quoting a Bluesky post",
        description: "Posts that quote a post, newest first.",
        hints: Hints::READ,
        toolset: Toolset::Graph,
    };

    async fn run(ctx: &Ctx, input: PostListInput) -> Result<QuotesOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetQuotes {
    pub async fn run_paged(
        ctx: &Ctx,
        input: PostListInput,
        paging: Paging,
    ) -> Result<QuotesOutput> {
        let (pds, subject) = post_subject(ctx, &input, paging, "posts").await?;
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let params: get_quotes::Parameters = get_quotes::ParametersData {
                cid: None,
                cursor,
                limit: Some(page_size(size)),
                uri: subject.clone(),
            }
            .into();
            let pds = &pds;
            async move {
                let page: Page<PostSummary> = pds.page(get_quotes::NSID, params).await?;
                Ok((page.items.map(PostItem::from_summary), page.cursor))
            }
        })
        .await?;
        Ok(QuotesOutput {
            subject,
            posts: found.items,
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

/// Checks the page size, connects, and makes sure the post exists (the
/// AppView answers an empty list for one that does not).
async fn post_subject(
    ctx: &Ctx,
    input: &PostListInput,
    paging: Paging,
    what: &str,
) -> Result<(std::sync::Arc<PdsConnection>, String)> {
    paging.check(input.page.limit, what)?;
    let uri = AtUri::parse_post("uri", &input.uri)?;
    let pds = ctx.connect(input.account.get()).await?;
    let post = resolve_post(ctx, &pds, "uri", uri).await?;
    Ok((pds, post.uri.to_uri()))
}

/// Who follows an account.
pub struct GetFollowers;

impl Tool for GetFollowers {
    type Input = ActorListInput;
    type Output = AccountsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_followers",
        title: "Followers of a Bluesky account",
        description: "Accounts that follow an account (default: yours).",
        hints: Hints::READ,
        toolset: Toolset::Graph,
    };

    async fn run(ctx: &Ctx, input: ActorListInput) -> Result<AccountsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetFollowers {
    pub async fn run_paged(
        ctx: &Ctx,
        input: ActorListInput,
        paging: Paging,
    ) -> Result<AccountsOutput> {
        let (pds, did) = actor_subject(
            ctx,
            input.handle.as_deref(),
            &input.page,
            &input.account,
            paging,
        )
        .await?;
        let actor = at_identifier(&did)?;
        let found = collect_accounts(
            ctx,
            &pds,
            paging,
            input.page,
            get_followers::NSID,
            |limit, cursor| {
                get_followers::Parameters::from(get_followers::ParametersData {
                    actor: actor.clone(),
                    cursor,
                    limit: Some(limit),
                    sort: None,
                })
            },
        )
        .await?;
        Ok(AccountsOutput::new(did, found))
    }
}

/// Whom an account follows.
pub struct GetFollows;

impl Tool for GetFollows {
    type Input = ActorListInput;
    type Output = AccountsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_follows",
        title: "Accounts a Bluesky account follows",
        description: "Accounts that an account follows (default: yours).",
        hints: Hints::READ,
        toolset: Toolset::Graph,
    };

    async fn run(ctx: &Ctx, input: ActorListInput) -> Result<AccountsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetFollows {
    pub async fn run_paged(
        ctx: &Ctx,
        input: ActorListInput,
        paging: Paging,
    ) -> Result<AccountsOutput> {
        let (pds, did) = actor_subject(
            ctx,
            input.handle.as_deref(),
            &input.page,
            &input.account,
            paging,
        )
        .await?;
        let actor = at_identifier(&did)?;
        let found = collect_accounts(
            ctx,
            &pds,
            paging,
            input.page,
            get_follows::NSID,
            |limit, cursor| {
                get_follows::Parameters::from(get_follows::ParametersData {
                    actor: actor.clone(),
                    cursor,
                    limit: Some(limit),
                    sort: None,
                })
            },
        )
        .await?;
        Ok(AccountsOutput::new(did, found))
    }
}

/// An account whose followers you know to list.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct KnownFollowersInput {
    // An account's handle, DID or profile URL, as the instructions say.
    pub handle: String,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// Which of your follows follow an account.
pub struct GetKnownFollowers;

impl Tool for GetKnownFollowers {
    type Input = KnownFollowersInput;
    type Output = AccountsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_known_followers",
        title: "Followers of an account you follow too",
        description: "Accounts you follow that follow an account.",
        hints: Hints::READ,
        toolset: Toolset::Graph,
    };

    async fn run(ctx: &Ctx, input: KnownFollowersInput) -> Result<AccountsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetKnownFollowers {
    pub async fn run_paged(
        ctx: &Ctx,
        input: KnownFollowersInput,
        paging: Paging,
    ) -> Result<AccountsOutput> {
        let (pds, did) = actor_subject(
            ctx,
            Some(&input.handle),
            &input.page,
            &input.account,
            paging,
        )
        .await?;
        let actor = at_identifier(&did)?;
        let found = collect_accounts(
            ctx,
            &pds,
            paging,
            input.page,
            get_known_followers::NSID,
            |limit, cursor| {
                get_known_followers::Parameters::from(get_known_followers::ParametersData {
                    actor: actor.clone(),
                    cursor,
                    limit: Some(limit),
                })
            },
        )
        .await?;
        Ok(AccountsOutput::new(did, found))
    }
}

/// Checks the page size, connects, and resolves `handle` (default: the
/// account's own) to a DID, so an unknown handle is an error naming it.
async fn actor_subject(
    ctx: &Ctx,
    handle: Option<&str>,
    page: &PageField<DEFAULT_LIMIT>,
    account: &AccountField,
    paging: Paging,
) -> Result<(std::sync::Arc<PdsConnection>, String)> {
    paging.check(page.limit, "accounts")?;
    let actor = handle.map(|h| parse_actor("handle", h)).transpose()?;
    let pds = ctx.connect(account.get()).await?;
    let did = match actor {
        Some(actor) => {
            ctx.accounts
                .require_did(pds.client(), "handle", &actor)
                .await?
        }
        None => pds.did(),
    };
    Ok((pds, did))
}

/// Reads pages of the list of accounts that `nsid` answers, each page's
/// query made by `params` from its size and cursor.
pub async fn collect_accounts<P, const D: u32>(
    ctx: &Ctx,
    pds: &PdsConnection,
    paging: Paging,
    page: PageField<D>,
    nsid: &str,
    params: impl Fn(LimitedNonZeroU8<100>, Option<String>) -> P,
) -> Result<Collected<AccountItem>>
where
    P: Serialize + Send + Sync,
{
    collect(ctx, paging, page, |size, cursor| {
        let params = params(page_size(size), cursor);
        async move {
            let page: Page<ProfileView> = pds.page(nsid, params).await?;
            Ok((page.items.map(AccountItem::from_view), page.cursor))
        }
    })
    .await
}

impl AccountsOutput {
    pub fn new(subject: String, found: Collected<AccountItem>) -> AccountsOutput {
        AccountsOutput {
            subject,
            accounts: found.items,
            cursor: found.cursor,
            warnings: found.left_out,
        }
    }
}

pub fn at_identifier(did: &str) -> Result<AtIdentifier> {
    did.parse()
        .map_err(|why: &str| Error::remote(format!("{did:?} is not a DID: {why}")))
}

impl Render for AccountsOutput {
    fn render(&self, style: &Style) -> String {
        render_accounts(&self.accounts, self.cursor.as_deref(), style)
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.accounts)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(&mut self.accounts, &mut self.cursor, &mut self.warnings)
    }
}

impl Render for QuotesOutput {
    fn render(&self, style: &Style) -> String {
        render_posts(&self.posts, self.cursor.as_deref(), style)
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.posts)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(&mut self.posts, &mut self.cursor, &mut self.warnings)
    }
}
