//! Every chapter on one line, for platform admins: the last and next night, its attendance
//! over the last half year against the half year before, its call for stories and queue, and
//! its hosts who signed in lately. One query of grouped passes joined to the chapters.

use failnight_core::{Db, Timestamp, time::Zone, with_db};

const DAY_MS: i64 = 86_400_000;
/// The half year the attendance trend compares.
pub const HALF_YEAR_DAYS: i64 = 182;
/// A host counts as active with a sign-in within this many days.
pub const ACTIVE_DAYS: i64 = 90;

/// One chapter's line.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ChapterLine {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub timezone: Zone,
    pub last_night: Option<Timestamp>,
    pub next_night: Option<Timestamp>,
    /// Guests at the door (seats) over the last half year, and the half year before.
    pub came_recent: i64,
    pub came_before: i64,
    pub call_open: bool,
    /// Stories waiting for a decision.
    pub queue: i64,
    pub hosts: i64,
    pub hosts_active: i64,
}

/// Every chapter, by name. Each figure is one grouped pass over its table (the nights of the
/// last year for the attendance), joined to the chapters: no query per chapter, which the
/// planner could otherwise run as a scan of every RSVP for each of 300 chapters.
pub async fn chapters(db: &Db, now: Timestamp) -> Result<Vec<ChapterLine>, sqlx::Error> {
    with_db!(db, |e| {
        sqlx::query_as::<_, ChapterLine>(
        "WITH nights AS (
             SELECT chapter_id, MAX(CASE WHEN starts_at < $1 THEN starts_at END) AS last_night,
                    MIN(CASE WHEN starts_at >= $1 THEN starts_at END) AS next_night
             FROM events WHERE status = 'published' GROUP BY chapter_id),
         guests AS (
             SELECT e.chapter_id,
                    SUM(CASE WHEN e.starts_at >= $1 - $2 THEN 1 + r.plus_ones ELSE 0 END) AS came_recent,
                    SUM(CASE WHEN e.starts_at < $1 - $2 THEN 1 + r.plus_ones ELSE 0 END) AS came_before
             FROM events e JOIN rsvps r ON r.event_id = e.id
             WHERE e.status = 'published' AND e.starts_at >= $1 - 2 * $2 AND e.starts_at < $1
               AND r.checked_in_at IS NOT NULL
             GROUP BY e.chapter_id),
         queue AS (
             SELECT chapter_id, COUNT(*) AS queue FROM submissions
             WHERE state IN ('submitted', 'waitlisted') GROUP BY chapter_id),
         hosts AS (
             SELECT h.chapter_id, COUNT(*) AS hosts,
                    SUM(CASE WHEN EXISTS (SELECT 1 FROM sessions x WHERE x.host_id = h.host_id AND x.created_at >= $1 - $3)
                             THEN 1 ELSE 0 END) AS hosts_active
             FROM chapter_hosts h GROUP BY h.chapter_id)
         SELECT c.id, c.slug, c.name, c.timezone, n.last_night, n.next_night,
             CAST(COALESCE(g.came_recent, 0) AS BIGINT) AS came_recent,
             CAST(COALESCE(g.came_before, 0) AS BIGINT) AS came_before,
             COALESCE(s.call_open, FALSE) AS call_open,
             CAST(COALESCE(q.queue, 0) AS BIGINT) AS queue,
             CAST(COALESCE(h.hosts, 0) AS BIGINT) AS hosts,
             CAST(COALESCE(h.hosts_active, 0) AS BIGINT) AS hosts_active
         FROM chapters c
         LEFT JOIN nights n ON n.chapter_id = c.id
         LEFT JOIN guests g ON g.chapter_id = c.id
         LEFT JOIN story_settings s ON s.chapter_id = c.id
         LEFT JOIN queue q ON q.chapter_id = c.id
         LEFT JOIN hosts h ON h.chapter_id = c.id
         ORDER BY c.name, c.id"
    )
    .bind(now)
    .bind(HALF_YEAR_DAYS * DAY_MS)
    .bind(ACTIVE_DAYS * DAY_MS)
    .fetch_all(e)
    .await
    })
}
