//! Use cases that span domain crates, each one transaction: the gateway's HTTP handlers and
//! the CLI call these, never the tables.

pub mod ticketing;

use chrono::{DateTime, Utc};
use failnight_core::{Timestamp, Tx, outbox};
use failnight_reminders::compose;
use failnight_scheduling::{
    Chapter, EventDetails, EventStatus,
    chapters::{self, NewChapter},
    events::{self, EventPatch, NewEvent},
    series::{self, Series, SeriesInput},
    venues::{self, Venue, VenueInput},
};
use failnight_ticketing::{
    RsvpStatus,
    rsvps::{self, NewRsvp, RsvpOutcome},
    seats, waitlist,
};

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

/// Commits `tx` and, when it queued email, rings the dispatcher.
pub(crate) async fn commit(state: &AppState, tx: Tx, queued_email: bool) -> Result<(), AppError> {
    tx.commit().await?;
    if queued_email {
        state.mail_wake.notify_one();
    }
    Ok(())
}

/// Who hears of a night's changes: everyone with a seat, an offer, a hold or a place in a queue.
const GUESTS: &[RsvpStatus] = &[
    RsvpStatus::Confirmed,
    RsvpStatus::CheckedIn,
    RsvpStatus::Waitlisted,
    RsvpStatus::Offered,
    RsvpStatus::Held,
    RsvpStatus::Pending,
];

/// Tells the guests (confirmed and waitlisted) of a night that it moved or changed venue:
/// one email each per SEQUENCE. Returns how many were queued.
async fn tell_rescheduled(
    state: &AppState,
    tx: &mut Tx,
    event: &EventDetails,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    if event.status() != EventStatus::Published {
        return Ok(0);
    }
    let mut queued = 0;
    for rsvp in rsvps::with_status_tx(tx, event.id, GUESTS).await? {
        let email = compose::event_update_email(&state.sender, event, &rsvp, now);
        queued += usize::from(outbox::enqueue(tx, &email, Timestamp::from_utc(now)).await?);
    }
    Ok(queued)
}

/// Tells the guests of a cancelled night: a `METHOD:CANCEL` for those with a seat.
async fn tell_cancelled(
    state: &AppState,
    tx: &mut Tx,
    event: &EventDetails,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let mut queued = 0;
    for rsvp in rsvps::with_status_tx(tx, event.id, GUESTS).await? {
        let email = compose::event_cancel_email(&state.sender, event, &rsvp, now);
        queued += usize::from(outbox::enqueue(tx, &email, Timestamp::from_utc(now)).await?);
    }
    Ok(queued)
}

/// After a night's capacity changed: its seat counter follows (refused below the seats in use)
/// and freed seats go to the waitlist through the same path as cancelled ones.
async fn resize_seats(
    state: &AppState,
    tx: &mut Tx,
    event: &EventDetails,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    if !seats::set_capacity(tx, event.id, event.capacity).await? {
        return Err(AppError::Invalid({
            let mut errors = failnight_core::FieldErrors::new();
            errors
                .add("capacity", "More seats are taken, held or offered than this; the capacity cannot go below that.");
            errors
        }));
    }
    let promotions = waitlist::fill(tx, event.id, now).await?;
    ticketing::tell_promotions(state, tx, event, &promotions, now).await
}

/// What a host action did, for the API's answer.
#[derive(Debug, Clone)]
pub struct Changed {
    pub event: EventDetails,
    /// Emails queued to guests because of this change.
    pub notified: usize,
}

/// Edits one night (detaching it from its series). Guests are told of a new time or venue;
/// a larger capacity seats people from the waitlist.
pub async fn update_event(state: &AppState, event_id: i64, patch: &EventPatch) -> Result<Changed, AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let event = events::get_tx(&mut tx, event_id).await?.ok_or(AppError::NotFound("No such night."))?;
    seats::lock(&mut tx, event.id).await?;
    let taken = rsvps::seats_taken_tx(&mut tx, event.id).await?;
    let updated = events::update(&mut tx, &event, patch, taken, true, now).await?;
    let mut notified = 0;
    if updated.rescheduled {
        notified += tell_rescheduled(state, &mut tx, &updated.event, now).await?;
    }
    if updated.event.capacity != event.capacity {
        notified += resize_seats(state, &mut tx, &updated.event, now).await?;
    }
    commit(state, tx, notified > 0).await?;
    Ok(Changed { event: updated.event, notified })
}

pub async fn publish_event(state: &AppState, event_id: i64) -> Result<EventDetails, AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let event = events::get_tx(&mut tx, event_id).await?.ok_or(AppError::NotFound("No such night."))?;
    let event = events::publish(&mut tx, &event, now).await?;
    tx.commit().await?;
    Ok(event)
}

pub async fn cancel_event(state: &AppState, event_id: i64) -> Result<Changed, AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let event = events::get_tx(&mut tx, event_id).await?.ok_or(AppError::NotFound("No such night."))?;
    let event = events::cancel(&mut tx, &event, now).await?;
    let notified = tell_cancelled(state, &mut tx, &event, now).await?;
    let refunds = ticketing::refund_night(state, &mut tx, &event, now).await?;
    commit(state, tx, notified > 0).await?;
    if refunds > 0 {
        ticketing::send_refunds(state).await;
    }
    tracing::info!(event = event.id, notified, "night cancelled");
    Ok(Changed { event, notified })
}

pub async fn create_venue(state: &AppState, chapter: &Chapter, input: &VenueInput) -> Result<Venue, AppError> {
    let mut tx = state.db.begin().await?;
    let venue = venues::create(&mut tx, chapter.id, input, state.clock.timestamp()).await?;
    tx.commit().await?;
    Ok(venue)
}

/// Updates a venue; when its name or address changed, the guests of its coming nights are told.
pub async fn update_venue(state: &AppState, venue: &Venue, input: &VenueInput) -> Result<(Venue, usize), AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let updated = venues::update(&mut tx, venue, input, Timestamp::from_utc(now)).await?;
    let mut notified = 0;
    if updated.name != venue.name || updated.address != venue.address {
        for event in events::venue_changed(&mut tx, venue.id, now).await? {
            notified += tell_rescheduled(state, &mut tx, &event, now).await?;
        }
    }
    commit(state, tx, notified > 0).await?;
    Ok((updated, notified))
}

/// Creates a series and its nights up to the horizon.
pub async fn create_series(
    state: &AppState,
    chapter: &Chapter,
    input: &SeriesInput,
) -> Result<(Series, Vec<i64>), AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let series = series::create(&mut tx, chapter, input, now).await?;
    let created = materialise_in(state, &mut tx, chapter, &series, now).await?;
    tx.commit().await?;
    Ok((series, created))
}

async fn materialise_in(
    state: &AppState,
    tx: &mut Tx,
    chapter: &Chapter,
    series: &Series,
    now: DateTime<Utc>,
) -> Result<Vec<i64>, AppError> {
    let created =
        series::materialise(tx, chapter, series, now + state.series_horizon, state.sender.domain(), now).await?;
    for id in &created {
        rsvps::open_event(tx, *id).await?;
    }
    Ok(created)
}

/// Updates a series and its coming nights that were not edited on their own; their guests are
/// told of a new time or venue. New occurrences the rule now produces are created.
pub async fn update_series(
    state: &AppState,
    chapter: &Chapter,
    current: &Series,
    input: &SeriesInput,
) -> Result<(Series, usize), AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let mut taken = std::collections::HashMap::new();
    for night in events::of_series_tx(&mut tx, current.id, now).await? {
        seats::lock(&mut tx, night.id).await?;
        taken.insert(night.id, rsvps::seats_taken_tx(&mut tx, night.id).await?);
    }
    let (updated, nights) =
        series::update(&mut tx, chapter, current, input, |id| taken.get(&id).copied().unwrap_or(0), now).await?;
    let mut notified = 0;
    for night in &nights {
        if night.rescheduled {
            notified += tell_rescheduled(state, &mut tx, &night.event, now).await?;
        }
        notified += resize_seats(state, &mut tx, &night.event, now).await?;
    }
    materialise_in(state, &mut tx, chapter, &updated, now).await?;
    commit(state, tx, notified > 0).await?;
    Ok((updated, notified))
}

/// Ends a series and cancels its coming nights, telling their guests.
pub async fn cancel_series(state: &AppState, current: &Series) -> Result<usize, AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    series::end(&mut tx, current, now).await?;
    let (mut notified, mut refunds) = (0, 0);
    for night in series::cancel_future(&mut tx, current, now).await? {
        notified += tell_cancelled(state, &mut tx, &night, now).await?;
        refunds += ticketing::refund_night(state, &mut tx, &night, now).await?;
    }
    commit(state, tx, notified > 0).await?;
    if refunds > 0 {
        ticketing::send_refunds(state).await;
    }
    Ok(notified)
}

pub async fn publish_series(state: &AppState, current: &Series) -> Result<usize, AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin().await?;
    let published = series::publish_future(&mut tx, current, now).await?;
    tx.commit().await?;
    Ok(published.len())
}

/// Creates the missing nights of every active series up to the horizon (the worker runs this;
/// any number of instances may run it at once). Returns how many nights were created.
pub async fn materialise_all(state: &AppState) -> Result<usize, AppError> {
    let mut created = 0;
    for current in series::active(&state.db, None).await? {
        let now = state.clock.now();
        let mut tx = state.db.begin().await?;
        let chapter =
            chapters::by_id_tx(&mut tx, current.chapter_id).await?.ok_or(AppError::NotFound("No such chapter."))?;
        created += materialise_in(state, &mut tx, &chapter, &current, now).await?.len();
        tx.commit().await?;
    }
    Ok(created)
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
    commit(state, tx, outcome.created).await?;
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
