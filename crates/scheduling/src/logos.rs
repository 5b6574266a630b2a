//! A chapter's logo: our own PNG re-encoding, replaced or removed whole, gone with the chapter.
//! The chapter's row names it (`chapters.logo`, its hash), so whatever reads the chapter can
//! link it without reading the image.

use failnight_core::{Db, Timestamp, Tx, with_db, with_tx};

/// Where the chapter `slug`'s logo named `hash` is served, on this site (empty `hash`: it has
/// none). The address changes with the logo, so it is cached for good.
pub fn path(slug: &str, hash: &str) -> Option<String> {
    (!hash.is_empty()).then(|| format!("/c/{slug}/logo/{hash}"))
}

/// A logo to store: our encoding of it.
pub struct NewLogo<'a> {
    pub hash: &'a str,
    pub width: i64,
    pub height: i64,
    pub bytes: &'a [u8],
}

/// Replaces the chapter's logo with `logo` (`None`: removes it).
pub async fn replace(
    tx: &mut Tx,
    chapter_id: i64,
    logo: Option<NewLogo<'_>>,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("DELETE FROM chapter_logos WHERE chapter_id = $1")
        .bind(chapter_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    if let Some(logo) = &logo {
        with_tx!(tx, |c| sqlx::query(
            "INSERT INTO chapter_logos (chapter_id, hash, width, height, bytes, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)"
        )
        .bind(chapter_id)
        .bind(logo.hash)
        .bind(logo.width)
        .bind(logo.height)
        .bind(logo.bytes)
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    let hash = logo.as_ref().map_or("", |l| l.hash);
    with_tx!(tx, |c| sqlx::query("UPDATE chapters SET logo = $1 WHERE id = $2")
        .bind(hash)
        .bind(chapter_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// The PNG of the chapter's logo named by `hash`, if it is the chapter's logo now.
pub async fn image(db: &Db, slug: &str, hash: &str) -> Result<Option<Vec<u8>>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, Vec<u8>>(
        "SELECT l.bytes FROM chapter_logos l JOIN chapters c ON c.id = l.chapter_id WHERE c.slug = $1 AND l.hash = $2"
    )
    .bind(slug)
    .bind(hash)
    .fetch_optional(e)
    .await)
}
