//! Ticketing in the host pages: a night's ticket types and options (approval, refunds when a
//! guest cancels), approving, declining and cancelling RSVPs (with a confirmation step: the
//! guest is emailed, a paid ticket refunded), and the chapter's seat and waitlist settings.

use std::collections::HashMap;

use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use failnight_scheduling::events;
use failnight_ticketing::{Rsvp, RsvpStatus, rsvps, settings::SettingsPatch, tickets::NewTicketType};

use super::{
    FormState,
    chapter::{nav, settings_page},
    nights::{chapter_event, event_page},
    views::ConfirmPage,
};
use failnight_app::services::{Actor, ticketing as service};

use crate::{
    AppState,
    auth::ChapterAccess,
    error::{AppError, PageError},
    views::parse_money,
};

type Values = Form<HashMap<String, String>>;

fn event_url(access: &ChapterAccess, event_id: i64) -> String {
    format!("/host/c/{}/events/{event_id}", access.chapter.slug)
}

/// An RSVP of a night of this chapter.
async fn chapter_rsvp(state: &AppState, access: &ChapterAccess, id: &str) -> Result<Rsvp, AppError> {
    let not_found = AppError::NotFound("error-no-rsvp-chapter".into());
    let Ok(id) = id.parse::<i64>() else { return Err(not_found) };
    let Some(rsvp) = rsvps::get(&state.db, id).await? else { return Err(not_found) };
    match events::get(&state.db, rsvp.event_id).await? {
        Some(event) if event.chapter_id == access.chapter.id => Ok(rsvp),
        _ => Err(not_found),
    }
}

/// A new ticket type for the night; its price is typed as people type prices ("15", "7.50").
pub async fn create_ticket_type(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let mut form = FormState::new(values);
    let kind = form.v("kind").trim().to_string();
    let price = match (kind.as_str(), form.v("price").trim()) {
        ("free", _) => Some(0),
        (_, text) => parse_money(text),
    };
    let result = match price {
        Some(price) => {
            let currency = form.v("currency").trim().to_lowercase();
            let new = NewTicketType { name: form.v("name").to_string(), kind, price, currency };
            service::create_ticket_type(&state, Actor::Host(access.host_id()), event.id, &new)
                .await
                .map_err(AppError::from)
                .map(|_| ())
        }
        None => Err(failnight_core::Invalid::field("price", "error-price-host").into()),
    };
    let (status, errors) = match result {
        Ok(()) => {
            return Ok(Redirect::to(&format!("{}?saved=1#tickets", event_url(&access, event.id))).into_response());
        }
        Err(AppError::Invalid(errors)) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        // Paid tickets without Stripe: said next to the kind.
        Err(AppError::Conflict(_, message)) => {
            (StatusCode::CONFLICT, failnight_core::Invalid::field("kind", message).0)
        }
        Err(other) => return Err(other.into()),
    };
    form.errors = errors;
    let mut page = event_page(&state, &access, &event, super::nights::event_form(&event), false, 0).await?;
    page.ticket_form = form;
    Ok((status, page).into_response())
}

/// The night's options: approval of each RSVP, and whether a guest who cancels is refunded.
pub async fn save_options(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let form = FormState::new(values);
    let refund = form.text("attendee_refund").map(|r| r.trim().to_string());
    let actor = Actor::Host(access.host_id());
    service::set_event_options(&state, actor, event.id, Some(form.checked("approval")), refund).await?;
    Ok(Redirect::to(&format!("{}?saved=1#tickets", event_url(&access, event.id))).into_response())
}

pub async fn approve(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    decide(state, access, id, true).await
}

pub async fn decline(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    decide(state, access, id, false).await
}

async fn decide(state: AppState, access: ChapterAccess, id: String, approve: bool) -> Result<Response, PageError> {
    let rsvp = chapter_rsvp(&state, &access, &id).await?;
    service::decide(&state, Actor::Host(access.host_id()), rsvp.id, approve).await?;
    Ok(Redirect::to(&format!("{}#attendees", event_url(&access, rsvp.event_id))).into_response())
}

/// A host cancels a guest's place: first a confirmation step that says what follows.
pub async fn cancel(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let rsvp = chapter_rsvp(&state, &access, &id).await?;
    let back = event_url(&access, rsvp.event_id);
    let form = FormState::new(values);
    if form.v("confirm") != "yes" {
        let lang = access.lang();
        let paid = failnight_ticketing::payments::paid_total(&rsvp);
        let mut message =
            lang.f2("host-night-cancel-rsvp-message", "name", rsvp.name.as_str(), "email", rsvp.email.as_str());
        if paid > 0 {
            let amount = lang.money(paid, rsvp.currency.as_deref().unwrap_or("eur"));
            message.push(' ');
            message.push_str(&lang.f1("host-night-cancel-rsvp-refund", "amount", amount));
        }
        let page = ConfirmPage {
            lang,
            nav: nav(&access, "events"),
            title: lang.f1("host-night-cancel-rsvp-title", "name", rsvp.name.as_str()),
            message,
            button: lang.t("host-night-cancel-rsvp-button"),
            action: format!("/host/c/{}/rsvps/{}/cancel", access.chapter.slug, rsvp.id),
            back,
            fields: Vec::new(),
        };
        return Ok(page.into_response());
    }
    service::cancel_by_host(&state, Actor::Host(access.host_id()), rsvp.id).await?;
    Ok(Redirect::to(&format!("{back}#attendees")).into_response())
}

/// Whether a host may approve or decline (`pending`) or cancel the RSVP (it holds or waits
/// for a seat).
pub fn actions(status: RsvpStatus) -> (bool, bool) {
    (status == RsvpStatus::Pending, service::cancellable(status))
}

/// The chapter's seat and waitlist settings (owners).
pub async fn save_settings(
    State(state): State<AppState>,
    access: ChapterAccess,
    Form(values): Values,
) -> Result<Response, PageError> {
    let mut form = FormState::new(values);
    let patch = SettingsPatch {
        promotion_mode: form.text("promotion_mode").map(|m| m.trim().to_string()),
        offer_hours: form.number("offer_hours"),
        reconfirm_hours: form.number("reconfirm_hours"),
        max_plus_ones: form.number("max_plus_ones"),
        refund_cutoff_hours: form.number("refund_cutoff_hours"),
        overbook_risk: form.number("overbook_risk"),
    };
    let result = if form.errors.is_empty() {
        service::update_settings(&state, Actor::Host(access.host_id()), &access.chapter, &patch)
            .await
            .map_err(AppError::from)
            .map(|_| ())
    } else {
        Err(AppError::Invalid(form.errors.clone()))
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/host/c/{}/settings?saved=1", access.chapter.slug)).into_response()),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            let mut page = settings_page(&state, &access).await?;
            page.ticketing = form;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}
