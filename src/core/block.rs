//! Blocks: an `app.bsky.graph.block` record, public, created and deleted
//! like follows (once, and never twice after a retry).

use atrium_api::app::bsky::actor::defs::ViewerStateData;
use atrium_api::app::bsky::graph::{self, get_blocks};
use atrium_api::types::Collection;

use super::engage::{EngageOutput, create_unless_there, delete_if_there};
use super::follow::{ActorInput, actor_record};
use super::graph::{AccountsOutput, collect_accounts};
use super::mute::OwnListInput;
use super::pages::Paging;
use super::{Ctx, Hints, Spec, Tool, Toolset};
use crate::bsky::records;
use crate::error::Result;

/// Block an account.
pub struct Block;

impl Tool for Block {
    type Input = ActorInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_block",
        title: "Block a Bluesky account",
        description: "Block an account: neither of you sees or can reply to the other. Blocks are public.",
        hints: Hints::TOGGLE,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        let (pds, did, existing) = actor_record(ctx, &input, graph::Block::NSID, blocking).await?;
        let record = records::block(records::parse_did(&did)?);
        create_unless_there(&pds, "blocked", did, existing, record, input.dry_run.get()).await
    }
}

/// Unblock an account.
pub struct Unblock;

impl Tool for Unblock {
    type Input = ActorInput;
    type Output = EngageOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_unblock",
        title: "Unblock a Bluesky account",
        description: "Remove your block of an account.",
        hints: Hints::DELETE,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: ActorInput) -> Result<EngageOutput> {
        let (pds, did, existing) = actor_record(ctx, &input, graph::Block::NSID, blocking).await?;
        delete_if_there(&pds, "unblocked", did, existing, input.dry_run.get()).await
    }
}

fn blocking(viewer: ViewerStateData) -> Option<String> {
    viewer.blocking
}

/// The accounts you block.
pub struct GetBlocks;

impl Tool for GetBlocks {
    type Input = OwnListInput;
    type Output = AccountsOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_get_blocks",
        title: "Accounts you block",
        description: "The accounts you block yourself (not through lists).",
        hints: Hints::READ,
        toolset: Toolset::Moderation,
    };

    async fn run(ctx: &Ctx, input: OwnListInput) -> Result<AccountsOutput> {
        Self::run_paged(ctx, input, Paging::OnePage).await
    }
}

impl GetBlocks {
    pub async fn run_paged(
        ctx: &Ctx,
        input: OwnListInput,
        paging: Paging,
    ) -> Result<AccountsOutput> {
        paging.check(input.page.limit, "accounts")?;
        let pds = ctx.connect(input.account.get()).await?;
        let found = collect_accounts(
            ctx,
            &pds,
            paging,
            input.page,
            get_blocks::NSID,
            |limit, cursor| {
                get_blocks::Parameters::from(get_blocks::ParametersData {
                    cursor,
                    limit: Some(limit),
                })
            },
        )
        .await?;
        Ok(AccountsOutput::new(pds.did(), found))
    }
}
