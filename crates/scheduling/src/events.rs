//! Nights (events): their times, venue, capacity and lifecycle.
//!
//! A night's local wall-clock start and end plus its IANA zone are the truth; `starts_at` and
//! `ends_at` are derived instants, recomputed whenever the local time or zone changes.
//! `sequence` is the iCalendar SEQUENCE: it grows with every change a guest's calendar must
//! learn about (time, venue, cancellation).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use failnight_core::{
    Db, FieldErrors, Timestamp, Tx,
    time::{LOCAL_FORMAT, local_to_utc, parse_local, parse_timezone},
    token::new_token,
    with_db, with_tx,
};

use crate::{Chapter, SchedulingError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventStatus {
    Draft,
    Published,
    Cancelled,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Draft => "draft",
            EventStatus::Published => "published",
            EventStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "draft" => Some(EventStatus::Draft),
            "published" => Some(EventStatus::Published),
            "cancelled" => Some(EventStatus::Cancelled),
            _ => None,
        }
    }
}

/// A night with its chapter and venue, as pages, emails and calendar files need it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EventDetails {
    pub id: i64,
    pub chapter_id: i64,
    pub uid: String,
    pub title: String,
    pub description: String,
    pub timezone: String,
    pub starts_local: String,
    pub ends_local: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub capacity: i64,
    pub status: String,
    pub sequence: i64,
    pub updated_at: Timestamp,
    pub venue_name: String,
    pub venue_address: String,
    pub chapter_slug: String,
    pub chapter_name: String,
}

pub type Event = EventDetails;

impl EventDetails {
    pub fn status(&self) -> EventStatus {
        EventStatus::parse(&self.status).unwrap_or(EventStatus::Draft)
    }

    pub fn tz(&self) -> Tz {
        parse_timezone(&self.timezone).unwrap_or(chrono_tz::UTC)
    }

    pub fn starts_utc(&self) -> DateTime<Utc> {
        self.starts_at.to_utc()
    }

    pub fn ends_utc(&self) -> DateTime<Utc> {
        self.ends_at.to_utc()
    }

    /// Over: the night has ended.
    pub fn is_past(&self, now: DateTime<Utc>) -> bool {
        self.ends_utc() <= now
    }

    /// Shown to the public: published or cancelled (a cancelled night stays visible, marked).
    pub fn is_public(&self) -> bool {
        matches!(self.status(), EventStatus::Published | EventStatus::Cancelled)
    }

    /// `venue, address` on one line, as calendars and maps want it.
    pub fn location(&self) -> String {
        format!("{}, {}", self.venue_name, self.venue_address)
    }
}

const DETAILS: &str = "SELECT e.id, e.chapter_id, e.uid, e.title, e.description, e.timezone, e.starts_local,
        e.ends_local, e.starts_at, e.ends_at, e.capacity, e.status, e.sequence, e.updated_at,
        v.name AS venue_name, v.address AS venue_address, c.slug AS chapter_slug, c.name AS chapter_name
    FROM events e JOIN venues v ON v.id = e.venue_id JOIN chapters c ON c.id = e.chapter_id";

/// What a host gives to create a night. Times are `YYYY-MM-DDTHH:MM` on the wall clock of
/// `timezone` (default: the chapter's).
#[derive(Debug, Clone, Default)]
pub struct NewEvent {
    pub title: String,
    pub description: String,
    pub starts_local: String,
    pub ends_local: String,
    pub timezone: Option<String>,
    pub venue_name: String,
    pub venue_address: String,
    pub capacity: i64,
    pub publish: bool,
}

pub const MAX_CAPACITY: i64 = 100_000;

struct ValidEvent {
    title: String,
    description: String,
    timezone: String,
    starts_local: String,
    ends_local: String,
    starts_at: Timestamp,
    ends_at: Timestamp,
    venue_name: String,
    venue_address: String,
}

fn validate(chapter: &Chapter, new: &NewEvent, now: DateTime<Utc>) -> Result<ValidEvent, SchedulingError> {
    let mut errors = FieldErrors::new();
    let title = errors.line("title", &new.title, 120);
    let description = errors.text("description", &new.description, 5_000);
    let venue_name = errors.line("venue.name", &new.venue_name, 120);
    let venue_address = errors.line("venue.address", &new.venue_address, 300);
    if !(1..=MAX_CAPACITY).contains(&new.capacity) {
        errors.add("capacity", format!("Give a number of seats from 1 to {MAX_CAPACITY}."));
    }
    let timezone = new.timezone.as_deref().map(str::trim).filter(|t| !t.is_empty()).unwrap_or(&chapter.timezone);
    let tz = parse_timezone(timezone);
    if tz.is_none() {
        errors.add("timezone", format!("\"{timezone}\" is not an IANA time zone such as Europe/Berlin."));
    }
    let mut instant = |field: &str, text: &str| -> Option<(String, DateTime<Utc>)> {
        let Some(local) = parse_local(text.trim()) else {
            errors.add(field, "Give a local date and time like 2026-12-10T19:00.");
            return None;
        };
        match local_to_utc(local, tz?) {
            Ok(at) => Some((local.format(LOCAL_FORMAT).to_string(), at)),
            Err(gap) => {
                errors.add(field, gap.to_string());
                None
            }
        }
    };
    let starts = instant("starts_at", &new.starts_local);
    let ends = instant("ends_at", &new.ends_local);
    if let Some((_, start)) = &starts {
        if *start <= now {
            errors.add("starts_at", "The night must start in the future.");
        }
        if let Some((_, end)) = &ends {
            if end <= start {
                errors.add("ends_at", "The night must end after it starts.");
            } else if *end - *start > chrono::Duration::hours(24) {
                errors.add("ends_at", "A night lasts at most 24 hours.");
            }
        }
    }
    errors.into_result()?;
    let ((starts_local, starts_at), (ends_local, ends_at)) = (starts.unwrap(), ends.unwrap());
    Ok(ValidEvent {
        title,
        description,
        timezone: timezone.to_string(),
        starts_local,
        ends_local,
        starts_at: Timestamp::from_utc(starts_at),
        ends_at: Timestamp::from_utc(ends_at),
        venue_name,
        venue_address,
    })
}

/// Creates a night in `chapter`. `uid_domain` is the right-hand side of its calendar UID.
pub async fn create(
    tx: &mut Tx,
    chapter: &Chapter,
    new: &NewEvent,
    uid_domain: &str,
    now: DateTime<Utc>,
) -> Result<EventDetails, SchedulingError> {
    let valid = validate(chapter, new, now)?;
    let stamp = Timestamp::from_utc(now);
    let venue_id = venue_id(tx, chapter.id, &valid.venue_name, &valid.venue_address, stamp).await?;
    let status = if new.publish { EventStatus::Published } else { EventStatus::Draft };
    let uid = format!("{}@{uid_domain}", new_token());
    let id: i64 = with_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO events (chapter_id, uid, title, description, timezone, starts_local, ends_local,
                             starts_at, ends_at, venue_id, capacity, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id"
    )
    .bind(chapter.id)
    .bind(&uid)
    .bind(&valid.title)
    .bind(&valid.description)
    .bind(&valid.timezone)
    .bind(&valid.starts_local)
    .bind(&valid.ends_local)
    .bind(valid.starts_at)
    .bind(valid.ends_at)
    .bind(venue_id)
    .bind(new.capacity)
    .bind(status.as_str())
    .bind(stamp)
    .fetch_one(&mut *c)
    .await)?;
    get_tx(tx, id).await?.ok_or(SchedulingError::NotFound)
}

/// The venue with this name and address in the chapter, created on first use.
async fn venue_id(tx: &mut Tx, chapter_id: i64, name: &str, address: &str, now: Timestamp) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
            "INSERT INTO venues (chapter_id, name, address, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (chapter_id, name, address) DO NOTHING",
        )
        .bind(chapter_id)
        .bind(name)
        .bind(address)
        .bind(now)
        .execute(&mut *c)
        .await?;
        sqlx::query_scalar("SELECT id FROM venues WHERE chapter_id = $1 AND name = $2 AND address = $3")
            .bind(chapter_id)
            .bind(name)
            .bind(address)
            .fetch_one(&mut *c)
            .await
    })
}

pub async fn get(db: &Db, id: i64) -> Result<Option<EventDetails>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!("{DETAILS} WHERE e.id = $1")))
        .bind(id)
        .fetch_optional(e)
        .await)
}

pub async fn get_tx(tx: &mut Tx, id: i64) -> Result<Option<EventDetails>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!("{DETAILS} WHERE e.id = $1")))
        .bind(id)
        .fetch_optional(&mut *c)
        .await)
}

/// The chapter's public nights that have not ended, soonest first.
pub async fn upcoming(db: &Db, chapter_id: i64, now: DateTime<Utc>) -> Result<Vec<EventDetails>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!(
        "{DETAILS} WHERE e.chapter_id = $1 AND e.status IN ('published', 'cancelled') AND e.ends_at > $2
         ORDER BY e.starts_at, e.id LIMIT 50"
    )))
    .bind(chapter_id)
    .bind(Timestamp::from_utc(now))
    .fetch_all(e)
    .await)
}

/// What ticketing needs to know to take a booking, read inside its transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bookable {
    pub capacity: i64,
    pub status: EventStatus,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
}

impl Bookable {
    /// Why this night takes no RSVPs at `now`, if it does not.
    pub fn refusal(&self, now: Timestamp) -> Option<&'static str> {
        match self.status {
            EventStatus::Draft => Some("This night is not open for RSVPs yet."),
            EventStatus::Cancelled => Some("This night has been cancelled."),
            EventStatus::Published if self.ends_at <= now => Some("This night is over."),
            EventStatus::Published => None,
        }
    }
}

pub async fn bookable(tx: &mut Tx, event_id: i64) -> Result<Option<Bookable>, sqlx::Error> {
    let row: Option<(i64, String, Timestamp, Timestamp)> =
        with_tx!(tx, |c| sqlx::query_as("SELECT capacity, status, starts_at, ends_at FROM events WHERE id = $1")
            .bind(event_id)
            .fetch_optional(&mut *c)
            .await)?;
    Ok(row.map(|(capacity, status, starts_at, ends_at)| Bookable {
        capacity,
        status: EventStatus::parse(&status).unwrap_or(EventStatus::Draft),
        starts_at,
        ends_at,
    }))
}
