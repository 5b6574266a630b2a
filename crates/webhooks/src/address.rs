//! Where a webhook may go: public addresses only.
//!
//! A host types the URL, so without a check the server would post to whatever it can reach:
//! itself, the database, the cloud's metadata service. Every request is checked where the
//! address is final: a URL naming an IP is checked before it is sent (the first one and every
//! redirect's), and a name is resolved by [`Policy`] itself inside the connector, so the
//! address checked is the address connected to (a name that turns private between two
//! deliveries, or between the check and the connection, is refused then). Addresses outside
//! the public internet are refused unless the operator allowed them one by one
//! (`FAILNIGHT_WEBHOOK_ALLOW`: the tests' receiver on 127.0.0.1).

use std::{
    collections::HashMap,
    future::Future,
    io,
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    pin::Pin,
    sync::{Arc, RwLock},
    task::{Context, Poll},
    time::Duration,
};

use hyper_util::client::legacy::connect::dns::Name;
use url::{Host, Url};

/// How long resolving a name may take.
pub const RESOLVE_DEADLINE: Duration = Duration::from_secs(5);

/// Whether `ip` is on the public internet: not loopback, private, link-local (the metadata
/// service's 169.254.169.254 among them), shared (CGNAT), documentation, benchmarking,
/// multicast or reserved, and for IPv6 also not unique-local, and an IPv4 address written
/// in IPv6 (mapped, NAT64, 6to4) is judged as that IPv4 address.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(a == 0 // "this network"
        || a == 10
        || a == 127
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
        || (a == 169 && b == 254) // link-local, cloud metadata
        || (a == 172 && (16..32).contains(&b))
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 192 && b == 0 && c == 2) // documentation
        || (a == 192 && b == 88 && c == 99) // 6to4 relay anycast
        || (a == 192 && b == 168)
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || (a == 198 && b == 51 && c == 100) // documentation
        || (a == 203 && b == 0 && c == 113) // documentation
        || a >= 224) // multicast, reserved, broadcast
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        return is_public_v4(Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8));
    }
    if s[0] == 0x2002 {
        return is_public_v4(Ipv4Addr::new((s[1] >> 8) as u8, s[1] as u8, (s[2] >> 8) as u8, s[2] as u8));
    }
    // Only global unicast (2000::/3) is public, less its special and documentation blocks.
    (s[0] & 0xe000) == 0x2000
        && !(s[0] == 0x2001 && s[1] < 0x0200) // 2001::/23, IETF protocol assignments (Teredo, ORCHID…)
        && !(s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        && !(s[0] == 0x3fff && s[1] < 0x1000) // documentation (3fff::/20)
}

/// Why a URL or an address is refused; its text is shown to the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not a URL, or not `http`/`https`, or with a user name or password.
    Url(String),
    /// The name or the address is not on the public internet.
    NotPublic { host: String, address: IpAddr },
    /// The name could not be resolved.
    Unresolved(String),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Url(why) => write!(f, "{why}"),
            Refusal::NotPublic { host, address } if host == &address.to_string() => {
                write!(f, "{address} is not a public address")
            }
            Refusal::NotPublic { host, address } => write!(f, "{host} resolves to {address}, not a public address"),
            Refusal::Unresolved(host) => write!(f, "{host} could not be resolved"),
        }
    }
}

impl std::error::Error for Refusal {}

/// The rules of where webhooks go: public addresses, plus the ones the operator allowed, and
/// names pinned to addresses (`pin`, like curl's `--resolve`), checked like any other.
#[derive(Debug, Default)]
pub struct Policy {
    allowed: Vec<IpAddr>,
    pinned: RwLock<HashMap<String, Vec<IpAddr>>>,
}

impl Policy {
    /// Public addresses, and `allowed` besides.
    pub fn new(allowed: Vec<IpAddr>) -> Self {
        Policy { allowed, pinned: RwLock::default() }
    }

    /// Whether webhooks may go to `ip`.
    pub fn allows(&self, ip: IpAddr) -> bool {
        is_public(ip) || self.allowed.contains(&ip)
    }

    /// Makes `host` resolve to `addresses` from now on (checked like any resolved address).
    pub fn pin(&self, host: &str, addresses: Vec<IpAddr>) {
        self.pinned.write().expect("pinned names").insert(host.to_ascii_lowercase(), addresses);
    }

    /// The addresses of `host` (a name) that webhooks may go to: refused if any is not
    /// allowed (a name that points inside is refused whole, not tried elsewhere).
    pub async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, Refusal> {
        let pinned = self.pinned.read().expect("pinned names").get(&host.to_ascii_lowercase()).cloned();
        let addresses = match pinned {
            Some(addresses) => addresses,
            None => match tokio::time::timeout(RESOLVE_DEADLINE, tokio::net::lookup_host((host, 0))).await {
                Ok(Ok(found)) => found.map(|a| a.ip()).collect(),
                _ => Vec::new(),
            },
        };
        if addresses.is_empty() {
            return Err(Refusal::Unresolved(host.to_string()));
        }
        if let Some(address) = addresses.iter().find(|ip| !self.allows(**ip)) {
            return Err(Refusal::NotPublic { host: host.to_string(), address: *address });
        }
        Ok(addresses)
    }

    /// `text` as a webhook URL: `http` or `https`, a host, no user name or password, and an
    /// IP written in it allowed. A name is not resolved here (see [`Policy::check_resolved`]).
    pub fn check_url(&self, text: &str) -> Result<Url, Refusal> {
        let url = Url::parse(text.trim()).map_err(|_| Refusal::Url("is not a URL".into()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(Refusal::Url("must start with https:// (or http://)".into()));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Refusal::Url("must not contain a user name or password".into()));
        }
        let ip = match url.host() {
            None => return Err(Refusal::Url("has no host".into())),
            Some(Host::Domain(_)) => return Ok(url),
            Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
            Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
        };
        if self.allows(ip) { Ok(url) } else { Err(Refusal::NotPublic { host: ip.to_string(), address: ip }) }
    }

    /// [`Policy::check_url`], and a name resolved now (at registration: deliveries resolve
    /// again every time).
    pub async fn check_resolved(&self, text: &str) -> Result<Url, Refusal> {
        let url = self.check_url(text)?;
        if let Some(Host::Domain(name)) = url.host() {
            self.resolve(name).await?;
        }
        Ok(url)
    }
}

/// The connector's resolver: names go through [`Policy::resolve`].
#[derive(Debug, Clone)]
pub(crate) struct Resolver(pub Arc<Policy>);

impl tower_service::Service<Name> for Resolver {
    type Response = std::vec::IntoIter<SocketAddr>;
    type Error = io::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, io::Error>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), io::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, name: Name) -> Self::Future {
        let policy = self.0.clone();
        Box::pin(async move {
            let addresses = policy.resolve(name.as_str()).await.map_err(io::Error::other)?;
            Ok(addresses.into_iter().map(|ip| SocketAddr::new(ip, 0)).collect::<Vec<_>>().into_iter())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inside_addresses_are_not_public() {
        for inside in [
            "0.0.0.0",
            "10.1.2.3",
            "100.64.0.1",
            "127.0.0.1",
            "127.9.9.9",
            "169.254.169.254",
            "172.16.0.1",
            "172.31.255.255",
            "192.0.0.8",
            "192.0.2.1",
            "192.168.1.1",
            "198.18.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "2002:7f00:1::",
            "fc00::1",
            "fd00:ec2::254",
            "fe80::1",
            "ff02::1",
            "2001:db8::1",
        ] {
            assert!(!is_public(inside.parse().unwrap()), "{inside}");
        }
        for public in ["1.1.1.1", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:1.1.1.1"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn urls_name_a_host_over_http_without_credentials() {
        let policy = Policy::default();
        assert!(policy.check_url("https://hooks.example.org/failnight").is_ok());
        for (url, why) in [
            ("ftp://example.org/", "must start with https://"),
            ("https://user:pw@example.org/", "user name or password"),
            ("not a url", "is not a URL"),
            ("http://127.0.0.1:8080/", "127.0.0.1 is not a public address"),
            // The URL standard reads these as 127.0.0.1 and 10.0.0.1.
            ("http://2130706433/", "127.0.0.1 is not a public address"),
            ("http://0x0a.0.0.1/", "10.0.0.1 is not a public address"),
            ("http://[::1]/", "::1 is not a public address"),
        ] {
            let refused = policy.check_url(url).unwrap_err().to_string();
            assert!(refused.contains(why), "{url}: {refused}");
        }
        let allowing = Policy::new(vec!["127.0.0.1".parse().unwrap()]);
        assert!(allowing.check_url("http://127.0.0.1:8080/").is_ok());
        assert!(allowing.check_url("http://127.0.0.2:8080/").is_err());
    }

    #[tokio::test]
    async fn a_pinned_name_is_checked_like_a_resolved_one() {
        let policy = Policy::new(vec!["127.0.0.1".parse().unwrap()]);
        policy.pin("hooks.test", vec!["127.0.0.1".parse().unwrap()]);
        assert!(policy.check_resolved("http://hooks.test:9/").await.is_ok());
        policy.pin("hooks.test", vec!["169.254.169.254".parse().unwrap()]);
        let refused = policy.check_resolved("http://hooks.test:9/").await.unwrap_err().to_string();
        assert_eq!(refused, "hooks.test resolves to 169.254.169.254, not a public address");
    }
}
