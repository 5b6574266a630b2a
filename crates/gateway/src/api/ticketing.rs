//! Ticketing endpoints: tickets by their token (cancel, accept an offer, "still coming"),
//! hosts' RSVP actions, per-night and chapter settings, ticket types, paid tickets and the
//! Stripe webhook, and the door (check-in, walk-ins, counts, the CSV door list).

use axum::{
    Json,
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use failnight_scheduling::EventDetails;
use failnight_ticketing::{
    Rsvp,
    door::{self, CheckIn, Undo},
    payments::{Applied, NewPurchase},
    rsvps::{self, NewRsvp},
    seats,
    settings::{self, ChapterSettings, SettingsPatch},
    tickets::{self, NewTicketType},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiJson, RsvpStatus, doc, parse_id, public_event};
use failnight_app::{
    Operation,
    permissions::authorize,
    services::{Actor, ticketing as service},
};

use crate::{
    AppState,
    auth::{ApiHost, MaybeApiHost},
    error::{AppError, ErrorBody},
};

doc::words! {
    /// Why an RSVP was cancelled: by its guest (`attendee`), by a host, an offer or a hold that
    /// ran out, or the night was cancelled.
    pub CancelReason => failnight_ticketing::waitlist::CancelReason::ALL.map(|r| r.as_str())
}

/// An RSVP as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Ticket {
    pub id: i64,
    pub event_id: i64,
    pub name: String,
    /// Empty for a walk-in who gave none.
    pub email: String,
    #[schema(value_type = RsvpStatus)]
    pub status: String,
    pub plus_ones: i64,
    /// RFC 3339, for an open offer.
    #[schema(format = DateTime)]
    pub offer_expires_at: Option<String>,
    #[schema(format = DateTime)]
    pub checked_in_at: Option<String>,
    pub walk_in: bool,
    #[schema(value_type = Option<CancelReason>)]
    pub cancel_reason: Option<String>,
    /// Minor units, for paid tickets.
    pub amount: Option<i64>,
    /// ISO 4217, lower case, for paid tickets.
    #[schema(pattern = "^[a-z]{3}$")]
    pub currency: Option<String>,
    pub paid: bool,
    pub refunded_amount: i64,
    pub waitlist_position: Option<i64>,
}

impl Ticket {
    pub fn new(rsvp: &Rsvp, waitlist_position: Option<i64>) -> Self {
        Ticket {
            id: rsvp.id,
            event_id: rsvp.event_id,
            name: rsvp.name.clone(),
            email: rsvp.shown_email().to_string(),
            status: rsvp.status.to_string(),
            plus_ones: rsvp.plus_ones,
            offer_expires_at: rsvp.offer_expires_at.map(|t| t.to_utc().to_rfc3339()),
            checked_in_at: rsvp.checked_in_at.map(|t| t.to_utc().to_rfc3339()),
            walk_in: rsvp.walk_in,
            cancel_reason: rsvp.cancel_reason.map(|r| r.to_string()),
            amount: rsvp.amount,
            currency: rsvp.currency.clone(),
            paid: rsvp.paid_at.is_some(),
            refunded_amount: rsvp.refunded_amount,
            waitlist_position,
        }
    }
}

async fn ticket_out(state: &AppState, rsvp: &Rsvp) -> Result<Ticket, AppError> {
    let position = match rsvp.status() {
        failnight_ticketing::RsvpStatus::Waitlisted => Some(rsvps::waitlist_position(&state.db, rsvp).await?),
        _ => None,
    };
    Ok(Ticket::new(rsvp, position))
}

/// A ticket by its token (the link in the guest's email).
#[utoipa::path(get, path = "/api/v1/tickets/{token}", params(("token" = String, Path)),
    responses((status = 200, body = Ticket), (status = 404, body = ErrorBody)))]
pub async fn get_ticket(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<Ticket>, AppError> {
    let rsvp = service::by_token(&state, &token).await?;
    Ok(Json(ticket_out(&state, &rsvp).await?))
}

/// The guest cancels their place (seat, offer, hold or waitlist place); the seat goes to the
/// waitlist. Cancelling twice is harmless. A paid ticket is refunded by the night's policy
/// until the chapter's `refund_cutoff_hours` before the night; once the night has started,
/// guests cannot cancel (409 `night_started`).
#[utoipa::path(post, path = "/api/v1/tickets/{token}/cancel", params(("token" = String, Path)),
    responses((status = 200, body = Ticket), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn cancel_ticket(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<Ticket>, AppError> {
    let rsvp = service::by_token(&state, &token).await?;
    let cancelled = service::cancel_by_guest(&state, rsvp.id).await?;
    Ok(Json(Ticket::new(&cancelled.rsvp, None)))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    pub ticket: Ticket,
    /// For a paid ticket: the Stripe Checkout page to pay on.
    #[schema(format = "uri")]
    pub checkout_url: Option<String>,
}

/// The guest accepts the seat offered to them (before the offer expires).
#[utoipa::path(post, path = "/api/v1/tickets/{token}/accept", params(("token" = String, Path)),
    responses((status = 200, body = Accepted), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 502, description = "A paid seat: Stripe could not be reached to open its checkout (`payment_provider_error`)", body = ErrorBody)))]
pub async fn accept_offer(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Json<Accepted>, AppError> {
    let rsvp = service::by_token(&state, &token).await?;
    let outcome = service::accept_offer(&state, rsvp.id).await?;
    Ok(Json(Accepted { ticket: Ticket::new(&outcome.rsvp, None), checkout_url: outcome.checkout_url }))
}

/// "Yes, I am still coming" (the answer to the reconfirmation email).
#[utoipa::path(post, path = "/api/v1/tickets/{token}/still-coming", params(("token" = String, Path)),
    responses((status = 200, body = Ticket), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn still_coming(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<Ticket>, AppError> {
    let rsvp = service::by_token(&state, &token).await?;
    Ok(Json(Ticket::new(&service::still_coming(&state, rsvp.id).await?, None)))
}

/// The night `id` if the caller's role in its chapter allows `operation`.
async fn event_for(state: &AppState, host: &ApiHost, id: &str, operation: Operation) -> Result<EventDetails, AppError> {
    super::scheduling::hosted_event(state, host, id, operation).await
}

/// The RSVP `id` if the caller's role in its night's chapter allows `operation`.
async fn rsvp_for(state: &AppState, host: &ApiHost, id: &str, operation: Operation) -> Result<Rsvp, AppError> {
    let not_found = || AppError::NotFound("error-no-rsvp".into());
    let rsvp = rsvps::get(&state.db, id.parse().map_err(|_| not_found())?).await?.ok_or_else(not_found)?;
    event_for(state, host, &rsvp.event_id.to_string(), operation).await?;
    Ok(rsvp)
}

/// Every RSVP of a night, in booking order (hosts).
#[utoipa::path(get, operation_id = Operation::ViewRsvps.id(), path = "/api/v1/events/{id}/rsvps", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Ticket>), (status = 403, body = ErrorBody)), security(("host_token" = [])))]
pub async fn list_rsvps(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Vec<Ticket>>, AppError> {
    let event = event_for(&state, &host, &id, Operation::ViewRsvps).await?;
    let all = rsvps::list(&state.db, event.id).await?;
    let mut position = 0;
    Ok(Json(
        all.iter()
            .map(|r| {
                let waiting = r.status() == failnight_ticketing::RsvpStatus::Waitlisted;
                position += i64::from(waiting);
                Ticket::new(r, waiting.then_some(position))
            })
            .collect(),
    ))
}

/// A host cancels an RSVP: the guest is told, a paid ticket refunded in full.
#[utoipa::path(post, operation_id = Operation::CancelRsvp.id(), path = "/api/v1/rsvps/{id}/cancel", params(("id" = i64, Path)),
    responses((status = 200, body = Ticket), (status = 409, body = ErrorBody)), security(("host_token" = [])))]
pub async fn host_cancel(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Ticket>, AppError> {
    let rsvp = rsvp_for(&state, &host, &id, Operation::CancelRsvp).await?;
    let cancelled = service::cancel_by_host(&state, Actor::Host(host.host_id), rsvp.id).await?;
    Ok(Json(Ticket::new(&cancelled.rsvp, None)))
}

/// Approve a pending RSVP (approval mode): a seat if free, else the waitlist.
#[utoipa::path(post, operation_id = Operation::ApproveRsvp.id(), path = "/api/v1/rsvps/{id}/approve", params(("id" = i64, Path)),
    responses((status = 200, body = Ticket), (status = 409, body = ErrorBody)), security(("host_token" = [])))]
pub async fn approve(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Ticket>, AppError> {
    let rsvp = rsvp_for(&state, &host, &id, Operation::ApproveRsvp).await?;
    let rsvp = service::decide(&state, Actor::Host(host.host_id), rsvp.id, true).await?;
    Ok(Json(ticket_out(&state, &rsvp).await?))
}

/// Decline a pending RSVP.
#[utoipa::path(post, operation_id = Operation::DeclineRsvp.id(), path = "/api/v1/rsvps/{id}/decline", params(("id" = i64, Path)),
    responses((status = 200, body = Ticket), (status = 409, body = ErrorBody)), security(("host_token" = [])))]
pub async fn decline(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Ticket>, AppError> {
    let rsvp = rsvp_for(&state, &host, &id, Operation::DeclineRsvp).await?;
    Ok(Json(Ticket::new(&service::decide(&state, Actor::Host(host.host_id), rsvp.id, false).await?, None)))
}

doc::words! {
    /// What a guest who cancels a paid ticket gets back: `full` or `none` (until the chapter's
    /// `refund_cutoff_hours` before the night either way).
    pub AttendeeRefund => failnight_ticketing::seats::AttendeeRefund::ALL.map(|r| r.as_str())
}

/// A night's ticketing options to change; those left out (or null) keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct EventTicketing {
    /// New RSVPs wait for a host's approval.
    pub approval: Option<bool>,
    #[schema(value_type = Option<AttendeeRefund>)]
    pub attendee_refund: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventTicketingOut {
    pub approval: bool,
    #[schema(value_type = AttendeeRefund)]
    pub attendee_refund: String,
    /// The night's seats.
    pub capacity: i64,
    /// Seats above `capacity` that only the waitlist may take, when the chapter lets it fill
    /// up to its turnout advice (the chapter's `overbook_risk`); 0 otherwise.
    pub overbooked: i64,
    pub confirmed: i64,
    pub held: i64,
    pub offered: i64,
}

impl From<seats::Seats> for EventTicketingOut {
    fn from(s: seats::Seats) -> Self {
        EventTicketingOut {
            approval: s.approval,
            attendee_refund: s.attendee_refund.to_string(),
            capacity: s.capacity - s.overbook,
            overbooked: s.overbook,
            confirmed: s.confirmed,
            held: s.held,
            offered: s.offered,
        }
    }
}

/// A night's ticketing options: approval mode and the attendee refund policy.
#[utoipa::path(patch, operation_id = Operation::UpdateNightTicketing.id(), path = "/api/v1/events/{id}/ticketing", params(("id" = i64, Path)), request_body = EventTicketing,
    responses((status = 200, body = EventTicketingOut), (status = 422, body = ErrorBody)), security(("host_token" = [])))]
pub async fn update_event_ticketing(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<EventTicketing>,
) -> Result<Json<EventTicketingOut>, AppError> {
    let event = event_for(&state, &host, &id, Operation::UpdateNightTicketing).await?;
    let seats =
        service::set_event_options(&state, Actor::Host(host.host_id), event.id, body.approval, body.attendee_refund)
            .await?;
    Ok(Json(seats.into()))
}

doc::words! {
    /// How a freed seat goes to the waitlist: `auto` (confirm the next waitlisted person) or
    /// `offer` (offer the seat, until `offer_hours` have passed).
    pub PromotionMode => failnight_ticketing::settings::PromotionMode::ALL.map(|m| m.as_str())
}

/// The settings to change; those left out (or null) keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct SettingsBody {
    #[schema(value_type = Option<PromotionMode>)]
    pub promotion_mode: Option<String>,
    /// How long an offered seat waits for its guest.
    #[schema(minimum = 1, maximum = 720)]
    pub offer_hours: Option<i64>,
    /// "Still coming?" email this many hours before the night; 0 = never.
    #[schema(minimum = 0, maximum = 720)]
    pub reconfirm_hours: Option<i64>,
    #[schema(minimum = 0, maximum = 10)]
    pub max_plus_ones: Option<i64>,
    /// A guest who cancels a paid ticket less than this many hours before the night is not
    /// refunded; 0 (the default) = until the night starts. Guests cannot cancel once it has
    /// started; hosts can, and always refund in full.
    #[schema(minimum = 0, maximum = 720)]
    pub refund_cutoff_hours: Option<i64>,
    /// 0 (the default) = off.
    #[schema(value_type = Option<super::doc::OverbookRisk>)]
    pub overbook_risk: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SettingsOut {
    #[schema(value_type = PromotionMode)]
    pub promotion_mode: String,
    pub offer_hours: i64,
    pub reconfirm_hours: i64,
    pub max_plus_ones: i64,
    pub refund_cutoff_hours: i64,
    #[schema(value_type = super::doc::OverbookRisk)]
    pub overbook_risk: i64,
    /// Whether paid tickets can be sold (Stripe configured), and if not, why.
    pub payments_available: bool,
    pub payments_note: Option<String>,
}

fn settings_out(state: &AppState, s: ChapterSettings) -> SettingsOut {
    SettingsOut {
        promotion_mode: s.promotion_mode.to_string(),
        offer_hours: s.offer_hours,
        reconfirm_hours: s.reconfirm_hours,
        max_plus_ones: s.max_plus_ones,
        refund_cutoff_hours: s.refund_cutoff_hours,
        overbook_risk: s.overbook_risk,
        payments_available: state.payments.is_some(),
        payments_note: state.payments.is_none().then(|| service::PAYMENTS_OFF.to_string()),
    }
}

/// The chapter's ticketing settings.
#[utoipa::path(get, operation_id = Operation::ViewTicketingSettings.id(), path = "/api/v1/chapters/{slug}/settings", params(("slug" = String, Path)),
    responses((status = 200, body = SettingsOut)), security(("host_token" = [])))]
pub async fn get_settings(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<Json<SettingsOut>, AppError> {
    let chapter = super::scheduling::hosted_chapter(&state, &host, &slug, Operation::ViewTicketingSettings).await?;
    Ok(Json(settings_out(&state, settings::for_chapter(&state.db, chapter.id).await?)))
}

/// Change the chapter's ticketing settings (owners, as on the settings page).
#[utoipa::path(patch, operation_id = Operation::UpdateTicketingSettings.id(), path = "/api/v1/chapters/{slug}/settings", params(("slug" = String, Path)), request_body = SettingsBody,
    responses((status = 200, body = SettingsOut), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn update_settings(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<SettingsBody>,
) -> Result<Json<SettingsOut>, AppError> {
    let chapter = super::scheduling::hosted_chapter(&state, &host, &slug, Operation::UpdateTicketingSettings).await?;
    let patch = SettingsPatch {
        promotion_mode: body.promotion_mode,
        offer_hours: body.offer_hours,
        reconfirm_hours: body.reconfirm_hours,
        max_plus_ones: body.max_plus_ones,
        refund_cutoff_hours: body.refund_cutoff_hours,
        overbook_risk: body.overbook_risk,
    };
    Ok(Json(settings_out(&state, service::update_settings(&state, Actor::Host(host.host_id), &chapter, &patch).await?)))
}

doc::words! {
    /// `free`, `paid` or `pwyw` (pay what you want: `price` is the minimum).
    pub TicketKind => failnight_ticketing::tickets::TicketKind::ALL.map(|k| k.as_str())
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct TicketTypeBody {
    #[schema(required = true, format = "line", max_length = 80, example = "Standard")]
    pub name: String,
    #[schema(value_type = TicketKind, required = true)]
    pub kind: String,
    /// Minor units (cents): 0 for a free ticket, 50 to 1,000,000 for a paid one, the minimum
    /// (0 to 1,000,000) for pay what you want.
    #[schema(minimum = 0, maximum = 1_000_000)]
    pub price: i64,
    /// ISO 4217 (any case); EUR when empty or left out.
    #[schema(pattern = r"^\s*(?:[A-Za-z]{3})?\s*$")]
    pub currency: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TicketTypeOut {
    pub id: i64,
    pub name: String,
    #[schema(value_type = TicketKind)]
    pub kind: String,
    pub price: i64,
    /// ISO 4217, lower case.
    #[schema(pattern = "^[a-z]{3}$")]
    pub currency: String,
}

impl From<tickets::TicketType> for TicketTypeOut {
    fn from(t: tickets::TicketType) -> Self {
        TicketTypeOut { id: t.id, name: t.name, kind: t.kind.to_string(), price: t.price, currency: t.currency }
    }
}

/// Add a ticket type to a night. Paid types need Stripe configured (else 409 `payments_unavailable`).
#[utoipa::path(post, operation_id = Operation::CreateTicketType.id(), path = "/api/v1/events/{id}/ticket-types", params(("id" = i64, Path)), request_body = TicketTypeBody,
    responses((status = 201, body = TicketTypeOut), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn create_ticket_type(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TicketTypeBody>,
) -> Result<impl IntoResponse, AppError> {
    let event = event_for(&state, &host, &id, Operation::CreateTicketType).await?;
    let new = NewTicketType { name: body.name, kind: body.kind, price: body.price, currency: body.currency };
    let ticket = service::create_ticket_type(&state, Actor::Host(host.host_id), event.id, &new).await?;
    Ok((StatusCode::CREATED, Json(TicketTypeOut::from(ticket))))
}

/// A night's ticket types (public).
#[utoipa::path(get, path = "/api/v1/events/{id}/ticket-types", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<TicketTypeOut>)))]
pub async fn list_ticket_types(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Vec<TicketTypeOut>>, AppError> {
    let event = public_event(&state, parse_id(&id)?).await?;
    Ok(Json(tickets::list(&state.db, event.id).await?.into_iter().map(TicketTypeOut::from).collect()))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct BuyBody {
    /// One of the night's paid or pay-what-you-want ticket types.
    #[schema(required = true, minimum = 1, maximum = 9_007_199_254_740_991_i64)]
    pub ticket_type_id: i64,
    #[schema(required = true, format = "line", max_length = 100, example = "Ada Lovelace")]
    pub name: String,
    #[schema(required = true, schema_with = doc::email)]
    pub email: String,
    /// Guests coming along (up to the chapter's `max_plus_ones`, at most 10).
    #[schema(minimum = 0, maximum = 10)]
    pub plus_ones: i64,
    /// Pay what you want: the amount in cents (at least the minimum); ignored for a paid ticket.
    #[schema(minimum = 1, maximum = 1_000_000)]
    pub amount: Option<i64>,
    /// `true`: the guest read and accepts the chapter's code of conduct; required.
    #[schema(required = true)]
    pub accept_code_of_conduct: bool,
}

/// A host's view of a purchase (with a host token of the night's chapter).
#[derive(Debug, Serialize, ToSchema)]
pub struct Bought {
    /// `held` (pay at `checkout_url`), `waitlisted`, `pending`, or the existing state.
    #[schema(value_type = RsvpStatus)]
    pub status: String,
    #[schema(format = "uri")]
    pub checkout_url: Option<String>,
    #[schema(format = "uri")]
    pub ticket_url: Option<String>,
    pub already_registered: bool,
    pub waitlist_position: Option<i64>,
}

/// Buy a paid ticket: the seat is held while the Stripe Checkout Session is open (30 minutes),
/// and the link to pay is emailed. The public answer is the same whatever was booked (202, see
/// `CheckYourEmail`); a host of the night's chapter (API token) gets the details instead (201
/// new, with the `checkout_url`; 200 existing). One address holds at most two seats of a night
/// at a time (409 `too_many_holds`), and requests are rate-limited per address and per email
/// (429).
#[utoipa::path(post, path = "/api/v1/events/{id}/tickets", params(("id" = i64, Path)), request_body = BuyBody,
    responses(
        (status = 202, description = "Received; what happens next is emailed (the same answer whether or not the email had booked)", body = super::CheckYourEmail),
        (status = 201, description = "With a host token: booked", body = Bought),
        (status = 200, description = "With a host token: this email had booked already", body = Bought),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 429, body = ErrorBody), (status = 502, body = ErrorBody)),
    security((), ("host_token" = [])))]
pub async fn buy(
    State(state): State<AppState>,
    client: crate::client::ClientIp,
    MaybeApiHost(host): MaybeApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<BuyBody>,
) -> Result<Response, AppError> {
    crate::ratelimit::public_write(&state, client, &body.email).await?;
    let event = public_event(&state, parse_id(&id)?).await?;
    if let Some(host) = &host {
        authorize(&state.db, host, event.chapter_id, Operation::ViewRsvps).await?;
    }
    let purchase = NewPurchase {
        rsvp: NewRsvp {
            name: body.name,
            email: body.email,
            plus_ones: body.plus_ones,
            language: None,
            accepts_code_of_conduct: body.accept_code_of_conduct,
        },
        ticket_type_id: body.ticket_type_id,
        amount: body.amount,
    };
    let bought = service::buy(&state, event.id, &purchase, client.0).await?;
    if host.is_none() {
        return Ok(super::check_your_email());
    }
    let status = if bought.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((
        status,
        Json(Bought {
            status: bought.rsvp.status.to_string(),
            checkout_url: bought.checkout_url,
            ticket_url: bought.created.then(|| state.sender.ticket_url(&bought.rsvp.token)),
            already_registered: !bought.created,
            waitlist_position: bought.waitlist_position,
        }),
    )
        .into_response())
}

doc::words! {
    /// `processed`, `replay` (this event was applied before) or `ignored` (of no concern).
    pub WebhookResult => ["processed", "replay", "ignored"]
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookOut {
    #[schema(value_type = WebhookResult)]
    pub result: &'static str,
}

/// Stripe's webhook: the raw body's `Stripe-Signature` is verified (5 minutes tolerance,
/// constant-time), and each Stripe event id is applied once.
#[utoipa::path(post, path = "/api/v1/stripe/webhook",
    params(("Stripe-Signature" = String, Header, description = "Stripe's signature of the raw body: `t=<unix time>,v1=<HMAC-SHA256 hex>`")),
    request_body(content = Object, content_type = "application/json", description = "A Stripe event, as Stripe sent it"),
    responses((status = 200, body = WebhookOut),
        (status = 400, description = "No valid signature of this body within 5 minutes (`bad_signature`), or not a Stripe event (`bad_payload`)", body = ErrorBody),
        (status = 409, description = "This instance sells no paid tickets: no Stripe keys (`payments_unavailable`)", body = ErrorBody)))]
pub async fn stripe_webhook(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<WebhookOut>, AppError> {
    let signature = headers.get("stripe-signature").and_then(|v| v.to_str().ok());
    let applied = service::webhook(&state, &body, signature).await?;
    let result = match applied {
        Applied::Replay => "replay",
        Applied::Ignored => "ignored",
        _ => "processed",
    };
    Ok(Json(WebhookOut { result }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct CheckInBody {
    /// The code from the ticket's QR code, or the whole scanned check-in URL.
    #[schema(required = true)]
    pub code: String,
}

doc::words! {
    /// `checked_in`, or `already_checked_in` for a second scan.
    pub CheckInResult => ["checked_in", "already_checked_in"]
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CheckInOut {
    #[schema(value_type = CheckInResult)]
    pub result: &'static str,
    /// For the door: "Checked in." or "Already checked in at 19:42."
    pub message: String,
    pub ticket: Ticket,
    pub counts: DoorCounts,
}

/// Check in a ticket by its QR code (role `door` or higher). A second scan answers when.
#[utoipa::path(post, operation_id = Operation::CheckIn.id(), path = "/api/v1/events/{id}/check-ins", params(("id" = i64, Path)), request_body = CheckInBody,
    responses((status = 200, body = CheckInOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("host_token" = ["door"])))]
pub async fn check_in(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CheckInBody>,
) -> Result<Json<CheckInOut>, AppError> {
    let event = event_for(&state, &host, &id, Operation::CheckIn).await?;
    let unknown = |e: AppError| match e {
        AppError::NotFound(_) => AppError::NotFound("error-no-ticket-code".into()),
        other => other,
    };
    let result = service::check_in(&state, Actor::Host(host.host_id), &event, &body.code)
        .await
        .map_err(|e| unknown(e.into()))?;
    let (result, rsvp) = match result {
        CheckIn::Done(rsvp) => ("checked_in", rsvp),
        CheckIn::Already(rsvp) => ("already_checked_in", rsvp),
    };
    let at = rsvp
        .checked_in_at
        .map(|t| t.to_utc().with_timezone(&event.tz()).format("%H:%M").to_string())
        .unwrap_or_default();
    let message = if result == "checked_in" {
        format!(
            "Checked in: {}{}.",
            rsvp.name,
            if rsvp.plus_ones > 0 { format!(" + {}", rsvp.plus_ones) } else { String::new() }
        )
    } else {
        format!("Already checked in at {at}.")
    };
    Ok(Json(CheckInOut {
        result,
        message,
        ticket: Ticket::new(&rsvp, None),
        counts: door::counts(&state.db, event.id).await?.into(),
    }))
}

doc::words! {
    /// `undone`, or `not_checked_in` when the guest was not in (an undo sent twice).
    pub UndoResult => ["undone", "not_checked_in"]
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UndoOut {
    #[schema(value_type = UndoResult)]
    pub result: &'static str,
    pub ticket: Ticket,
    pub counts: DoorCounts,
}

/// Take back a mistaken check-in (role `door` or higher): the guest keeps the seat and can be
/// checked in again. A walk-in's check-in is their seat and is refused here (409): cancel it.
#[utoipa::path(post, operation_id = Operation::UndoCheckIn.id(), path = "/api/v1/events/{id}/check-ins/undo", params(("id" = i64, Path)), request_body = CheckInBody,
    responses((status = 200, body = UndoOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("host_token" = ["door"])))]
pub async fn undo_check_in(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CheckInBody>,
) -> Result<Json<UndoOut>, AppError> {
    let event = event_for(&state, &host, &id, Operation::UndoCheckIn).await?;
    let result = service::undo_check_in(&state, Actor::Host(host.host_id), &event, &body.code).await.map_err(|e| {
        match AppError::from(e) {
            AppError::NotFound(_) => AppError::NotFound("error-no-ticket-code".into()),
            other => other,
        }
    })?;
    let (result, rsvp) = match result {
        Undo::Done(rsvp) => ("undone", rsvp),
        Undo::NotIn(rsvp) => ("not_checked_in", rsvp),
    };
    Ok(Json(UndoOut {
        result,
        ticket: Ticket::new(&rsvp, None),
        counts: door::counts(&state.db, event.id).await?.into(),
    }))
}

/// Live numbers for the door, in seats (guests with their plus-ones).
#[derive(Debug, Serialize, ToSchema)]
pub struct DoorCounts {
    pub checked_in: i64,
    /// Confirmed seats, checked in or not.
    pub confirmed: i64,
    pub capacity: i64,
    pub held: i64,
    pub offered: i64,
    /// People on the waitlist.
    pub waitlisted: i64,
}

impl From<door::DoorCounts> for DoorCounts {
    fn from(c: door::DoorCounts) -> Self {
        DoorCounts {
            checked_in: c.checked_in,
            confirmed: c.confirmed,
            capacity: c.capacity,
            held: c.held,
            offered: c.offered,
            waitlisted: c.waitlisted,
        }
    }
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct WalkInBody {
    #[schema(required = true, format = "line", max_length = 100, example = "Grace Hopper")]
    pub name: String,
    #[schema(value_type = Option<doc::EmailOrNothing>)]
    pub email: Option<String>,
    #[schema(minimum = 0, maximum = 10)]
    pub plus_ones: i64,
}

/// Add a walk-in at the door: a free seat, checked in at once (role `door` or higher).
#[utoipa::path(post, operation_id = Operation::AddWalkIn.id(), path = "/api/v1/events/{id}/walk-ins", params(("id" = i64, Path)), request_body = WalkInBody,
    responses((status = 201, body = Ticket), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = ["door"])))]
pub async fn walk_in(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<WalkInBody>,
) -> Result<impl IntoResponse, AppError> {
    let event = event_for(&state, &host, &id, Operation::AddWalkIn).await?;
    let rsvp = service::walk_in(
        &state,
        Actor::Host(host.host_id),
        event.id,
        &body.name,
        body.email.as_deref(),
        body.plus_ones,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(Ticket::new(&rsvp, None))))
}

/// Live counts for the door, in seats: checked in / confirmed / capacity (role `door`).
#[utoipa::path(get, operation_id = Operation::ViewDoor.id(), path = "/api/v1/events/{id}/door", params(("id" = i64, Path)),
    responses((status = 200, body = DoorCounts)), security(("host_token" = ["door"])))]
pub async fn door_counts(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<DoorCounts>, AppError> {
    let event = event_for(&state, &host, &id, Operation::ViewDoor).await?;
    Ok(Json(door::counts(&state.db, event.id).await?.into()))
}

/// The door list as CSV (everyone with a seat, by name, then the speakers with what they allow
/// to be published; formula-like cells neutralised).
#[utoipa::path(get, operation_id = Operation::ExportDoorList.id(), path = "/api/v1/events/{id}/door-list.csv", params(("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv", body = String)), security(("host_token" = ["door"])))]
pub async fn door_list(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let event = event_for(&state, &host, &id, Operation::ExportDoorList).await?;
    let speakers: Vec<(String, String)> = failnight_submissions::lineup::placed(&state.db, event.id)
        .await?
        .into_iter()
        .map(|s| (s.name.clone(), s.consent_note()))
        .collect();
    let csv = door::door_list_csv(&state.db, event.id, event.tz(), &speakers).await?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"door-list.csv\"")),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        csv,
    )
        .into_response())
}
