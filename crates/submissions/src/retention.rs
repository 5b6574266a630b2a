//! Time-based work on stories and a speaker's data rights.
//!
//! - An accepted speaker who has not confirmed after the chapter's `confirm_reminder_days` is
//!   reminded once; after twice as long, the hosts are told once. Each is claimed by a
//!   conditional `UPDATE … WHERE reminded_at IS NULL`, so any number of workers send it once.
//! - Rejected, declined and withdrawn stories are deleted `retention_months` after their last
//!   change of state; nothing else is ever deleted by the clock.
//! - A speaker can export everything stored about them and delete it; hosts can purge stories
//!   that are not accepted or confirmed. Deleting also forgets the emails about the story (see
//!   `failnight_core::outbox::forget`) and, with the address's last story, the rate limit's
//!   counter of stories it sent (`failnight_core::ratelimit::forget`).

use chrono::{DateTime, Months, Utc};
use failnight_core::{Db, Timestamp, Tx, outbox, ratelimit, with_db, with_tx};

use crate::{State, Submission, SubmissionsError, reviews, stories::COLUMNS};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// Accepted stories whose speaker is due a reminder to confirm (oldest decision first).
pub async fn due_reminders(db: &Db, now: Timestamp) -> Result<Vec<Submission>, sqlx::Error> {
    due(db, "reminded_at", 1, now).await
}

/// Accepted stories still unconfirmed after twice the reminder delay, not yet told to hosts.
pub async fn due_host_alerts(db: &Db, now: Timestamp) -> Result<Vec<Submission>, sqlx::Error> {
    due(db, "hosts_alerted_at", 2, now).await
}

async fn due(db: &Db, column: &str, factor: i64, now: Timestamp) -> Result<Vec<Submission>, sqlx::Error> {
    let columns = COLUMNS.split(',').map(|c| format!("s.{}", c.trim())).collect::<Vec<_>>().join(", ");
    with_db!(db, |e| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "SELECT {columns} FROM submissions s LEFT JOIN story_settings t ON t.chapter_id = s.chapter_id
         WHERE s.state = 'accepted' AND s.{column} IS NULL
           AND s.decided_at + $2 * COALESCE(t.confirm_reminder_days, 5) * $3 <= $1
         ORDER BY s.decided_at, s.id LIMIT 200"
    )))
    .bind(now)
    .bind(factor)
    .bind(DAY_MS)
    .fetch_all(e)
    .await)
}

/// Marks the reminder of `story` as sent; `None` when another worker did it first or the
/// speaker answered meanwhile (then send nothing).
pub async fn claim_reminder(tx: &mut Tx, story_id: i64, now: Timestamp) -> Result<Option<Submission>, sqlx::Error> {
    claim(tx, "reminded_at", story_id, now).await
}

/// Marks the hosts' alert about `story` as sent; `None` as for [`claim_reminder`].
pub async fn claim_host_alert(tx: &mut Tx, story_id: i64, now: Timestamp) -> Result<Option<Submission>, sqlx::Error> {
    claim(tx, "hosts_alerted_at", story_id, now).await
}

async fn claim(tx: &mut Tx, column: &str, story_id: i64, now: Timestamp) -> Result<Option<Submission>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "UPDATE submissions SET {column} = $2 WHERE id = $1 AND state = 'accepted' AND {column} IS NULL
         RETURNING {COLUMNS}"
    )))
    .bind(story_id)
    .bind(now)
    .fetch_optional(&mut *c)
    .await)
}

/// Whether a story is past its chapter's retention: rejected, declined or withdrawn, and its
/// last change of state at least `months` ago (calendar months).
pub fn expired(story: &Submission, months: i64, now: DateTime<Utc>) -> bool {
    let gone = matches!(story.state(), State::Rejected | State::Declined | State::Withdrawn);
    let Some(decided) = story.decided_at else { return false };
    gone && decided
        .to_utc()
        .checked_add_months(Months::new(u32::try_from(months).unwrap_or(u32::MAX)))
        .is_some_and(|until| until <= now)
}

/// The stories past their chapter's retention, as `(id, chapter_id)`.
pub async fn expired_stories(db: &Db, now: DateTime<Utc>) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let columns = COLUMNS.split(',').map(|c| format!("s.{}", c.trim())).collect::<Vec<_>>().join(", ");
    let rows: Vec<Submission> = with_db!(db, |e| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "SELECT {columns} FROM submissions s
         WHERE s.state IN ('rejected', 'declined', 'withdrawn') AND s.decided_at IS NOT NULL"
    )))
    .fetch_all(e)
    .await)?;
    let mut out = Vec::new();
    let mut months = std::collections::HashMap::new();
    for story in rows {
        let m = match months.get(&story.chapter_id) {
            Some(m) => *m,
            None => {
                let m = crate::settings::get(db, story.chapter_id).await?.retention_months;
                months.insert(story.chapter_id, m);
                m
            }
        };
        if expired(&story, m, now) {
            out.push((story.id, story.chapter_id));
        }
    }
    Ok(out)
}

/// Deletes a story, its reviews, its lesson, its deck (and the images only it used), and forgets its emails; with the speaker's last story, their
/// address's counter of stories sent (a rate limit's, keyed by the address) goes too. With
/// `only_if`, deletes only when the story is (still) in one of those states. Returns whether it
/// was deleted.
pub async fn delete(tx: &mut Tx, story_id: i64, only_if: Option<&[State]>) -> Result<bool, SubmissionsError> {
    let Some(story) = crate::stories::get(&mut *tx, story_id).await? else { return Ok(false) };
    if only_if.is_some_and(|states| !states.contains(&story.state())) {
        return Ok(false);
    }
    crate::slides::delete_deck(tx, story_id).await?;
    let others: i64 = with_tx!(tx, |c| {
        sqlx::query("DELETE FROM story_reviews WHERE submission_id = $1").bind(story_id).execute(&mut *c).await?;
        // The lesson and its topics (and on SQLite its search entry, by trigger).
        sqlx::query("DELETE FROM lessons WHERE submission_id = $1").bind(story_id).execute(&mut *c).await?;
        sqlx::query("DELETE FROM submissions WHERE id = $1").bind(story_id).execute(&mut *c).await?;
        sqlx::query_scalar("SELECT COUNT(*) FROM submissions WHERE email = $1")
            .bind(&story.email)
            .fetch_one(&mut *c)
            .await
    })?;
    outbox::forget(tx, &outbox::keys::story_patterns(story_id)).await?;
    if others == 0 {
        // While another story of the address is kept, so is its address: the counter then
        // stores nothing new, and still bounds what the address is sent.
        ratelimit::forget(tx, ratelimit::STORY_PER_EMAIL, &story.email).await?;
    }
    Ok(true)
}

fn rfc3339(at: Timestamp) -> String {
    at.to_utc().to_rfc3339()
}

/// Everything stored about the speaker of `story`, as JSON: the story, the hosts' reviews of
/// it (scores and comments, without who wrote them) and the emails sent about it.
pub async fn export(db: &Db, story: &Submission) -> Result<serde_json::Value, sqlx::Error> {
    let reviews: Vec<serde_json::Value> = reviews::of(db, story.id)
        .await?
        .into_iter()
        .map(|r| serde_json::json!({"score": r.score, "comment": r.comment, "written_at": rfc3339(r.updated_at)}))
        .collect();
    let emails: Vec<serde_json::Value> = outbox::matching(db, &outbox::keys::story_patterns(story.id))
        .await?
        .into_iter()
        .filter(|e| e.to_email == story.email)
        .map(|e| {
            serde_json::json!({
                "to": e.to_email,
                "subject": e.subject,
                "text": e.body_text,
                "queued_at": rfc3339(e.created_at),
                "sent_at": e.sent_at.map(rfc3339),
            })
        })
        .collect();
    // The deck: each slide where the speaker can fetch it (their own page's address).
    let slides: Vec<serde_json::Value> = crate::slides::deck(db, story.id)
        .await?
        .into_iter()
        .map(|s| {
            serde_json::json!({
                "position": s.position,
                "url": format!("/s/{}/slides/{}", story.token, s.hash),
                "width": s.width,
                "height": s.height,
            })
        })
        .collect();
    // The recap, published or not.
    let lesson = crate::lessons::of_story(db, story.id).await?.map(|l| {
        serde_json::json!({
            "state": l.state,
            "lesson": l.lesson,
            "happened": l.happened,
            "differently": l.differently,
            "language": l.language,
            "updated_at": rfc3339(l.updated_at),
            "published_at": l.published_at.map(rfc3339),
        })
    });
    let mut submission = serde_json::to_value(story).unwrap_or_default();
    if let Some(fields) = submission.as_object_mut() {
        for key in ["coc_accepted_at", "created_at", "updated_at", "decided_at", "reminded_at", "hosts_alerted_at"] {
            if let Some(ms) = fields.get(key).and_then(serde_json::Value::as_i64) {
                fields.insert(key.into(), rfc3339(Timestamp(ms)).into());
            }
        }
        fields.remove("chapter_id");
    }
    Ok(serde_json::json!({
        "submission": submission,
        "reviews": reviews,
        "emails": emails,
        "slides": slides,
        "lesson": lesson,
    }))
}
