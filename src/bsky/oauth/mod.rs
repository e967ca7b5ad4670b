//! OAuth login: atproto's loopback client (PAR, PKCE, DPoP) on atrium-oauth,
//! the hosted server's web client, and what a grant needs afterwards
//! (refresh, revocation).

pub mod grant;
pub mod login;
pub mod web;
