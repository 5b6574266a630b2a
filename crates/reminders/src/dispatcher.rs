//! The outbox dispatcher: claims due emails with a lease, delivers them, marks the outcome.
//!
//! Crash safety comes from the lease: a dispatcher that dies after claiming leaves rows whose
//! lease runs out, and any dispatcher (this process or another) claims them again. The lease
//! is short (30 s) because a live dispatcher keeps renewing it for the rows still in flight,
//! so a dead one's emails go out again within half a minute. A crash can send twice only the
//! emails the SMTP server had accepted but whose delivery was not yet recorded: a connection
//! takes its next email only once its last one is marked sent, so that is at most one email per
//! SMTP connection. Transient
//! failures (connection refused, timeouts, 4xx) are retried with exponential backoff and
//! jitter; permanent ones (5xx) are marked failed with the server's answer for hosts to see.
//!
//! Nothing waits forever: each step of a delivery has the transport's timeout, a whole
//! delivery [`DispatcherOptions::send_timeout`], and a shutdown gives the deliveries in flight
//! [`DispatcherOptions::grace`], then releases them to any dispatcher at once instead of
//! leaving them to their lease.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use chrono::{DateTime, Utc};
use failnight_core::{Backend, Clock, Db, Timestamp, foreground::Foreground, outbox, token::random_u32};
use lettre::{
    Message,
    message::{
        Attachment, Mailbox, MultiPart, SinglePart,
        header::{ContentType, HeaderName, HeaderValue},
    },
};
use tokio::{
    sync::{Notify, OwnedSemaphorePermit, Semaphore, watch},
    task::JoinSet,
};

use crate::{MailTransport, compose::header_text};

/// Rows a claim takes by default ([`DispatcherOptions::batch`]).
pub const BATCH: i64 = 64;

#[derive(Debug, Clone)]
pub struct DispatcherOptions {
    /// Rows claimed at once (and sent concurrently).
    pub batch: i64,
    /// How long a claim is exclusive unless renewed. The dispatcher renews the lease of the
    /// rows still in flight every [`renew`](Self::renew), so it only runs out when the
    /// dispatcher died (or lost its database): then any dispatcher claims the rows again.
    pub lease: Duration,
    /// How often the lease of the rows in flight is renewed; a fraction of the lease.
    pub renew: Duration,
    /// How often to look for due rows when nobody rings.
    pub poll: Duration,
    /// Deliveries tried before a transiently failing email is given up.
    pub max_attempts: i64,
    /// How long to let emails gather after a wake-up before claiming them: during a burst of
    /// bookings one claim then takes many emails instead of one per booking (on SQLite every
    /// claim and mark competes with the bookings for the one writer).
    pub gather: Duration,
    /// The longest one delivery may take, connecting included (each step also has the
    /// transport's own timeout): past it the delivery fails as a transient error and is tried
    /// again later. A delivery starts only while its lease, as last renewed, outlasts this, so
    /// it ends before the lease could run out even if renewing stopped. Keep it under the lease
    /// minus one renewal interval, or deliveries wait for a renewal before they start.
    pub send_timeout: Duration,
    /// On shutdown, how long the deliveries in flight may still finish. Those that do not are
    /// cut and released: available at once, without a lease, to any dispatcher.
    pub grace: Duration,
    /// Claimed batches delivered at once while busy (see [`Dispatcher::run`]); at least one.
    pub batches: usize,
    /// The writing requests of this process, to give way to while they are many (see
    /// [`failnight_core::foreground`]); `None` in a process of workers only.
    pub foreground: Option<Foreground>,
    /// The longest a claim waits for a busy process to quiet down: while the rush lasts, a
    /// batch still goes out at least this often.
    pub give_way: Duration,
}

impl Default for DispatcherOptions {
    fn default() -> Self {
        DispatcherOptions {
            batch: BATCH,
            lease: Duration::from_secs(30),
            renew: Duration::from_secs(5),
            poll: Duration::from_secs(1),
            max_attempts: 12,
            gather: Duration::from_millis(20),
            send_timeout: Duration::from_secs(20),
            grace: Duration::from_secs(10),
            batches: 2,
            foreground: None,
            give_way: Duration::from_millis(500),
        }
    }
}

impl DispatcherOptions {
    /// The defaults for this database. On PostgreSQL two batches are delivered at once (a
    /// second claim costs a round trip, and the connections no longer wait at the end of each
    /// batch: reminders +20 %); on SQLite one, as there the claims and marks take the one writer
    /// the bookings need and the deliveries' CPU, not the wait, is the limit (reminders
    /// unchanged with two, a burst of bookings 14 % slower; docs/benchmarks.md).
    pub fn for_db(db: &Db) -> Self {
        let batches = match db.backend() {
            Backend::Postgres => 2,
            Backend::Sqlite => 1,
        };
        DispatcherOptions { batches, ..DispatcherOptions::default() }
    }
}

#[derive(Debug, Clone)]
pub struct Dispatcher {
    db: Db,
    transport: MailTransport,
    clock: Arc<dyn Clock>,
    from: Mailbox,
    options: DispatcherOptions,
    wake: Arc<Notify>,
    /// Turns to deliver, one per connection of the transport: a claimed email becomes a MIME
    /// message only when it can go out, so a claim of many holds that many rows, not that many
    /// built messages. A delivery keeps its turn until it is marked sent, which bounds the
    /// emails a crash can send twice to one per connection.
    turns: Arc<Semaphore>,
}

/// What one pass delivered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pass {
    pub claimed: usize,
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
    /// Deliveries whose lease ran out before their outcome was recorded.
    pub lease_lost: usize,
    /// Deliveries not started: their lease could not be renewed to outlast a delivery (the
    /// database was unreachable, or another dispatcher took the row over).
    pub deferred: usize,
    /// Deliveries cut by a shutdown after the grace, released for any dispatcher.
    pub released: usize,
}

impl Dispatcher {
    pub fn new(
        db: Db,
        transport: MailTransport,
        clock: Arc<dyn Clock>,
        from: Mailbox,
        options: DispatcherOptions,
        wake: Arc<Notify>,
    ) -> Self {
        let turns = Arc::new(Semaphore::new(transport.connections()));
        Dispatcher { db, transport, clock, from, options, wake, turns }
    }

    /// Delivers until `shutdown` turns true. Then it claims nothing more, gives the deliveries
    /// in flight [`grace`](DispatcherOptions::grace) to finish, releases the others (see
    /// [`outbox::release`]) and returns.
    ///
    /// While busy, up to [`batches`](DispatcherOptions::batches) claimed batches are delivered
    /// at once, sharing the connections' turns: the next batch is claimed as soon as a full one
    /// is, so the connections need not wait for the slowest delivery of a batch, its marks and
    /// the next claim. A claim never takes back (nor drops as expired) the rows of a batch still
    /// in flight, even once their lease ran out: the process never competes with itself.
    ///
    /// While the process's writing requests are many ([`foreground`](DispatcherOptions::foreground)
    /// busy: a rush of bookings), each claim first waits for them to quiet down, at most
    /// [`give_way`](DispatcherOptions::give_way).
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let mut batches = JoinSet::new();
        let mut in_flight: HashMap<tokio::task::Id, String> = HashMap::new();
        // Whether the last claim was full: only then is a second batch claimed beside one in
        // flight. Otherwise the next claim waits for the batch, as each claim takes SQLite's
        // one writer from the bookings.
        let mut busy = false;
        // Whether there may be email to claim: after a full claim, a wake-up or a poll.
        let mut due = true;
        loop {
            if *shutdown.borrow() {
                break;
            }
            // Batches already delivered need no more waiting for.
            while let Some(done) = batches.try_join_next_with_id() {
                in_flight.remove(&finished(done));
            }
            let room = batches.is_empty() || busy && batches.len() < self.options.batches;
            if due && room {
                if let Some(foreground) = &self.options.foreground {
                    tokio::select! {
                        () = foreground.quiet_or(self.options.give_way) => {}
                        _ = shutdown.changed() => {}
                    }
                    if *shutdown.borrow() {
                        break;
                    }
                }
                let keep: Vec<&str> = in_flight.values().map(String::as_str).collect();
                busy = match self.claim(&keep).await {
                    Ok((rows, claimed_at)) => {
                        let full = rows.len() as i64 == self.options.batch;
                        if let Some(lease) = rows.first().and_then(|r| r.lease_token.clone()) {
                            let this = self.clone();
                            let stop = stopping(shutdown.clone());
                            let batch = batches.spawn(async move { this.deliver_batch(rows, claimed_at, stop).await });
                            in_flight.insert(batch.id(), lease);
                        }
                        full
                    }
                    Err(error) => {
                        tracing::warn!(%error, "outbox dispatcher could not claim emails");
                        false
                    }
                };
                due = busy;
                if busy && batches.len() < self.options.batches {
                    continue;
                }
            }
            tokio::select! {
                // A batch delivered leaves room for the next claim, if one is due.
                Some(done) = batches.join_next_with_id() => {
                    in_flight.remove(&finished(done));
                }
                _ = self.wake.notified() => {
                    due = true;
                    tokio::select! {
                        _ = tokio::time::sleep(self.options.gather) => {}
                        _ = shutdown.changed() => {}
                    }
                }
                _ = tokio::time::sleep(self.options.poll) => due = true,
                _ = shutdown.changed() => {}
            }
        }
        while batches.join_next().await.is_some() {}
    }

    /// Claims one batch and delivers it.
    pub async fn run_once(&self) -> Result<Pass, sqlx::Error> {
        let (rows, claimed_at) = self.claim(&[]).await?;
        Ok(self.deliver_batch(rows, claimed_at, std::future::pending()).await)
    }

    /// Claims up to a batch of due emails, leased from the moment returned; never rows of the
    /// leases in `keep` (batches still being delivered).
    async fn claim(&self, keep: &[&str]) -> Result<(Vec<outbox::Queued>, Timestamp), sqlx::Error> {
        let claimed_at = self.clock.timestamp();
        let rows = outbox::claim(&self.db, self.options.batch, self.lease_millis(), claimed_at, keep).await?;
        Ok((rows, claimed_at))
    }

    fn lease_millis(&self) -> i64 {
        i64::try_from(self.options.lease.as_millis()).unwrap_or(i64::MAX)
    }

    /// Delivers a claimed batch; once `stop` resolves, what is still in flight after the grace
    /// is cut and released.
    async fn deliver_batch(
        &self,
        rows: Vec<outbox::Queued>,
        claimed_at: Timestamp,
        stop: impl Future<Output = ()>,
    ) -> Pass {
        let lease_millis = self.lease_millis();
        let mut pass = Pass { claimed: rows.len(), ..Pass::default() };
        if rows.is_empty() {
            return pass;
        }
        let lease = rows.first().and_then(|r| r.lease_token.clone()).unwrap_or_default();
        let leases: Leases =
            Arc::new(Mutex::new(rows.iter().map(|r| (r.id, claimed_at.plus_millis(lease_millis))).collect()));
        // Renewing stops with the pass (the guard aborts it), or once nothing is left in flight.
        let _renewing =
            AbortOnDrop(tokio::spawn(self.clone().keep_leased(lease.clone(), leases.clone())).abort_handle());
        let mut sending = JoinSet::new();
        let mut rows_by_task = HashMap::new();
        for row in rows {
            let claimed = (row.id, row.lease_token.clone().unwrap_or_default(), row.idempotency_key.clone());
            let this = self.clone();
            let leases = leases.clone();
            let task = sending.spawn(async move { this.deliver(row, &leases).await });
            rows_by_task.insert(task.id(), claimed);
        }
        // Deliveries accepted by the SMTP server are marked sent together: whatever finished
        // by the time the last mark was written, in one statement (still only under this
        // claim's lease), so a burst costs one write per group instead of one per email. Each
        // keeps its connection's turn until then.
        let mut delivered: Vec<(i64, OwnedSemaphorePermit)> = Vec::new();
        let grace = self.options.grace;
        let cut = async move {
            stop.await;
            tokio::time::sleep(grace).await;
        };
        tokio::pin!(cut);
        let (mut cutting, mut released) = (false, Vec::new());
        loop {
            let outcome = match sending.try_join_next_with_id() {
                Some(outcome) => outcome,
                None if !delivered.is_empty() => {
                    self.mark_delivered(std::mem::take(&mut delivered), &lease, &leases, &mut pass).await;
                    continue;
                }
                None if cutting => match sending.join_next_with_id().await {
                    Some(outcome) => outcome,
                    None => break,
                },
                None => tokio::select! {
                    next = sending.join_next_with_id() => match next {
                        Some(outcome) => outcome,
                        None => break,
                    },
                    () = &mut cut => {
                        tracing::warn!(in_flight = sending.len(), "shutting down: the emails still being delivered are released for another dispatcher");
                        sending.abort_all();
                        cutting = true;
                        continue;
                    }
                },
            };
            // A row leaves the renewals once its outcome is written (a delivered one: once marked).
            let (task, delivered_now) = match &outcome {
                Ok((id, result)) => (*id, matches!(result, Ok(Outcome::Delivered(_)))),
                Err(error) => (error.id(), false),
            };
            if let Some((row_id, _, _)) = rows_by_task.get(&task).filter(|_| !delivered_now) {
                leases.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).remove(row_id);
            }
            match outcome {
                Ok((id, Ok(Outcome::Delivered(turn)))) => match rows_by_task.get(&id) {
                    Some((row_id, _, _)) => delivered.push((*row_id, turn)),
                    None => pass.lease_lost += 1,
                },
                Ok((_, Ok(Outcome::Retry))) => pass.retried += 1,
                Ok((_, Ok(Outcome::Failed))) => pass.failed += 1,
                Ok((_, Ok(Outcome::LeaseLost))) => pass.lease_lost += 1,
                Ok((_, Ok(Outcome::Deferred))) => pass.deferred += 1,
                Ok((_, Err(error))) => {
                    tracing::warn!(%error, "could not record an email's delivery; its lease will expire and it is tried again")
                }
                Err(error) if error.is_cancelled() => {
                    if let Some((id, _, _)) = rows_by_task.get(&error.id()) {
                        released.push(*id);
                    }
                }
                Err(error) => {
                    // A panic would strike again on every retry: give the email up, with the reason.
                    tracing::error!(%error, "email delivery task panicked");
                    if let Some((id, lease, key)) = rows_by_task.get(&error.id()).filter(|_| error.is_panic()) {
                        let reason = format!("delivery failed unexpectedly: {error}");
                        match outbox::mark_failed(&self.db, *id, lease, self.clock.timestamp(), &reason).await {
                            Ok(_) => pass.failed += 1,
                            Err(error) => tracing::warn!(%error, %key, "could not mark a panicked delivery failed"),
                        }
                    }
                }
            }
        }
        if !released.is_empty() {
            match outbox::release(&self.db, &released, &lease, self.clock.timestamp()).await {
                Ok(ids) => pass.released += ids.len(),
                Err(error) => tracing::warn!(
                    %error,
                    emails = released.len(),
                    "could not release the deliveries cut by the shutdown; their lease will expire"
                ),
            }
        }
        pass
    }

    /// Renews the lease of the claim's rows still in flight every
    /// [`renew`](DispatcherOptions::renew), until none is left. A row the renewal did not extend (its lease ran out and another
    /// dispatcher may own it) leaves `leases`, so its delivery does not start.
    async fn keep_leased(self, lease: String, leases: Leases) {
        let lease_millis = self.lease_millis();
        loop {
            tokio::time::sleep(self.options.renew).await;
            let ids: Vec<i64> =
                leases.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).keys().copied().collect();
            if ids.is_empty() {
                return;
            }
            let now = self.clock.timestamp();
            let until = now.plus_millis(lease_millis);
            match outbox::renew(&self.db, &ids, &lease, until, now).await {
                Ok(renewed) => {
                    let mut leases = leases.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                    for id in &ids {
                        leases.remove(id);
                    }
                    leases.extend(renewed.into_iter().map(|id| (id, until)));
                }
                Err(error) => tracing::warn!(%error, "could not renew the lease of emails being delivered"),
            }
        }
    }

    /// Marks the delivered rows sent (see `pass`), then stops renewing them and gives their
    /// connections' turns back; a row whose lease was lost meanwhile belongs to another
    /// dispatcher now and counts as such.
    async fn mark_delivered(
        &self,
        delivered: Vec<(i64, OwnedSemaphorePermit)>,
        lease: &str,
        leases: &Leases,
        pass: &mut Pass,
    ) {
        let ids: Vec<i64> = delivered.iter().map(|(id, _)| *id).collect();
        match outbox::mark_sent_many(&self.db, &ids, lease, self.clock.timestamp()).await {
            Ok(marked) => {
                pass.sent += marked.len();
                pass.lease_lost += ids.len() - marked.len();
                if marked.len() < ids.len() {
                    tracing::warn!(
                        lost = ids.len() - marked.len(),
                        "lease lost before the outcome was recorded; another dispatcher owns the email now"
                    );
                }
            }
            Err(error) => tracing::warn!(
                %error,
                emails = ids.len(),
                "could not record deliveries; their lease will expire and they are tried again"
            ),
        }
        let mut leases = leases.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        for id in &ids {
            leases.remove(id);
        }
    }

    async fn deliver(&self, row: outbox::Queued, leases: &Leases) -> Result<Outcome, sqlx::Error> {
        let lease = row.lease_token.clone().unwrap_or_default();
        if row.attempts > self.options.max_attempts {
            // Claimed again after its lease ran out, more often than a delivery may be tried:
            // something (a crash, a hang) stops every attempt. Give up instead of looping.
            let reason = format!("gave up after {} attempts that never finished", row.attempts - 1);
            tracing::error!(id = row.id, key = %row.idempotency_key, %reason, "email marked failed");
            let marked = outbox::mark_failed(&self.db, row.id, &lease, self.clock.timestamp(), &reason).await?;
            return Ok(lease_checked(marked, &row, Outcome::Failed));
        }
        let turn = self.turns.clone().acquire_owned().await.expect("the dispatcher never closes its turns");
        let send_timeout = i64::try_from(self.options.send_timeout.as_millis()).unwrap_or(i64::MAX);
        let lease_lasts = leases.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).get(&row.id).copied();
        if lease_lasts.is_none_or(|until| self.clock.timestamp().plus_millis(send_timeout) > until) {
            tracing::warn!(id = row.id, key = %row.idempotency_key, "the email's lease could not be renewed to outlast a delivery; it waits for the lease to run out");
            return Ok(Outcome::Deferred);
        }
        let message = match build_message(&self.from, &row, self.clock.now()) {
            Ok(message) => message,
            Err(reason) => {
                drop(turn);
                tracing::error!(id = row.id, key = %row.idempotency_key, %reason, "email cannot be built; marked failed");
                let marked = outbox::mark_failed(&self.db, row.id, &lease, self.clock.timestamp(), &reason).await?;
                return Ok(lease_checked(marked, &row, Outcome::Failed));
            }
        };
        let sent = match tokio::time::timeout(self.options.send_timeout, self.transport.send(message)).await {
            Ok(sent) => sent,
            Err(_) => Err(crate::TransportError {
                permanent: false,
                message: format!(
                    "the SMTP server did not take the email within {} s",
                    self.options.send_timeout.as_secs_f64()
                ),
            }),
        };
        match sent {
            // Marked by `pass`, together with the deliveries that finish alongside; the turn
            // comes back then.
            Ok(()) => Ok(Outcome::Delivered(turn)),
            Err(error) if error.permanent || row.attempts >= self.options.max_attempts => {
                drop(turn);
                tracing::warn!(id = row.id, key = %row.idempotency_key, attempts = row.attempts, error = %error.message, "email failed for good");
                let marked =
                    outbox::mark_failed(&self.db, row.id, &lease, self.clock.timestamp(), &error.message).await?;
                Ok(lease_checked(marked, &row, Outcome::Failed))
            }
            Err(error) => {
                drop(turn);
                let retry_at = self.clock.timestamp().plus_millis(backoff_millis(row.attempts));
                tracing::info!(id = row.id, key = %row.idempotency_key, attempts = row.attempts, error = %error.message, "email delivery failed; will retry");
                let marked = outbox::mark_retry(&self.db, row.id, &lease, retry_at, &error.message).await?;
                Ok(lease_checked(marked, &row, Outcome::Retry))
            }
        }
    }
}

/// The outcome of a delivery whose mark did not apply is that of the dispatcher that took the
/// row over after this lease ran out (it may send the email a second time: the delivery took
/// longer than the lease).
fn lease_checked(marked: bool, row: &outbox::Queued, outcome: Outcome) -> Outcome {
    if marked {
        outcome
    } else {
        tracing::warn!(id = row.id, key = %row.idempotency_key, "lease lost before the outcome was recorded; another dispatcher owns the email now");
        Outcome::LeaseLost
    }
}

/// The rows of one claim still in flight, each with the end of its lease as last written.
type Leases = Arc<Mutex<HashMap<i64, Timestamp>>>;

/// The task a finished batch ran in, whatever its end; a batch that panicked is logged (its
/// rows' leases run out and any dispatcher claims them again).
fn finished(done: Result<(tokio::task::Id, Pass), tokio::task::JoinError>) -> tokio::task::Id {
    match done {
        Ok((id, _)) => id,
        Err(error) => {
            if error.is_panic() {
                tracing::error!(%error, "a batch of emails being delivered panicked; its emails wait for their lease to run out");
            }
            error.id()
        }
    }
}

/// Resolves once `shutdown` turns true; never, if nobody can ask any more (then every delivery
/// runs to its end).
async fn stopping(mut shutdown: watch::Receiver<bool>) {
    if shutdown.wait_for(|stop| *stop).await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// Aborts a task when dropped.
struct AbortOnDrop(tokio::task::AbortHandle);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

enum Outcome {
    /// Accepted by the SMTP server, not yet marked sent; holds the connection's turn until then.
    Delivered(OwnedSemaphorePermit),
    Retry,
    Failed,
    LeaseLost,
    /// Not started (see `deliver`): left to its lease.
    Deferred,
}

/// 30 s doubled per attempt, at most an hour, with ±20 % jitter so a fleet of retries spreads.
pub fn backoff_millis(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 16)).unwrap_or(16);
    let base = (30_000i64 << exponent).min(3_600_000);
    let jitter = (i64::from(random_u32() % 401) - 200) * base / 1000; // within ±20 %
    base + jitter
}

/// Turns an outbox row into a MIME message: multipart/alternative (text, HTML and, for invites,
/// `text/calendar; method=…`), wrapped in multipart/mixed with `invite.ics` attached; optional
/// mail carries `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058 one-click).
///
/// Nothing in a row can add a header: names and subjects are put on one line (control
/// characters become spaces) and encoded by lettre, the recipient must parse as one
/// address, and the Message-ID and unsubscribe URL are checked to be one plain token each. A
/// row that fails these checks is an `Err` (the dispatcher marks it failed, never sends it).
pub fn build_message(from: &Mailbox, row: &outbox::Queued, now: DateTime<Utc>) -> Result<Message, String> {
    let address = row.to_email.parse().map_err(|e| format!("invalid recipient address: {e}"))?;
    let message_id = &row.message_id;
    if !is_header_token(message_id) || message_id.matches('@').count() != 1 {
        return Err(format!("invalid Message-ID {message_id:?}"));
    }
    // Compose already writes names and subjects on one line; a row can come from elsewhere,
    // and lettre panics while formatting a display name with a line break in it.
    let name = Some(header_text(&row.to_name)).filter(|n| !n.is_empty());
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(row.body_text.clone()))
        .singlepart(SinglePart::html(row.body_html.clone()));
    let mut builder = Message::builder()
        .from(from.clone())
        .to(Mailbox::new(name, address))
        .subject(header_text(&row.subject))
        .message_id(Some(format!("<{message_id}>")))
        .date(now.into());
    if let Some(url) = &row.unsubscribe_url {
        let scheme_ok = ["https://", "http://", "mailto:"].iter().any(|s| url.starts_with(s));
        if !scheme_ok || !is_header_token(url) {
            return Err(format!("invalid unsubscribe URL {url:?}"));
        }
        builder = builder
            .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{url}>")))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_string(),
            ));
    }
    let message = match (&row.ics_method, &row.ics) {
        (Some(method), Some(ics)) => {
            if !method.chars().all(|c| c.is_ascii_alphabetic()) {
                return Err(format!("invalid calendar method {method:?}"));
            }
            let calendar = ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                .map_err(|e| e.to_string())?;
            let attachment = ContentType::parse("application/ics").map_err(|e| e.to_string())?;
            builder.multipart(
                MultiPart::mixed()
                    .multipart(alternative.singlepart(SinglePart::builder().header(calendar).body(ics.clone())))
                    .singlepart(Attachment::new("invite.ics".to_string()).body(ics.clone(), attachment)),
            )
        }
        _ => builder.multipart(alternative),
    };
    message.map_err(|e| e.to_string())
}

/// Printable ASCII without spaces, angle brackets or commas: safe inside `<…>` in a header.
fn is_header_token(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b',' | b'"' | b'\\'))
}

#[cfg(test)]
mod tests {
    use mail_parser::{HeaderValue as Parsed, MessageParser};

    use super::*;

    fn row() -> outbox::Queued {
        outbox::Queued {
            id: 1,
            idempotency_key: "test:1".into(),
            message_id: "abc123@failnight.test".into(),
            to_email: "ada@example.org".into(),
            to_name: "Ada Lovelace".into(),
            subject: "You're in".into(),
            body_text: "See you there.".into(),
            body_html: "<p>See you there.</p>".into(),
            ics_method: None,
            ics: None,
            unsubscribe_url: None,
            attempts: 1,
            lease_token: Some("lease".into()),
        }
    }

    fn from() -> Mailbox {
        "failnight <nights@failnight.test>".parse().unwrap()
    }

    fn built(row: &outbox::Queued) -> Vec<u8> {
        build_message(&from(), row, Utc::now()).expect("the message builds").formatted()
    }

    /// The names of the top-level header lines, as a receiving parser sees them.
    fn header_names(raw: &[u8]) -> Vec<String> {
        let message = MessageParser::default().parse(raw).unwrap();
        message.headers().iter().map(|h| h.name().to_ascii_lowercase()).collect()
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        for attempts in 1..20 {
            let ms = backoff_millis(attempts);
            let base = (30_000i64 << (attempts - 1).min(16)).min(3_600_000);
            assert!(ms >= base * 8 / 10 && ms <= base * 12 / 10, "{attempts}: {ms}");
        }
    }

    #[test]
    fn transactional_mail_has_a_text_part_and_no_unsubscribe_headers() {
        let raw = built(&row());
        let message = MessageParser::default().parse(&raw).unwrap();
        assert_eq!(message.body_text(0).unwrap().trim(), "See you there.");
        assert_eq!(message.message_id(), Some("abc123@failnight.test"));
        let names = header_names(&raw);
        assert!(!names.iter().any(|n| n.starts_with("list-unsubscribe")), "{names:?}");
    }

    #[test]
    fn optional_mail_carries_one_click_unsubscribe() {
        let mut row = row();
        row.unsubscribe_url = Some("https://failnight.test/u/tok3n?x=1".into());
        let raw = built(&row);
        let message = MessageParser::default().parse(&raw).unwrap();
        let header = |name: &str| match message.header(name) {
            Some(Parsed::Text(text)) => text.to_string(),
            Some(Parsed::Address(address)) => address.first().and_then(|a| a.address()).unwrap_or_default().to_string(),
            other => panic!("{name}: {other:?}"),
        };
        assert!(header("List-Unsubscribe").contains("https://failnight.test/u/tok3n?x=1"));
        let text = String::from_utf8_lossy(&raw);
        assert!(text.contains("List-Unsubscribe: <https://failnight.test/u/tok3n?x=1>\r\n"), "{text}");
        assert!(text.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), "{text}");
    }

    #[test]
    fn unsafe_unsubscribe_urls_and_message_ids_are_refused() {
        for url in ["https://x.test/u\r\nBcc: evil@example.org", "javascript:alert(1)", "https://x.test/a>, <b", ""] {
            let mut row = row();
            row.unsubscribe_url = Some(url.into());
            assert!(build_message(&from(), &row, Utc::now()).is_err(), "{url:?}");
        }
        for id in ["a@b\r\nBcc: evil@example.org", "no-at-sign", "a@b@c", "<a@b>"] {
            let mut row = row();
            row.message_id = id.into();
            assert!(build_message(&from(), &row, Utc::now()).is_err(), "{id:?}");
        }
        let mut row = row();
        row.to_email = "ada@example.org\r\nBcc: evil@example.org".into();
        assert!(build_message(&from(), &row, Utc::now()).is_err());
    }

    #[test]
    fn names_and_subjects_cannot_inject_headers() {
        let mut row = row();
        row.to_name = "Eve\r\nBcc: evil@example.org\r\n, \"Mallory\" <mallory@example.org>".into();
        row.subject = "Hi\r\nBcc: evil@example.org\nX-Injected: yes\r\n\r\nbody".into();
        let raw = built(&row);
        let names = header_names(&raw);
        for forbidden in ["bcc", "x-injected", "cc"] {
            assert!(!names.iter().any(|n| n == forbidden), "{forbidden} in {names:?}");
        }
        let message = MessageParser::default().parse(&raw).unwrap();
        let to: Vec<_> = message.to().unwrap().iter().map(|a| a.address().unwrap().to_string()).collect();
        assert_eq!(to, ["ada@example.org"]);
        assert!(message.subject().unwrap().starts_with("Hi"));
    }
}
