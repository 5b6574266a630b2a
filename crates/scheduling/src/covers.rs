//! A night's cover photo: two sizes (a phone's and a desktop's) of our own re-encoding,
//! replaced or removed whole, gone with the night.

use failnight_core::{Db, Timestamp, Tx, with_db, with_tx};

/// One size of a cover, as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CoverSize {
    /// `phone` or `desktop`.
    pub size: String,
    pub hash: String,
    pub width: i64,
    pub height: i64,
}

/// A cover to store: its size (`phone`, `desktop`) and our encoding of it.
pub struct NewCover<'a> {
    pub size: &'static str,
    pub hash: &'a str,
    pub media_type: &'a str,
    pub width: i64,
    pub height: i64,
    pub bytes: &'a [u8],
}

/// The image bytes of a cover size, to serve.
#[derive(Clone, sqlx::FromRow)]
pub struct CoverBytes {
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// Replaces the night's cover with `sizes` (none: removes it).
pub async fn replace(tx: &mut Tx, event_id: i64, sizes: &[NewCover<'_>], now: Timestamp) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("DELETE FROM night_covers WHERE event_id = $1")
        .bind(event_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    for size in sizes {
        with_tx!(tx, |c| sqlx::query(
            "INSERT INTO night_covers (event_id, size, hash, media_type, width, height, bytes, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
        )
        .bind(event_id)
        .bind(size.size)
        .bind(size.hash)
        .bind(size.media_type)
        .bind(size.width)
        .bind(size.height)
        .bind(size.bytes)
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    Ok(())
}

/// The night's cover sizes, phone first; empty without a cover.
pub async fn sizes(db: &Db, event_id: i64) -> Result<Vec<CoverSize>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, CoverSize>(
        "SELECT size, hash, width, height FROM night_covers WHERE event_id = $1 ORDER BY width"
    )
    .bind(event_id)
    .fetch_all(e)
    .await)
}

/// The bytes of the night's cover size named by `hash`, if the night has it.
pub async fn image(db: &Db, event_id: i64, hash: &str) -> Result<Option<CoverBytes>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, CoverBytes>(
        "SELECT media_type, bytes FROM night_covers WHERE event_id = $1 AND hash = $2"
    )
    .bind(event_id)
    .bind(hash)
    .fetch_optional(e)
    .await)
}
