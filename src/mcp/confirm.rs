//! `confirm_writes`: before an agent publishes, reposts, follows or deletes,
//! the person sees exactly what would be written (the tool's own dry run) and
//! says yes or no through MCP elicitation. A client that cannot ask gets a
//! refusal, never an unconfirmed write.

use rmcp::RoleServer;
use rmcp::model::{
    CallToolResult, ContentBlock, ElicitRequestParams, ElicitationAction, ElicitationSchema,
    JsonObject,
};
use rmcp::service::Peer;
use serde_json::Value;

use super::tools::Offered;
use crate::core::Ctx;

/// `Some(result)` when the call must not go ahead: the refusal to return.
pub async fn refusal(
    ctx: &Ctx,
    tool: &Offered,
    arguments: &JsonObject,
    peer: &Peer<RoleServer>,
) -> Option<CallToolResult> {
    // Tools that write records take `dry_run`; a dry run itself writes nothing.
    let spec = tool.tool.spec();
    if !spec.hints.writes_records || arguments.get("dry_run") == Some(&Value::Bool(true)) {
        return None;
    }
    let alias = ctx.confirms_writes(arguments.get("account").and_then(Value::as_str))?;
    let can_ask = peer
        .peer_info()
        .is_some_and(|info| info.capabilities.elicitation.is_some());
    if !can_ask {
        return Some(refuse(format!(
            "confirm_writes is on for account `{alias}`, and this MCP client cannot ask the \
             person to confirm (it does not support elicitation); nothing was written. Use a \
             client that supports elicitation, or turn confirm_writes off in the configuration."
        )));
    }

    let mut preview_arguments = arguments.clone();
    preview_arguments.insert("dry_run".into(), Value::Bool(true));
    let preview = tool.call(ctx, preview_arguments).await;
    if preview.is_error == Some(true) {
        return Some(preview);
    }
    let shown = preview
        .content
        .first()
        .and_then(|c| c.as_text())
        .map(|t| t.text.clone())
        .unwrap_or_default();
    let message = format!("{} as `{alias}`?\n\n{shown}", spec.title);
    let schema = match ElicitationSchema::builder()
        .required_bool_with("publish", |b| {
            b.title("Publish")
                .description("Yes: write this to Bluesky now")
        })
        .build()
    {
        Ok(schema) => schema,
        Err(e) => {
            return Some(refuse(format!(
                "could not ask the person to confirm ({e}); nothing was written"
            )));
        }
    };
    let asked = peer
        .create_elicitation(ElicitRequestParams::FormElicitationParams {
            meta: None,
            message,
            requested_schema: schema,
        })
        .await;
    match asked {
        Ok(answer)
            if answer.action == ElicitationAction::Accept
                && answer
                    .content
                    .as_ref()
                    .and_then(|c| c.get("publish"))
                    .and_then(Value::as_bool)
                    == Some(true) =>
        {
            None
        }
        Ok(_) => Some(refuse(
            "the person did not confirm this write; nothing was written".to_string(),
        )),
        Err(e) => Some(refuse(format!(
            "could not ask the person to confirm ({e}); nothing was written"
        ))),
    }
}

fn refuse(text: String) -> CallToolResult {
    CallToolResult::error(vec![ContentBlock::text(text)])
}
