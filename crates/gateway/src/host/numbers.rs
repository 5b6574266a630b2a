//! A chapter's numbers over a period (issue #19): per month, the nights, who booked and who
//! came (first-timers and regulars), the empty seats, and the stories from submission to
//! stage; as a chart drawn here (SVG, no script) with the same numbers in a table, and as CSV
//! and JSON for spreadsheets and scripts.

use std::collections::HashMap;

use axum::{
    Json,
    extract::{Query, State},
    http::{StatusCode, header},
    response::{Html, IntoResponse, Response},
};
use chrono::Datelike;
use failnight_app::services::insights::{self as service, Month, Numbers, YearMonth};
use failnight_core::{Invalid, Lang, sheet::Sheet};

use super::{
    chapter::nav,
    views::{NumbersBar, NumbersPage, NumbersRow},
};
use crate::{
    AppState,
    auth::ChapterAccess,
    error::{AppError, PageError},
};

/// The chart's longest bar, in its units (the SVG is 360 wide and scales to its box).
const BAR_MAX: i64 = 300;
const ROW: i64 = 40;

/// `YYYY-MM`.
fn parse_month(text: &str) -> Option<YearMonth> {
    let (year, month) = text.trim().split_once('-')?;
    let (year, month) = (year.parse::<i32>().ok()?, month.parse::<u32>().ok()?);
    ((1970..=9999).contains(&year) && (1..=12).contains(&month)).then_some((year, month))
}

fn month_text((year, month): YearMonth) -> String {
    format!("{year:04}-{month:02}")
}

/// The period asked for: `from` and `to` (`YYYY-MM`), by default the twelve months up to
/// this one in the chapter's zone; a month that does not parse is refused with its field.
fn period(
    state: &AppState,
    access: &ChapterAccess,
    query: &HashMap<String, String>,
) -> Result<(YearMonth, YearMonth), AppError> {
    let today = state.clock.now().with_timezone(&access.chapter.tz());
    let this = (today.year(), today.month());
    let year_ago = if this.1 == 12 { (this.0, 1) } else { (this.0 - 1, this.1 + 1) };
    let read = |field: &'static str, default: YearMonth| match query.get(field).map(String::as_str) {
        None | Some("") => Ok(default),
        Some(text) => parse_month(text).ok_or_else(|| AppError::from(Invalid::field(field, "error-month"))),
    };
    Ok((read("from", year_ago)?, read("to", this)?))
}

async fn numbers_of(
    state: &AppState,
    access: &ChapterAccess,
    query: &HashMap<String, String>,
) -> Result<Numbers, AppError> {
    let (from, to) = period(state, access, query)?;
    Ok(service::numbers(state, &access.chapter, from, to).await?)
}

/// `GET /host/c/{slug}/numbers?from=YYYY-MM&to=YYYY-MM`.
/// A period refused is said above the form, with the default period's numbers below it. The
/// page is kept in the page cache (per host: it names them) until the next write, at most 30 s
/// (`cache::Lag::Recent`): reading ten years of RSVPs is for the first look, not every reload.
pub async fn page(
    State(state): State<AppState>,
    access: ChapterAccess,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let period = match period(&state, &access, &query) {
        Ok(period) => period,
        Err(error) => return refused(&state, &access, error).await,
    };
    let key = format!(
        "host-numbers:{}:{}:{}:{}:{}",
        access.chapter.id,
        access.host_id(),
        access.lang().as_str(),
        month_text(period.0),
        month_text(period.1)
    );
    let rendered = crate::pages::cached_recent(&state, key, || async {
        let numbers = service::numbers(&state, &access.chapter, period.0, period.1).await?;
        crate::pages::html(numbers_page(&access, &numbers, None))
    })
    .await;
    match rendered {
        Ok(page) => Ok(Html(page.shared_body()).into_response()),
        Err(error) => refused(&state, &access, error).await,
    }
}

/// A refused period, said above the default period's numbers.
async fn refused(state: &AppState, access: &ChapterAccess, error: AppError) -> Result<Response, PageError> {
    match error {
        AppError::Invalid(errors) => {
            let numbers = numbers_of(state, access, &HashMap::new()).await?;
            let message = errors.0.values().next().map(|m| m.in_lang(access.lang()));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, numbers_page(access, &numbers, message)).into_response())
        }
        other => Err(other.into()),
    }
}

/// `GET /host/c/{slug}/numbers.csv?…`: a row per month, then the whole period.
pub async fn csv(
    State(state): State<AppState>,
    access: ChapterAccess,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let numbers = numbers_of(&state, &access, &query).await?;
    let mut sheet = Sheet::new(
        &[
            "month",
            "nights",
            "booked",
            "came",
            "walk_ins",
            "empty_seats",
            "first_timers",
            "regulars",
            "stories_submitted",
            "stories_accepted",
            "stories_told",
        ],
        true,
    );
    let line = |month: String, m: &Month| {
        let counts = [
            m.nights,
            m.booked,
            m.came,
            m.walk_ins,
            m.no_shows,
            m.first_timers,
            m.regulars,
            m.stories_submitted,
            m.stories_accepted,
            m.stories_told,
        ];
        std::iter::once(month).chain(counts.iter().map(i64::to_string)).collect::<Vec<_>>()
    };
    for m in &numbers.months {
        sheet.row(line(month_text((m.year, m.month)), m));
    }
    sheet.row(line("all".into(), &numbers.total));
    let name = format!(
        "attachment; filename=\"{}-numbers-{}-{}.csv\"",
        access.chapter.slug,
        month_text(numbers.from),
        month_text(numbers.to)
    );
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, name)],
        sheet.finish(),
    )
        .into_response())
}

/// `GET /host/c/{slug}/numbers.json?…`.
pub async fn json(
    State(state): State<AppState>,
    access: ChapterAccess,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Numbers>, PageError> {
    Ok(Json(numbers_of(&state, &access, &query).await?))
}

/// The share of a month's booked seats that stayed empty, as the page says it ("–" without
/// bookings).
fn empty_share(lang: Lang, m: &Month) -> String {
    m.no_show_percent().map_or_else(|| "–".to_string(), |p| format!("{} %", lang.number(p)))
}

fn cells(lang: Lang, m: &Month) -> Vec<String> {
    let mut cells: Vec<String> = [m.nights, m.booked, m.came].iter().map(|n| lang.number(*n)).collect();
    cells.push(empty_share(lang, m));
    cells.extend(
        [m.first_timers, m.regulars, m.stories_submitted, m.stories_accepted, m.stories_told]
            .iter()
            .map(|n| lang.number(*n)),
    );
    cells
}

fn numbers_page(access: &ChapterAccess, numbers: &Numbers, error: Option<String>) -> NumbersPage {
    let lang = access.lang();
    let total = &numbers.total;
    let summary = failnight_core::Message::new("host-numbers-summary")
        .arg("nights", total.nights)
        .arg("came", total.came)
        .arg("first", total.first_timers)
        .arg("regulars", total.regulars)
        .arg("empty", empty_share(lang, total))
        .in_lang(lang);
    let max = numbers.months.iter().map(|m| m.came + m.no_shows).max().unwrap_or(0).max(1);
    let bars = numbers
        .months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let top = i as i64 * ROW;
            let came_width = m.came * BAR_MAX / max;
            let empty_width = m.no_shows * BAR_MAX / max;
            NumbersBar {
                label: lang.month_year(m.year, m.month),
                text_y: top + 14,
                bar_y: top + 19,
                came_width,
                empty_x: came_width,
                empty_width,
                came: m.came,
                empty: m.no_shows,
                total_x: came_width + empty_width + 6,
            }
        })
        .collect();
    NumbersPage {
        lang,
        nav: nav(access, "numbers"),
        error,
        from: month_text(numbers.from),
        to: month_text(numbers.to),
        query: format!("from={}&to={}", month_text(numbers.from), month_text(numbers.to)),
        summary,
        stories: lang.f3(
            "host-numbers-stories",
            "submitted",
            total.stories_submitted,
            "accepted",
            total.stories_accepted,
            "told",
            total.stories_told,
        ),
        to_stage: numbers.median_days_to_stage.map(|days| lang.f1("host-numbers-to-stage", "days", days)),
        height: numbers.months.len() as i64 * ROW,
        bars,
        rows: numbers
            .months
            .iter()
            .map(|m| NumbersRow { month: lang.month_year(m.year, m.month), cells: cells(lang, m) })
            .collect(),
        total: NumbersRow { month: lang.t("host-numbers-all"), cells: cells(lang, total) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_strictly() {
        assert_eq!(parse_month("2026-03"), Some((2026, 3)));
        assert_eq!(parse_month(" 2026-12 "), Some((2026, 12)));
        for bad in ["2026-13", "2026-0", "26-03", "2026/03", "", "march", "2026-03-01"] {
            assert_eq!(parse_month(bad), None, "{bad}");
        }
    }
}
