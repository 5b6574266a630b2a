//! Rate limits kept in the database (fixed windows, `failnight_core::ratelimit`), so every
//! instance counts together. An address is always the client's ([`ClientIp`]: behind a trusted
//! proxy, from `X-Forwarded-For`), never the connection's, which behind a proxy is everyone's.
//! On by default; `FAILNIGHT_RATE_LIMITS=off` turns them off for load tests and benchmarks.

use failnight_core::ratelimit;

use crate::{AppState, client::ClientIp, error::AppError};

/// A limit: at most `hits` per `window_secs`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub name: &'static str,
    pub hits: i64,
    pub window_secs: i64,
}

/// Sign-in requests: per address, and per address and email. Not per email alone: then anyone
/// could lock a host out by asking for their links. Every request counts, whether or not a
/// link was sent, so the answer (and the 429) says nothing about who is a host.
pub const SIGN_IN_PER_IP: Limit = Limit { name: "sign-in-ip", hits: 10, window_secs: 600 };
pub const SIGN_IN_PER_EMAIL: Limit = Limit { name: "sign-in-email", hits: 5, window_secs: 3600 };
/// Public writes (RSVPs by form or API): per IP address and per email.
pub const PUBLIC_WRITE_PER_IP: Limit = Limit { name: "public-ip", hits: 30, window_secs: 60 };
pub const PUBLIC_WRITE_PER_EMAIL: Limit = Limit { name: "public-email", hits: 10, window_secs: 3600 };

/// Stories sent to a call: attempts per IP address (a burst is a script), and well-formed
/// stories per email (a form sent back with errors does not count against the speaker).
pub const STORY_PER_IP: Limit = Limit { name: "story-ip", hits: 20, window_secs: 3600 };
/// Its counter is deleted with the speaker's last story (`ratelimit::STORY_PER_EMAIL`).
pub const STORY_PER_EMAIL: Limit = Limit { name: ratelimit::STORY_PER_EMAIL, hits: 3, window_secs: 24 * 3600 };
/// Speakers' posts on their private page (edits, consent, answers).
/// Conduct reports from one client (an IP, or an IPv6 /64).
pub const REPORT_PER_IP: Limit = Limit { name: "report-ip", hits: 5, window_secs: 3600 };
pub const SPEAKER_PAGE_PER_IP: Limit = Limit { name: "speaker-ip", hits: 60, window_secs: 3600 };

/// Counts a hit on `limit` for `key` and refuses it (429) past the limit.
pub async fn check(state: &AppState, limit: Limit, key: &str) -> Result<(), AppError> {
    if !state.rate_limits {
        return Ok(());
    }
    let hits =
        ratelimit::hit(&state.db, &ratelimit::key(limit.name, key), limit.window_secs * 1000, state.clock.timestamp())
            .await?;
    if hits > limit.hits {
        return Err(AppError::TooManyRequests(limit.window_secs));
    }
    Ok(())
}

/// The limits of a public write (an RSVP): per address, and per email when one is given.
pub async fn public_write(state: &AppState, client: ClientIp, email: &str) -> Result<(), AppError> {
    check(state, PUBLIC_WRITE_PER_IP, &client.bucket().to_string()).await?;
    let email = email.trim();
    if !email.is_empty() {
        check(state, PUBLIC_WRITE_PER_EMAIL, email).await?;
    }
    Ok(())
}

/// The limit of a sign-in request per address and email (the per-address one comes first,
/// before the email is checked).
pub async fn sign_in(state: &AppState, client: ClientIp, email: &str) -> Result<(), AppError> {
    check(state, SIGN_IN_PER_EMAIL, &format!("{}:{}", client.bucket(), email.trim())).await
}

/// A limit per client address alone.
pub async fn per_client(state: &AppState, limit: Limit, client: ClientIp) -> Result<(), AppError> {
    check(state, limit, &client.bucket().to_string()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counters are pruned once the longest window is over: no limit may have a longer one.
    #[test]
    fn no_window_outlasts_the_pruning() {
        let all = [
            SIGN_IN_PER_IP,
            SIGN_IN_PER_EMAIL,
            PUBLIC_WRITE_PER_IP,
            PUBLIC_WRITE_PER_EMAIL,
            STORY_PER_IP,
            STORY_PER_EMAIL,
            SPEAKER_PAGE_PER_IP,
        ];
        for limit in all {
            assert!(limit.window_secs * 1000 <= ratelimit::LONGEST_WINDOW_MS, "{}", limit.name);
        }
    }
}
