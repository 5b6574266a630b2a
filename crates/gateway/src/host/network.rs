//! The network at a glance, for platform admins (issue #19): every chapter on one line, its
//! last and next night, months without one, attendance against the half year before, its call
//! for stories and queue, its hosts who signed in lately; sortable, and as CSV. By default the
//! chapters that need help come first: no night coming, quiet the longest.

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    http::header,
    response::{Html, IntoResponse, Response},
};
use failnight_app::services::insights::{self as service, NetworkLine};
use failnight_core::{Lang, Timestamp, sheet::Sheet, time::Zone};

use super::views::{NetworkPage, NetworkRow};
use crate::{AppState, auth::SignedIn, error::PageError};

/// The sorts offered, with their column headings' messages (the chapter's name aside).
const COLUMNS: [(&str, &str); 8] = [
    ("last", "host-network-last"),
    ("next", "host-network-next"),
    ("quiet", "host-network-quiet"),
    ("guests", "host-network-guests"),
    ("trend", "host-network-trend"),
    ("call", "host-network-call"),
    ("queue", "host-network-queue"),
    ("hosts", "host-network-hosts"),
];

/// Sorts `lines` by `sort` (a column's key, or `name`; anything else: needs help first).
fn sorted(mut lines: Vec<NetworkLine>, sort: &str) -> Vec<NetworkLine> {
    let by_name = |a: &NetworkLine, b: &NetworkLine| a.chapter.name.to_lowercase().cmp(&b.chapter.name.to_lowercase());
    lines.sort_by(|a, b| {
        let (x, y) = (&a.chapter, &b.chapter);
        let order = match sort {
            "name" => std::cmp::Ordering::Equal,
            // The longest ago, and never, first.
            "last" => x.last_night.cmp(&y.last_night),
            // The soonest first, none last.
            "next" => x.next_night.map_or(i64::MAX, |t| t.0).cmp(&y.next_night.map_or(i64::MAX, |t| t.0)),
            "quiet" => b.months_quiet.unwrap_or(i64::MAX).cmp(&a.months_quiet.unwrap_or(i64::MAX)),
            "guests" => y.came_recent.cmp(&x.came_recent),
            // The steepest fall first.
            "trend" => a.trend_percent.unwrap_or(i64::MAX).cmp(&b.trend_percent.unwrap_or(i64::MAX)),
            "call" => y.call_open.cmp(&x.call_open),
            "queue" => y.queue.cmp(&x.queue),
            // The fewest active hosts first.
            "hosts" => x.hosts_active.cmp(&y.hosts_active),
            _ => a.needs_help().cmp(&b.needs_help()),
        };
        order.then_with(|| by_name(a, b))
    });
    lines
}

fn sort_of(query: &HashMap<String, String>) -> String {
    let sort = query.get("sort").map(String::as_str).unwrap_or("help");
    if sort == "name" || COLUMNS.iter().any(|(key, _)| *key == sort) { sort } else { "help" }.to_string()
}

fn day(lang: Lang, at: Option<Timestamp>, zone: Zone) -> String {
    at.map_or_else(|| "–".to_string(), |at| lang.short_date(at.to_utc(), zone.tz()))
}

fn cells(lang: Lang, line: &NetworkLine) -> Vec<String> {
    let c = &line.chapter;
    vec![
        day(lang, c.last_night, c.timezone),
        day(lang, c.next_night, c.timezone),
        line.months_quiet.map_or_else(|| "–".to_string(), |m| lang.number(m)),
        lang.number(c.came_recent),
        line.trend_percent
            .map_or_else(|| "–".to_string(), |p| format!("{}{} %", if p > 0 { "+" } else { "" }, lang.number(p))),
        if c.call_open { lang.t("host-network-call-open") } else { lang.t("host-network-call-closed") },
        lang.number(c.queue),
        lang.f2("host-network-hosts-active", "active", c.hosts_active, "all", c.hosts),
    ]
}

/// Chapters the network view lists a page at a time (all of them in its CSV).
pub const NETWORK_PAGE: usize = 50;

/// `GET /host/network?sort=…&page=…`: the same for every admin of a language, so kept in the
/// page cache until the next write (at most 30 s: `cache::Lag::Recent`). A page of [`NETWORK_PAGE`] chapters in
/// the order asked for: the page's cost does not grow with the network.
pub async fn page(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let lang = signed_in.lang();
    let sort = sort_of(&query);
    let asked = query.get("page").and_then(|p| p.parse::<usize>().ok()).unwrap_or(1).clamp(1, 1_000);
    let key = format!("host-network:{}:{sort}:{asked}", lang.as_str());
    let page = crate::pages::cached_recent(&state, key, || async {
        let lines = sorted(service::network(&state).await?, &sort);
        crate::pages::html(network_page(lang, &sort, &lines, asked))
    })
    .await?;
    Ok(Html(page.shared_body()).into_response())
}

/// Page `asked` (from 1; past the last: the last) of `lines`, in `sort`'s order.
fn network_page(lang: Lang, sort: &str, lines: &[NetworkLine], asked: usize) -> NetworkPage {
    let pages = lines.len().div_ceil(NETWORK_PAGE).max(1);
    let page = asked.min(pages);
    let at = |n: usize| format!("/host/network?sort={sort}&page={n}");
    NetworkPage {
        lang,
        columns: COLUMNS.iter().map(|(key, heading)| (*key, lang.t(heading))).collect(),
        count: lines.len(),
        rows: lines
            .iter()
            .skip((page - 1) * NETWORK_PAGE)
            .take(NETWORK_PAGE)
            .map(|line| NetworkRow {
                slug: line.chapter.slug.clone(),
                name: line.chapter.name.clone(),
                cells: cells(lang, line),
            })
            .collect(),
        sort: sort.to_string(),
        previous_url: (page > 1).then(|| at(page - 1)),
        next_url: (page < pages).then(|| at(page + 1)),
    }
}

/// `GET /host/network.csv?sort=…`: the same lines, dates as `YYYY-MM-DD` in each chapter's zone.
pub async fn csv(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let lines = sorted(service::network(&state).await?, &sort_of(&query));
    let mut sheet = Sheet::new(
        &[
            "chapter",
            "name",
            "last_night",
            "next_night",
            "months_without_a_night",
            "guests_last_half_year",
            "guests_half_year_before",
            "call_open",
            "stories_waiting",
            "hosts",
            "hosts_active",
        ],
        true,
    );
    for line in &lines {
        let c = &line.chapter;
        let tz = c.timezone.tz();
        let date = |at: Option<Timestamp>| {
            at.map(|at| at.to_utc().with_timezone(&tz).format("%Y-%m-%d").to_string()).unwrap_or_default()
        };
        sheet.row([
            c.slug.clone(),
            c.name.clone(),
            date(c.last_night),
            date(c.next_night),
            line.months_quiet.map(|m| m.to_string()).unwrap_or_default(),
            c.came_recent.to_string(),
            c.came_before.to_string(),
            c.call_open.to_string(),
            c.queue.to_string(),
            c.hosts.to_string(),
            c.hosts_active.to_string(),
        ]);
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"failnight-network.csv\""),
        ],
        sheet.finish(),
    )
        .into_response())
}
