//! RSVPs: taking a seat, or a place on the waitlist when the night is full.
//!
//! Capacity is kept by one conditional increment,
//! `UPDATE seat_counts SET confirmed = confirmed + 1 WHERE event_id = $1 AND confirmed < $2`,
//! in the transaction that writes the RSVP. On PostgreSQL the row lock serialises concurrent
//! bookings of one night (and only of that night); on SQLite the single writer does. Either
//! way the increment succeeds for exactly `capacity` people, and a rolled-back transaction
//! gives its seat back with it.

use chrono::{DateTime, Utc};
use failnight_core::{Db, FieldErrors, Timestamp, Tx, token::new_token, with_db, with_tx};
use failnight_scheduling::events::bookable;

use crate::TicketingError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpStatus {
    Confirmed,
    Waitlisted,
    Cancelled,
}

impl RsvpStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RsvpStatus::Confirmed => "confirmed",
            RsvpStatus::Waitlisted => "waitlisted",
            RsvpStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "confirmed" => Some(RsvpStatus::Confirmed),
            "waitlisted" => Some(RsvpStatus::Waitlisted),
            "cancelled" => Some(RsvpStatus::Cancelled),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Rsvp {
    pub id: i64,
    pub event_id: i64,
    pub name: String,
    pub email: String,
    pub status: String,
    /// The ticket's unguessable token: `/t/{token}`.
    pub token: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Rsvp {
    pub fn status(&self) -> RsvpStatus {
        RsvpStatus::parse(&self.status).unwrap_or(RsvpStatus::Cancelled)
    }
}

const COLUMNS: &str = "id, event_id, name, email, status, token, created_at, updated_at";

#[derive(Debug, Clone, Default)]
pub struct NewRsvp {
    pub name: String,
    pub email: String,
}

/// An RSVP and whether this call created it (`false`: the email had booked before, and the
/// existing RSVP is returned unchanged, never a second seat).
#[derive(Debug, Clone)]
pub struct RsvpOutcome {
    pub rsvp: Rsvp,
    pub created: bool,
    /// The 1-based place in the queue, for an RSVP this call put on the waitlist.
    pub waitlist_position: Option<i64>,
}

/// Checks an RSVP's fields without touching the database.
pub fn validate(new: &NewRsvp) -> Result<NewRsvp, TicketingError> {
    let mut errors = FieldErrors::new();
    let name = errors.line("name", &new.name, 100);
    let email = errors.email("email", &new.email);
    errors.into_result()?;
    Ok(NewRsvp { name, email })
}

/// Makes the seat counter of a new night. Call in the transaction that creates the night.
pub async fn open_event(tx: &mut Tx, event_id: i64) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO seat_counts (event_id, confirmed) VALUES ($1, 0) ON CONFLICT (event_id) DO NOTHING"
    )
    .bind(event_id)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

/// Books `new` onto the night: confirmed while seats are left, waitlisted after.
pub async fn rsvp(
    tx: &mut Tx,
    event_id: i64,
    new: &NewRsvp,
    now: DateTime<Utc>,
) -> Result<RsvpOutcome, TicketingError> {
    let new = validate(new)?;
    let now = Timestamp::from_utc(now);
    let night = bookable(tx, event_id).await?.ok_or(TicketingError::NotFound)?;
    if let Some(reason) = night.refusal(now) {
        return Err(TicketingError::Closed(reason));
    }
    if let Some(rsvp) = find_by_email(tx, event_id, &new.email).await? {
        return Ok(RsvpOutcome { rsvp, created: false, waitlist_position: None });
    }
    let seated = with_tx!(tx, |c| sqlx::query(
        "UPDATE seat_counts SET confirmed = confirmed + 1 WHERE event_id = $1 AND confirmed < $2"
    )
    .bind(event_id)
    .bind(night.capacity)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected() == 1))?;
    let status = if seated { RsvpStatus::Confirmed } else { RsvpStatus::Waitlisted };
    let inserted = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO rsvps (event_id, name, email, status, token, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (event_id, email) DO NOTHING
         RETURNING {COLUMNS}"
    )))
    .bind(event_id)
    .bind(&new.name)
    .bind(&new.email)
    .bind(status.as_str())
    .bind(new_token())
    .bind(now)
    .fetch_optional(&mut *c)
    .await)?;
    if let Some(rsvp) = inserted {
        let waitlist_position = if seated { None } else { Some(waitlist_position_tx(tx, &rsvp).await?) };
        return Ok(RsvpOutcome { rsvp, created: true, waitlist_position });
    }
    // The same email booked concurrently and committed first: hand its seat back and
    // answer with the RSVP that won.
    if seated {
        with_tx!(tx, |c| sqlx::query("UPDATE seat_counts SET confirmed = confirmed - 1 WHERE event_id = $1")
            .bind(event_id)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    let rsvp = find_by_email(tx, event_id, &new.email).await?.ok_or(TicketingError::NotFound)?;
    Ok(RsvpOutcome { rsvp, created: false, waitlist_position: None })
}

async fn find_by_email(tx: &mut Tx, event_id: i64, email: &str) -> Result<Option<Rsvp>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 AND email = $2"
    )))
    .bind(event_id)
    .bind(email)
    .fetch_optional(&mut *c)
    .await)
}

pub async fn by_token(db: &Db, token: &str) -> Result<Option<Rsvp>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE token = $1"
    )))
    .bind(token)
    .fetch_optional(e)
    .await)
}

/// Seats taken on a night (confirmed RSVPs).
pub async fn seats_taken(db: &Db, event_id: i64) -> Result<i64, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, i64>("SELECT confirmed FROM seat_counts WHERE event_id = $1")
        .bind(event_id)
        .fetch_optional(e)
        .await)
    .map(Option::unwrap_or_default)
}

/// Seats taken per night, for lists of nights.
pub async fn seats_taken_many(db: &Db, event_ids: &[i64]) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let mut out = Vec::with_capacity(event_ids.len());
    for id in event_ids {
        out.push((*id, seats_taken(db, *id).await?));
    }
    Ok(out)
}

const WAITLIST_POSITION: &str = "SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'waitlisted' AND id <= $2";

/// The 1-based place of a waitlisted RSVP in its night's queue.
pub async fn waitlist_position(db: &Db, rsvp: &Rsvp) -> Result<i64, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, i64>(WAITLIST_POSITION)
        .bind(rsvp.event_id)
        .bind(rsvp.id)
        .fetch_one(e)
        .await)
}

async fn waitlist_position_tx(tx: &mut Tx, rsvp: &Rsvp) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_scalar::<_, i64>(WAITLIST_POSITION)
        .bind(rsvp.event_id)
        .bind(rsvp.id)
        .fetch_one(&mut *c)
        .await)
}

/// RSVPs of a night by status, for checks and host views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct StatusCounts {
    pub confirmed: i64,
    pub waitlisted: i64,
    pub cancelled: i64,
}

pub async fn status_counts(db: &Db, event_id: i64) -> Result<StatusCounts, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, StatusCounts>(
        "SELECT COALESCE(SUM(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END), 0) AS confirmed,
                COALESCE(SUM(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END), 0) AS waitlisted,
                COALESCE(SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END), 0) AS cancelled
         FROM rsvps WHERE event_id = $1"
    )
    .bind(event_id)
    .fetch_one(e)
    .await)
}

/// Seats taken on a night, read inside a transaction.
pub async fn seats_taken_tx(tx: &mut Tx, event_id: i64) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_scalar::<_, i64>("SELECT confirmed FROM seat_counts WHERE event_id = $1")
        .bind(event_id)
        .fetch_optional(&mut *c)
        .await)
    .map(Option::unwrap_or_default)
}

/// The night's RSVPs in these states, in booking order (for telling guests of a change).
pub async fn with_status_tx(tx: &mut Tx, event_id: i64, statuses: &[RsvpStatus]) -> Result<Vec<Rsvp>, sqlx::Error> {
    let all: Vec<Rsvp> = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 ORDER BY id"
    )))
    .bind(event_id)
    .fetch_all(&mut *c)
    .await)?;
    Ok(all.into_iter().filter(|r| statuses.contains(&r.status())).collect())
}

/// Gives free seats (up to `capacity`) to the waitlist in order; returns the people promoted.
/// Call after raising a night's capacity, in the same transaction.
pub async fn promote(tx: &mut Tx, event_id: i64, capacity: i64, now: DateTime<Utc>) -> Result<Vec<Rsvp>, sqlx::Error> {
    let now = Timestamp::from_utc(now);
    let mut promoted = Vec::new();
    loop {
        let seated = with_tx!(tx, |c| sqlx::query(
            "UPDATE seat_counts SET confirmed = confirmed + 1 WHERE event_id = $1 AND confirmed < $2"
        )
        .bind(event_id)
        .bind(capacity)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected() == 1))?;
        if !seated {
            return Ok(promoted);
        }
        let next: Option<Rsvp> = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
            "UPDATE rsvps SET status = 'confirmed', updated_at = $2
             WHERE id = (SELECT id FROM rsvps WHERE event_id = $1 AND status = 'waitlisted' ORDER BY id LIMIT 1)
             RETURNING {COLUMNS}"
        )))
        .bind(event_id)
        .bind(now)
        .fetch_optional(&mut *c)
        .await)?;
        match next {
            Some(rsvp) => promoted.push(rsvp),
            None => {
                // Nobody waiting: give the seat back.
                with_tx!(tx, |c| sqlx::query("UPDATE seat_counts SET confirmed = confirmed - 1 WHERE event_id = $1")
                    .bind(event_id)
                    .execute(&mut *c)
                    .await
                    .map(|_| ()))?;
                return Ok(promoted);
            }
        }
    }
}

/// Every RSVP of a night, in booking order (for hosts' attendee lists).
pub async fn list(db: &Db, event_id: i64) -> Result<Vec<Rsvp>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 ORDER BY id"
    )))
    .bind(event_id)
    .fetch_all(e)
    .await)
}
