//! Hosts' reviews: each host gives a story one score (1–5) and a comment, and may change them.

use std::collections::HashMap;

use failnight_core::{Db, FieldErrors, Timestamp, Tx, with_db, with_tx};

use crate::{Submission, SubmissionsError};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Review {
    pub submission_id: i64,
    #[serde(skip)]
    pub host_id: i64,
    pub score: i64,
    pub comment: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Records (or replaces) `host_id`'s review of `story`. Reviews are for undecided stories.
pub async fn upsert(
    tx: &mut Tx,
    story: &Submission,
    host_id: i64,
    score: &str,
    comment: &str,
    now: Timestamp,
) -> Result<Review, SubmissionsError> {
    let mut errors = FieldErrors::new();
    let score = match score.trim().parse::<i64>() {
        Ok(n) if (1..=5).contains(&n) => n,
        _ => {
            errors.add("score", "error-review-score");
            0
        }
    };
    let comment = errors.text("comment", comment, 3_000);
    errors.into_result()?;
    if !story.state().is_undecided() {
        return Err(SubmissionsError::Conflict("error-review-closed"));
    }
    Ok(with_tx!(tx, |c| sqlx::query_as::<_, Review>(
        "INSERT INTO story_reviews (submission_id, host_id, score, comment, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (submission_id, host_id) DO UPDATE SET score = $3, comment = $4, updated_at = $5
         RETURNING submission_id, host_id, score, comment, created_at, updated_at"
    )
    .bind(story.id)
    .bind(host_id)
    .bind(score)
    .bind(&comment)
    .bind(now)
    .fetch_one(&mut *c)
    .await)?)
}

/// A story's reviews, oldest first.
pub async fn of(db: &Db, submission_id: i64) -> Result<Vec<Review>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Review>(
        "SELECT submission_id, host_id, score, comment, created_at, updated_at FROM story_reviews
         WHERE submission_id = $1 ORDER BY created_at, host_id"
    )
    .bind(submission_id)
    .fetch_all(e)
    .await)
}

/// Per story of the chapter, as `host_id` may see it: the number of reviews, the mean score,
/// and whether `host_id` reviewed it.
pub async fn summary(db: &Db, chapter_id: i64, host_id: i64) -> Result<HashMap<i64, Summary>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64, i64)> = with_db!(db, |e| sqlx::query_as(
        "SELECT r.submission_id, COUNT(*), CAST(SUM(r.score) AS BIGINT),
                CAST(SUM(CASE WHEN r.host_id = $2 THEN 1 ELSE 0 END) AS BIGINT)
         FROM story_reviews r JOIN submissions s ON s.id = r.submission_id
         WHERE s.chapter_id = $1 GROUP BY r.submission_id"
    )
    .bind(chapter_id)
    .bind(host_id)
    .fetch_all(e)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|(id, n, sum, mine)| (id, Summary { reviews: n, mean: sum as f64 / n.max(1) as f64, mine: mine > 0 }))
        .collect())
}

/// The reviews of one story, for one host.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub reviews: i64,
    pub mean: f64,
    /// The host asking reviewed it.
    pub mine: bool,
}
