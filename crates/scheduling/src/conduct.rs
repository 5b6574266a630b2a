//! Reports of conduct: anyone (a guest, a speaker, a neighbour at the bar) tells a chapter's
//! owners, privately and anonymously if they wish, that something at or around a night broke
//! the code of conduct. Reports live in their own table, read by the chapter's owners only,
//! with a status and the owners' note, and are deleted [`KEEP_DAYS`] after they were made.

use failnight_core::{Db, FieldErrors, Timestamp, Tx, with_db, with_tx};

use crate::SchedulingError;

failnight_core::text_enum! {
    /// Where the owners are with a report (`conduct_reports.status`).
    pub enum ReportStatus {
        New = "new",
        InProgress = "in_progress",
        Closed = "closed",
    }
}

/// How long a report is kept from the day it was made.
pub const KEEP_DAYS: i64 = 365;

/// A report as someone typed it.
#[derive(Debug, Clone, Default)]
pub struct NewReport {
    /// What happened (required).
    pub body: String,
    /// The night it is about, if any (one of the chapter's).
    pub event_id: Option<i64>,
    /// Optional: a name and an address for the owners to answer; both empty: anonymous.
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Report {
    pub id: i64,
    pub chapter_id: i64,
    pub event_id: Option<i64>,
    /// The night's title, while the night exists.
    pub event_title: Option<String>,
    pub body: String,
    pub reporter_name: Option<String>,
    pub reporter_email: Option<String>,
    pub status: ReportStatus,
    pub note: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

const COLUMNS: &str =
    "r.id, r.chapter_id, r.event_id, e.title AS event_title, r.body, r.reporter_name, r.reporter_email,
    r.status, r.note, r.created_at, r.updated_at";

/// Stores a report for chapter `chapter_id`: what happened (1 to 5,000 characters), a night of
/// the chapter or none, and optionally a name (at most 100) and an address to answer to.
pub async fn create(tx: &mut Tx, chapter_id: i64, new: &NewReport, now: Timestamp) -> Result<Report, SchedulingError> {
    let mut errors = FieldErrors::new();
    let body = errors.text("body", &new.body, 5_000);
    if body.is_empty() && errors.is_empty() {
        errors.add("body", "error-required");
    }
    let name = new.name.trim();
    let name = if name.is_empty() { None } else { Some(errors.line("name", name, 100)) };
    let email = new.email.trim();
    let email = if email.is_empty() { None } else { Some(errors.email("email", email)) };
    if let Some(event) = new.event_id {
        let ours: Option<i64> =
            with_tx!(tx, |c| sqlx::query_scalar("SELECT id FROM events WHERE id = $1 AND chapter_id = $2")
                .bind(event)
                .bind(chapter_id)
                .fetch_optional(&mut *c)
                .await)?;
        if ours.is_none() {
            errors.add("night", "error-report-night");
        }
    }
    errors.into_result()?;
    let id: i64 = with_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO conduct_reports (chapter_id, event_id, body, reporter_name, reporter_email, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id"
    )
    .bind(chapter_id)
    .bind(new.event_id)
    .bind(&body)
    .bind(name)
    .bind(email)
    .bind(now)
    .fetch_one(&mut *c)
    .await
    })?;
    let report = with_tx!(tx, |c| sqlx::query_as::<_, Report>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM conduct_reports r LEFT JOIN events e ON e.id = r.event_id WHERE r.id = $1"
    )))
    .bind(id)
    .fetch_one(&mut *c)
    .await)?;
    Ok(report)
}

/// The chapter's reports, newest first.
pub async fn list(db: &Db, chapter_id: i64) -> Result<Vec<Report>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Report>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM conduct_reports r LEFT JOIN events e ON e.id = r.event_id
         WHERE r.chapter_id = $1 ORDER BY r.id DESC"
    )))
    .bind(chapter_id)
    .fetch_all(e)
    .await)
}

/// The chapter of report `id`.
pub async fn chapter_of(db: &Db, id: i64) -> Result<Option<i64>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar("SELECT chapter_id FROM conduct_reports WHERE id = $1")
        .bind(id)
        .fetch_optional(e)
        .await)
}

/// Report `id` of the chapter.
pub async fn get(db: &Db, chapter_id: i64, id: i64) -> Result<Option<Report>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Report>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM conduct_reports r LEFT JOIN events e ON e.id = r.event_id
         WHERE r.id = $1 AND r.chapter_id = $2"
    )))
    .bind(id)
    .bind(chapter_id)
    .fetch_optional(e)
    .await)
}

/// Sets report `id`'s status and the owners' note (at most 5,000 characters); `false` when the
/// chapter has no such report.
pub async fn update(
    tx: &mut Tx,
    chapter_id: i64,
    id: i64,
    status: ReportStatus,
    note: &str,
    now: Timestamp,
) -> Result<bool, SchedulingError> {
    let mut errors = FieldErrors::new();
    let note = errors.text("note", note, 5_000);
    errors.into_result()?;
    let n = with_tx!(tx, |c| sqlx::query(
        "UPDATE conduct_reports SET status = $3, note = $4, updated_at = $5 WHERE id = $1 AND chapter_id = $2"
    )
    .bind(id)
    .bind(chapter_id)
    .bind(status)
    .bind(&note)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Deletes the reports made before `before`; how many.
pub async fn forget_before(db: &Db, before: Timestamp) -> Result<u64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let n = with_tx!(&mut tx, |c| sqlx::query("DELETE FROM conduct_reports WHERE created_at < $1")
        .bind(before)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
    tx.commit_if(n > 0).await?;
    Ok(n)
}

/// How many of the chapter's reports are new.
pub async fn new_count(db: &Db, chapter_id: i64) -> Result<i64, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar(
        "SELECT COUNT(*) FROM conduct_reports WHERE chapter_id = $1 AND status = 'new'"
    )
    .bind(chapter_id)
    .fetch_one(e)
    .await)
}
