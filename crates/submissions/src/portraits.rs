//! A speaker's photo on the lineup: stored only with their consent (given when uploading),
//! shown only while they appear under their real name, gone with the story.

use failnight_core::{Db, Timestamp, Tx, with_db, with_tx};

/// A photo's bytes, to serve.
#[derive(Clone, sqlx::FromRow)]
pub struct PortraitBytes {
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// Stores the story's photo (`Some`: hash, media type, bytes), or removes it (`None`).
pub async fn replace(
    tx: &mut Tx,
    story_id: i64,
    photo: Option<(&str, &str, &[u8])>,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("DELETE FROM speaker_portraits WHERE submission_id = $1")
        .bind(story_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    if let Some((hash, media_type, bytes)) = photo {
        with_tx!(tx, |c| {
            sqlx::query(
            "INSERT INTO speaker_portraits (submission_id, hash, media_type, bytes, created_at) VALUES ($1, $2, $3, $4, $5)"
        )
        .bind(story_id)
        .bind(hash)
        .bind(media_type)
        .bind(bytes)
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|_| ())
        })?;
    }
    Ok(())
}

/// The hash of the story's photo, if it has one.
pub async fn of(db: &Db, story_id: i64) -> Result<Option<String>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar("SELECT hash FROM speaker_portraits WHERE submission_id = $1")
        .bind(story_id)
        .fetch_optional(e)
        .await)
}

/// The photo with `hash` of a confirmed talk placed in the night `event_id` whose speaker
/// appears under their real name: the only photos anyone but the speaker sees.
pub async fn on_lineup(db: &Db, event_id: i64, hash: &str) -> Result<Option<PortraitBytes>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, PortraitBytes>(
        "SELECT p.media_type, p.bytes FROM speaker_portraits p JOIN submissions s ON s.id = p.submission_id
          WHERE s.event_id = $1 AND p.hash = $2 AND s.state = 'confirmed' AND s.appearance = 'real_name'"
    )
    .bind(event_id)
    .bind(hash)
    .fetch_optional(e)
    .await)
}
