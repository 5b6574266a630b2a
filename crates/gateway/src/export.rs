//! Guest lists as CSV, streamed: a night's attendees (`/host/c/{slug}/events/{id}/attendees.csv`)
//! and a chapter's every night (`/host/c/{slug}/attendees.csv` and its API twin). The list is
//! read a page of [`PAGE`] RSVPs at a time after the last one sent (`rsvps::page_after`, an
//! index range) and each page is written out before the next is read, so a night of 100,000
//! guests never sits in memory whole, and no database connection is held while the client
//! reads. A read that fails mid-way ends the response without its last chunk: the client sees
//! a broken download, never a short list that looks complete.

use axum::{
    body::Body,
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use failnight_core::sheet::Sheet;
use failnight_scheduling::EventDetails;
use failnight_ticketing::{Rsvp, rsvps};

use crate::AppState;

/// RSVPs read and written at a time.
pub const PAGE: i64 = 1000;

/// A night's columns: machine codes and the night's clock (`2026-12-10 19:04`), the same in
/// every language, so spreadsheets and scripts read them as they are.
const NIGHT: &[&str] = &["name", "email", "status", "booked"];
/// A chapter's: each night's first, then the guest's.
const CHAPTER: &[&str] = &["night_id", "night", "starts", "name", "email", "status", "booked", "checked_in"];

fn local(event: &EventDetails, at: failnight_core::Timestamp) -> String {
    at.to_utc().with_timezone(&event.tz()).format("%Y-%m-%d %H:%M").to_string()
}

/// `attendees-{id}.csv`: the night's RSVPs in booking order.
pub fn night(state: AppState, event: EventDetails) -> Response {
    let name = format!("attendees-{}.csv", event.id);
    csv(state, NIGHT, vec![event], &name, |event, r| {
        vec![r.name.clone(), r.shown_email().to_string(), r.status.as_str().to_string(), local(event, r.created_at)]
    })
}

/// `attendees-{slug}.csv`: every RSVP of every night of the chapter, night by night.
pub fn chapter(state: AppState, slug: &str, nights: Vec<EventDetails>) -> Response {
    let name = format!("attendees-{slug}.csv");
    csv(state, CHAPTER, nights, &name, |event, r| {
        vec![
            event.id.to_string(),
            event.title.clone(),
            event.starts_local.replace('T', " "),
            r.name.clone(),
            r.shown_email().to_string(),
            r.status.as_str().to_string(),
            local(event, r.created_at),
            r.checked_in_at.map(|at| local(event, at)).unwrap_or_default(),
        ]
    })
}

/// Where a streamed export stands: the night being read and the last RSVP sent of it.
struct Cursor {
    state: AppState,
    sheet: Option<Sheet>,
    nights: Vec<EventDetails>,
    night: usize,
    after: i64,
    cells: fn(&EventDetails, &Rsvp) -> Vec<String>,
}

impl Cursor {
    /// The next chunk of the file: the next page of RSVPs (with the header before the first),
    /// the file's end, or `None` once that was sent.
    async fn next(&mut self) -> Option<Result<String, sqlx::Error>> {
        loop {
            let Some(event) = self.nights.get(self.night) else {
                return self.sheet.take().map(|sheet| Ok(sheet.finish()));
            };
            let sheet = self.sheet.as_mut()?;
            // A stopping server ends its exports (the client sees a broken download and can
            // ask again) rather than wait for a slow reader.
            if self.state.draining.load(std::sync::atomic::Ordering::SeqCst) {
                self.sheet = None;
                return Some(Err(sqlx::Error::PoolClosed));
            }
            let page = match rsvps::page_after(&self.state.db, event.id, self.after, PAGE).await {
                Ok(page) => page,
                Err(error) => {
                    self.sheet = None;
                    return Some(Err(error));
                }
            };
            let Some(last) = page.last() else {
                self.night += 1;
                self.after = 0;
                continue;
            };
            self.after = last.id;
            for r in &page {
                sheet.row((self.cells)(event, r));
            }
            return Some(Ok(sheet.take()));
        }
    }
}

fn csv(
    state: AppState,
    header: &[&str],
    nights: Vec<EventDetails>,
    filename: &str,
    cells: fn(&EventDetails, &Rsvp) -> Vec<String>,
) -> Response {
    let cursor = Cursor { state, sheet: Some(Sheet::new(header, true)), nights, night: 0, after: 0, cells };
    let chunks = futures_util::stream::unfold(cursor, |mut cursor| async move {
        let chunk = cursor.next().await?;
        if let Err(error) = &chunk {
            tracing::error!(%error, "an export stopped mid-way");
        }
        Some((chunk, cursor))
    });
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        Body::from_stream(chunks),
    )
        .into_response()
}
