//! Posting the webhooks' outbox (`failnight_core::webhooks`): each delivery signed with its
//! endpoint's secret, sent only to public addresses ([`address`]), within a deadline, its
//! outcome written under the claim's lease.
//!
//! A delivery is a `POST` of the event's JSON with `Content-Type: application/json` and
//! `Failnight-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed by the
//! secret>` (the scheme Stripe uses: a receiver recomputes it over the raw body and refuses a
//! `t` too old), plus `Failnight-Event-Id` and `Failnight-Event-Type`. Any 2xx answer
//! delivers it; anything else, or no answer within [`ATTEMPT_DEADLINE`], is a failed attempt
//! tried again later. Redirects 307 and 308 are followed (three at most), each checked like
//! the first URL; other redirects are failures (a POST is not turned into a GET).

pub mod address;

use std::{sync::Arc, time::Duration};

use failnight_core::{
    Clock, Db, Timestamp,
    webhooks::{self, Attempt, Due, Finished},
};
use hmac::{Hmac, Mac};
use http_body_util::{BodyExt, Full};
use hyper::{
    Request, StatusCode,
    body::Bytes,
    header::{CONTENT_TYPE, LOCATION, USER_AGENT},
};
use hyper_util::{
    client::legacy::{Client, connect::HttpConnector},
    rt::TokioExecutor,
};
use sha2::Sha256;

pub use address::{Policy, Refusal};

/// How long one attempt may take, redirects included: connecting, sending, the answer's head
/// and the start of its body.
pub const ATTEMPT_DEADLINE: Duration = Duration::from_secs(10);
/// How long connecting may take.
pub const CONNECT_DEADLINE: Duration = Duration::from_secs(5);
/// The most deliveries one pass claims (and posts at once).
pub const BATCH: i64 = 16;
/// A claim's lease: longer than an attempt, so a claim never runs out while it is posted.
pub const LEASE: Duration = Duration::from_secs(60);
/// How much of an answer's body is kept.
pub const RESPONSE_KEPT: usize = 1024;
/// Redirects followed at most.
pub const MAX_REDIRECTS: usize = 3;

/// The `Failnight-Signature` header of `payload` posted at `timestamp` (Unix seconds).
pub fn signature(secret: &str, timestamp: i64, payload: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload.as_bytes());
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("t={timestamp},v1={hex}")
}

type Https = hyper_rustls::HttpsConnector<HttpConnector<address::Resolver>>;

/// Posts due deliveries (see the crate's docs). One per process, run by the app's job.
#[derive(Clone)]
pub struct Deliverer {
    db: Db,
    clock: Arc<dyn Clock>,
    policy: Arc<Policy>,
    client: Client<Https, Full<Bytes>>,
}

impl std::fmt::Debug for Deliverer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Deliverer").field("policy", &self.policy).finish_non_exhaustive()
    }
}

/// What one pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Pass {
    pub claimed: usize,
    pub delivered: usize,
    pub retried: usize,
    pub failed: usize,
    /// Endpoints this pass paused (their owners are to be told).
    pub paused: Vec<i64>,
}

impl Deliverer {
    pub fn new(db: Db, clock: Arc<dyn Clock>, policy: Arc<Policy>) -> Self {
        let mut http = HttpConnector::new_with_resolver(address::Resolver(policy.clone()));
        http.enforce_http(false);
        http.set_connect_timeout(Some(CONNECT_DEADLINE));
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_webpki_roots()
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        let client = Client::builder(TokioExecutor::new()).build(https);
        Deliverer { db, clock, policy, client }
    }

    /// Where webhooks may go.
    pub fn policy(&self) -> &Arc<Policy> {
        &self.policy
    }

    /// Claims up to [`BATCH`] due deliveries, posts them at once and writes each outcome.
    pub async fn run_once(&self) -> Result<Pass, sqlx::Error> {
        let now = Timestamp::from_utc(self.clock.now());
        let (lease, due) = webhooks::claim(&self.db, BATCH, LEASE.as_millis() as i64, now).await?;
        let mut pass = Pass { claimed: due.len(), ..Pass::default() };
        let mut posts = tokio::task::JoinSet::new();
        for delivery in due {
            let this = self.clone();
            posts.spawn(async move {
                let attempt = this.attempt(&delivery).await;
                (delivery, attempt)
            });
        }
        while let Some(joined) = posts.join_next().await {
            let (delivery, attempt) = joined.expect("a webhook attempt does not panic");
            let now = Timestamp::from_utc(self.clock.now());
            let (finished, paused) = webhooks::finish(&self.db, &delivery, &lease, &attempt, now).await?;
            tracing::debug!(endpoint = delivery.endpoint_id, delivery = delivery.id, ?finished, status = ?attempt.status, "webhook attempt");
            match finished {
                Finished::Delivered => pass.delivered += 1,
                Finished::Retry(_) => pass.retried += 1,
                Finished::Failed => pass.failed += 1,
                Finished::Lost => {}
            }
            if paused {
                pass.paused.push(delivery.endpoint_id);
            }
        }
        Ok(pass)
    }

    /// One attempt at `delivery`, within [`ATTEMPT_DEADLINE`].
    async fn attempt(&self, delivery: &Due) -> Attempt {
        match tokio::time::timeout(ATTEMPT_DEADLINE, self.post(delivery)).await {
            Ok(attempt) => attempt,
            Err(_) => failure(None, format!("no answer within {} seconds", ATTEMPT_DEADLINE.as_secs())),
        }
    }

    async fn post(&self, delivery: &Due) -> Attempt {
        let mut url = match self.policy.check_url(&delivery.url) {
            Ok(url) => url,
            Err(refusal) => return failure(None, format!("refused: {refusal}")),
        };
        let timestamp = self.clock.now().timestamp();
        let signed = signature(&delivery.secret, timestamp, &delivery.payload);
        for _ in 0..=MAX_REDIRECTS {
            let request = Request::post(url.as_str())
                .header(CONTENT_TYPE, "application/json")
                .header(USER_AGENT, "failnight-webhooks/1")
                .header("failnight-signature", &signed)
                .header("failnight-event-id", &delivery.event_id)
                .header("failnight-event-type", delivery.kind.as_str())
                .body(Full::new(Bytes::from(delivery.payload.clone())));
            let request = match request {
                Ok(request) => request,
                Err(error) => return failure(None, format!("refused: {error}")),
            };
            let response = match self.client.request(request).await {
                Ok(response) => response,
                Err(error) => return failure(None, chain(&error)),
            };
            let status = response.status();
            if matches!(status, StatusCode::TEMPORARY_REDIRECT | StatusCode::PERMANENT_REDIRECT) {
                let next =
                    response.headers().get(LOCATION).and_then(|l| l.to_str().ok()).and_then(|l| url.join(l).ok());
                match next.map(|next| self.policy.check_url(next.as_str())) {
                    Some(Ok(next)) => {
                        url = next;
                        continue;
                    }
                    Some(Err(refusal)) => {
                        return failure(Some(status), format!("redirect refused: {refusal}"));
                    }
                    None => return failure(Some(status), "a redirect without a usable Location".into()),
                }
            }
            let body = start_of(response.into_body()).await;
            return match status {
                s if s.is_success() => Attempt { status: Some(s.as_u16().into()), response: Some(body), error: None },
                s if s.is_redirection() => Attempt {
                    status: Some(s.as_u16().into()),
                    response: Some(body),
                    error: Some(format!("redirected with {s}: only 307 and 308 are followed")),
                },
                s => Attempt {
                    status: Some(s.as_u16().into()),
                    response: Some(body),
                    error: Some(format!("answered {s}")),
                },
            };
        }
        failure(None, format!("more than {MAX_REDIRECTS} redirects"))
    }
}

fn failure(status: Option<StatusCode>, error: String) -> Attempt {
    Attempt { status: status.map(|s| s.as_u16().into()), response: None, error: Some(error) }
}

/// An error with its causes, `: `-separated (the resolver's refusal is a cause of the
/// client's connection error).
fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause_error) = source {
        let cause = cause_error.to_string();
        if !text.contains(&cause) {
            text = format!("{text}: {cause}");
        }
        source = cause_error.source();
    }
    text
}

/// The first [`RESPONSE_KEPT`] bytes of `body`, as text; the rest is not read.
async fn start_of(mut body: hyper::body::Incoming) -> String {
    let mut kept = Vec::new();
    while kept.len() < RESPONSE_KEPT {
        match body.frame().await {
            Some(Ok(frame)) => {
                if let Some(data) = frame.data_ref() {
                    kept.extend_from_slice(&data[..data.len().min(RESPONSE_KEPT - kept.len())]);
                }
            }
            _ => break,
        }
    }
    String::from_utf8_lossy(&kept).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_stripe_s_scheme() {
        // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assert_eq!(
            signature("whsec_test", 1_700_000_000, r#"{"a":1}"#),
            "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789"
        );
    }
}
