//! What the database says of a chapter's nights, in the forecast's terms: the parties of its
//! past nights and whether they came, and the parties booked for a coming night. Both are one
//! grouped query (a party's lead, answer and size), so ten years of nights are a few thousand
//! rows, not every RSVP.

use failnight_core::{Db, Timestamp, with_db};

use crate::forecast::{Answer, Lead, Parties, PastNight, Segment};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// The grouped columns: lead (0 last day, 1 the week, 2 earlier), answer (0 not asked,
/// 1 silent, 2 still coming, 3 pending), seats, parties.
type Row = (i64, i64, i64, i64);

fn segment(lead: i64, answer: i64) -> Segment {
    Segment {
        lead: match lead {
            0 => Lead::LastDay,
            1 => Lead::Week,
            _ => Lead::Early,
        },
        answer: match answer {
            1 => Answer::Silent,
            2 => Answer::StillComing,
            3 => Answer::Pending,
            _ => Answer::NotAsked,
        },
    }
}

/// The parties of the chapter's nights that ended before `before`, oldest night first. A
/// night counts when its door was used (someone checked in): a night nobody checked in at
/// says nothing about who came. Its parties are those confirmed at the end, and those who
/// cancelled in the last 24 hours (they did not come); walk-ins are not bookings.
pub async fn past_nights(db: &Db, chapter_id: i64, before: Timestamp) -> Result<Vec<PastNight>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64, i64, i64, i64, i64)> = with_db!(db, |e| sqlx::query_as(
        "SELECT e.id, e.starts_at,
                CAST(CASE WHEN e.starts_at - r.created_at < $3 THEN 0 WHEN e.starts_at - r.created_at < 7 * $3 THEN 1
                     ELSE 2 END AS BIGINT) AS lead,
                CAST(CASE WHEN r.reconfirmed_at IS NOT NULL THEN 2 WHEN r.reconfirm_sent_at IS NOT NULL THEN 1
                     ELSE 0 END AS BIGINT) AS answer,
                1 + r.plus_ones AS seats,
                COUNT(*) AS parties,
                CAST(SUM(CASE WHEN r.checked_in_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS came
         FROM events e JOIN rsvps r ON r.event_id = e.id
         WHERE e.chapter_id = $1 AND e.status = 'published' AND e.ends_at < $2 AND r.walk_in = FALSE
           AND (r.status IN ('confirmed', 'checked_in')
                OR (r.status = 'cancelled' AND r.cancel_reason = 'attendee' AND r.cancelled_at >= e.starts_at - $3))
           AND EXISTS (SELECT 1 FROM rsvps d WHERE d.event_id = e.id AND d.checked_in_at IS NOT NULL)
         GROUP BY e.id, e.starts_at, lead, answer, seats
         ORDER BY e.starts_at, e.id, lead, answer, seats"
    )
    .bind(chapter_id)
    .bind(before)
    .bind(DAY_MS)
    .fetch_all(e)
    .await)?;
    let mut nights: Vec<PastNight> = Vec::new();
    for (event_id, starts_at, lead, answer, seats, count, came) in rows {
        let parties = (Parties { segment: segment(lead, answer), seats, count }, came);
        match nights.last_mut() {
            Some(night) if night.event_id == event_id => night.parties.push(parties),
            _ => nights.push(PastNight { event_id, starts_at: Timestamp(starts_at), parties: vec![parties] }),
        }
    }
    Ok(nights)
}

/// The parties confirmed for night `event_id` (walk-ins aside). `question_at`: when its
/// "still coming?" question goes out (`None`: the chapter does not ask); until then a party's
/// answer is pending.
pub async fn booked(
    db: &Db,
    event_id: i64,
    question_at: Option<Timestamp>,
    now: Timestamp,
) -> Result<Vec<Parties>, sqlx::Error> {
    let pending = question_at.is_some_and(|at| now < at);
    let rows: Vec<Row> = with_db!(db, |e| {
        sqlx::query_as(
        "SELECT CAST(CASE WHEN e.starts_at - r.created_at < $3 THEN 0 WHEN e.starts_at - r.created_at < 7 * $3 THEN 1
                     ELSE 2 END AS BIGINT) AS lead,
                CAST(CASE WHEN r.reconfirmed_at IS NOT NULL THEN 2 WHEN r.reconfirm_sent_at IS NOT NULL THEN 1
                     WHEN $2 THEN 3 ELSE 0 END AS BIGINT) AS answer,
                1 + r.plus_ones AS seats,
                COUNT(*) AS parties
         FROM events e JOIN rsvps r ON r.event_id = e.id
         WHERE e.id = $1 AND r.status IN ('confirmed', 'checked_in') AND r.walk_in = FALSE
         GROUP BY lead, answer, seats
         ORDER BY lead, answer, seats"
    )
    .bind(event_id)
    .bind(pending)
    .bind(DAY_MS)
    .fetch_all(e)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(lead, answer, seats, count)| Parties { segment: segment(lead, answer), seats, count })
        .collect())
}
