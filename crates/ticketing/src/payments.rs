//! Paid tickets: holds while a Stripe Checkout Session is open, the webhook's effects
//! (exactly once per Stripe event id, in any order), and refunds.
//!
//! The network edge is the [`Payments`] trait (implemented over async-stripe in
//! [`crate::stripe`], and by a fake server in tests). Calls to Stripe never run inside a
//! database transaction: a hold is committed first and the session created after (a failure
//! releases the hold); refunds are rows written in the transaction that decides them and
//! sent by [`pending_refunds`] + [`mark_refund`] afterwards, with the refund row's id as
//! Stripe's idempotency key, so a crash or retry never refunds twice.

use std::{future::Future, net::IpAddr, pin::Pin};

use chrono::{DateTime, Utc};
use failnight_core::{Db, Message, Timestamp, Tx, with_db, with_tx};
use failnight_scheduling::events::bookable;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::{
    TicketingError,
    rsvps::{self, COLUMNS, NewRsvp, Rsvp, RsvpStatus},
    seats::{self, Pool},
    settings,
    tickets::{self, TicketKind},
    waitlist::{self, CancelReason, Promotion},
};

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A Checkout Session to open for one ticket.
#[derive(Debug, Clone)]
pub struct CheckoutRequest {
    pub rsvp_id: i64,
    pub product: String,
    pub amount: i64,
    pub quantity: i64,
    pub currency: String,
    pub email: String,
    pub success_url: String,
    pub cancel_url: String,
    /// Unix seconds; Stripe expires the session then (at least 30 minutes ahead).
    pub expires_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutSession {
    pub id: String,
    /// Where the buyer pays.
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundResult {
    pub id: String,
    pub status: String,
}

/// The payment provider, as the service needs it.
pub trait Payments: Send + Sync + std::fmt::Debug {
    fn create_checkout<'a>(&'a self, request: &'a CheckoutRequest) -> BoxFuture<'a, Result<CheckoutSession, String>>;
    /// Refunds `amount` of a payment; `key` makes a retried call the same refund.
    fn refund<'a>(
        &'a self,
        payment_intent: &'a str,
        amount: i64,
        key: &'a str,
    ) -> BoxFuture<'a, Result<RefundResult, String>>;
    fn webhook_secret(&self) -> &str;
    fn publishable_key(&self) -> &str;
}

/// How long a Checkout Session (and so its hold) lasts: Stripe's shortest session is 30
/// minutes *after it creates it*, so we ask for a minute more than that.
pub const HOLD_MINUTES: i64 = 31;
/// Extra time after a session's expiry before the hold is released by the clock alone (the
/// `checkout.session.expired` webhook usually releases it first).
pub const HOLD_GRACE_MINUTES: i64 = 5;

/// The most seats one client may hold for payment on one night at a time (holds by a host's
/// approval or a waitlist offer do not count). Two: a person buying for themselves and for a
/// friend on another email; a script can no longer hold every paid seat of a night. People
/// behind one address (an office, a campus) share the two, but only while checkouts are open:
/// a hold ends within [`HOLD_MINUTES`] (plus grace) or when paid.
pub const MAX_OPEN_HOLDS_PER_CLIENT: i64 = 2;

/// The client of a hold as the cap counts it: the night and the client's network, hashed.
/// An IPv6 client is its /64 (what one subscriber is given, so rotating addresses within it
/// gains nothing); an IPv4 client, or an IPv4-mapped IPv6 one, its address.
pub fn hold_client(event_id: i64, client: IpAddr) -> String {
    let network = match client {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    };
    failnight_core::token::hash_token(&format!("hold:{event_id}:{network}"))
}

/// A buyer's request for a paid ticket.
#[derive(Debug, Clone, Default)]
pub struct NewPurchase {
    pub rsvp: NewRsvp,
    pub ticket_type_id: i64,
    /// For pay what you want, in minor units.
    pub amount: Option<i64>,
}

/// What starting a purchase did.
#[derive(Debug, Clone)]
pub struct Started {
    pub rsvp: Rsvp,
    pub created: bool,
    /// The seat is held for a checkout (else: waitlisted, pending, or existing).
    pub held: bool,
    pub waitlist_position: Option<i64>,
}

/// Takes a hold for a paid ticket (or a waitlist place when full). The caller then opens the
/// Checkout Session outside the transaction and records it with [`attach_session`].
///
/// `client` ([`hold_client`]) may hold at most [`MAX_OPEN_HOLDS_PER_CLIENT`] seats of the night
/// at once; the count is taken under the night's lock, and before the email is looked up, so
/// the refusal is the same whoever's email was typed.
pub async fn start_purchase(
    tx: &mut Tx,
    event_id: i64,
    new: &NewPurchase,
    client: &str,
    hold_until: Timestamp,
    now: DateTime<Utc>,
) -> Result<Started, TicketingError> {
    let stamp = Timestamp::from_utc(now);
    let settings = settings::for_event_tx(tx, event_id).await?;
    let person = rsvps::validate(&new.rsvp, settings.max_plus_ones)?;
    let night = bookable(tx, event_id).await?.ok_or(TicketingError::NotFound)?;
    if let Some(reason) = night.refusal(stamp) {
        return Err(TicketingError::Closed(reason));
    }
    let ticket = tickets::get(&mut *tx, new.ticket_type_id)
        .await?
        .filter(|t| t.event_id == event_id)
        .ok_or_else(|| failnight_core::Invalid::field("ticket_type_id", "error-no-ticket-type"))?;
    if ticket.kind() == TicketKind::Free {
        return Err(failnight_core::Invalid::field("ticket_type_id", "error-ticket-free").into());
    }
    let amount = ticket.amount(new.amount).map_err(|m| failnight_core::Invalid::field("amount", m))?;
    let counter = seats::lock_get(tx, event_id).await?.ok_or(TicketingError::NotFound)?;
    if !counter.approval && open_holds(tx, event_id, client).await? >= MAX_OPEN_HOLDS_PER_CLIENT {
        return Err(TicketingError::conflict(
            "too_many_holds",
            Message::new("error-too-many-holds").arg("count", MAX_OPEN_HOLDS_PER_CLIENT).arg("minutes", HOLD_MINUTES),
        ));
    }
    if let Some(rsvp) = rsvps::find_by_email(tx, event_id, &person.email).await? {
        return Ok(Started { rsvp, created: false, held: false, waitlist_position: None });
    }
    let queue = counter.waitlisted;
    let seats_needed = 1 + person.plus_ones;
    let status = if counter.approval {
        RsvpStatus::Pending
    } else if queue == 0 && seats::take(tx, event_id, Pool::Held, seats_needed).await? {
        RsvpStatus::Held
    } else {
        RsvpStatus::Waitlisted
    };
    let rsvp = rsvps::insert(tx, event_id, &person, status, Some((ticket.id, amount, &ticket.currency)), stamp).await?;
    let rsvp = if status == RsvpStatus::Held { set_hold(tx, rsvp.id, hold_until, client).await? } else { rsvp };
    let waitlist_position =
        if status == RsvpStatus::Waitlisted { Some(seats::waitlisted_tx(tx, event_id).await?) } else { None };
    Ok(Started { rsvp, created: true, held: status == RsvpStatus::Held, waitlist_position })
}

async fn set_hold(tx: &mut Tx, id: i64, until: Timestamp, client: &str) -> Result<Rsvp, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "UPDATE rsvps SET hold_expires_at = $2, hold_client = $3 WHERE id = $1 RETURNING {COLUMNS}"
    )))
    .bind(id)
    .bind(until)
    .bind(client)
    .fetch_one(&mut *c)
    .await)
}

/// Seats `client` holds for payment on the night now (call under the night's lock).
async fn open_holds(tx: &mut Tx, event_id: i64, client: &str) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'held' AND hold_client = $2"
    )
    .bind(event_id)
    .bind(client)
    .fetch_one(&mut *c)
    .await)
}

/// Records the open Checkout Session of a held ticket and where its page is.
pub async fn attach_session(tx: &mut Tx, rsvp_id: i64, session_id: &str, url: &str) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("UPDATE rsvps SET checkout_session_id = $2, checkout_url = $3 WHERE id = $1")
        .bind(rsvp_id)
        .bind(session_id)
        .bind(url)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// A webhook's effect, for the caller's emails.
#[derive(Debug, Clone)]
pub enum Applied {
    /// This Stripe event id was processed before: nothing done.
    Replay,
    /// Nothing to do for this event (unknown type or session, or already in that state).
    Ignored,
    /// Paid: the seat is confirmed.
    Confirmed(Rsvp),
    /// Paid after the hold was gone and no seat was left: refunded in full.
    PaidTooLate(Rsvp),
    /// The session expired unpaid; the seat went on.
    Released { rsvp: Rsvp, promotions: Vec<Promotion> },
    /// A refund Stripe reported.
    Refunded(Rsvp),
}

/// The parts of a Stripe event we read.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct StripeEvent {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub data: StripeEventData,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct StripeEventData {
    pub object: serde_json::Value,
}

/// Why a webhook was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    #[error("the Stripe-Signature header is missing or malformed")]
    Malformed,
    #[error("the signature's timestamp is outside the tolerance")]
    Stale,
    #[error("no signature matches")]
    Mismatch,
    #[error("the payload is not a Stripe event")]
    Payload,
}

/// Seconds a signature's timestamp may be off.
pub const WEBHOOK_TOLERANCE_SECS: i64 = 300;

/// Verifies `Stripe-Signature: t=…,v1=…[,v1=…]` over the raw body exactly as Stripe signs:
/// HMAC-SHA256(secret, "{t}.{payload}"), hex; compared in constant time; `t` within 5 minutes
/// of `now`.
pub fn verify_signature(payload: &[u8], header: &str, secret: &str, now: DateTime<Utc>) -> Result<(), WebhookError> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => timestamp = t.parse::<i64>().ok(),
            Some(("v1", v)) => signatures.push(decode_hex(v).ok_or(WebhookError::Malformed)?),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(WebhookError::Malformed)?;
    if signatures.is_empty() {
        return Err(WebhookError::Malformed);
    }
    if (now.timestamp() - timestamp).abs() > WEBHOOK_TOLERANCE_SECS {
        return Err(WebhookError::Stale);
    }
    for signature in signatures {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).map_err(|_| WebhookError::Malformed)?;
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(payload);
        if mac.verify_slice(&signature).is_ok() {
            return Ok(());
        }
    }
    Err(WebhookError::Mismatch)
}

/// The header Stripe would send for `payload` at `t` (tests and the fake server sign with it).
pub fn sign(payload: &[u8], secret: &str, t: i64) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload);
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("t={t},v1={hex}")
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || text.len() > 128 {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

pub fn parse_event(payload: &[u8]) -> Result<StripeEvent, WebhookError> {
    serde_json::from_slice(payload).map_err(|_| WebhookError::Payload)
}

async fn by_session(tx: &mut Tx, session_id: &str) -> Result<Option<Rsvp>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE checkout_session_id = $1"
    )))
    .bind(session_id)
    .fetch_optional(&mut *c)
    .await)
}

/// Applies a verified Stripe event, once per event id (recorded in the same transaction).
pub async fn apply_event(tx: &mut Tx, event: &StripeEvent, now: DateTime<Utc>) -> Result<Applied, TicketingError> {
    let stamp = Timestamp::from_utc(now);
    let fresh = with_tx!(tx, |c| sqlx::query(
        "INSERT INTO stripe_events (id, type, received_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING"
    )
    .bind(&event.id)
    .bind(&event.kind)
    .bind(stamp)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected() == 1))?;
    if !fresh {
        return Ok(Applied::Replay);
    }
    let object = &event.data.object;
    let text = |key: &str| object.get(key).and_then(|v| v.as_str()).map(str::to_string);
    match event.kind.as_str() {
        "checkout.session.completed" | "checkout.session.async_payment_succeeded" => {
            if event.kind == "checkout.session.completed" && text("payment_status").as_deref() != Some("paid") {
                return Ok(Applied::Ignored);
            }
            let Some(session) = text("id") else { return Ok(Applied::Ignored) };
            let Some(rsvp) = by_session(tx, &session).await? else { return Ok(Applied::Ignored) };
            completed(tx, rsvp, text("payment_intent"), stamp).await
        }
        "checkout.session.expired" => {
            let Some(session) = text("id") else { return Ok(Applied::Ignored) };
            let Some(rsvp) = by_session(tx, &session).await? else { return Ok(Applied::Ignored) };
            if rsvp.status() != RsvpStatus::Held {
                return Ok(Applied::Ignored);
            }
            let cancelled = waitlist::cancel(tx, rsvp.id, CancelReason::HoldExpired, now).await?;
            Ok(Applied::Released { rsvp: cancelled.rsvp, promotions: cancelled.promotions })
        }
        "charge.refunded" => {
            let (Some(intent), Some(refunded)) =
                (text("payment_intent"), object.get("amount_refunded").and_then(|v| v.as_i64()))
            else {
                return Ok(Applied::Ignored);
            };
            let updated: Option<Rsvp> = with_tx!(tx, |c| {
                sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
                "UPDATE rsvps SET refunded_amount = $2 WHERE payment_intent = $1 AND refunded_amount < $2 RETURNING {COLUMNS}"
            )))
            .bind(&intent)
            .bind(refunded)
            .fetch_optional(&mut *c)
            .await
            })?;
            Ok(updated.map_or(Applied::Ignored, Applied::Refunded))
        }
        _ => Ok(Applied::Ignored),
    }
}

async fn completed(
    tx: &mut Tx,
    rsvp: Rsvp,
    payment_intent: Option<String>,
    stamp: Timestamp,
) -> Result<Applied, TicketingError> {
    seats::lock(tx, rsvp.event_id).await?;
    let rsvp = rsvps::get(&mut *tx, rsvp.id).await?.ok_or(TicketingError::NotFound)?;
    match rsvp.status() {
        RsvpStatus::Held => {
            seats::convert(tx, rsvp.event_id, Pool::Held, Pool::Confirmed, rsvp.seats()).await?;
            Ok(Applied::Confirmed(
                mark_paid(tx, rsvp.id, RsvpStatus::Confirmed, payment_intent.as_deref(), stamp).await?,
            ))
        }
        // The hold ran out (clock or expiry webhook first) but the payment went through: the
        // seat is theirs if one is free, unless they booked again meanwhile (then that booking
        // stands and this payment is refunded).
        RsvpStatus::Cancelled if rsvp.paid_at.is_none() => {
            let rebooked = rsvps::find_by_email(tx, rsvp.event_id, &rsvp.email).await?.is_some();
            if !rebooked && seats::take(tx, rsvp.event_id, Pool::Confirmed, rsvp.seats()).await? {
                Ok(Applied::Confirmed(
                    mark_paid(tx, rsvp.id, RsvpStatus::Confirmed, payment_intent.as_deref(), stamp).await?,
                ))
            } else {
                let after = mark_paid(tx, rsvp.id, RsvpStatus::Cancelled, payment_intent.as_deref(), stamp).await?;
                queue_refund(tx, &after, after.amount.unwrap_or(0) * after.seats(), "paid_after_hold", stamp).await?;
                Ok(Applied::PaidTooLate(after))
            }
        }
        _ => Ok(Applied::Ignored),
    }
}

async fn mark_paid(
    tx: &mut Tx,
    id: i64,
    status: RsvpStatus,
    intent: Option<&str>,
    stamp: Timestamp,
) -> Result<Rsvp, sqlx::Error> {
    let paid = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "UPDATE rsvps SET status = $2, paid_at = $3, payment_intent = $4, hold_expires_at = NULL, hold_client = NULL,
                          checkout_url = NULL, updated_at = $3
         WHERE id = $1 RETURNING {COLUMNS}"
    )))
    .bind(id)
    .bind(status.as_str())
    .bind(stamp)
    .bind(intent)
    .fetch_one(&mut *c)
    .await)?;
    rsvps::announce(tx, std::slice::from_ref(&paid), stamp).await?;
    Ok(paid)
}

/// Queues a refund of `amount` for a paid ticket (sent after commit). Does nothing for an
/// unpaid ticket or a zero amount.
pub async fn queue_refund(
    tx: &mut Tx,
    rsvp: &Rsvp,
    amount: i64,
    reason: &str,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    if rsvp.payment_intent.is_none() || amount <= 0 {
        return Ok(false);
    }
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO refunds (rsvp_id, amount, reason, status, created_at) VALUES ($1, $2, $3, 'pending', $4)"
    )
    .bind(rsvp.id)
    .bind(amount)
    .bind(reason)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| true))
}

/// The full price paid for a ticket (all its seats).
pub fn paid_total(rsvp: &Rsvp) -> i64 {
    if rsvp.paid_at.is_some() { rsvp.amount.unwrap_or(0) * rsvp.seats() - rsvp.refunded_amount } else { 0 }
}

/// Why a guest who cancels a paid ticket is not refunded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoRefund {
    /// The night refunds nothing to guests who cancel (`seat_counts.attendee_refund = none`).
    Policy,
    /// Cancelled less than the chapter's `refund_cutoff_hours` (this many) before the night.
    Cutoff(i64),
}

/// What a guest who cancels gets back of the `owed` amount they paid: all of it, unless the
/// night refunds nothing or the chapter's cut-off (hours before the start) has passed. Hosts
/// who cancel a guest refund in full whatever this says. The one rule, for the API and the
/// pages alike (both cancel through the same use case).
pub fn guest_refund(
    owed: i64,
    policy: seats::AttendeeRefund,
    cutoff_hours: i64,
    starts_at: Timestamp,
    now: Timestamp,
) -> Result<i64, NoRefund> {
    if policy == seats::AttendeeRefund::Nothing {
        return Err(NoRefund::Policy);
    }
    if now.0 >= starts_at.0.saturating_sub(cutoff_hours.saturating_mul(3_600_000)) {
        return Err(NoRefund::Cutoff(cutoff_hours));
    }
    Ok(owed)
}

/// A refund to send.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PendingRefund {
    pub id: i64,
    pub rsvp_id: i64,
    pub amount: i64,
    pub payment_intent: String,
    /// How many times Stripe did not take it.
    pub attempts: i64,
}

/// Refunds due to be sent now: pending, and past the pause after a failed attempt.
pub async fn pending_refunds(db: &Db, now: Timestamp, limit: i64) -> Result<Vec<PendingRefund>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, PendingRefund>(
        "SELECT f.id, f.rsvp_id, f.amount, r.payment_intent, f.attempts FROM refunds f JOIN rsvps r ON r.id = f.rsvp_id
         WHERE f.status = 'pending' AND r.payment_intent IS NOT NULL
           AND (f.next_attempt_at IS NULL OR f.next_attempt_at <= $1)
         ORDER BY f.id LIMIT $2"
    )
    .bind(now)
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// The pause after the `attempts`-th failure: one minute, doubling, at most six hours.
pub fn refund_retry_delay(attempts: i64) -> chrono::Duration {
    chrono::Duration::minutes(1i64 << attempts.clamp(1, 16).saturating_sub(1)).min(chrono::Duration::hours(6))
}

/// Stripe did not take a refund: it stays pending, tried again after a growing pause, and
/// what Stripe said is kept for the hosts.
pub async fn refund_failed(db: &Db, refund: &PendingRefund, error: &str, now: Timestamp) -> Result<(), sqlx::Error> {
    let attempts = refund.attempts + 1;
    let next = Timestamp(now.0 + refund_retry_delay(attempts).num_milliseconds());
    let error: String = error.chars().take(500).collect();
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |c| sqlx::query(
        "UPDATE refunds SET attempts = $2, next_attempt_at = $3, last_error = $4 WHERE id = $1 AND status = 'pending'"
    )
    .bind(refund.id)
    .bind(attempts)
    .bind(next)
    .bind(&error)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    tx.commit().await
}

/// A refund of a night that Stripe has not taken yet, for the hosts' page.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StuckRefund {
    pub name: String,
    pub email: String,
    pub amount: i64,
    pub currency: Option<String>,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub next_attempt_at: Option<Timestamp>,
}

/// The night's refunds that failed at least once and are still to be sent.
pub async fn stuck_refunds(db: &Db, event_id: i64) -> Result<Vec<StuckRefund>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, StuckRefund>(
        "SELECT r.name, r.email, f.amount, r.currency, f.attempts, f.last_error, f.next_attempt_at
         FROM refunds f JOIN rsvps r ON r.id = f.rsvp_id
         WHERE r.event_id = $1 AND f.status = 'pending' AND f.attempts > 0 ORDER BY f.id"
    )
    .bind(event_id)
    .fetch_all(e)
    .await)
}

/// Records Stripe's answer to a refund (`status` is Stripe's, or `failed: …`).
pub async fn mark_refund(
    tx: &mut Tx,
    refund: &PendingRefund,
    stripe_id: Option<&str>,
    status: &str,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "UPDATE refunds SET stripe_id = $2, status = $3 WHERE id = $1 AND status = 'pending'"
    )
    .bind(refund.id)
    .bind(stripe_id)
    .bind(status)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    if stripe_id.is_some() {
        with_tx!(tx, |c| sqlx::query("UPDATE rsvps SET refunded_amount = refunded_amount + $2 WHERE id = $1")
            .bind(refund.rsvp_id)
            .bind(refund.amount)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    Ok(())
}

/// Paid tickets of a night with money still to give back (for cancelling the whole night).
pub async fn paid_of_event_tx(tx: &mut Tx, event_id: i64) -> Result<Vec<Rsvp>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 AND paid_at IS NOT NULL AND payment_intent IS NOT NULL
         ORDER BY id"
    )))
    .bind(event_id)
    .fetch_all(&mut *c)
    .await)
}

/// Whether a refund for this RSVP is queued or sent already.
pub async fn has_refund_tx(tx: &mut Tx, rsvp_id: i64) -> Result<bool, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM refunds WHERE rsvp_id = $1")
        .bind(rsvp_id)
        .fetch_one(&mut *c)
        .await
        .map(|n| n > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guests_are_refunded_until_the_cutoff() {
        use seats::AttendeeRefund::{Full, Nothing};
        let start = Timestamp(100 * 3_600_000);
        let at = |hours_before: i64| Timestamp(start.0 - hours_before * 3_600_000);
        assert_eq!(guest_refund(1500, Full, 24, start, at(25)), Ok(1500));
        assert_eq!(guest_refund(1500, Full, 24, start, at(24)), Err(NoRefund::Cutoff(24)));
        assert_eq!(guest_refund(1500, Full, 0, start, at(1)), Ok(1500));
        assert_eq!(guest_refund(1500, Full, 0, start, at(0)), Err(NoRefund::Cutoff(0)));
        assert_eq!(guest_refund(1500, Nothing, 0, start, at(50)), Err(NoRefund::Policy));
    }

    #[test]
    fn signatures_as_stripe_makes_them() {
        let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let header = sign(b"{\"id\":\"evt_1\"}", "whsec_test", now.timestamp());
        assert!(verify_signature(b"{\"id\":\"evt_1\"}", &header, "whsec_test", now).is_ok());
        assert_eq!(verify_signature(b"{\"id\":\"evt_2\"}", &header, "whsec_test", now), Err(WebhookError::Mismatch));
        assert_eq!(verify_signature(b"{\"id\":\"evt_1\"}", &header, "whsec_other", now), Err(WebhookError::Mismatch));
        let later = now + chrono::Duration::seconds(301);
        assert_eq!(verify_signature(b"{\"id\":\"evt_1\"}", &header, "whsec_test", later), Err(WebhookError::Stale));
        assert_eq!(verify_signature(b"x", "v1=zz", "whsec_test", now), Err(WebhookError::Malformed));
        // A second, matching v1 (during secret rotation) is accepted.
        let both = format!("{header},v1={}", "00".repeat(32));
        assert!(verify_signature(b"{\"id\":\"evt_1\"}", &both, "whsec_test", now).is_ok());
    }

    #[test]
    fn a_hold_client_is_a_network_per_night() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(hold_client(1, ip("2001:db8:1:2::1")), hold_client(1, ip("2001:db8:1:2:ffff::9")), "one /64");
        assert_ne!(hold_client(1, ip("2001:db8:1:2::1")), hold_client(1, ip("2001:db8:1:3::1")));
        assert_eq!(hold_client(1, ip("::ffff:192.0.2.1")), hold_client(1, ip("192.0.2.1")));
        assert_ne!(hold_client(1, ip("192.0.2.1")), hold_client(1, ip("192.0.2.2")));
        assert_ne!(hold_client(1, ip("192.0.2.1")), hold_client(2, ip("192.0.2.1")), "salted by the night");
    }
}
