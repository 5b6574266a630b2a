//! The email outbox table.
//!
//! An email is a row written by [`enqueue`] inside the transaction of the change that causes
//! it; it is rendered already (subject, text, HTML, invite), so delivering it needs nothing but
//! the row. The idempotency key is unique: the same reason never produces two rows.
//! Dispatchers [`claim`] due rows with a lease, deliver them and mark them with
//! [`mark_sent_many`], [`mark_retry`] or [`mark_failed`]; each mark only applies while the lease
//! is still the caller's, so a dispatcher that stalled past its lease cannot overwrite the
//! outcome of the one that took over.

use std::collections::HashSet;

use crate::{Db, Timestamp, Tx, with_db, with_tx, with_writer};

pub mod keys;

crate::text_enum! {
    /// Whether a person may opt out of an email (reminders, messages) or not (confirmations,
    /// updates, cancellations): `outbox.category`.
    pub enum Category {
        Transactional = "transactional",
        Optional = "optional",
    }
}

/// A calendar attachment: the `METHOD` (`REQUEST`, `CANCEL`, `PUBLISH`) and the .ics text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub method: String,
    pub ics: String,
}

/// A rendered email, ready to queue.
#[derive(Debug, Clone)]
pub struct NewEmail {
    /// Why this email exists, e.g. `rsvp:42:confirmation` (built by [`keys`]). Unique across
    /// the outbox.
    pub idempotency_key: String,
    /// The RFC 5322 Message-ID, without angle brackets; stable for the row's lifetime.
    pub message_id: String,
    pub category: Category,
    pub to_email: String,
    pub to_name: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub invite: Option<Invite>,
    pub event_id: Option<i64>,
    /// The one-click unsubscribe URL (`List-Unsubscribe`, RFC 8058). Required for
    /// [`Category::Optional`] mail (the table refuses an optional row without it), `None` for
    /// transactional mail.
    pub unsubscribe_url: Option<String>,
    /// Send before this instant or not at all (reminders: the night's start).
    pub expires_at: Option<Timestamp>,
    /// The bodies carry a credential (a sign-in link): emptied as soon as the row is sent,
    /// failed or dropped, so no usable link stays at rest.
    pub sensitive: bool,
}

/// Queues `email` in `tx`. Returns `false` (and writes nothing) when an email with the same
/// idempotency key was queued before. An optional email without an unsubscribe URL is refused
/// by the table's check constraint.
pub async fn enqueue(tx: &mut Tx, email: &NewEmail, now: Timestamp) -> Result<bool, sqlx::Error> {
    Ok(enqueue_many(tx, std::slice::from_ref(email), now).await? == 1)
}

/// Queues `emails` in `tx`, up to 256 per statement (fewer on SQLite, see
/// [`crate::db::SQLITE_MAX_PARAMS`]); returns how many were new
/// (an email whose idempotency key was queued before is skipped, as by [`enqueue`]).
///
/// On PostgreSQL the emails go as one array per column: one statement for any number of
/// emails, parsed once per connection and planned once (a multi-row `VALUES` would be a new
/// statement for each count, as the emails of a group of bookings vary).
pub async fn enqueue_many(tx: &mut Tx, emails: &[NewEmail], now: Timestamp) -> Result<u64, sqlx::Error> {
    const PER_ROW: usize = 14;
    const COLUMNS: &str = "idempotency_key, message_id, category, to_email, to_name, subject, body_text, body_html,
                           ics_method, ics, event_id, unsubscribe_url, expires_at, sensitive, created_at, available_at";
    let mut queued = 0;
    let rows = tx.rows_per_statement(PER_ROW, MANY);
    for chunk in emails.chunks(rows) {
        queued += match tx {
            Tx::Postgres(c, _) => {
                let text = |f: fn(&NewEmail) -> &str| chunk.iter().map(f).collect::<Vec<_>>();
                let invite =
                    |f: fn(&Invite) -> &str| chunk.iter().map(|e| e.invite.as_ref().map(f)).collect::<Vec<_>>();
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO outbox ({COLUMNS})
                     SELECT idempotency_key, message_id, category, to_email, to_name, subject, body_text, body_html,
                            ics_method, ics, event_id, unsubscribe_url, expires_at, sensitive, $1, $1
                     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                                 $9::text[], $10::text[], $11::text[], $12::int8[], $13::text[], $14::int8[], $15::bool[])
                          WITH ORDINALITY AS new (idempotency_key, message_id, category, to_email, to_name, subject,
                                                  body_text, body_html, ics_method, ics, event_id, unsubscribe_url,
                                                  expires_at, sensitive, n)
                     ORDER BY n
                     ON CONFLICT (idempotency_key) DO NOTHING"
                )))
                .bind(now)
                .bind(text(|e| &e.idempotency_key))
                .bind(text(|e| &e.message_id))
                .bind(text(|e| e.category.as_str()))
                .bind(text(|e| &e.to_email))
                .bind(text(|e| &e.to_name))
                .bind(text(|e| &e.subject))
                .bind(text(|e| &e.body_text))
                .bind(text(|e| &e.body_html))
                .bind(invite(|i| i.method.as_str()))
                .bind(invite(|i| i.ics.as_str()))
                .bind(chunk.iter().map(|e| e.event_id).collect::<Vec<_>>())
                .bind(chunk.iter().map(|e| e.unsubscribe_url.as_deref()).collect::<Vec<_>>())
                .bind(chunk.iter().map(|e| e.expires_at.map(|t| t.0)).collect::<Vec<_>>())
                .bind(chunk.iter().map(|e| e.sensitive).collect::<Vec<_>>())
                .execute(&mut **c)
                .await?
                .rows_affected()
            }
            Tx::Sqlite(c) => {
                let values = crate::db::values(chunk.len(), 2, PER_ROW, "$1, $1");
                let sql =
                    format!("INSERT INTO outbox ({COLUMNS}) VALUES {values} ON CONFLICT (idempotency_key) DO NOTHING");
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now);
                for email in chunk {
                    let invite = email.invite.as_ref();
                    query = query
                        .bind(&email.idempotency_key)
                        .bind(&email.message_id)
                        .bind(email.category)
                        .bind(&email.to_email)
                        .bind(&email.to_name)
                        .bind(&email.subject)
                        .bind(&email.body_text)
                        .bind(&email.body_html)
                        .bind(invite.map(|i| i.method.as_str()))
                        .bind(invite.map(|i| i.ics.as_str()))
                        .bind(email.event_id)
                        .bind(email.unsubscribe_url.as_deref())
                        .bind(email.expires_at)
                        .bind(email.sensitive);
                }
                query.execute(&mut **c).await?.rows_affected()
            }
        };
    }
    Ok(queued)
}

/// Emails per statement of [`enqueue_many`]: well under both backends' limits on bound
/// parameters (14 each) and a statement of a few megabytes at most.
const MANY: usize = 256;

/// The idempotency keys of a night's emails that start with `prefix` (sent or not), a prefix
/// from [`keys`] such as [`keys::night_reminders`].
pub async fn keys_of_event(db: &Db, event_id: i64, prefix: &str) -> Result<HashSet<String>, sqlx::Error> {
    let keys: Vec<String> = with_db!(db, |e| sqlx::query_scalar(
        "SELECT idempotency_key FROM outbox WHERE event_id = $1 AND substr(idempotency_key, 1, $3) = $2"
    )
    .bind(event_id)
    .bind(prefix)
    .bind(i32::try_from(prefix.chars().count()).unwrap_or(i32::MAX))
    .fetch_all(e)
    .await)?;
    Ok(keys.into_iter().collect())
}

/// The assignments that empty a [sensitive](NewEmail::sensitive) row's bodies (and leave
/// any other row as it is), part of every statement that ends a row's delivery: sent, failed
/// or dropped.
macro_rules! blank_if_sensitive {
    () => {
        "body_text = CASE WHEN sensitive THEN '' ELSE body_text END,
         body_html = CASE WHEN sensitive THEN '' ELSE body_html END"
    };
}

/// How long a delivered or failed email is kept, in days: that long after it was done and,
/// for a night's email, after the night started. Whatever asks the outbox whether an email was
/// queued before (reminders, feedback requests, offers) looks at nights of the last days
/// only, so a key pruned after this is never asked about again; and the rows hold names and
/// addresses, kept no longer than they serve.
pub const KEPT_DAYS: i64 = 90;

/// Rows [`prune`] deletes per transaction: short writes, so SQLite's one writer is never held
/// for long while a large outbox is pruned.
pub const PRUNE_BATCH: i64 = 2_000;

/// Deletes up to [`PRUNE_BATCH`] done emails past their retention at `now` (see
/// [`KEPT_DAYS`]), oldest first; how many. Unsent rows are never touched.
pub async fn prune(db: &Db, now: Timestamp) -> Result<u64, sqlx::Error> {
    let before = now.plus_millis(-KEPT_DAYS * 24 * 60 * 60 * 1000);
    let mut tx = db.begin().await?;
    let pruned = with_tx!(&mut tx, |c| sqlx::query(
        "DELETE FROM outbox WHERE id IN (
             SELECT o.id FROM outbox o LEFT JOIN events e ON e.id = o.event_id
             WHERE o.created_at < $1 AND (o.sent_at IS NOT NULL OR o.failed_at IS NOT NULL)
               AND COALESCE(o.sent_at, o.failed_at) < $1 AND (e.starts_at IS NULL OR e.starts_at < $1)
             ORDER BY o.created_at LIMIT $2)"
    )
    .bind(before)
    .bind(PRUNE_BATCH)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    tx.commit_unseen_if(pruned > 0).await?;
    Ok(pruned)
}

/// A claimed outbox row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Queued {
    pub id: i64,
    pub idempotency_key: String,
    pub message_id: String,
    pub to_email: String,
    pub to_name: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub ics_method: Option<String>,
    pub ics: Option<String>,
    pub unsubscribe_url: Option<String>,
    /// Deliveries tried so far, this one included (claiming counts an attempt).
    pub attempts: i64,
    pub lease_token: Option<String>,
}

const CLAIM_COLUMNS: &str = "id, idempotency_key, message_id, to_email, to_name, subject, body_text, body_html, ics_method, ics, unsubscribe_url, attempts, lease_token";

/// Claims up to `limit` due rows for `lease_millis`, under a fresh lease token. A row is due
/// when it is unsent, not failed, available, and not leased (or its lease expired).
///
/// `keep` are leases the caller is still delivering: their rows are not taken back even once
/// those leases ran out, so a dispatcher with several claims in flight never sends an email it
/// is already sending.
pub async fn claim(
    db: &Db,
    limit: i64,
    lease_millis: i64,
    now: Timestamp,
    keep: &[&str],
) -> Result<Vec<Queued>, sqlx::Error> {
    let lease = crate::token::new_token();
    let until = now.plus_millis(lease_millis);
    let mut tx = db.begin().await?;
    // The caller's own leases in flight, as a condition on parameters numbered from `first`.
    let kept = |first| match keep.len() {
        0 => String::new(),
        n => format!("AND (lease_token IS NULL OR lease_token NOT IN ({}))", crate::db::params(first, n)),
    };
    // Whatever had to go out by now and has not is dropped, visibly, never sent late (but not
    // what the caller is still delivering: its outcome is recorded when it ends).
    let dropped = with_tx!(&mut tx, |c| {
        let sql = format!(
            concat!(
                "UPDATE outbox SET failed_at = $1, leased_until = NULL,
                        last_error = CASE WHEN event_id IS NULL THEN 'dropped: not delivered before it expired'
                                          ELSE 'dropped: not delivered before the night started' END, ",
                blank_if_sensitive!(),
                " WHERE sent_at IS NULL AND failed_at IS NULL AND expires_at IS NOT NULL AND expires_at <= $1
               AND (leased_until IS NULL OR leased_until < $1) {kept}"
            ),
            kept = kept(2)
        );
        let query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now);
        keep.iter().fold(query, |query, lease| query.bind(*lease)).execute(&mut *c).await.map(|r| r.rows_affected())
    })?;
    // The dialects differ only in the row lock: PostgreSQL skips rows another dispatcher is
    // claiming right now (and checks the lease again on the row it locked); SQLite has one
    // writer at a time, so the subquery is already exclusive.
    let (lock, recheck) = match &tx {
        Tx::Postgres(..) => ("FOR UPDATE SKIP LOCKED", "AND (leased_until IS NULL OR leased_until < $3)"),
        Tx::Sqlite(_) => ("", ""),
    };
    let sql = format!(
        "UPDATE outbox SET lease_token = $1, leased_until = $2, attempts = attempts + 1
         WHERE id IN (SELECT id FROM outbox
                      WHERE sent_at IS NULL AND failed_at IS NULL AND available_at <= $3
                        AND (leased_until IS NULL OR leased_until < $3)
                        AND (expires_at IS NULL OR expires_at > $3) {kept}
                      ORDER BY available_at, id LIMIT $4
                      {lock})
           {recheck}
         RETURNING {CLAIM_COLUMNS}",
        kept = kept(5)
    );
    let rows = with_tx!(&mut tx, |c| {
        let query = sqlx::query_as::<_, Queued>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(&lease)
            .bind(until)
            .bind(now)
            .bind(limit);
        keep.iter().fold(query, |query, lease| query.bind(*lease)).fetch_all(&mut *c).await
    })?;
    // An idle poll (dispatchers poll every second) changes nothing and commits nothing.
    tx.commit_unseen_if(dropped > 0 || !rows.is_empty()).await?;
    Ok(rows)
}

async fn finish(
    db: &Db,
    sql: &'static str,
    id: i64,
    lease: &str,
    at: Timestamp,
    error: Option<&str>,
) -> Result<bool, sqlx::Error> {
    let n = with_writer!(db, |e| sqlx::query(sql)
        .bind(id)
        .bind(lease)
        .bind(at)
        .bind(error)
        .execute(e)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Marks several rows of one claim delivered in one statement; returns the ids marked (a row
/// whose lease was lost meanwhile is not among them). The dispatcher marks the deliveries that
/// finished together at once, so a burst of email costs one write per group, not per email.
/// An email that went out is sent, even if another dispatcher dropped it as expired meanwhile
/// (its lease had run out while the SMTP server held it): the mark clears that failure.
pub async fn mark_sent_many(db: &Db, ids: &[i64], lease: &str, now: Timestamp) -> Result<Vec<i64>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = crate::db::params(3, ids.len());
    let sql = format!(
        "UPDATE outbox SET sent_at = $2, failed_at = NULL, leased_until = NULL, last_error = NULL, {}
         WHERE lease_token = $1 AND sent_at IS NULL AND id IN ({list})
         RETURNING id",
        blank_if_sensitive!()
    );
    leased_update(db, sql, lease, &[now], ids).await
}

/// Releases a claimed row to be tried again at `retry_at`, recording why it failed.
pub async fn mark_retry(db: &Db, id: i64, lease: &str, retry_at: Timestamp, error: &str) -> Result<bool, sqlx::Error> {
    finish(
        db,
        "UPDATE outbox SET available_at = $3, leased_until = NULL, lease_token = NULL, last_error = $4
         WHERE id = $1 AND lease_token = $2 AND sent_at IS NULL",
        id,
        lease,
        retry_at,
        Some(error),
    )
    .await
}

/// Gives up on a claimed row for good (a permanent SMTP answer), keeping the reason.
pub async fn mark_failed(db: &Db, id: i64, lease: &str, now: Timestamp, error: &str) -> Result<bool, sqlx::Error> {
    finish(
        db,
        concat!(
            "UPDATE outbox SET failed_at = $3, leased_until = NULL, last_error = $4, ",
            blank_if_sensitive!(),
            " WHERE id = $1 AND lease_token = $2 AND sent_at IS NULL"
        ),
        id,
        lease,
        now,
        Some(error),
    )
    .await
}

/// Extends the lease of a claim's rows `ids` to `until`, while it holds: rows whose lease
/// already ran out at `now` are left alone (another dispatcher may be claiming them), as are
/// rows marked meanwhile. A live dispatcher renews its claims well before they run out, so the
/// lease can be short and a dead dispatcher's emails are claimed again soon. Returns the ids
/// it extended.
pub async fn renew(
    db: &Db,
    ids: &[i64],
    lease: &str,
    until: Timestamp,
    now: Timestamp,
) -> Result<Vec<i64>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = crate::db::params(4, ids.len());
    let sql = format!(
        "UPDATE outbox SET leased_until = $2
         WHERE lease_token = $1 AND leased_until >= $3 AND sent_at IS NULL AND failed_at IS NULL AND id IN ({list})
         RETURNING id"
    );
    leased_update(db, sql, lease, &[until, now], ids).await
}

/// Releases claimed rows whose delivery was cut short (a dispatcher shutting down while they
/// were in flight): available at once, lease cleared, so any dispatcher claims them now
/// instead of after the lease. The attempt still counts. Returns the ids released (a row whose
/// lease was lost meanwhile belongs to another dispatcher and is left alone).
pub async fn release(db: &Db, ids: &[i64], lease: &str, now: Timestamp) -> Result<Vec<i64>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = crate::db::params(3, ids.len());
    let sql = format!(
        "UPDATE outbox SET available_at = $2, leased_until = NULL, lease_token = NULL
         WHERE lease_token = $1 AND sent_at IS NULL AND failed_at IS NULL AND id IN ({list})
         RETURNING id"
    );
    leased_update(db, sql, lease, &[now], ids).await
}

/// Runs `sql` (an `UPDATE … WHERE lease_token = $1 … id IN (…) RETURNING id`, with `times`
/// as `$2`, … and the ids after them) in its own transaction: the rows of `ids` still under
/// `lease` that it changed.
async fn leased_update(
    db: &Db,
    sql: String,
    lease: &str,
    times: &[Timestamp],
    ids: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    with_writer!(db, |e| {
        let mut query = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.clone())).bind(lease);
        for time in times {
            query = query.bind(*time);
        }
        for id in ids {
            query = query.bind(*id);
        }
        query.fetch_all(e).await
    })
}

/// How many emails are where: `queued` (waiting or being delivered, no failure yet), `sent`,
/// `retrying` (failed transiently, will be tried again) and `failed` (given up; see [`failed`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Counts {
    pub queued: i64,
    pub sent: i64,
    pub retrying: i64,
    pub failed: i64,
}

/// The `SELECT` of [`Counts`] over outbox rows, followed by `$where`.
macro_rules! counts_sql {
    ($where:literal) => {
        concat!(
            "SELECT COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL AND last_error IS NULL THEN 1 ELSE 0 END), 0) AS queued,
                    COUNT(sent_at) AS sent,
                    COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL AND last_error IS NOT NULL THEN 1 ELSE 0 END), 0) AS retrying,
                    COUNT(failed_at) AS failed
             FROM outbox ",
            $where
        )
    };
}

/// Totals over the whole outbox, for operations (`/metrics`) and tests, read without reading
/// the rows: the unsent ones through the partial index `outbox_due`, the failed ones through
/// `outbox_failed`, and the total through the narrowest index (an index-only count); sent is
/// what remains. The same figures as one `SELECT` over every row (as [`counts_for_event`]
/// does for a night), which reads the whole table, bodies included: for 200,000 emails,
/// 150 ms and 50,000 pages on PostgreSQL and 460 ms on SQLite, against 13 ms and 1,400 pages,
/// and 3 ms, this way (`EXPLAIN` in the commit that made it so).
pub async fn counts(db: &Db) -> Result<Counts, sqlx::Error> {
    let (queued, retrying, failed, failed_unsent, total): (i64, i64, i64, i64, i64) = crate::with_db!(db, |e| {
        sqlx::query_as(
            "SELECT q.queued, q.retrying, f.failed, f.failed_unsent, t.total
             FROM (SELECT COALESCE(SUM(CASE WHEN last_error IS NULL THEN 1 ELSE 0 END), 0) AS queued,
                          COALESCE(SUM(CASE WHEN last_error IS NULL THEN 0 ELSE 1 END), 0) AS retrying
                   FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL) q,
                  (SELECT COUNT(*) AS failed, COALESCE(SUM(CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END), 0) AS failed_unsent
                   FROM outbox WHERE failed_at IS NOT NULL) f,
                  (SELECT COUNT(*) AS total FROM outbox) t"
        )
        .fetch_one(e)
        .await
    })?;
    Ok(Counts { queued, sent: total - queued - retrying - failed_unsent, retrying, failed })
}

/// Totals over one night's emails, for its hosts.
pub async fn counts_for_event(db: &Db, event_id: i64) -> Result<Counts, sqlx::Error> {
    crate::with_db!(db, |e| sqlx::query_as::<_, Counts>(counts_sql!("WHERE event_id = $1"))
        .bind(event_id)
        .fetch_one(e)
        .await)
}

/// An email given up for good, with the reason hosts are shown (the SMTP server's answer).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FailedEmail {
    pub to_email: String,
    pub subject: String,
    pub last_error: String,
    pub failed_at: Timestamp,
}

/// A night's emails that failed for good, oldest failure first.
pub async fn failed(db: &Db, event_id: i64) -> Result<Vec<FailedEmail>, sqlx::Error> {
    crate::with_db!(db, |e| sqlx::query_as::<_, FailedEmail>(
        "SELECT to_email, subject, COALESCE(last_error, '') AS last_error, failed_at
         FROM outbox
         WHERE event_id = $1 AND failed_at IS NOT NULL
         ORDER BY failed_at, id"
    )
    .bind(event_id)
    .fetch_all(e)
    .await)
}

/// The latest failed emails about the nights of a chapter, newest first.
pub async fn failed_for_chapter(db: &Db, chapter_id: i64, limit: i64) -> Result<Vec<FailedEmail>, sqlx::Error> {
    crate::with_db!(db, |e| sqlx::query_as::<_, FailedEmail>(
        "SELECT o.to_email, o.subject, COALESCE(o.last_error, '') AS last_error, o.failed_at
         FROM outbox o JOIN events e ON e.id = o.event_id
         WHERE e.chapter_id = $1 AND o.failed_at IS NOT NULL ORDER BY o.failed_at DESC, o.id DESC LIMIT $2"
    )
    .bind(chapter_id)
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// Deletes the unsent emails of a night whose idempotency key starts with `prefix`, a prefix
/// from [`keys`] (e.g. [`keys::night_reminders`]: the reminders of a night that moved or was
/// cancelled, whose text is out of date). Returns how many were dropped.
pub async fn drop_unsent(tx: &mut Tx, event_id: i64, prefix: &str) -> Result<u64, sqlx::Error> {
    let pattern = format!("{}%", prefix.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    with_tx!(tx, |c| sqlx::query(
        "DELETE FROM outbox WHERE event_id = $1 AND sent_at IS NULL AND failed_at IS NULL
           AND idempotency_key LIKE $2 ESCAPE '\\'"
    )
    .bind(event_id)
    .bind(pattern)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))
}

/// An email as a person's data export shows it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Record {
    pub to_email: String,
    pub subject: String,
    pub body_text: String,
    pub created_at: Timestamp,
    pub sent_at: Option<Timestamp>,
}

/// The emails whose idempotency key matches one of `patterns` (a person's emails, for their
/// data export, e.g. [`keys::story_patterns`]), oldest first.
pub async fn matching(db: &Db, patterns: &[keys::Pattern]) -> Result<Vec<Record>, sqlx::Error> {
    let mut records = Vec::new();
    for pattern in patterns {
        records.extend(crate::with_db!(db, |e| sqlx::query_as::<_, Record>(
            "SELECT to_email, subject, body_text, created_at, sent_at FROM outbox
             WHERE idempotency_key LIKE $1 ORDER BY created_at, id"
        )
        .bind(pattern.as_str())
        .fetch_all(e)
        .await)?);
    }
    records.sort_by_key(|r| r.created_at);
    Ok(records)
}

/// Forgets the emails whose idempotency key matches one of `patterns` (a person who asked to
/// be deleted, e.g. [`keys::story_patterns`]): rows not sent yet are dropped (nothing more goes
/// to them); sent and failed rows keep their key and Message-ID, so no cause can send them
/// again, but lose the recipient, subject, bodies and invite. Returns how many rows were touched.
pub async fn forget(tx: &mut Tx, patterns: &[keys::Pattern]) -> Result<u64, sqlx::Error> {
    let mut touched = 0;
    for pattern in patterns {
        touched += with_tx!(tx, |c| {
            let dropped = sqlx::query(
                "DELETE FROM outbox WHERE idempotency_key LIKE $1 AND sent_at IS NULL AND failed_at IS NULL",
            )
            .bind(pattern.as_str())
            .execute(&mut *c)
            .await?
            .rows_affected();
            let redacted = sqlx::query(
                "UPDATE outbox SET to_email = 'forgotten@invalid', to_name = '', subject = '(deleted)',
                        body_text = '', body_html = '', ics_method = NULL, ics = NULL
                 WHERE idempotency_key LIKE $1",
            )
            .bind(pattern.as_str())
            .execute(&mut *c)
            .await?
            .rows_affected();
            Ok::<u64, sqlx::Error>(dropped + redacted)
        })?;
    }
    Ok(touched)
}
