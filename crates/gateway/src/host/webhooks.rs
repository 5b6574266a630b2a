//! A chapter's webhooks (owners): the endpoints, adding one (its secret shown once), one
//! endpoint with its last deliveries, pausing, resuming, a new secret, removing, sending a
//! delivery again.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::{
    Form,
    extract::{Path, Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use failnight_app::services::{Actor, webhooks as service};
use failnight_core::{
    Lang,
    webhooks::{self, Change, Delivery, Endpoint, Kind},
};

use super::{FormState, views::Nav};
use crate::{
    AppState,
    auth::ChapterAccess,
    error::{AppError, PageError},
};

/// Deliveries listed on an endpoint's page.
const LISTED: i64 = 50;

/// What a kind of event is called on the pages.
pub fn kind_label(lang: Lang, kind: Kind) -> String {
    lang.t(match kind {
        Kind::NightPublished => "host-webhook-kind-night-published",
        Kind::NightChanged => "host-webhook-kind-night-changed",
        Kind::NightCancelled => "host-webhook-kind-night-cancelled",
        Kind::RsvpConfirmed => "host-webhook-kind-rsvp-confirmed",
        Kind::RsvpWaitlisted => "host-webhook-kind-rsvp-waitlisted",
        Kind::RsvpCancelled => "host-webhook-kind-rsvp-cancelled",
        Kind::RsvpCheckedIn => "host-webhook-kind-rsvp-checked-in",
        Kind::StorySubmitted => "host-webhook-kind-story-submitted",
        Kind::StoryDecided => "host-webhook-kind-story-decided",
        Kind::LessonPublished => "host-webhook-kind-lesson-published",
    })
}

pub struct KindChoice {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}

pub struct EndpointRow {
    pub id: i64,
    pub url: String,
    pub description: String,
    /// Active, or paused and why.
    pub status: String,
    pub paused: bool,
}

fn status_of(lang: Lang, endpoint: &Endpoint, tz: chrono_tz::Tz) -> String {
    match (&endpoint.paused_at, endpoint.paused_reason.as_deref()) {
        (None, _) if endpoint.failures > 0 => lang.f1("host-webhook-failing", "count", endpoint.failures),
        (None, _) => lang.t("host-webhook-active"),
        (Some(at), Some(webhooks::PAUSED_FAILING)) => {
            lang.f1("host-webhook-paused-failing", "when", lang.date_time(at.to_utc(), tz))
        }
        (Some(at), _) => lang.f1("host-webhook-paused-by-host", "when", lang.date_time(at.to_utc(), tz)),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "host/webhooks.html")]
pub struct WebhooksPage {
    pub lang: Lang,
    pub nav: Nav,
    pub endpoints: Vec<EndpointRow>,
    pub kinds: Vec<KindChoice>,
    pub form: FormState,
}

pub struct DeliveryRow {
    pub id: i64,
    pub when: String,
    pub kind: String,
    pub event_id: String,
    /// Delivered, retrying at…, failed, waiting.
    pub outcome: String,
    pub ok: bool,
    pub attempts: i64,
    pub status: String,
    pub response: String,
    pub error: String,
    pub payload: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/webhook.html")]
pub struct WebhookPage {
    pub lang: Lang,
    pub nav: Nav,
    pub endpoint: EndpointRow,
    pub kinds: Vec<String>,
    /// The secret in full, only right after it was made; else its hint.
    pub secret: String,
    pub fresh_secret: bool,
    pub deliveries: Vec<DeliveryRow>,
    pub notice: String,
}

fn row(lang: Lang, endpoint: &Endpoint, tz: chrono_tz::Tz) -> EndpointRow {
    EndpointRow {
        id: endpoint.id,
        url: endpoint.url.clone(),
        description: endpoint.description.clone(),
        status: status_of(lang, endpoint, tz),
        paused: endpoint.paused_at.is_some(),
    }
}

fn delivery_row(lang: Lang, d: Delivery, tz: chrono_tz::Tz, now: failnight_core::Timestamp) -> DeliveryRow {
    let when = |t: failnight_core::Timestamp| lang.date_time(t.to_utc(), tz);
    let at = |t: Option<failnight_core::Timestamp>| when(t.unwrap_or(d.available_at));
    let (outcome, ok) = match d.status(now) {
        "delivered" => (lang.f1("host-webhook-delivered", "when", at(d.delivered_at)), true),
        "failed" => (lang.f1("host-webhook-failed", "when", at(d.failed_at)), false),
        "sending" => (lang.t("host-webhook-sending"), false),
        "waiting" => (lang.t("host-webhook-waiting"), false),
        _ => (lang.f1("host-webhook-retrying", "when", when(d.available_at)), false),
    };
    DeliveryRow {
        id: d.id,
        when: when(d.created_at),
        kind: kind_label(lang, d.kind),
        event_id: d.event_id,
        outcome,
        ok,
        attempts: d.attempts,
        status: d.last_status.map(|s| s.to_string()).unwrap_or_default(),
        response: d.last_response.unwrap_or_default(),
        error: d.last_error.unwrap_or_default(),
        payload: d.payload,
    }
}

fn nav(access: &ChapterAccess) -> Nav {
    super::chapter::nav(access, "settings")
}

fn choices(lang: Lang, checked: impl Fn(Kind) -> bool) -> Vec<KindChoice> {
    Kind::ALL
        .iter()
        .map(|k| KindChoice { value: k.as_str(), label: kind_label(lang, *k), checked: checked(*k) })
        .collect()
}

async fn list_page(
    state: &AppState,
    access: &ChapterAccess,
    form: FormState,
    kinds: Vec<KindChoice>,
) -> Result<WebhooksPage, AppError> {
    let lang = access.lang();
    let tz = access.chapter.tz();
    let endpoints = webhooks::list(&state.db, access.chapter.id).await?.iter().map(|e| row(lang, e, tz)).collect();
    Ok(WebhooksPage { lang, nav: nav(access), endpoints, kinds, form })
}

/// `GET /host/c/{slug}/webhooks`
pub async fn list(State(state): State<AppState>, access: ChapterAccess) -> Result<WebhooksPage, PageError> {
    let kinds = choices(access.lang(), |_| true);
    Ok(list_page(&state, &access, FormState::new(HashMap::new()), kinds).await?)
}

/// `POST /host/c/{slug}/webhooks`: the form's fields `url`, `description`, and one `events`
/// per kind checked.
pub async fn create(
    State(state): State<AppState>,
    access: ChapterAccess,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let value = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let kinds: Vec<Kind> = fields.iter().filter(|(k, _)| k == "events").filter_map(|(_, v)| Kind::parse(v)).collect();
    let new = service::NewEndpoint { url: value("url"), description: value("description"), kinds: kinds.clone() };
    match service::create_endpoint(&state, Actor::Host(access.host_id()), &access.chapter, &new)
        .await
        .map_err(AppError::from)
    {
        Ok(endpoint) => Ok(endpoint_page(&state, &access, endpoint.id, Some(endpoint.secret), String::new()).await?),
        Err(AppError::Invalid(errors)) => {
            let mut form =
                FormState::new(HashMap::from([("url".into(), new.url), ("description".into(), new.description)]));
            form.errors = errors;
            let page = list_page(&state, &access, form, choices(access.lang(), |k| kinds.contains(&k))).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// The endpoint's page; `secret` when just made (shown once, never cached or kept).
async fn endpoint_page(
    state: &AppState,
    access: &ChapterAccess,
    id: i64,
    secret: Option<String>,
    notice: String,
) -> Result<Response, AppError> {
    let lang = access.lang();
    let tz = access.chapter.tz();
    let (endpoint, kinds) = service::endpoint(state, &access.chapter, id).await?;
    let now = state.clock.timestamp();
    let deliveries = webhooks::deliveries(&state.db, id, LISTED)
        .await?
        .into_iter()
        .map(|d| delivery_row(lang, d, tz, now))
        .collect();
    let page = WebhookPage {
        lang,
        nav: nav(access),
        endpoint: row(lang, &endpoint, tz),
        kinds: kinds.into_iter().map(|k| kind_label(lang, k)).collect(),
        fresh_secret: secret.is_some(),
        secret: secret.unwrap_or_else(|| endpoint.secret_hint()),
        deliveries,
        notice,
    };
    let mut response = page.into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

fn parse(id: &str) -> Result<i64, AppError> {
    id.parse().map_err(|_| AppError::NotFound("error-no-webhook".into()))
}

/// `GET /host/c/{slug}/webhooks/{id}` (`?redelivered=1` after sending a delivery again)
pub async fn page(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let notice =
        if query.contains_key("redelivered") { access.lang().t("host-webhook-redelivering") } else { String::new() };
    Ok(endpoint_page(&state, &access, parse(&id)?, None, notice).await?)
}

async fn change(state: &AppState, access: &ChapterAccess, id: &str, change: Change) -> Result<Response, PageError> {
    let id = parse(id)?;
    let endpoint = service::change_endpoint(state, Actor::Host(access.host_id()), &access.chapter, id, &change).await?;
    if change.roll_secret {
        return Ok(endpoint_page(state, access, id, Some(endpoint.secret), String::new()).await?);
    }
    Ok(Redirect::to(&format!("/host/c/{}/webhooks/{id}", access.chapter.slug)).into_response())
}

/// `POST /host/c/{slug}/webhooks/{id}/pause`
pub async fn pause(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    change(&state, &access, &id, Change { paused: Some(true), ..Change::default() }).await
}

/// `POST /host/c/{slug}/webhooks/{id}/resume`
pub async fn resume(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    change(&state, &access, &id, Change { paused: Some(false), ..Change::default() }).await
}

/// `POST /host/c/{slug}/webhooks/{id}/secret`: a new secret, shown once.
pub async fn roll_secret(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    change(&state, &access, &id, Change { roll_secret: true, ..Change::default() }).await
}

/// `POST /host/c/{slug}/webhooks/{id}/delete`
pub async fn delete(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Redirect, PageError> {
    service::delete_endpoint(&state, Actor::Host(access.host_id()), &access.chapter, parse(&id)?).await?;
    Ok(Redirect::to(&format!("/host/c/{}/webhooks", access.chapter.slug)))
}

/// `POST /host/c/{slug}/webhooks/{id}/deliveries/{delivery}/redeliver`
pub async fn redeliver(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id, delivery)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let (id, delivery) = (parse(&id)?, parse(&delivery)?);
    service::redeliver(&state, Actor::Host(access.host_id()), &access.chapter, id, delivery).await?;
    Ok(Redirect::to(&format!("/host/c/{}/webhooks/{id}?redelivered=1", access.chapter.slug)).into_response())
}
