//! The seat counter of a night: one `seat_counts` row holding the capacity (mirrored from the
//! night in the transaction that changes it) and the seats in use, by pool: `confirmed`
//! (confirmed and checked-in guests with their plus-ones), `held` (open Stripe checkouts) and
//! `offered` (seats offered to the waitlist).
//!
//! Every ticketing write starts with [`lock`], so the writes of one night are serialised on
//! that row (PostgreSQL row lock; SQLite's single writer does it anyway) and always take locks
//! in the same order (counter, then RSVPs): no deadlocks. Seats then move only through
//! conditional updates of that row: `confirmed + held + offered <= capacity` holds by
//! construction, and a table CHECK is the backstop.
//!
//! `overbook` of those seats are above the night's own capacity (a chapter that lets the
//! waitlist fill up to its turnout advice): only the waitlist takes them ([`take_waiting`]);
//! new bookings see `capacity - overbook` ([`take`]).

use failnight_core::{Exec, Tx, with_exec, with_tx};

/// Where a seat is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pool {
    Confirmed,
    Held,
    Offered,
}

impl Pool {
    fn column(self) -> &'static str {
        match self {
            Pool::Confirmed => "confirmed",
            Pool::Held => "held",
            Pool::Offered => "offered",
        }
    }
}

failnight_core::text_enum! {
    /// What an attendee who cancels a paid ticket gets back (`seat_counts.attendee_refund`).
    #[derive(Default)]
    pub enum AttendeeRefund {
        #[default]
        Full = "full",
        Nothing = "none",
    }
}

/// A night's seats and its ticketing settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Seats {
    pub capacity: i64,
    pub confirmed: i64,
    pub held: i64,
    pub offered: i64,
    /// New RSVPs wait for a host's approval.
    pub approval: bool,
    /// What an attendee who cancels a paid ticket gets back.
    pub attendee_refund: AttendeeRefund,
    /// People on the waitlist (kept by triggers on `rsvps`, migration 0012).
    pub waitlisted: i64,
    /// Seats of `capacity` above the night's own, for the waitlist only (migration 0026).
    pub overbook: i64,
}

impl Seats {
    pub fn in_use(&self) -> i64 {
        self.confirmed + self.held + self.offered
    }

    /// Seats a new booking may take.
    pub fn free(&self) -> i64 {
        (self.capacity - self.overbook - self.in_use()).max(0)
    }
}

const COLUMNS: &str = "capacity, confirmed, held, offered, approval, attendee_refund, waitlisted, overbook";

/// Makes the seat counter of a new night (its capacity copied from the night). Call in the
/// transaction that creates the night.
pub async fn open(tx: &mut Tx, event_id: i64) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO seat_counts (event_id, capacity, confirmed)
         SELECT id, capacity, 0 FROM events WHERE id = $1
         ON CONFLICT (event_id) DO NOTHING"
    )
    .bind(event_id)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

/// Locks the night's counter for the rest of the transaction and reads it, in one round
/// trip (the booking path: every statement between the lock and the commit is time other
/// bookings of the night wait). `None` when the night has no counter.
pub async fn lock_get(tx: &mut Tx, event_id: i64) -> Result<Option<Seats>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Seats>(sqlx::AssertSqlSafe(format!(
        "UPDATE seat_counts SET capacity = capacity WHERE event_id = $1 RETURNING {COLUMNS}"
    )))
    .bind(event_id)
    .fetch_optional(&mut *c)
    .await)
}

/// Locks the night's counter for the rest of the transaction. Every ticketing write calls
/// this first. `false` when the night has no counter.
pub async fn lock(tx: &mut Tx, event_id: i64) -> Result<bool, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("UPDATE seat_counts SET capacity = capacity WHERE event_id = $1")
        .bind(event_id)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected() == 1))
}

/// Takes `n` seats into `pool` for a new booking if they fit under the night's capacity (the
/// seats above it are the waitlist's).
pub async fn take(tx: &mut Tx, event_id: i64, pool: Pool, n: i64) -> Result<bool, sqlx::Error> {
    take_under(tx, event_id, pool, n, "capacity - overbook").await
}

/// Takes `n` seats into `pool` for someone from the waitlist if they fit under the counter's
/// capacity, overbooked seats included.
pub async fn take_waiting(tx: &mut Tx, event_id: i64, pool: Pool, n: i64) -> Result<bool, sqlx::Error> {
    take_under(tx, event_id, pool, n, "capacity").await
}

async fn take_under(tx: &mut Tx, event_id: i64, pool: Pool, n: i64, bound: &str) -> Result<bool, sqlx::Error> {
    let col = pool.column();
    with_tx!(tx, |c| sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE seat_counts SET {col} = {col} + $2
         WHERE event_id = $1 AND confirmed + held + offered + $2 <= {bound}"
    )))
    .bind(event_id)
    .bind(n)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// Gives `n` seats of `pool` back.
pub async fn release(tx: &mut Tx, event_id: i64, pool: Pool, n: i64) -> Result<(), sqlx::Error> {
    let col = pool.column();
    with_tx!(tx, |c| sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE seat_counts SET {col} = {col} - $2 WHERE event_id = $1"
    )))
    .bind(event_id)
    .bind(n)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

/// Moves `n` seats from one pool to another (an offer accepted, a hold paid).
pub async fn convert(tx: &mut Tx, event_id: i64, from: Pool, to: Pool, n: i64) -> Result<(), sqlx::Error> {
    let (from, to) = (from.column(), to.column());
    with_tx!(tx, |c| sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE seat_counts SET {from} = {from} - $2, {to} = {to} + $2 WHERE event_id = $1"
    )))
    .bind(event_id)
    .bind(n)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

/// Sets the night's capacity (the overbooked seats above it kept until the ticketing jobs
/// look again), unless that is below the seats in use (then `false`, nothing changed).
pub async fn set_capacity(tx: &mut Tx, event_id: i64, capacity: i64) -> Result<bool, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
        "UPDATE seat_counts SET capacity = $2 + overbook WHERE event_id = $1 AND confirmed + held + offered <= $2 + overbook"
    )
    .bind(event_id)
    .bind(capacity)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected() == 1)
    })
}

/// Lets the waitlist take up to `overbook` seats above the night's `capacity`, or fewer but
/// never below the seats in use (nobody loses a seat). Writes only when that changes the
/// counter.
pub async fn set_overbook(tx: &mut Tx, event_id: i64, capacity: i64, overbook: i64) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
        "UPDATE seat_counts
         SET overbook = CASE WHEN confirmed + held + offered > $2 + $3 THEN confirmed + held + offered - $2 ELSE $3 END,
             capacity = CASE WHEN confirmed + held + offered > $2 + $3 THEN confirmed + held + offered ELSE $2 + $3 END
         WHERE event_id = $1
           AND capacity <> CASE WHEN confirmed + held + offered > $2 + $3 THEN confirmed + held + offered ELSE $2 + $3 END"
    )
    .bind(event_id)
    .bind(capacity)
    .bind(overbook.max(0))
    .execute(&mut *c)
    .await
    .map(|_| ())
    })
}

/// Sets the per-night settings: approval mode and the attendee refund policy.
pub async fn set_options(
    tx: &mut Tx,
    event_id: i64,
    approval: bool,
    attendee_refund: AttendeeRefund,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("UPDATE seat_counts SET approval = $2, attendee_refund = $3 WHERE event_id = $1")
        .bind(event_id)
        .bind(approval)
        .bind(attendee_refund)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

pub async fn get(exec: impl Into<Exec<'_>>, event_id: i64) -> Result<Seats, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Seats>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM seat_counts WHERE event_id = $1"
    )))
    .bind(event_id)
    .fetch_optional(e)
    .await)
    .map(Option::unwrap_or_default)
}

/// How many wait for a seat of the night: read in the transaction that changed the queue, the
/// place of an RSVP it just put last.
pub async fn waitlisted_tx(tx: &mut Tx, event_id: i64) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_scalar::<_, i64>("SELECT waitlisted FROM seat_counts WHERE event_id = $1")
        .bind(event_id)
        .fetch_one(&mut *c)
        .await)
}
