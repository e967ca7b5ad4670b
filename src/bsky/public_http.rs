//! The HTTP client for fetches made on a caller's behalf (link pages and their
//! thumbnails): it reaches only public unicast addresses, so a URL from a tool
//! call cannot make the server read loopback, the local network or a cloud
//! metadata service.
//!
//! Host names are resolved here and only public addresses are handed to the
//! connector, so the address checked is the address connected to (a DNS answer
//! that changes between check and connect cannot swap it). Address literals
//! skip resolution and are checked before each request and on every redirect
//! hop. It does not decide what to fetch; `linkcard` does.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use ipnet::IpNet;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::{Client, Url, redirect};

/// Redirects followed before giving up.
pub const MAX_REDIRECTS: usize = 5;

/// Why a URL was not fetched: it leads to an address that is not public.
#[derive(Debug, Clone)]
pub struct Refused {
    /// The URL (or host) that was refused.
    pub target: String,
    pub addresses: Vec<IpAddr>,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list: Vec<String> = self.addresses.iter().map(IpAddr::to_string).collect();
        write!(
            f,
            "{} is a private address ({}); only public addresses are fetched",
            self.target,
            list.join(", ")
        )
    }
}

impl std::error::Error for Refused {}

/// Addresses let through although not public (`link_cards_allow`), for tests
/// and intranets; empty by default.
#[derive(Debug, Clone, Default)]
pub struct Allow(Arc<Vec<IpNet>>);

impl Allow {
    pub fn new(nets: Vec<IpNet>) -> Self {
        Allow(Arc::new(nets))
    }

    /// Whether the client may connect to `ip`.
    pub fn permits(&self, ip: IpAddr) -> bool {
        is_public(ip) || self.0.iter().any(|net| net.contains(&canonical(ip)))
    }

    /// Checks a URL before it is requested: an http(s) URL whose host, when it
    /// is an address literal, is permitted. Names are checked when resolved.
    pub fn check_url(&self, url: &Url) -> Result<(), String> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!("{url} is not an http(s) URL"));
        }
        let ip = match url.host() {
            Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip),
            Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip),
            Some(url::Host::Domain(_)) => return Ok(()),
            None => return Err(format!("{url} has no host")),
        };
        if self.permits(ip) {
            Ok(())
        } else {
            Err(Refused {
                target: url.to_string(),
                addresses: vec![ip],
            }
            .to_string())
        }
    }
}

/// GETs that reach only the addresses its [`Allow`] permits.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: Client,
    allow: Allow,
}

impl Fetcher {
    /// A fetcher, or why its HTTP client could not be built.
    pub fn new(allow: Allow) -> Result<Self, String> {
        Ok(Fetcher {
            client: client(allow.clone(), Duration::from_secs(10), true)?,
            allow,
        })
    }

    /// A fetcher that hands back a redirect instead of following it.
    pub fn without_redirects(allow: Allow) -> Result<Self, String> {
        Ok(Fetcher {
            client: client(allow.clone(), Duration::from_secs(10), false)?,
            allow,
        })
    }

    /// GETs `url` (checked first), or says why not in a sentence.
    pub async fn get(&self, url: &Url, timeout: Duration) -> Result<reqwest::Response, String> {
        self.allow.check_url(url)?;
        self.client
            .get(url.clone())
            .timeout(timeout)
            .send()
            .await
            .map_err(|e| describe(url.as_str(), &e))
    }
}

/// The HTTP client of a hosted server, whose PDSes and authorization servers
/// are named by people's DID documents: public addresses only (and `allow`).
pub fn guarded_client(allow: Allow) -> Result<Client, String> {
    client(allow, Duration::from_secs(60), true)
}

/// A client that connects only to addresses `allow` permits, follows at most
/// [`MAX_REDIRECTS`] redirects (each checked) if `follow`, and ignores proxy
/// settings.
fn client(allow: Allow, timeout: Duration, follow: bool) -> Result<Client, String> {
    let hops = allow.clone();
    let policy = redirect::Policy::custom(move |attempt| {
        if !follow {
            return attempt.stop();
        }
        if attempt.previous().len() > MAX_REDIRECTS {
            let error = format!("more than {MAX_REDIRECTS} redirects");
            return attempt.error(error);
        }
        match hops.check_url(attempt.url()) {
            Ok(()) => attempt.follow(),
            Err(why) => attempt.error(why),
        }
    });
    Client::builder()
        .user_agent(concat!("mcp-bluesky/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(5))
        .timeout(timeout)
        .no_proxy()
        .redirect(policy)
        .dns_resolver(Arc::new(PublicResolver { allow }))
        .build()
        .map_err(|e| format!("the HTTP client for public addresses could not start: {e}"))
}

/// What a failed fetch says: the refusal when there was one, else the cause.
fn describe(url: &str, e: &reqwest::Error) -> String {
    let mut source = std::error::Error::source(e);
    let mut causes = Vec::new();
    while let Some(s) = source {
        if let Some(refused) = s.downcast_ref::<Refused>() {
            return refused.to_string();
        }
        causes.push(s.to_string());
        source = s.source();
    }
    if e.is_redirect()
        && let Some(last) = causes.last()
    {
        // A hop refused by the redirect policy: its reason is the last cause.
        return format!("{url} redirects: {last}");
    }
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else {
        "failed"
    };
    match causes.last() {
        Some(cause) => format!("fetching {url} {what}: {cause}"),
        None => format!("fetching {url} {what}"),
    }
}

/// Resolves names with the system resolver and keeps only permitted addresses.
struct PublicResolver {
    allow: Allow,
}

impl Resolve for PublicResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow = self.allow.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let (permitted, refused): (Vec<SocketAddr>, Vec<SocketAddr>) =
                found.into_iter().partition(|a| allow.permits(a.ip()));
            if permitted.is_empty() {
                let addresses = refused.iter().map(SocketAddr::ip).collect();
                return Err(Box::new(Refused {
                    target: host,
                    addresses,
                })
                    as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(permitted.into_iter()) as Addrs)
        })
    }
}

/// An IPv4-mapped IPv6 address as the IPv4 address it is.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// A public unicast address: none of loopback, private (RFC 1918), shared
/// (RFC 6598), link-local, unique-local, site-local, multicast, unspecified,
/// broadcast, documentation, benchmarking or reserved space, nor an IPv6
/// form that embeds one of those (IPv4-mapped, -compatible, NAT64, 6to4).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(a == 0
        || ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && (c == 0 || c == 2))
        || (a == 192 && b == 88 && c == 99)
        || (a == 198 && (b == 18 || b == 19))
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113)
        || a >= 224)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    let embedded_v4 = |hi: u16, lo: u16| {
        let [a, b] = hi.to_be_bytes();
        let [c, d] = lo.to_be_bytes();
        Ipv4Addr::new(a, b, c, d)
    };
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    // IPv4-compatible (::a.b.c.d, deprecated), including :: and ::1.
    if s[..6] == [0; 6] {
        return s[6] != 0 && is_public_v4(embedded_v4(s[6], s[7]));
    }
    // NAT64, well-known prefix: the IPv4 address it translates to.
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return is_public_v4(embedded_v4(s[6], s[7]));
    }
    // 6to4: the IPv4 address of the relay.
    if s[0] == 0x2002 {
        return is_public_v4(embedded_v4(s[1], s[2]));
    }
    // Only global unicast space (2000::/3) is public, less Teredo
    // (2001::/32), benchmarking (2001:2::/48), ORCHID (2001:10::/28,
    // 2001:20::/28) and documentation (2001:db8::/32, 3fff::/20).
    (s[0] & 0xe000) == 0x2000
        && !(s[0] == 0x2001 && s[1] == 0)
        && !(s[0] == 0x2001 && s[1] == 2 && s[2] == 0)
        && !(s[0] == 0x2001 && (0x10..0x30).contains(&s[1]))
        && !(s[0] == 0x2001 && s[1] == 0xdb8)
        && !(s[0] == 0x3fff && s[1] < 0x1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn public(ip: &str) -> bool {
        is_public(ip.parse().unwrap())
    }

    #[test]
    fn only_public_unicast_addresses_are_public() {
        for ip in [
            "1.1.1.1",
            "8.8.8.8",
            "140.82.112.3",
            "2606:4700::1111",
            "2a00:1450::1",
        ] {
            assert!(public(ip), "{ip} is public");
        }
        for ip in [
            "127.0.0.1",
            "127.8.9.10",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "0.1.2.3",
            "224.0.0.1",
            "239.255.255.250",
            "255.255.255.255",
            "240.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "::",
            "::1",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "fec0::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:10.1.2.3",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::1",
            "2001::1",
            "2001:db8::1",
        ] {
            assert!(!public(ip), "{ip} is not public");
        }
        // The embedded forms of a public address are public.
        assert!(public("::ffff:1.1.1.1"));
        assert!(public("64:ff9b::101:101"));
        assert!(public("2002:101:101::1"));
    }

    #[test]
    fn the_allow_list_lets_named_addresses_and_networks_through() {
        let allow = Allow::new(vec![
            "127.0.0.1/32".parse().unwrap(),
            "10.1.0.0/16".parse().unwrap(),
        ]);
        assert!(allow.permits("127.0.0.1".parse().unwrap()));
        assert!(allow.permits("::ffff:127.0.0.1".parse().unwrap()));
        assert!(allow.permits("10.1.2.3".parse().unwrap()));
        assert!(!allow.permits("127.0.0.2".parse().unwrap()));
        assert!(!allow.permits("10.2.0.1".parse().unwrap()));
        assert!(allow.permits("1.1.1.1".parse().unwrap()));
    }

    #[test]
    fn urls_with_private_address_literals_are_refused_before_any_request() {
        let allow = Allow::default();
        let check = |u: &str| allow.check_url(&Url::parse(u).unwrap());
        for url in [
            "http://127.0.0.1:8080/x",
            "http://[::1]/",
            "http://169.254.169.254/latest/meta-data/",
            "http://2130706433/",
            "http://0x7f.1/",
            "http://[::ffff:7f00:1]/",
        ] {
            let err = check(url).unwrap_err();
            assert!(err.contains("is a private address"), "{url}: {err}");
        }
        assert!(check("file:///etc/passwd").unwrap_err().contains("http(s)"));
        assert!(check("https://example.com/").is_ok());
    }

    #[tokio::test]
    async fn names_that_resolve_only_to_private_addresses_are_refused() {
        let resolver = PublicResolver {
            allow: Allow::default(),
        };
        let err = match resolver.resolve("localhost".parse().unwrap()).await {
            Ok(addrs) => panic!("resolved to {:?}", addrs.collect::<Vec<_>>()),
            Err(e) => e,
        };
        let refused = err.downcast_ref::<Refused>().expect("a refusal");
        assert_eq!(refused.target, "localhost");
        assert!(refused.addresses.iter().all(|a| a.is_loopback()));
    }
}
