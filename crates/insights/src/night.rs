//! One night's story in numbers, for its hosts: how its bookings came in against the
//! chapter's usual curve, how its waitlist moved, and (once it is over) who came.

use failnight_core::{Db, Timestamp, with_db};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// The days before a night its curves are read at, earliest first: weekly a month out,
/// then closer as bookings quicken, down to the start (0).
pub const DAYS_BEFORE: [i64; 10] = [28, 21, 14, 10, 7, 5, 3, 2, 1, 0];

/// How many of the chapter's latest past nights make its usual curve: recent habits, and a
/// cost that does not grow with the chapter's years.
pub const USUAL_NIGHTS: i64 = 12;

/// A point of the night's curves, `days` before its start.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point {
    pub days: i64,
    /// Seats asked for by then: every booking made (walk-ins aside), whatever became of it.
    /// `None` for a moment still to come.
    pub booked: Option<i64>,
    /// The same, on average over the chapter's latest past nights (`None` without any).
    pub usual: Option<f64>,
    /// People on the waitlist then. `None` for a moment still to come.
    pub waiting: Option<i64>,
}

/// The night's waitlist over its whole life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Waitlist {
    /// People who joined it.
    pub joined: i64,
    /// Given a seat from it (confirmed or offered).
    pub promoted: i64,
    /// Cancelled while waiting.
    pub left: i64,
    /// Waiting now.
    pub waiting: i64,
}

/// One night in numbers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NightNumbers {
    pub points: Vec<Point>,
    pub waitlist: Waitlist,
    /// Past nights the usual curve is the average of.
    pub usual_nights: i64,
}

/// A booking of the night, as its curves need it.
#[derive(sqlx::FromRow)]
struct Booking {
    created_at: i64,
    seats: i64,
    status: String,
    waitlisted_at: Option<i64>,
    promoted_at: Option<i64>,
    cancelled_at: Option<i64>,
}

/// The numbers of night `event_id` of `chapter_id`, starting at `starts_at`, as of `now`.
pub async fn numbers(
    db: &Db,
    chapter_id: i64,
    event_id: i64,
    starts_at: Timestamp,
    now: Timestamp,
) -> Result<NightNumbers, sqlx::Error> {
    let bookings: Vec<Booking> = with_db!(db, |e| sqlx::query_as::<_, Booking>(
        "SELECT created_at, 1 + plus_ones AS seats, status, waitlisted_at, promoted_at, cancelled_at
         FROM rsvps WHERE event_id = $1 AND walk_in = FALSE"
    )
    .bind(event_id)
    .fetch_all(e)
    .await)?;
    let (usual, usual_nights) = usual_curve(db, chapter_id, starts_at).await?;
    let points = DAYS_BEFORE
        .iter()
        .zip(usual)
        .map(|(&days, usual)| {
            let at = starts_at.0 - days * DAY_MS;
            let known = at <= now.0;
            let by = |t: Option<i64>| t.is_some_and(|t| t <= at);
            Point {
                days,
                booked: known.then(|| bookings.iter().filter(|b| b.created_at <= at).map(|b| b.seats).sum()),
                usual,
                // Joined by then, and neither given a seat nor gone since.
                waiting: known.then(|| {
                    bookings.iter().filter(|b| by(b.waitlisted_at) && !by(b.promoted_at) && !by(b.cancelled_at)).count()
                        as i64
                }),
            }
        })
        .collect();
    let joined: Vec<&Booking> = bookings.iter().filter(|b| b.waitlisted_at.is_some()).collect();
    let waitlist = Waitlist {
        joined: joined.len() as i64,
        promoted: joined.iter().filter(|b| b.promoted_at.is_some()).count() as i64,
        left: joined.iter().filter(|b| b.promoted_at.is_none() && b.status == "cancelled").count() as i64,
        waiting: joined.iter().filter(|b| b.status == "waitlisted").count() as i64,
    };
    Ok(NightNumbers { points, waitlist, usual_nights })
}

/// The average seats asked for by each of [`DAYS_BEFORE`] over the chapter's latest
/// [`USUAL_NIGHTS`] published nights that started before `before` and had bookings, and how
/// many nights that is.
async fn usual_curve(
    db: &Db,
    chapter_id: i64,
    before: Timestamp,
) -> Result<([Option<f64>; DAYS_BEFORE.len()], i64), sqlx::Error> {
    // One pass over those nights' bookings: each is counted at every point it was made by.
    let sums = DAYS_BEFORE
        .iter()
        .map(|d| {
            format!(
                "CAST(COALESCE(SUM(CASE WHEN r.created_at <= n.starts_at - {} THEN 1 + r.plus_ones END), 0) AS BIGINT)",
                d * DAY_MS
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT COUNT(DISTINCT n.id), {sums}
         FROM (SELECT e.id, e.starts_at FROM events e
               WHERE e.chapter_id = $1 AND e.status = 'published' AND e.starts_at < $2
                 AND EXISTS (SELECT 1 FROM rsvps b WHERE b.event_id = e.id AND b.walk_in = FALSE)
               ORDER BY e.starts_at DESC LIMIT $3) n
         JOIN rsvps r ON r.event_id = n.id AND r.walk_in = FALSE"
    );
    let row: Vec<i64> = with_db!(db, |e| {
        use sqlx::Row;
        let row = sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(chapter_id)
            .bind(before)
            .bind(USUAL_NIGHTS)
            .fetch_one(e)
            .await?;
        (0..=DAYS_BEFORE.len()).map(|i| row.try_get::<i64, _>(i)).collect::<Result<Vec<i64>, _>>()
    })?;
    let nights = row[0];
    let mut usual = [None; DAYS_BEFORE.len()];
    if nights > 0 {
        for (i, sum) in row[1..].iter().enumerate() {
            usual[i] = Some(*sum as f64 / nights as f64);
        }
    }
    Ok((usual, nights))
}
