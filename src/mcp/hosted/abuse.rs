//! Limits per client address on the authorization server's endpoints, so
//! that one client cannot use up the server-wide caps (registrations,
//! sign-ins started) or make the server fetch metadata documents for it
//! without end. Counted per instance, in memory.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use ipnet::IpNet;

/// Registrations one address may make a minute.
pub const REGISTRATIONS_PER_MINUTE: u32 = 10;
/// Other authorization requests (pages, forms, callbacks, tokens) one
/// address may make a minute.
pub const REQUESTS_PER_MINUTE: u32 = 120;

pub struct PerAddress {
    registrations: DefaultKeyedRateLimiter<IpAddr>,
    requests: DefaultKeyedRateLimiter<IpAddr>,
    /// Proxies whose `X-Forwarded-For` is believed.
    trusted: Vec<IpNet>,
}

impl PerAddress {
    pub fn new(trusted: Vec<IpNet>) -> Arc<PerAddress> {
        let per_minute = |n| Quota::per_minute(NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN));
        Arc::new(PerAddress {
            registrations: DefaultKeyedRateLimiter::keyed(per_minute(REGISTRATIONS_PER_MINUTE)),
            requests: DefaultKeyedRateLimiter::keyed(per_minute(REQUESTS_PER_MINUTE)),
            trusted,
        })
    }

    /// The client's address: the peer's, or behind trusted proxies the
    /// nearest address in `X-Forwarded-For` that is not one of them.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        let trusted = |ip: &IpAddr| self.trusted.iter().any(|net| net.contains(ip));
        if !trusted(&peer) {
            return peer;
        }
        let hops: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .collect();
        for hop in hops.iter().rev() {
            match hop.trim().parse::<IpAddr>().map(|ip| ip.to_canonical()) {
                Ok(ip) if trusted(&ip) => continue,
                Ok(ip) => return ip,
                // Not an address: nothing further left can be believed.
                Err(_) => break,
            }
        }
        peer
    }

    /// Drops the addresses whose buckets are full again.
    pub fn forget_idle(&self) {
        self.registrations.retain_recent();
        self.requests.retain_recent();
    }
}

/// Refuses a request beyond its address's limit with 429 and when to retry.
pub async fn limit(
    State(limits): State<Arc<PerAddress>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    let client = limits.client(peer.ip(), request.headers());
    let (limiter, what, per_minute) = if request.uri().path() == "/register" {
        (
            &limits.registrations,
            "registrations",
            REGISTRATIONS_PER_MINUTE,
        )
    } else {
        (
            &limits.requests,
            "authorization requests",
            REQUESTS_PER_MINUTE,
        )
    };
    if let Err(not_until) = limiter.check_key(&client) {
        let wait = not_until.wait_time_from(DefaultClock::default().now());
        let seconds = wait.as_secs() + 1;
        // Debug only: a flood of refusals must not become a flood of log lines.
        tracing::debug!(%client, "over the limit of {what} per address");
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [
                (header::RETRY_AFTER, seconds.to_string()),
                (header::CACHE_CONTROL, "no-store".into()),
            ],
            axum::Json(serde_json::json!({
                "error": "temporarily_unavailable",
                "error_description": format!(
                    "more than {per_minute} {what} a minute from this address; try again in {seconds} s"
                ),
            })),
        )
            .into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", value.parse().unwrap());
        headers
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let limits = PerAddress::new(vec!["10.0.0.0/8".parse().unwrap()]);
        let proxy: IpAddr = "10.0.0.5".parse().unwrap();
        let stranger: IpAddr = "198.51.100.7".parse().unwrap();
        // A client that is not a proxy cannot name another address.
        assert_eq!(limits.client(stranger, &forwarded("203.0.113.1")), stranger);
        // Behind the proxy (and another trusted hop), the nearest untrusted address;
        // what the client wrote further left is not believed.
        assert_eq!(
            limits.client(proxy, &forwarded("192.0.2.66, 203.0.113.1, 10.1.1.1")),
            "203.0.113.1".parse::<IpAddr>().unwrap()
        );
        assert_eq!(limits.client(proxy, &forwarded("203.0.113.1, junk")), proxy);
        assert_eq!(limits.client(proxy, &HeaderMap::new()), proxy);
    }

    #[test]
    fn each_address_has_its_own_budget() {
        let limits = PerAddress::new(Vec::new());
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        for _ in 0..REGISTRATIONS_PER_MINUTE {
            assert!(limits.registrations.check_key(&a).is_ok());
        }
        assert!(limits.registrations.check_key(&a).is_err());
        assert!(limits.registrations.check_key(&b).is_ok());
    }
}
