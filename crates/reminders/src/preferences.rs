//! People's choices about optional mail (reminders, messages from hosts), per chapter. A
//! person who unsubscribes still gets transactional mail: confirmations, updates, cancellations.

use std::collections::HashSet;

use failnight_core::{Db, Timestamp, Tx, token::new_token, with_db, with_tx};

/// The unsubscribe token of `email` in the chapter, made on first use.
pub async fn token_for(tx: &mut Tx, chapter_id: i64, email: &str, now: Timestamp) -> Result<String, sqlx::Error> {
    // One statement when the person is new (the common case when a night's reminders are
    // queued for the first time), two when they already have a token.
    with_tx!(tx, |c| {
        let inserted: Option<String> = sqlx::query_scalar(
            "INSERT INTO mail_preferences (token, chapter_id, email, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (chapter_id, email) DO NOTHING
             RETURNING token",
        )
        .bind(new_token())
        .bind(chapter_id)
        .bind(email)
        .bind(now)
        .fetch_optional(&mut *c)
        .await?;
        match inserted {
            Some(token) => Ok(token),
            None => {
                sqlx::query_scalar("SELECT token FROM mail_preferences WHERE chapter_id = $1 AND email = $2")
                    .bind(chapter_id)
                    .bind(email)
                    .fetch_one(&mut *c)
                    .await
            }
        }
    })
}

/// The emails of a chapter that want no optional mail.
pub async fn unsubscribed(db: &Db, chapter_id: i64) -> Result<HashSet<String>, sqlx::Error> {
    let emails: Vec<String> = with_db!(db, |e| sqlx::query_scalar(
        "SELECT email FROM mail_preferences WHERE chapter_id = $1 AND unsubscribed_at IS NOT NULL"
    )
    .bind(chapter_id)
    .fetch_all(e)
    .await)?;
    Ok(emails.into_iter().collect())
}

/// A preference as its link shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Preference {
    pub chapter_id: i64,
    pub email: String,
    pub unsubscribed_at: Option<Timestamp>,
}

pub async fn by_token(db: &Db, token: &str) -> Result<Option<Preference>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Preference>(
        "SELECT chapter_id, email, unsubscribed_at FROM mail_preferences WHERE token = $1"
    )
    .bind(token)
    .fetch_optional(e)
    .await)
}

/// Unsubscribes (`true`) or subscribes again (`false`); `false` when the token is unknown.
pub async fn set_unsubscribed(db: &Db, token: &str, unsubscribed: bool, now: Timestamp) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let at = unsubscribed.then_some(now);
    let changed =
        with_tx!(&mut tx, |c| sqlx::query("UPDATE mail_preferences SET unsubscribed_at = $2 WHERE token = $1")
            .bind(token)
            .bind(at)
            .execute(&mut *c)
            .await
            .map(|r| r.rows_affected() == 1))?;
    tx.commit().await?;
    Ok(changed)
}
