//! A chapter's webhook endpoints and their deliveries (owners). What a delivery looks like and
//! how to check its signature: `docs/webhooks.md`.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::IntoResponse,
};
use failnight_app::{
    Operation,
    services::{Actor, webhooks as service},
};
use failnight_core::{
    Timestamp,
    webhooks::{self, Change, Kind},
};
use failnight_scheduling::Chapter;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    ApiJson, doc, parse_id,
    scheduling::{hosted_chapter, hosted_chapter_of},
};
use crate::{
    AppState,
    auth::ApiHost,
    error::{AppError, ErrorBody},
};

doc::words! {
    /// What happened: a night published, changed or cancelled; an RSVP confirmed, waitlisted,
    /// cancelled or checked in; a story submitted or decided; a lesson published.
    pub EventKind => Kind::ALL.map(|k| k.as_str())
}

/// Webhook `id` and its chapter, if the caller's role there allows `operation`.
async fn hosted_webhook(
    state: &AppState,
    host: &ApiHost,
    id: &str,
    operation: Operation,
) -> Result<(Chapter, i64), AppError> {
    let id = parse_id(id)?;
    let chapter_id = webhooks::chapter_of(&state.db, id).await?.ok_or(AppError::NotFound("error-no-webhook".into()))?;
    Ok((hosted_chapter_of(state, host, chapter_id, operation, "error-no-webhook").await?, id))
}

/// A webhook endpoint.
#[derive(Debug, Serialize, ToSchema)]
pub struct Webhook {
    pub id: i64,
    #[schema(example = "https://hooks.example.org/failnight")]
    pub url: String,
    pub description: String,
    #[schema(value_type = Vec<EventKind>)]
    pub events: Vec<String>,
    /// The signing secret in full only when just made (on creation or `roll_secret`);
    /// otherwise its last four characters (`whsec_…abcd`).
    #[schema(example = "whsec_…3kQx")]
    pub secret: String,
    /// Attempts failed in a row since the last success.
    pub failures: i64,
    /// RFC 3339, while paused.
    #[schema(format = DateTime)]
    pub paused_at: Option<String>,
    /// `host` (paused by a host) or `failing` (after 12 failed attempts in a row), while paused.
    pub paused_reason: Option<String>,
}

fn out(endpoint: webhooks::Endpoint, kinds: &[Kind], fresh: bool) -> Webhook {
    let secret = if fresh { endpoint.secret.clone() } else { endpoint.secret_hint() };
    Webhook {
        id: endpoint.id,
        url: endpoint.url,
        description: endpoint.description,
        events: kinds.iter().map(|k| k.as_str().to_string()).collect(),
        secret,
        failures: endpoint.failures,
        paused_at: endpoint.paused_at.map(Timestamp::rfc3339),
        paused_reason: endpoint.paused_reason,
    }
}

/// A new endpoint.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct NewWebhook {
    /// Where deliveries are posted: `https://` (or `http://`), a public address (a name must
    /// resolve to public addresses only), no user name or password.
    #[schema(
        required = true,
        max_length = 2000,
        pattern = r"^\s*[Hh][Tt][Tt][Pp][Ss]?://\S+\s*$",
        example = "https://hooks.example.org/failnight"
    )]
    pub url: String,
    #[schema(format = "text", max_length = 200, example = "Our newsletter's sign-ups")]
    pub description: String,
    #[schema(required = true, min_items = 1, value_type = Vec<EventKind>, example = json!(["night.published", "rsvp.confirmed"]))]
    pub events: Vec<String>,
}

/// The chapter's webhook endpoints.
#[utoipa::path(get, operation_id = Operation::ViewWebhooks.id(), path = "/api/v1/chapters/{slug}/webhooks", params(("slug" = String, Path)),
    responses((status = 200, body = Vec<Webhook>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn list_webhooks(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<Json<Vec<Webhook>>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ViewWebhooks).await?;
    let mut all = Vec::new();
    for endpoint in webhooks::list(&state.db, chapter.id).await? {
        let kinds = webhooks::kinds(&state.db, endpoint.id).await?;
        all.push(out(endpoint, &kinds, false));
    }
    Ok(Json(all))
}

/// Register an endpoint for some events. The answer carries the signing secret in full: it is
/// shown this once. Each delivery is a `POST` of the event as JSON, signed in the
/// `Failnight-Signature` header (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`).
#[utoipa::path(post, operation_id = Operation::CreateWebhook.id(), path = "/api/v1/chapters/{slug}/webhooks", params(("slug" = String, Path)), request_body = NewWebhook,
    responses((status = 201, body = Webhook), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn create_webhook(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewWebhook>,
) -> Result<impl IntoResponse, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::CreateWebhook).await?;
    let mut kinds = Vec::new();
    for name in &body.events {
        let kind =
            Kind::parse(name).ok_or_else(|| failnight_core::Invalid::field("events", "error-webhook-no-events"))?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    let new = service::NewEndpoint { url: body.url, description: body.description, kinds: kinds.clone() };
    let endpoint = service::create_endpoint(&state, Actor::Host(host.host_id), &chapter, &new).await?;
    Ok((StatusCode::CREATED, Json(out(endpoint, &kinds, true))))
}

/// One endpoint.
#[utoipa::path(get, operation_id = Operation::GetWebhook.id(), path = "/api/v1/webhooks/{id}", params(("id" = i64, Path)),
    responses((status = 200, body = Webhook), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn get_webhook(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Webhook>, AppError> {
    let (chapter, id) = hosted_webhook(&state, &host, &id, Operation::GetWebhook).await?;
    let (endpoint, kinds) = service::endpoint(&state, &chapter, id).await?;
    Ok(Json(out(endpoint, &kinds, false)))
}

/// What to change; fields left out keep their value.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct WebhookChange {
    /// `true` pauses (deliveries wait), `false` resumes (what waited is sent at once).
    pub paused: Option<bool>,
    /// `true`: a new signing secret, in the answer this once; the old one stops signing.
    pub roll_secret: bool,
}

/// Pause or resume an endpoint, or give it a new secret.
#[utoipa::path(patch, operation_id = Operation::UpdateWebhook.id(), path = "/api/v1/webhooks/{id}", params(("id" = i64, Path)), request_body = WebhookChange,
    responses((status = 200, body = Webhook), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn update_webhook(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<WebhookChange>,
) -> Result<Json<Webhook>, AppError> {
    let (chapter, id) = hosted_webhook(&state, &host, &id, Operation::UpdateWebhook).await?;
    let change = Change { paused: body.paused, roll_secret: body.roll_secret };
    let endpoint = service::change_endpoint(&state, Actor::Host(host.host_id), &chapter, id, &change).await?;
    let kinds = webhooks::kinds(&state.db, id).await?;
    Ok(Json(out(endpoint, &kinds, body.roll_secret)))
}

/// Remove an endpoint and its deliveries.
#[utoipa::path(delete, operation_id = Operation::DeleteWebhook.id(), path = "/api/v1/webhooks/{id}", params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn delete_webhook(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    let (chapter, id) = hosted_webhook(&state, &host, &id, Operation::DeleteWebhook).await?;
    service::delete_endpoint(&state, Actor::Host(host.host_id), &chapter, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// One delivery of an event to an endpoint.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookDelivery {
    pub id: i64,
    /// The event's id, the same for every endpoint and every attempt (`Failnight-Event-Id`).
    #[schema(example = "evt_Qm9vQmFyQmF6UXV4UXV1eFF1dXg")]
    pub event_id: String,
    #[schema(value_type = EventKind)]
    pub event_type: String,
    /// `delivered`, `failed` (given up after 8 attempts: redeliver it), `sending` (an attempt
    /// under way), `retrying` or `waiting`.
    pub status: String,
    pub attempts: i64,
    #[schema(format = DateTime)]
    pub created_at: String,
    /// When it is tried next, while retrying or waiting.
    #[schema(format = DateTime)]
    pub next_attempt_at: Option<String>,
    /// The receiver's last HTTP status.
    pub last_status: Option<i64>,
    /// The start of the receiver's last answer (at most 1 KiB).
    pub last_response: Option<String>,
    pub last_error: Option<String>,
    /// The event exactly as posted.
    pub payload: String,
}

/// The endpoint's last 100 deliveries, newest first.
#[utoipa::path(get, operation_id = Operation::ViewWebhookDeliveries.id(), path = "/api/v1/webhooks/{id}/deliveries", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<WebhookDelivery>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn list_webhook_deliveries(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Vec<WebhookDelivery>>, AppError> {
    let (chapter, id) = hosted_webhook(&state, &host, &id, Operation::ViewWebhookDeliveries).await?;
    let deliveries = service::deliveries(&state, &chapter, id, 100).await?;
    let now = state.clock.timestamp();
    Ok(Json(
        deliveries
            .into_iter()
            .map(|d| {
                let status = d.status(now);
                WebhookDelivery {
                    id: d.id,
                    event_id: d.event_id,
                    event_type: d.kind.as_str().to_string(),
                    status: status.to_string(),
                    attempts: d.attempts,
                    created_at: d.created_at.rfc3339(),
                    next_attempt_at: matches!(status, "waiting" | "retrying").then(|| d.available_at.rfc3339()),
                    last_status: d.last_status,
                    last_response: d.last_response,
                    last_error: d.last_error,
                    payload: d.payload,
                }
            })
            .collect(),
    ))
}

/// Send a delivery again now, with the same event id (delivered and failed ones too).
#[utoipa::path(post, operation_id = Operation::RedeliverWebhook.id(), path = "/api/v1/webhook-deliveries/{id}/redeliver", params(("id" = i64, Path)),
    responses((status = 202), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn redeliver_webhook(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    let delivery = parse_id(&id)?;
    let endpoint = webhooks::endpoint_of_delivery(&state.db, delivery)
        .await?
        .ok_or(AppError::NotFound("error-no-webhook-delivery".into()))?;
    let (chapter, id) = hosted_webhook(&state, &host, &endpoint.to_string(), Operation::RedeliverWebhook).await?;
    service::redeliver(&state, Actor::Host(host.host_id), &chapter, id, delivery).await?;
    Ok(StatusCode::ACCEPTED)
}
