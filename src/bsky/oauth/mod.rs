//! OAuth login: atproto's loopback client (PAR, PKCE, DPoP) on atrium-oauth,
//! and what a grant needs afterwards (refresh, revocation).

pub mod grant;
pub mod login;
