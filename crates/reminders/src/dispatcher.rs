//! The outbox dispatcher: claims due emails with a lease, delivers them, marks the outcome.
//!
//! Crash safety comes from the lease: a dispatcher that dies after claiming leaves rows whose
//! lease runs out, and any dispatcher (this process or another) claims them again. Transient
//! failures (connection refused, timeouts, 4xx) are retried with exponential backoff and
//! jitter; permanent ones (5xx) are marked failed with the server's answer for hosts to see.

use std::{sync::Arc, time::Duration};

use chrono::{DateTime, Utc};
use failnight_core::{Clock, Db, outbox, token::random_u32};
use lettre::{
    Message,
    message::{Attachment, Mailbox, MultiPart, SinglePart, header::ContentType},
};
use tokio::{
    sync::{Notify, watch},
    task::JoinSet,
};

use crate::MailTransport;

#[derive(Debug, Clone)]
pub struct DispatcherOptions {
    /// Rows claimed at once (and sent concurrently).
    pub batch: i64,
    /// How long a claim is exclusive; longer than the slowest SMTP delivery.
    pub lease: Duration,
    /// How often to look for due rows when nobody rings.
    pub poll: Duration,
    /// Deliveries tried before a transiently failing email is given up.
    pub max_attempts: i64,
}

impl Default for DispatcherOptions {
    fn default() -> Self {
        DispatcherOptions { batch: 32, lease: Duration::from_secs(120), poll: Duration::from_secs(1), max_attempts: 12 }
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
}

/// What one pass delivered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pass {
    pub claimed: usize,
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
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
        Dispatcher { db, transport, clock, from, options, wake }
    }

    /// Delivers until `shutdown` turns true, then returns after finishing the current batch.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        loop {
            if *shutdown.borrow() {
                return;
            }
            let busy = match self.run_once().await {
                Ok(pass) => pass.claimed as i64 == self.options.batch,
                Err(error) => {
                    tracing::warn!(%error, "outbox dispatcher could not claim emails");
                    false
                }
            };
            if busy {
                continue;
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(self.options.poll) => {}
                _ = shutdown.changed() => {}
            }
        }
    }

    /// Claims one batch and delivers it.
    pub async fn run_once(&self) -> Result<Pass, sqlx::Error> {
        let lease_millis = i64::try_from(self.options.lease.as_millis()).unwrap_or(i64::MAX);
        let rows = outbox::claim(&self.db, self.options.batch, lease_millis, self.clock.timestamp()).await?;
        let mut pass = Pass { claimed: rows.len(), ..Pass::default() };
        let mut sending = JoinSet::new();
        for row in rows {
            let this = self.clone();
            sending.spawn(async move { this.deliver(row).await });
        }
        while let Some(outcome) = sending.join_next().await {
            match outcome {
                Ok(Ok(Outcome::Sent)) => pass.sent += 1,
                Ok(Ok(Outcome::Retry)) => pass.retried += 1,
                Ok(Ok(Outcome::Failed)) => pass.failed += 1,
                Ok(Err(error)) => {
                    tracing::warn!(%error, "could not record an email's delivery; its lease will expire and it is tried again")
                }
                Err(error) => tracing::error!(%error, "email delivery task panicked"),
            }
        }
        Ok(pass)
    }

    async fn deliver(&self, row: outbox::Queued) -> Result<Outcome, sqlx::Error> {
        let lease = row.lease_token.clone().unwrap_or_default();
        let message = match build_message(&self.from, &row, self.clock.now()) {
            Ok(message) => message,
            Err(reason) => {
                tracing::error!(id = row.id, key = %row.idempotency_key, %reason, "email cannot be built; marked failed");
                outbox::mark_failed(&self.db, row.id, &lease, self.clock.timestamp(), &reason).await?;
                return Ok(Outcome::Failed);
            }
        };
        match self.transport.send(message).await {
            Ok(()) => {
                outbox::mark_sent(&self.db, row.id, &lease, self.clock.timestamp()).await?;
                Ok(Outcome::Sent)
            }
            Err(error) if error.permanent || row.attempts >= self.options.max_attempts => {
                tracing::warn!(id = row.id, key = %row.idempotency_key, attempts = row.attempts, error = %error.message, "email failed for good");
                outbox::mark_failed(&self.db, row.id, &lease, self.clock.timestamp(), &error.message).await?;
                Ok(Outcome::Failed)
            }
            Err(error) => {
                let retry_at = self.clock.timestamp().plus_millis(backoff_millis(row.attempts));
                tracing::info!(id = row.id, key = %row.idempotency_key, attempts = row.attempts, error = %error.message, "email delivery failed; will retry");
                outbox::mark_retry(&self.db, row.id, &lease, retry_at, &error.message).await?;
                Ok(Outcome::Retry)
            }
        }
    }
}

enum Outcome {
    Sent,
    Retry,
    Failed,
}

/// 30 s doubled per attempt, at most an hour, with ±20 % jitter so a fleet of retries spreads.
pub fn backoff_millis(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 16)).unwrap_or(16);
    let base = (30_000i64 << exponent).min(3_600_000);
    let jitter = (i64::from(random_u32() % 401) - 200) * base / 1000; // within ±20 %
    base + jitter
}

/// Turns an outbox row into a MIME message: multipart/alternative (text, HTML and, for invites,
/// `text/calendar; method=…`), wrapped in multipart/mixed with `invite.ics` attached.
pub fn build_message(from: &Mailbox, row: &outbox::Queued, now: DateTime<Utc>) -> Result<Message, String> {
    let address = row.to_email.parse().map_err(|e| format!("invalid recipient address: {e}"))?;
    let name = Some(row.to_name.clone()).filter(|n| !n.is_empty());
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(row.body_text.clone()))
        .singlepart(SinglePart::html(row.body_html.clone()));
    let builder = Message::builder()
        .from(from.clone())
        .to(Mailbox::new(name, address))
        .subject(row.subject.clone())
        .message_id(Some(format!("<{}>", row.message_id)))
        .date(now.into());
    let message = match (&row.ics_method, &row.ics) {
        (Some(method), Some(ics)) => {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        for attempts in 1..20 {
            let ms = backoff_millis(attempts);
            let base = (30_000i64 << (attempts - 1).min(16)).min(3_600_000);
            assert!(ms >= base * 8 / 10 && ms <= base * 12 / 10, "{attempts}: {ms}");
        }
    }
}
