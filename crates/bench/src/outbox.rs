//! The `outbox` scenario: what a dispatcher's claim costs as the outbox grows, and pruning.
//!
//! No server: the figures are of `outbox::claim` and `outbox::prune` themselves, the code the
//! dispatcher and the pruning worker run, called from here against the scenario's database.
//! Delivered emails are seeded with plain SQL in bulk (one `INSERT … SELECT` over a recursive
//! count per 100,000 rows, the same text on both backends), half of them past their
//! retention. At 10,000 and at `--outbox-rows` delivered rows (a database each, the rounds at
//! the two sizes in turn), rounds of 1,000 due emails are queued, claimed a dispatcher's batch at
//! a time and marked sent, each claim timed; then the old half is pruned and the claims are
//! timed once more.

use std::time::{Duration, Instant};

use failnight_core::{
    Db, Timestamp,
    outbox::{self, Category, NewEmail},
    with_db, with_tx,
};

use crate::http::Samples;

/// Due emails queued per round of claims.
pub const DUE: i64 = 1_000;
/// The dispatcher's batch: what one claim of its takes.
pub fn batch() -> i64 {
    failnight_reminders::DispatcherOptions::default().batch
}
/// Rounds of [`DUE`] emails at each size.
pub const ROUNDS: usize = 5;
/// Delivered rows written per statement while seeding.
const SEED_CHUNK: i64 = 100_000;
/// A delivered email's body: the size of a real confirmation's text part.
const BODY: &str = "Hello Guest,\n\nyou have a seat at Failure Night: Launch Day, Thursday 4 June at 19:00, \
    Kulturhaus, Hauptstraße 1, Berlin. Doors open at 18:30; the first speaker starts at 19:00 sharp.\n\n\
    Your ticket: https://failnight.example/t/0123456789abcdef0123456789abcdef\n\
    Can't make it? Please cancel, so someone on the waitlist gets your seat: \
    https://failnight.example/t/0123456789abcdef0123456789abcdef/cancel\n\n\
    See you there,\nthe hosts of Failure Night Berlin\n";

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// What one size measured.
pub struct Measured {
    pub rows: i64,
    pub claims: Samples,
}

/// Writes delivered emails number `from..to`: those below `old_until` created (and sent)
/// [`outbox::KEPT_DAYS`] + 30 days before `now`, the others 10 days before it.
pub async fn seed(db: &Db, from: i64, to: i64, old_until: i64, now: Timestamp) -> anyhow::Result<()> {
    let old = now.plus_millis(-(outbox::KEPT_DAYS + 30) * DAY_MS);
    let recent = now.plus_millis(-10 * DAY_MS);
    let sql = "WITH RECURSIVE n(i) AS (SELECT $1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
        INSERT INTO outbox (idempotency_key, message_id, category, to_email, to_name, subject, body_text, body_html,
                            created_at, available_at, attempts, sent_at)
        SELECT 'bench:sent:' || i, 'bench.sent.' || i || '@failnight.test', 'transactional',
               'guest' || i || '@example.org', 'Guest ' || i, 'Your seat at Failure Night: Launch Day', $3,
               '<p>' || $3 || '</p>',
               CASE WHEN i < $4 THEN $5 ELSE $6 END + i, CASE WHEN i < $4 THEN $5 ELSE $6 END + i, 1,
               CASE WHEN i < $4 THEN $5 ELSE $6 END + i + 1000
        FROM n";
    let mut start = from;
    while start < to {
        let end = (start + SEED_CHUNK).min(to);
        let mut tx = db.begin().await?;
        with_tx!(&mut tx, |e| sqlx::query(sql)
            .bind(start)
            .bind(end - 1)
            .bind(BODY)
            .bind(old_until)
            .bind(old.0)
            .bind(recent.0)
            .execute(&mut *e)
            .await
            .map(|_| ()))?;
        tx.commit().await?;
        start = end;
    }
    if let Db::Postgres(pool) = db {
        sqlx::query("VACUUM ANALYZE outbox").execute(pool).await?;
        // A million rows written in seconds leave a gigabyte of WAL and dirty buffers behind,
        // written back by checkpoints for a while after: flushed now, so the claims timed next
        // measure the outbox's size, not the seed's aftermath (an outbox grows a few thousand
        // rows a day).
        sqlx::query("CHECKPOINT").execute(pool).await?;
    }
    Ok(())
}

/// One round: [`DUE`] new emails queued, claimed [`batch`] at a time until none is left (each
/// claim timed into `samples`), and marked sent. Checks every email was claimed exactly once.
pub async fn claim_round(
    db: &Db,
    label: &str,
    round: usize,
    now: Timestamp,
    samples: &mut Samples,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let emails: Vec<NewEmail> = (0..DUE)
        .map(|i| {
            let key = format!("bench:due:{label}:{round}:{i}");
            NewEmail {
                message_id: format!("{}@failnight.test", key.replace(':', ".")),
                idempotency_key: key,
                category: Category::Transactional,
                to_email: format!("due{i}@example.org"),
                to_name: format!("Guest {i}"),
                subject: "Your seat at Failure Night: Launch Day".into(),
                body_text: BODY.into(),
                body_html: format!("<p>{BODY}</p>"),
                invite: None,
                event_id: None,
                unsubscribe_url: None,
                expires_at: None,
                sensitive: false,
            }
        })
        .collect();
    let mut tx = db.begin().await?;
    anyhow::ensure!(outbox::enqueue_many(&mut tx, &emails, now).await? == DUE as u64, "queued");
    tx.commit().await?;
    let mut claimed = 0;
    loop {
        let at = Instant::now();
        let batch = outbox::claim(db, batch(), 30_000, now, &[]).await?;
        samples.micros.push(u32::try_from(at.elapsed().as_micros()).unwrap_or(u32::MAX));
        if batch.is_empty() {
            break;
        }
        claimed += batch.len() as i64;
        let lease = batch[0].lease_token.clone().unwrap_or_default();
        let ids: Vec<i64> = batch.iter().map(|q| q.id).collect();
        anyhow::ensure!(outbox::mark_sent_many(db, &ids, &lease, now).await?.len() == ids.len(), "marked sent");
    }
    anyhow::ensure!(claimed == DUE, "round {round} at {label}: {claimed} of {DUE} emails claimed");
    samples.elapsed += started.elapsed();
    Ok(())
}

/// [`ROUNDS`] rounds of claims on each of `dbs`, the databases in turn (`http::in_turn`); what
/// each measured.
pub async fn claims<const N: usize>(dbs: [(&Db, &str); N], now: Timestamp) -> anyhow::Result<[Measured; N]> {
    let mut samples: [Samples; N] = std::array::from_fn(|_| Samples::default());
    for (round, which) in crate::http::in_turn(ROUNDS, N) {
        let (db, label) = dbs[which];
        claim_round(db, label, round, now, &mut samples[which]).await?;
    }
    let mut measured = Vec::with_capacity(N);
    for ((db, _), claims) in dbs.into_iter().zip(samples) {
        let rows: i64 = with_db!(db, |e| sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(e).await)?;
        measured.push(Measured { rows, claims });
    }
    measured.try_into().map_err(|_| anyhow::anyhow!("one measure a database"))
}

/// Prunes until nothing is left to prune; how many rows and how long.
pub async fn prune(db: &Db, now: Timestamp) -> anyhow::Result<(u64, Duration)> {
    let started = Instant::now();
    let mut total = 0;
    loop {
        let pruned = outbox::prune(db, now).await?;
        total += pruned;
        if pruned < outbox::PRUNE_BATCH as u64 {
            return Ok((total, started.elapsed()));
        }
    }
}
