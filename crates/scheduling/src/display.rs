//! How a night's time and place are put into words and links, the same on pages and in emails.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use failnight_core::Lang;
use url::Url;

use crate::EventDetails;

/// `base` with the query `params`, each value form-encoded by `url`.
fn with_query(base: &str, params: &[(&str, &str)]) -> String {
    Url::parse_with_params(base, params).expect("a constant base URL").into()
}

/// `Thursday, December 10, 2026` in `lang`.
pub fn local_date(at: DateTime<Utc>, tz: Tz, lang: Lang) -> String {
    lang.date(at, tz)
}

/// `7:00 PM`, `19:00`.
pub fn local_time(at: DateTime<Utc>, tz: Tz, lang: Lang) -> String {
    lang.time(at, tz)
}

/// `Thursday, December 10, 2026 at 7:00 PM`, `jueves, 10 de diciembre de 2026, 19:00`.
pub fn local_date_time(at: DateTime<Utc>, tz: Tz, lang: Lang) -> String {
    lang.date_time(at, tz)
}

/// `Thursday, December 10, 2026, 7:00 PM–10:00 PM (Europe/Berlin, CET)` in `lang`.
pub fn when(event: &EventDetails, lang: Lang) -> String {
    let tz = event.tz();
    let (start, end) = (event.starts_utc(), event.ends_utc());
    let start_local = start.with_timezone(&tz);
    let end_local = end.with_timezone(&tz);
    let end_text =
        if start_local.date_naive() == end_local.date_naive() { lang.time(end, tz) } else { lang.date_time(end, tz) };
    lang.f4(
        "common-when",
        "date",
        lang.date(start, tz),
        "start",
        lang.time(start, tz),
        "end",
        end_text,
        "zone",
        format!("{}, {}", tz.name(), start_local.format("%Z")),
    )
}

/// The venue's map link chosen by the hosts, or else a map search for its address
/// (OpenStreetMap: no account, no tracking script).
pub fn map_url(event: &EventDetails) -> String {
    if event.venue_map_url.is_empty() {
        with_query("https://www.openstreetmap.org/search", &[("query", &event.location())])
    } else {
        event.venue_map_url.clone()
    }
}

/// What a moved night's page says it was planned for: `Thursday, December 10, 2026 at 7:00 PM`.
pub fn moved_from(event: &EventDetails, lang: Lang) -> Option<String> {
    let local = failnight_core::time::parse_local(event.moved_from.as_deref()?)?;
    let at = failnight_core::time::local_to_utc(local, event.tz()).ok()?;
    Some(lang.date_time(at, event.tz()))
}

fn compact_utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Google Calendar's "add event" link.
pub fn google_calendar_url(event: &EventDetails, page_url: &str) -> String {
    let dates = format!("{}/{}", compact_utc(event.starts_utc()), compact_utc(event.ends_utc()));
    with_query(
        "https://calendar.google.com/calendar/render",
        &[
            ("action", "TEMPLATE"),
            ("text", &event.title),
            ("dates", &dates),
            ("details", page_url),
            ("location", &event.location()),
        ],
    )
}

/// Outlook.com's "add event" link.
pub fn outlook_calendar_url(event: &EventDetails, page_url: &str) -> String {
    let utc = |at: DateTime<Utc>| at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    with_query(
        "https://outlook.live.com/calendar/0/deeplink/compose",
        &[
            ("path", "/calendar/action/compose"),
            ("rru", "addevent"),
            ("subject", &event.title),
            ("startdt", &utc(event.starts_utc())),
            ("enddt", &utc(event.ends_utc())),
            ("body", page_url),
            ("location", &event.location()),
        ],
    )
}

/// A series' cadence in words of `lang`, with its local start time: `every second Thursday of
/// the month, 7:00 PM`, `el segundo jueves de cada mes, 19:00`.
pub fn cadence(rrule: &str, start_time: &str, lang: Lang) -> String {
    use rrule::{Frequency, NWeekday};
    let time = chrono::NaiveTime::parse_from_str(start_time, "%H:%M")
        .map(|t| lang.time(chrono::NaiveDate::default().and_time(t).and_utc(), chrono_tz::UTC))
        .unwrap_or_else(|_| start_time.to_string());
    let Ok(rule) = crate::series::parse_rule(rrule) else {
        return lang.f2("chapter-cadence-other", "rule", rrule, "time", time);
    };
    let and = |items: Vec<String>| {
        items.into_iter().reduce(|first, second| lang.f2("chapter-cadence-and", "first", first, "second", second))
    };
    let days = and(rule
        .get_by_weekday()
        .iter()
        .map(|d| match d {
            NWeekday::Every(day) => weekday_name(*day, lang),
            NWeekday::Nth(n, day) => lang.f3(
                "chapter-cadence-nth",
                "n",
                i64::from(*n),
                "day",
                day.to_string().to_lowercase(),
                "weekday",
                weekday_name(*day, lang),
            ),
        })
        .collect());
    let month_days = and(rule.get_by_month_day().iter().map(|d| lang.number(i64::from(*d))).collect());
    let interval = i64::from(rule.get_interval());
    let (key, days) = match (rule.get_freq(), interval, days, month_days) {
        (Frequency::Weekly, 1, Some(days), _) => ("chapter-cadence-weekly", days),
        (Frequency::Weekly, 2, Some(days), _) => ("chapter-cadence-every-other-week", days),
        (Frequency::Weekly, _, Some(days), _) => ("chapter-cadence-weeks-on", days),
        (Frequency::Weekly, _, None, _) => ("chapter-cadence-weeks", String::new()),
        (Frequency::Monthly, 1, Some(days), _) => ("chapter-cadence-monthly-on", days),
        (Frequency::Monthly, _, Some(days), _) => ("chapter-cadence-months-on", days),
        (Frequency::Monthly, _, None, Some(days)) => ("chapter-cadence-monthly-day", days),
        (Frequency::Monthly, _, None, None) => ("chapter-cadence-monthly", String::new()),
        _ => ("chapter-cadence-yearly", String::new()),
    };
    lang.f3(key, "days", days, "n", interval, "time", time)
}

/// A day of the week in `lang`, as a cadence names it.
fn weekday_name(day: chrono::Weekday, lang: Lang) -> String {
    use chrono::Weekday;
    lang.t(match day {
        Weekday::Mon => "common-weekday-monday",
        Weekday::Tue => "common-weekday-tuesday",
        Weekday::Wed => "common-weekday-wednesday",
        Weekday::Thu => "common-weekday-thursday",
        Weekday::Fri => "common-weekday-friday",
        Weekday::Sat => "common-weekday-saturday",
        Weekday::Sun => "common-weekday-sunday",
    })
}
