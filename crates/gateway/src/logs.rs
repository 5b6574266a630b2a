//! What a request leaves in the logs: its method, its path with every token hidden, and (from
//! the trace layer) its status and latency. Many links are keys (tickets `/t/…`, speakers
//! `/s/…`, unsubscribes `/u/…`, feedback forms `/f/…`, sign-in links, check-in codes), and
//! logs are read by more people, and kept longer, than the database: a path reaches a log only through
//! [`redact_path`], and a query string never does (`?next=/check-in/…` holds a code).
//! Dependencies that log what we never would are kept quieter by [`dependency_allows`].

use axum::http::Request;
use tracing::{Level, Metadata, Span};

/// Dependencies whose detailed logs carry tokens, passwords or personal data, and the most
/// detailed level kept from each, whatever `FAILNIGHT_LOG` says: lettre's `debug` lines are
/// the SMTP conversation (the `AUTH` line with the password, every message with its links and
/// addresses); tower-http's CSRF layer `trace`s each request's raw path.
const QUIETER: [(&str, Level); 2] = [("lettre", Level::INFO), ("tower_http::csrf", Level::DEBUG)];

/// Whether an event or span may be logged at all: false for the quieted dependencies'
/// detailed lines. A filter for the log subscriber, beside `FAILNIGHT_LOG`.
pub fn dependency_allows(meta: &Metadata<'_>) -> bool {
    !QUIETER.iter().any(|(target, most)| meta.target().starts_with(target) && meta.level() > most)
}

/// Path prefixes whose next segment is a token or a code.
const TOKEN_AFTER: [&str; 7] = ["/t/", "/s/", "/u/", "/f/", "/host/sign-in/", "/check-in/", "/api/v1/tickets/"];

/// A segment this long, of the tokens' alphabet only, is hidden wherever it appears (every token
/// is 32 characters of base64url, `core::token`), so a new route with a token is covered before
/// anyone adds it to [`TOKEN_AFTER`].
const TOKEN_LIKE_LENGTH: usize = 32;

/// `path` with each token replaced by `{token}`: `/t/Zx…/cancel` → `/t/{token}/cancel`.
pub fn redact_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut start = 0;
    for (i, segment) in path.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        let secret = TOKEN_AFTER.contains(&&path[..start])
            || (segment.len() >= TOKEN_LIKE_LENGTH
                && segment.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        out.push_str(if secret && !segment.is_empty() { "{token}" } else { segment });
        start += segment.len() + 1;
    }
    out
}

/// The span of a request in the trace layer: method and redacted path, never the URI.
pub fn request_span<B>(request: &Request<B>) -> Span {
    tracing::debug_span!(
        "request",
        method = %request.method(),
        path = %redact_path(request.uri().path()),
        version = ?request.version(),
    )
}

#[cfg(test)]
mod tests {
    use super::redact_path;

    #[test]
    fn tokens_never_reach_a_log() {
        let token = "Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFy";
        for (path, shown) in [
            (format!("/t/{token}"), "/t/{token}"),
            (format!("/t/{token}/cancel"), "/t/{token}/cancel"),
            (format!("/s/{token}/export.json"), "/s/{token}/export.json"),
            ("/u/short".to_string(), "/u/{token}"),
            (format!("/f/{token}"), "/f/{token}"),
            (format!("/host/sign-in/{token}"), "/host/sign-in/{token}"),
            ("/check-in/abc".to_string(), "/check-in/{token}"),
            (format!("/api/v1/tickets/{token}/accept"), "/api/v1/tickets/{token}/accept"),
            (format!("//t/{token}"), "//t/{token}"),
            (format!("/somewhere/new/{token}"), "/somewhere/new/{token}"),
        ] {
            assert_eq!(redact_path(&path), shown);
        }
        for kept in ["/", "/e/42/rsvp", "/c/berlin/speak", "/host/sign-in", "/host/c/berlin/events/7", "/t/", ""] {
            assert_eq!(redact_path(kept), kept);
        }
    }
}
