//! Host endpoints for venues, series and the lifecycle of nights. Each checks the caller's
//! role for the chapter of the object it touches.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::IntoResponse,
};
use failnight_scheduling::{
    Chapter, chapters,
    events::{self, EventPatch},
    series::{self, SeriesInput},
    venues::{self, VenueInput},
};
use failnight_ticketing::rsvps;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiJson, Event, doc, parse_id};
use failnight_app::{
    Operation,
    permissions::authorize,
    services::{self, Actor, Mode},
};

use crate::{
    AppState,
    auth::ApiHost,
    error::{AppError, ErrorBody},
};

/// The chapter `slug`, if the caller's role there allows `operation`.
pub(super) async fn hosted_chapter(
    state: &AppState,
    host: &ApiHost,
    slug: &str,
    operation: Operation,
) -> Result<Chapter, AppError> {
    let chapter = chapters::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound("error-no-chapter".into()))?;
    authorize(&state.db, host, chapter.id, operation).await?;
    Ok(chapter)
}

/// Chapter `chapter_id`, the chapter of an object the caller named, if their role (and token)
/// there allows `operation`; `not_found` is the object's message should the chapter be gone.
pub(super) async fn hosted_chapter_of(
    state: &AppState,
    host: &ApiHost,
    chapter_id: i64,
    operation: Operation,
    not_found: &'static str,
) -> Result<Chapter, AppError> {
    let chapter = chapters::by_id(&state.db, chapter_id).await?.ok_or(AppError::NotFound(not_found.into()))?;
    authorize(&state.db, host, chapter.id, operation).await?;
    Ok(chapter)
}

/// The night `id`, if the caller's role in its chapter allows `operation`.
pub(super) async fn hosted_event(
    state: &AppState,
    host: &ApiHost,
    id: &str,
    operation: Operation,
) -> Result<events::EventDetails, AppError> {
    let event = events::get(&state.db, parse_id(id)?).await?.ok_or(AppError::NotFound("error-no-night".into()))?;
    authorize(&state.db, host, event.chapter_id, operation).await?;
    Ok(event)
}

async fn event_out(state: &AppState, event: &events::EventDetails) -> Result<Event, AppError> {
    Ok(Event::new(state, event, rsvps::seats_taken(&state.db, event.id).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Changed {
    pub event: Event,
    /// Emails queued to guests because of this change.
    pub notified: usize,
}

/// Every night of a chapter, drafts included (hosts).
#[utoipa::path(get, operation_id = Operation::ViewNights.id(), path = "/api/v1/chapters/{slug}/events", params(("slug" = String, Path)),
    responses((status = 200, body = Vec<Event>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn list_events(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<Json<Vec<Event>>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ViewNights).await?;
    let mut out = Vec::new();
    for event in events::all_for_hosts(&state.db, chapter.id).await? {
        out.push(event_out(&state, &event).await?);
    }
    Ok(Json(out))
}

/// The fields to change; those left out (or null) keep their value.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct UpdateEvent {
    #[schema(format = "line", max_length = 120)]
    pub title: Option<String>,
    #[schema(format = "text", max_length = 5000)]
    pub description: Option<String>,
    /// New local start, `YYYY-MM-DDTHH:MM`.
    #[schema(format = "local-date-time")]
    pub starts_at: Option<String>,
    #[schema(format = "local-date-time")]
    pub ends_at: Option<String>,
    #[schema(value_type = Option<doc::ZoneOrChapters>)]
    pub timezone: Option<String>,
    #[schema(minimum = 1, maximum = 9_007_199_254_740_991_i64)]
    pub venue_id: Option<i64>,
    #[schema(minimum = 1, maximum = 100_000)]
    pub capacity: Option<i64>,
}

/// Edit one night: move it, change its venue or capacity, retitle it. A published night's
/// guests get an updated invite when its time or venue changes. A night of a series is then
/// kept out of later series edits.
#[utoipa::path(patch, operation_id = Operation::UpdateNight.id(), path = "/api/v1/events/{id}", params(("id" = i64, Path)), request_body = UpdateEvent,
    responses((status = 200, body = Changed), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn update_event(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<UpdateEvent>,
) -> Result<Json<Changed>, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::UpdateNight).await?;
    let patch = EventPatch {
        title: body.title,
        description: body.description,
        starts_local: body.starts_at,
        ends_local: body.ends_at,
        timezone: body.timezone,
        venue_id: body.venue_id,
        capacity: body.capacity,
    };
    let changed = services::update_event(&state, Actor::Host(host.host_id), event.id, &patch, Mode::Apply).await?;
    Ok(Json(Changed { event: event_out(&state, &changed.event).await?, notified: changed.notified }))
}

/// An uploaded image: a PNG, JPEG or WebP file's bytes, sent as the request's body.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct ImageUpload(#[allow(dead_code)] Vec<u8>);

/// An image of ours, as stored from an upload: where it is served and its size in pixels.
#[derive(Debug, Serialize, ToSchema)]
pub struct StoredImage {
    /// A path on this site; it changes with the image, so it is cached for good.
    pub url: String,
    pub width: i64,
    pub height: i64,
}

/// The image an upload route was sent: the whole body (its size and deadline were checked on
/// the way in, see `slides::is_upload`).
pub(super) async fn image_body(body: axum::body::Body) -> Result<Vec<u8>, AppError> {
    axum::body::to_bytes(body, crate::slides::UPLOAD_BODY_LIMIT)
        .await
        .map(|bytes| bytes.to_vec())
        .map_err(|_| AppError::BadRequest("bad_body", "error-bad-body".into()))
}

/// Set or replace a night's cover photo. It is cut to its middle 16:9 and stored as our own
/// JPEGs at a phone's width (720 px) and a desktop's (1600 px): no metadata survives.
#[utoipa::path(put, operation_id = Operation::SetCover.id(), path = "/api/v1/events/{id}/cover", params(("id" = i64, Path)),
    request_body(description = "The photo: PNG, JPEG or WebP, at most 15 MB and 40 megapixels.",
        content((ImageUpload = "image/jpeg"), (ImageUpload = "image/png"), (ImageUpload = "image/webp"))),
    responses((status = 200, description = "The phone's size, then the desktop's.", body = Vec<StoredImage>),
        (status = 413, description = "The body is larger than 48 MiB (`payload_too_large`).", body = ErrorBody),
        (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn set_cover(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    body: axum::body::Body,
) -> Result<Json<Vec<StoredImage>>, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::SetCover).await?;
    let cover = services::set_cover(&state, Actor::Host(host.host_id), event.id, image_body(body).await?).await?;
    let stored = |image: &failnight_media::Encoded| StoredImage {
        url: format!("/e/{}/cover/{}", event.id, image.hash),
        width: i64::from(image.width),
        height: i64::from(image.height),
    };
    Ok(Json(vec![stored(&cover.phone), stored(&cover.desktop)]))
}

/// Remove a night's cover photo (nothing happens when it has none).
#[utoipa::path(delete, operation_id = Operation::RemoveCover.id(), path = "/api/v1/events/{id}/cover", params(("id" = i64, Path)),
    responses((status = 204, description = "The night has no cover photo now.")), security(("host_token" = [])))]
pub async fn remove_cover(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::RemoveCover).await?;
    services::remove_cover(&state, Actor::Host(host.host_id), event.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Publish a draft night: it appears publicly and takes RSVPs.
#[utoipa::path(post, operation_id = Operation::PublishNight.id(), path = "/api/v1/events/{id}/publish", params(("id" = i64, Path)),
    responses((status = 200, body = Event), (status = 409, body = ErrorBody)), security(("host_token" = [])))]
pub async fn publish_event(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Event>, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::PublishNight).await?;
    let event = services::publish_event(&state, Actor::Host(host.host_id), event.id).await?;
    Ok(Json(event_out(&state, &event).await?))
}

/// Cancel a night: every guest is emailed (with a METHOD:CANCEL for those with a seat).
#[utoipa::path(post, operation_id = Operation::CancelNight.id(), path = "/api/v1/events/{id}/cancel", params(("id" = i64, Path)),
    responses((status = 200, body = Changed), (status = 409, body = ErrorBody)), security(("host_token" = [])))]
pub async fn cancel_event(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Changed>, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::CancelNight).await?;
    let changed = services::cancel_event(&state, Actor::Host(host.host_id), event.id, Mode::Apply).await?;
    Ok(Json(Changed { event: event_out(&state, &changed.event).await?, notified: changed.notified }))
}

/// A new venue.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct NewVenue {
    #[schema(required = true, format = "line", max_length = 120, example = "Kiez Bar")]
    pub name: String,
    #[schema(required = true, format = "line", max_length = 300, example = "Weserstraße 1, 12047 Berlin")]
    pub address: String,
    /// A map link (http or https, at most 500 characters, white space around it not counted);
    /// empty for a map search of the address.
    #[schema(
        pattern = r#"^\s*(?:https://[^\s\x00-\x1F\x7F-\x9F"<>]{0,492}|http://[^\s\x00-\x1F\x7F-\x9F"<>]{0,493})?\s*$"#
    )]
    pub map_url: Option<String>,
    /// Seats the room holds; none when left out.
    #[schema(minimum = 1, maximum = 100_000)]
    pub capacity: Option<i64>,
    /// Step-free access, toilets, a quiet room…: shown on the night's page.
    #[schema(format = "text", max_length = 1000)]
    pub accessibility: Option<String>,
}

impl From<NewVenue> for VenueInput {
    fn from(body: NewVenue) -> Self {
        VenueInput {
            name: Some(body.name),
            address: Some(body.address),
            map_url: body.map_url,
            capacity: body.capacity.map(Some),
            accessibility: body.accessibility,
        }
    }
}

/// The fields of a venue to change; those left out (or null) keep their value.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct VenueBody {
    #[schema(format = "line", max_length = 120)]
    pub name: Option<String>,
    #[schema(format = "line", max_length = 300)]
    pub address: Option<String>,
    /// A map link (http or https, at most 500 characters, white space around it not counted);
    /// empty for a map search of the address.
    #[schema(
        pattern = r#"^\s*(?:https://[^\s\x00-\x1F\x7F-\x9F"<>]{0,492}|http://[^\s\x00-\x1F\x7F-\x9F"<>]{0,493})?\s*$"#
    )]
    pub map_url: Option<String>,
    #[schema(minimum = 1, maximum = 100_000)]
    pub capacity: Option<i64>,
    #[schema(format = "text", max_length = 1000)]
    pub accessibility: Option<String>,
}

impl From<VenueBody> for VenueInput {
    fn from(body: VenueBody) -> Self {
        VenueInput {
            name: body.name,
            address: body.address,
            map_url: body.map_url,
            capacity: body.capacity.map(Some),
            accessibility: body.accessibility,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Venue {
    pub id: i64,
    pub name: String,
    pub address: String,
    /// The hosts' map link; empty for a map search of the address.
    pub map_url: String,
    pub capacity: Option<i64>,
    pub accessibility: String,
}

impl From<venues::Venue> for Venue {
    fn from(v: venues::Venue) -> Self {
        Venue {
            id: v.id,
            name: v.name,
            address: v.address,
            map_url: v.map_url,
            capacity: v.capacity,
            accessibility: v.accessibility,
        }
    }
}

/// Add a venue to a chapter.
#[utoipa::path(post, operation_id = Operation::CreateVenue.id(), path = "/api/v1/chapters/{slug}/venues", params(("slug" = String, Path)), request_body = NewVenue,
    responses((status = 201, body = Venue), (status = 422, body = ErrorBody)), security(("host_token" = [])))]
pub async fn create_venue(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewVenue>,
) -> Result<impl IntoResponse, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::CreateVenue).await?;
    let venue = services::create_venue(&state, Actor::Host(host.host_id), &chapter, &body.into()).await?;
    Ok((StatusCode::CREATED, Json(Venue::from(venue))))
}

/// The chapter's venues.
#[utoipa::path(get, operation_id = Operation::ViewVenues.id(), path = "/api/v1/chapters/{slug}/venues", params(("slug" = String, Path)),
    responses((status = 200, body = Vec<Venue>)), security(("host_token" = [])))]
pub async fn list_venues(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<Json<Vec<Venue>>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ViewVenues).await?;
    Ok(Json(venues::list(&state.db, chapter.id).await?.into_iter().map(Venue::from).collect()))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VenueChanged {
    pub venue: Venue,
    /// Emails queued to guests of coming nights there, when the name or address changed.
    pub notified: usize,
}

/// Edit a venue. When its name or address changes, guests of its coming nights are told.
#[utoipa::path(patch, operation_id = Operation::UpdateVenue.id(), path = "/api/v1/venues/{id}", params(("id" = i64, Path)), request_body = VenueBody,
    responses((status = 200, body = VenueChanged), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn update_venue(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<VenueBody>,
) -> Result<Json<VenueChanged>, AppError> {
    let not_found = || AppError::NotFound("error-no-venue".into());
    let venue = venues::get(&state.db, id.parse().map_err(|_| not_found())?).await?.ok_or_else(not_found)?;
    authorize(&state.db, &host, venue.chapter_id, Operation::UpdateVenue).await?;
    let (venue, notified) =
        services::update_venue(&state, Actor::Host(host.host_id), &venue, &body.into(), Mode::Apply).await?;
    Ok(Json(VenueChanged { venue: venue.into(), notified }))
}

/// A new series.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct NewSeries {
    /// May contain `{month}`, `{date}` and `{n}`.
    #[schema(value_type = String, required = true, format = "line", max_length = 120, example = "Failure Night #{n}")]
    pub title: Option<String>,
    #[schema(format = "text", max_length = 5000)]
    pub description: Option<String>,
    #[schema(value_type = i64, required = true, minimum = 1, maximum = 9_007_199_254_740_991_i64)]
    pub venue_id: Option<i64>,
    /// Seats; the venue's capacity when omitted.
    #[schema(minimum = 1, maximum = 100_000)]
    pub capacity: Option<i64>,
    /// Local start time, `HH:MM`.
    #[schema(value_type = String, required = true, format = "local-time", example = "19:00")]
    pub start_time: Option<String>,
    /// 180 when omitted.
    #[schema(minimum = 15, maximum = 1440)]
    pub duration_minutes: Option<i64>,
    /// RFC 5545 RRULE (weekly, monthly or yearly).
    #[schema(value_type = String, required = true, example = "FREQ=MONTHLY;BYDAY=2TH")]
    pub rrule: Option<String>,
    /// The first date the rule may produce, `YYYY-MM-DD` (default: today).
    #[schema(format = "date-or-empty")]
    pub starts_on: Option<String>,
    /// Publish new nights at once (default) or create them as drafts.
    pub publish: Option<bool>,
}

impl From<NewSeries> for SeriesInput {
    fn from(b: NewSeries) -> Self {
        SeriesBody {
            title: b.title,
            description: b.description,
            venue_id: b.venue_id,
            capacity: b.capacity,
            start_time: b.start_time,
            duration_minutes: b.duration_minutes,
            rrule: b.rrule,
            starts_on: b.starts_on,
            publish: b.publish,
        }
        .into()
    }
}

/// The fields of a series to change; those left out (or null) keep their value.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct SeriesBody {
    /// May contain `{month}`, `{date}` and `{n}`.
    #[schema(format = "line", max_length = 120, example = "Failure Night #{n}")]
    pub title: Option<String>,
    #[schema(format = "text", max_length = 5000)]
    pub description: Option<String>,
    #[schema(minimum = 1, maximum = 9_007_199_254_740_991_i64)]
    pub venue_id: Option<i64>,
    #[schema(minimum = 1, maximum = 100_000)]
    pub capacity: Option<i64>,
    /// Local start time, `HH:MM`.
    #[schema(format = "local-time", example = "19:00")]
    pub start_time: Option<String>,
    #[schema(minimum = 15, maximum = 1440)]
    pub duration_minutes: Option<i64>,
    /// RFC 5545 RRULE (weekly, monthly or yearly).
    #[schema(example = "FREQ=MONTHLY;BYDAY=2TH")]
    pub rrule: Option<String>,
    /// The first date the rule may produce, `YYYY-MM-DD`; empty: today.
    #[schema(format = "date-or-empty")]
    pub starts_on: Option<String>,
    /// Publish new nights at once or create them as drafts.
    pub publish: Option<bool>,
}

impl From<SeriesBody> for SeriesInput {
    fn from(b: SeriesBody) -> Self {
        SeriesInput {
            title: b.title,
            description: b.description,
            venue_id: b.venue_id,
            capacity: b.capacity,
            start_time: b.start_time,
            duration_minutes: b.duration_minutes,
            rrule: b.rrule,
            starts_on: b.starts_on,
            publish: b.publish,
        }
    }
}

doc::words! {
    /// A series' state: `active`, or `ended` (cancelled).
    pub SeriesStatus => series::SeriesStatus::ALL.map(|s| s.as_str())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Series {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub venue_id: i64,
    pub capacity: i64,
    #[schema(format = "local-time")]
    pub start_time: String,
    pub duration_minutes: i64,
    pub rrule: String,
    #[schema(format = Date)]
    pub starts_on: String,
    pub publish: bool,
    #[schema(value_type = SeriesStatus)]
    pub status: String,
    /// The cadence in words, e.g. "every second Thursday of the month, 19:00".
    pub cadence: String,
}

impl From<series::Series> for Series {
    fn from(s: series::Series) -> Self {
        Series {
            cadence: series::describe(&s.rrule, &s.start_time),
            id: s.id,
            title: s.title,
            description: s.description,
            venue_id: s.venue_id,
            capacity: s.capacity,
            start_time: s.start_time,
            duration_minutes: s.duration_minutes,
            rrule: s.rrule,
            starts_on: s.starts_on,
            publish: s.publish,
            status: s.status.to_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SeriesCreated {
    pub series: Series,
    /// The nights created now (up to the horizon).
    pub event_ids: Vec<i64>,
}

/// Create a series; its nights up to the horizon (default 6 months) are created at once and
/// kept ahead by the background worker.
#[utoipa::path(post, operation_id = Operation::CreateSeries.id(), path = "/api/v1/chapters/{slug}/series", params(("slug" = String, Path)), request_body = NewSeries,
    responses((status = 201, body = SeriesCreated), (status = 422, body = ErrorBody)), security(("host_token" = [])))]
pub async fn create_series(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewSeries>,
) -> Result<impl IntoResponse, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::CreateSeries).await?;
    let (series, event_ids) =
        services::create_series(&state, Actor::Host(host.host_id), &chapter, &body.into()).await?;
    Ok((StatusCode::CREATED, Json(SeriesCreated { series: series.into(), event_ids })))
}

/// The chapter's active series.
#[utoipa::path(get, operation_id = Operation::ViewSeries.id(), path = "/api/v1/chapters/{slug}/series", params(("slug" = String, Path)),
    responses((status = 200, body = Vec<Series>)), security(("host_token" = [])))]
pub async fn list_series(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<Json<Vec<Series>>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ViewSeries).await?;
    Ok(Json(series::active(&state.db, Some(chapter.id)).await?.into_iter().map(Series::from).collect()))
}

async fn hosted_series(
    state: &AppState,
    host: &ApiHost,
    id: &str,
    operation: Operation,
) -> Result<(Chapter, series::Series), AppError> {
    let not_found = || AppError::NotFound("error-no-series".into());
    let current = series::get(&state.db, id.parse().map_err(|_| not_found())?).await?.ok_or_else(not_found)?;
    authorize(&state.db, host, current.chapter_id, operation).await?;
    let chapter =
        chapters::list(&state.db).await?.into_iter().find(|c| c.id == current.chapter_id).ok_or_else(not_found)?;
    Ok((chapter, current))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SeriesChanged {
    pub series: Series,
    /// Emails queued to guests of changed nights.
    pub notified: usize,
}

/// Edit a series: its coming nights that were not edited on their own follow, and their
/// guests are told of a new time or venue.
#[utoipa::path(patch, operation_id = Operation::UpdateSeries.id(), path = "/api/v1/series/{id}", params(("id" = i64, Path)), request_body = SeriesBody,
    responses((status = 200, body = SeriesChanged), (status = 404, body = ErrorBody),
        (status = 409, description = "The series has ended (`conflict`)", body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn update_series(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<SeriesBody>,
) -> Result<Json<SeriesChanged>, AppError> {
    let (chapter, current) = hosted_series(&state, &host, &id, Operation::UpdateSeries).await?;
    let (updated, notified) =
        services::update_series(&state, Actor::Host(host.host_id), &chapter, &current, &body.into(), Mode::Apply)
            .await?;
    Ok(Json(SeriesChanged { series: updated.into(), notified }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Count {
    pub count: usize,
}

/// Publish every draft night of the series still to come.
#[utoipa::path(post, operation_id = Operation::PublishSeries.id(), path = "/api/v1/series/{id}/publish", params(("id" = i64, Path)),
    responses((status = 200, body = Count)), security(("host_token" = [])))]
pub async fn publish_series(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Count>, AppError> {
    let (_, current) = hosted_series(&state, &host, &id, Operation::PublishSeries).await?;
    Ok(Json(Count { count: services::publish_series(&state, Actor::Host(host.host_id), &current).await? }))
}

/// End a series and cancel its coming nights; every guest is told. Returns the emails queued.
#[utoipa::path(post, operation_id = Operation::CancelSeries.id(), path = "/api/v1/series/{id}/cancel", params(("id" = i64, Path)),
    responses((status = 200, body = Count)), security(("host_token" = [])))]
pub async fn cancel_series(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Count>, AppError> {
    let (_, current) = hosted_series(&state, &host, &id, Operation::CancelSeries).await?;
    Ok(Json(Count { count: services::cancel_series(&state, Actor::Host(host.host_id), &current, Mode::Apply).await? }))
}
