//! Use cases that span domain crates, each one transaction: the gateway's HTTP handlers and
//! the CLI call these, never the tables.

pub mod bookings;
pub mod conduct;
pub mod feedback;
pub mod groups;
pub mod insights;
pub mod lessons;
pub mod slides;
pub mod stage;
pub mod stories;
pub mod ticket_reads;
pub mod ticketing;
pub mod webhooks;

use chrono::{DateTime, Utc};
use failnight_core::{Lang, Timestamp, Tx, outbox};
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
    Context,
    accounts::{self, Role},
    error::Error,
};

/// Who does something: a host (recorded in the chapter's audit log) or the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Host(i64),
    System,
}

impl Actor {
    pub fn host_id(self) -> Option<i64> {
        match self {
            Actor::Host(id) => Some(id),
            Actor::System => None,
        }
    }
}

/// Apply a change, or only preview it: run it in full, count whom it would email, and roll
/// back (for the "this will email 48 people" confirmation step).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Apply,
    Preview,
}

/// Ends a use case's transaction as `mode` says.
pub(crate) async fn finish(ctx: &Context, tx: Tx, mode: Mode, queued_email: bool) -> Result<(), Error> {
    match mode {
        Mode::Apply => commit(ctx, tx, queued_email).await,
        Mode::Preview => Ok(tx.rollback().await?),
    }
}

pub(crate) async fn audit(
    tx: &mut Tx,
    chapter_id: i64,
    actor: Actor,
    action: &str,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    Ok(accounts::audit(tx, Some(chapter_id), actor.host_id(), action, detail, Timestamp::from_utc(now)).await?)
}

/// Of these nights, those past their chapter's retention (`retention_months` after the night
/// ended): their personal data (questions, feedback) is due for deletion.
pub(crate) async fn nights_past_retention(
    ctx: &Context,
    event_ids: Vec<i64>,
    now: DateTime<Utc>,
) -> Result<Vec<EventDetails>, Error> {
    let mut past = Vec::new();
    for event_id in event_ids {
        let Some(event) = events::get(&ctx.db, event_id).await? else { continue };
        let months = failnight_submissions::settings::get(&ctx.db, event.chapter_id).await?.retention_months;
        if stage::expired(event.ends_at, months, now) {
            past.push(event);
        }
    }
    Ok(past)
}

/// Creates a night and its seat counter.
pub async fn create_event(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    new: &NewEvent,
) -> Result<EventDetails, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let event = events::create(&mut tx, chapter, new, ctx.sender.domain(), now).await?;
    rsvps::open_event(&mut tx, event.id).await?;
    audit(
        &mut tx,
        chapter.id,
        actor,
        if new.publish { "night created and published" } else { "night created as draft" },
        &event.title,
        now,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(event = event.id, chapter = %chapter.slug, "night created");
    Ok(event)
}

/// Commits `tx` and, when it queued email, rings the dispatcher.
pub(crate) async fn commit(ctx: &Context, tx: Tx, queued_email: bool) -> Result<(), Error> {
    tx.commit().await?;
    if queued_email {
        ctx.mail_wake.notify_one();
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

/// Tells the guests and the confirmed speakers of a night that it moved or changed venue:
/// one email each per SEQUENCE. Returns how many were queued.
async fn tell_rescheduled(
    ctx: &Context,
    tx: &mut Tx,
    event: &EventDetails,
    now: DateTime<Utc>,
) -> Result<usize, Error> {
    // Reminders queued for the old time or place are out of date: the schedule starts over.
    outbox::drop_unsent(tx, event.id, &outbox::keys::night_reminders(event.id)).await?;
    if event.status() == EventStatus::Cancelled {
        return Ok(0);
    }
    // Confirmed speakers are guests of the night for calendar purposes, drafts included.
    let mut queued = stories::tell_speakers_rescheduled(ctx, tx, event, now).await?;
    if event.status() != EventStatus::Published {
        return Ok(queued);
    }
    for rsvp in rsvps::with_status_tx(tx, event.id, GUESTS).await? {
        let email = compose::event_update_email(&ctx.sender, rsvp.lang(event.chapter_language), event, &rsvp, now);
        queued += usize::from(outbox::enqueue(tx, &email, Timestamp::from_utc(now)).await?);
    }
    Ok(queued)
}

/// Tells the guests and speakers of a cancelled night: a `METHOD:CANCEL` for those with a seat
/// or a talk (the talks leave the night's lineup).
async fn tell_cancelled(ctx: &Context, tx: &mut Tx, event: &EventDetails, now: DateTime<Utc>) -> Result<usize, Error> {
    outbox::drop_unsent(tx, event.id, &outbox::keys::night_reminders(event.id)).await?;
    let mut queued = stories::tell_speakers_cancelled(ctx, tx, event, now).await?;
    for rsvp in rsvps::with_status_tx(tx, event.id, GUESTS).await? {
        let email = compose::event_cancel_email(&ctx.sender, rsvp.lang(event.chapter_language), event, &rsvp, now);
        queued += usize::from(outbox::enqueue(tx, &email, Timestamp::from_utc(now)).await?);
    }
    Ok(queued)
}

/// After a night's capacity changed: its seat counter follows (refused below the seats in use)
/// and freed seats go to the waitlist through the same path as cancelled ones.
async fn resize_seats(ctx: &Context, tx: &mut Tx, event: &EventDetails, now: DateTime<Utc>) -> Result<usize, Error> {
    if !seats::set_capacity(tx, event.id, event.capacity).await? {
        return Err(Error::Invalid({
            let mut errors = failnight_core::FieldErrors::new();
            errors.add("capacity", "error-capacity-seats-taken");
            errors
        }));
    }
    let promotions = waitlist::fill(tx, event.id, now).await?;
    ticketing::tell_promotions(ctx, tx, event, &promotions, now).await
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
pub async fn update_event(
    ctx: &Context,
    actor: Actor,
    event_id: i64,
    patch: &EventPatch,
    mode: Mode,
) -> Result<Changed, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let event = events::get(&mut tx, event_id).await?.ok_or(Error::NotFound("error-no-night".into()))?;
    seats::lock(&mut tx, event.id).await?;
    let taken = rsvps::seats_taken(&mut tx, event.id).await?;
    let updated = events::update(&mut tx, &event, patch, taken, true, now).await?;
    let mut notified = 0;
    if updated.rescheduled {
        notified += tell_rescheduled(ctx, &mut tx, &updated.event, now).await?;
    }
    if updated.event.capacity != event.capacity {
        notified += resize_seats(ctx, &mut tx, &updated.event, now).await?;
    }
    let action = if updated.rescheduled { "night moved or re-venued" } else { "night edited" };
    audit(&mut tx, event.chapter_id, actor, action, &updated.event.title, now).await?;
    finish(ctx, tx, mode, notified > 0).await?;
    Ok(Changed { event: updated.event, notified })
}

pub async fn publish_event(ctx: &Context, actor: Actor, event_id: i64) -> Result<EventDetails, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let event = events::get(&mut tx, event_id).await?.ok_or(Error::NotFound("error-no-night".into()))?;
    let event = events::publish(&mut tx, &event, now).await?;
    audit(&mut tx, event.chapter_id, actor, "night published", &event.title, now).await?;
    tx.commit().await?;
    Ok(event)
}

/// Sets a night's cover photo from an uploaded image: decoded under the media limits, turned
/// upright, re-encoded at a phone's and a desktop's size (no metadata survives), replacing the
/// cover before. A refused image changes nothing and says why in the `cover` field. Returns
/// the two sizes stored.
pub async fn set_cover(
    ctx: &Context,
    actor: Actor,
    event_id: i64,
    bytes: Vec<u8>,
) -> Result<failnight_media::Cover, Error> {
    let event = events::get(&ctx.db, event_id).await?.ok_or(Error::NotFound("error-no-night".into()))?;
    let cover = slides::photo("cover", bytes, failnight_media::process_cover).await?;
    let sizes = [("phone", &cover.phone), ("desktop", &cover.desktop)].map(|(size, e)| {
        failnight_scheduling::covers::NewCover {
            size,
            hash: &e.hash,
            media_type: e.media_type,
            width: i64::from(e.width),
            height: i64::from(e.height),
            bytes: &e.bytes,
        }
    });
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    failnight_scheduling::covers::replace(&mut tx, event.id, &sizes, Timestamp::from_utc(now)).await?;
    audit(&mut tx, event.chapter_id, actor, "cover photo set", &event.title, now).await?;
    tx.commit().await?;
    Ok(cover)
}

/// Sets a chapter's logo from an uploaded image: decoded under the media limits, scaled to fit
/// 480×160, re-encoded as PNG with its transparency (no metadata survives), replacing the logo
/// before. A refused image changes nothing and says why in the `logo` field. Returns the logo
/// stored.
pub async fn set_logo(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    bytes: Vec<u8>,
) -> Result<failnight_media::Encoded, Error> {
    let logo = slides::photo("logo", bytes, failnight_media::process_logo).await?;
    let new = failnight_scheduling::logos::NewLogo {
        hash: &logo.hash,
        width: i64::from(logo.width),
        height: i64::from(logo.height),
        bytes: &logo.bytes,
    };
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    failnight_scheduling::logos::replace(&mut tx, chapter.id, Some(new), Timestamp::from_utc(now)).await?;
    audit(&mut tx, chapter.id, actor, "logo set", "", now).await?;
    tx.commit().await?;
    Ok(logo)
}

/// Removes a chapter's logo.
pub async fn remove_logo(ctx: &Context, actor: Actor, chapter: &Chapter) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    failnight_scheduling::logos::replace(&mut tx, chapter.id, None, Timestamp::from_utc(now)).await?;
    audit(&mut tx, chapter.id, actor, "logo removed", "", now).await?;
    tx.commit().await?;
    Ok(())
}

/// Removes a night's cover photo.
pub async fn remove_cover(ctx: &Context, actor: Actor, event_id: i64) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let event = events::get(&mut tx, event_id).await?.ok_or(Error::NotFound("error-no-night".into()))?;
    failnight_scheduling::covers::replace(&mut tx, event.id, &[], Timestamp::from_utc(now)).await?;
    audit(&mut tx, event.chapter_id, actor, "cover photo removed", &event.title, now).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn cancel_event(ctx: &Context, actor: Actor, event_id: i64, mode: Mode) -> Result<Changed, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let event = events::get(&mut tx, event_id).await?.ok_or(Error::NotFound("error-no-night".into()))?;
    let event = events::cancel(&mut tx, &event, now).await?;
    let notified = tell_cancelled(ctx, &mut tx, &event, now).await?;
    let refunds = ticketing::refund_night(ctx, &mut tx, &event, now).await?;
    // The audience's questions and the guests' feedback are the night's personal data: they
    // go with it.
    stage::forget_night(&mut tx, event.id).await?;
    feedback::forget_night(&mut tx, event.id).await?;
    audit(&mut tx, event.chapter_id, actor, "night cancelled", &format!("{} (✉ {notified})", event.title), now).await?;
    finish(ctx, tx, mode, notified > 0).await?;
    if mode == Mode::Apply {
        if refunds > 0 {
            ticketing::send_refunds(ctx).await;
        }
        tracing::info!(event = event.id, notified, "night cancelled");
    }
    Ok(Changed { event, notified })
}

pub async fn create_venue(ctx: &Context, actor: Actor, chapter: &Chapter, input: &VenueInput) -> Result<Venue, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let venue = venues::create(&mut tx, chapter.id, input, Timestamp::from_utc(now)).await?;
    audit(&mut tx, chapter.id, actor, "venue added", &venue.name, now).await?;
    tx.commit().await?;
    Ok(venue)
}

/// Updates a venue; when its name or address changed, the guests of its coming nights are told.
pub async fn update_venue(
    ctx: &Context,
    actor: Actor,
    venue: &Venue,
    input: &VenueInput,
    mode: Mode,
) -> Result<(Venue, usize), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let updated = venues::update(&mut tx, venue, input, Timestamp::from_utc(now)).await?;
    let mut notified = 0;
    if updated.name != venue.name || updated.address != venue.address {
        for event in events::venue_changed(&mut tx, venue.id, now).await? {
            notified += tell_rescheduled(ctx, &mut tx, &event, now).await?;
        }
    }
    audit(&mut tx, venue.chapter_id, actor, "venue edited", &updated.name, now).await?;
    finish(ctx, tx, mode, notified > 0).await?;
    Ok((updated, notified))
}

/// Creates a series and its nights up to the horizon.
pub async fn create_series(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    input: &SeriesInput,
) -> Result<(Series, Vec<i64>), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let series = series::create(&mut tx, chapter, input, now).await?;
    let created = materialise_in(ctx, &mut tx, chapter, &series, now).await?;
    audit(&mut tx, chapter.id, actor, "series created", &format!("{} ({})", series.title, created.len()), now).await?;
    tx.commit().await?;
    Ok((series, created))
}

async fn materialise_in(
    ctx: &Context,
    tx: &mut Tx,
    chapter: &Chapter,
    series: &Series,
    now: DateTime<Utc>,
) -> Result<Vec<i64>, Error> {
    let created =
        series::materialise(tx, chapter, series, now + ctx.options.series_horizon, ctx.sender.domain(), now).await?;
    for id in &created {
        rsvps::open_event(tx, *id).await?;
    }
    Ok(created)
}

/// Updates a series and its coming nights that were not edited on their own; their guests are
/// told of a new time or venue. New occurrences the rule now produces are created.
pub async fn update_series(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    current: &Series,
    input: &SeriesInput,
    mode: Mode,
) -> Result<(Series, usize), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let mut taken = std::collections::HashMap::new();
    for night in events::of_series_tx(&mut tx, current.id, now).await? {
        seats::lock(&mut tx, night.id).await?;
        taken.insert(night.id, rsvps::seats_taken(&mut tx, night.id).await?);
    }
    let (updated, nights) =
        series::update(&mut tx, chapter, current, input, |id| taken.get(&id).copied().unwrap_or(0), now).await?;
    let mut notified = 0;
    for night in &nights {
        if night.rescheduled {
            notified += tell_rescheduled(ctx, &mut tx, &night.event, now).await?;
        }
        notified += resize_seats(ctx, &mut tx, &night.event, now).await?;
    }
    materialise_in(ctx, &mut tx, chapter, &updated, now).await?;
    audit(&mut tx, chapter.id, actor, "series edited", &updated.title, now).await?;
    finish(ctx, tx, mode, notified > 0).await?;
    Ok((updated, notified))
}

/// Ends a series and cancels its coming nights, telling their guests.
pub async fn cancel_series(ctx: &Context, actor: Actor, current: &Series, mode: Mode) -> Result<usize, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    series::end(&mut tx, current, now).await?;
    let (mut notified, mut refunds) = (0, 0);
    for night in series::cancel_future(&mut tx, current, now).await? {
        notified += tell_cancelled(ctx, &mut tx, &night, now).await?;
        refunds += ticketing::refund_night(ctx, &mut tx, &night, now).await?;
    }
    audit(&mut tx, current.chapter_id, actor, "series ended, its nights cancelled", &current.title, now).await?;
    finish(ctx, tx, mode, notified > 0).await?;
    if mode == Mode::Apply && refunds > 0 {
        ticketing::send_refunds(ctx).await;
    }
    Ok(notified)
}

pub async fn publish_series(ctx: &Context, actor: Actor, current: &Series) -> Result<usize, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let published = series::publish_future(&mut tx, current, now).await?;
    audit(
        &mut tx,
        current.chapter_id,
        actor,
        "series nights published",
        &format!("{} ({})", current.title, published.len()),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(published.len())
}

/// How long the series worker keeps one transaction open at most before it commits the nights
/// made so far and goes on in another. Each commit makes every cached page again, on every
/// instance: 300 chapters' series expanded one commit each stalled the pages of a first Friday
/// (`network-friday`); in batches, a few commits do it. On SQLite a batch holds the one writer,
/// so bookings wait for it: a tenth of a second. On PostgreSQL it holds only the new nights'
/// rows (which another instance expanding the same series waits for): a second.
fn series_batch(db: &failnight_core::Db) -> std::time::Duration {
    match db.backend() {
        failnight_core::Backend::Sqlite => std::time::Duration::from_millis(100),
        failnight_core::Backend::Postgres => std::time::Duration::from_secs(1),
    }
}

/// Creates the missing nights of every active series up to the horizon (the worker runs this;
/// any number of instances may run it at once). Returns how many nights were created. A series
/// that cannot be expanded is logged and left for the next run; the others go on.
pub async fn materialise_all(ctx: &Context) -> Result<usize, Error> {
    let (mut created, most) = (0, series_batch(&ctx.db));
    let mut pending = series::active(&ctx.db, None).await?.into_iter().peekable();
    while pending.peek().is_some() {
        let (mut tx, opened, mut made) = (ctx.db.begin().await?, std::time::Instant::now(), 0);
        while opened.elapsed() < most
            && let Some(current) = pending.next()
        {
            let now = ctx.clock.now();
            let attempt = tx
                .attempt(async |tx| {
                    let chapter = chapters::by_id(&mut *tx, current.chapter_id)
                        .await?
                        .ok_or(Error::NotFound("error-no-chapter".into()))?;
                    materialise_in(ctx, tx, &chapter, &current, now).await
                })
                .await?;
            match attempt {
                Ok(new) => made += new.len(),
                Err(error) => {
                    tracing::warn!(series = current.id, %error, "a series' nights not created; trying again later")
                }
            }
        }
        // Nothing new (the nights exist, perhaps made by another instance a moment ago) is no
        // write: every cached page stays good.
        tx.commit_if(made > 0).await?;
        created += made;
    }
    Ok(created)
}

/// Books a seat (or a waitlist place) and queues the email about it, in one transaction
/// (shared with the night's other bookings of the moment: see [`bookings`]).
pub async fn rsvp(ctx: &Context, event_id: i64, new: &NewRsvp) -> Result<RsvpOutcome, Error> {
    bookings::rsvp(ctx, event_id, new.clone()).await
}

/// Creates a chapter (the CLI, or a platform admin who then owns it).
pub async fn create_chapter(ctx: &Context, actor: Actor, new: &NewChapter) -> Result<Chapter, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let chapter = chapters::create(&mut tx, new, Timestamp::from_utc(now)).await?;
    if let Actor::Host(host_id) = actor {
        accounts::set_role(&mut tx, chapter.id, host_id, Role::Owner, Timestamp::from_utc(now)).await?;
    }
    audit(&mut tx, chapter.id, actor, "chapter created", &chapter.name, now).await?;
    tx.commit().await?;
    Ok(chapter)
}

/// Makes the host with this email a platform admin (creating the host if needed).
pub async fn add_admin(ctx: &Context, email: &str) -> Result<(), Error> {
    let mut tx = ctx.db.begin().await?;
    accounts::add_admin(&mut tx, email, ctx.clock.timestamp()).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a host to a chapter and returns a new API token for them (the CLI).
pub async fn add_host(
    ctx: &Context,
    chapter_slug: &str,
    email: &str,
    role: Role,
    token_name: &str,
) -> Result<String, Error> {
    let now = ctx.clock.timestamp();
    let mut tx = ctx.db.begin().await?;
    let chapter = chapters::by_slug(&mut tx, chapter_slug).await?.ok_or(Error::NotFound("error-no-chapter".into()))?;
    let host_id = accounts::host_id_for(&mut tx, email, now).await?;
    accounts::set_role(&mut tx, chapter.id, host_id, role, now).await?;
    let token = accounts::create_token(&mut tx, host_id, token_name, accounts::TokenScope::Full, None, now).await?;
    tx.commit().await?;
    Ok(token)
}

/// Changes a chapter's settings.
pub async fn update_chapter_settings(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    input: &chapters::ChapterSettings,
) -> Result<Chapter, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let updated = chapters::update_settings(&mut tx, chapter, input).await?;
    audit(&mut tx, chapter.id, actor, "settings changed", "", now).await?;
    tx.commit().await?;
    Ok(updated)
}

/// Adds a host to a chapter with a role (an owner's invitation) and emails them where to sign in.
pub async fn invite_host(ctx: &Context, actor: Actor, chapter: &Chapter, email: &str, role: Role) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let host_id = accounts::host_id_for(&mut tx, email, Timestamp::from_utc(now)).await?;
    let existing = accounts::role_of(&mut tx, chapter.id, host_id).await?;
    if existing == Some(Role::Owner) && role != Role::Owner && accounts::owner_count(&mut tx, chapter.id).await? <= 1 {
        return Err(failnight_core::Invalid::field("role", "error-last-owner").into());
    }
    accounts::set_role(&mut tx, chapter.id, host_id, role, Timestamp::from_utc(now)).await?;
    let queued = if existing.is_none() {
        let email = compose::host_invitation(
            &ctx.sender,
            chapter.language,
            &chapter.name,
            email,
            role.as_str(),
            host_id,
            chapter.id,
        );
        outbox::enqueue(&mut tx, &email, Timestamp::from_utc(now)).await?
    } else {
        false
    };
    let action = if existing.is_none() { "host invited" } else { "role changed" };
    audit(&mut tx, chapter.id, actor, action, &format!("{email}: {}", role.as_str()), now).await?;
    commit(ctx, tx, queued).await
}

/// Removes a host from a chapter (never the last owner).
pub async fn remove_host(ctx: &Context, actor: Actor, chapter: &Chapter, host_id: i64) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let role = accounts::role_of(&mut tx, chapter.id, host_id).await?.ok_or(Error::NotFound("error-no-host".into()))?;
    if role == Role::Owner && accounts::owner_count(&mut tx, chapter.id).await? <= 1 {
        return Err(Error::Conflict("last_owner", "error-last-owner".into()));
    }
    accounts::remove_member(&mut tx, chapter.id, host_id).await?;
    audit(&mut tx, chapter.id, actor, "host removed", &host_id.to_string(), now).await?;
    tx.commit().await?;
    Ok(())
}

/// Emails a sign-in link to the host with this email, if there is one, and says nothing either
/// way: neither its answer nor the time it takes tells whether the address hosts. It returns
/// before it looks the address up; the lookup and the link are made by a task of its own (a
/// failure is logged, without the address).
pub fn send_sign_in_link(ctx: &Context, email: &str, next: &str, lang: Lang) {
    let (ctx, email, next) = (ctx.clone(), email.to_string(), next.to_string());
    tokio::spawn(async move {
        if let Err(error) = queue_sign_in_link(&ctx, &email, &next, lang).await {
            tracing::warn!(%error, "could not queue a sign-in link");
        }
    });
}

async fn queue_sign_in_link(ctx: &Context, email: &str, next: &str, lang: Lang) -> Result<(), Error> {
    let Some(host_id) = accounts::host_by_email(&ctx.db, email).await? else { return Ok(()) };
    let now = ctx.clock.timestamp();
    let mut tx = ctx.db.begin().await?;
    let token = accounts::create_link(&mut tx, host_id, now).await?;
    let link = ctx.sender.sign_in_url(&token, next);
    let expires = now.plus_millis(accounts::LINK_LIFETIME_MS);
    let email = compose::sign_in_email(&ctx.sender, lang, email, &link, &token, expires);
    outbox::enqueue(&mut tx, &email, now).await?;
    commit(ctx, tx, true).await
}

/// Uses a sign-in link: a new session (its cookie token), or `None` when the link is unknown,
/// used or expired. The session that made the request, if any, ends (rotation).
pub async fn sign_in(ctx: &Context, link_token: &str, old_session: Option<&str>) -> Result<Option<String>, Error> {
    let now = ctx.clock.timestamp();
    let mut tx = ctx.db.begin().await?;
    let Some(host_id) = accounts::consume_link(&mut tx, link_token, now).await? else {
        tx.rollback().await?;
        return Ok(None);
    };
    if let Some(old) = old_session {
        accounts::revoke_session(&mut tx, old, now).await?;
    }
    let session = accounts::create_session(&mut tx, host_id, now).await?;
    accounts::audit(&mut tx, None, Some(host_id), "signed in", "", now).await?;
    tx.commit().await?;
    Ok(Some(session))
}

/// Creates a named API token for the host (shown once).
/// The lifetimes a host chooses a token's from, in days (`None`: it does not expire).
pub const TOKEN_DAYS: [Option<i64>; 5] = [Some(1), Some(30), Some(90), Some(365), None];

/// Makes an API token for the host, of `scope` (`full`, `door` or `read`; empty: full), valid
/// `days` days (one of [`TOKEN_DAYS`]: `"1"`, `"30"`, `"90"`, `"365"` or `"never"`; empty: 90).
pub async fn create_token(ctx: &Context, host_id: i64, name: &str, scope: &str, days: &str) -> Result<String, Error> {
    let mut errors = failnight_core::FieldErrors::new();
    let name = errors.line("name", name, 80);
    let scope = match scope.trim() {
        "" => Some(accounts::TokenScope::Full),
        text => accounts::TokenScope::parse(text),
    };
    if scope.is_none() {
        errors.add("scope", "error-token-scope");
    }
    let days = match days.trim() {
        "" => Some(Some(90)),
        "never" => Some(None),
        text => text.parse::<i64>().ok().map(Some).filter(|d| TOKEN_DAYS.contains(d)),
    };
    if days.is_none() {
        errors.add("expires", "error-token-expires");
    }
    errors.into_result()?;
    let (scope, days) = (scope.expect("checked"), days.expect("checked"));
    let now = ctx.clock.timestamp();
    let expires_at = days.map(|d| now.plus_millis(d * 86_400_000));
    let mut tx = ctx.db.begin().await?;
    let token = accounts::create_token(&mut tx, host_id, &name, scope, expires_at, now).await?;
    accounts::audit(&mut tx, None, Some(host_id), "API token created", &name, now).await?;
    tx.commit().await?;
    Ok(token)
}

/// Revokes one of the host's API tokens; `false` when they have no such token.
pub async fn revoke_token(ctx: &Context, host_id: i64, token_id: i64) -> Result<bool, Error> {
    let now = ctx.clock.timestamp();
    let mut tx = ctx.db.begin().await?;
    if !accounts::revoke_token(&mut tx, host_id, token_id, now).await? {
        tx.rollback().await?;
        return Ok(false);
    }
    accounts::audit(&mut tx, None, Some(host_id), "API token revoked", &format!("#{token_id}"), now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Ends the host's session with this cookie token, or (`everywhere`) all their sessions.
pub async fn sign_out(ctx: &Context, host_id: i64, session: &str, everywhere: bool) -> Result<(), Error> {
    let now = ctx.clock.timestamp();
    let mut tx = ctx.db.begin().await?;
    if everywhere {
        accounts::revoke_all_sessions(&mut tx, host_id, now).await?;
    } else {
        accounts::revoke_session(&mut tx, session, now).await?;
    }
    let action = if everywhere { "signed out everywhere" } else { "signed out" };
    accounts::audit(&mut tx, None, Some(host_id), action, "", now).await?;
    tx.commit().await?;
    Ok(())
}
