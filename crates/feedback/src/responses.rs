//! One feedback form per ticket: made (with its link's token, stored hashed) when the morning
//! after's email is queued, answered and edited by the guest until the deadline the caller
//! enforces. Every answer is optional, but a response answers something. A comment starts
//! `pending`; a host releases or hides it, on the version they read: a comment the guest
//! edits meanwhile is a new text, `pending` again, and the host's decision on the old one
//! changes nothing.

use failnight_core::{
    Db, Exec, FieldErrors, Invalid, Timestamp, Tx,
    token::{hash_token, may_be_token},
    with_db, with_exec, with_tx,
};
use serde::Serialize;

/// The most characters of a comment to a speaker.
pub const MAX_COMMENT: usize = 1000;
/// The most characters of "the one thing I will take away".
pub const MAX_TAKEAWAY: usize = 280;
/// The field of the errors that belong to no one field.
pub const FORM: &str = "form";

failnight_core::text_enum! {
    /// `feedback_forms.come_again`: will the guest come to another night?
    pub enum ComeAgain {
        Yes = "yes",
        Maybe = "maybe",
        No = "no",
    }
}

failnight_core::text_enum! {
    /// `feedback_talks.comment_status`: where a comment to a speaker stands.
    pub enum CommentStatus {
        /// No host has read it yet: the speaker does not see it.
        Pending = "pending",
        /// A host read it and the speaker may.
        Released = "released",
        /// A host read it and the speaker never will.
        Hidden = "hidden",
    }
}

/// A guest's form for a night (one per ticket).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Form {
    pub rsvp_id: i64,
    pub event_id: i64,
    pub created_at: Timestamp,
    /// First answered (`None`: not answered yet).
    pub answered_at: Option<Timestamp>,
    pub updated_at: Option<Timestamp>,
    pub takeaway: Option<String>,
    pub come_again: Option<ComeAgain>,
}

const FORM_COLUMNS: &str = "rsvp_id, event_id, created_at, answered_at, updated_at, takeaway, come_again";

/// A response's answer about one talk: a rating, a comment, or both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct TalkAnswer {
    pub id: i64,
    #[serde(skip)]
    pub rsvp_id: i64,
    pub event_id: i64,
    pub submission_id: i64,
    pub rating: Option<i64>,
    pub comment: Option<String>,
    pub comment_status: Option<CommentStatus>,
    /// Grows with every new text of the comment: a host moderates the version they read.
    pub comment_version: i64,
    pub updated_at: Timestamp,
}

const TALK_COLUMNS: &str =
    "id, rsvp_id, event_id, submission_id, rating, comment, comment_status, comment_version, updated_at";

/// What a guest says about one talk.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TalkInput {
    pub submission_id: i64,
    pub rating: Option<i64>,
    pub comment: Option<String>,
}

impl TalkInput {
    fn is_empty(&self) -> bool {
        self.rating.is_none() && self.comment.is_none()
    }
}

/// A whole response, checked: one entry per talk of the lineup, in its order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub talks: Vec<TalkInput>,
    pub takeaway: Option<String>,
    pub come_again: Option<ComeAgain>,
}

/// The field of a talk's rating (`rating-{story}`); its radio buttons are `rating-{story}-{n}`.
pub fn rating_field(submission_id: i64) -> String {
    format!("rating-{submission_id}")
}

/// The field of a talk's comment (`comment-{story}`).
pub fn comment_field(submission_id: i64) -> String {
    format!("comment-{submission_id}")
}

/// The posted form as a response about `talks` (the night's lineup, by story id). Errors are
/// keyed by field; a talk not in the lineup is an error of the whole form ([`FORM`]).
pub fn check(fields: &[(String, String)], talks: &[i64]) -> Result<Answers, Invalid> {
    let mut errors = FieldErrors::new();
    let mut answers = Answers {
        talks: talks.iter().map(|&submission_id| TalkInput { submission_id, ..TalkInput::default() }).collect(),
        ..Answers::default()
    };
    for (name, value) in fields {
        let talk_field = name
            .strip_prefix("rating-")
            .map(|id| (true, id))
            .or_else(|| name.strip_prefix("comment-").map(|id| (false, id)));
        match (name.as_str(), talk_field) {
            ("takeaway", _) => {
                let text = errors.text("takeaway", value, MAX_TAKEAWAY);
                answers.takeaway = (!text.is_empty()).then_some(text);
            }
            ("come_again", _) if value.trim().is_empty() => answers.come_again = None,
            ("come_again", _) => match ComeAgain::parse(value.trim()) {
                Some(answer) => answers.come_again = Some(answer),
                None => errors.add("come_again", "error-feedback-come-again"),
            },
            (_, Some((is_rating, id))) => {
                let Some(talk) =
                    id.parse::<i64>().ok().and_then(|id| answers.talks.iter_mut().find(|t| t.submission_id == id))
                else {
                    errors.add(FORM, "error-feedback-talk-unknown");
                    continue;
                };
                if is_rating {
                    match value.trim() {
                        "" => talk.rating = None,
                        raw => match raw.parse::<i64>() {
                            Ok(n @ 1..=5) => talk.rating = Some(n),
                            _ => errors.add(name, "error-feedback-rating"),
                        },
                    }
                } else {
                    let text = errors.text(name, value, MAX_COMMENT);
                    talk.comment = (!text.is_empty()).then_some(text);
                }
            }
            _ => {}
        }
    }
    if errors.is_empty()
        && answers.takeaway.is_none()
        && answers.come_again.is_none()
        && answers.talks.iter().all(TalkInput::is_empty)
    {
        errors.add(FORM, "error-feedback-empty");
    }
    errors.into_result()?;
    Ok(answers)
}

/// Makes the form of a ticket whose link carries `token` (stored only as its hash). `false`
/// when the ticket has a form already: nothing changes, so a second worker queues no second
/// email.
pub async fn open(tx: &mut Tx, rsvp_id: i64, event_id: i64, token: &str, now: Timestamp) -> Result<bool, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO feedback_forms (rsvp_id, event_id, token_hash, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (rsvp_id) DO NOTHING"
    )
    .bind(rsvp_id)
    .bind(event_id)
    .bind(hash_token(token))
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|done| done.rows_affected() == 1))
}

/// The form of a link's token (nothing for what cannot be a token).
pub async fn by_token(exec: impl Into<Exec<'_>>, token: &str) -> Result<Option<Form>, sqlx::Error> {
    if !may_be_token(token) {
        return Ok(None);
    }
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Form>(sqlx::AssertSqlSafe(format!(
        "SELECT {FORM_COLUMNS} FROM feedback_forms WHERE token_hash = $1"
    )))
    .bind(hash_token(token))
    .fetch_optional(e)
    .await)
}

/// The tickets of the night that have a form (their email was queued).
pub async fn rsvps_with_form(db: &Db, event_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, i64>("SELECT rsvp_id FROM feedback_forms WHERE event_id = $1")
        .bind(event_id)
        .fetch_all(e)
        .await)
}

/// A form's answers about the talks.
pub async fn talks_of(exec: impl Into<Exec<'_>>, rsvp_id: i64) -> Result<Vec<TalkAnswer>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, TalkAnswer>(sqlx::AssertSqlSafe(format!(
        "SELECT {TALK_COLUMNS} FROM feedback_talks WHERE rsvp_id = $1 ORDER BY id"
    )))
    .bind(rsvp_id)
    .fetch_all(e)
    .await)
}

/// Stores `answers` as the form's response (the first or an edit): a talk left empty loses its
/// answer; a comment whose text changed is `pending` again, one whose text is the same keeps
/// the hosts' decision.
pub async fn save(tx: &mut Tx, form: &Form, answers: &Answers, now: Timestamp) -> Result<Form, sqlx::Error> {
    let before = talks_of(&mut *tx, form.rsvp_id).await?;
    for talk in &answers.talks {
        let previous = before.iter().find(|b| b.submission_id == talk.submission_id);
        let pending = talk.comment.as_ref().map(|_| CommentStatus::Pending);
        with_tx!(tx, |c| {
            match previous {
                Some(old) if talk.is_empty() => {
                    sqlx::query("DELETE FROM feedback_talks WHERE id = $1").bind(old.id).execute(&mut *c).await?;
                }
                Some(old) => {
                    let (status, version) = if old.comment == talk.comment {
                        (old.comment_status, old.comment_version)
                    } else {
                        (pending, old.comment_version + 1)
                    };
                    sqlx::query(
                        "UPDATE feedback_talks SET rating = $2, comment = $3, comment_status = $4, comment_version = $5,
                         updated_at = $6 WHERE id = $1",
                    )
                    .bind(old.id)
                    .bind(talk.rating)
                    .bind(talk.comment.as_deref())
                    .bind(status)
                    .bind(version)
                    .bind(now)
                    .execute(&mut *c)
                    .await?;
                }
                None if talk.is_empty() => {}
                None => {
                    sqlx::query(
                        "INSERT INTO feedback_talks (rsvp_id, event_id, submission_id, rating, comment, comment_status,
                         comment_version, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 0, $7)",
                    )
                    .bind(form.rsvp_id)
                    .bind(form.event_id)
                    .bind(talk.submission_id)
                    .bind(talk.rating)
                    .bind(talk.comment.as_deref())
                    .bind(pending)
                    .bind(now)
                    .execute(&mut *c)
                    .await?;
                }
            }
            Ok::<_, sqlx::Error>(())
        })?;
    }
    with_tx!(tx, |c| sqlx::query_as::<_, Form>(sqlx::AssertSqlSafe(format!(
        "UPDATE feedback_forms SET takeaway = $2, come_again = $3, answered_at = COALESCE(answered_at, $4),
         updated_at = $4 WHERE rsvp_id = $1 RETURNING {FORM_COLUMNS}"
    )))
    .bind(form.rsvp_id)
    .bind(answers.takeaway.as_deref())
    .bind(answers.come_again)
    .bind(now)
    .fetch_one(&mut *c)
    .await)
}

/// Why a host's decision on a comment changed nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unmoderated {
    /// No such comment in the night.
    Missing,
    /// The guest changed the comment since the host read it.
    Changed,
}

/// Releases or hides a comment of the night, as read at `version`.
pub async fn moderate(
    tx: &mut Tx,
    event_id: i64,
    id: i64,
    version: i64,
    status: CommentStatus,
) -> Result<Result<TalkAnswer, Unmoderated>, sqlx::Error> {
    let current = with_tx!(tx, |c| sqlx::query_as::<_, TalkAnswer>(sqlx::AssertSqlSafe(format!(
        "SELECT {TALK_COLUMNS} FROM feedback_talks WHERE id = $1 AND event_id = $2 AND comment IS NOT NULL"
    )))
    .bind(id)
    .bind(event_id)
    .fetch_optional(&mut *c)
    .await)?;
    let Some(current) = current else { return Ok(Err(Unmoderated::Missing)) };
    if current.comment_version != version {
        return Ok(Err(Unmoderated::Changed));
    }
    let updated = with_tx!(tx, |c| {
        sqlx::query_as::<_, TalkAnswer>(sqlx::AssertSqlSafe(format!(
        "UPDATE feedback_talks SET comment_status = $3 WHERE id = $1 AND comment_version = $2 RETURNING {TALK_COLUMNS}"
    )))
    .bind(id)
    .bind(version)
    .bind(status)
    .fetch_optional(&mut *c)
    .await
    })?;
    Ok(updated.ok_or(Unmoderated::Changed))
}

/// Every comment of the night's talks (for its hosts), oldest first.
pub async fn comments_of_event(db: &Db, event_id: i64) -> Result<Vec<TalkAnswer>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, TalkAnswer>(sqlx::AssertSqlSafe(format!(
        "SELECT {TALK_COLUMNS} FROM feedback_talks WHERE event_id = $1 AND comment IS NOT NULL ORDER BY id"
    )))
    .bind(event_id)
    .fetch_all(e)
    .await)
}

/// The released comments to a talk, oldest first: all its speaker ever reads of them.
pub async fn released_comments(db: &Db, submission_id: i64) -> Result<Vec<String>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, String>(
        "SELECT comment FROM feedback_talks WHERE submission_id = $1 AND comment_status = 'released' ORDER BY id"
    )
    .bind(submission_id)
    .fetch_all(e)
    .await)
}

/// The night's takeaways (for its hosts), oldest first; no names.
pub async fn takeaways(db: &Db, event_id: i64) -> Result<Vec<String>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, String>(
        "SELECT takeaway FROM feedback_forms WHERE event_id = $1 AND takeaway IS NOT NULL ORDER BY answered_at, rsvp_id"
    )
    .bind(event_id)
    .fetch_all(e)
    .await)
}

/// One talk's figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct TalkTotals {
    pub submission_id: i64,
    pub ratings: i64,
    pub rating_sum: i64,
    pub comments: i64,
    pub pending: i64,
    pub released: i64,
    pub hidden: i64,
}

impl TalkTotals {
    /// The average rating (`None` without ratings).
    pub fn average(&self) -> Option<f64> {
        (self.ratings > 0).then(|| self.rating_sum as f64 / self.ratings as f64)
    }
}

const TALK_TOTALS: &str = "SELECT submission_id, COUNT(rating) AS ratings,
        CAST(COALESCE(SUM(rating), 0) AS BIGINT) AS rating_sum, COUNT(comment) AS comments,
        CAST(COALESCE(SUM(CASE WHEN comment_status = 'pending' THEN 1 ELSE 0 END), 0) AS BIGINT) AS pending,
        CAST(COALESCE(SUM(CASE WHEN comment_status = 'released' THEN 1 ELSE 0 END), 0) AS BIGINT) AS released,
        CAST(COALESCE(SUM(CASE WHEN comment_status = 'hidden' THEN 1 ELSE 0 END), 0) AS BIGINT) AS hidden
    FROM feedback_talks";

/// The figures of each talk of the night that has answers.
pub async fn talk_totals(db: &Db, event_id: i64) -> Result<Vec<TalkTotals>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, TalkTotals>(sqlx::AssertSqlSafe(format!(
        "{TALK_TOTALS} WHERE event_id = $1 GROUP BY submission_id ORDER BY submission_id"
    )))
    .bind(event_id)
    .fetch_all(e)
    .await)
}

/// One talk's figures (zero without answers).
pub async fn totals_of_talk(db: &Db, submission_id: i64) -> Result<TalkTotals, sqlx::Error> {
    let totals = with_db!(db, |e| sqlx::query_as::<_, TalkTotals>(sqlx::AssertSqlSafe(format!(
        "{TALK_TOTALS} WHERE submission_id = $1 GROUP BY submission_id"
    )))
    .bind(submission_id)
    .fetch_optional(e)
    .await)?;
    Ok(totals.unwrap_or(TalkTotals { submission_id, ..TalkTotals::default() }))
}

/// A night's figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct NightTotals {
    /// Forms made (guests emailed).
    pub asked: i64,
    /// Forms answered.
    pub responses: i64,
    /// Will come again: yes, maybe, no.
    pub again_yes: i64,
    pub again_maybe: i64,
    pub again_no: i64,
}

pub async fn night_totals(db: &Db, event_id: i64) -> Result<NightTotals, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, NightTotals>(
        "SELECT COUNT(*) AS asked, COUNT(answered_at) AS responses,
            CAST(COALESCE(SUM(CASE WHEN come_again = 'yes' THEN 1 ELSE 0 END), 0) AS BIGINT) AS again_yes,
            CAST(COALESCE(SUM(CASE WHEN come_again = 'maybe' THEN 1 ELSE 0 END), 0) AS BIGINT) AS again_maybe,
            CAST(COALESCE(SUM(CASE WHEN come_again = 'no' THEN 1 ELSE 0 END), 0) AS BIGINT) AS again_no
         FROM feedback_forms WHERE event_id = $1"
    )
    .bind(event_id)
    .fetch_one(e)
    .await)
}

/// Deletes the night's feedback (forms and answers); how many forms went.
pub async fn delete_event(tx: &mut Tx, event_id: i64) -> Result<u64, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query("DELETE FROM feedback_talks WHERE event_id = $1").bind(event_id).execute(&mut *c).await?;
        sqlx::query("DELETE FROM feedback_forms WHERE event_id = $1")
            .bind(event_id)
            .execute(&mut *c)
            .await
            .map(|done| done.rows_affected())
    })
}

/// The nights that have feedback stored.
pub async fn nights_with_feedback(db: &Db) -> Result<Vec<i64>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, i64>("SELECT DISTINCT event_id FROM feedback_forms ORDER BY event_id")
        .fetch_all(e)
        .await)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_response_is_checked_field_by_field() {
        let answers = check(
            &fields(&[
                ("rating-7", "5"),
                ("comment-7", "  Brave.  "),
                ("rating-9", ""),
                ("comment-9", ""),
                ("takeaway", "Check references."),
                ("come_again", "maybe"),
                ("send", ""),
            ]),
            &[7, 9],
        )
        .unwrap();
        assert_eq!(
            answers.talks,
            vec![
                TalkInput { submission_id: 7, rating: Some(5), comment: Some("Brave.".into()) },
                TalkInput { submission_id: 9, rating: None, comment: None },
            ]
        );
        assert_eq!(answers.takeaway.as_deref(), Some("Check references."));
        assert_eq!(answers.come_again, Some(ComeAgain::Maybe));

        let Invalid(errors) = check(
            &fields(&[
                ("rating-7", "6"),
                ("comment-7", &"é".repeat(MAX_COMMENT + 1)),
                ("takeaway", &"t".repeat(MAX_TAKEAWAY + 1)),
                ("come_again", "perhaps"),
                ("rating-8", "3"),
            ]),
            &[7],
        )
        .unwrap_err();
        assert_eq!(errors.get("rating-7").as_deref(), Some("Choose a rating from 1 to 5, or none."));
        assert_eq!(errors.get("comment-7").as_deref(), Some("Use at most 1000 characters."));
        assert_eq!(errors.get("takeaway").as_deref(), Some("Use at most 280 characters."));
        assert_eq!(errors.get("come_again").as_deref(), Some("Choose yes, maybe or no."));
        assert!(errors.get(FORM).unwrap().contains("not in this night's lineup"));
        assert!(check(&fields(&[("comment-7", &"é".repeat(MAX_COMMENT))]), &[7]).is_ok(), "characters, not bytes");

        let Invalid(errors) = check(&fields(&[("rating-7", ""), ("takeaway", "  ")]), &[7]).unwrap_err();
        assert!(errors.get(FORM).unwrap().starts_with("Answer at least one question"));
    }
}
