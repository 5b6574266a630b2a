//! Calendar files (RFC 5545), written with `icalendar` (it escapes `,;\` and newlines and
//! folds lines at 75 octets; the `ics` crate named in the design card does neither correctly).
//!
//! Times are written as UTC instants, so no VTIMEZONE is needed and every client agrees on the
//! moment; the UID is stored with the night and never changes; SEQUENCE is the night's.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, EventLike, EventStatus as IcsStatus, Property};

use crate::{EventDetails, EventStatus};

pub const PRODID: &str = "-//failnight//failnight//EN";

/// The iTIP method of a calendar object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// A plain download or feed.
    Publish,
    /// An invitation or an update of one (same UID, higher SEQUENCE).
    Request,
    /// The night is cancelled.
    Cancel,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Publish => "PUBLISH",
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }
}

/// Who sends invites (ORGANIZER) and where the night's page lives.
#[derive(Debug, Clone)]
pub struct Organizer<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

/// The person an invite is for (ATTENDEE).
#[derive(Debug, Clone)]
pub struct Guest<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

/// Removes what cannot stand in a quoted parameter value (RFC 5545 §3.2: no DQUOTE, no
/// control characters).
fn param_text(text: &str) -> String {
    text.chars().filter(|c| *c != '"' && !c.is_control()).collect()
}

/// Calendar text must use `\n` only: CR would end up raw inside a content line.
fn text(value: &str) -> String {
    value.replace("\r\n", "\n").replace('\r', "\n")
}

/// TEXT escaping (RFC 5545 §3.3.11) for properties `icalendar` does not know to be TEXT.
fn escape(value: &str) -> String {
    text(value).replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

fn vevent(event: &EventDetails, page_url: &str, method: Method, stamp: DateTime<Utc>) -> icalendar::Event {
    let cancelled = method == Method::Cancel || event.status() == EventStatus::Cancelled;
    let mut description = text(&event.description);
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str(page_url);
    let mut vevent = icalendar::Event::new();
    vevent
        .uid(&event.uid)
        .timestamp(stamp)
        .sequence(u32::try_from(event.sequence).unwrap_or(0))
        .summary(&text(&event.title))
        .description(&description)
        .location(&text(&event.location()))
        .url(page_url)
        .starts(event.starts_utc())
        .ends(event.ends_utc())
        .last_modified(event.updated_at.to_utc())
        .status(if cancelled { IcsStatus::Cancelled } else { IcsStatus::Confirmed });
    vevent
}

/// One night as a calendar object. With `Request` and `Cancel`, ORGANIZER and the guest's
/// ATTENDEE line are included, as iTIP requires.
pub fn event_ics(
    event: &EventDetails,
    page_url: &str,
    method: Method,
    organizer: &Organizer<'_>,
    guest: Option<&Guest<'_>>,
    now: DateTime<Utc>,
) -> String {
    let mut vevent = vevent(event, page_url, method, now);
    if method != Method::Publish {
        vevent.append_property(
            Property::new("ORGANIZER", format!("mailto:{}", organizer.email))
                .add_parameter("CN", &param_text(organizer.name))
                .done(),
        );
    }
    if let Some(guest) = guest {
        vevent.append_multi_property(
            Property::new("ATTENDEE", format!("mailto:{}", guest.email))
                .add_parameter("CN", &param_text(guest.name))
                .add_parameter("ROLE", "REQ-PARTICIPANT")
                .add_parameter("PARTSTAT", if method == Method::Cancel { "DECLINED" } else { "ACCEPTED" })
                .done(),
        );
    }
    let mut calendar = calendar(method);
    calendar.push(vevent.done());
    calendar.done().to_string()
}

fn calendar(method: Method) -> Calendar {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", method.as_str()));
    calendar
}

/// A chapter's subscribable feed: every published or cancelled night (cancelled ones with
/// STATUS:CANCELLED, so subscribed calendars drop them). `page_url` gives each night's page.
pub fn feed_ics(chapter_name: &str, events: &[EventDetails], page_url: impl Fn(&EventDetails) -> String) -> String {
    let mut calendar = calendar(Method::Publish);
    calendar
        .append_property(Property::new("X-WR-CALNAME", escape(&format!("{chapter_name} failure nights"))))
        .append_property(Property::new("NAME", escape(&format!("{chapter_name} failure nights"))))
        .append_property(Property::new("REFRESH-INTERVAL", "PT6H").add_parameter("VALUE", "DURATION").done())
        .append_property(Property::new("X-PUBLISHED-TTL", "PT6H"));
    for event in events {
        // DTSTAMP is the night's last change, not the time of the request: the feed's bytes
        // change only when a night does, which is what its ETag stands for.
        calendar.push(vevent(event, &page_url(event), Method::Publish, event.updated_at.to_utc()).done());
    }
    calendar.done().to_string()
}
