//! One file per command, named as the command (`like`, `unlike`, `repost`,
//! `unrepost`, `follow` and `unfollow` share `engage`; `likes`, `reposts`,
//! `quotes`, `followers` and `follows` share `graph`; `mute`, `unmute`, `block`,
//! `unblock`, `mutes` and `blocks` share `moderation`; `reply-controls`, `hide`
//! and `unhide` share `reply_controls`): its arguments, their
//! conversion into the core's input, and for commands that run more than one
//! tool, which one to run.

pub mod auth;
pub mod bookmark;
pub mod chat;
pub mod completions;
pub mod config;
pub mod delete;
pub mod draft;
pub mod engage;
pub mod feed;
pub mod graph;
pub mod hosted;
pub mod list;
pub mod mcp_config;
pub mod moderation;
pub mod notifications;
pub mod post;
pub mod profile;
pub mod reply;
pub mod reply_controls;
pub mod search;
pub mod serve;
pub mod show;
pub mod status;
pub mod test;
pub mod thread;
pub mod trends;
