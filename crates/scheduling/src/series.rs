//! Series: the same night every month (or week), as an RFC 5545 RRULE in the chapter's zone.
//!
//! Expansion works on the wall clock: the rule is expanded over "floating" local date-times
//! (computed as if in UTC, so daylight saving never shifts them), and each occurrence's local
//! 19:00 is then placed in the chapter's zone. A series at 19:00 Europe/Berlin stays at 19:00
//! local in March and October. An occurrence whose start falls in a spring-forward gap is read
//! with the offset before the gap (RFC 5545 §3.3.5): a 02:30 series night on the night Berlin
//! skips 02:00–03:00 starts at 03:30 local; an ambiguous time takes the earlier instant.
//!
//! Occurrences are materialised as events ahead of time ([`materialise`]); each carries its
//! series id and occurrence date under a unique index, so materialising twice, or on two
//! instances at once, creates each night once.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use failnight_core::{Db, FieldErrors, Lang, Message, Timestamp, Tx, time::local_to_utc_lenient, with_db, with_tx};
use rrule::{Frequency, NWeekday, RRule, Tz as RTz, Unvalidated, Weekday};

use crate::{Chapter, SchedulingError, events, venues};

failnight_core::text_enum! {
    /// `series.status`: an ended series makes no more nights and cannot be edited.
    pub enum SeriesStatus {
        Active = "active",
        Ended = "ended",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Series {
    pub id: i64,
    pub chapter_id: i64,
    /// May contain `{month}` (December 2026), `{date}` (10 December 2026) and `{n}` (the
    /// occurrence's number in the series, from 1).
    pub title: String,
    pub description: String,
    pub venue_id: i64,
    pub capacity: i64,
    /// Local start, `HH:MM`.
    pub start_time: String,
    pub duration_minutes: i64,
    /// The RRULE, e.g. `FREQ=MONTHLY;BYDAY=2TH`.
    pub rrule: String,
    /// The first local date the rule may produce, `YYYY-MM-DD`.
    pub starts_on: String,
    /// Whether new occurrences are published at once (else drafts).
    pub publish: bool,
    pub status: SeriesStatus,
}

const COLUMNS: &str = "id, chapter_id, title, description, venue_id, capacity, start_time, duration_minutes, rrule, starts_on, publish, status";

/// A series' fields; on update, `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct SeriesInput {
    pub title: Option<String>,
    pub description: Option<String>,
    pub venue_id: Option<i64>,
    pub capacity: Option<i64>,
    pub start_time: Option<String>,
    pub duration_minutes: Option<i64>,
    pub rrule: Option<String>,
    pub starts_on: Option<String>,
    pub publish: Option<bool>,
}

/// The most nights a series may have in any seven days: a chapter's night is monthly, perhaps
/// weekly; twice a week is the most a real one needs (a Tuesday and a Thursday).
pub const MAX_PER_WEEK: usize = 2;

/// The most nights one materialisation creates (two years of weekly nights): the rest of the
/// horizon comes on the next run, an hour later. Bounds the write transaction of a new series.
pub const MAX_NEW_NIGHTS: usize = 100;

/// How far from today a series may start (its first date), in years: the occurrences are
/// counted from it each time the series is expanded.
pub const MAX_YEARS_FROM_TODAY: i32 = 5;

/// Parses an RRULE for a series: weekly, monthly or yearly, without DTSTART (the series gives
/// it) and without a time of day (its start time gives it). `DTSTART`, `RRULE:` prefixes and
/// lower case are tolerated.
///
/// Nothing finer than weekly: a night is an evening, DAILY would mean a festival, and a rule
/// that needs several days a week says so with BYDAY (at most [`MAX_PER_WEEK`], see
/// [`check_rule`]). BYHOUR, BYMINUTE and BYSECOND would make several occurrences a day (up to
/// 65,535 of them), all at other times than the series' start: refused.
pub fn parse_rule(text: &str) -> Result<RRule<Unvalidated>, Message> {
    let text = text.trim();
    let text = text.strip_prefix("RRULE:").or_else(|| text.strip_prefix("rrule:")).unwrap_or(text).to_uppercase();
    if text.is_empty() {
        return Err("error-rrule-empty".into());
    }
    if text.contains("DTSTART") || text.contains('\n') {
        return Err("error-rrule-dtstart".into());
    }
    let rule: RRule<Unvalidated> = text.parse().map_err(invalid_rule)?;
    if !matches!(rule.get_freq(), Frequency::Weekly | Frequency::Monthly | Frequency::Yearly) {
        return Err("error-rrule-frequency".into());
    }
    if !(rule.get_by_hour().is_empty() && rule.get_by_minute().is_empty() && rule.get_by_second().is_empty()) {
        return Err("error-rrule-time-of-day".into());
    }
    Ok(rule)
}

/// The library's reason stays as it wrote it (English): it names parts of the RRULE syntax.
fn invalid_rule(error: impl std::fmt::Display) -> Message {
    Message::new("error-rrule-invalid").arg("reason", error.to_string())
}

fn floating(t: NaiveDateTime) -> DateTime<RTz> {
    t.and_utc().with_timezone(&RTz::UTC)
}

/// Checks a parsed rule against its first date and start time: it must build (a valid UNTIL,
/// INTERVAL…) and make at most [`MAX_PER_WEEK`] nights in any seven days over its first two
/// years (a monthly, yearly or BYSETPOS rule repeats within them).
pub fn check_rule(rule: RRule<Unvalidated>, first: NaiveDate, time: NaiveTime) -> Result<(), Message> {
    let set = rule.build(floating(first.and_time(time))).map_err(invalid_rule)?;
    // Without BYHOUR and the like, at most one occurrence a day: 732 days, 732 dates at most.
    let until = floating((first + chrono::Days::new(732)).and_time(time));
    let dates: Vec<NaiveDate> = set.before(until).all(800).dates.iter().map(|d| d.date_naive()).collect();
    match dates.windows(MAX_PER_WEEK + 1).find(|w| (w[MAX_PER_WEEK] - w[0]).num_days() < 7) {
        Some(crowded) => Err(Message::new("error-rrule-crowded")
            .arg("max", MAX_PER_WEEK)
            .arg("count", crowded.len())
            .arg("from", crowded[0].to_string())
            .arg("to", crowded[MAX_PER_WEEK].to_string())),
        None => Ok(()),
    }
}

fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}

/// The occurrences' local start date-times between `from` and `to` (inclusive), each with its
/// 1-based number in the series.
pub fn local_occurrences(series: &Series, from: NaiveDate, to: NaiveDate) -> Vec<(usize, NaiveDateTime)> {
    let (Ok(rule), Some(time), Ok(first)) = (
        parse_rule(&series.rrule),
        parse_time(&series.start_time),
        NaiveDate::parse_from_str(&series.starts_on, "%Y-%m-%d"),
    ) else {
        return Vec::new();
    };
    let Ok(set) = rule.build(floating(first.and_time(time))) else { return Vec::new() };
    let until = floating(to.and_time(time));
    let all = set.before(until + chrono::Duration::seconds(1)).all(u16::MAX);
    all.dates
        .into_iter()
        .map(|d| d.naive_utc())
        .enumerate()
        .map(|(i, d)| (i + 1, d))
        .filter(|(_, d)| d.date() >= from && d.date() <= to)
        .collect()
}

fn title_for(template: &str, n: usize, date: NaiveDate) -> String {
    template
        .replace("{month}", &date.format("%B %Y").to_string())
        .replace("{date}", &date.format("%-d %B %Y").to_string())
        .replace("{n}", &n.to_string())
}

/// Every day of the week, as RRULE's BYDAY names them: its code and its name in `lang`.
fn weekday_in(day: Weekday, lang: Lang) -> (&'static str, String) {
    let (code, key) = match day {
        Weekday::Mon => ("monday", "common-weekday-monday"),
        Weekday::Tue => ("tuesday", "common-weekday-tuesday"),
        Weekday::Wed => ("wednesday", "common-weekday-wednesday"),
        Weekday::Thu => ("thursday", "common-weekday-thursday"),
        Weekday::Fri => ("friday", "common-weekday-friday"),
        Weekday::Sat => ("saturday", "common-weekday-saturday"),
        Weekday::Sun => ("sunday", "common-weekday-sunday"),
    };
    (code, lang.t(key))
}

/// The cadence in words: "every second Thursday of the month, 19:00" (English, as the API
/// gives it).
pub fn describe(rrule: &str, start_time: &str) -> String {
    describe_in(rrule, start_time, Lang::En)
}

/// The cadence in words in `lang`: "cada segundo jueves del mes, 19:00".
pub fn describe_in(rrule: &str, start_time: &str, lang: Lang) -> String {
    let Ok(rule) = parse_rule(rrule) else {
        return lang.f2("host-cadence-custom", "rule", rrule, "time", start_time);
    };
    let interval = i64::from(rule.get_interval());
    // The first day's code: some languages agree their words with its gender.
    let mut first = "";
    let days: Vec<String> = rule
        .get_by_weekday()
        .iter()
        .map(|d| {
            let (n, day) = match d {
                NWeekday::Every(day) => (0, *day),
                NWeekday::Nth(n, day) => (i64::from(*n), *day),
            };
            let (code, name) = weekday_in(day, lang);
            if first.is_empty() {
                first = code;
            }
            lang.f3("host-cadence-day", "n", n, "name", name, "day", code)
        })
        .collect();
    let has_days = !days.is_empty();
    let and = format!(" {} ", lang.t("host-cadence-and"));
    let days = days.join(&and);
    let phrase = |key: &str, days: &str| lang.f3(key, "n", interval, "days", days, "day", first);
    let cadence = match (rule.get_freq(), interval) {
        (Frequency::Weekly, 1) if has_days => phrase("host-cadence-weekly", &days),
        (Frequency::Weekly, 2) if has_days => phrase("host-cadence-every-other-week", &days),
        (Frequency::Weekly, _) if has_days => phrase("host-cadence-weeks-on", &days),
        (Frequency::Weekly, _) => phrase("host-cadence-weeks", ""),
        (Frequency::Monthly, 1) if has_days => phrase("host-cadence-monthly-on", &days),
        (Frequency::Monthly, _) if has_days => phrase("host-cadence-months-on", &days),
        (Frequency::Monthly, _) if !rule.get_by_month_day().is_empty() => {
            let month_days: Vec<String> = rule.get_by_month_day().iter().map(|d| d.to_string()).collect();
            phrase("host-cadence-monthly-day", &month_days.join(&and))
        }
        (Frequency::Monthly, _) => lang.t("host-cadence-monthly"),
        _ => lang.t("host-cadence-yearly"),
    };
    lang.f2("host-cadence-at", "cadence", cadence, "time", start_time)
}

struct Valid {
    title: String,
    description: String,
    venue_id: i64,
    capacity: i64,
    start_time: String,
    duration_minutes: i64,
    rrule: String,
    starts_on: String,
    publish: bool,
}

async fn validate(
    tx: &mut Tx,
    chapter: &Chapter,
    current: Option<&Series>,
    input: &SeriesInput,
    today: NaiveDate,
) -> Result<Valid, SchedulingError> {
    let mut errors = FieldErrors::new();
    let pick = |new: &Option<String>, old: Option<&String>| new.clone().or_else(|| old.cloned()).unwrap_or_default();
    let title = errors.line("title", &pick(&input.title, current.map(|s| &s.title)), 120);
    let description = errors.text("description", &pick(&input.description, current.map(|s| &s.description)), 5_000);
    let start_time = pick(&input.start_time, current.map(|s| &s.start_time));
    let start_time = match parse_time(&start_time) {
        Some(t) => t.format("%H:%M").to_string(),
        None => {
            errors.add("start_time", "error-series-start-time");
            String::new()
        }
    };
    let duration_minutes = input.duration_minutes.or(current.map(|s| s.duration_minutes)).unwrap_or(180);
    if !(15..=24 * 60).contains(&duration_minutes) {
        errors.add("duration_minutes", "error-series-duration");
    }
    let starts_on = pick(&input.starts_on, current.map(|s| &s.starts_on));
    let first = if starts_on.trim().is_empty() {
        Some(today)
    } else {
        match NaiveDate::parse_from_str(starts_on.trim(), "%Y-%m-%d") {
            Ok(date) if input.starts_on.is_some() && (date.year() - today.year()).abs() > MAX_YEARS_FROM_TODAY => {
                errors.add("starts_on", Message::new("error-series-date-range").arg("years", MAX_YEARS_FROM_TODAY));
                None
            }
            Ok(date) => Some(date),
            Err(_) => {
                errors.add("starts_on", "error-series-date");
                None
            }
        }
    };
    let starts_on = first.map(|d| d.to_string()).unwrap_or_default();
    let rrule = pick(&input.rrule, current.map(|s| &s.rrule)).trim().to_uppercase();
    let checked = parse_rule(&rrule).and_then(|rule| match (first, parse_time(&start_time)) {
        (Some(first), Some(time)) => check_rule(rule, first, time),
        _ => Ok(()),
    });
    if let Err(message) = checked {
        errors.add("rrule", message);
    }
    let venue_id = input.venue_id.or(current.map(|s| s.venue_id));
    let venue = match venue_id {
        Some(id) => venues::get(&mut *tx, id).await?.filter(|v| v.chapter_id == chapter.id),
        None => None,
    };
    if venue.is_none() {
        errors.add("venue_id", "error-series-venue");
    }
    let capacity =
        input.capacity.or(current.map(|s| s.capacity)).or(venue.as_ref().and_then(|v| v.capacity)).unwrap_or(0);
    if !(1..=events::MAX_CAPACITY).contains(&capacity) {
        errors.add("capacity", Message::new("error-capacity-range").arg("max", events::MAX_CAPACITY));
    }
    errors.into_result()?;
    Ok(Valid {
        title,
        description,
        venue_id: venue.map(|v| v.id).unwrap_or_default(),
        capacity,
        start_time,
        duration_minutes,
        rrule,
        starts_on,
        publish: input.publish.or(current.map(|s| s.publish)).unwrap_or(true),
    })
}

pub async fn create(
    tx: &mut Tx,
    chapter: &Chapter,
    input: &SeriesInput,
    now: DateTime<Utc>,
) -> Result<Series, SchedulingError> {
    let today = now.with_timezone(&chapter.tz()).date_naive();
    let v = validate(tx, chapter, None, input, today).await?;
    let stamp = Timestamp::from_utc(now);
    Ok(with_tx!(tx, |c| sqlx::query_as::<_, Series>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO series (chapter_id, title, description, venue_id, capacity, start_time, duration_minutes, rrule,
                             starts_on, publish, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'active', $11, $11) RETURNING {COLUMNS}"
    )))
    .bind(chapter.id)
    .bind(&v.title)
    .bind(&v.description)
    .bind(v.venue_id)
    .bind(v.capacity)
    .bind(&v.start_time)
    .bind(v.duration_minutes)
    .bind(&v.rrule)
    .bind(&v.starts_on)
    .bind(v.publish)
    .bind(stamp)
    .fetch_one(&mut *c)
    .await)?)
}

/// Updates the series and every night of it still to come that was not edited on its own
/// (nor cancelled). Returns those nights, each with whether it was rescheduled (time or venue),
/// so the caller can tell their guests.
pub async fn update(
    tx: &mut Tx,
    chapter: &Chapter,
    series: &Series,
    input: &SeriesInput,
    seats_taken: impl Fn(i64) -> i64,
    now: DateTime<Utc>,
) -> Result<(Series, Vec<events::Updated>), SchedulingError> {
    if series.status != SeriesStatus::Active {
        return Err(SchedulingError::Conflict("error-series-ended"));
    }
    let today = now.with_timezone(&chapter.tz()).date_naive();
    let v = validate(tx, chapter, Some(series), input, today).await?;
    let updated: Series = with_tx!(tx, |c| sqlx::query_as::<_, Series>(sqlx::AssertSqlSafe(format!(
        "UPDATE series SET title = $2, description = $3, venue_id = $4, capacity = $5, start_time = $6,
                duration_minutes = $7, rrule = $8, starts_on = $9, publish = $10, updated_at = $11
         WHERE id = $1 RETURNING {COLUMNS}"
    )))
    .bind(series.id)
    .bind(&v.title)
    .bind(&v.description)
    .bind(v.venue_id)
    .bind(v.capacity)
    .bind(&v.start_time)
    .bind(v.duration_minutes)
    .bind(&v.rrule)
    .bind(&v.starts_on)
    .bind(v.publish)
    .bind(Timestamp::from_utc(now))
    .fetch_one(&mut *c)
    .await)?;
    let tz = chapter.tz();
    let mut changed = Vec::new();
    for night in events::of_series_tx(tx, series.id, now).await? {
        if night.detached || night.status() == crate::EventStatus::Cancelled {
            continue;
        }
        let Some(date) = night.occurrence.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) else {
            continue;
        };
        let n = local_occurrences(&updated, date, date).first().map_or(1, |(n, _)| *n);
        let time = parse_time(&updated.start_time).unwrap_or_default();
        let start = local_to_utc_lenient(date.and_time(time), tz);
        let end = start + chrono::Duration::minutes(updated.duration_minutes);
        let fmt = |t: DateTime<Utc>| t.with_timezone(&tz).format(failnight_core::time::LOCAL_FORMAT).to_string();
        let patch = events::EventPatch {
            title: Some(title_for(&updated.title, n, date)),
            description: Some(updated.description.clone()),
            starts_local: Some(fmt(start)).filter(|s| *s != night.starts_local),
            ends_local: Some(fmt(end)).filter(|s| *s != night.ends_local),
            timezone: None,
            venue_id: Some(updated.venue_id),
            capacity: Some(updated.capacity.max(seats_taken(night.id))),
        };
        changed.push(events::update(tx, &night, &patch, seats_taken(night.id), false, now).await?);
    }
    Ok((updated, changed))
}

/// Ends the series: no more nights are materialised. Nights already there stay as they are
/// (cancel them one by one, or with [`cancel_future`]).
pub async fn end(tx: &mut Tx, series: &Series, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("UPDATE series SET status = 'ended', updated_at = $2 WHERE id = $1")
        .bind(series.id)
        .bind(Timestamp::from_utc(now))
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// Cancels every night of the series still to come; returns them for their guests to be told.
pub async fn cancel_future(
    tx: &mut Tx,
    series: &Series,
    now: DateTime<Utc>,
) -> Result<Vec<events::EventDetails>, SchedulingError> {
    let mut cancelled = Vec::new();
    for night in events::of_series_tx(tx, series.id, now).await? {
        if night.status() != crate::EventStatus::Cancelled {
            cancelled.push(events::cancel(tx, &night, now).await?);
        }
    }
    Ok(cancelled)
}

/// Publishes every draft night of the series still to come.
pub async fn publish_future(
    tx: &mut Tx,
    series: &Series,
    now: DateTime<Utc>,
) -> Result<Vec<events::EventDetails>, SchedulingError> {
    let mut published = Vec::new();
    for night in events::of_series_tx(tx, series.id, now).await? {
        if night.status() == crate::EventStatus::Draft {
            published.push(events::publish(tx, &night, now).await?);
        }
    }
    Ok(published)
}

/// Creates the series' nights from today up to `horizon` that do not exist yet, the earliest
/// [`MAX_NEW_NIGHTS`] of them (the next run goes on); returns the ids of the new ones.
/// Idempotent, and safe on several workers at once.
pub async fn materialise(
    tx: &mut Tx,
    chapter: &Chapter,
    series: &Series,
    horizon: DateTime<Utc>,
    uid_domain: &str,
    now: DateTime<Utc>,
) -> Result<Vec<i64>, sqlx::Error> {
    if series.status != SeriesStatus::Active {
        return Ok(Vec::new());
    }
    let tz = chapter.tz();
    let today = now.with_timezone(&tz).date_naive();
    let last = horizon.with_timezone(&tz).date_naive();
    let status = if series.publish { crate::EventStatus::Published } else { crate::EventStatus::Draft };
    let mut created = Vec::new();
    for (n, local) in local_occurrences(series, today, last) {
        if created.len() == MAX_NEW_NIGHTS {
            break;
        }
        let start = local_to_utc_lenient(local, tz);
        if start <= now {
            continue;
        }
        let end = start + chrono::Duration::minutes(series.duration_minutes);
        let date = local.date();
        let id = events::insert_occurrence(
            tx,
            chapter.id,
            series.id,
            &date.to_string(),
            &title_for(&series.title, n, date),
            &series.description,
            chapter.timezone,
            start,
            end,
            series.venue_id,
            series.capacity,
            status,
            uid_domain,
            Timestamp::from_utc(now),
        )
        .await?;
        created.extend(id);
    }
    Ok(created)
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Series>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Series>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM series WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(e)
    .await)
}

/// Active series of a chapter (or of every chapter with `None`), for pages and the worker.
pub async fn active(db: &Db, chapter_id: Option<i64>) -> Result<Vec<Series>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Series>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM series WHERE status = 'active' AND ($1 IS NULL OR chapter_id = $1) ORDER BY id"
    )))
    .bind(chapter_id)
    .fetch_all(e)
    .await)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(rrule: &str, time: &str, starts_on: &str) -> Series {
        Series {
            id: 1,
            chapter_id: 1,
            title: "Night #{n}, {month}".into(),
            description: String::new(),
            venue_id: 1,
            capacity: 60,
            start_time: time.into(),
            duration_minutes: 180,
            rrule: rrule.into(),
            starts_on: starts_on.into(),
            publish: true,
            status: SeriesStatus::Active,
        }
    }

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn second_thursday_and_last_wednesday() {
        let s = series("FREQ=MONTHLY;BYDAY=2TH", "19:00", "2026-01-01");
        let dates: Vec<String> =
            local_occurrences(&s, d("2026-01-01"), d("2026-04-30")).iter().map(|(_, t)| t.to_string()).collect();
        assert_eq!(dates, ["2026-01-08 19:00:00", "2026-02-12 19:00:00", "2026-03-12 19:00:00", "2026-04-09 19:00:00"]);
        let s = series("FREQ=MONTHLY;BYDAY=-1WE", "18:30", "2026-01-01");
        let dates: Vec<String> =
            local_occurrences(&s, d("2026-02-01"), d("2026-03-31")).iter().map(|(_, t)| t.to_string()).collect();
        assert_eq!(dates, ["2026-02-25 18:30:00", "2026-03-25 18:30:00"]);
    }

    #[test]
    fn numbers_count_from_the_first_occurrence() {
        let s = series("FREQ=MONTHLY;BYDAY=2TH", "19:00", "2026-01-01");
        let found = local_occurrences(&s, d("2026-03-01"), d("2026-03-31"));
        assert_eq!(found[0].0, 3);
        assert_eq!(title_for(&s.title, found[0].0, found[0].1.date()), "Night #3, March 2026");
    }

    #[test]
    fn rules_are_checked() {
        assert!(parse_rule("FREQ=MONTHLY;BYDAY=2TH").is_ok());
        assert!(parse_rule("rrule:freq=monthly;byday=-1we").is_ok());
        assert!(parse_rule("FREQ=HOURLY").is_err());
        assert!(parse_rule("FREQ=MONTHLY;BYDAY=9XX").is_err());
        assert!(parse_rule("").is_err());
        assert!(parse_rule("DTSTART:20260101T000000Z\nRRULE:FREQ=WEEKLY").is_err());
        for finer in
            ["FREQ=DAILY", "FREQ=MONTHLY;BYDAY=2TH;BYHOUR=1,2,3", "FREQ=WEEKLY;BYMINUTE=0,30", "FREQ=WEEKLY;BYSECOND=1"]
        {
            assert!(parse_rule(finer).is_err(), "{finer}");
        }
    }

    #[test]
    fn at_most_two_nights_a_week() {
        let check = |rule: &str| check_rule(parse_rule(rule).unwrap(), d("2026-01-01"), parse_time("19:00").unwrap());
        for fine in [
            "FREQ=MONTHLY;BYDAY=2TH",
            "FREQ=WEEKLY;BYDAY=TU,TH",
            "FREQ=WEEKLY;BYDAY=SA,SU",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24,31",
            "FREQ=WEEKLY;UNTIL=20270101T000000Z",
            "FREQ=WEEKLY;COUNT=3",
        ] {
            assert_eq!(check(fine), Ok(()), "{fine}");
        }
        for crowded in [
            "FREQ=WEEKLY;BYDAY=MO,WE,FR",
            "FREQ=MONTHLY;BYMONTHDAY=1,2,3",
            "FREQ=YEARLY;BYYEARDAY=100,101,102",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,2,3",
            "FREQ=YEARLY;INTERVAL=2;BYWEEKNO=20;BYDAY=MO,TU,WE",
        ] {
            let error = check(crowded).unwrap_err().to_string();
            assert!(error.contains("at most 2 nights a week"), "{crowded}: {error}");
        }
        // UNTIL must be UTC like the series' floating start, or the rule does not build.
        let until_local = parse_rule("FREQ=WEEKLY;UNTIL=20270101T000000")
            .and_then(|rule| check_rule(rule, d("2026-01-01"), parse_time("19:00").unwrap()));
        assert!(until_local.unwrap_err().to_string().starts_with("Not a valid RRULE"));
    }

    #[test]
    fn cadence_in_words() {
        assert_eq!(describe("FREQ=MONTHLY;BYDAY=2TH", "19:00"), "every second Thursday of the month, 19:00");
        assert_eq!(describe("FREQ=MONTHLY;BYDAY=-1WE", "18:30"), "every last Wednesday of the month, 18:30");
        assert_eq!(describe("FREQ=WEEKLY;BYDAY=TU", "20:00"), "every Tuesday, 20:00");
        assert_eq!(describe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "20:00"), "every other Tuesday, 20:00");
        assert_eq!(describe("FREQ=WEEKLY;BYDAY=TU,TH", "20:00"), "every Tuesday and Thursday, 20:00");
        assert_eq!(describe_in("FREQ=MONTHLY;BYDAY=2TH", "19:00", Lang::Es), "cada segundo jueves del mes, 19:00");
        assert_eq!(
            describe_in("FREQ=MONTHLY;BYDAY=-1WE", "18:30", Lang::De),
            "jeden letzten Mittwoch im Monat, 18:30 Uhr"
        );
        assert_eq!(describe_in("FREQ=WEEKLY;BYDAY=SA", "20:00", Lang::PtBr), "todo sábado, às 20:00");
        assert_eq!(
            describe_in("FREQ=MONTHLY;BYDAY=1FR", "19:00", Lang::PtBr),
            "toda primeira sexta-feira do mês, às 19:00"
        );
        assert_eq!(describe_in("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "20:00", Lang::Fr), "un mardi sur deux à 20:00");
    }
}
