//! The door: check-in by the code in the ticket's QR code (once; a second scan says when),
//! walk-ins, live counts, and the door list as CSV.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use failnight_core::{Db, FieldErrors, Message, Timestamp, Tx, sheet::Sheet, token::new_token, with_db, with_tx};
use failnight_scheduling::{EventStatus, events::bookable};

use crate::{
    TicketingError,
    rsvps::{self, COLUMNS, NewRsvp, Rsvp, RsvpStatus},
    seats::{self, Pool},
};

/// The answer to a scan.
#[derive(Debug, Clone)]
pub enum CheckIn {
    Done(Rsvp),
    /// Checked in before, at `rsvp.checked_in_at`.
    Already(Rsvp),
}

/// Checks in the ticket with `code` at the night `event_id`.
pub async fn check_in(tx: &mut Tx, event_id: i64, code: &str, now: DateTime<Utc>) -> Result<CheckIn, TicketingError> {
    if !failnight_core::token::may_be_token(code) {
        return Err(TicketingError::NotFound);
    }
    seats::lock(tx, event_id).await?;
    let rsvp = by_code(tx, event_id, code).await?;
    match rsvp.status() {
        RsvpStatus::CheckedIn => Ok(CheckIn::Already(rsvp)),
        RsvpStatus::Confirmed => {
            let stamp = Timestamp::from_utc(now);
            let after = rsvps::transition(
                tx,
                rsvp.id,
                RsvpStatus::Confirmed,
                RsvpStatus::CheckedIn,
                stamp,
                ", checked_in_at = $4",
            )
            .await?
            .ok_or(TicketingError::NotFound)?;
            Ok(CheckIn::Done(after))
        }
        other => Err(TicketingError::conflict(
            "not_confirmed",
            Message::new("error-door-not-confirmed").arg("status", other.as_str()),
        )),
    }
}

/// The answer to an undo: the guest is out again, or was not in.
#[derive(Debug, Clone)]
pub enum Undo {
    Done(Rsvp),
    NotIn(Rsvp),
}

/// Takes back the check-in of the ticket with `code` (a mistaken tap at the door): the guest
/// keeps the seat and may be checked in again. A walk-in's check-in is the seat itself, so it
/// is not undone here (cancel the walk-in's place instead).
pub async fn undo_check_in(tx: &mut Tx, event_id: i64, code: &str, now: DateTime<Utc>) -> Result<Undo, TicketingError> {
    if !failnight_core::token::may_be_token(code) {
        return Err(TicketingError::NotFound);
    }
    seats::lock(tx, event_id).await?;
    let rsvp = by_code(tx, event_id, code).await?;
    if rsvp.status() != RsvpStatus::CheckedIn {
        return Ok(Undo::NotIn(rsvp));
    }
    if rsvp.walk_in {
        return Err(TicketingError::conflict("walk_in", "error-door-undo-walk-in"));
    }
    let stamp = Timestamp::from_utc(now);
    let after =
        rsvps::transition(tx, rsvp.id, RsvpStatus::CheckedIn, RsvpStatus::Confirmed, stamp, ", checked_in_at = NULL")
            .await?
            .ok_or(TicketingError::NotFound)?;
    Ok(Undo::Done(after))
}

async fn by_code(tx: &mut Tx, event_id: i64, code: &str) -> Result<Rsvp, TicketingError> {
    with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE checkin_code = $1 AND event_id = $2"
    )))
    .bind(code)
    .bind(event_id)
    .fetch_optional(&mut *c)
    .await)?
    .ok_or(TicketingError::NotFound)
}

/// Someone who turns up without an RSVP: a seat if one is free, checked in at once.
pub async fn walk_in(
    tx: &mut Tx,
    event_id: i64,
    name: &str,
    email: Option<&str>,
    plus_ones: i64,
    now: DateTime<Utc>,
) -> Result<Rsvp, TicketingError> {
    let stamp = Timestamp::from_utc(now);
    let mut errors = FieldErrors::new();
    let name = errors.line("name", name, 100);
    let email = match email.map(str::trim).filter(|e| !e.is_empty()) {
        Some(email) => errors.email("email", email),
        // Walk-ins need no email; a unique placeholder keeps one RSVP per (night, email).
        None => format!("walk-in-{}@door.invalid", new_token().to_lowercase()),
    };
    if !(0..=10).contains(&plus_ones) {
        errors.add("plus_ones", "error-plus-ones-range");
    }
    errors.into_result()?;
    let night = bookable(tx, event_id).await?.ok_or(TicketingError::NotFound)?;
    if night.status != EventStatus::Published || night.ends_at <= stamp {
        return Err(TicketingError::Closed("error-door-closed"));
    }
    seats::lock(tx, event_id).await?;
    if rsvps::find_by_email(tx, event_id, &email).await?.is_some() {
        return Err(TicketingError::conflict("already_registered", "error-door-has-rsvp"));
    }
    if !seats::take(tx, event_id, Pool::Confirmed, 1 + plus_ones).await? {
        return Err(TicketingError::conflict("full", "error-night-full"));
    }
    // A walk-in accepted nothing online: the door is where the code is told.
    let new = NewRsvp { name, email, plus_ones, language: None, accepts_code_of_conduct: false };
    let rsvp = rsvps::insert(tx, event_id, &new, RsvpStatus::CheckedIn, None, stamp).await?;
    let after: Rsvp = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "UPDATE rsvps SET walk_in = TRUE, checked_in_at = $2 WHERE id = $1 RETURNING {COLUMNS}"
    )))
    .bind(rsvp.id)
    .bind(stamp)
    .fetch_one(&mut *c)
    .await)?;
    Ok(after)
}

/// Live numbers for the door (PostgreSQL's SUM of BIGINT is NUMERIC, hence the cast), in seats (people with their plus-ones).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct DoorCounts {
    /// The night's seats (without those overbooked for the waitlist).
    pub capacity: i64,
    /// Seats of confirmed guests, checked in or not.
    pub confirmed: i64,
    pub checked_in: i64,
    pub held: i64,
    pub offered: i64,
    /// People waiting.
    pub waitlisted: i64,
}

pub async fn counts(db: &Db, event_id: i64) -> Result<DoorCounts, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, DoorCounts>(
        "SELECT s.capacity - s.overbook AS capacity, s.confirmed, s.held, s.offered,
                CAST(COALESCE((SELECT SUM(1 + plus_ones) FROM rsvps WHERE event_id = $1 AND status = 'checked_in'), 0) AS BIGINT) AS checked_in,
                s.waitlisted
         FROM seat_counts s WHERE s.event_id = $1"
    )
    .bind(event_id)
    .fetch_optional(e)
    .await)
    .map(Option::unwrap_or_default)
}

/// The door list: everyone with a seat, by name, then the night's speakers (`(name, note)`:
/// what they allow to be published, for the photographer).
pub async fn door_list_csv(
    db: &Db,
    event_id: i64,
    tz: Tz,
    speakers: &[(String, String)],
) -> Result<String, sqlx::Error> {
    let mut guests: Vec<Rsvp> =
        rsvps::list(db, event_id).await?.into_iter().filter(|r| r.status().has_seat()).collect();
    guests.sort_by_key(|r| (r.name.to_lowercase(), r.id));
    let mut sheet = Sheet::new(&["name", "email", "plus_ones", "status", "checked_in_at", "walk_in", "notes"], false);
    for r in guests {
        let email = if r.walk_in && r.email.ends_with("@door.invalid") { "" } else { r.email.as_str() };
        let at = r.checked_in_at.map(|t| t.to_utc().with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string());
        let plus_ones = r.plus_ones.to_string();
        let walk_in = if r.walk_in { "yes" } else { "no" };
        sheet.row([&r.name, email, &plus_ones, r.status.as_str(), at.as_deref().unwrap_or_default(), walk_in, ""]);
    }
    for (name, note) in speakers {
        sheet.row([name.as_str(), "", "0", "speaker", "", "no", note.as_str()]);
    }
    Ok(sheet.finish())
}
