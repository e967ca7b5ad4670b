//! End-to-end tests against a real Bluesky network on loopback (PLC, PDS and
//! AppView from @atproto/dev-env), started by `tests/run.sh`. Each test runs
//! the real binary as a process, as a user or an MCP client would.

mod harness;

mod auth;
mod bookmarks;
mod chat;
mod chat_standin;
mod drafts;
mod faults;
mod feed;
mod graph;
mod hosted;
mod http;
mod images;
mod inspector;
mod lists;
mod mcp;
mod moderation;
mod oauth;
mod post;
mod read;
mod reply_controls;
mod secrets;
mod standin_http;
mod status;
mod video;
mod video_standin;
mod write;
