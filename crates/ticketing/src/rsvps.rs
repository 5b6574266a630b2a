//! RSVPs: taking a seat, or a place on the waitlist when the night is full.
//!
//! States: `pending` (waits for a host's approval), `confirmed`, `waitlisted`, `offered` (a
//! freed seat offered with an expiry), `held` (a paid ticket whose Stripe checkout is open),
//! `checked_in`, and the ends `cancelled` and `declined`. Seats move only through the night's
//! counter ([`crate::seats`]), in the transaction that changes the RSVP, after locking that
//! counter: `confirmed + held + offered <= capacity` holds by construction on both backends.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use failnight_core::{
    Db, Exec, FieldErrors, Lang, Message, Timestamp, Tx,
    token::{may_be_token, new_token},
    webhooks::{self, Kind, Scope},
    with_db, with_exec, with_tx,
};
use failnight_scheduling::events::Bookable;

use crate::{
    TicketingError,
    seats::{self, Pool},
    settings,
    waitlist::CancelReason,
};

failnight_core::text_enum! {
    /// `rsvps.status`.
    pub enum RsvpStatus {
        Pending = "pending",
        Confirmed = "confirmed",
        Waitlisted = "waitlisted",
        Offered = "offered",
        Held = "held",
        CheckedIn = "checked_in",
        Cancelled = "cancelled",
        Declined = "declined",
    }
}

impl RsvpStatus {
    /// Has a confirmed seat (checked in or not).
    pub fn has_seat(self) -> bool {
        matches!(self, RsvpStatus::Confirmed | RsvpStatus::CheckedIn)
    }

    /// The pool its seats are counted in, if it has any.
    pub fn pool(self) -> Option<Pool> {
        match self {
            RsvpStatus::Confirmed | RsvpStatus::CheckedIn => Some(Pool::Confirmed),
            RsvpStatus::Held => Some(Pool::Held),
            RsvpStatus::Offered => Some(Pool::Offered),
            _ => None,
        }
    }

    /// Still a guest of the night (told of changes): not cancelled or declined.
    pub fn is_active(self) -> bool {
        !matches!(self, RsvpStatus::Cancelled | RsvpStatus::Declined)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Rsvp {
    pub id: i64,
    pub event_id: i64,
    pub name: String,
    pub email: String,
    pub status: RsvpStatus,
    /// The ticket's unguessable token: `/t/{token}`.
    pub token: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub plus_ones: i64,
    /// What the QR code carries (the door scans it); not the ticket token.
    pub checkin_code: String,
    pub offer_expires_at: Option<Timestamp>,
    /// How many offers this RSVP got (the `n` of `rsvp:{id}:offer:{n}`).
    pub offers: i64,
    pub hold_expires_at: Option<Timestamp>,
    pub checked_in_at: Option<Timestamp>,
    pub walk_in: bool,
    pub cancelled_at: Option<Timestamp>,
    pub cancel_reason: Option<CancelReason>,
    pub reconfirm_sent_at: Option<Timestamp>,
    pub reconfirmed_at: Option<Timestamp>,
    pub ticket_type_id: Option<i64>,
    /// The price paid or to pay, in minor units (paid tickets).
    pub amount: Option<i64>,
    pub currency: Option<String>,
    pub checkout_session_id: Option<String>,
    pub payment_intent: Option<String>,
    pub paid_at: Option<Timestamp>,
    pub refunded_amount: i64,
    /// Stripe's Checkout page while the ticket is held (to go back to paying).
    pub checkout_url: Option<String>,
    /// The language of the page they booked on (`None`: a walk-in or an API booking that
    /// named none; the chapter's language applies).
    pub language: Option<Lang>,
}

impl Rsvp {
    /// The guest's address as lists show it: empty for a walk-in who gave none (their
    /// `walk-in-…@door.invalid` placeholder is ours, not theirs).
    pub fn shown_email(&self) -> &str {
        if self.walk_in && self.email.ends_with("@door.invalid") { "" } else { &self.email }
    }

    pub fn status(&self) -> RsvpStatus {
        self.status
    }

    /// Seats this RSVP needs: the person and their plus-ones.
    pub fn seats(&self) -> i64 {
        1 + self.plus_ones
    }

    /// The language of this guest's emails: theirs, else the chapter's.
    pub fn lang(&self, chapter: Lang) -> Lang {
        self.language.unwrap_or(chapter)
    }

    /// Paid through Stripe (and so refundable).
    pub fn is_paid(&self) -> bool {
        self.paid_at.is_some() && self.payment_intent.is_some()
    }
}

pub(crate) const COLUMNS: &str = "id, event_id, name, email, status, token, created_at, updated_at, plus_ones,
    checkin_code, offer_expires_at, offers, hold_expires_at, checked_in_at, walk_in, cancelled_at, cancel_reason,
    reconfirm_sent_at, reconfirmed_at, ticket_type_id, amount, currency, checkout_session_id, payment_intent,
    paid_at, refunded_amount, checkout_url, language";

#[derive(Debug, Clone, Default)]
pub struct NewRsvp {
    pub name: String,
    pub email: String,
    /// Guests coming along (chapter setting `max_plus_ones`), counted against capacity.
    pub plus_ones: i64,
    /// The language of the page they booked on: their emails speak it (`None`: the chapter's).
    pub language: Option<Lang>,
    /// The guest accepted the chapter's code of conduct (required to book; a walk-in added by
    /// the door has none).
    pub accepts_code_of_conduct: bool,
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
pub fn validate(new: &NewRsvp, max_plus_ones: i64) -> Result<NewRsvp, TicketingError> {
    let mut errors = FieldErrors::new();
    let name = errors.line("name", &new.name, 100);
    let email = errors.email("email", &new.email);
    if new.plus_ones < 0 || new.plus_ones > max_plus_ones {
        let message = match max_plus_ones {
            0 => Message::new("error-no-plus-ones"),
            n => Message::new("error-plus-ones-max").arg("max", n),
        };
        errors.add("plus_ones", message);
    }
    if !new.accepts_code_of_conduct {
        errors.add("accept_code_of_conduct", "error-rsvp-code-of-conduct");
    }
    errors.into_result()?;
    Ok(NewRsvp { name, email, plus_ones: new.plus_ones, language: new.language, accepts_code_of_conduct: true })
}

/// Makes the seat counter of a new night. Call in the transaction that creates the night.
pub async fn open_event(tx: &mut Tx, event_id: i64) -> Result<(), sqlx::Error> {
    seats::open(tx, event_id).await
}

/// One booking's answer within a group: the RSVP, or this booking's own error (its fields,
/// a closed night).
pub type Booked = Result<RsvpOutcome, TicketingError>;

/// Books a group of people onto one night with free tickets, in the caller's transaction,
/// in the group's order: confirmed while seats are left and nobody waits, waitlisted after;
/// `pending` when the night wants approval. An email that has an RSVP for the night already
/// (before, or earlier in the group) gets that RSVP back unchanged, never a second seat.
///
/// The night's counter is locked once for the whole group and every statement serves all of
/// it (one read of the settings, one lookup of the emails, one seat update, one insert): the
/// bookings of a popular night cost one transaction and one commit per group instead of one
/// each. `night` is the night as the caller read it in this transaction, before the lock.
///
/// Each booking gets its own answer, in order. An `Err` of the whole call means nothing of
/// the group may be committed (a database error).
pub async fn rsvp_many(
    tx: &mut Tx,
    event_id: i64,
    night: Bookable,
    group: &[NewRsvp],
    now: DateTime<Utc>,
) -> Result<Vec<Booked>, TicketingError> {
    let (settings, free_allowed) = settings::for_booking_tx(tx, event_id).await?;
    let stamp = Timestamp::from_utc(now);
    let refusal = night.refusal(stamp);
    let mut answers: Vec<Option<Booked>> = Vec::with_capacity(group.len());
    let mut admitted = Vec::with_capacity(group.len());
    for (i, new) in group.iter().enumerate() {
        let checked = validate(new, settings.max_plus_ones).and_then(|new| match refusal {
            Some(reason) => Err(TicketingError::Closed(reason)),
            None if !free_allowed => Err(TicketingError::conflict("ticket_required", "error-ticket-required")),
            None => Ok(new),
        });
        match checked {
            Ok(new) => {
                admitted.push((i, new));
                answers.push(None);
            }
            Err(error) => answers.push(Some(Err(error))),
        }
    }
    if !admitted.is_empty() {
        // From here on the night's other bookings wait for this transaction: keep it short.
        let Some(counter) = seats::lock_get(tx, event_id).await? else {
            return Err(TicketingError::NotFound);
        };
        let emails: Vec<&str> = admitted.iter().map(|(_, new)| new.email.as_str()).collect();
        let mut known: HashMap<String, Rsvp> =
            find_by_emails(tx, event_id, &emails).await?.into_iter().map(|r| (r.email.clone(), r)).collect();
        // Decided in memory from the locked counter, in order: a new booking never jumps the
        // queue, so after the first one waitlisted the rest of the group waits too.
        let (mut free, mut queue, mut taken) = (counter.free(), counter.waitlisted, 0);
        let mut fresh: Vec<(usize, NewRsvp, RsvpStatus, Option<i64>)> = Vec::new();
        let mut placed: HashSet<String> = HashSet::new();
        let mut again: Vec<(usize, String)> = Vec::new();
        for (i, new) in admitted {
            if let Some(rsvp) = known.get(&new.email) {
                answers[i] = Some(Ok(RsvpOutcome { rsvp: rsvp.clone(), created: false, waitlist_position: None }));
                continue;
            }
            if !placed.insert(new.email.clone()) {
                // The same email earlier in this group: answered with that RSVP once inserted.
                again.push((i, new.email));
                continue;
            }
            let needed = 1 + new.plus_ones;
            let status = if counter.approval {
                RsvpStatus::Pending
            } else if queue == 0 && free >= needed {
                (free, taken) = (free - needed, taken + needed);
                RsvpStatus::Confirmed
            } else {
                queue += 1;
                RsvpStatus::Waitlisted
            };
            fresh.push((i, new, status, (status == RsvpStatus::Waitlisted).then_some(queue)));
        }
        // The counter is locked and was read under the lock: the seats decided above fit.
        if taken > 0 && !seats::take(tx, event_id, Pool::Confirmed, taken).await? {
            return Err(TicketingError::conflict("seats_changed", "error-seats-changed"));
        }
        let rows: Vec<(&NewRsvp, RsvpStatus, Option<Price<'_>>)> =
            fresh.iter().map(|(_, new, status, _)| (new, *status, None)).collect();
        let inserted = insert_many(tx, event_id, &rows, stamp).await?;
        for ((i, _, _, waitlist_position), rsvp) in fresh.into_iter().zip(inserted) {
            known.insert(rsvp.email.clone(), rsvp.clone());
            answers[i] = Some(Ok(RsvpOutcome { rsvp, created: true, waitlist_position }));
        }
        for (i, email) in again {
            let rsvp = known[&email].clone();
            answers[i] = Some(Ok(RsvpOutcome { rsvp, created: false, waitlist_position: None }));
        }
    }
    Ok(answers.into_iter().map(|answer| answer.expect("every booking of the group is answered")).collect())
}

/// A paid ticket's type id, amount (minor units) and currency.
pub(crate) type Price<'a> = (i64, i64, &'a str);

/// Inserts an RSVP row (the caller took its seats).
pub(crate) async fn insert(
    tx: &mut Tx,
    event_id: i64,
    new: &NewRsvp,
    status: RsvpStatus,
    ticket: Option<Price<'_>>,
    now: Timestamp,
) -> Result<Rsvp, TicketingError> {
    let mut rows = insert_many(tx, event_id, &[(new, status, ticket)], now).await?;
    Ok(rows.remove(0))
}

/// Inserts RSVP rows of one night, each `(person, status, ticket)` with `ticket` its type,
/// amount and currency, in as few statements as the database takes well; answers the rows in
/// the order given (the caller took their seats).
async fn insert_many(
    tx: &mut Tx,
    event_id: i64,
    rows: &[(&NewRsvp, RsvpStatus, Option<Price<'_>>)],
    now: Timestamp,
) -> Result<Vec<Rsvp>, sqlx::Error> {
    let mut inserted = Vec::with_capacity(rows.len());
    for chunk in rows.chunks(tx.rows_per_statement(12, rows.len())) {
        inserted.extend(insert_rows(tx, event_id, chunk, now).await?);
    }
    announce(tx, &inserted, now).await?;
    Ok(inserted)
}

/// [`insert_many`]'s one statement, in the order given. On PostgreSQL the rows go as one array
/// per column: the same statement for a group of any size, parsed once per connection and
/// planned once, where a multi-row `VALUES` is a new statement for each group size, parsed
/// anew and planned afresh for its first five runs (with the emails' insert, 0.9 ms of a
/// group's 10 while the night's counter is locked; docs/benchmarks.md).
async fn insert_rows(
    tx: &mut Tx,
    event_id: i64,
    rows: &[(&NewRsvp, RsvpStatus, Option<Price<'_>>)],
    now: Timestamp,
) -> Result<Vec<Rsvp>, sqlx::Error> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    const COLUMNS_IN: &str = "name, email, status, token, plus_ones, checkin_code, ticket_type_id, amount, currency,
                              language, waitlisted_at, coc_accepted_at, event_id, created_at, updated_at";
    let tokens: Vec<(String, String)> = rows.iter().map(|_| (new_token(), new_token())).collect();
    let waitlisted_at = |status: &RsvpStatus| (*status == RsvpStatus::Waitlisted).then_some(now);
    let coc_accepted_at = |new: &NewRsvp| new.accepts_code_of_conduct.then_some(now);
    let mut inserted: Vec<Rsvp> = match tx {
        Tx::Postgres(c, _) => {
            let sql = format!(
                "INSERT INTO rsvps ({COLUMNS_IN})
                 SELECT name, email, status, token, plus_ones, checkin_code, ticket_type_id, amount, currency,
                        language, waitlisted_at, coc_accepted_at, $1, $2, $2
                 FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::int8[], $8::text[], $9::int8[],
                             $10::int8[], $11::text[], $12::text[], $13::int8[], $14::int8[])
                      WITH ORDINALITY AS new (name, email, status, token, plus_ones, checkin_code, ticket_type_id,
                                              amount, currency, language, waitlisted_at, coc_accepted_at, n)
                 ORDER BY n
                 RETURNING {COLUMNS}"
            );
            sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(sql))
                .bind(event_id)
                .bind(now)
                .bind(rows.iter().map(|(new, _, _)| new.name.as_str()).collect::<Vec<_>>())
                .bind(rows.iter().map(|(new, _, _)| new.email.as_str()).collect::<Vec<_>>())
                .bind(rows.iter().map(|(_, status, _)| status.as_str()).collect::<Vec<_>>())
                .bind(tokens.iter().map(|(token, _)| token.as_str()).collect::<Vec<_>>())
                .bind(rows.iter().map(|(new, _, _)| new.plus_ones).collect::<Vec<_>>())
                .bind(tokens.iter().map(|(_, code)| code.as_str()).collect::<Vec<_>>())
                .bind(rows.iter().map(|(_, _, ticket)| ticket.map(|t| t.0)).collect::<Vec<_>>())
                .bind(rows.iter().map(|(_, _, ticket)| ticket.map(|t| t.1)).collect::<Vec<_>>())
                .bind(rows.iter().map(|(_, _, ticket)| ticket.map(|t| t.2)).collect::<Vec<_>>())
                .bind(rows.iter().map(|(new, _, _)| new.language.map(Lang::as_str)).collect::<Vec<_>>())
                .bind(rows.iter().map(|(_, status, _)| waitlisted_at(status).map(|t| t.0)).collect::<Vec<_>>())
                .bind(rows.iter().map(|(new, _, _)| coc_accepted_at(new).map(|t| t.0)).collect::<Vec<_>>())
                .fetch_all(&mut **c)
                .await?
        }
        Tx::Sqlite(c) => {
            // The row's own values first, then the night and the instant every row shares.
            let values = failnight_core::db::values(rows.len(), 3, 12, "$1, $2, $2");
            let sql = format!("INSERT INTO rsvps ({COLUMNS_IN}) VALUES {values} RETURNING {COLUMNS}");
            let mut query = sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(sql)).bind(event_id).bind(now);
            for ((new, status, ticket), (token, code)) in rows.iter().zip(&tokens) {
                query = query
                    .bind(&new.name)
                    .bind(&new.email)
                    .bind(status.as_str())
                    .bind(token)
                    .bind(new.plus_ones)
                    .bind(code)
                    .bind(ticket.map(|t| t.0))
                    .bind(ticket.map(|t| t.1))
                    .bind(ticket.map(|t| t.2))
                    .bind(new.language)
                    .bind(waitlisted_at(status))
                    .bind(coc_accepted_at(new));
            }
            query.fetch_all(&mut **c).await?
        }
    };
    // RETURNING promises no order: put the rows back in the order they were given.
    let mut ordered = Vec::with_capacity(inserted.len());
    for (token, _) in &tokens {
        let at = inserted.iter().position(|r| &r.token == token).ok_or(sqlx::Error::RowNotFound)?;
        ordered.push(inserted.swap_remove(at));
    }
    Ok(ordered)
}

/// The RSVP of `email` for the night that is not cancelled (one at most: someone who cancelled
/// may book again, as a new RSVP).
pub(crate) async fn find_by_email(tx: &mut Tx, event_id: i64, email: &str) -> Result<Option<Rsvp>, sqlx::Error> {
    Ok(find_by_emails(tx, event_id, &[email]).await?.pop())
}

/// The RSVPs of these emails for the night that are not cancelled (one per email at most; an
/// email given twice, its RSVP twice).
///
/// On PostgreSQL each email is looked up on its own, in one statement (the list joined
/// laterally with the lookup of one). Asked with the list, a planner whose statistics lag
/// behind a fast-growing table (a night's first minutes, a new database) reads every RSVP of
/// the night and filters them by email: a cost as big as the night, inside the seat counter's
/// lock. The lookup's `LIMIT 1` (there is one at most) keeps the planner from turning the join
/// into that same read of the night.
async fn find_by_emails(tx: &mut Tx, event_id: i64, emails: &[&str]) -> Result<Vec<Rsvp>, sqlx::Error> {
    match tx {
        Tx::Sqlite(c) => {
            let list = failnight_core::db::params(2, emails.len());
            let sql = format!(
                "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 AND email IN ({list}) AND status <> 'cancelled'"
            );
            let mut query = sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(sql)).bind(event_id);
            for email in emails {
                query = query.bind(*email);
            }
            query.fetch_all(&mut **c).await
        }
        Tx::Postgres(c, _) => {
            let sql = format!(
                "SELECT r.* FROM unnest($2::text[]) AS asked (email),
                 LATERAL (SELECT {COLUMNS} FROM rsvps
                          WHERE event_id = $1 AND email = asked.email AND status <> 'cancelled' LIMIT 1) AS r"
            );
            sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(sql)).bind(event_id).bind(emails).fetch_all(&mut **c).await
        }
    }
}

/// The RSVPs of many ticket links' tokens at once, in no particular order: what cannot be a
/// token is left out, and a token given twice is one row. The list is padded to a power of
/// two with its last token, so that a backend prepares a handful of statements, not one per
/// length.
pub async fn by_tokens(db: &Db, tokens: &[&str]) -> Result<Vec<Rsvp>, sqlx::Error> {
    let tokens: Vec<&str> = tokens.iter().copied().filter(|token| may_be_token(token)).collect();
    let Some(&last) = tokens.last() else {
        return Ok(Vec::new());
    };
    let padded = tokens.len().next_power_of_two();
    let list = failnight_core::db::params(1, padded);
    let sql = format!("SELECT {COLUMNS} FROM rsvps WHERE token IN ({list})");
    with_db!(db, |e| {
        let mut query = sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(sql.clone()));
        for token in tokens.iter().chain(std::iter::repeat_n(&last, padded - tokens.len())) {
            query = query.bind(*token);
        }
        query.fetch_all(e).await
    })
}

pub async fn get(exec: impl Into<Exec<'_>>, id: i64) -> Result<Option<Rsvp>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(e)
    .await)
}

/// The RSVP whose QR code carries `code` (any night; the door page checks it is its night).
pub async fn by_checkin_code(db: &Db, code: &str) -> Result<Option<Rsvp>, sqlx::Error> {
    if !may_be_token(code) {
        return Ok(None);
    }
    with_db!(db, |e| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE checkin_code = $1"
    )))
    .bind(code)
    .fetch_optional(e)
    .await)
}

/// Seats in use on a night: confirmed (with plus-ones), held and offered.
pub async fn seats_taken(exec: impl Into<Exec<'_>>, event_id: i64) -> Result<i64, sqlx::Error> {
    Ok(seats::get(exec, event_id).await?.in_use())
}

/// Seats in use per night, for lists of nights.
pub async fn seats_taken_many(db: &Db, event_ids: &[i64]) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let mut out = Vec::with_capacity(event_ids.len());
    for id in event_ids {
        out.push((*id, seats_taken(db, *id).await?));
    }
    Ok(out)
}

const WAITLIST_POSITION: &str = "SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'waitlisted' AND id <= $2";

/// The 1-based place of a waitlisted RSVP in its night's queue.
pub async fn waitlist_position(exec: impl Into<Exec<'_>>, rsvp: &Rsvp) -> Result<i64, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_scalar::<_, i64>(WAITLIST_POSITION)
        .bind(rsvp.event_id)
        .bind(rsvp.id)
        .fetch_one(e)
        .await)
}

/// RSVPs of a night by status (people, not seats), for checks and host views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct StatusCounts {
    pub pending: i64,
    pub confirmed: i64,
    pub waitlisted: i64,
    pub offered: i64,
    pub held: i64,
    pub checked_in: i64,
    pub cancelled: i64,
}

/// How many of the night's RSVPs are in each state: one count per state along the index
/// `rsvps_event_status (event_id, status, id)`, reading no row (a night of 5,000 guests costs
/// a few thousand index entries, not a CASE per row).
pub async fn status_counts(db: &Db, event_id: i64) -> Result<StatusCounts, sqlx::Error> {
    let rows: Vec<(String, i64)> =
        with_db!(db, |e| sqlx::query_as("SELECT status, COUNT(*) FROM rsvps WHERE event_id = $1 GROUP BY status")
            .bind(event_id)
            .fetch_all(e)
            .await)?;
    let mut counts = StatusCounts::default();
    for (status, n) in rows {
        let slot = match RsvpStatus::parse(&status) {
            Some(RsvpStatus::Pending) => &mut counts.pending,
            Some(RsvpStatus::Confirmed) => &mut counts.confirmed,
            Some(RsvpStatus::Waitlisted) => &mut counts.waitlisted,
            Some(RsvpStatus::Offered) => &mut counts.offered,
            Some(RsvpStatus::Held) => &mut counts.held,
            Some(RsvpStatus::CheckedIn) => &mut counts.checked_in,
            Some(RsvpStatus::Cancelled) => &mut counts.cancelled,
            Some(RsvpStatus::Declined) => continue,
            None => return Err(sqlx::Error::Decode(format!("an RSVP in the unknown state {status:?}").into())),
        };
        *slot = n;
    }
    Ok(counts)
}

/// The night's RSVPs in these states, in booking order (for telling guests of a change).
pub async fn with_status_tx(tx: &mut Tx, event_id: i64, statuses: &[RsvpStatus]) -> Result<Vec<Rsvp>, sqlx::Error> {
    let all: Vec<Rsvp> = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 ORDER BY id"
    )))
    .bind(event_id)
    .fetch_all(&mut *c)
    .await)?;
    Ok(all.into_iter().filter(|r| statuses.contains(&r.status()) && !r.walk_in).collect())
}

/// Moves an RSVP from `from` to `to` (and sets the listed extra column updates), only if it is
/// still in `from`; returns the row after.
pub(crate) async fn transition(
    tx: &mut Tx,
    id: i64,
    from: RsvpStatus,
    to: RsvpStatus,
    now: Timestamp,
    extra: &'static str,
) -> Result<Option<Rsvp>, sqlx::Error> {
    let after = with_tx!(tx, |c| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "UPDATE rsvps SET status = $3, updated_at = $4{extra} WHERE id = $1 AND status = $2 RETURNING {COLUMNS}"
    )))
    .bind(id)
    .bind(from.as_str())
    .bind(to.as_str())
    .bind(now)
    .fetch_optional(&mut *c)
    .await)?;
    if let Some(rsvp) = &after {
        announce(tx, std::slice::from_ref(rsvp), now).await?;
    }
    Ok(after)
}

/// Tells the night's webhooks about `rsvps`, each just moved to its status, if that status is
/// one they announce (confirmed, waitlisted, cancelled, checked in). By id, status and party
/// size only: the guest's name and address stay behind the API.
pub(crate) async fn announce(tx: &mut Tx, rsvps: &[Rsvp], now: Timestamp) -> Result<(), sqlx::Error> {
    let mut by_night: Vec<(i64, Vec<(Kind, serde_json::Value)>)> = Vec::new();
    for rsvp in rsvps {
        let kind = match rsvp.status() {
            RsvpStatus::Confirmed => Kind::RsvpConfirmed,
            RsvpStatus::Waitlisted => Kind::RsvpWaitlisted,
            RsvpStatus::Cancelled => Kind::RsvpCancelled,
            RsvpStatus::CheckedIn => Kind::RsvpCheckedIn,
            _ => continue,
        };
        let data = serde_json::json!({ "rsvp": {
            "id": rsvp.id,
            "night_id": rsvp.event_id,
            "status": rsvp.status(),
            "party_size": 1 + rsvp.plus_ones,
            "api": format!("/api/v1/events/{}/rsvps", rsvp.event_id),
        }});
        match by_night.iter_mut().find(|(night, _)| *night == rsvp.event_id) {
            Some((_, events)) => events.push((kind, data)),
            None => by_night.push((rsvp.event_id, vec![(kind, data)])),
        }
    }
    for (night, events) in by_night {
        webhooks::emit(tx, Scope::Night(night), now, &events).await?;
    }
    Ok(())
}

/// Up to `limit` confirmed RSVPs of a night after the one with id `after`, in booking order
/// (pages of a night's seated guests: `after` is the last id of the previous page, 0 first).
pub async fn confirmed_after(db: &Db, event_id: i64, after: i64, limit: i64) -> Result<Vec<Rsvp>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 AND status = 'confirmed' AND id > $2 ORDER BY id LIMIT $3"
    )))
    .bind(event_id)
    .bind(after)
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// The night's guests with a seat, each as `(id, name, email)`: what the door searches.
pub async fn seated_names(db: &Db, event_id: i64) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as(
        "SELECT id, name, email FROM rsvps WHERE event_id = $1 AND status IN ('confirmed', 'checked_in')"
    )
    .bind(event_id)
    .fetch_all(e)
    .await)
}

/// The night's RSVPs with a seat among `ids` (a search found them), in no order; one query.
pub async fn seated_among(db: &Db, event_id: i64, ids: &[i64]) -> Result<Vec<Rsvp>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = failnight_core::db::params(2, ids.len());
    let sql = format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 AND status IN ('confirmed', 'checked_in') AND id IN ({list})"
    );
    with_db!(db, |e| {
        let mut query = sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(sql.clone())).bind(event_id);
        for id in ids {
            query = query.bind(*id);
        }
        query.fetch_all(e).await
    })
}

/// The night's RSVPs after the one with id `after`, in booking order, at most `limit`: an
/// export's next page, read through the index on `(event_id, id)` however long the list.
pub async fn page_after(db: &Db, event_id: i64, after: i64, limit: i64) -> Result<Vec<Rsvp>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 AND id > $2 ORDER BY id LIMIT $3"
    )))
    .bind(event_id)
    .bind(after)
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// Every RSVP of a night, in booking order (for the door's whole list and the night's jobs).
pub async fn list(db: &Db, event_id: i64) -> Result<Vec<Rsvp>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Rsvp>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM rsvps WHERE event_id = $1 ORDER BY id"
    )))
    .bind(event_id)
    .fetch_all(e)
    .await)
}
