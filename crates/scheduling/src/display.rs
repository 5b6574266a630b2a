//! How a night's time and place are put into words and links, the same on pages and in emails.

use chrono::{DateTime, Utc};
use failnight_core::Lang;
use url::Url;

use crate::EventDetails;

/// `base` with the query `params`, each value form-encoded by `url`.
fn with_query(base: &str, params: &[(&str, &str)]) -> String {
    Url::parse_with_params(base, params).expect("a constant base URL").into()
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
