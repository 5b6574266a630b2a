//! Reading calendar files with an independent parser (the `ical` crate, not the `icalendar`
//! crate that wrote them).

use std::io::BufReader;

use chrono::{DateTime, NaiveDateTime, Utc};
use ical::parser::ical::component::{IcalCalendar, IcalEvent};

pub fn parse(text: &str) -> IcalCalendar {
    let mut calendars = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("one calendar").expect("the calendar parses");
    assert!(calendars.next().is_none(), "exactly one VCALENDAR");
    calendar
}

pub fn calendar_prop(calendar: &IcalCalendar, name: &str) -> Option<String> {
    calendar.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone())
}

pub fn prop(event: &IcalEvent, name: &str) -> Option<String> {
    event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone())
}

pub fn props(event: &IcalEvent, name: &str) -> Vec<String> {
    event.properties.iter().filter(|p| p.name == name).filter_map(|p| p.value.clone()).collect()
}

/// A `DATE-TIME` value in UTC form (`20261210T180000Z`).
pub fn instant(value: &str) -> DateTime<Utc> {
    let naive = NaiveDateTime::parse_from_str(value.strip_suffix('Z').expect("a UTC time"), "%Y%m%dT%H%M%S")
        .expect("a DATE-TIME");
    naive.and_utc()
}

/// Undoes RFC 5545 TEXT escaping (`\\`, `\;`, `\,`, `\n`).
pub fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Every physical line at most 75 octets, CRLF line ends only.
pub fn assert_folded(text: &str) {
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF in calendar text");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
    }
}

/// A calendar from an email part, with the `method` parameter of its Content-Type.
pub struct Parsed {
    pub method: String,
    pub calendar: IcalCalendar,
}
