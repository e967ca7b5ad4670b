//! `mcp-bluesky notifications`: read them (`bluesky_get_notifications`), and
//! with `--mark-seen` mark them seen (`bluesky_mark_notifications_seen`).

use clap::Args;

use crate::cli::args::{AccountArg, ListArgs};
use crate::cli::{Output, Rendered};
use crate::core::Ctx;
use crate::core::notifications::{DEFAULT_LIMIT, GetNotifications, NotificationsInput, Reason};
use crate::error::Result;

#[derive(Debug, Args)]
pub struct NotificationsArgs {
    /// Only these reasons (repeatable); default: all.
    #[arg(long = "reason", value_enum, value_name = "REASON")]
    pub reasons: Vec<Reason>,
    /// Only notifications not yet seen.
    #[arg(long = "unread")]
    pub unread_only: bool,
    /// Afterwards, mark every notification as seen.
    #[arg(long)]
    pub mark_seen: bool,
    /// How many notifications, across as many pages as that takes.
    #[arg(long, short = 'n', default_value_t = DEFAULT_LIMIT)]
    pub limit: u32,
    #[command(flatten)]
    pub list: ListArgs,
    #[command(flatten)]
    pub account: AccountArg,
}

pub async fn run(ctx: &Ctx, args: NotificationsArgs, output: &Output) -> Result<Rendered> {
    let (page, paging) = args.list.into_paging(args.limit);
    let input = NotificationsInput {
        reasons: args.reasons,
        unread_only: args.unread_only,
        page,
        account: args.account.into(),
    };
    let found = GetNotifications::run_paged(ctx, input, paging, args.mark_seen).await?;
    Ok(output.render(found))
}
