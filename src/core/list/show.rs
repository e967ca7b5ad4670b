//! `bluesky_get_list` (a list and its members) and `bluesky_get_lists` (an
//! account's lists).

use atrium_api::app::bsky::graph::defs::{ListItemView, ListView};
use atrium_api::app::bsky::graph::{get_list, get_lists};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{ListInfo, find_list, not_found, unknown_list};
use crate::bsky::lenient::{Items, Page, page_size};
use crate::bsky::uri::parse_actor;
use crate::core::fields::{AccountField, PageField};
use crate::core::graph::at_identifier;
use crate::core::pages::{Paging, collect};
use crate::core::render::{Cut, json_items};
use crate::core::views::{AccountItem, render_accounts};
use crate::core::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::error::Result;

pub const DEFAULT_LIMIT: u32 = 50;

/// A list to show.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct GetListInput {
    // A list's at:// URI or bsky.app URL, as the instructions say.
    pub list: String,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// A list and a page of its members.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ListShown {
    pub list: ListInfo,
    pub members: Vec<AccountItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Members the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// getList's answer: the list, and its items each read on its own.
#[derive(Deserialize)]
struct ListPage {
    list: ListView,
    items: Items<ListItemView>,
    cursor: Option<String>,
}

pub struct GetList;

impl Tool for GetList {
    type Input = GetListInput;
    type Output = ListShown;
    const SPEC: Spec = Spec {
        name: "bluesky_get_list",
        title: "Show a Bluesky list",
        description: "A list's name, purpose, description and members, with how you relate to each.",
        hints: Hints::READ,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: GetListInput) -> Result<ListShown> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetList {
    pub async fn run_paged(ctx: &Ctx, input: GetListInput, paging: Paging) -> Result<ListShown> {
        paging.check(input.page.limit, "members")?;
        let pds = ctx.connect(input.account.get()).await?;
        let uri = find_list(ctx, &pds, "list", &input.list).await?;
        let list = uri.to_uri();
        let info = std::sync::Mutex::new(None);
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let params: get_list::Parameters = get_list::ParametersData {
                cursor,
                limit: Some(page_size(size)),
                list: list.clone(),
            }
            .into();
            let pds = &pds;
            let uri = &uri;
            let info = &info;
            async move {
                let page: ListPage = match pds.query_as(get_list::NSID, params).await? {
                    Ok(page) => page,
                    Err(e) if e.message.contains("not found") => {
                        return Err(unknown_list(pds, "list", uri).await);
                    }
                    Err(e) => return Err(e.into_error(get_list::NSID)),
                };
                let mut info = info.lock().unwrap_or_else(|e| e.into_inner());
                info.get_or_insert_with(|| ListInfo::from_view(page.list));
                let members = page
                    .items
                    .map(|item| AccountItem::from_view(item.data.subject));
                Ok((members, page.cursor))
            }
        })
        .await?;
        let list = info
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .ok_or_else(|| not_found("list", &uri))?;
        Ok(ListShown {
            list,
            members: found.items,
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

/// An account whose lists to show.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct GetListsInput {
    /// Default: yours.
    #[serde(default)]
    pub handle: Option<String>,
    #[serde(flatten)]
    pub page: PageField<DEFAULT_LIMIT>,
    #[serde(flatten)]
    pub account: AccountField,
}

/// An account's lists.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ListsOutput {
    /// The account's DID.
    pub subject: String,
    pub lists: Vec<ListInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Lists the server sent that could not be read, each named.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

pub struct GetLists;

impl Tool for GetLists {
    type Input = GetListsInput;
    type Output = ListsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_lists",
        title: "An account's Bluesky lists",
        description: "The lists an account created (default: yours), with purpose, size and URI.",
        hints: Hints::READ,
        toolset: Toolset::Lists,
    };

    async fn run(ctx: &Ctx, input: GetListsInput) -> Result<ListsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetLists {
    pub async fn run_paged(ctx: &Ctx, input: GetListsInput, paging: Paging) -> Result<ListsOutput> {
        paging.check(input.page.limit, "lists")?;
        let actor = input
            .handle
            .as_deref()
            .map(|h| parse_actor("handle", h))
            .transpose()?;
        let pds = ctx.connect(input.account.get()).await?;
        let did = match actor {
            Some(actor) => {
                ctx.accounts
                    .require_did(pds.client(), "handle", &actor)
                    .await?
            }
            None => pds.did(),
        };
        let actor = at_identifier(&did)?;
        let found = collect(ctx, paging, input.page, |size, cursor| {
            let params: get_lists::Parameters = get_lists::ParametersData {
                actor: actor.clone(),
                cursor,
                limit: Some(page_size(size)),
                purposes: None,
            }
            .into();
            let pds = &pds;
            async move {
                let page: Page<ListView> = pds.page(get_lists::NSID, params).await?;
                Ok((page.items.map(ListInfo::from_view), page.cursor))
            }
        })
        .await?;
        Ok(ListsOutput {
            subject: did,
            lists: found.items,
            cursor: found.cursor,
            warnings: found.left_out,
        })
    }
}

impl Render for ListShown {
    fn render(&self, style: &Style) -> String {
        let mut out = String::new();
        self.list.render(&mut out, style);
        out.push('\n');
        out.push_str(&render_accounts(
            &self.members,
            self.cursor.as_deref(),
            style,
        ));
        out
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.members)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(&mut self.members, &mut self.cursor, &mut self.warnings)
    }
}

impl Render for ListsOutput {
    fn render(&self, style: &Style) -> String {
        if self.lists.is_empty() {
            return "No lists.\n".into();
        }
        let mut out = String::new();
        for list in &self.lists {
            list.render(&mut out, style);
        }
        if let Some(cursor) = &self.cursor {
            out.push_str(&style.more(cursor));
        }
        out
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }

    fn items(&self) -> Option<Vec<Value>> {
        json_items(&self.lists)
    }

    fn cut(&mut self) -> Option<Cut<'_>> {
        Cut::of(&mut self.lists, &mut self.cursor, &mut self.warnings)
    }
}
