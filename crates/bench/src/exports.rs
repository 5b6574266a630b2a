//! The `exports` scenario: a night of `--export-guests` bookings and a chapter with ten years of
//! monthly nights (`insights::seed`), downloaded as CSV by a host: the night's attendee list
//! and the chapter's every guest, streamed a page at a time. Each download is read whole and
//! checked row by row; rows a second and the server's peak memory are the figures.

use std::time::{Duration, Instant};

use failnight_core::{Db, with_db};
use failnight_scheduling::EventDetails;

use crate::http::{self, Conn};

/// `guests` confirmed bookings of `night` in one statement (`INSERT … SELECT` over a recursive
/// count), with its seat counter to match; returns how long it took.
pub async fn seed_night(db: &Db, night: &EventDetails, guests: i64) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let now = chrono::Utc::now().timestamp_millis();
    let bookings = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
        INSERT INTO rsvps (event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code)
        SELECT $1, 'Guest ' || i, 'guest' || i || '@example.org', 'confirmed', 'export-t-' || i, $3 - i, $3 - i, 0,
               'export-c-' || i
        FROM n ORDER BY i";
    let mut tx = db.begin().await?;
    failnight_core::with_tx!(&mut tx, |e| sqlx::query(bookings)
        .bind(night.id)
        .bind(guests)
        .bind(now)
        .execute(&mut *e)
        .await
        .map(|_| ()))?;
    failnight_core::with_tx!(&mut tx, |e| sqlx::query("UPDATE seat_counts SET confirmed = $2 WHERE event_id = $1")
        .bind(night.id)
        .bind(guests)
        .execute(&mut *e)
        .await
        .map(|_| ()))?;
    tx.commit().await?;
    Ok(started.elapsed())
}

/// The RSVPs of the chapter's nights: what its export must list.
pub async fn chapter_rsvps(db: &Db, chapter_id: i64) -> anyhow::Result<i64> {
    Ok(with_db!(db, |e| sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM rsvps r JOIN events e ON e.id = r.event_id WHERE e.chapter_id = $1"
    )
    .bind(chapter_id)
    .fetch_one(e)
    .await)?)
}

/// One download read whole: its rows (without the header) and how long it took.
pub struct Download {
    pub rows: usize,
    pub took: Duration,
}

/// Downloads `path` with the host's session and checks it: status 200, the `header` line,
/// `expected` rows each of `columns` cells (a quoted cell counts once: none here has a comma).
pub async fn download(
    addr: &str,
    path: &str,
    cookie: &str,
    header: &str,
    columns: usize,
    expected: usize,
) -> anyhow::Result<Download> {
    let started = Instant::now();
    let answer = Conn::new(addr).send(&http::get_with_cookie(addr, path, cookie)).await?;
    let took = started.elapsed();
    anyhow::ensure!(answer.status == 200, "GET {path} answered {}", answer.status);
    let text = std::str::from_utf8(&answer.body)?.trim_start_matches('\u{feff}');
    let mut lines = text.split_terminator("\r\n");
    anyhow::ensure!(lines.next() == Some(header), "GET {path}: not the header {header:?}");
    let mut rows = 0;
    for line in lines {
        anyhow::ensure!(line.split(',').count() == columns, "GET {path}: row {rows} is {line:?}");
        rows += 1;
    }
    anyhow::ensure!(rows == expected, "GET {path}: {rows} rows, {expected} expected");
    Ok(Download { rows, took })
}
