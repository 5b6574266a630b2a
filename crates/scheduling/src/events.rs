//! Nights (events): their times, venue, capacity and lifecycle.
//!
//! A night's local wall-clock start and end plus its IANA zone are the truth; `starts_at` and
//! `ends_at` are derived instants, recomputed whenever the local time or zone changes.
//! `sequence` is the iCalendar SEQUENCE: it grows with every change a guest's calendar must
//! learn about (time, venue, cancellation).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use failnight_core::{
    Db, Exec, FieldErrors, Lang, Message, Timestamp, Tx,
    time::{LOCAL_FORMAT, LocalTimeError, Zone, local_to_utc, parse_local, parse_timezone},
    token::new_token,
    webhooks::{self, Kind, Scope},
    with_db, with_exec, with_tx,
};

use crate::{
    Chapter, SchedulingError,
    venues::{self, Venue},
};

failnight_core::text_enum! {
    /// `events.status`.
    pub enum EventStatus {
        Draft = "draft",
        Published = "published",
        Cancelled = "cancelled",
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
    pub timezone: Zone,
    pub starts_local: String,
    pub ends_local: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub capacity: i64,
    pub status: EventStatus,
    pub sequence: i64,
    pub updated_at: Timestamp,
    pub series_id: Option<i64>,
    pub occurrence: Option<String>,
    pub detached: bool,
    pub moved_from: Option<String>,
    pub venue_id: i64,
    pub venue_name: String,
    pub venue_address: String,
    pub venue_map_url: String,
    pub venue_accessibility: String,
    pub chapter_slug: String,
    pub chapter_name: String,
    /// The chapter's language: pages of visitors who chose none of ours, emails nobody chose a
    /// language for.
    pub chapter_language: Lang,
    /// The chapter's colour (`#rrggbb`) or empty, and its logo's hash or empty: what its
    /// emails are dressed in.
    pub chapter_accent: String,
    pub chapter_logo: String,
}

pub type Event = EventDetails;

impl EventDetails {
    pub fn status(&self) -> EventStatus {
        self.status
    }

    pub fn tz(&self) -> Tz {
        self.timezone.tz()
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
        e.series_id, e.occurrence, e.detached, e.moved_from, e.venue_id,
        v.name AS venue_name, v.address AS venue_address, v.map_url AS venue_map_url,
        v.accessibility AS venue_accessibility, c.slug AS chapter_slug, c.name AS chapter_name,
        c.language AS chapter_language, c.accent AS chapter_accent, c.logo AS chapter_logo
    FROM events e JOIN venues v ON v.id = e.venue_id JOIN chapters c ON c.id = e.chapter_id";

/// Where a night happens: a venue of the chapter, or a name and address (a venue is created
/// for them on first use).
#[derive(Debug, Clone)]
pub enum VenueChoice {
    Id(i64),
    Inline { name: String, address: String },
}

impl Default for VenueChoice {
    fn default() -> Self {
        VenueChoice::Inline { name: String::new(), address: String::new() }
    }
}

/// What a host gives to create a night. Times are `YYYY-MM-DDTHH:MM` on the wall clock of
/// `timezone` (default: the chapter's).
#[derive(Debug, Clone, Default)]
pub struct NewEvent {
    pub title: String,
    pub description: String,
    pub starts_local: String,
    pub ends_local: String,
    pub timezone: Option<String>,
    pub venue: VenueChoice,
    /// Seats; `None` takes the venue's capacity.
    pub capacity: Option<i64>,
    pub publish: bool,
}

pub const MAX_CAPACITY: i64 = 100_000;

/// Validated wall-clock times and their instants.
struct Times {
    timezone: Zone,
    starts_local: String,
    ends_local: String,
    starts_at: Timestamp,
    ends_at: Timestamp,
}

/// Checks a night's zone and local start/end; with `must_be_future`, the start must come after `now`.
fn times(
    errors: &mut FieldErrors,
    timezone: &str,
    starts: &str,
    ends: &str,
    now: DateTime<Utc>,
    must_be_future: bool,
) -> Option<Times> {
    let tz = parse_timezone(timezone);
    if tz.is_none() {
        errors.add("timezone", Message::new("error-timezone").arg("zone", timezone));
    }
    let mut instant = |field: &str, text: &str| -> Option<(String, DateTime<Utc>)> {
        let Some(local) = parse_local(text.trim()) else {
            errors.add(field, "error-night-local-time");
            return None;
        };
        match local_to_utc(local, tz?) {
            Ok(at) => Some((local.format(LOCAL_FORMAT).to_string(), at)),
            Err(gap) => {
                errors.add(
                    field,
                    match gap {
                        LocalTimeError::Gap(local, zone) => {
                            Message::new("error-night-time-gap").arg("local", local).arg("zone", zone)
                        }
                    },
                );
                None
            }
        }
    };
    let starts = instant("starts_at", starts);
    let ends = instant("ends_at", ends);
    let ((starts_local, start), (ends_local, end)) = (starts?, ends?);
    if must_be_future && start <= now {
        errors.add("starts_at", "error-night-start-past");
    }
    if end <= start {
        errors.add("ends_at", "error-night-end-before-start");
    } else if end - start > chrono::Duration::hours(24) {
        errors.add("ends_at", "error-night-too-long");
    }
    Some(Times {
        timezone: Zone(tz?),
        starts_local,
        ends_local,
        starts_at: Timestamp::from_utc(start),
        ends_at: Timestamp::from_utc(end),
    })
}

fn check_capacity(errors: &mut FieldErrors, capacity: Option<i64>) -> i64 {
    match capacity {
        Some(c) if (1..=MAX_CAPACITY).contains(&c) => c,
        _ => {
            errors.add("capacity", Message::new("error-capacity-range").arg("max", MAX_CAPACITY));
            0
        }
    }
}

/// The chapter's venue `id`, or a field error.
async fn chapter_venue(
    tx: &mut Tx,
    errors: &mut FieldErrors,
    chapter_id: i64,
    id: i64,
) -> Result<Option<Venue>, sqlx::Error> {
    let venue = venues::get(&mut *tx, id).await?.filter(|v| v.chapter_id == chapter_id);
    if venue.is_none() {
        errors.add("venue_id", "error-night-venue");
    }
    Ok(venue)
}

/// Creates a night in `chapter`. `uid_domain` is the right-hand side of its calendar UID.
pub async fn create(
    tx: &mut Tx,
    chapter: &Chapter,
    new: &NewEvent,
    uid_domain: &str,
    now: DateTime<Utc>,
) -> Result<EventDetails, SchedulingError> {
    let stamp = Timestamp::from_utc(now);
    let mut errors = FieldErrors::new();
    let title = errors.line("title", &new.title, 120);
    let description = errors.text("description", &new.description, 5_000);
    let timezone = new.timezone.as_deref().map(str::trim).filter(|t| !t.is_empty()).unwrap_or(chapter.timezone.name());
    let times = times(&mut errors, timezone, &new.starts_local, &new.ends_local, now, true);
    let (venue_id, venue_capacity) = match &new.venue {
        VenueChoice::Id(id) => match chapter_venue(tx, &mut errors, chapter.id, *id).await? {
            Some(venue) => (Some(venue.id), venue.capacity),
            None => (None, None),
        },
        VenueChoice::Inline { name, address } => {
            let name = errors.line("venue.name", name, 120);
            let address = errors.line("venue.address", address, 300);
            if errors.get("venue.name").is_none() && errors.get("venue.address").is_none() && errors.is_empty() {
                (Some(venues::find_or_create(tx, chapter.id, &name, &address, stamp).await?), None)
            } else {
                (None, None)
            }
        }
    };
    let capacity = check_capacity(&mut errors, new.capacity.or(venue_capacity));
    errors.into_result()?;
    let (times, venue_id) = (times.expect("valid when no errors"), venue_id.expect("valid when no errors"));
    let status = if new.publish { EventStatus::Published } else { EventStatus::Draft };
    let id = insert(tx, chapter.id, &title, &description, &times, venue_id, capacity, status, None, uid_domain, stamp)
        .await?;
    get(&mut *tx, id).await?.ok_or(SchedulingError::NotFound)
}

/// Writes a night row; `Some((series, occurrence))` makes it one of a series and writes
/// nothing (returning `None`) when that occurrence exists already.
#[allow(clippy::too_many_arguments)]
async fn insert_row(
    tx: &mut Tx,
    chapter_id: i64,
    title: &str,
    description: &str,
    times: &Times,
    venue_id: i64,
    capacity: i64,
    status: EventStatus,
    occurrence: Option<(i64, &str)>,
    uid_domain: &str,
    now: Timestamp,
) -> Result<Option<i64>, sqlx::Error> {
    let uid = format!("{}@{uid_domain}", new_token());
    let id = with_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO events (chapter_id, uid, title, description, timezone, starts_local, ends_local,
                             starts_at, ends_at, venue_id, capacity, status, series_id, occurrence, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
         ON CONFLICT (series_id, occurrence) DO NOTHING
         RETURNING id"
    )
    .bind(chapter_id)
    .bind(&uid)
    .bind(title)
    .bind(description)
    .bind(times.timezone)
    .bind(&times.starts_local)
    .bind(&times.ends_local)
    .bind(times.starts_at)
    .bind(times.ends_at)
    .bind(venue_id)
    .bind(capacity)
    .bind(status)
    .bind(occurrence.map(|(series, _)| series))
    .bind(occurrence.map(|(_, date)| date))
    .bind(now)
    .fetch_optional(&mut *c)
    .await
    })
    .map(|id: Option<i64>| id)?;
    if let Some(id) = id
        && status == EventStatus::Published
        && let Some(event) = get(&mut *tx, id).await?
    {
        announce(tx, &event, Kind::NightPublished, now).await?;
    }
    Ok(id)
}

#[allow(clippy::too_many_arguments)]
async fn insert(
    tx: &mut Tx,
    chapter_id: i64,
    title: &str,
    description: &str,
    times: &Times,
    venue_id: i64,
    capacity: i64,
    status: EventStatus,
    occurrence: Option<(i64, &str)>,
    uid_domain: &str,
    now: Timestamp,
) -> Result<i64, SchedulingError> {
    insert_row(tx, chapter_id, title, description, times, venue_id, capacity, status, occurrence, uid_domain, now)
        .await?
        .ok_or(SchedulingError::Conflict("error-night-exists"))
}

/// One occurrence of a series as a new night, unless that occurrence exists already (then
/// `None`: materialising is idempotent, on any number of workers at once).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn insert_occurrence(
    tx: &mut Tx,
    chapter_id: i64,
    series_id: i64,
    occurrence: &str,
    title: &str,
    description: &str,
    zone: Zone,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    venue_id: i64,
    capacity: i64,
    status: EventStatus,
    uid_domain: &str,
    now: Timestamp,
) -> Result<Option<i64>, sqlx::Error> {
    let tz = zone.tz();
    let times = Times {
        timezone: zone,
        starts_local: start.with_timezone(&tz).format(LOCAL_FORMAT).to_string(),
        ends_local: end.with_timezone(&tz).format(LOCAL_FORMAT).to_string(),
        starts_at: Timestamp::from_utc(start),
        ends_at: Timestamp::from_utc(end),
    };
    insert_row(
        tx,
        chapter_id,
        title,
        description,
        &times,
        venue_id,
        capacity,
        status,
        Some((series_id, occurrence)),
        uid_domain,
        now,
    )
    .await
}

/// Changes to one night; `None` keeps a field as it is.
#[derive(Debug, Clone, Default)]
pub struct EventPatch {
    pub title: Option<String>,
    pub description: Option<String>,
    pub starts_local: Option<String>,
    pub ends_local: Option<String>,
    pub timezone: Option<String>,
    pub venue_id: Option<i64>,
    pub capacity: Option<i64>,
}

/// A changed night, and whether its guests' calendars must learn of it (time or place).
#[derive(Debug, Clone)]
pub struct Updated {
    pub event: EventDetails,
    pub rescheduled: bool,
}

/// Why a night cannot be changed now, if it cannot.
fn frozen(event: &EventDetails, now: DateTime<Utc>) -> Result<(), SchedulingError> {
    if event.status() == EventStatus::Cancelled {
        return Err(SchedulingError::Conflict("error-night-cancelled-no-change"));
    }
    if event.is_past(now) {
        return Err(SchedulingError::Conflict("error-night-over-no-change"));
    }
    Ok(())
}

/// Edits a night. A new time or venue raises its SEQUENCE (and records where it moved from);
/// with `detach`, a night of a series is marked as edited on its own, so later edits of the
/// series leave it alone. `min_capacity` is the number of seats already taken.
pub async fn update(
    tx: &mut Tx,
    event: &EventDetails,
    patch: &EventPatch,
    min_capacity: i64,
    detach: bool,
    now: DateTime<Utc>,
) -> Result<Updated, SchedulingError> {
    frozen(event, now)?;
    let mut errors = FieldErrors::new();
    let title = errors.line("title", patch.title.as_deref().unwrap_or(&event.title), 120);
    let description = errors.text("description", patch.description.as_deref().unwrap_or(&event.description), 5_000);
    let timezone = patch.timezone.as_deref().map(str::trim).filter(|t| !t.is_empty()).unwrap_or(event.timezone.name());
    let time_changing = patch.starts_local.is_some() || patch.ends_local.is_some() || timezone != event.timezone.name();
    let times = times(
        &mut errors,
        timezone,
        patch.starts_local.as_deref().unwrap_or(&event.starts_local),
        patch.ends_local.as_deref().unwrap_or(&event.ends_local),
        now,
        time_changing,
    );
    let venue_id = match patch.venue_id {
        Some(id) if id != event.venue_id => {
            chapter_venue(tx, &mut errors, event.chapter_id, id).await?.map_or(event.venue_id, |v| v.id)
        }
        _ => event.venue_id,
    };
    let capacity = check_capacity(&mut errors, Some(patch.capacity.unwrap_or(event.capacity)));
    if capacity > 0 && capacity < min_capacity {
        errors.add("capacity", Message::new("error-capacity-below-seats").arg("count", min_capacity));
    }
    errors.into_result()?;
    let times = times.expect("valid when no errors");
    let moved = times.starts_at != event.starts_at || times.ends_at != event.ends_at;
    let rescheduled = moved || venue_id != event.venue_id;
    let moved_from =
        if times.starts_at != event.starts_at { Some(event.starts_local.clone()) } else { event.moved_from.clone() };
    with_tx!(tx, |c| sqlx::query(
        "UPDATE events SET title = $2, description = $3, timezone = $4, starts_local = $5, ends_local = $6,
                starts_at = $7, ends_at = $8, venue_id = $9, capacity = $10, sequence = sequence + $11,
                moved_from = $12, detached = (detached OR $13), updated_at = $14
         WHERE id = $1"
    )
    .bind(event.id)
    .bind(&title)
    .bind(&description)
    .bind(times.timezone)
    .bind(&times.starts_local)
    .bind(&times.ends_local)
    .bind(times.starts_at)
    .bind(times.ends_at)
    .bind(venue_id)
    .bind(capacity)
    .bind(i64::from(rescheduled))
    .bind(moved_from)
    .bind(detach && event.series_id.is_some())
    .bind(Timestamp::from_utc(now))
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    let event = get(&mut *tx, event.id).await?.ok_or(SchedulingError::NotFound)?;
    if event.status() == EventStatus::Published {
        announce(tx, &event, Kind::NightChanged, Timestamp::from_utc(now)).await?;
    }
    Ok(Updated { event, rescheduled })
}

/// Draft → published: the night appears publicly and takes RSVPs.
pub async fn publish(tx: &mut Tx, event: &EventDetails, now: DateTime<Utc>) -> Result<EventDetails, SchedulingError> {
    frozen(event, now)?;
    if event.status() != EventStatus::Draft {
        return Err(SchedulingError::Conflict("error-night-published"));
    }
    set_status(tx, event.id, EventStatus::Published, 0, now).await
}

/// → cancelled, with a higher SEQUENCE so calendars drop it. The night stays visible, marked.
pub async fn cancel(tx: &mut Tx, event: &EventDetails, now: DateTime<Utc>) -> Result<EventDetails, SchedulingError> {
    frozen(event, now)?;
    set_status(tx, event.id, EventStatus::Cancelled, 1, now).await
}

async fn set_status(
    tx: &mut Tx,
    id: i64,
    status: EventStatus,
    bump: i64,
    now: DateTime<Utc>,
) -> Result<EventDetails, SchedulingError> {
    with_tx!(tx, |c| sqlx::query(
        "UPDATE events SET status = $2, sequence = sequence + $3, updated_at = $4 WHERE id = $1"
    )
    .bind(id)
    .bind(status)
    .bind(bump)
    .bind(Timestamp::from_utc(now))
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    let event = get(&mut *tx, id).await?.ok_or(SchedulingError::NotFound)?;
    let kind = if status == EventStatus::Published { Kind::NightPublished } else { Kind::NightCancelled };
    announce(tx, &event, kind, Timestamp::from_utc(now)).await?;
    Ok(event)
}

/// Tells the chapter's webhooks about `event` (see `failnight_core::webhooks`): what the
/// public sees of it, by id and times, and where the API has the rest.
async fn announce(tx: &mut Tx, event: &EventDetails, kind: Kind, now: Timestamp) -> Result<(), sqlx::Error> {
    let data = serde_json::json!({ "night": {
        "id": event.id,
        "title": event.title,
        "status": event.status,
        "starts_at": event.starts_at.rfc3339(),
        "ends_at": event.ends_at.rfc3339(),
        "timezone": event.timezone.name(),
        "capacity": event.capacity,
        "venue": event.venue_name,
        "page": format!("/e/{}", event.id),
        "api": format!("/api/v1/events/{}", event.id),
    }});
    webhooks::emit(tx, Scope::Chapter(event.chapter_id), now, &[(kind, data)]).await.map(|_| ())
}

/// After a venue's name or address changed: raises the SEQUENCE of its nights still to come
/// (not cancelled) and returns them, for their guests to be told.
pub async fn venue_changed(tx: &mut Tx, venue_id: i64, now: DateTime<Utc>) -> Result<Vec<EventDetails>, sqlx::Error> {
    let stamp = Timestamp::from_utc(now);
    let ids: Vec<i64> = with_tx!(tx, |c| sqlx::query_scalar(
        "UPDATE events SET sequence = sequence + 1, updated_at = $3
         WHERE venue_id = $1 AND status <> 'cancelled' AND ends_at > $2 RETURNING id"
    )
    .bind(venue_id)
    .bind(stamp)
    .bind(stamp)
    .fetch_all(&mut *c)
    .await)?;
    let mut events = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(event) = get(&mut *tx, id).await? {
            if event.status() == EventStatus::Published {
                announce(tx, &event, Kind::NightChanged, stamp).await?;
            }
            events.push(event);
        }
    }
    Ok(events)
}

pub async fn get(exec: impl Into<Exec<'_>>, id: i64) -> Result<Option<EventDetails>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!(
        "{DETAILS} WHERE e.id = $1"
    )))
    .bind(id)
    .fetch_optional(e)
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

/// The chapter's nights not yet over and not cancelled, drafts too, soonest first, at most
/// `limit`: the hosts' dashboard, without reading years of past nights.
pub async fn coming_for_hosts(
    db: &Db,
    chapter_id: i64,
    now: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<EventDetails>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!(
        "{DETAILS} WHERE e.chapter_id = $1 AND e.status <> 'cancelled' AND e.ends_at > $2
         ORDER BY e.starts_at, e.id LIMIT $3"
    )))
    .bind(chapter_id)
    .bind(Timestamp::from_utc(now))
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// Whether the chapter has any night at all (the dashboard's first steps).
pub async fn any(db: &Db, chapter_id: i64) -> Result<bool, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, bool>("SELECT EXISTS (SELECT 1 FROM events WHERE chapter_id = $1)")
        .bind(chapter_id)
        .fetch_one(e)
        .await)
}

/// The chapter's last public nights that took place (not cancelled), latest first.
pub async fn past(db: &Db, chapter_id: i64, now: DateTime<Utc>, limit: i64) -> Result<Vec<EventDetails>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!(
        "{DETAILS} WHERE e.chapter_id = $1 AND e.status = 'published' AND e.ends_at <= $2
         ORDER BY e.starts_at DESC, e.id DESC LIMIT $3"
    )))
    .bind(chapter_id)
    .bind(Timestamp::from_utc(now))
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// Every published or cancelled night of the chapter, for its calendar feed.
pub async fn feed(db: &Db, chapter_id: i64) -> Result<Vec<EventDetails>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!(
        "{DETAILS} WHERE e.chapter_id = $1 AND e.status IN ('published', 'cancelled') ORDER BY e.starts_at, e.id"
    )))
    .bind(chapter_id)
    .fetch_all(e)
    .await)
}

/// Every night of the chapter, drafts included, for its hosts.
pub async fn all_for_hosts(db: &Db, chapter_id: i64) -> Result<Vec<EventDetails>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!(
        "{DETAILS} WHERE e.chapter_id = $1 ORDER BY e.starts_at, e.id"
    )))
    .bind(chapter_id)
    .fetch_all(e)
    .await)
}

/// The nights of a series that start after `now`, in order.
pub async fn of_series_tx(tx: &mut Tx, series_id: i64, now: DateTime<Utc>) -> Result<Vec<EventDetails>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!(
        "{DETAILS} WHERE e.series_id = $1 AND e.starts_at > $2 ORDER BY e.starts_at, e.id"
    )))
    .bind(series_id)
    .bind(Timestamp::from_utc(now))
    .fetch_all(&mut *c)
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
            EventStatus::Draft => Some("error-night-not-open"),
            EventStatus::Cancelled => Some("error-night-cancelled"),
            EventStatus::Published if self.ends_at <= now => Some("error-night-over"),
            EventStatus::Published => None,
        }
    }
}

impl EventDetails {
    /// What ticketing needs of this night, from a read already made inside the booking's
    /// transaction (saves `bookable`'s query on the booking path).
    pub fn bookable(&self) -> Bookable {
        Bookable { capacity: self.capacity, status: self.status, starts_at: self.starts_at, ends_at: self.ends_at }
    }
}

pub async fn bookable(tx: &mut Tx, event_id: i64) -> Result<Option<Bookable>, sqlx::Error> {
    let row: Option<(i64, EventStatus, Timestamp, Timestamp)> =
        with_tx!(tx, |c| sqlx::query_as("SELECT capacity, status, starts_at, ends_at FROM events WHERE id = $1")
            .bind(event_id)
            .fetch_optional(&mut *c)
            .await)?;
    Ok(row.map(|(capacity, status, starts_at, ends_at)| Bookable { capacity, status, starts_at, ends_at }))
}

/// Published nights starting after `from` and no later than `to`, soonest first (for reminders).
pub async fn published_starting_between(
    db: &Db,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<EventDetails>, sqlx::Error> {
    published_between(db, "starts_at", from, to).await
}

/// Published nights that ended after `from` and no later than `to`, in order of their end (for
/// the morning after's feedback requests).
pub async fn published_ending_between(
    db: &Db,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<EventDetails>, sqlx::Error> {
    published_between(db, "ends_at", from, to).await
}

/// Published nights whose `instant` (`starts_at` or `ends_at`) is after `from` and no later
/// than `to`, in its order.
async fn published_between(
    db: &Db,
    instant: &'static str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<EventDetails>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, EventDetails>(sqlx::AssertSqlSafe(format!(
        "{DETAILS} WHERE e.status = 'published' AND e.{instant} > $1 AND e.{instant} <= $2 ORDER BY e.{instant}, e.id"
    )))
    .bind(Timestamp::from_utc(from))
    .bind(Timestamp::from_utc(to))
    .fetch_all(e)
    .await)
}
