//! One night in numbers for its hosts (issue #19): its bookings over time against the
//! chapter's usual curve and its waitlist's movement, as a chart drawn here (SVG, no script)
//! with the same numbers in a table; once it has started, who came and who stayed away.

use axum::extract::{Path, State};
use failnight_app::services::{self, insights as service};
use failnight_core::Lang;
use failnight_insights::night::{NightNumbers, Point};

use super::{
    chapter::nav,
    nights::chapter_event,
    views::{NightNumbersPage, NightNumbersRow},
};
use crate::{AppState, auth::ChapterAccess, error::PageError};

/// The chart's plot area, in its units (the SVG is 360 × 200 and scales to its box).
const LEFT: f64 = 36.0;
const RIGHT: f64 = 350.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 170.0;

/// `GET /host/c/{slug}/events/{id}/numbers`.
pub async fn page(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<NightNumbersPage, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let report = service::night(&state, &event).await?;
    let lang = access.lang();
    let door = report.door.as_ref().map(|d| {
        failnight_core::Message::new("host-night-numbers-door")
            .arg("came", d.came())
            .arg("booked", d.booked)
            .arg("walk_ins", d.walk_ins)
            .arg("no_shows", d.no_shows())
            .arg("first", d.first_timers)
            .arg("regulars", d.regulars)
            .in_lang(lang)
    });
    let feedback = super::feedback::summary_line(&services::feedback::summary(&state, event.id).await?, lang);
    let numbers = &report.numbers;
    let w = &numbers.waitlist;
    Ok(NightNumbersPage {
        lang,
        nav: nav(&access, "events"),
        id: event.id,
        title: event.title.clone(),
        door,
        feedback,
        this_line: polyline(numbers, |p| p.booked.map(|b| b as f64)),
        usual_line: polyline(numbers, |p| p.usual),
        ticks: ticks(lang, numbers),
        top_label: lang.number(top(numbers).round() as i64),
        usual_note: if numbers.usual_nights == 0 {
            lang.t("host-night-numbers-usual-none")
        } else {
            lang.f1("host-night-numbers-usual", "nights", numbers.usual_nights)
        },
        waitlist: lang.f4(
            "host-night-numbers-waitlist",
            "joined",
            w.joined,
            "promoted",
            w.promoted,
            "left",
            w.left,
            "waiting",
            w.waiting,
        ),
        rows: numbers.points.iter().map(|p| row(lang, p)).collect(),
    })
}

/// The highest value either curve reaches (at least 1).
fn top(numbers: &NightNumbers) -> f64 {
    numbers.points.iter().flat_map(|p| [p.booked.map(|b| b as f64), p.usual]).flatten().fold(1.0, f64::max)
}

fn x(numbers: &NightNumbers, i: usize) -> f64 {
    let steps = numbers.points.len().saturating_sub(1).max(1) as f64;
    LEFT + (RIGHT - LEFT) * i as f64 / steps
}

/// An SVG polyline's points for the values `value` gives (those known, in order).
fn polyline(numbers: &NightNumbers, value: impl Fn(&Point) -> Option<f64>) -> String {
    let top = top(numbers);
    numbers
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| value(p).map(|v| format!("{:.1},{:.1}", x(numbers, i), BOTTOM - (BOTTOM - TOP) * v / top)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The x axis' labels: `(x, days before the night)`.
fn ticks(lang: Lang, numbers: &NightNumbers) -> Vec<(String, String)> {
    numbers.points.iter().enumerate().map(|(i, p)| (format!("{:.1}", x(numbers, i)), lang.number(p.days))).collect()
}

fn row(lang: Lang, p: &Point) -> NightNumbersRow {
    let dash = || "–".to_string();
    NightNumbersRow {
        days: lang.f1("host-night-numbers-days", "days", p.days),
        booked: p.booked.map_or_else(dash, |b| lang.number(b)),
        usual: p.usual.map_or_else(dash, |u| lang.number(u.round() as i64)),
        waiting: p.waiting.map_or_else(dash, |w| lang.number(w)),
    }
}
