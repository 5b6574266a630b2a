//! People's choices about optional mail (reminders, messages from hosts), per chapter. A
//! person who unsubscribes still gets transactional mail: confirmations, updates, cancellations.

use std::collections::{HashMap, HashSet};

use failnight_core::{Db, Timestamp, Tx, token::new_token, with_db, with_tx};

/// The unsubscribe tokens of these emails in the chapter, made on first use: email → token.
/// Two statements per 500 people (make the missing ones, read them all), whatever their number.
pub async fn tokens_for(
    tx: &mut Tx,
    chapter_id: i64,
    emails: &[&str],
    now: Timestamp,
) -> Result<HashMap<String, String>, sqlx::Error> {
    let mut distinct = emails.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let mut tokens = HashMap::with_capacity(distinct.len());
    let rows = tx.rows_per_statement(2, 500);
    for chunk in distinct.chunks(rows) {
        let values = failnight_core::db::values(chunk.len(), 3, 2, "$1, $2");
        let insert = format!(
            "INSERT INTO mail_preferences (token, email, chapter_id, created_at) VALUES {values}
             ON CONFLICT (chapter_id, email) DO NOTHING"
        );
        let list = failnight_core::db::params(2, chunk.len());
        let select = format!("SELECT email, token FROM mail_preferences WHERE chapter_id = $1 AND email IN ({list})");
        let rows: Vec<(String, String)> = with_tx!(tx, |c| {
            let mut query = sqlx::query(sqlx::AssertSqlSafe(insert.clone())).bind(chapter_id).bind(now);
            for email in chunk {
                query = query.bind(new_token()).bind(*email);
            }
            query.execute(&mut *c).await?;
            let mut query = sqlx::query_as(sqlx::AssertSqlSafe(select.clone())).bind(chapter_id);
            for email in chunk {
                query = query.bind(*email);
            }
            query.fetch_all(&mut *c).await
        })?;
        tokens.extend(rows);
    }
    Ok(tokens)
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
