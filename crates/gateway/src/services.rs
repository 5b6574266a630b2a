//! Use cases that span domain crates, each one transaction: the gateway's HTTP handlers and
//! the CLI call these, never the tables.

use failnight_core::{Timestamp, outbox};
use failnight_reminders::compose;
use failnight_scheduling::{
    Chapter, EventDetails,
    chapters::{self, NewChapter},
    events::{self, NewEvent},
};
use failnight_ticketing::rsvps::{self, NewRsvp, RsvpOutcome};

use crate::{
    AppState,
    auth::{self, Role},
    error::AppError,
};

/// Creates a night and its seat counter.
pub async fn create_event(state: &AppState, chapter: &Chapter, new: &NewEvent) -> Result<EventDetails, AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let event = events::create(&mut tx, chapter, new, state.sender.domain(), now).await?;
    rsvps::open_event(&mut tx, event.id).await?;
    tx.commit().await?;
    tracing::info!(event = event.id, chapter = %chapter.slug, "night created");
    Ok(event)
}

/// Books a seat (or a waitlist place) and queues the email about it, in one transaction.
pub async fn rsvp(state: &AppState, event_id: i64, new: &NewRsvp) -> Result<RsvpOutcome, AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let outcome = rsvps::rsvp(&mut tx, event_id, new, now).await?;
    if outcome.created {
        let event = events::get_tx(&mut tx, event_id).await?.ok_or(AppError::NotFound("No such night."))?;
        let email = compose::rsvp_email(&state.sender, &event, &outcome.rsvp, outcome.waitlist_position, now);
        outbox::enqueue(&mut tx, &email, Timestamp::from_utc(now)).await?;
    }
    tx.commit().await?;
    if outcome.created {
        state.mail_wake.notify_one();
    }
    Ok(outcome)
}

/// Creates a chapter (CLI and, later, platform admins).
pub async fn create_chapter(state: &AppState, new: &NewChapter) -> Result<Chapter, AppError> {
    let mut tx = state.db.begin().await?;
    let chapter = chapters::create(&mut tx, new, state.clock.timestamp()).await?;
    tx.commit().await?;
    Ok(chapter)
}

/// Adds a host to a chapter and returns a new API token for them.
pub async fn add_host(
    state: &AppState,
    chapter_slug: &str,
    email: &str,
    role: Role,
    token_name: &str,
) -> Result<String, AppError> {
    let now = state.clock.timestamp();
    let mut tx = state.db.begin().await?;
    let chapter = chapters::by_slug_tx(&mut tx, chapter_slug).await?.ok_or(AppError::NotFound("No such chapter."))?;
    let host_id = auth::add_host(&mut tx, chapter.id, email, role, now).await?;
    let token = auth::create_token(&mut tx, host_id, token_name, now).await?;
    tx.commit().await?;
    Ok(token)
}
