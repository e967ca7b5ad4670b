//! OAuth login: atproto's loopback client (PAR, PKCE, DPoP) on atrium-oauth,
//! the hosted server's web client and its MCP clients' metadata documents,
//! and what a grant needs afterwards
//! (refresh, revocation).

pub mod client_document;
pub mod grant;
pub mod login;
pub mod web;
