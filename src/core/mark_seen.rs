//! `bluesky_mark_notifications_seen` (`notifications --mark-seen`): marks every
//! notification up to now as seen. Kept apart from reading them, so that a
//! read-only server still shows notifications.

use atrium_api::app::bsky::notification::{get_unread_count, update_seen};
use atrium_api::types::string::Datetime;
use serde::{Deserialize, Serialize};

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
        description: "Mark all notifications up to now as seen.",
        hints: Hints::MARK,
        toolset: Toolset::Engage,
    };

    async fn run(ctx: &Ctx, input: MarkSeenInput) -> Result<MarkSeenOutput> {
        let pds = ctx.connect(input.account.get()).await?;
        mark_seen(&pds).await
    }
}

/// Marks everything up to now seen and counts what is still unread.
pub async fn mark_seen(pds: &PdsConnection) -> Result<MarkSeenOutput> {
    let seen_at = Datetime::now();
    let input: update_seen::Input = update_seen::InputData {
        seen_at: seen_at.clone(),
    }
    .into();
    pds.call(update_seen::NSID, |api| {
        api.app.bsky.notification.update_seen(input.clone())
    })
    .await?;
    Ok(MarkSeenOutput {
        seen_at: seen_at.as_str().to_string(),
        unread: unread_count(pds).await?,
    })
}

/// The account's unread notifications, as the AppView counts them.
pub async fn unread_count(pds: &PdsConnection) -> Result<u64> {
    let params: get_unread_count::Parameters = get_unread_count::ParametersData {
        priority: None,
        seen_at: None,
    }
    .into();
    let count = pds
        .call(get_unread_count::NSID, |api| {
            api.app.bsky.notification.get_unread_count(params.clone())
        })
        .await?;
    Ok(u64::try_from(count.data.count).unwrap_or_default())
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
