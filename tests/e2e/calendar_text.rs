//! Property test: whatever a host types as a night's title, description and venue comes out of
//! an independent iCalendar parser (the `ical` crate) unchanged, through the real path (the
//! API creates the night, `/e/{id}/event.ics` serves it). Seeded: the seed is printed and
//! `FAILNIGHT_PROPERTY_SEED` replays a run. Text is drawn from the characters that break
//! calendar files (`, ; \ :`, quotes, line breaks, tabs, long lines over 75 octets, multi-byte
//! characters split across folds); what the API refuses is checked to break one of its rules.

use failnight_core::{Backend, FieldErrors};
use serde_json::json;

use crate::support::{
    Rng, TestApp,
    ics::{assert_folded, parse, prop, unescape},
};

const PIECES: &[&str] = &[
    "a",
    "Z",
    "7",
    " ",
    "  ",
    ",",
    ";",
    ":",
    "\\",
    "\\n",
    "\"",
    "'",
    "<b>",
    "&amp;",
    "%",
    "=",
    "é",
    "ß",
    "失敗",
    "🎤",
    "👩🏽‍💻",
    "\u{200b}",
    "Straße",
    "Failure Night",
    "BEGIN:VEVENT",
    "END:VCALENDAR",
    "DESCRIPTION:x",
];

/// Random text of up to `max` pieces; `lines` allows line breaks and tabs (a description).
fn text(rng: &mut Rng, max: u64, lines: bool) -> String {
    let mut out = String::new();
    for _ in 0..1 + rng.below(max) {
        match rng.below(12) {
            0 if lines => out.push_str(["\n", "\r\n", "\r", "\t", "\n\n"][rng.below(5) as usize]),
            1 => out.push_str(&"long words go past seventy-five octets ".repeat(1 + rng.below(4) as usize)),
            _ => out.push_str(PIECES[rng.below(PIECES.len() as u64) as usize]),
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whatever_hosts_type_comes_out_of_a_calendar_parser_unchanged() {
    let app = TestApp::spawn_with(Backend::Sqlite, false).await.expect("SQLite is always there");
    app.chapter("ics", "Europe/Berlin").await;
    let token = app.host_token("ics", "host@ics.test").await;
    let (mut rng, seed) = Rng::seeded("FAILNIGHT_PROPERTY_SEED");
    let (mut accepted, mut refused) = (0, 0);
    for case in 0..150 {
        let (title, description) = (text(&mut rng, 12, false), text(&mut rng, 40, true));
        let (name, address) = (text(&mut rng, 8, false), text(&mut rng, 10, false));
        let mut night = TestApp::night(&title, 60);
        night["description"] = json!(description);
        night["venue"] = json!({"name": name, "address": address});
        let response = app.create_event(&token, "ics", &night).await;
        // What the API takes is what our validation takes, and it keeps that text.
        let mut rules = FieldErrors::new();
        let expected_title = rules.line("title", &title, 120);
        let expected_description = rules.text("description", &description, 5_000);
        let expected_location = format!("{}, {}", rules.line("name", &name, 120), rules.line("address", &address, 300));
        if response.status() == 422 {
            assert!(!rules.is_empty(), "case {case}: refused although every rule holds: {title:?}");
            refused += 1;
            continue;
        }
        assert_eq!(response.status(), 201, "case {case}: {title:?}");
        assert!(rules.is_empty(), "case {case}: taken although a rule is broken: {:?}", rules.0);
        accepted += 1;
        let id = response.json::<serde_json::Value>().await.unwrap()["id"].as_i64().unwrap();
        let ics = app.client.get(app.url(&format!("/e/{id}/event.ics"))).send().await.unwrap();
        assert_eq!(ics.status(), 200, "case {case}");
        let ics = ics.text().await.unwrap();
        assert_folded(&ics);
        let calendar = parse(&ics);
        let event = &calendar.events[0];
        let what = format!("case {case} (FAILNIGHT_PROPERTY_SEED={seed})");
        // `ical` 0.11 drops every colon at the start of a value (`trim_start_matches(':')`
        // where one delimiter is meant): `LOCATION::x` is the value `:x` by RFC 5545, which
        // needs no escaping of `:`. So leading colons are compared without it (and a value of
        // colons alone comes back as no value).
        let parsed = |name: &str| prop(event, name).map(|v| unescape(&v)).unwrap_or_default();
        assert_eq!(parsed("SUMMARY"), expected_title.trim_start_matches(':'), "{what}");
        assert_eq!(parsed("LOCATION"), expected_location.trim_start_matches(':'), "{what}");
        let shown = parsed("DESCRIPTION");
        let page = app.url(&format!("/e/{id}"));
        let expected = if expected_description.is_empty() { page } else { format!("{expected_description}\n\n{page}") };
        assert_eq!(shown, expected.trim_start_matches(':'), "{what}");
    }
    assert!(accepted >= 50, "many drawn texts are valid input: {accepted} taken, {refused} refused");
    app.stop().await;
}
