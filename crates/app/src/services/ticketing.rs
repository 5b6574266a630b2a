//! Ticketing use cases: cancellations and the waitlist moving up, offers, approval, paid
//! tickets through the [`Payments`](failnight_ticketing::payments::Payments) edge, webhooks, refunds, check-in and the time-based jobs.
//! Each write is one short transaction that queues its emails (one per person per transition,
//! keyed in `reminders::compose`); calls to Stripe happen between transactions, never inside.

use std::net::IpAddr;

use chrono::{DateTime, Utc};
use failnight_core::{Lang, Timestamp, Tx, outbox};
use failnight_reminders::compose;
use failnight_scheduling::{Chapter, EventDetails, events};
use failnight_ticketing::{
    Rsvp, RsvpStatus, TicketingError,
    door::{self, CheckIn, Undo},
    payments::{self, Applied, CheckoutRequest, HOLD_GRACE_MINUTES, HOLD_MINUTES, NewPurchase, NoRefund, WebhookError},
    rsvps, seats,
    settings::{self, ChapterSettings, SettingsPatch},
    tickets::{self, NewTicketType, TicketType},
    waitlist::{self, Accepted, CancelReason, Cancelled, Promotion},
};

use super::{Actor, audit, commit};
use crate::{Context, error::Error};

async fn night(tx: &mut Tx, event_id: i64) -> Result<EventDetails, Error> {
    events::get(&mut *tx, event_id).await?.ok_or(Error::NotFound("error-no-night".into()))
}

async fn queue(tx: &mut Tx, email: &outbox::NewEmail, now: DateTime<Utc>) -> Result<usize, Error> {
    Ok(usize::from(outbox::enqueue(tx, email, Timestamp::from_utc(now)).await?))
}

/// Tells the people the waitlist moved: a confirmation or an offer each.
pub async fn tell_promotions(
    ctx: &Context,
    tx: &mut Tx,
    event: &EventDetails,
    promotions: &[Promotion],
    now: DateTime<Utc>,
) -> Result<usize, Error> {
    let mut queued = 0;
    for promotion in promotions {
        let email = match promotion {
            Promotion::Confirmed(rsvp) => {
                compose::rsvp_email(&ctx.sender, rsvp.lang(event.chapter_language), event, rsvp, None, now)
            }
            Promotion::Offered(rsvp) => {
                compose::offer_email(&ctx.sender, rsvp.lang(event.chapter_language), event, rsvp, false)
            }
        };
        queued += queue(tx, &email, now).await?;
    }
    Ok(queued)
}

/// An amount in minor units as people read it: `15.00 EUR`.
pub fn money(amount: i64, currency: &str) -> String {
    format!("{}.{:02} {}", amount / 100, amount % 100, currency.to_uppercase())
}

/// The guest cancels their own place (through their ticket's link): seats go back, the
/// waitlist moves up, a paid ticket is refunded by the night's policy.
pub async fn cancel_by_guest(ctx: &Context, rsvp_id: i64) -> Result<Cancelled, Error> {
    cancel_rsvp(ctx, rsvp_id, CancelReason::Attendee, None).await
}

/// A host cancels a guest's place: as [`cancel_by_guest`], refunded in full, at any time,
/// and written to the chapter's audit log.
pub async fn cancel_by_host(ctx: &Context, actor: Actor, rsvp_id: i64) -> Result<Cancelled, Error> {
    cancel_rsvp(ctx, rsvp_id, CancelReason::Host, Some(actor)).await
}

/// Cancels an RSVP for `reason`; `actor` is the host who did, for the audit log.
async fn cancel_rsvp(
    ctx: &Context,
    rsvp_id: i64,
    reason: CancelReason,
    actor: Option<Actor>,
) -> Result<Cancelled, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let cancelled = waitlist::cancel(&mut tx, rsvp_id, reason, now).await?;
    let mut refunded = false;
    let mut queued = 0;
    if cancelled.changed {
        // Reminders queued for this guest go no further.
        let prefix = failnight_core::outbox::keys::rsvp_reminders(cancelled.rsvp.event_id, cancelled.rsvp.id);
        failnight_core::outbox::drop_unsent(&mut tx, cancelled.rsvp.event_id, &prefix).await?;
        let event = night(&mut tx, cancelled.rsvp.event_id).await?;
        let owed = payments::paid_total(&cancelled.rsvp);
        let refund = if reason == CancelReason::Attendee && owed > 0 {
            let policy = seats::get(&mut tx, event.id).await?.attendee_refund;
            let cutoff = settings::for_event_tx(&mut tx, event.id).await?.refund_cutoff_hours;
            payments::guest_refund(owed, policy, cutoff, event.starts_at, Timestamp::from_utc(now))
        } else {
            Ok(owed)
        };
        let amount = refund.unwrap_or(0);
        let lang = cancelled.rsvp.lang(event.chapter_language);
        let note = (owed > 0).then(|| refund_note(lang, refund, cancelled.rsvp.currency.as_deref()));
        refunded =
            payments::queue_refund(&mut tx, &cancelled.rsvp, amount, reason.as_str(), Timestamp::from_utc(now)).await?;
        let email = compose::rsvp_cancelled_email(
            &ctx.sender,
            cancelled.rsvp.lang(event.chapter_language),
            &event,
            &cancelled.rsvp,
            cancelled.previous.has_seat(),
            reason == CancelReason::Host,
            note,
            now,
        );
        queued += queue(&mut tx, &email, now).await?;
        queued += tell_promotions(ctx, &mut tx, &event, &cancelled.promotions, now).await?;
        if let Some(actor) = actor {
            let refund = if amount > 0 {
                format!(" ↩ {}", money(amount, cancelled.rsvp.currency.as_deref().unwrap_or("eur")))
            } else {
                String::new()
            };
            let detail = format!("{}: #{}{refund}", event.title, cancelled.rsvp.id);
            audit(&mut tx, event.chapter_id, actor, "RSVP cancelled by a host", &detail, now).await?;
        }
    }
    commit(ctx, tx, queued > 0).await?;
    if refunded {
        send_refunds(ctx).await;
    }
    Ok(cancelled)
}

/// The sentence about the money of a cancelled paid ticket, in the guest's language.
fn refund_note(lang: Lang, refund: Result<i64, NoRefund>, currency: Option<&str>) -> String {
    match refund {
        Ok(amount) => lang.f1("mail-refund-amount", "amount", lang.money(amount, currency.unwrap_or("eur"))),
        Err(NoRefund::Policy) => lang.t("mail-refund-policy"),
        Err(NoRefund::Cutoff(0)) => lang.t("mail-refund-started"),
        Err(NoRefund::Cutoff(hours)) => lang.f1("mail-refund-cutoff", "hours", hours),
    }
}

/// What accepting an offer led to.
#[derive(Debug, Clone)]
pub struct AcceptOutcome {
    pub rsvp: Rsvp,
    /// For a paid ticket: where to pay.
    pub checkout_url: Option<String>,
}

pub async fn accept_offer(ctx: &Context, rsvp_id: i64) -> Result<AcceptOutcome, Error> {
    let now = ctx.clock.now();
    let hold_until = hold_until(now);
    if ctx.payments.is_none() && rsvps::get(&ctx.db, rsvp_id).await?.is_some_and(|r| r.amount.unwrap_or(0) > 0) {
        return Err(TicketingError::PaymentsUnavailable(PAYMENTS_OFF).into());
    }
    let mut tx = ctx.db.begin().await?;
    let accepted = waitlist::accept_offer(&mut tx, rsvp_id, hold_until, now).await?;
    match accepted {
        Accepted::Confirmed(rsvp) => {
            let event = night(&mut tx, rsvp.event_id).await?;
            let email = compose::rsvp_email(&ctx.sender, rsvp.lang(event.chapter_language), &event, &rsvp, None, now);
            let queued = queue(&mut tx, &email, now).await?;
            commit(ctx, tx, queued > 0).await?;
            Ok(AcceptOutcome { rsvp, checkout_url: None })
        }
        Accepted::Already(rsvp) => {
            tx.commit().await?;
            Ok(AcceptOutcome { rsvp, checkout_url: None })
        }
        Accepted::NeedsPayment(rsvp) => {
            let event = night(&mut tx, rsvp.event_id).await?;
            tx.commit().await?;
            // The guest accepts on their ticket page: they go on to pay from there.
            let url = open_checkout(ctx, &event, &rsvp, false).await?;
            Ok(AcceptOutcome { rsvp, checkout_url: Some(url) })
        }
    }
}

/// A host approves or declines a pending RSVP.
pub async fn decide(ctx: &Context, actor: Actor, rsvp_id: i64, approve: bool) -> Result<Rsvp, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (rsvp, email, event) = if approve {
        let decided = waitlist::approve(&mut tx, rsvp_id, now).await?;
        let event = night(&mut tx, decided.rsvp.event_id).await?;
        let email = if decided.rsvp.status() == RsvpStatus::Offered {
            // A paid ticket: approval offers the seat; paying confirms it.
            compose::offer_email(&ctx.sender, decided.rsvp.lang(event.chapter_language), &event, &decided.rsvp, true)
        } else {
            compose::rsvp_email(
                &ctx.sender,
                decided.rsvp.lang(event.chapter_language),
                &event,
                &decided.rsvp,
                decided.waitlist_position,
                now,
            )
        };
        (decided.rsvp, email, event)
    } else {
        let rsvp = waitlist::decline(&mut tx, rsvp_id, now).await?;
        let event = night(&mut tx, rsvp.event_id).await?;
        let email = compose::declined_email(&ctx.sender, rsvp.lang(event.chapter_language), &event, &rsvp);
        (rsvp, email, event)
    };
    let action = if approve { "RSVP approved" } else { "RSVP declined" };
    audit(&mut tx, event.chapter_id, actor, action, &format!("{}: #{}", event.title, rsvp.id), now).await?;
    let queued = queue(&mut tx, &email, now).await?;
    commit(ctx, tx, queued > 0).await?;
    Ok(rsvp)
}

/// Checks in the ticket with this code; `scanned` may be the whole check-in URL the QR code
/// carries (scanner apps and typed codes give either).
/// A second scan changes nothing and is not audited. `event` is the night as the door read
/// it (its chapter and title name the check-in in the audit log), so a check-in is no read of
/// the night more: the door's rush is many of them a second.
pub async fn check_in(ctx: &Context, actor: Actor, event: &EventDetails, scanned: &str) -> Result<CheckIn, Error> {
    check_in_at(ctx, actor, event, scanned, ctx.clock.now()).await
}

/// The code in what was scanned or typed: the code itself or the whole `/check-in/{code}` link.
fn scanned_code(scanned: &str) -> &str {
    let scanned = scanned.trim().trim_end_matches('/');
    scanned.rsplit('/').next().unwrap_or(scanned)
}

/// A check-in that happened at `at` (now, or earlier at a door phone that was offline).
async fn check_in_at(
    ctx: &Context,
    actor: Actor,
    event: &EventDetails,
    scanned: &str,
    at: DateTime<Utc>,
) -> Result<CheckIn, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let result = door::check_in(&mut tx, event.id, scanned_code(scanned), at).await?;
    if let CheckIn::Done(rsvp) = &result {
        audit(&mut tx, event.chapter_id, actor, "guest checked in", &format!("{}: #{}", event.title, rsvp.id), now)
            .await?;
    }
    tx.commit().await?;
    Ok(result)
}

/// Takes back a mistaken check-in: the guest keeps the seat and can be checked in again.
pub async fn undo_check_in(ctx: &Context, actor: Actor, event: &EventDetails, scanned: &str) -> Result<Undo, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let result = door::undo_check_in(&mut tx, event.id, scanned_code(scanned), now).await?;
    if let Undo::Done(rsvp) = &result {
        audit(&mut tx, event.chapter_id, actor, "check-in undone", &format!("{}: #{}", event.title, rsvp.id), now)
            .await?;
    }
    tx.commit().await?;
    Ok(result)
}

/// The most a door phone sends at once.
pub const DOOR_SYNC_MAX_OPS: usize = 500;
/// How long a door phone may have been offline and still have its check-ins keep their time.
const DOOR_OFFLINE_HOURS: i64 = 12;

/// What a door phone did, perhaps offline, to be replayed on the server in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoorOp {
    /// The phone's own name for this action (echoed in the answer), 1–64 characters.
    pub key: String,
    pub action: DoorAction,
    /// The ticket's code (or its whole check-in link); empty for a walk-in.
    pub code: String,
    /// A walk-in's name and the guests with them.
    pub name: String,
    pub plus_ones: i64,
    /// When the phone did it; a check-in keeps this time when it is within the last 12 hours
    /// and not in the future (a phone's clock may be off), and takes the server's time otherwise.
    pub at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoorAction {
    CheckIn,
    Undo,
    /// Someone without a booking, added at the door (offline too): added once per key.
    WalkIn,
}

/// How the server took one [`DoorOp`].
#[derive(Debug, Clone)]
pub enum DoorOutcome {
    /// Checked in now, or by this same action sent before (a retry after a lost answer).
    CheckedIn(Rsvp),
    /// Another door (or an earlier tap) checked this guest in first, at `checked_in_at`.
    AlreadyIn(Rsvp),
    Undone(Rsvp),
    /// The walk-in is in (now, or by this same action sent before).
    WalkedIn(Rsvp),
    /// The undo found the guest not checked in (already undone, or never in).
    NotIn(Rsvp),
    /// No ticket with this code for this night.
    Unknown,
    /// The ticket is known but cannot be checked in (cancelled, waitlisted…), or the undo was
    /// refused: a stable code and a sentence.
    Refused(&'static str, failnight_core::Message),
}

/// Replays a door phone's actions, each in its own transaction, in the phone's order. The first
/// check-in of a guest to reach the server wins; the others learn when the guest came in. A
/// batch with a malformed action is refused whole, before anything is done.
pub async fn door_sync(
    ctx: &Context,
    actor: Actor,
    event: &EventDetails,
    ops: &[DoorOp],
) -> Result<Vec<DoorOutcome>, Error> {
    let mut errors = failnight_core::FieldErrors::new();
    if ops.len() > DOOR_SYNC_MAX_OPS {
        errors.add("ops", "error-door-sync-too-many");
    }
    let malformed = |op: &DoorOp| {
        let needs_code = op.action != DoorAction::WalkIn;
        op.key.is_empty() || op.key.len() > 64 || (needs_code && op.code.trim().is_empty()) || op.code.len() > 2048
    };
    if ops.iter().any(malformed) {
        errors.add("ops", "error-door-sync-op");
    }
    errors.into_result()?;
    let now = ctx.clock.now();
    let earliest = now - chrono::Duration::hours(DOOR_OFFLINE_HOURS);
    let mut outcomes = Vec::with_capacity(ops.len());
    for op in ops {
        let at = op.at.filter(|at| (earliest..=now).contains(at)).unwrap_or(now);
        let outcome = match op.action {
            DoorAction::CheckIn => {
                match check_in_at(ctx, actor, event, &op.code, at).await {
                    Ok(CheckIn::Done(rsvp)) => Ok(DoorOutcome::CheckedIn(rsvp)),
                    // The same action, sent again after its answer was lost: it keeps its time.
                    Ok(CheckIn::Already(rsvp)) if rsvp.checked_in_at == Some(Timestamp::from_utc(at)) => {
                        Ok(DoorOutcome::CheckedIn(rsvp))
                    }
                    Ok(CheckIn::Already(rsvp)) => Ok(DoorOutcome::AlreadyIn(rsvp)),
                    Err(error) => Err(error),
                }
            }
            DoorAction::WalkIn => walk_in_once(ctx, actor, event, op, at).await.map(DoorOutcome::WalkedIn),
            DoorAction::Undo => match undo_check_in(ctx, actor, event, &op.code).await {
                Ok(Undo::Done(rsvp)) => Ok(DoorOutcome::Undone(rsvp)),
                Ok(Undo::NotIn(rsvp)) => Ok(DoorOutcome::NotIn(rsvp)),
                Err(error) => Err(error),
            },
        };
        outcomes.push(match outcome {
            Ok(outcome) => outcome,
            Err(Error::NotFound(_)) => DoorOutcome::Unknown,
            Err(Error::Conflict(code, message)) => DoorOutcome::Refused(code, message),
            // A walk-in's name or party typed wrong: told, like a refusal.
            Err(Error::Invalid(fields)) => {
                let message = fields.0.values().next().cloned().unwrap_or_else(|| "error-door-sync-op".into());
                DoorOutcome::Refused("invalid", message)
            }
            Err(other) => return Err(other),
        });
    }
    Ok(outcomes)
}

/// A door phone's walk-in, added once however often the phone sends it.
async fn walk_in_once(
    ctx: &Context,
    actor: Actor,
    event: &EventDetails,
    op: &DoorOp,
    at: DateTime<Utc>,
) -> Result<Rsvp, Error> {
    let mut tx = ctx.db.begin().await?;
    let (rsvp, new) = door::walk_in_once(&mut tx, event.id, &op.key, &op.name, op.plus_ones, at).await?;
    if new {
        let now = ctx.clock.now();
        audit(&mut tx, event.chapter_id, actor, "walk-in added", &format!("{}: #{}", event.title, rsvp.id), now)
            .await?;
    }
    tx.commit().await?;
    Ok(rsvp)
}

/// Someone without an RSVP at the door: a free seat, checked in at once.
pub async fn walk_in(
    ctx: &Context,
    actor: Actor,
    event_id: i64,
    name: &str,
    email: Option<&str>,
    plus_ones: i64,
) -> Result<Rsvp, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let rsvp = door::walk_in(&mut tx, event_id, name, email, plus_ones, now).await?;
    let event = night(&mut tx, event_id).await?;
    audit(&mut tx, event.chapter_id, actor, "walk-in added", &format!("{}: #{}", event.title, rsvp.id), now).await?;
    tx.commit().await?;
    Ok(rsvp)
}

/// "Yes, still coming."
pub async fn still_coming(ctx: &Context, rsvp_id: i64) -> Result<Rsvp, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let rsvp = waitlist::still_coming(&mut tx, rsvp_id, now).await?;
    tx.commit().await?;
    Ok(rsvp)
}

/// Changes the chapter's ticketing settings (an owner's).
pub async fn update_settings(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    patch: &SettingsPatch,
) -> Result<ChapterSettings, Error> {
    let now = ctx.clock.now();
    let current = settings::for_chapter(&ctx.db, chapter.id).await?;
    let mut tx = ctx.db.begin().await?;
    let next = settings::update(&mut tx, chapter.id, &current, patch).await?;
    audit(&mut tx, chapter.id, actor, "ticketing settings changed", &settings_words(&next), now).await?;
    tx.commit().await?;
    if next.overbook_risk != current.overbook_risk {
        // The waitlists follow at once, not at the jobs' next round.
        overbook_nights(ctx, Some(chapter.id), now).await?;
    }
    Ok(next)
}

/// The settings in a line, for the audit log.
fn settings_words(s: &ChapterSettings) -> String {
    format!(
        "promotion_mode={}, offer_hours={}, reconfirm_hours={}, max_plus_ones={}, refund_cutoff_hours={}, \
         overbook_risk={}",
        s.promotion_mode, s.offer_hours, s.reconfirm_hours, s.max_plus_ones, s.refund_cutoff_hours, s.overbook_risk
    )
}

/// Per-night options: approval mode and the attendee refund policy.
pub async fn set_event_options(
    ctx: &Context,
    actor: Actor,
    event_id: i64,
    approval: Option<bool>,
    attendee_refund: Option<String>,
) -> Result<seats::Seats, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let event = night(&mut tx, event_id).await?;
    seats::lock(&mut tx, event_id).await?;
    let current = seats::get(&mut tx, event_id).await?;
    let refund = attendee_refund.unwrap_or(current.attendee_refund.to_string());
    let Some(refund) = seats::AttendeeRefund::parse(&refund) else {
        return Err(failnight_core::Invalid::field("attendee_refund", "error-attendee-refund").into());
    };
    seats::set_options(&mut tx, event_id, approval.unwrap_or(current.approval), refund).await?;
    let after = seats::get(&mut tx, event_id).await?;
    let detail = format!("{}: approval={}, attendee_refund={}", event.title, after.approval, after.attendee_refund);
    audit(&mut tx, event.chapter_id, actor, "night ticketing options changed", &detail, now).await?;
    tx.commit().await?;
    Ok(after)
}

/// The key of the message that paid tickets need Stripe keys (errors.ftl).
pub const PAYMENTS_OFF: &str = "error-payments-off";

pub async fn create_ticket_type(
    ctx: &Context,
    actor: Actor,
    event_id: i64,
    new: &NewTicketType,
) -> Result<TicketType, Error> {
    if new.kind.trim() != "free" && ctx.payments.is_none() {
        return Err(TicketingError::PaymentsUnavailable(PAYMENTS_OFF).into());
    }
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let event = night(&mut tx, event_id).await?;
    let ticket = tickets::create(&mut tx, event_id, new, Timestamp::from_utc(now)).await?;
    let detail =
        format!("{}: {} ({}, {})", event.title, ticket.name, ticket.kind, money(ticket.price, &ticket.currency));
    audit(&mut tx, event.chapter_id, actor, "ticket type added", &detail, now).await?;
    tx.commit().await?;
    Ok(ticket)
}

fn hold_until(now: DateTime<Utc>) -> Timestamp {
    Timestamp::from_utc(now + chrono::Duration::minutes(HOLD_MINUTES + HOLD_GRACE_MINUTES))
}

/// A purchase started: the RSVP, and where to pay when a seat is held.
#[derive(Debug, Clone)]
pub struct Purchase {
    pub rsvp: Rsvp,
    pub created: bool,
    /// Only for a seat this purchase held; never an existing RSVP's (that goes to its email).
    pub checkout_url: Option<String>,
    pub waitlist_position: Option<i64>,
}

/// Buys a paid ticket: holds a seat (or joins the waitlist when full), then opens a Stripe
/// Checkout Session for the hold and emails the link to pay. An email that has booked the
/// night already gets its ticket's link by email (at most once per quarter of an hour), and
/// the caller nothing of it: whoever typed the address may not be its owner.
///
/// `client` is the buyer's address: it may hold at most
/// [`MAX_OPEN_HOLDS_PER_CLIENT`](payments::MAX_OPEN_HOLDS_PER_CLIENT) seats of the night at a
/// time, so a script cannot hold every paid seat (the gateway rate-limits the requests too).
pub async fn buy(ctx: &Context, event_id: i64, purchase: &NewPurchase, client: IpAddr) -> Result<Purchase, Error> {
    if ctx.payments.is_none() {
        return Err(TicketingError::PaymentsUnavailable(PAYMENTS_OFF).into());
    }
    let now = ctx.clock.now();
    let client = payments::hold_client(event_id, client);
    let mut tx = ctx.db.begin().await?;
    let started = payments::start_purchase(&mut tx, event_id, purchase, &client, hold_until(now), now).await?;
    let event = night(&mut tx, event_id).await?;
    let email = if !started.created {
        compose::again_email(&ctx.sender, started.rsvp.lang(event.chapter_language), &event, &started.rsvp, now)
    } else if !started.held {
        compose::rsvp_email(
            &ctx.sender,
            started.rsvp.lang(event.chapter_language),
            &event,
            &started.rsvp,
            started.waitlist_position,
            now,
        )
    } else {
        // A held seat is told about once its Checkout Session is open (`open_checkout`).
        commit(ctx, tx, false).await?;
        let url = open_checkout(ctx, &event, &started.rsvp, true).await?;
        return Ok(Purchase { rsvp: started.rsvp, created: true, checkout_url: Some(url), waitlist_position: None });
    };
    let queued = queue(&mut tx, &email, now).await?;
    commit(ctx, tx, queued > 0).await?;
    Ok(Purchase {
        rsvp: started.rsvp,
        created: started.created,
        checkout_url: None,
        waitlist_position: started.waitlist_position,
    })
}

/// Opens the Checkout Session of a held ticket (`tell`: and emails the guest the link to pay,
/// in the transaction that records the session); if Stripe fails, the hold is released.
///
/// The URLs Stripe sends the buyer back to are the night's page, never the ticket's: Stripe
/// (its logs, its page's history, a shared screen) never sees a ticket token, and nothing on
/// those pages reveals or changes a ticket.
async fn open_checkout(ctx: &Context, event: &EventDetails, rsvp: &Rsvp, tell: bool) -> Result<String, Error> {
    let payments = ctx.payments.as_ref().ok_or(TicketingError::PaymentsUnavailable(PAYMENTS_OFF))?;
    let now = ctx.clock.now();
    let event_url = ctx.sender.event_url(event);
    let request = CheckoutRequest {
        rsvp_id: rsvp.id,
        product: format!("{} · {}", event.title, event.chapter_name),
        amount: rsvp.amount.unwrap_or(0),
        quantity: rsvp.seats(),
        currency: rsvp.currency.clone().unwrap_or_else(|| "eur".into()),
        email: rsvp.email.clone(),
        success_url: format!("{event_url}?paid=1"),
        cancel_url: format!("{event_url}?checkout=cancelled"),
        expires_at: (now + chrono::Duration::minutes(HOLD_MINUTES)).timestamp(),
    };
    match payments.create_checkout(&request).await {
        Ok(session) => {
            let mut tx = ctx.db.begin().await?;
            payments::attach_session(&mut tx, rsvp.id, &session.id, &session.url).await?;
            let queued = if tell {
                queue(
                    &mut tx,
                    &compose::held_email(&ctx.sender, rsvp.lang(event.chapter_language), event, rsvp, &session.url),
                    now,
                )
                .await?
            } else {
                0
            };
            commit(ctx, tx, queued > 0).await?;
            Ok(session.url)
        }
        Err(error) => {
            tracing::warn!(rsvp = rsvp.id, %error, "could not open a Stripe checkout; releasing the hold");
            let mut tx = ctx.db.begin().await?;
            let cancelled = waitlist::cancel(&mut tx, rsvp.id, CancelReason::HoldExpired, now).await?;
            let queued = tell_promotions(ctx, &mut tx, event, &cancelled.promotions, now).await?;
            commit(ctx, tx, queued > 0).await?;
            Err(TicketingError::Payment(error).into())
        }
    }
}

/// A Stripe webhook: verified against the raw body, applied once per event id.
pub async fn webhook(ctx: &Context, payload: &[u8], signature: Option<&str>) -> Result<Applied, Error> {
    let payments = ctx.payments.as_ref().ok_or(TicketingError::PaymentsUnavailable(PAYMENTS_OFF))?;
    let now = ctx.clock.now();
    let bad = |e: WebhookError| Error::BadRequest("bad_signature", failnight_core::Message::text(e.to_string()));
    payments::verify_signature(payload, signature.unwrap_or(""), payments.webhook_secret(), now).map_err(bad)?;
    let event = payments::parse_event(payload)
        .map_err(|e| Error::BadRequest("bad_payload", failnight_core::Message::text(e.to_string())))?;
    let mut tx = ctx.db.begin().await?;
    let applied = payments::apply_event(&mut tx, &event, now).await?;
    let mut queued = 0;
    let mut refund = false;
    match &applied {
        Applied::Confirmed(rsvp) => {
            let event = night(&mut tx, rsvp.event_id).await?;
            queued += queue(
                &mut tx,
                &compose::rsvp_email(&ctx.sender, rsvp.lang(event.chapter_language), &event, rsvp, None, now),
                now,
            )
            .await?;
        }
        Applied::PaidTooLate(rsvp) => {
            let event = night(&mut tx, rsvp.event_id).await?;
            let lang = rsvp.lang(event.chapter_language);
            let amount = lang.money(rsvp.amount.unwrap_or(0) * rsvp.seats(), rsvp.currency.as_deref().unwrap_or("eur"));
            let note = lang.f1("mail-refund-too-late", "amount", amount);
            let email = compose::rsvp_cancelled_email(
                &ctx.sender,
                rsvp.lang(event.chapter_language),
                &event,
                rsvp,
                false,
                true,
                Some(note),
                now,
            );
            queued += queue(&mut tx, &email, now).await?;
            refund = true;
        }
        Applied::Released { rsvp, promotions } => {
            let event = night(&mut tx, rsvp.event_id).await?;
            queued += tell_promotions(ctx, &mut tx, &event, promotions, now).await?;
        }
        Applied::Replay | Applied::Ignored | Applied::Refunded(_) => {}
    }
    commit(ctx, tx, queued > 0).await?;
    if refund {
        send_refunds(ctx).await;
    }
    Ok(applied)
}

/// Queues full refunds of every paid ticket of a cancelled night (in its transaction).
pub async fn refund_night(
    ctx: &Context,
    tx: &mut Tx,
    event: &EventDetails,
    now: DateTime<Utc>,
) -> Result<usize, Error> {
    let _ = ctx;
    let mut queued = 0;
    for rsvp in payments::paid_of_event_tx(tx, event.id).await? {
        let owed = payments::paid_total(&rsvp);
        if owed > 0 && !payments::has_refund_tx(tx, rsvp.id).await? {
            queued += usize::from(
                payments::queue_refund(tx, &rsvp, owed, "night_cancelled", Timestamp::from_utc(now)).await?,
            );
        }
    }
    Ok(queued)
}

/// Sends queued refunds to Stripe (idempotent per refund row). Returns how many went through;
/// failures stay queued for the next run and are logged.
pub async fn send_refunds(ctx: &Context) -> usize {
    let Some(payments) = ctx.payments.as_ref() else { return 0 };
    let pending = match payments::pending_refunds(&ctx.db, ctx.clock.timestamp(), 50).await {
        Ok(pending) => pending,
        Err(error) => {
            tracing::warn!(%error, "could not read pending refunds");
            return 0;
        }
    };
    let mut sent = 0;
    for refund in pending {
        let key = format!("failnight-refund-{}", refund.id);
        match payments.refund(&refund.payment_intent, refund.amount, &key).await {
            Ok(result) => {
                let marked = async {
                    let mut tx = ctx.db.begin().await?;
                    payments::mark_refund(&mut tx, &refund, Some(&result.id), &result.status).await?;
                    tx.commit().await
                };
                match marked.await {
                    Ok(()) => sent += 1,
                    Err(error) => {
                        tracing::warn!(refund = refund.id, %error, "refund sent but not recorded; retried with the same key")
                    }
                }
            }
            Err(error) => {
                let attempts = refund.attempts + 1;
                let pause = payments::refund_retry_delay(attempts).num_minutes();
                tracing::warn!(refund = refund.id, attempts, %error, "refund failed; retried in {pause} minutes");
                if let Err(e) = payments::refund_failed(&ctx.db, &refund, &error, ctx.clock.timestamp()).await {
                    tracing::warn!(refund = refund.id, error = %e, "could not record a failed refund");
                }
            }
        }
    }
    sent
}

/// What one run of the ticketing jobs did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JobsRun {
    pub expired: usize,
    pub promoted: usize,
    pub reconfirmations: usize,
    pub refunds: usize,
    /// Nights whose overbooked seats changed.
    pub overbooked: usize,
}

/// The time-based work: offers and holds that ran out pass their seats on; "still coming?"
/// emails go out; coming nights' waitlists fill up to the turnout advice where the chapter
/// lets them; queued refunds are sent. Safe on any number of instances (every step is a
/// conditional update under the night's lock, and emails are keyed).
pub async fn run_jobs(ctx: &Context) -> Result<JobsRun, Error> {
    let mut run = JobsRun::default();
    let now = ctx.clock.now();
    for event_id in waitlist::due_expiries(&ctx.db, now, 100).await? {
        let mut tx = ctx.db.begin().await?;
        let expired = waitlist::expire_event(&mut tx, event_id, now).await?;
        let event = night(&mut tx, event_id).await?;
        let mut queued = 0;
        for rsvp in &expired.offers {
            queued += queue(
                &mut tx,
                &compose::offer_expired_email(&ctx.sender, rsvp.lang(event.chapter_language), &event, rsvp),
                now,
            )
            .await?;
        }
        queued += tell_promotions(ctx, &mut tx, &event, &expired.promotions, now).await?;
        commit(ctx, tx, queued > 0).await?;
        run.expired += expired.offers.len() + expired.holds.len();
        run.promoted += expired.promotions.len();
    }
    for rsvp in waitlist::reconfirm_due(&ctx.db, now, 200).await? {
        let mut tx = ctx.db.begin().await?;
        let mut queued = 0;
        if waitlist::mark_reconfirm_sent(&mut tx, rsvp.id, now).await? {
            let event = night(&mut tx, rsvp.event_id).await?;
            queued += queue(
                &mut tx,
                &compose::reconfirm_email(&ctx.sender, rsvp.lang(event.chapter_language), &event, &rsvp),
                now,
            )
            .await?;
        }
        commit(ctx, tx, queued > 0).await?;
        run.reconfirmations += queued;
    }
    let (overbooked, promoted) = overbook_nights(ctx, None, now).await?;
    run.overbooked = overbooked;
    run.promoted += promoted;
    run.refunds = send_refunds(ctx).await;
    Ok(run)
}

/// [`overbook`] on the coming nights that may need it, of one chapter or all: how many nights
/// changed, and how many people were promoted.
async fn overbook_nights(ctx: &Context, chapter_id: Option<i64>, now: DateTime<Utc>) -> Result<(usize, usize), Error> {
    let (mut nights, mut promoted) = (0, 0);
    for night in waitlist::overbookable(&ctx.db, now, chapter_id, 100).await? {
        if let Some(n) = overbook(ctx, night, now).await? {
            nights += 1;
            promoted += n;
        }
    }
    Ok((nights, promoted))
}

/// Lets the waitlist of a coming night take the seats its turnout advice allows above the
/// night's capacity (at the chapter's risk, from its own history, never past the venue's
/// capacity), or takes back those no longer allowed that nobody holds; then seats whoever
/// fits. How many were promoted; `None` when the allowance did not change (nothing written:
/// seats freed meanwhile went to the waitlist when they were freed).
async fn overbook(ctx: &Context, night: waitlist::Overbookable, now: DateTime<Utc>) -> Result<Option<usize>, Error> {
    let event = events::get(&ctx.db, night.event_id).await?.ok_or(Error::NotFound("error-no-night".into()))?;
    let allowed = match night.room {
        Some(room) if night.risk > 0 => {
            crate::services::insights::advice(ctx, &event, night.risk).await?.map_or(0, |advice| advice.min(room))
                - event.capacity
        }
        _ => 0,
    }
    .max(0);
    // What the counter will hold: nobody loses a seat they have.
    if allowed.max(night.in_use - event.capacity) == night.overbook {
        return Ok(None);
    }
    let mut tx = ctx.db.begin().await?;
    if !seats::lock(&mut tx, event.id).await? {
        return Ok(None);
    }
    seats::set_overbook(&mut tx, event.id, event.capacity, allowed).await?;
    let promotions = waitlist::fill(&mut tx, event.id, now).await?;
    let queued = tell_promotions(ctx, &mut tx, &event, &promotions, now).await?;
    commit(ctx, tx, queued > 0).await?;
    Ok(Some(promotions.len()))
}

/// An RSVP by its ticket token (404 for anything else), read together with the other tickets
/// asked for at the same moment ([`super::ticket_reads`]).
pub async fn by_token(ctx: &Context, token: &str) -> Result<Rsvp, Error> {
    let not_found = Error::NotFound("error-ticket-link".into());
    if !failnight_core::token::may_be_token(token) {
        return Err(not_found);
    }
    super::ticket_reads::read(ctx, token).await?.ok_or(not_found)
}

/// Whether an RSVP state can still be cancelled by its guest.
pub fn cancellable(status: RsvpStatus) -> bool {
    matches!(
        status,
        RsvpStatus::Confirmed | RsvpStatus::Waitlisted | RsvpStatus::Offered | RsvpStatus::Pending | RsvpStatus::Held
    )
}

/// What a guest would get back of a paid ticket if they cancelled it now: the amount (minor
/// units) or why nothing, in the ticket's currency. Pages put it into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuestRefund {
    pub refund: Result<i64, NoRefund>,
    /// ISO 4217, upper case.
    pub currency: String,
}

/// [`GuestRefund`] of `rsvp` by the rule of [`cancel_by_guest`], for the confirmation step;
/// `None` when the ticket cost nothing.
pub async fn guest_refund(ctx: &Context, rsvp: &Rsvp) -> Result<Option<GuestRefund>, Error> {
    let owed = payments::paid_total(rsvp);
    if owed == 0 {
        return Ok(None);
    }
    let event = events::get(&ctx.db, rsvp.event_id).await?.ok_or(Error::NotFound("error-no-night".into()))?;
    let policy = seats::get(&ctx.db, event.id).await?.attendee_refund;
    let cutoff = settings::for_chapter(&ctx.db, event.chapter_id).await?.refund_cutoff_hours;
    let refund = payments::guest_refund(owed, policy, cutoff, event.starts_at, ctx.clock.timestamp());
    let currency = rsvp.currency.as_deref().unwrap_or("eur").to_ascii_uppercase();
    Ok(Some(GuestRefund { refund, currency }))
}
