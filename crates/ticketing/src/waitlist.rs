//! The waitlist that promotes itself: freed seats go to the next waitlisted person, in order,
//! either confirmed at once (chapter setting `auto`, free tickets) or offered with an expiry
//! (`offer`, and always for paid tickets) that they accept with one click. Offers never run
//! past the night's start and none is made once it started; an expired offer passes on.
//!
//! Every function here runs in the caller's transaction after [`seats::lock`] and returns what
//! happened to whom, so the caller queues exactly one email per person per transition.

use chrono::{DateTime, Utc};
use failnight_core::{Db, Timestamp, Tx, with_db, with_tx};
use failnight_scheduling::{EventStatus, events::bookable};

use crate::{
    TicketingError,
    rsvps::{self, COLUMNS, Rsvp, RsvpStatus},
    seats::{self, Pool},
    settings,
};

const HOUR_MS: i64 = 3_600_000;

/// The refusal of a guest's cancellation once the night has started: its code and sentence.
pub const NIGHT_STARTED: (&str, &str) = ("night_started", "error-cancel-night-started");

/// Someone the waitlist moved.
#[derive(Debug, Clone)]
pub enum Promotion {
    /// Confirmed directly.
    Confirmed(Rsvp),
    /// Offered a seat until `offer_expires_at`.
    Offered(Rsvp),
}

impl Promotion {
    pub fn rsvp(&self) -> &Rsvp {
        match self {
            Promotion::Confirmed(r) | Promotion::Offered(r) => r,
        }
    }
}

/// Gives free seats to the waitlist in order, while the head of the queue fits (order is never
/// skipped). The night must be locked. Nothing moves for a night that is not published or has
/// started.
pub async fn fill(tx: &mut Tx, event_id: i64, now: DateTime<Utc>) -> Result<Vec<Promotion>, sqlx::Error> {
    let stamp = Timestamp::from_utc(now);
    let Some(night) = bookable(tx, event_id).await? else { return Ok(Vec::new()) };
    if night.status != EventStatus::Published || stamp >= night.starts_at {
        return Ok(Vec::new());
    }
    let settings = settings::for_event_tx(tx, event_id).await?;
    if settings.overbook_risk == 0 {
        // The chapter stopped overbooking: seats freed above the capacity are not refilled.
        seats::set_overbook(tx, event_id, night.capacity, 0).await?;
    }
    let expires = offer_expiry(stamp, settings.offer_hours, night.starts_at);
    let mut promoted = Vec::new();
    loop {
        let head: Option<Rsvp> = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 AND status = 'waitlisted' ORDER BY id LIMIT 1"
        )))
        .bind(event_id)
        .fetch_optional(&mut *c)
        .await)?;
        let Some(head) = head else { break };
        let paid = head.amount.is_some_and(|a| a > 0);
        if settings.offers() || paid {
            if !seats::take_waiting(tx, event_id, Pool::Offered, head.seats()).await? {
                break;
            }
            match mark_offered(tx, head.id, RsvpStatus::Waitlisted, expires, stamp).await? {
                Some(rsvp) => promoted.push(Promotion::Offered(rsvp)),
                None => seats::release(tx, event_id, Pool::Offered, head.seats()).await?,
            }
        } else {
            if !seats::take_waiting(tx, event_id, Pool::Confirmed, head.seats()).await? {
                break;
            }
            let confirmed = ", promoted_at = $4";
            match rsvps::transition(tx, head.id, RsvpStatus::Waitlisted, RsvpStatus::Confirmed, stamp, confirmed)
                .await?
            {
                Some(rsvp) => promoted.push(Promotion::Confirmed(rsvp)),
                None => seats::release(tx, event_id, Pool::Confirmed, head.seats()).await?,
            }
        }
    }
    Ok(promoted)
}

/// An offer is open for the night's `offer_hours`, and never past the start of the night.
fn offer_expiry(now: Timestamp, offer_hours: i64, starts_at: Timestamp) -> Timestamp {
    Timestamp(now.0.saturating_add(offer_hours * HOUR_MS).min(starts_at.0))
}

/// Marks an RSVP still in `from` as offered a seat (already taken from the offered pool).
async fn mark_offered(
    tx: &mut Tx,
    id: i64,
    from: RsvpStatus,
    expires: Timestamp,
    now: Timestamp,
) -> Result<Option<Rsvp>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "UPDATE rsvps SET status = 'offered', offer_expires_at = $3, offers = offers + 1, updated_at = $4,
                          promoted_at = CASE WHEN status = 'waitlisted' THEN $4 ELSE promoted_at END
         WHERE id = $1 AND status = $2 RETURNING {COLUMNS}"
    )))
    .bind(id)
    .bind(from.as_str())
    .bind(expires)
    .bind(now)
    .fetch_optional(&mut *c)
    .await)
}

/// Locks the night of `rsvp_id` and reads the RSVP afresh.
async fn locked(tx: &mut Tx, rsvp_id: i64) -> Result<Rsvp, TicketingError> {
    let rsvp = rsvps::get(&mut *tx, rsvp_id).await?.ok_or(TicketingError::NotFound)?;
    seats::lock(tx, rsvp.event_id).await?;
    rsvps::get(&mut *tx, rsvp_id).await?.ok_or(TicketingError::NotFound)
}

/// What accepting an offer did.
#[derive(Debug, Clone)]
pub enum Accepted {
    /// The seat is theirs now.
    Confirmed(Rsvp),
    /// A paid ticket: the seat is held for the checkout that follows.
    NeedsPayment(Rsvp),
    /// They had the seat already (a second click).
    Already(Rsvp),
}

/// Accepts an open offer. A paid ticket's offered seat becomes a hold until `hold_until`.
pub async fn accept_offer(
    tx: &mut Tx,
    rsvp_id: i64,
    hold_until: Timestamp,
    now: DateTime<Utc>,
) -> Result<Accepted, TicketingError> {
    let stamp = Timestamp::from_utc(now);
    let rsvp = locked(tx, rsvp_id).await?;
    match rsvp.status() {
        RsvpStatus::Offered => {}
        RsvpStatus::Confirmed | RsvpStatus::CheckedIn | RsvpStatus::Held => return Ok(Accepted::Already(rsvp)),
        _ => return Err(TicketingError::conflict("no_offer", "error-no-offer")),
    }
    if rsvp.offer_expires_at.is_none_or(|at| at <= stamp) {
        return Err(TicketingError::conflict("offer_expired", "error-offer-expired"));
    }
    if rsvp.amount.is_some_and(|a| a > 0) {
        seats::convert(tx, rsvp.event_id, Pool::Offered, Pool::Held, rsvp.seats()).await?;
        let held: Rsvp = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
            "UPDATE rsvps SET status = 'held', hold_expires_at = $2, offer_expires_at = NULL, updated_at = $3
             WHERE id = $1 RETURNING {COLUMNS}"
        )))
        .bind(rsvp.id)
        .bind(hold_until)
        .bind(stamp)
        .fetch_one(&mut *c)
        .await)?;
        return Ok(Accepted::NeedsPayment(held));
    }
    seats::convert(tx, rsvp.event_id, Pool::Offered, Pool::Confirmed, rsvp.seats()).await?;
    let confirmed =
        rsvps::transition(tx, rsvp.id, RsvpStatus::Offered, RsvpStatus::Confirmed, stamp, ", offer_expires_at = NULL")
            .await?
            .ok_or(TicketingError::NotFound)?;
    Ok(Accepted::Confirmed(confirmed))
}

/// A cancellation and what it set in motion.
#[derive(Debug, Clone)]
pub struct Cancelled {
    pub rsvp: Rsvp,
    /// The state before (`Cancelled` again when it was cancelled already: nothing changed).
    pub previous: RsvpStatus,
    pub changed: bool,
    /// Seats freed.
    pub freed: i64,
    pub promotions: Vec<Promotion>,
}

failnight_core::text_enum! {
    /// Why an RSVP ended (`rsvps.cancel_reason`).
    pub enum CancelReason {
        Attendee = "attendee",
        Host = "host",
        OfferExpired = "offer_expired",
        HoldExpired = "hold_expired",
        NightCancelled = "night_cancelled",
    }
}

async fn end(tx: &mut Tx, rsvp: &Rsvp, reason: CancelReason, stamp: Timestamp) -> Result<Option<Rsvp>, sqlx::Error> {
    let ended = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "UPDATE rsvps SET status = 'cancelled', cancelled_at = $3, cancel_reason = $4, updated_at = $3,
                offer_expires_at = NULL, hold_expires_at = NULL, hold_client = NULL, checkout_url = NULL
         WHERE id = $1 AND status = $2 RETURNING {COLUMNS}"
    )))
    .bind(rsvp.id)
    .bind(rsvp.status().as_str())
    .bind(stamp)
    .bind(reason.as_str())
    .fetch_optional(&mut *c)
    .await)?;
    if let Some(ended) = &ended {
        rsvps::announce(tx, std::slice::from_ref(ended), stamp).await?;
    }
    Ok(ended)
}

/// Cancels an RSVP (the attendee, a host, or an offer or hold running out): its seats go back
/// and the waitlist moves up. Cancelling twice changes nothing; a checked-in guest cannot be
/// cancelled, and a guest cannot cancel once the night has started (hosts still can).
pub async fn cancel(
    tx: &mut Tx,
    rsvp_id: i64,
    reason: CancelReason,
    now: DateTime<Utc>,
) -> Result<Cancelled, TicketingError> {
    let stamp = Timestamp::from_utc(now);
    let rsvp = locked(tx, rsvp_id).await?;
    let previous = rsvp.status();
    match previous {
        RsvpStatus::Cancelled | RsvpStatus::Declined => {
            return Ok(Cancelled { rsvp, previous, changed: false, freed: 0, promotions: Vec::new() });
        }
        RsvpStatus::CheckedIn => {
            return Err(TicketingError::conflict("checked_in", "error-checked-in"));
        }
        _ => {}
    }
    if reason == CancelReason::Attendee {
        let night = bookable(tx, rsvp.event_id).await?.ok_or(TicketingError::NotFound)?;
        if stamp >= night.starts_at {
            return Err(TicketingError::conflict(NIGHT_STARTED.0, NIGHT_STARTED.1));
        }
    }
    let freed = match previous.pool() {
        Some(pool) => {
            seats::release(tx, rsvp.event_id, pool, rsvp.seats()).await?;
            rsvp.seats()
        }
        None => 0,
    };
    let after = end(tx, &rsvp, reason, stamp).await?.ok_or(TicketingError::NotFound)?;
    let promotions =
        if reason == CancelReason::NightCancelled { Vec::new() } else { fill(tx, rsvp.event_id, now).await? };
    Ok(Cancelled { rsvp: after, previous, changed: true, freed, promotions })
}

/// Nights with offers or holds that ran out by `now` (at most `limit`).
pub async fn due_expiries(db: &Db, now: DateTime<Utc>, limit: i64) -> Result<Vec<i64>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, i64>(
        "SELECT DISTINCT event_id FROM rsvps
         WHERE (status = 'offered' AND offer_expires_at <= $1) OR (status = 'held' AND hold_expires_at <= $1)
         LIMIT $2"
    )
    .bind(Timestamp::from_utc(now))
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// A coming night whose waitlist may take seats above its capacity, or whose overbooked
/// seats are to be looked at again (the chapter turned it off, say).
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct Overbookable {
    pub event_id: i64,
    /// The chapter's `overbook_risk` (0: off).
    pub risk: i64,
    /// The venue's capacity, the most the night may ever seat (`None`: not entered, so the
    /// night is never overbooked).
    pub room: Option<i64>,
    /// The seats now overbooked.
    pub overbook: i64,
    /// The seats in use (confirmed, held, offered).
    pub in_use: i64,
}

/// Published nights that have not started, of chapters that let the waitlist fill up to the
/// turnout advice and with someone waiting, or with seats overbooked (at most `limit`,
/// soonest first); of one chapter, or of all.
pub async fn overbookable(
    db: &Db,
    now: DateTime<Utc>,
    chapter_id: Option<i64>,
    limit: i64,
) -> Result<Vec<Overbookable>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Overbookable>(
        "SELECT e.id AS event_id, c.overbook_risk AS risk, v.capacity AS room, s.overbook,
                s.confirmed + s.held + s.offered AS in_use
         FROM seat_counts s
         JOIN events e ON e.id = s.event_id
         JOIN chapters c ON c.id = e.chapter_id
         LEFT JOIN venues v ON v.id = e.venue_id
         WHERE e.status = 'published' AND e.starts_at > $1 AND ($3 IS NULL OR e.chapter_id = $3)
           AND ((c.overbook_risk > 0 AND s.waitlisted > 0) OR s.overbook > 0)
         ORDER BY e.starts_at, e.id
         LIMIT $2"
    )
    .bind(Timestamp::from_utc(now))
    .bind(limit)
    .bind(chapter_id)
    .fetch_all(e)
    .await)
}

/// What expiring a night's offers and holds did.
#[derive(Debug, Clone, Default)]
pub struct Expired {
    pub offers: Vec<Rsvp>,
    pub holds: Vec<Rsvp>,
    pub promotions: Vec<Promotion>,
}

/// Ends the night's offers and holds that ran out, then passes the seats on.
pub async fn expire_event(tx: &mut Tx, event_id: i64, now: DateTime<Utc>) -> Result<Expired, TicketingError> {
    let stamp = Timestamp::from_utc(now);
    seats::lock(tx, event_id).await?;
    let due: Vec<Rsvp> = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 AND
             ((status = 'offered' AND offer_expires_at <= $2) OR (status = 'held' AND hold_expires_at <= $2))
         ORDER BY id"
    )))
    .bind(event_id)
    .bind(stamp)
    .fetch_all(&mut *c)
    .await)?;
    let mut out = Expired::default();
    for rsvp in due {
        let (pool, reason) = match rsvp.status() {
            RsvpStatus::Offered => (Pool::Offered, CancelReason::OfferExpired),
            _ => (Pool::Held, CancelReason::HoldExpired),
        };
        seats::release(tx, event_id, pool, rsvp.seats()).await?;
        if let Some(after) = end(tx, &rsvp, reason, stamp).await? {
            if pool == Pool::Offered { out.offers.push(after) } else { out.holds.push(after) }
        }
    }
    out.promotions = fill(tx, event_id, now).await?;
    Ok(out)
}

/// A host's answer to a pending RSVP.
#[derive(Debug, Clone)]
pub struct Decided {
    pub rsvp: Rsvp,
    pub waitlist_position: Option<i64>,
}

/// Approves a pending RSVP: a seat if one is free and nobody waits, else the waitlist. A paid
/// ticket is not confirmed by approval: its seat is offered (with the night's offer window),
/// and accepting the offer opens the checkout, as for a seat freed on the waitlist.
pub async fn approve(tx: &mut Tx, rsvp_id: i64, now: DateTime<Utc>) -> Result<Decided, TicketingError> {
    let stamp = Timestamp::from_utc(now);
    let rsvp = locked(tx, rsvp_id).await?;
    if rsvp.status() != RsvpStatus::Pending {
        return Err(TicketingError::conflict("not_pending", "error-not-pending"));
    }
    let paid = rsvp.amount.is_some_and(|a| a > 0);
    let pool = if paid { Pool::Offered } else { Pool::Confirmed };
    let queue = seats::waitlisted_tx(tx, rsvp.event_id).await?;
    let seated = queue == 0 && seats::take(tx, rsvp.event_id, pool, rsvp.seats()).await?;
    let after = match (seated, paid) {
        (true, true) => {
            let night = bookable(tx, rsvp.event_id).await?.ok_or(TicketingError::NotFound)?;
            let offer_hours = settings::for_event_tx(tx, rsvp.event_id).await?.offer_hours;
            let expires = offer_expiry(stamp, offer_hours, night.starts_at);
            mark_offered(tx, rsvp.id, RsvpStatus::Pending, expires, stamp).await?
        }
        (true, false) => rsvps::transition(tx, rsvp.id, RsvpStatus::Pending, RsvpStatus::Confirmed, stamp, "").await?,
        (false, _) => {
            let waiting = ", waitlisted_at = $4";
            rsvps::transition(tx, rsvp.id, RsvpStatus::Pending, RsvpStatus::Waitlisted, stamp, waiting).await?
        }
    }
    .ok_or(TicketingError::NotFound)?;
    let waitlist_position = if seated { None } else { Some(rsvps::waitlist_position(&mut *tx, &after).await?) };
    Ok(Decided { rsvp: after, waitlist_position })
}

/// Declines a pending RSVP.
pub async fn decline(tx: &mut Tx, rsvp_id: i64, now: DateTime<Utc>) -> Result<Rsvp, TicketingError> {
    let rsvp = locked(tx, rsvp_id).await?;
    if rsvp.status() != RsvpStatus::Pending {
        return Err(TicketingError::conflict("not_pending", "error-not-pending"));
    }
    rsvps::transition(tx, rsvp.id, RsvpStatus::Pending, RsvpStatus::Declined, Timestamp::from_utc(now), "")
        .await?
        .ok_or(TicketingError::NotFound)
}

/// Confirmed guests to ask "still coming?" now: their night starts within the chapter's
/// `reconfirm_hours`, they were not asked yet, and they booked before that window opened.
pub async fn reconfirm_due(db: &Db, now: DateTime<Utc>, limit: i64) -> Result<Vec<Rsvp>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE id IN (
             SELECT r.id FROM rsvps r JOIN events e ON e.id = r.event_id JOIN chapters c ON c.id = e.chapter_id
             WHERE r.status = 'confirmed' AND r.reconfirm_sent_at IS NULL AND c.reconfirm_hours > 0
               AND e.status = 'published' AND e.starts_at > $1
               AND e.starts_at - c.reconfirm_hours * {HOUR_MS} <= $1
               AND r.created_at < e.starts_at - c.reconfirm_hours * {HOUR_MS})
         ORDER BY id LIMIT $2"
    )))
    .bind(Timestamp::from_utc(now))
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// Marks that a guest was asked; `false` when someone else asked first (or they left).
pub async fn mark_reconfirm_sent(tx: &mut Tx, rsvp_id: i64, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "UPDATE rsvps SET reconfirm_sent_at = $2 WHERE id = $1 AND status = 'confirmed' AND reconfirm_sent_at IS NULL"
    )
    .bind(rsvp_id)
    .bind(Timestamp::from_utc(now))
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// "Yes, still coming": recorded once.
pub async fn still_coming(tx: &mut Tx, rsvp_id: i64, now: DateTime<Utc>) -> Result<Rsvp, TicketingError> {
    let rsvp = locked(tx, rsvp_id).await?;
    if !rsvp.status().has_seat() {
        return Err(TicketingError::conflict("no_seat", "error-no-seat"));
    }
    let after: Rsvp = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "UPDATE rsvps SET reconfirmed_at = COALESCE(reconfirmed_at, $2) WHERE id = $1 RETURNING {COLUMNS}"
    )))
    .bind(rsvp.id)
    .bind(Timestamp::from_utc(now))
    .fetch_one(&mut *c)
    .await)?;
    Ok(after)
}
