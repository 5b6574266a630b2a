//! A talk's deck: its slides in order, each an image stored once by the SHA-256 of its bytes
//! (`images`, `deck_slides`), and a PDF waiting to be rendered into one (`deck_uploads`).
//!
//! Only an accepted or confirmed speaker whose night has not started may change their deck,
//! and never with more slides than the chapter's `slides_per_talk`. Replacing a deck is one
//! transaction: new images inserted (an image already stored is shared, never written
//! twice), the deck's rows replaced, and the images no deck uses any more deleted; so is
//! deleting a story. An image is served only through a deck that uses it: to its speaker by
//! the story's token, to hosts of the story's chapter.

use failnight_core::{Exec, Message, Timestamp, Tx, with_exec, with_tx};

use crate::{State, StorySettings, Submission, SubmissionsError};

/// One slide of a deck, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Slide {
    pub position: i64,
    pub hash: String,
    pub width: i64,
    pub height: i64,
}

/// An image to store, already our own encoding (see `failnight-media`).
#[derive(Clone, Copy)]
pub struct NewImage<'a> {
    pub hash: &'a str,
    pub media_type: &'a str,
    pub width: i64,
    pub height: i64,
    pub bytes: &'a [u8],
}

impl std::fmt::Debug for NewImage<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewImage").field("hash", &self.hash).field("len", &self.bytes.len()).finish()
    }
}

/// A stored image's bytes and media type.
#[derive(Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ImageBytes {
    pub media_type: String,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for ImageBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImageBytes").field("media_type", &self.media_type).field("len", &self.bytes.len()).finish()
    }
}

/// Whether the speaker of `story` may upload or replace their deck now: accepted or
/// confirmed, and their night (if they are placed in one) not yet started.
pub fn check_open(story: &Submission, night_start: Option<Timestamp>, now: Timestamp) -> Result<(), SubmissionsError> {
    if !matches!(story.state(), State::Accepted | State::Confirmed) {
        return Err(SubmissionsError::Conflict("error-slides-not-accepted"));
    }
    if night_start.is_some_and(|start| now >= start) {
        return Err(SubmissionsError::Conflict("error-slides-night-started"));
    }
    Ok(())
}

/// Refuses a deck with more slides than the chapter's format allows (fewer is fine).
pub fn check_count(count: usize, settings: &StorySettings) -> Result<(), SubmissionsError> {
    let limit = usize::try_from(settings.slides_per_talk).unwrap_or(0);
    if count > limit {
        return Err(SubmissionsError::Invalid(failnight_core::Invalid::field(
            "slides",
            Message::new("error-slides-too-many").arg("count", count).arg("limit", limit),
        )));
    }
    if count == 0 {
        return Err(SubmissionsError::Invalid(failnight_core::Invalid::field("slides", "error-slides-none")));
    }
    Ok(())
}

/// Replaces the deck of `story_id` with `images`, in order (an empty list removes it), and
/// drops a PDF waiting to be rendered for it. Deletes the images nobody uses any more.
pub async fn replace(tx: &mut Tx, story_id: i64, images: &[NewImage<'_>], now: Timestamp) -> Result<(), sqlx::Error> {
    let old = hashes(&mut *tx, story_id).await?;
    with_tx!(tx, |c| {
        for image in images {
            sqlx::query(
                "INSERT INTO images (hash, media_type, width, height, bytes, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (hash) DO NOTHING",
            )
            .bind(image.hash)
            .bind(image.media_type)
            .bind(image.width)
            .bind(image.height)
            .bind(image.bytes)
            .bind(now)
            .execute(&mut *c)
            .await?;
        }
        sqlx::query("DELETE FROM deck_slides WHERE submission_id = $1").bind(story_id).execute(&mut *c).await?;
        for (i, image) in images.iter().enumerate() {
            sqlx::query("INSERT INTO deck_slides (submission_id, position, image_hash) VALUES ($1, $2, $3)")
                .bind(story_id)
                .bind(i as i64 + 1)
                .bind(image.hash)
                .execute(&mut *c)
                .await?;
        }
        sqlx::query("DELETE FROM deck_uploads WHERE submission_id = $1").bind(story_id).execute(&mut *c).await?;
        Ok::<_, sqlx::Error>(())
    })?;
    delete_unused(tx, &old).await
}

/// Deletes the deck of a story about to be deleted, and the images only it used.
pub async fn delete_deck(tx: &mut Tx, story_id: i64) -> Result<(), sqlx::Error> {
    // Nothing is inserted, so no instant is written.
    replace(tx, story_id, &[], Timestamp(0)).await
}

async fn hashes(exec: impl Into<Exec<'_>>, story_id: i64) -> Result<Vec<String>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_scalar("SELECT image_hash FROM deck_slides WHERE submission_id = $1")
        .bind(story_id)
        .fetch_all(e)
        .await)
}

/// Deletes those of `hashes` no deck uses.
async fn delete_unused(tx: &mut Tx, hashes: &[String]) -> Result<(), sqlx::Error> {
    for hash in hashes {
        with_tx!(tx, |c| sqlx::query(
            "DELETE FROM images WHERE hash = $1
               AND NOT EXISTS (SELECT 1 FROM deck_slides WHERE image_hash = $1)"
        )
        .bind(hash)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// The deck of a story, in order.
pub async fn deck(exec: impl Into<Exec<'_>>, story_id: i64) -> Result<Vec<Slide>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Slide>(
        "SELECT d.position, d.image_hash AS hash, i.width, i.height
           FROM deck_slides d JOIN images i ON i.hash = d.image_hash
          WHERE d.submission_id = $1 ORDER BY d.position"
    )
    .bind(story_id)
    .fetch_all(e)
    .await)
}

/// The deck of each of `story_ids` that has one, in a word for hosts: its number of slides
/// and its first slide's hash.
pub async fn summaries(
    exec: impl Into<Exec<'_>>,
    story_ids: &[i64],
) -> Result<std::collections::HashMap<i64, (i64, String)>, sqlx::Error> {
    if story_ids.is_empty() {
        return Ok(Default::default());
    }
    let sql = format!(
        "SELECT submission_id, COUNT(*), MAX(CASE WHEN position = 1 THEN image_hash END) FROM deck_slides
          WHERE submission_id IN ({}) GROUP BY submission_id",
        failnight_core::db::params(1, story_ids.len())
    );
    let rows: Vec<(i64, i64, Option<String>)> = with_exec!(exec.into(), |e| {
        let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()));
        for id in story_ids {
            query = query.bind(*id);
        }
        query.fetch_all(e).await
    })?;
    Ok(rows.into_iter().map(|(id, count, first)| (id, (count, first.unwrap_or_default()))).collect())
}

/// An image of the deck of `story_id`, or `None` when that deck does not use it.
pub async fn image(exec: impl Into<Exec<'_>>, story_id: i64, hash: &str) -> Result<Option<ImageBytes>, sqlx::Error> {
    with_exec!(exec.into(), |e| {
        sqlx::query_as::<_, ImageBytes>(
        "SELECT i.media_type, i.bytes FROM images i
          WHERE i.hash = $2 AND EXISTS (SELECT 1 FROM deck_slides d WHERE d.image_hash = i.hash AND d.submission_id = $1)"
    )
    .bind(story_id)
    .bind(hash)
    .fetch_optional(e)
    .await
    })
}

/// An image used by the deck of any story of `chapter_id` (what its hosts may see), or `None`.
pub async fn chapter_image(
    exec: impl Into<Exec<'_>>,
    chapter_id: i64,
    hash: &str,
) -> Result<Option<ImageBytes>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, ImageBytes>(
        "SELECT i.media_type, i.bytes FROM images i
          WHERE i.hash = $2 AND EXISTS (
                SELECT 1 FROM deck_slides d JOIN submissions s ON s.id = d.submission_id
                 WHERE d.image_hash = i.hash AND s.chapter_id = $1)"
    )
    .bind(chapter_id)
    .bind(hash)
    .fetch_optional(e)
    .await)
}

/// Where a PDF deck stands: waiting for the render job, or refused with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Upload {
    Rendering,
    Failed(String),
}

/// The PDF upload of a story, if one is waiting or failed.
pub async fn upload(exec: impl Into<Exec<'_>>, story_id: i64) -> Result<Option<Upload>, sqlx::Error> {
    let row: Option<(Option<String>,)> =
        with_exec!(exec.into(), |e| sqlx::query_as("SELECT error FROM deck_uploads WHERE submission_id = $1")
            .bind(story_id)
            .fetch_optional(e)
            .await)?;
    Ok(row.map(|(error,)| match error {
        Some(error) => Upload::Failed(error),
        None => Upload::Rendering,
    }))
}

/// Stores a PDF for the render job, replacing any earlier upload of the story (whose render,
/// if running, will be discarded). The current deck stays until the PDF is rendered.
pub async fn queue_pdf(tx: &mut Tx, story_id: i64, pdf: &[u8], now: Timestamp) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query("DELETE FROM deck_uploads WHERE submission_id = $1").bind(story_id).execute(&mut *c).await?;
        sqlx::query("INSERT INTO deck_uploads (submission_id, pdf, uploaded_at) VALUES ($1, $2, $3)")
            .bind(story_id)
            .bind(pdf)
            .bind(now)
            .execute(&mut *c)
            .await?;
        Ok::<_, sqlx::Error>(())
    })
}

/// A PDF claimed by a render job.
#[derive(Clone, sqlx::FromRow)]
pub struct PendingPdf {
    pub id: i64,
    pub submission_id: i64,
    pub pdf: Vec<u8>,
    pub attempts: i64,
}

impl std::fmt::Debug for PendingPdf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingPdf").field("id", &self.id).field("submission_id", &self.submission_id).finish()
    }
}

/// How many times a PDF is claimed before it is refused (a renderer that died on it thrice).
pub const MAX_ATTEMPTS: i64 = 3;

/// Claims the oldest PDF waiting (not held by another job's lease) until `lease_until`. One
/// conditional statement: on any number of workers, each upload is rendered by one at a time.
pub async fn claim_pdf(tx: &mut Tx, now: Timestamp, lease_until: Timestamp) -> Result<Option<PendingPdf>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, PendingPdf>(
        "UPDATE deck_uploads SET lease_until = $2, attempts = attempts + 1
          WHERE id = (SELECT id FROM deck_uploads
                       WHERE pdf IS NOT NULL AND (lease_until IS NULL OR lease_until <= $1)
                       ORDER BY uploaded_at, id LIMIT 1)
            AND pdf IS NOT NULL AND (lease_until IS NULL OR lease_until <= $1)
        RETURNING id, submission_id, pdf, attempts"
    )
    .bind(now)
    .bind(lease_until)
    .fetch_optional(&mut *c)
    .await)
}

/// Ends a claimed upload (`id`) that rendered: `true` when it was still the story's upload
/// (the caller then replaces the deck in the same transaction), `false` when a newer upload
/// or a deletion replaced it meanwhile.
pub async fn finish_pdf(tx: &mut Tx, id: i64) -> Result<bool, sqlx::Error> {
    let done = with_tx!(tx, |c| sqlx::query("DELETE FROM deck_uploads WHERE id = $1")
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Records why a claimed upload could not be rendered, and drops the PDF.
pub async fn fail_pdf(tx: &mut Tx, id: i64, error: &str) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("UPDATE deck_uploads SET pdf = NULL, error = $2, lease_until = NULL WHERE id = $1")
        .bind(id)
        .bind(error)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}
