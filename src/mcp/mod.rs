//! The MCP front end: a thin rmcp server over the core's tools.

mod tools;

use std::sync::Arc;

use rmcp::model::{
    CallToolRequestParams, CallToolResponse, ErrorData, Implementation, ListToolsResult,
    PaginatedRequestParams, ProgressNotificationParam, ProgressToken, ServerCapabilities,
    ServerConfig, Tool,
};
use rmcp::service::{Peer, RequestContext};
use rmcp::{RoleServer, ServerHandler, ServiceExt};

use crate::core::{Ctx, Progress};
use crate::error::{Error, Result};

const INSTRUCTIONS: &str = "Bluesky tools. Every tool takes an optional `account` (an alias or handle) and uses the default account without it. Before publishing, call a write tool with dry_run=true to see the exact record. Post text is limited to 300 graphemes; @handles, links and #hashtags become links by themselves. Read tools return a `cursor` for the next page. If a tool says an account is not logged in, tell the user to run the command it names.";

#[derive(Clone)]
pub struct Server {
    ctx: Ctx,
    tools: std::sync::Arc<Vec<Tool>>,
}

impl Server {
    pub fn new(ctx: Ctx) -> Self {
        Server {
            ctx,
            tools: std::sync::Arc::new(tools::definitions()),
        }
    }
}

impl ServerHandler for Server {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(Implementation::new(
                "mcp-bluesky",
                env!("CARGO_PKG_VERSION"),
            ))
            .with_instructions(INSTRUCTIONS)
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<ListToolsResult, ErrorData> {
        Ok(ListToolsResult::with_all_items(self.tools.as_ref().clone()))
    }

    fn get_tool(&self, name: &str) -> Option<Tool> {
        self.tools.iter().find(|t| t.name == name).cloned()
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        context: RequestContext<RoleServer>,
    ) -> std::result::Result<CallToolResponse, ErrorData> {
        let token = request
            .meta
            .as_ref()
            .and_then(|m| m.get_progress_token())
            .or_else(|| context.meta.get_progress_token());
        let ctx = match token {
            Some(token) => self
                .ctx
                .with_progress(Arc::new(Notifier::start(context.peer.clone(), token))),
            None => self.ctx.clone(),
        };
        let arguments = request.arguments.unwrap_or_default();
        match tools::call(&ctx, &request.name, arguments).await {
            Some(result) => Ok(result.into()),
            None => Err(ErrorData::invalid_params(
                format!("unknown tool `{}`", request.name),
                None,
            )),
        }
    }
}

/// Sends a tool's progress to the client as `notifications/progress`, in order.
struct Notifier(tokio::sync::mpsc::UnboundedSender<(f64, f64, String)>);

impl Notifier {
    fn start(peer: Peer<RoleServer>, token: ProgressToken) -> Notifier {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(f64, f64, String)>();
        tokio::spawn(async move {
            while let Some((done, total, message)) = rx.recv().await {
                let mut param =
                    ProgressNotificationParam::new(token.clone(), done).with_total(total);
                param.message = Some(message);
                if peer.notify_progress(param).await.is_err() {
                    break;
                }
            }
        });
        Notifier(tx)
    }
}

impl Progress for Notifier {
    fn report(&self, done: f64, total: f64, message: &str) {
        let _ = self.0.send((done, total, message.to_string()));
    }
}

/// Serves MCP over stdin/stdout until the client disconnects.
pub async fn serve_stdio(ctx: Ctx) -> Result<()> {
    tracing::info!("serving MCP over stdio");
    let running = Server::new(ctx)
        .serve(rmcp::transport::stdio())
        .await
        .map_err(|e| Error::io(format!("MCP initialization failed: {e}")))?;
    running
        .waiting()
        .await
        .map_err(|e| Error::io(format!("MCP server stopped: {e}")))?;
    Ok(())
}
