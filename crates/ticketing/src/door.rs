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

/// Checks in the ticket with `code` (its check-in code or its [`short_code`]) at the night `event_id`.
pub async fn check_in(tx: &mut Tx, event_id: i64, code: &str, now: DateTime<Utc>) -> Result<CheckIn, TicketingError> {
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

/// Crockford's base32: digits and upper-case letters but I, L, O and U.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A ticket's short code: six characters a person can read out and type at the door when the
/// QR code will not scan (Crockford's base32 of 30 bits of the check-in code's SHA-256, shown
/// as `K7Q-2MX`). Unique enough within one night; two guests of a night sharing one are told
/// apart by the door (refused as ambiguous), never confused.
pub fn short_code(checkin_code: &str) -> String {
    let hash = failnight_core::token::hash_token(checkin_code);
    let bits = u32::from_str_radix(&hash[..8], 16).unwrap_or_default() >> 2;
    let chars: String = (0..6).map(|i| CROCKFORD[((bits >> (25 - 5 * i)) & 31) as usize] as char).collect();
    format!("{}-{}", &chars[..3], &chars[3..])
}

/// `typed` as a short code (`k7q 2mx`, `K7Q-2MX`, an O for a 0, an I or L for a 1), if it is one.
fn short_form(typed: &str) -> Option<String> {
    let chars: String = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    let crockford = |c: char| c.is_ascii() && CROCKFORD.contains(&(c as u8));
    (chars.len() == 6 && chars.chars().all(crockford)).then(|| format!("{}-{}", &chars[..3], &chars[3..]))
}

/// The night's ticket with this check-in code, or with this short code.
async fn by_code(tx: &mut Tx, event_id: i64, code: &str) -> Result<Rsvp, TicketingError> {
    if let Some(short) = short_form(code) {
        let night: Vec<Rsvp> = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1"
        )))
        .bind(event_id)
        .fetch_all(&mut *c)
        .await)?;
        let mut found = night.into_iter().filter(|r| short_code(&r.checkin_code) == short);
        return match (found.next(), found.next()) {
            (Some(rsvp), None) => Ok(rsvp),
            (None, _) => Err(TicketingError::NotFound),
            (Some(_), Some(_)) => Err(TicketingError::conflict("ambiguous", "error-door-short-code-twice")),
        };
    }
    if !failnight_core::token::may_be_token(code) {
        return Err(TicketingError::NotFound);
    }
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

/// A walk-in added by a door phone under its own name for the action (`key`, letters, digits,
/// `-` and `_`): added once, however often the phone sends it (the same key finds the same
/// walk-in). Returns the walk-in and whether it is new.
pub async fn walk_in_once(
    tx: &mut Tx,
    event_id: i64,
    key: &str,
    name: &str,
    plus_ones: i64,
    at: DateTime<Utc>,
) -> Result<(Rsvp, bool), TicketingError> {
    if key.is_empty() || key.len() > 64 || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(TicketingError::conflict("bad_key", "error-door-sync-op"));
    }
    let placeholder = format!("walk-in-{}@door.invalid", key.to_ascii_lowercase());
    if let Some(rsvp) = rsvps::find_by_email(tx, event_id, &placeholder).await? {
        return Ok((rsvp, false));
    }
    Ok((walk_in(tx, event_id, name, Some(&placeholder), plus_ones, at).await?, true))
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

/// The night's guests with a seat (of `all`, its RSVPs), by name: the door's list, on paper,
/// on the door page and on the door phones.
pub fn seated(all: &[Rsvp]) -> Vec<&Rsvp> {
    let mut seated: Vec<&Rsvp> = all.iter().filter(|r| r.status().has_seat()).collect();
    seated.sort_by_key(|r| (r.name.to_lowercase(), r.id));
    seated
}

/// The door list: everyone with a seat, by name, then the night's speakers (`(name, note)`:
/// what they allow to be published, for the photographer).
pub async fn door_list_csv(
    db: &Db,
    event_id: i64,
    tz: Tz,
    speakers: &[(String, String)],
) -> Result<String, sqlx::Error> {
    let all = rsvps::list(db, event_id).await?;
    let guests = seated(&all);
    let mut sheet = Sheet::new(&["name", "email", "plus_ones", "status", "checked_in_at", "walk_in", "notes"], false);
    for r in guests {
        let email = r.shown_email();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_codes_read_back_however_they_are_typed() {
        let code = short_code("some-check-in-code");
        assert_eq!(code.len(), 7);
        assert_eq!(short_form(&code), Some(code.clone()));
        let typed = code.to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
        assert_eq!(short_form(&typed), Some(code.clone()), "{typed}");
        assert_ne!(short_code("another-check-in-code"), code);
        for not in ["", "ABC12", "ABC-1234", "ABCU12", "https://x/check-in/abc", "AB!123"] {
            assert_eq!(short_form(not), None, "{not}");
        }
    }
}
