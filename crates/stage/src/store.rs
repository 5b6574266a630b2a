//! The stage's state in the database: one row per night, written only by a conditional
//! `UPDATE … WHERE version = <the version read>` (or the first insert), so two hosts pressing
//! at once cannot both move the stage from the same state: the second is told it moved.

use failnight_core::{Exec, Tx, with_exec, with_tx};

use crate::program::StageState;

const COLUMNS: &str = "event_id, segment, slide, started_at, paused_at, version, updated_at";

/// The night's stage, or a stage not started when it has no row yet.
pub async fn get(exec: impl Into<Exec<'_>>, event_id: i64) -> Result<StageState, sqlx::Error> {
    let row = with_exec!(exec.into(), |e| sqlx::query_as::<_, StageState>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM stage_states WHERE event_id = $1"
    )))
    .bind(event_id)
    .fetch_optional(e)
    .await)?;
    Ok(row.unwrap_or_else(|| StageState::new(event_id)))
}

/// Writes `next` if the stored version is still `read_version`; false when someone else wrote
/// meanwhile (nothing is written then).
pub async fn save(tx: &mut Tx, read_version: i64, next: &StageState) -> Result<bool, sqlx::Error> {
    let (sql, guard) = if read_version == 0 {
        (
            "INSERT INTO stage_states (event_id, segment, slide, started_at, paused_at, version, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING",
            None,
        )
    } else {
        (
            "UPDATE stage_states SET segment = $2, slide = $3, started_at = $4, paused_at = $5, version = $6,
                    updated_at = $7
             WHERE event_id = $1 AND version = $8",
            Some(read_version),
        )
    };
    let done = with_tx!(tx, |c| {
        let query = sqlx::query(sql)
            .bind(next.event_id)
            .bind(next.segment)
            .bind(next.slide)
            .bind(next.started_at)
            .bind(next.paused_at)
            .bind(next.version)
            .bind(next.updated_at);
        match guard {
            Some(version) => query.bind(version).execute(&mut *c).await.map(|done| done.rows_affected()),
            None => query.execute(&mut *c).await.map(|done| done.rows_affected()),
        }
    })?;
    Ok(done == 1)
}

/// Forgets the night's stage (with its questions when a night is cancelled).
pub async fn delete(tx: &mut Tx, event_id: i64) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("DELETE FROM stage_states WHERE event_id = $1")
        .bind(event_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// A talk's deck: its images' hashes in slide order (empty without a deck, or when the speaker
/// chose "never shown": the talk then shows its title card). The slides are the
/// submissions crate's; the stage only lists them.
pub async fn deck(exec: impl Into<Exec<'_>>, submission_id: i64) -> Result<Vec<String>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_scalar::<_, String>(
        "SELECT d.image_hash FROM deck_slides d JOIN submissions s ON s.id = d.submission_id
         WHERE d.submission_id = $1 AND s.slides_use <> 'never' ORDER BY d.position"
    )
    .bind(submission_id)
    .fetch_all(e)
    .await)
}
