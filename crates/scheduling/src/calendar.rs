//! Calendar files (RFC 5545), written with `icalendar` (it escapes `,;\` and newlines and
//! folds lines at 75 octets; the `ics` crate named in the design card does neither correctly).
//!
//! Times are written as UTC instants, so no VTIMEZONE is needed and every client agrees on the
//! moment; the UID is stored with the night and never changes; SEQUENCE is the night's.

use chrono::{DateTime, Utc};
use failnight_core::Lang;
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

fn vevent(
    event: &EventDetails,
    page_url: &str,
    method: Method,
    note: Option<&str>,
    stamp: DateTime<Utc>,
) -> icalendar::Event {
    let cancelled = method == Method::Cancel || event.status() == EventStatus::Cancelled;
    let mut description = note.map(|n| format!("{}\n\n", text(n))).unwrap_or_default();
    description.push_str(&text(&event.description));
    if !description.is_empty() && !description.ends_with('\n') {
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
    event_ics_with_note(event, page_url, method, organizer, guest, None, now)
}

/// [`event_ics`] with a personal note first in the DESCRIPTION: a speaker's invite is the
/// night's own calendar object (same UID and SEQUENCE, so updates and cancellations replace
/// it) with their call time written at the top.
pub fn event_ics_with_note(
    event: &EventDetails,
    page_url: &str,
    method: Method,
    organizer: &Organizer<'_>,
    guest: Option<&Guest<'_>>,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> String {
    let mut vevent = vevent(event, page_url, method, note, now);
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
    refold(&calendar.done().to_string())
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
pub fn feed_ics(
    chapter_name: &str,
    lang: Lang,
    events: &[EventDetails],
    page_url: impl Fn(&EventDetails) -> String,
) -> String {
    let name = escape(&lang.f1("common-calendar-name", "chapter", chapter_name));
    let mut calendar = calendar(Method::Publish);
    calendar
        .append_property(Property::new("X-WR-CALNAME", name.clone()))
        .append_property(Property::new("NAME", name))
        .append_property(Property::new("REFRESH-INTERVAL", "PT6H").add_parameter("VALUE", "DURATION").done())
        .append_property(Property::new("X-PUBLISHED-TTL", "PT6H"));
    for event in events {
        // DTSTAMP is the night's last change, not the time of the request: the feed's bytes
        // change only when a night does, which is what its ETag stands for.
        calendar.push(vevent(event, &page_url(event), Method::Publish, None, event.updated_at.to_utc()).done());
    }
    refold(&calendar.done().to_string())
}

/// Folds content lines at 75 octets (RFC 5545 §3.1) at character boundaries, and never next
/// to a space or tab: some parsers trim whitespace at the end or start of a physical line,
/// which would eat a space of the text. `icalendar` folds correctly but may leave a space at
/// the end of a line, so its output is unfolded and folded again here.
fn refold(text: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(text.len() + text.len() / 25);
    for line in text.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()) {
        let mut rest = line;
        let mut first = true;
        loop {
            let room = if first { LIMIT } else { LIMIT - 1 };
            if !first {
                out.push(' ');
            }
            if rest.len() <= room {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            let blank = |c: Option<char>| c.is_some_and(|c| c == ' ' || c == '\t');
            let mut split = cut;
            while split > room / 2 && (blank(rest[..split].chars().next_back()) || blank(rest[split..].chars().next()))
            {
                split -= 1;
                while !rest.is_char_boundary(split) {
                    split -= 1;
                }
            }
            if split <= room / 2 {
                split = cut; // a long run of blanks: fold anyway
            }
            out.push_str(&rest[..split]);
            out.push_str("\r\n");
            rest = &rest[split..];
            first = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::refold;

    #[test]
    fn folds_at_75_octets_on_char_boundaries_away_from_blanks() {
        let long = format!("DESCRIPTION:{}", "word ".repeat(40) + &"失敗".repeat(30));
        let folded = refold(&format!("BEGIN:VCALENDAR\r\n{long}\r\nEND:VCALENDAR\r\n"));
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{physical:?}");
            let content = physical.strip_prefix(' ').unwrap_or(physical);
            assert!(!content.starts_with(' ') && !content.ends_with(' '), "{physical:?}");
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("BEGIN:VCALENDAR\r\n{long}\r\nEND:VCALENDAR\r\n"));
    }
}
