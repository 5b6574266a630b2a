//! Every chapter on one line, for platform admins: the last and next night, its attendance
//! over the last half year against the half year before, its call for stories and queue, and
//! its hosts who signed in lately. One query; a few subqueries per chapter, each an index
//! lookup (events by chapter and start, stories by chapter and state).

use failnight_core::{Db, Timestamp, with_db};

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
    pub timezone: String,
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

/// Every chapter, by name.
pub async fn chapters(db: &Db, now: Timestamp) -> Result<Vec<ChapterLine>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, ChapterLine>(
        "SELECT c.id, c.slug, c.name, c.timezone,
             (SELECT MAX(e.starts_at) FROM events e
              WHERE e.chapter_id = c.id AND e.status = 'published' AND e.starts_at < $1) AS last_night,
             (SELECT MIN(e.starts_at) FROM events e
              WHERE e.chapter_id = c.id AND e.status = 'published' AND e.starts_at >= $1) AS next_night,
             (SELECT CAST(COALESCE(SUM(1 + r.plus_ones), 0) AS BIGINT) FROM events e JOIN rsvps r ON r.event_id = e.id
              WHERE e.chapter_id = c.id AND e.status = 'published' AND e.starts_at >= $1 - $2 AND e.starts_at < $1
                AND r.checked_in_at IS NOT NULL) AS came_recent,
             (SELECT CAST(COALESCE(SUM(1 + r.plus_ones), 0) AS BIGINT) FROM events e JOIN rsvps r ON r.event_id = e.id
              WHERE e.chapter_id = c.id AND e.status = 'published' AND e.starts_at >= $1 - 2 * $2
                AND e.starts_at < $1 - $2 AND r.checked_in_at IS NOT NULL) AS came_before,
             COALESCE((SELECT s.call_open FROM story_settings s WHERE s.chapter_id = c.id), FALSE) AS call_open,
             (SELECT COUNT(*) FROM submissions s
              WHERE s.chapter_id = c.id AND s.state IN ('submitted', 'waitlisted')) AS queue,
             (SELECT COUNT(*) FROM chapter_hosts h WHERE h.chapter_id = c.id) AS hosts,
             (SELECT COUNT(*) FROM chapter_hosts h WHERE h.chapter_id = c.id
                AND EXISTS (SELECT 1 FROM sessions x WHERE x.host_id = h.host_id AND x.created_at >= $1 - $3))
                AS hosts_active
         FROM chapters c
         ORDER BY c.name, c.id"
    )
    .bind(now)
    .bind(HALF_YEAR_DAYS * DAY_MS)
    .bind(ACTIVE_DAYS * DAY_MS)
    .fetch_all(e)
    .await)
}
