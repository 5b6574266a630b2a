//! The counters of the rate limits: fixed windows in the `rate_limits` table, so every
//! instance counts together.
//!
//! Which limits exist, their numbers and the 429 are the gateway's; the counters live here
//! because they are personal data too: a counter is keyed `{limit}:{subject}`, the subject an
//! IP address or an email address, and a person who deletes their data takes their counters
//! with it ([`forget`]). A counter is useless once its window is over, so [`prune`] deletes
//! every counter older than the longest window: none outlives [`LONGEST_WINDOW_MS`] by more than
//! the interval of the job that prunes.

use crate::{Db, Timestamp, Tx, with_tx};

/// The limit on stories per email address, named here because deleting a story forgets its
/// counter (see [`forget`]).
pub const STORY_PER_EMAIL: &str = "story-email";

/// No limit's window is longer (the gateway's limits are checked against it in a test).
pub const LONGEST_WINDOW_MS: i64 = 24 * 3600 * 1000;

/// The key of `subject`'s counter of `limit`: `{limit}:{subject}`, the subject trimmed and
/// lower-cased (an email address counts the same however it is spelled).
pub fn key(limit: &str, subject: &str) -> String {
    format!("{limit}:{}", subject.trim().to_lowercase())
}

/// Counts a hit on the counter `key` in a window of `window_ms` and returns the hits of the
/// current window, this one included.
pub async fn hit(db: &Db, key: &str, window_ms: i64, now: Timestamp) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let hits = with_tx!(&mut tx, |c| sqlx::query_scalar::<_, i64>(
        "INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
            hits = CASE WHEN rate_limits.window_start <= $2 - $3 THEN 1 ELSE rate_limits.hits + 1 END,
            window_start = CASE WHEN rate_limits.window_start <= $2 - $3 THEN $2 ELSE rate_limits.window_start END
         RETURNING hits"
    )
    .bind(key)
    .bind(now)
    .bind(window_ms)
    .fetch_one(&mut *c)
    .await)?;
    tx.commit().await?;
    Ok(hits)
}

/// Deletes `subject`'s counter of `limit` (a person deleting their data); returns whether
/// there was one.
pub async fn forget(tx: &mut Tx, limit: &str, subject: &str) -> Result<bool, sqlx::Error> {
    let key = key(limit, subject);
    with_tx!(tx, |c| sqlx::query("DELETE FROM rate_limits WHERE key = $1")
        .bind(&key)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected() > 0))
}

/// Deletes every counter whose window started [`LONGEST_WINDOW_MS`] or more before `now`
/// (whatever its limit, its window is over); returns how many.
pub async fn prune(db: &Db, now: Timestamp) -> Result<u64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let pruned = with_tx!(&mut tx, |c| sqlx::query("DELETE FROM rate_limits WHERE window_start <= $1")
        .bind(now.plus_millis(-LONGEST_WINDOW_MS))
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
    tx.commit_if(pruned > 0).await?;
    Ok(pruned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::DbOptions;

    #[test]
    fn keys_are_lower_case_and_trimmed() {
        assert_eq!(key(STORY_PER_EMAIL, " Mara@Example.ORG "), "story-email:mara@example.org");
    }

    #[tokio::test]
    async fn counts_forgets_and_prunes() {
        let db = Db::connect("sqlite::memory:", &DbOptions::default()).await.unwrap();
        db.migrate().await.unwrap();
        let t0 = Timestamp(1_790_000_000_000);
        let mara = key(STORY_PER_EMAIL, "mara@example.org");
        let window = 3_600_000;
        assert_eq!(hit(&db, &mara, window, t0).await.unwrap(), 1);
        assert_eq!(hit(&db, &mara, window, t0.plus_millis(1000)).await.unwrap(), 2);
        assert_eq!(hit(&db, &mara, window, t0.plus_millis(window)).await.unwrap(), 1, "a new window");
        hit(&db, "story-ip:127.0.0.1", window, t0).await.unwrap();

        let mut tx = db.begin().await.unwrap();
        assert!(forget(&mut tx, STORY_PER_EMAIL, "Mara@example.org").await.unwrap());
        assert!(!forget(&mut tx, STORY_PER_EMAIL, "mara@example.org").await.unwrap());
        tx.commit().await.unwrap();

        assert_eq!(prune(&db, t0.plus_millis(LONGEST_WINDOW_MS - 1)).await.unwrap(), 0, "still in a window");
        assert_eq!(prune(&db, t0.plus_millis(LONGEST_WINDOW_MS)).await.unwrap(), 1);
        // (An in-memory database lives on the writer connection only.)
        let mut tx = db.begin().await.unwrap();
        let left: i64 = crate::with_tx!(&mut tx, |c| sqlx::query_scalar("SELECT COUNT(*) FROM rate_limits")
            .fetch_one(&mut *c)
            .await)
        .unwrap();
        tx.rollback().await.unwrap();
        assert_eq!(left, 0);
    }
}
