//! `bluesky_mark_notifications_seen` (`notifications --mark-seen`): marks every
//! notification up to now as seen. Kept apart from reading them, so that a
//! read-only server still shows notifications.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::fields::AccountField;
use super::{Ctx, Hints, Render, Spec, Style, Tool, Toolset};
use crate::bsky::PdsConnection;
use crate::error::Result;

/// Mark notifications as seen.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct MarkSeenInput {
    #[serde(flatten)]
    pub account: AccountField,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct MarkSeenOutput {
    /// Everything up to this time is now seen.
    pub seen_at: String,
    /// Unread notifications left (newer ones that arrived meanwhile).
    pub unread: u64,
}

pub struct MarkNotificationsSeen;

impl Tool for MarkNotificationsSeen {
    type Input = MarkSeenInput;
    type Output = MarkSeenOutput;
    const SPEC: Spec = Spec {
        name: "bluesky_mark_notifications_seen",
        title: "Mark Bluesky notifications seen",
        description: "Mark all of the account's notifications up to now as seen (read them first with bluesky_get_notifications). Returns how many are still unread.",
        hints: Hints::MARK,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: MarkSeenInput) -> Result<MarkSeenOutput> {
        let pds = ctx.accounts.connect(input.account.get()).await?;
        mark_seen(&pds).await
    }
}

/// Marks everything up to now seen and counts what is still unread.
pub async fn mark_seen(pds: &PdsConnection) -> Result<MarkSeenOutput> {
    let seen_at = super::post::now();
    let _: serde::de::IgnoredAny = pds
        .procedure_idempotent(
            "app.bsky.notification.updateSeen",
            &json!({"seenAt": seen_at}),
        )
        .await?;
    Ok(MarkSeenOutput {
        seen_at,
        unread: unread_count(pds).await?,
    })
}

/// The account's unread notifications, as the AppView counts them.
pub async fn unread_count(pds: &PdsConnection) -> Result<u64> {
    #[derive(Deserialize)]
    struct Count {
        count: u64,
    }
    let count: Count = pds
        .query("app.bsky.notification.getUnreadCount", &[])
        .await?;
    Ok(count.count)
}

impl Render for MarkSeenOutput {
    fn render(&self, style: &Style) -> String {
        format!(
            "{} ({} unread)\n",
            style.good("All notifications marked seen"),
            self.unread
        )
    }
}
