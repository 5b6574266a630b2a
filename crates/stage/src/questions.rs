//! Questions from the audience: asked for one talk of the night, anonymous unless the person
//! gives a name, shown nowhere public until a host approves them (`pending` → `approved` or
//! `hidden`, then `answered`), voted once per voter. Askers and voters are stored only as a
//! hash of their browser's cookie with the night. Questions are personal data of the night:
//! deleted with it, with their talk, and after the chapter's retention ([`delete_event`]).

use failnight_core::{Exec, FieldErrors, Invalid, Tx, with_db, with_exec, with_tx};
use serde::Serialize;

/// The most characters of a question.
pub const MAX_TEXT: usize = 280;
/// The most characters of the optional name.
pub const MAX_NAME: usize = 60;

failnight_core::text_enum! {
    /// `stage_questions.status`.
    pub enum Status {
        Pending = "pending",
        Approved = "approved",
        Hidden = "hidden",
        Answered = "answered",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Question {
    pub id: i64,
    pub event_id: i64,
    pub submission_id: i64,
    pub text: String,
    /// `None`: anonymous.
    pub name: Option<String>,
    pub status: Status,
    pub votes: i64,
    #[serde(skip)]
    pub client_key: String,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, event_id, submission_id, text, name, status, votes, client_key, created_at, updated_at";

/// A question's text and name as they will be stored: the text required, one paragraph of at
/// most [`MAX_TEXT`] characters; the name optional (empty: anonymous), one line.
pub fn check(text: &str, name: &str) -> Result<(String, Option<String>), Invalid> {
    let mut errors = FieldErrors::new();
    let text = errors.text("text", text, MAX_TEXT);
    if text.is_empty() && errors.is_empty() {
        errors.add("text", "error-question-empty");
    }
    let name = if name.trim().is_empty() { None } else { Some(errors.line("name", name, MAX_NAME)) };
    errors.into_result()?;
    Ok((text, name))
}

pub async fn ask(
    tx: &mut Tx,
    event_id: i64,
    submission_id: i64,
    text: &str,
    name: Option<&str>,
    client_key: &str,
    now: i64,
) -> Result<Question, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query_as::<_, Question>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO stage_questions (event_id, submission_id, text, name, status, votes, client_key, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'pending', 0, $5, $6, $6) RETURNING {COLUMNS}"
    )))
    .bind(event_id)
    .bind(submission_id)
    .bind(text)
    .bind(name)
    .bind(client_key)
    .bind(now)
    .fetch_one(&mut *c)
    .await
    })
}

pub async fn get(exec: impl Into<Exec<'_>>, event_id: i64, id: i64) -> Result<Option<Question>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Question>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM stage_questions WHERE id = $1 AND event_id = $2"
    )))
    .bind(id)
    .bind(event_id)
    .fetch_optional(e)
    .await)
}

/// A vote for an approved question of the night: true when counted, false when this voter had
/// voted for it already. `None` when there is no such approved question.
pub async fn vote(
    tx: &mut Tx,
    event_id: i64,
    question_id: i64,
    voter_key: &str,
    now: i64,
) -> Result<Option<bool>, sqlx::Error> {
    let Some(question) = get(&mut *tx, event_id, question_id).await? else { return Ok(None) };
    if question.status != Status::Approved {
        return Ok(None);
    }
    let counted = with_tx!(tx, |c| {
        let inserted = sqlx::query(
            "INSERT INTO stage_votes (question_id, voter_key, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (question_id, voter_key) DO NOTHING",
        )
        .bind(question_id)
        .bind(voter_key)
        .bind(now)
        .execute(&mut *c)
        .await?
        .rows_affected()
            == 1;
        if inserted {
            sqlx::query("UPDATE stage_questions SET votes = votes + 1 WHERE id = $1")
                .bind(question_id)
                .execute(&mut *c)
                .await?;
        }
        Ok::<_, sqlx::Error>(inserted)
    })?;
    Ok(Some(counted))
}

/// Moves a question of the night to `status`; `None` when there is no such question.
pub async fn set_status(
    tx: &mut Tx,
    event_id: i64,
    question_id: i64,
    status: Status,
    now: i64,
) -> Result<Option<Question>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Question>(sqlx::AssertSqlSafe(format!(
        "UPDATE stage_questions SET status = $3, updated_at = $4 WHERE id = $1 AND event_id = $2 RETURNING {COLUMNS}"
    )))
    .bind(question_id)
    .bind(event_id)
    .bind(status)
    .bind(now)
    .fetch_optional(&mut *c)
    .await)
}

/// Every question of the night: most votes first, then oldest first.
pub async fn of_event(exec: impl Into<Exec<'_>>, event_id: i64) -> Result<Vec<Question>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Question>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM stage_questions WHERE event_id = $1 ORDER BY votes DESC, id"
    )))
    .bind(event_id)
    .fetch_all(e)
    .await)
}

/// Deletes the night's questions and their votes; how many questions went.
pub async fn delete_event(tx: &mut Tx, event_id: i64) -> Result<u64, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
            "DELETE FROM stage_votes WHERE question_id IN (SELECT id FROM stage_questions WHERE event_id = $1)",
        )
        .bind(event_id)
        .execute(&mut *c)
        .await?;
        sqlx::query("DELETE FROM stage_questions WHERE event_id = $1")
            .bind(event_id)
            .execute(&mut *c)
            .await
            .map(|done| done.rows_affected())
    })
}

/// The nights that have questions stored.
pub async fn nights_with_questions(db: &failnight_core::Db) -> Result<Vec<i64>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, i64>("SELECT DISTINCT event_id FROM stage_questions ORDER BY event_id")
        .fetch_all(e)
        .await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_name_are_checked() {
        assert_eq!(check("  Why PHP?  ", "").unwrap(), ("Why PHP?".into(), None));
        assert_eq!(check("Why?", " Ada ").unwrap(), ("Why?".into(), Some("Ada".into())));
        let Invalid(errors) = check("   ", "").unwrap_err();
        assert_eq!(errors.get("text").as_deref(), Some("Write your question."));
        let Invalid(errors) = check(&"é".repeat(281), &"n".repeat(61)).unwrap_err();
        assert_eq!(errors.get("text").as_deref(), Some("Use at most 280 characters."));
        assert_eq!(errors.get("name").as_deref(), Some("Use at most 60 characters."));
        assert!(check(&"é".repeat(280), "").is_ok(), "characters, not bytes");
    }
}
