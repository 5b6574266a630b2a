//! Who sent a request. Behind a reverse proxy every connection comes from the proxy, so a limit
//! keyed on the connection's address is one bucket for the whole site. The client's address is
//! therefore read from `X-Forwarded-For`, but only when the connection comes from a proxy we
//! trust (`FAILNIGHT_TRUSTED_PROXIES`); anyone else's header is ignored, so a made-up header
//! cannot dodge a limit. [`ClientIp`] is what every per-address limit keys on, and
//! [`in_flight`] bounds how many requests one client has in the server at once.

use std::{
    collections::HashMap,
    net::{IpAddr, Ipv6Addr, SocketAddr},
    str::FromStr,
    sync::Mutex,
};

use axum::{
    extract::{ConnectInfo, FromRequestParts, Request, State},
    http::{HeaderMap, request::Parts},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::{AppState, error::AppError};

/// Requests one client may have in the server at once (reading their body, waiting for a
/// write turn, or being handled); past it, 429 at once. Browsers open six connections per
/// site; this leaves room for many people behind one address (an office, a phone carrier's
/// NAT) while one script cannot take every write turn.
pub const MAX_IN_FLIGHT_PER_CLIENT: usize = 32;

/// A network: an address and how many leading bits of it count (`10.0.0.0/8`, `::1/128`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    addr: IpAddr,
    prefix: u8,
}

impl FromStr for Cidr {
    type Err = String;

    /// `ADDRESS/PREFIX`, or a single address (the whole prefix).
    fn from_str(text: &str) -> Result<Self, String> {
        let (addr, prefix) = match text.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (text, None),
        };
        let addr: IpAddr =
            addr.parse().map_err(|_| format!("{text:?} is not a network like 10.0.0.0/8 or an address"))?;
        let addr = addr.to_canonical();
        let bits = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => bits,
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= bits)
                .ok_or_else(|| format!("{text:?}: the prefix length must be a number from 0 to {bits}"))?,
        };
        Ok(Cidr { addr, prefix })
    }
}

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                same_prefix(net.to_bits().into(), ip.to_bits().into(), self.prefix, 32)
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => same_prefix(net.to_bits(), ip.to_bits(), self.prefix, 128),
            _ => false,
        }
    }
}

/// Whether the first `prefix` of the `bits` low bits of `a` and `b` agree.
fn same_prefix(a: u128, b: u128, prefix: u8, bits: u8) -> bool {
    prefix == 0 || (a ^ b) >> (bits - prefix) == 0
}

/// The proxies whose `X-Forwarded-For` is believed (empty: nobody's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Cidr>);

impl TrustedProxies {
    /// A comma-separated list of networks; empty means none.
    pub fn parse(list: &str) -> Result<Self, String> {
        list.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::parse).collect::<Result<_, _>>().map(Self)
    }

    pub fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(ip))
    }

    /// The client of a request that reached us from `peer` with `headers`: `peer` itself unless
    /// it is a trusted proxy; then the rightmost address of `X-Forwarded-For` that is not a
    /// trusted proxy (each proxy appends the address it was reached from, so everything left of
    /// the first untrusted one was written by the client and proves nothing). An entry that is
    /// not an address stops the walk at the last trusted hop; when every hop is trusted, the
    /// leftmost one is the client.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.trusts(client) {
            return client;
        }
        let hops: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect();
        for hop in hops.into_iter().rev() {
            let Some(ip) = parse_hop(hop) else { return client };
            client = ip;
            if !self.trusts(ip) {
                return ip;
            }
        }
        client
    }
}

/// An address as proxies write it: `203.0.113.7`, `2001:db8::1`, or with a port.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>().or_else(|_| hop.parse::<SocketAddr>().map(|s| s.ip())).ok().map(|ip| ip.to_canonical())
}

/// The client's address (see [`TrustedProxies::client`]): what every per-address limit keys on,
/// through [`ClientIp::bucket`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

impl ClientIp {
    /// What limits count: an IPv4 address, or an IPv6 address's /64, which is what one
    /// subscriber is given (changing addresses within it gains nothing).
    pub fn bucket(&self) -> IpAddr {
        match self.0 {
            IpAddr::V4(_) => self.0,
            IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from_bits(v6.to_bits() & (u128::MAX << 64))),
        }
    }

    fn of(state: &AppState, parts: &Parts) -> Result<Self, AppError> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the server did not record the peer's address")))?;
        Ok(ClientIp(state.trusted_proxies.client(peer.0.ip(), &parts.headers)))
    }
}

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if let Some(client) = parts.extensions.get::<ClientIp>() {
            return Ok(*client);
        }
        Self::of(state, parts)
    }
}

/// Requests in the server per client (only clients with one in flight are kept).
#[derive(Debug, Default)]
pub struct InFlight(Mutex<HashMap<IpAddr, usize>>);

/// A request's place in [`InFlight`], given back when it is dropped.
struct Place<'a>(&'a InFlight, IpAddr);

impl InFlight {
    fn enter(&self, client: IpAddr) -> Option<Place<'_>> {
        let mut counts = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let count = counts.entry(client).or_default();
        if *count >= MAX_IN_FLIGHT_PER_CLIENT {
            return None;
        }
        *count += 1;
        Some(Place(self, client))
    }
}

impl Drop for Place<'_> {
    fn drop(&mut self) {
        let mut counts = self.0.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(count) = counts.get_mut(&self.1) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.1);
            }
        }
    }
}

/// Finds the client (kept in the request for [`ClientIp`]) and, with rate limits on, holds its
/// place among its requests in flight for as long as the request is in the server; past
/// [`MAX_IN_FLIGHT_PER_CLIENT`] it answers 429 without reading the body.
pub async fn in_flight(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let client = match ClientIp::of(&state, &parts) {
        Ok(client) => client,
        Err(error) => return error.into_response(),
    };
    parts.extensions.insert(client);
    let request = Request::from_parts(parts, body);
    if !state.rate_limits {
        return next.run(request).await;
    }
    let Some(_place) = state.in_flight.enter(client.bucket()) else {
        return crate::error::answer(request.uri().path(), AppError::TooManyRequests(1));
    };
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in xff {
            headers.append("x-forwarded-for", value.parse().unwrap());
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn networks_parse_and_match() {
        let net: Cidr = "10.0.0.0/8".parse().unwrap();
        assert!(net.contains(ip("10.200.3.4")) && !net.contains(ip("11.0.0.1")));
        assert!(net.contains(ip("::ffff:10.1.1.1")), "IPv4-mapped IPv6 is the IPv4 address");
        let one: Cidr = "192.0.2.7".parse().unwrap();
        assert!(one.contains(ip("192.0.2.7")) && !one.contains(ip("192.0.2.8")));
        let v6: Cidr = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:1::5")) && !v6.contains(ip("2001:db9::1")) && !v6.contains(ip("10.0.0.1")));
        let all: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains(ip("203.0.113.1")));
        for bad in ["10.0.0.0/33", "nonsense", "10.0.0/8", "::1/129", "10.0.0.0/-1", "10.0.0.0/"] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
        assert_eq!(TrustedProxies::parse(" , ").unwrap(), TrustedProxies::default());
        assert!(TrustedProxies::parse("10.0.0.0/8, fd00::/8").unwrap().trusts(ip("fd00::1")));
        assert!(TrustedProxies::parse("10.0.0.0/8,x").is_err());
    }

    #[test]
    fn the_client_is_the_rightmost_untrusted_hop() {
        let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
        let proxy = ip("10.0.0.2");
        assert_eq!(proxies.client(proxy, &headers(&["203.0.113.9"])), ip("203.0.113.9"));
        // The client wrote the leftmost entries itself: only the rightmost untrusted one counts.
        assert_eq!(proxies.client(proxy, &headers(&["1.2.3.4, 203.0.113.9"])), ip("203.0.113.9"));
        assert_eq!(proxies.client(proxy, &headers(&["1.2.3.4", "203.0.113.9, 10.0.0.7"])), ip("203.0.113.9"));
        // Nobody else's header is believed.
        assert_eq!(proxies.client(ip("198.51.100.1"), &headers(&["203.0.113.9"])), ip("198.51.100.1"));
        assert_eq!(TrustedProxies::default().client(proxy, &headers(&["203.0.113.9"])), proxy);
        // No header, garbage, all trusted.
        assert_eq!(proxies.client(proxy, &headers(&[])), proxy);
        assert_eq!(proxies.client(proxy, &headers(&["1.2.3.4, unknown"])), proxy);
        assert_eq!(proxies.client(proxy, &headers(&["unknown, 10.0.0.9"])), ip("10.0.0.9"));
        assert_eq!(proxies.client(proxy, &headers(&["10.0.0.5, 10.0.0.9"])), ip("10.0.0.5"));
        assert_eq!(proxies.client(proxy, &headers(&["[2001:db8::1]:4711"])), ip("2001:db8::1"));
        assert_eq!(proxies.client(ip("::ffff:10.0.0.2"), &headers(&["203.0.113.9"])), ip("203.0.113.9"));
    }

    #[test]
    fn an_ipv6_client_is_its_subscriber_network() {
        assert_eq!(ClientIp(ip("2001:db8:1:2:aaaa::1")).bucket(), ip("2001:db8:1:2::"));
        assert_eq!(ClientIp(ip("2001:db8:1:2:bbbb::9")).bucket(), ip("2001:db8:1:2::"));
        assert_ne!(ClientIp(ip("2001:db8:1:3::1")).bucket(), ip("2001:db8:1:2::"));
        assert_eq!(ClientIp(ip("203.0.113.9")).bucket(), ip("203.0.113.9"));
    }

    #[test]
    fn a_client_has_a_bounded_number_of_places() {
        let in_flight = InFlight::default();
        let places: Vec<_> = (0..MAX_IN_FLIGHT_PER_CLIENT).map(|_| in_flight.enter(ip("192.0.2.1")).unwrap()).collect();
        assert!(in_flight.enter(ip("192.0.2.1")).is_none());
        assert!(in_flight.enter(ip("192.0.2.2")).is_some(), "others are not held up");
        drop(places);
        assert!(in_flight.0.lock().unwrap().is_empty(), "nothing kept for clients with nothing in flight");
        assert!(in_flight.enter(ip("192.0.2.1")).is_some());
    }
}
