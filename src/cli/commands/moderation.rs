//! `mute`, `unmute` (an account, or with --thread a thread), `block`,
//! `unblock`, and the lists `mutes` and `blocks`.

use clap::Args;

use crate::cli::args::{AccountArg, DryRunArg, ListArgs};
use crate::cli::{Output, Rendered};
use crate::core::block::GetBlocks;
use crate::core::follow::ActorInput;
use crate::core::graph::DEFAULT_LIMIT;
use crate::core::like::PostActionInput;
use crate::core::mute::{GetMutes, Mute, MuteThread, OwnListInput, Unmute, UnmuteThread};
use crate::core::{Ctx, Tool};
use crate::error::Result;

#[derive(Debug, Args)]
pub struct MuteArgs {
    /// The account (handle, DID or bsky.app profile URL), or with --thread a post of the thread.
    #[arg(value_name = "HANDLE_OR_POST")]
    pub target: String,
    /// Mute the thread the post is in (its notifications), not an account.
    #[arg(long)]
    pub thread: bool,
    #[command(flatten)]
    pub account: AccountArg,
    #[command(flatten)]
    pub dry_run: DryRunArg,
}

pub async fn mute(ctx: &Ctx, args: MuteArgs, output: &Output, mute: bool) -> Result<Rendered> {
    if args.thread {
        let input = PostActionInput {
            uri: args.target,
            account: args.account.into(),
            dry_run: args.dry_run.into(),
        };
        return Ok(output.render(if mute {
            MuteThread::run(ctx, input).await?
        } else {
            UnmuteThread::run(ctx, input).await?
        }));
    }
    let input = ActorInput {
        handle: args.target,
        account: args.account.into(),
        dry_run: args.dry_run.into(),
    };
    Ok(output.render(if mute {
        Mute::run(ctx, input).await?
    } else {
        Unmute::run(ctx, input).await?
    }))
}

#[derive(Debug, Args)]
pub struct OwnListArgs {
    /// How many, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

impl OwnListArgs {
    fn into_input(self) -> (OwnListInput, crate::core::pages::Paging) {
        let (page, paging) = self.list.into_paging(self.limit);
        let input = OwnListInput {
            page,
            account: self.account.into(),
        };
        (input, paging)
    }
}

pub async fn mutes(ctx: &Ctx, args: OwnListArgs, output: &Output) -> Result<Rendered> {
    let (input, paging) = args.into_input();
    Ok(output.render(GetMutes::run_paged(ctx, input, paging).await?))
}

pub async fn blocks(ctx: &Ctx, args: OwnListArgs, output: &Output) -> Result<Rendered> {
    let (input, paging) = args.into_input();
    Ok(output.render(GetBlocks::run_paged(ctx, input, paging).await?))
}
