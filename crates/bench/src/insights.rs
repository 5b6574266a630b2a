//! The `insights` scenario's data: a chapter with ten years of monthly nights and 100,000
//! RSVPs (70 % of parties at the door, a fifth with a plus-one, guests who come back), and
//! 299 more chapters with a night each, seeded with plain SQL in bulk (`INSERT … SELECT` over a
//! recursive count), so the chapter's numbers page and the network view read real volumes.

use std::time::{Duration, Instant};

use failnight_core::{Db, with_db, with_tx};
use failnight_scheduling::{Chapter, EventDetails};

/// Monthly nights of the busy chapter: ten years.
pub const NIGHTS: i64 = 120;
const DAY_MS: i64 = 86_400_000;

/// Seeds the busy `chapter` (its `night` the template of the past ones), `rsvps` RSVPs over its
/// past nights and `others` more chapters; makes `host@example.org` a platform admin.
pub async fn seed(
    db: &Db,
    chapter: &Chapter,
    night: &EventDetails,
    rsvps: i64,
    others: i64,
) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let last: i64 = with_db!(db, |e| sqlx::query_scalar("SELECT MAX(id) FROM events").fetch_one(e).await)?;
    let first = last + 1;
    let mut tx = db.begin().await?;
    // The past nights: copies of the template, a month apart, the newest a month ago.
    let nights = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
        INSERT INTO events (chapter_id, uid, title, description, timezone, starts_local, ends_local, starts_at, ends_at,
                            venue_id, capacity, status, sequence, created_at, updated_at)
        SELECT chapter_id, uid || '-' || i, title || ' #' || i, description, timezone, starts_local, ends_local,
               $3 - i * 30 * $4, $3 - i * 30 * $4 + 3 * 3600000, venue_id, capacity, 'published', 0, created_at,
               updated_at
        FROM events, n WHERE events.id = $1 ORDER BY i";
    let now = chrono::Utc::now().timestamp_millis();
    with_tx!(&mut tx, |e| sqlx::query(nights)
        .bind(night.id)
        .bind(NIGHTS)
        .bind(now)
        .bind(DAY_MS)
        .execute(&mut *e)
        .await
        .map(|_| ()))?;
    // The RSVPs, spread over the nights; guests come back (40,000 addresses for 100,000).
    let bookings = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $2 - 1)
        INSERT INTO rsvps (event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code,
                           reconfirm_sent_at, reconfirmed_at, checked_in_at)
        SELECT e.id, 'Guest ' || i, 'guest' || (i % 40000) || '@example.org',
               CASE WHEN i % 10 < 7 THEN 'checked_in' ELSE 'confirmed' END, 'bench-t-' || i,
               e.starts_at - (i % 20 + 1) * $3, e.starts_at - (i % 20 + 1) * $3,
               CASE WHEN i % 5 = 0 THEN 1 ELSE 0 END, 'bench-c-' || i,
               CASE WHEN i % 20 >= 2 THEN e.starts_at - 2 * $3 END,
               CASE WHEN i % 20 >= 2 AND i % 2 = 0 THEN e.starts_at - $3 END,
               CASE WHEN i % 10 < 7 THEN e.starts_at + 600000 END
        FROM n JOIN events e ON e.id = $1 + i % $4";
    with_tx!(&mut tx, |e| sqlx::query(bookings)
        .bind(first)
        .bind(rsvps)
        .bind(DAY_MS)
        .bind(NIGHTS)
        .execute(&mut *e)
        .await
        .map(|_| ()))?;
    // The other chapters, each with a venue and one night coming.
    let chapters = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1)
        INSERT INTO chapters (slug, name, timezone, description, created_at)
        SELECT 'chapter-' || i, 'Chapter ' || i, 'Europe/Berlin', '', $2 FROM n";
    with_tx!(&mut tx, |e| sqlx::query(chapters).bind(others).bind(now).execute(&mut *e).await.map(|_| ()))?;
    let their_nights = "INSERT INTO events (chapter_id, uid, title, description, timezone, starts_local, ends_local,
                            starts_at, ends_at, venue_id, capacity, status, sequence, created_at, updated_at)
        SELECT c.id, t.uid || '-' || c.slug, t.title, t.description, t.timezone, t.starts_local, t.ends_local,
               t.starts_at, t.ends_at, t.venue_id, t.capacity, 'published', 0, t.created_at, t.updated_at
        FROM chapters c, events t WHERE t.id = $1 AND c.id <> $2";
    with_tx!(&mut tx, |e| sqlx::query(their_nights)
        .bind(night.id)
        .bind(chapter.id)
        .execute(&mut *e)
        .await
        .map(|_| ()))?;
    let admin = "INSERT INTO admins (host_id, created_at) SELECT id, $1 FROM hosts WHERE email = 'host@example.org'";
    with_tx!(&mut tx, |e| sqlx::query(admin).bind(now).execute(&mut *e).await.map(|_| ()))?;
    tx.commit().await?;
    if let Db::Postgres(pool) = db {
        sqlx::query("ANALYZE").execute(pool).await?;
    }
    Ok(started.elapsed())
}

/// The numbers page's period: the longest it shows (120 months, up to this one).
pub fn period() -> String {
    use chrono::Datelike;
    let today = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Berlin);
    let months = today.year() * 12 + today.month0() as i32;
    let from = months - 119;
    format!("from={:04}-{:02}&to={:04}-{:02}", from / 12, from % 12 + 1, today.year(), today.month())
}
