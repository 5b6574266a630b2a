//! The webhooks' tables: a chapter's endpoints, the events each receives, and the deliveries
//! waiting to be posted (the webhooks' outbox).
//!
//! A change that concerns a chapter calls [`emit`] in its own transaction: one row per
//! subscribed endpoint, with the same event id and payload, so a delivery exists exactly when
//! its change committed. Deliverers ([`claim`]) take due rows of endpoints that are not paused
//! under a lease, post them, and write the outcome with [`finish`] only while the lease is
//! theirs. A failed attempt is tried again after a growing pause ([`retry_pause`]); after
//! [`MAX_ATTEMPTS`] the delivery has failed (a host may redeliver it), and an endpoint whose
//! attempts failed [`PAUSE_AFTER`] times in a row is paused, its deliveries kept until an owner
//! resumes it. Payloads name objects by id only: no guest's name or address, no story's words.

use serde::Serialize;
use serde_json::{Value, json};

use crate::{Db, Timestamp, Tx, with_db, with_tx};

crate::text_enum! {
    /// What happened: the `type` of an event and the kinds an endpoint subscribes to.
    pub enum Kind {
        NightPublished = "night.published",
        NightChanged = "night.changed",
        NightCancelled = "night.cancelled",
        RsvpConfirmed = "rsvp.confirmed",
        RsvpWaitlisted = "rsvp.waitlisted",
        RsvpCancelled = "rsvp.cancelled",
        RsvpCheckedIn = "rsvp.checked_in",
        StorySubmitted = "story.submitted",
        StoryDecided = "story.decided",
        LessonPublished = "lesson.published",
    }
}

/// Attempts of one delivery before it has failed.
pub const MAX_ATTEMPTS: i64 = 8;
/// Attempts failed in a row (across deliveries) that pause an endpoint.
pub const PAUSE_AFTER: i64 = 12;
/// How long delivered and failed deliveries are kept (their status is on the host pages).
pub const KEEP_DAYS: i64 = 30;

/// The pause before attempt `attempts + 1`, after `attempts` failed ones: 1 minute, then four
/// times longer each time, at most 12 hours (1 min, 4, 16, 64, 4 h 16, 12 h, 12 h: about 30
/// hours before a delivery has failed).
pub fn retry_pause(attempts: i64) -> chrono::Duration {
    let minutes = 4_i64.saturating_pow(attempts.clamp(1, 10) as u32 - 1);
    chrono::Duration::minutes(minutes.min(12 * 60))
}

/// Whose chapter an event belongs to.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    Chapter(i64),
    /// The chapter of this night.
    Night(i64),
}

/// Queues `events` (kind and `data`) for every endpoint of the scope's chapter subscribed to
/// their kind, in `tx`; returns the deliveries written. Without such endpoints this is one
/// indexed read and nothing is written.
pub async fn emit(tx: &mut Tx, scope: Scope, now: Timestamp, events: &[(Kind, Value)]) -> Result<u64, sqlx::Error> {
    if events.is_empty() {
        return Ok(0);
    }
    let (chapter, id) = match scope {
        Scope::Chapter(id) => ("$1", id),
        Scope::Night(id) => ("(SELECT chapter_id FROM events WHERE id = $1)", id),
    };
    let subscribed: Vec<(i64, String, Kind)> = with_tx!(tx, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT w.id, ch.slug, s.kind FROM webhook_endpoints w
           JOIN webhook_subscriptions s ON s.endpoint_id = w.id
           JOIN chapters ch ON ch.id = w.chapter_id
         WHERE w.chapter_id = {chapter}"
    )))
    .bind(id)
    .fetch_all(&mut *c)
    .await)?;
    if subscribed.is_empty() {
        return Ok(0);
    }
    let created = now.rfc3339();
    let mut written = 0;
    for (kind, data) in events {
        let event_id = format!("evt_{}", crate::token::new_token());
        let mut payload = None;
        for (endpoint, slug, _) in subscribed.iter().filter(|(_, _, k)| k == kind) {
            let body = payload.get_or_insert_with(|| {
                json!({ "id": event_id, "type": kind.as_str(), "created": created, "chapter": slug, "data": data })
                    .to_string()
            });
            written += with_tx!(tx, |c| sqlx::query(
                "INSERT INTO webhook_deliveries (endpoint_id, event_id, kind, payload, created_at, available_at)
                 VALUES ($1, $2, $3, $4, $5, $5)"
            )
            .bind(endpoint)
            .bind(&event_id)
            .bind(kind.as_str())
            .bind(body.as_str())
            .bind(now)
            .execute(&mut *c)
            .await
            .map(|r| r.rows_affected()))?;
        }
    }
    Ok(written)
}

/// An endpoint as its chapter's owners see it (the secret only when just made or rolled).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Endpoint {
    pub id: i64,
    pub chapter_id: i64,
    pub url: String,
    pub secret: String,
    pub description: String,
    pub created_at: Timestamp,
    pub failures: i64,
    pub paused_at: Option<Timestamp>,
    /// [`PAUSED_BY_HOST`] or [`PAUSED_FAILING`] while paused.
    pub paused_reason: Option<String>,
}

/// `paused_reason` of an endpoint a host paused.
pub const PAUSED_BY_HOST: &str = "host";
/// `paused_reason` of an endpoint paused after [`PAUSE_AFTER`] failed attempts in a row.
pub const PAUSED_FAILING: &str = "failing";

impl Endpoint {
    /// The secret as pages show it after it was first shown: its prefix and last four.
    pub fn secret_hint(&self) -> String {
        let tail: String = self.secret.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
        format!("whsec_…{tail}")
    }
}

const ENDPOINT_COLUMNS: &str =
    "id, chapter_id, url, secret, description, created_at, failures, paused_at, paused_reason";

/// A new endpoint's secret: `whsec_` and 192 random bits.
pub fn new_secret() -> String {
    format!("whsec_{}", crate::token::new_token())
}

/// Registers an endpoint of `chapter_id` for `kinds` (the URL checked by the caller).
pub async fn create(
    tx: &mut Tx,
    chapter_id: i64,
    url: &str,
    description: &str,
    kinds: &[Kind],
    now: Timestamp,
) -> Result<Endpoint, sqlx::Error> {
    let endpoint: Endpoint = with_tx!(tx, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "INSERT INTO webhook_endpoints (chapter_id, url, secret, description, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING {ENDPOINT_COLUMNS}"
    )))
    .bind(chapter_id)
    .bind(url)
    .bind(new_secret())
    .bind(description)
    .bind(now)
    .fetch_one(&mut *c)
    .await)?;
    set_kinds(tx, endpoint.id, kinds).await?;
    Ok(endpoint)
}

/// Replaces the kinds endpoint `id` receives.
pub async fn set_kinds(tx: &mut Tx, id: i64, kinds: &[Kind]) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("DELETE FROM webhook_subscriptions WHERE endpoint_id = $1")
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    for kind in kinds {
        with_tx!(tx, |c| sqlx::query("INSERT INTO webhook_subscriptions (endpoint_id, kind) VALUES ($1, $2)")
            .bind(id)
            .bind(kind.as_str())
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    Ok(())
}

/// The chapter's endpoints, oldest first.
pub async fn list(db: &Db, chapter_id: i64) -> Result<Vec<Endpoint>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE chapter_id = $1 ORDER BY id"
    )))
    .bind(chapter_id)
    .fetch_all(e)
    .await)
}

/// The chapter of endpoint `id`.
pub async fn chapter_of(db: &Db, id: i64) -> Result<Option<i64>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar("SELECT chapter_id FROM webhook_endpoints WHERE id = $1")
        .bind(id)
        .fetch_optional(e)
        .await)
}

/// The endpoint of delivery `id`.
pub async fn endpoint_of_delivery(db: &Db, id: i64) -> Result<Option<i64>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar("SELECT endpoint_id FROM webhook_deliveries WHERE id = $1")
        .bind(id)
        .fetch_optional(e)
        .await)
}

/// Endpoint `id` of the chapter, with the kinds it receives.
pub async fn get(db: &Db, chapter_id: i64, id: i64) -> Result<Option<(Endpoint, Vec<Kind>)>, sqlx::Error> {
    let endpoint: Option<Endpoint> = with_db!(db, |e| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1 AND chapter_id = $2"
    )))
    .bind(id)
    .bind(chapter_id)
    .fetch_optional(e)
    .await)?;
    let Some(endpoint) = endpoint else { return Ok(None) };
    let kinds = kinds(db, id).await?;
    Ok(Some((endpoint, kinds)))
}

/// The kinds endpoint `id` receives, in [`Kind::ALL`]'s order.
pub async fn kinds(db: &Db, id: i64) -> Result<Vec<Kind>, sqlx::Error> {
    let kinds: Vec<Kind> =
        with_db!(db, |e| sqlx::query_scalar("SELECT kind FROM webhook_subscriptions WHERE endpoint_id = $1")
            .bind(id)
            .fetch_all(e)
            .await)?;
    Ok(Kind::ALL.iter().copied().filter(|k| kinds.contains(k)).collect())
}

/// What an owner changes of an endpoint; `None` keeps it.
#[derive(Debug, Clone, Default)]
pub struct Change {
    /// Pause (true) or resume (false).
    pub paused: Option<bool>,
    /// A new secret (shown once).
    pub roll_secret: bool,
}

/// Applies `change` to endpoint `id` of the chapter; its new state, `None` if there is no such
/// endpoint. Resuming clears the failures in a row and makes its waiting deliveries due now.
pub async fn change(
    tx: &mut Tx,
    chapter_id: i64,
    id: i64,
    change: &Change,
    now: Timestamp,
) -> Result<Option<Endpoint>, sqlx::Error> {
    let mut sets = Vec::new();
    match change.paused {
        Some(true) => sets.push("paused_at = COALESCE(paused_at, $3), paused_reason = COALESCE(paused_reason, 'host')"),
        Some(false) => sets.push("paused_at = NULL, paused_reason = NULL, failures = 0"),
        None => {}
    }
    if change.roll_secret {
        sets.push("secret = $4");
    }
    sets.push("chapter_id = chapter_id");
    let endpoint: Option<Endpoint> = with_tx!(tx, |c| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "UPDATE webhook_endpoints SET {} WHERE id = $1 AND chapter_id = $2 RETURNING {ENDPOINT_COLUMNS}",
        sets.join(", ")
    )))
    .bind(id)
    .bind(chapter_id)
    .bind(now)
    .bind(new_secret())
    .fetch_optional(&mut *c)
    .await)?;
    if endpoint.is_some() && change.paused == Some(false) {
        with_tx!(tx, |c| sqlx::query(
            "UPDATE webhook_deliveries SET available_at = $2
             WHERE endpoint_id = $1 AND delivered_at IS NULL AND failed_at IS NULL AND available_at > $2"
        )
        .bind(id)
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    Ok(endpoint)
}

/// Removes endpoint `id` of the chapter and its deliveries; whether it existed.
pub async fn delete(tx: &mut Tx, chapter_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    for sql in [
        "DELETE FROM webhook_deliveries WHERE endpoint_id = (SELECT id FROM webhook_endpoints WHERE id = $1 AND chapter_id = $2)",
        "DELETE FROM webhook_subscriptions WHERE endpoint_id = (SELECT id FROM webhook_endpoints WHERE id = $1 AND chapter_id = $2)",
    ] {
        with_tx!(tx, |c| sqlx::query(sql).bind(id).bind(chapter_id).execute(&mut *c).await.map(|_| ()))?;
    }
    let n = with_tx!(tx, |c| sqlx::query("DELETE FROM webhook_endpoints WHERE id = $1 AND chapter_id = $2")
        .bind(id)
        .bind(chapter_id)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// One delivery as the host pages and the API show it.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Delivery {
    pub id: i64,
    pub event_id: String,
    pub kind: Kind,
    pub payload: String,
    pub created_at: Timestamp,
    pub attempts: i64,
    pub delivered_at: Option<Timestamp>,
    pub failed_at: Option<Timestamp>,
    pub available_at: Timestamp,
    /// While an attempt is under way.
    pub leased_until: Option<Timestamp>,
    pub last_attempt_at: Option<Timestamp>,
    pub last_status: Option<i64>,
    pub last_response: Option<String>,
    pub last_error: Option<String>,
}

const DELIVERY_COLUMNS: &str =
    "id, event_id, kind, payload, created_at, attempts, delivered_at, failed_at, available_at,
    leased_until, last_attempt_at, last_status, last_response, last_error";

impl Delivery {
    /// Where it stands at `now`: `delivered`, `failed`, `sending` (an attempt under way),
    /// `waiting` (not tried yet) or `retrying`.
    pub fn status(&self, now: Timestamp) -> &'static str {
        match (self.delivered_at, self.failed_at) {
            (Some(_), _) => "delivered",
            (_, Some(_)) => "failed",
            _ if self.leased_until.is_some_and(|until| until > now) => "sending",
            _ if self.attempts == 0 => "waiting",
            _ => "retrying",
        }
    }
}

/// The endpoint's last `limit` deliveries, newest first.
pub async fn deliveries(db: &Db, endpoint_id: i64, limit: i64) -> Result<Vec<Delivery>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id DESC LIMIT $2"
    )))
    .bind(endpoint_id)
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// Sends delivery `id` of endpoint `endpoint_id` again, now, with a fresh count of attempts
/// (delivered or failed ones too: the receiver gets the same event id again). `None` when
/// there is no such delivery, `Some(false)` while it is being delivered right now.
pub async fn redeliver(tx: &mut Tx, endpoint_id: i64, id: i64, now: Timestamp) -> Result<Option<bool>, sqlx::Error> {
    let exists: Option<i64> =
        with_tx!(tx, |c| sqlx::query_scalar("SELECT id FROM webhook_deliveries WHERE id = $1 AND endpoint_id = $2")
            .bind(id)
            .bind(endpoint_id)
            .fetch_optional(&mut *c)
            .await)?;
    if exists.is_none() {
        return Ok(None);
    }
    let n = with_tx!(tx, |c| sqlx::query(
        "UPDATE webhook_deliveries SET available_at = $3, attempts = 0, delivered_at = NULL, failed_at = NULL,
                lease_token = NULL, leased_until = NULL
         WHERE id = $1 AND endpoint_id = $2 AND (leased_until IS NULL OR leased_until < $3)"
    )
    .bind(id)
    .bind(endpoint_id)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(Some(n == 1))
}

/// A claimed delivery: what to post, where, signed with which secret.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Due {
    pub id: i64,
    pub endpoint_id: i64,
    pub url: String,
    pub secret: String,
    pub event_id: String,
    pub kind: Kind,
    pub payload: String,
    /// Attempts so far, this one included.
    pub attempts: i64,
}

/// Claims up to `limit` due deliveries of endpoints that are not paused, for `lease_millis`;
/// returns them with the lease token. PostgreSQL skips rows another deliverer is claiming.
pub async fn claim(db: &Db, limit: i64, lease_millis: i64, now: Timestamp) -> Result<(String, Vec<Due>), sqlx::Error> {
    let lease = crate::token::new_token();
    let lock = match db.backend() {
        crate::Backend::Postgres => "FOR UPDATE OF d SKIP LOCKED",
        crate::Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE webhook_deliveries SET lease_token = $1, leased_until = $2, attempts = attempts + 1, last_attempt_at = $3
         WHERE id IN (SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
                      WHERE d.delivered_at IS NULL AND d.failed_at IS NULL AND d.available_at <= $3
                        AND (d.leased_until IS NULL OR d.leased_until < $3) AND w.paused_at IS NULL
                      ORDER BY d.available_at, d.id LIMIT $4 {lock})
           AND (leased_until IS NULL OR leased_until < $3)
         RETURNING id"
    );
    // Most passes find nothing: a read says so without taking SQLite's writer (a paused
    // endpoint's waiting deliveries are nothing to claim either).
    let any: Option<i64> = with_db!(db, |e| {
        sqlx::query_scalar(
            "SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
             WHERE d.delivered_at IS NULL AND d.failed_at IS NULL AND d.available_at <= $1 AND w.paused_at IS NULL
             LIMIT 1",
        )
        .bind(now)
        .fetch_optional(e)
        .await
    })?;
    if any.is_none() {
        return Ok((lease, Vec::new()));
    }
    let mut tx = db.begin().await?;
    let ids: Vec<i64> = with_tx!(&mut tx, |c| sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
        .bind(&lease)
        .bind(now.plus_millis(lease_millis))
        .bind(now)
        .bind(limit)
        .fetch_all(&mut *c)
        .await)?;
    if ids.is_empty() {
        tx.rollback().await?;
        return Ok((lease, Vec::new()));
    }
    let due: Vec<Due> = with_tx!(&mut tx, |c| sqlx::query_as(
        "SELECT d.id, d.endpoint_id, w.url, w.secret, d.event_id, d.kind, d.payload, d.attempts
         FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
         WHERE d.lease_token = $1 ORDER BY d.available_at, d.id"
    )
    .bind(&lease)
    .fetch_all(&mut *c)
    .await)?;
    tx.commit().await?;
    Ok((lease, due))
}

/// How an attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// The receiver's HTTP status, if it answered.
    pub status: Option<i64>,
    /// The start of its answer (at most a kibibyte, as text).
    pub response: Option<String>,
    /// Why it failed (`None`: a 2xx answer, delivered).
    pub error: Option<String>,
}

/// What [`finish`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finished {
    Delivered,
    /// Tried again at this instant.
    Retry(Timestamp),
    /// Given up after [`MAX_ATTEMPTS`].
    Failed,
    /// The lease was lost meanwhile: nothing written.
    Lost,
}

/// Writes the outcome of claimed delivery `due` under `lease`, and the endpoint's count of
/// failures in a row; returns what it did and whether that failure paused the endpoint (its
/// [`PAUSE_AFTER`]th in a row: it then stays paused until an owner resumes it).
pub async fn finish(
    db: &Db,
    due: &Due,
    lease: &str,
    attempt: &Attempt,
    now: Timestamp,
) -> Result<(Finished, bool), sqlx::Error> {
    let (finished, delivered, failed, available) = match &attempt.error {
        None => (Finished::Delivered, Some(now), None, now),
        Some(_) if due.attempts >= MAX_ATTEMPTS => (Finished::Failed, None, Some(now), now),
        Some(_) => {
            let at = now.plus_millis(retry_pause(due.attempts).num_milliseconds());
            (Finished::Retry(at), None, None, at)
        }
    };
    let mut tx = db.begin().await?;
    let n = with_tx!(&mut tx, |c| sqlx::query(
        "UPDATE webhook_deliveries SET delivered_at = $3, failed_at = $4, available_at = $5, leased_until = NULL,
                lease_token = NULL, last_status = $6, last_response = $7, last_error = $8
         WHERE id = $1 AND lease_token = $2"
    )
    .bind(due.id)
    .bind(lease)
    .bind(delivered)
    .bind(failed)
    .bind(available)
    .bind(attempt.status)
    .bind(&attempt.response)
    .bind(&attempt.error)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    if n == 0 {
        tx.rollback().await?;
        return Ok((Finished::Lost, false));
    }
    let paused = if attempt.error.is_none() {
        with_tx!(&mut tx, |c| sqlx::query("UPDATE webhook_endpoints SET failures = 0 WHERE id = $1")
            .bind(due.endpoint_id)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
        false
    } else {
        // Both CASEs read the row as it was: the one failure that reaches the limit pauses it.
        let paused: Option<(i64, Option<String>)> = with_tx!(&mut tx, |c| sqlx::query_as(
            "UPDATE webhook_endpoints SET failures = failures + 1,
                    paused_at = CASE WHEN paused_at IS NULL AND failures + 1 >= $2 THEN $3 ELSE paused_at END,
                    paused_reason = CASE WHEN paused_at IS NULL AND failures + 1 >= $2 THEN $4 ELSE paused_reason END
             WHERE id = $1 RETURNING failures, paused_reason"
        )
        .bind(due.endpoint_id)
        .bind(PAUSE_AFTER)
        .bind(now)
        .bind(PAUSED_FAILING)
        .fetch_optional(&mut *c)
        .await)?;
        paused.is_some_and(|(failures, reason)| failures == PAUSE_AFTER && reason.as_deref() == Some(PAUSED_FAILING))
    };
    tx.commit().await?;
    Ok((finished, paused))
}

/// Deletes delivered and failed deliveries created before `before`; how many.
pub async fn prune(db: &Db, before: Timestamp) -> Result<u64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let n = with_tx!(&mut tx, |c| {
        sqlx::query(
        "DELETE FROM webhook_deliveries WHERE created_at < $1 AND (delivered_at IS NOT NULL OR failed_at IS NOT NULL)"
    )
    .bind(before)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected())
    })?;
    tx.commit_if(n > 0).await?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_grow_to_twelve_hours() {
        let minutes: Vec<i64> = (1..=MAX_ATTEMPTS).map(|n| retry_pause(n).num_minutes()).collect();
        assert_eq!(minutes, [1, 4, 16, 64, 256, 720, 720, 720]);
    }
}
