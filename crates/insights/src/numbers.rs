//! A chapter's figures over a period, a row per night and per story, for the chapter's
//! numbers page to group by month: who booked and who came (first-timers and regulars), and
//! the stories from submission to stage.

use failnight_core::{Db, Timestamp, with_db};

/// One night's attendance.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NightFigures {
    pub event_id: i64,
    pub starts_at: Timestamp,
    /// Seats confirmed by booking (walk-ins aside), plus-ones included.
    pub booked: i64,
    /// Of those, the seats of parties that came.
    pub came_booked: i64,
    /// Seats of walk-ins let in at the door.
    pub walk_ins: i64,
    /// Parties at the door whose email had never been checked in at this chapter before.
    pub first_timers: i64,
    /// Parties at the door seen at an earlier night of the chapter.
    pub regulars: i64,
}

impl NightFigures {
    /// Everyone at the door.
    pub fn came(&self) -> i64 {
        self.came_booked + self.walk_ins
    }

    /// Seats booked whose party did not come.
    pub fn no_shows(&self) -> i64 {
        self.booked - self.came_booked
    }
}

/// The chapter's published nights that started in `[from, to)` and before `now`, oldest
/// first. Who came for the first time is worked out here from every check-in of the chapter
/// up to `to` (an address, the start of the night it was checked in at): one pass over an
/// index-ordered list, not a join of every RSVP against every address.
pub async fn nights(
    db: &Db,
    chapter_id: i64,
    from: Timestamp,
    to: Timestamp,
    now: Timestamp,
) -> Result<Vec<NightFigures>, sqlx::Error> {
    let end = to.min(now);
    let mut nights: Vec<NightFigures> = with_db!(db, |e| {
        sqlx::query_as::<_, NightFigures>(
        "SELECT e.id AS event_id, e.starts_at,
             CAST(COALESCE(SUM(CASE WHEN r.status IN ('confirmed', 'checked_in') AND r.walk_in = FALSE THEN 1 + r.plus_ones
                                    ELSE 0 END), 0) AS BIGINT) AS booked,
             CAST(COALESCE(SUM(CASE WHEN r.checked_in_at IS NOT NULL AND r.walk_in = FALSE THEN 1 + r.plus_ones
                                    ELSE 0 END), 0) AS BIGINT) AS came_booked,
             CAST(COALESCE(SUM(CASE WHEN r.checked_in_at IS NOT NULL AND r.walk_in = TRUE THEN 1 + r.plus_ones
                                    ELSE 0 END), 0) AS BIGINT) AS walk_ins,
             CAST(0 AS BIGINT) AS first_timers,
             CAST(0 AS BIGINT) AS regulars
         FROM events e
         LEFT JOIN rsvps r ON r.event_id = e.id
         WHERE e.chapter_id = $1 AND e.status = 'published' AND e.starts_at >= $2 AND e.starts_at < $3
         GROUP BY e.id, e.starts_at
         ORDER BY e.starts_at, e.id"
    )
    .bind(chapter_id)
    .bind(from)
    .bind(end)
    .fetch_all(e)
    .await
    })?;
    let visits: Vec<(i64, String)> = with_db!(db, |e| sqlx::query_as(
        "SELECT r.event_id, r.email FROM events e JOIN rsvps r ON r.event_id = e.id
         WHERE e.chapter_id = $1 AND e.status = 'published' AND e.starts_at < $2 AND r.checked_in_at IS NOT NULL
         ORDER BY e.starts_at, e.id"
    )
    .bind(chapter_id)
    .bind(end)
    .fetch_all(e)
    .await)?;
    let at: std::collections::HashMap<i64, usize> = nights.iter().enumerate().map(|(i, n)| (n.event_id, i)).collect();
    let mut seen = std::collections::HashSet::with_capacity(visits.len());
    for (event_id, email) in visits {
        // Oldest night first: the first time an address shows up is its first visit.
        let first = seen.insert(email);
        if let Some(&i) = at.get(&event_id) {
            if first {
                nights[i].first_timers += 1;
            } else {
                nights[i].regulars += 1;
            }
        }
    }
    Ok(nights)
}

/// One story, from submission to stage.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StoryFigures {
    pub created_at: Timestamp,
    /// Hosts said yes (whatever the speaker did next).
    pub accepted: bool,
    /// When it was told: the start of the past night whose lineup it was in, confirmed.
    pub told_at: Option<Timestamp>,
}

/// The chapter's stories submitted in `[from, to)`, oldest first.
pub async fn stories(
    db: &Db,
    chapter_id: i64,
    from: Timestamp,
    to: Timestamp,
    now: Timestamp,
) -> Result<Vec<StoryFigures>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, StoryFigures>(
        "SELECT s.created_at,
             (s.state IN ('accepted', 'confirmed', 'declined') OR s.event_id IS NOT NULL) AS accepted,
             CASE WHEN s.state = 'confirmed' AND e.status = 'published' AND e.starts_at < $4 THEN e.starts_at
                  END AS told_at
         FROM submissions s LEFT JOIN events e ON e.id = s.event_id
         WHERE s.chapter_id = $1 AND s.created_at >= $2 AND s.created_at < $3
         ORDER BY s.created_at, s.id"
    )
    .bind(chapter_id)
    .bind(from)
    .bind(to)
    .bind(now)
    .fetch_all(e)
    .await)
}
