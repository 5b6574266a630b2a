//! The background jobs as plain async functions: email delivery, reminders, series nights,
//! the ticketing, story, stage and feedback jobs, and pruning the rate limits' counters and
//! the outbox's old emails. Each
//! loop does its work on the injected clock, then sleeps until its next turn or until `stop`
//! changes. Any number of processes may run them against one database: every piece of work is
//! claimed or keyed there, never in memory.

use std::time::Duration;

use failnight_reminders::{Dispatcher, DispatcherOptions, MailTransport, Mailbox};
use tokio::{sync::watch, task::JoinHandle};

use crate::Context;

/// Starts every background job; they end when `stop` changes.
pub fn spawn(
    ctx: &Context,
    transport: MailTransport,
    from: Mailbox,
    stop: watch::Receiver<bool>,
) -> Vec<JoinHandle<()>> {
    let dispatcher = Dispatcher::new(
        ctx.db.clone(),
        transport,
        ctx.clock.clone(),
        from,
        DispatcherOptions {
            grace: ctx.options.mail_grace,
            foreground: Some(ctx.foreground.clone()),
            ..DispatcherOptions::for_db(&ctx.db)
        },
        ctx.mail_wake.clone(),
    );
    vec![
        tokio::spawn(dispatcher.run(stop.clone())),
        tokio::spawn(materialise_series(ctx.clone(), stop.clone())),
        tokio::spawn(queue_reminders(ctx.clone(), stop.clone())),
        tokio::spawn(ticketing_jobs(ctx.clone(), stop.clone())),
        tokio::spawn(story_jobs(ctx.clone(), stop.clone())),
        tokio::spawn(stage_jobs(ctx.clone(), stop.clone())),
        tokio::spawn(conduct_jobs(ctx.clone(), stop.clone())),
        tokio::spawn(feedback_jobs(ctx.clone(), stop.clone())),
        tokio::spawn(deck_jobs(ctx.clone(), stop.clone())),
        tokio::spawn(webhook_jobs(ctx.clone(), stop.clone())),
        tokio::spawn(prune_rate_limits(ctx.clone(), stop.clone())),
        tokio::spawn(prune_outbox(ctx.clone(), stop.clone())),
        tokio::spawn(tidy_lessons_index(ctx.clone(), stop)),
    ]
}

/// Posts the webhooks' due deliveries: at once while a pass finds a full batch, else after a
/// second or when woken (a redelivery); deletes old deliveries every hour. Safe on any number
/// of instances: deliveries are claimed under a lease.
async fn webhook_jobs(ctx: Context, mut stop: watch::Receiver<bool>) {
    let mut pruned: Option<std::time::Instant> = None;
    loop {
        let full = match crate::services::webhooks::run_once(&ctx).await {
            Ok(pass) => pass.claimed as i64 == failnight_webhooks::BATCH,
            Err(error) => {
                tracing::warn!(%error, "webhook deliveries failed; trying again later");
                false
            }
        };
        if pruned.is_none_or(|at| at.elapsed() > Duration::from_secs(3600)) {
            match crate::services::webhooks::prune(&ctx).await {
                Ok(0) => {}
                Ok(deleted) => tracing::info!(deleted, "old webhook deliveries deleted"),
                Err(error) => tracing::warn!(%error, "could not delete old webhook deliveries"),
            }
            pruned = Some(std::time::Instant::now());
        }
        if full && !*stop.borrow() {
            continue;
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = ctx.webhook_wake.notified() => {}
            _ = stop.changed() => return,
        }
    }
}

/// Queues the reminders that are due, every minute (see `reminders::schedule`).
async fn queue_reminders(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        match crate::reminders::enqueue_due(&ctx.db, &ctx.sender, ctx.clock.now(), &ctx.mail_wake).await {
            Ok(0) => {}
            Ok(queued) => tracing::info!(queued, "reminders queued"),
            Err(error) => tracing::warn!(%error, "could not queue reminders; trying again in a minute"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(60)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Expired offers and holds, "still coming?" emails and refunds, every
/// `FAILNIGHT_TICKETING_INTERVAL_SECS`. The work itself reads the injected clock
/// (`services::ticketing::run_jobs`), so tests call it directly after moving a manual clock.
async fn ticketing_jobs(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        match crate::services::ticketing::run_jobs(&ctx).await {
            Ok(run) if run != Default::default() => tracing::info!(?run, "ticketing jobs"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "ticketing jobs failed; trying again later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(ctx.options.ticketing_interval) => {}
            _ = stop.changed() => return,
        }
    }
}

/// The call for stories' time-based work (confirmation reminders, the hosts' alert, deletion
/// after retention), every ten minutes on the injectable clock. Safe on any number of
/// instances: each reminder and alert is claimed once in the database.
async fn story_jobs(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        match crate::services::stories::run_jobs(&ctx).await {
            Ok(report) if report == Default::default() => {}
            Ok(report) => tracing::info!(
                reminded = report.reminded,
                hosts_alerted = report.hosts_alerted,
                deleted = report.deleted,
                "story jobs ran"
            ),
            Err(error) => tracing::warn!(%error, "story jobs failed; trying again later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(600)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Deletes the audience's questions of nights past their chapter's retention, every ten
/// minutes on the injectable clock (`services::stage::run_jobs`).
async fn stage_jobs(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        match crate::services::stage::run_jobs(&ctx).await {
            Ok(0) => {}
            Ok(nights) => tracing::info!(nights, "questions deleted after retention"),
            Err(error) => tracing::warn!(%error, "stage jobs failed; trying again later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(600)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Deletes conduct reports a year after they were made, every hour on the injectable clock
/// (`services::conduct::run_jobs`).
async fn conduct_jobs(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        match crate::services::conduct::run_jobs(&ctx).await {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "conduct reports deleted after a year"),
            Err(error) => tracing::warn!(%error, "conduct jobs failed; trying again later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// The morning after's feedback requests and the deletion of feedback after retention, every
/// five minutes on the injectable clock (`services::feedback::run_jobs`): guests are asked
/// within five minutes of 09:00 local. Safe on any number of instances (a ticket's form is
/// made once in the database).
async fn feedback_jobs(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        match crate::services::feedback::run_jobs(&ctx).await {
            Ok(jobs) if jobs == Default::default() => {}
            Ok(jobs) => tracing::info!(asked = jobs.asked, forgotten = jobs.forgotten, "feedback jobs ran"),
            Err(error) => tracing::warn!(%error, "feedback jobs failed; trying again later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(300)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Renders the PDF decks waiting (`services::slides::run_jobs`): at once when one is
/// uploaded in this process, and every 30 seconds for those uploaded through another, or left
/// by a worker that died.
async fn deck_jobs(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        match crate::services::slides::run_jobs(&ctx).await {
            Ok(0) => {}
            Ok(rendered) => tracing::info!(rendered, "PDF decks handled"),
            Err(error) => tracing::warn!(%error, "PDF deck job failed; trying again later"),
        }
        tokio::select! {
            _ = ctx.deck_wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(30)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Deletes the rate limits' counters whose window is over, every ten minutes: they are keyed
/// by IP and email addresses, kept no longer than they serve (`core::ratelimit::prune`).
async fn prune_rate_limits(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        match failnight_core::ratelimit::prune(&ctx.db, ctx.clock.timestamp()).await {
            Ok(0) => {}
            Ok(pruned) => tracing::debug!(pruned, "rate limit counters deleted"),
            Err(error) => tracing::warn!(%error, "could not delete old rate limit counters; trying again later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(600)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Deletes delivered and failed emails past their retention (`core::outbox::prune`): at
/// start, then every hour, a batch at a time with a pause between batches, so a large backlog
/// never holds the database's writer for long.
async fn prune_outbox(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        let mut total = 0;
        loop {
            match failnight_core::outbox::prune(&ctx.db, ctx.clock.timestamp()).await {
                Ok(pruned) => {
                    total += pruned;
                    if pruned < failnight_core::outbox::PRUNE_BATCH as u64 {
                        break;
                    }
                }
                Err(error) => {
                    tracing::warn!(%error, "could not delete old emails from the outbox; trying again later");
                    break;
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(50)) => {}
                _ = stop.changed() => return,
            }
        }
        if total > 0 {
            tracing::info!(pruned = total, "old emails deleted from the outbox");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Keeps the lessons library's search index in few pieces (`lessons::tidy_index`): at start,
/// then every hour, when it has more than `lessons::TIDY_SEGMENTS`, a step at a time with a
/// pause between steps, so writers never wait long. Safe on any number of processes (each
/// step is a write transaction; a second process finds the work done).
async fn tidy_lessons_index(ctx: Context, mut stop: watch::Receiver<bool>) {
    use failnight_submissions::lessons;
    loop {
        match lessons::index_segments(&ctx.db).await {
            Ok(segments) if segments > lessons::TIDY_SEGMENTS => loop {
                match lessons::tidy_index(&ctx.db, lessons::TIDY_PAGES).await {
                    Ok(true) => {}
                    Ok(false) => {
                        tracing::info!(segments, "the lessons' search index merged into one");
                        break;
                    }
                    Err(error) => {
                        tracing::warn!(%error, "could not merge the lessons' search index; trying again later");
                        break;
                    }
                }
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_millis(50)) => {}
                    _ = stop.changed() => return,
                }
            },
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "could not read the lessons' search index; trying again later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Keeps every series' nights created up to the horizon: at start, then every hour. Safe on
/// any number of instances (each occurrence is unique in the database).
async fn materialise_series(ctx: Context, mut stop: watch::Receiver<bool>) {
    loop {
        match crate::services::materialise_all(&ctx).await {
            Ok(0) => {}
            Ok(created) => tracing::info!(created, "series nights created"),
            Err(error) => tracing::warn!(%error, "could not create series nights; trying again later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
            _ = stop.changed() => return,
        }
    }
}
