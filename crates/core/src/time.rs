//! Time: an injectable clock, instants stored as milliseconds, and wall-clock helpers.
//!
//! The source of truth for a night is its local wall-clock time plus its IANA zone; the
//! instant is derived. A local time that does not exist (inside a spring-forward gap) is
//! refused with a clear message; one that exists twice (autumn) resolves to the earlier
//! instant, which is what people mean by "19:00" on the first pass.

use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// An instant, stored as INTEGER/BIGINT milliseconds since the epoch on both backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, sqlx::Type, serde::Serialize)]
#[sqlx(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn from_utc(at: DateTime<Utc>) -> Self {
        Timestamp(at.timestamp_millis())
    }

    pub fn to_utc(self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.0).unwrap_or_default()
    }

    pub fn plus_millis(self, millis: i64) -> Self {
        Timestamp(self.0.saturating_add(millis))
    }

    /// RFC 3339 in UTC to the second (`2026-12-03T18:42:07Z`), as feeds, webhooks and the API
    /// write instants.
    pub fn rfc3339(self) -> String {
        self.to_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }
}

/// Where "now" comes from. Tests drive a [`ManualClock`]; the service uses [`SystemClock`].
pub trait Clock: Send + Sync + std::fmt::Debug + 'static {
    fn now(&self) -> DateTime<Utc>;

    fn timestamp(&self) -> Timestamp {
        Timestamp::from_utc(self.now())
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        ManualClock(Arc::new(AtomicI64::new(at.timestamp_millis())))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        self.0.store(at.timestamp_millis(), Ordering::SeqCst);
    }

    pub fn advance(&self, by: chrono::Duration) {
        self.0.fetch_add(by.num_milliseconds(), Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.0.load(Ordering::SeqCst)).unwrap_or_default()
    }
}

/// The stored form of a local wall-clock time.
pub const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// Parses an IANA zone name such as `Europe/Berlin`.
pub fn parse_timezone(name: &str) -> Option<Tz> {
    name.parse::<Tz>().ok()
}

/// An IANA zone as stored (`chapters.timezone`, `events.timezone`): TEXT holding its name. A
/// stored name that does not parse fails the row's decoding ([`crate::db::UnknownValue`]);
/// nothing is ever shown in UTC instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zone(pub Tz);

impl Zone {
    /// The zone named `name` (`Europe/Berlin`), if there is one.
    pub fn parse(name: &str) -> Option<Zone> {
        parse_timezone(name).map(Zone)
    }

    pub fn tz(self) -> Tz {
        self.0
    }

    /// The IANA name, as stored.
    pub fn name(self) -> &'static str {
        self.0.name()
    }
}

impl From<Tz> for Zone {
    fn from(tz: Tz) -> Self {
        Zone(tz)
    }
}

impl std::fmt::Display for Zone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl crate::db::StoredText for Zone {
    const KIND: &'static str = "time zone";
    fn to_text(&self) -> &str {
        self.name()
    }
    fn from_text(text: &str) -> Option<Self> {
        Zone::parse(text)
    }
}

crate::stored_as_text!(Zone);

/// Parses `YYYY-MM-DDTHH:MM` (seconds, if given, must be zero).
pub fn parse_local(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, LOCAL_FORMAT)
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .ok()
        .filter(|t| chrono::Timelike::second(t) == 0)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalTimeError {
    #[error("{0} does not exist in {1}: the clocks skip that hour (daylight saving)")]
    Gap(String, String),
}

/// The instant of a local wall-clock time in `tz`. An ambiguous time (autumn fall-back)
/// resolves to the earlier instant; a time inside a spring gap is an error.
pub fn local_to_utc(local: NaiveDateTime, tz: Tz) -> Result<DateTime<Utc>, LocalTimeError> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(earlier, _) => Ok(earlier.with_timezone(&Utc)),
        LocalResult::None => {
            Err(LocalTimeError::Gap(local.format("%Y-%m-%d %H:%M").to_string(), tz.name().to_string()))
        }
    }
}

/// The instant of a local time for a *recurring* night, where refusing is no option: a time in
/// a spring gap is read with the offset before the gap (RFC 5545 §3.3.5), so 02:30 on the
/// night Berlin skips 02:00–03:00 becomes 03:30 local; an ambiguous time takes the earlier instant.
pub fn local_to_utc_lenient(local: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    local_to_utc(local, tz).unwrap_or_else(|_| {
        let day_before = local - chrono::Duration::hours(24);
        let offset = tz.offset_from_local_datetime(&day_before).earliest().map_or(0, |o| {
            use chrono::Offset;
            o.fix().local_minus_utc()
        });
        (local - chrono::Duration::seconds(i64::from(offset))).and_utc()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spring_gap_is_refused_and_autumn_takes_the_earlier_instant() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let gap = parse_local("2026-03-29T02:30").unwrap();
        assert!(local_to_utc(gap, berlin).is_err());
        let twice = parse_local("2026-10-25T02:30").unwrap();
        assert_eq!(local_to_utc(twice, berlin).unwrap().to_rfc3339(), "2026-10-25T00:30:00+00:00");
        let winter = parse_local("2026-12-10T19:00").unwrap();
        assert_eq!(local_to_utc(winter, berlin).unwrap().to_rfc3339(), "2026-12-10T18:00:00+00:00");
    }

    #[test]
    fn recurring_times_in_a_gap_move_forward() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let gap = parse_local("2026-03-29T02:30").unwrap();
        let at = local_to_utc_lenient(gap, berlin);
        assert_eq!(at.to_rfc3339(), "2026-03-29T01:30:00+00:00");
        assert_eq!(at.with_timezone(&berlin).format("%H:%M").to_string(), "03:30");
        let new_york: Tz = "America/New_York".parse().unwrap();
        let gap = parse_local("2026-03-08T02:15").unwrap();
        assert_eq!(local_to_utc_lenient(gap, new_york).with_timezone(&new_york).format("%H:%M").to_string(), "03:15");
    }

    #[test]
    fn local_times_need_minutes_and_no_seconds() {
        assert!(parse_local("2026-12-10T19:00").is_some());
        assert!(parse_local("2026-12-10T19:00:00").is_some());
        assert!(parse_local("2026-12-10T19:00:30").is_none());
        assert!(parse_local("2026-12-10 19:00").is_none());
        assert!(parse_local("2026-02-30T19:00").is_none());
    }
}
