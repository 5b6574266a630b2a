//! The JSON API under `/api/v1`, documented by the OpenAPI document at
//! `/api/v1/openapi.json`, which is generated from these handlers and types.

use axum::{
    Json,
    extract::{FromRequest, Path, Request, State},
    http::StatusCode,
    response::IntoResponse,
};
use failnight_core::Message;
use failnight_scheduling::{EventDetails, display, events};
use failnight_ticketing::rsvps::{self, NewRsvp};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use utoipa::{OpenApi, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

pub mod doc;
pub mod hosting;
pub mod night;
pub mod scheduling;
pub mod stories;
pub mod ticketing;
pub mod webhooks;

use failnight_app::{Operation, services};

use self::doc::Exact;
use crate::{
    AppState,
    auth::{ApiHost, MaybeApiHost},
    error::{AppError, ErrorBody},
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "failnight API",
        description = "Failure nights: chapters, nights, RSVPs, tickets. Host operations take a bearer token \
            (`host_token`); the scopes of their security requirement name the least role they need in the chapter \
            of the object they touch (`door`, `owner`), none meaning `host`. A token also has a scope of its own, \
            chosen when it is made in the host pages (/host/tokens): `full` (what its host's role allows), `door` \
            (the operations whose least role is `door`: the door page, check-ins, walk-ins, the door list) or \
            `read` (operations that change nothing: `list_…`, `get_…`, `view_…`, `export_…`), and an expiry; \
            past its scope a request is refused 403, past its expiry 401. Webhooks: see `docs/webhooks.md`."
    ),
    components(schemas(ErrorBody)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "host_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The API routes and their OpenAPI document.
pub fn router() -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut openapi) = routes();
    // After the routes: their operations and schemas join the document only now.
    utoipa::Modify::modify(&Exact, &mut openapi);
    (router, openapi)
}

fn routes() -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(create_event, scheduling::list_events))
        .routes(routes!(get_event, scheduling::update_event))
        .routes(routes!(scheduling::publish_event))
        .routes(routes!(scheduling::cancel_event))
        .routes(routes!(scheduling::set_cover, scheduling::remove_cover))
        .routes(routes!(create_rsvp))
        .routes(routes!(scheduling::create_venue, scheduling::list_venues))
        .routes(routes!(scheduling::update_venue))
        .routes(routes!(scheduling::create_series, scheduling::list_series))
        .routes(routes!(scheduling::update_series))
        .routes(routes!(scheduling::publish_series))
        .routes(routes!(scheduling::cancel_series))
        .routes(routes!(ticketing::get_ticket))
        .routes(routes!(ticketing::cancel_ticket))
        .routes(routes!(ticketing::accept_offer))
        .routes(routes!(ticketing::still_coming))
        .routes(routes!(ticketing::list_rsvps))
        .routes(routes!(ticketing::host_cancel))
        .routes(routes!(ticketing::approve))
        .routes(routes!(ticketing::decline))
        .routes(routes!(ticketing::update_event_ticketing))
        .routes(routes!(ticketing::get_settings, ticketing::update_settings))
        .routes(routes!(ticketing::create_ticket_type, ticketing::list_ticket_types))
        .routes(routes!(ticketing::buy))
        .routes(routes!(ticketing::stripe_webhook))
        .routes(routes!(ticketing::check_in))
        .routes(routes!(ticketing::undo_check_in))
        .routes(routes!(ticketing::walk_in))
        .routes(routes!(ticketing::door_counts))
        .routes(routes!(ticketing::door_list))
        .routes(routes!(hosting::message_guests))
        .routes(routes!(night::control_stage))
        .routes(routes!(night::moderate_question))
        .routes(routes!(night::moderate_comment))
        .routes(routes!(night::draft_recap))
        .routes(routes!(stories::list_stories))
        .routes(routes!(stories::review_story))
        .routes(routes!(stories::decide_story))
        .routes(routes!(stories::purge_story))
        .routes(routes!(stories::get_lineup, stories::change_lineup))
        .routes(routes!(stories::get_call_settings, stories::update_call_settings))
        .routes(routes!(hosting::update_chapter))
        .routes(routes!(hosting::set_logo, hosting::remove_logo))
        .routes(routes!(hosting::export_chapter))
        .routes(routes!(hosting::list_hosts, hosting::add_host))
        .routes(routes!(hosting::remove_host))
        .routes(routes!(hosting::list_reports))
        .routes(routes!(hosting::update_report))
        .routes(routes!(webhooks::list_webhooks, webhooks::create_webhook))
        .routes(routes!(webhooks::get_webhook, webhooks::update_webhook, webhooks::delete_webhook))
        .routes(routes!(webhooks::list_webhook_deliveries))
        .routes(routes!(webhooks::redeliver_webhook))
        .split_for_parts()
}

/// `Json` whose rejections answer in the API's error shape, and which reads numbers as JSON has
/// them: one number type, so `7.0` is the integer 7 (as JSON Schema, and so the OpenAPI
/// document, says), while `7.5` is no integer.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let Json(mut value) = Json::<serde_json::Value>::from_request(req, state).await?;
        if !value.is_object() {
            // serde would take a struct from an array of its fields in order: not JSON's idea.
            return Err(AppError::BadRequest("invalid_json", "error-json-object".into()));
        }
        whole_numbers(&mut value);
        serde_path_to_error::deserialize(value).map(ApiJson).map_err(|error| {
            AppError::BadRequest("invalid_json", Message::new("error-json-shape").arg("detail", error.to_string()))
        })
    }
}

/// A struct from a JSON object only (serde would take one from an array of its fields too).
fn object<'de, D: serde::Deserializer<'de>, T: DeserializeOwned>(deserializer: D) -> Result<T, D::Error> {
    let map = serde_json::Map::<String, serde_json::Value>::deserialize(deserializer)?;
    T::deserialize(serde_json::Value::Object(map)).map_err(serde::de::Error::custom)
}

/// Numbers written with a fraction of zero (`7.0`, `1e3`) become integers, up to 2^53 either way:
/// beyond, a number read as a float may have been rounded (`-9223372036854775809` reads as
/// -2^63), so it stays a float, no integer.
fn whole_numbers(value: &mut serde_json::Value) {
    use serde_json::Value;
    /// The largest integer every JSON number (a double) holds exactly.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    match value {
        Value::Number(number) => {
            if let Some(float) = number.as_f64().filter(|_| number.is_f64())
                && float.fract() == 0.0
                && float.abs() <= EXACT
            {
                *number = (float as i64).into();
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        Value::Object(fields) => fields.values_mut().for_each(whole_numbers),
        Value::Null | Value::Bool(_) | Value::String(_) => {}
    }
}

/// Event ids are numbers; anything else is simply not a night.
pub fn parse_id(text: &str) -> Result<i64, AppError> {
    text.parse::<i64>().ok().filter(|id| *id > 0).ok_or(AppError::NotFound("error-no-night".into()))
}

/// A venue given by name and address: the chapter's venue of that name and address, created
/// if there is none.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct VenueInput {
    #[schema(required = true, format = "line", max_length = 120, example = "Kiez Bar")]
    pub name: String,
    #[schema(required = true, format = "line", max_length = 300, example = "Weserstraße 1, 12047 Berlin")]
    pub address: String,
}

/// A new night: give `venue_id`, or `venue` and `capacity`.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct CreateEvent {
    /// One of the chapter's venues; or give `venue` with a name and address instead.
    #[schema(minimum = 1, maximum = 9_007_199_254_740_991_i64)]
    pub venue_id: Option<i64>,
    #[schema(required = true, format = "line", max_length = 120, example = "Failure Night")]
    pub title: String,
    #[schema(format = "text", max_length = 5000)]
    pub description: String,
    /// Local wall-clock start in the night's zone, `YYYY-MM-DDTHH:MM`.
    #[schema(required = true, format = "local-date-time", example = "2026-12-10T19:00")]
    pub starts_at: String,
    /// Local wall-clock end, `YYYY-MM-DDTHH:MM`.
    #[schema(required = true, format = "local-date-time", example = "2026-12-10T22:00")]
    pub ends_at: String,
    #[schema(value_type = Option<doc::ZoneOrChapters>)]
    pub timezone: Option<String>,
    /// Used when `venue_id` is not given.
    #[serde(deserialize_with = "object")]
    pub venue: VenueInput,
    /// Seats; the venue's capacity when omitted.
    #[schema(minimum = 1, maximum = 100_000)]
    pub capacity: Option<i64>,
    /// Publish at once (default) or keep as a draft.
    pub publish: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventVenue {
    pub id: i64,
    pub name: String,
    pub address: String,
    /// The hosts' map link (as they typed it: an IRI, which may hold any letters), or a map
    /// search for the address.
    #[schema(format = "iri")]
    pub map_url: String,
    pub accessibility: String,
}

doc::words! {
    /// A night's state: `draft` (hosts only), `published` or `cancelled`.
    pub NightStatus => failnight_scheduling::events::EventStatus::ALL.map(|s| s.as_str())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Event {
    pub id: i64,
    pub chapter: String,
    pub title: String,
    pub description: String,
    #[schema(value_type = NightStatus)]
    pub status: String,
    #[schema(value_type = doc::Zone)]
    pub timezone: String,
    /// Local wall-clock start, `YYYY-MM-DDTHH:MM`.
    #[schema(format = "local-date-time")]
    pub starts_at: String,
    #[schema(format = "local-date-time")]
    pub ends_at: String,
    /// The start as an RFC 3339 UTC instant.
    #[schema(format = DateTime)]
    pub starts_at_utc: String,
    #[schema(format = DateTime)]
    pub ends_at_utc: String,
    pub venue: EventVenue,
    pub capacity: i64,
    pub seats_left: i64,
    /// The iCalendar SEQUENCE: grows with each change of time, venue or status guests are told of.
    pub sequence: i64,
    /// The series this night belongs to, if any.
    pub series_id: Option<i64>,
    /// Edited on its own: edits of its series leave it alone.
    pub detached: bool,
    /// The local start before the night was last moved.
    #[schema(format = "local-date-time")]
    pub moved_from: Option<String>,
    #[schema(format = "uri")]
    pub url: String,
    #[schema(format = "uri")]
    pub ics_url: String,
}

impl Event {
    pub fn new(state: &AppState, event: &EventDetails, seats_taken: i64) -> Self {
        let url = format!("{}/e/{}", state.base_url(), event.id);
        Event {
            id: event.id,
            chapter: event.chapter_slug.clone(),
            title: event.title.clone(),
            description: event.description.clone(),
            status: event.status.to_string(),
            timezone: event.timezone.to_string(),
            starts_at: event.starts_local.clone(),
            ends_at: event.ends_local.clone(),
            starts_at_utc: event.starts_utc().to_rfc3339(),
            ends_at_utc: event.ends_utc().to_rfc3339(),
            venue: EventVenue {
                id: event.venue_id,
                name: event.venue_name.clone(),
                address: event.venue_address.clone(),
                map_url: display::map_url(event),
                accessibility: event.venue_accessibility.clone(),
            },
            capacity: event.capacity,
            seats_left: (event.capacity - seats_taken).max(0),
            sequence: event.sequence,
            series_id: event.series_id,
            detached: event.detached,
            moved_from: event.moved_from.clone(),
            ics_url: format!("{url}/event.ics"),
            url,
        }
    }
}

/// Create a night in a chapter (hosts of that chapter).
#[utoipa::path(
    post,
    operation_id = Operation::CreateNight.id(),
    path = "/api/v1/chapters/{slug}/events",
    params(("slug" = String, Path, description = "The chapter's slug")),
    request_body = CreateEvent,
    responses(
        (status = 201, description = "Created", body = Event),
        (status = 401, description = "No or unknown token", body = ErrorBody),
        (status = 403, description = "Not a host of this chapter", body = ErrorBody),
        (status = 404, description = "No such chapter", body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    ),
    security(("host_token" = []))
)]
async fn create_event(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<CreateEvent>,
) -> Result<impl IntoResponse, AppError> {
    let chapter = scheduling::hosted_chapter(&state, &host, &slug, Operation::CreateNight).await?;
    let new = events::NewEvent {
        title: body.title,
        description: body.description,
        starts_local: body.starts_at,
        ends_local: body.ends_at,
        timezone: body.timezone,
        venue: match body.venue_id {
            Some(id) => events::VenueChoice::Id(id),
            None => events::VenueChoice::Inline { name: body.venue.name, address: body.venue.address },
        },
        capacity: body.capacity,
        publish: body.publish.unwrap_or(true),
    };
    let event =
        services::create_event(&state, failnight_app::services::Actor::Host(host.host_id), &chapter, &new).await?;
    Ok((StatusCode::CREATED, Json(Event::new(&state, &event, 0))))
}

/// A public night with the seats left.
#[utoipa::path(
    get,
    path = "/api/v1/events/{id}",
    params(("id" = i64, Path, description = "The night's id")),
    responses((status = 200, body = Event), (status = 404, body = ErrorBody))
)]
async fn get_event(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<Event>, AppError> {
    let event = public_event(&state, parse_id(&id)?).await?;
    let taken = rsvps::seats_taken(&state.db, event.id).await?;
    Ok(Json(Event::new(&state, &event, taken)))
}

/// A night the public may see (published or cancelled), or 404.
pub async fn public_event(state: &AppState, id: i64) -> Result<EventDetails, AppError> {
    events::get(&state.db, id).await?.filter(EventDetails::is_public).ok_or(AppError::NotFound("error-no-night".into()))
}

#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct CreateRsvp {
    #[schema(required = true, format = "line", max_length = 100, example = "Ada Lovelace")]
    pub name: String,
    #[schema(required = true, schema_with = doc::email)]
    pub email: String,
    /// Guests coming along (up to the chapter's `max_plus_ones`, at most 10).
    #[schema(minimum = 0, maximum = 10)]
    pub plus_ones: i64,
    /// `true`: the guest read and accepts the chapter's code of conduct (the night's page shows
    /// it); a booking without it is refused.
    #[schema(required = true)]
    pub accept_code_of_conduct: bool,
}

doc::words! {
    /// An RSVP's state: `pending` (waits for a host's approval), `confirmed`, `waitlisted`,
    /// `offered` (a freed seat, until the offer expires), `held` (a paid seat while its checkout
    /// is open), `checked_in`, `cancelled` or `declined`.
    pub RsvpStatus => failnight_ticketing::RsvpStatus::ALL.map(|s| s.as_str())
}

/// A host's view of a booking (with a host token of the night's chapter).
#[derive(Debug, Serialize, ToSchema)]
pub struct RsvpResult {
    /// `confirmed`, `waitlisted` or `pending` (the night wants approval); the existing state for
    /// an email that had RSVPed.
    #[schema(value_type = RsvpStatus)]
    pub status: String,
    /// The ticket page. Only given for a new RSVP: the link of an existing one goes only to
    /// its email address.
    #[schema(format = "uri")]
    pub ticket_url: Option<String>,
    /// True when this email had RSVPed before (HTTP 200): nothing new was booked.
    pub already_registered: bool,
    /// Place in the queue, for a new waitlisted RSVP.
    pub waitlist_position: Option<i64>,
}

/// The public answer to a booking (an RSVP or a purchase): always the same, HTTP 202, whether
/// or not the email had booked the night before, so the answer tells nobody who booked. The
/// person learns the rest by email: a new booking's confirmation (or waitlist place, or the
/// link to pay), or an existing booking's ticket link again.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckYourEmail {
    #[schema(value_type = CheckYourEmailResult)]
    pub result: &'static str,
    /// A sentence for people.
    pub message: &'static str,
}

doc::words! {
    /// Always `check_your_email`.
    pub CheckYourEmailResult => ["check_your_email"]
}

/// What a booking's public answer says (the form's page says the same).
pub const CHECK_YOUR_EMAIL: &str = "Thank you! Check your email: we have sent what happens next to the address you \
    gave: your ticket, your place on the waitlist, or, for a paid ticket, the link to pay (your seat is held for 30 \
    minutes). If you had booked this night before with that address, we have sent your ticket's link again.";

/// The public answer to a booking: 202 and [`CheckYourEmail`].
pub fn check_your_email() -> axum::response::Response {
    (StatusCode::ACCEPTED, Json(CheckYourEmail { result: "check_your_email", message: CHECK_YOUR_EMAIL }))
        .into_response()
}

/// RSVP to a night: a seat while there are seats, the waitlist after. The public answer is the
/// same whatever was booked (202, see `CheckYourEmail`): what happens next arrives by email. A
/// host of the night's chapter (API token) gets the details instead (201 new, 200 existing).
#[utoipa::path(
    post,
    path = "/api/v1/events/{id}/rsvps",
    params(("id" = i64, Path, description = "The night's id")),
    request_body = CreateRsvp,
    responses(
        (status = 202, description = "Received; what happens next is emailed (the same answer whether or not the email had booked)", body = CheckYourEmail),
        (status = 201, description = "With a host token: booked (confirmed, waitlisted or pending)", body = RsvpResult),
        (status = 200, description = "With a host token: this email had RSVPed already", body = RsvpResult),
        (status = 401, description = "A wrong API token", body = ErrorBody),
        (status = 403, description = "An API token of someone who hosts no such night", body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "The night takes no RSVPs (draft, cancelled, over)", body = ErrorBody),
        (status = 429, description = "Too many requests from this address or for this email", body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security((), ("host_token" = []))
)]
async fn create_rsvp(
    State(state): State<AppState>,
    client: crate::client::ClientIp,
    MaybeApiHost(host): MaybeApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CreateRsvp>,
) -> Result<axum::response::Response, AppError> {
    crate::ratelimit::public_write(&state, client, &body.email).await?;
    if let Some(host) = &host {
        scheduling::hosted_event(&state, host, &id, Operation::ViewRsvps).await?;
    }
    // No read of the night here for the public: the booking reads it in its transaction (and
    // says 404 for a draft), one query less per booking in a popular night's first minute.
    let new = NewRsvp {
        name: body.name,
        email: body.email,
        plus_ones: body.plus_ones,
        language: None,
        accepts_code_of_conduct: body.accept_code_of_conduct,
    };
    let outcome = services::rsvp(&state, parse_id(&id)?, &new).await?;
    if host.is_none() {
        return Ok(check_your_email());
    }
    let status = if outcome.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((
        status,
        Json(RsvpResult {
            status: outcome.rsvp.status.to_string(),
            ticket_url: outcome.created.then(|| state.sender.ticket_url(&outcome.rsvp.token)),
            already_registered: !outcome.created,
            waitlist_position: outcome.waitlist_position,
        }),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use axum::{body::Body, http::header};

    use super::*;

    async fn read<T: DeserializeOwned>(body: &str) -> Result<T, AppError> {
        let request = Request::builder()
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        ApiJson::<T>::from_request(request, &()).await.map(|ApiJson(value)| value)
    }

    #[test]
    fn the_document_keeps_no_shorthand_and_answers_everywhere() {
        let (_, openapi) = router();
        let text = serde_json::to_string(&openapi).unwrap();
        for format in ["line", "text", "local-date-time", "local-time", "date-or-empty"] {
            assert!(!text.contains(&format!("\"format\":\"{format}\"")), "{format} left in the document");
        }
        let document: serde_json::Value = serde_json::from_str(&text).unwrap();
        for (path, item) in document["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                let responses = operation["responses"].as_object().unwrap();
                for status in ["408", "429", "500"] {
                    assert!(responses.contains_key(status), "{method} {path}: no {status}");
                }
                for (status, response) in responses {
                    assert!(
                        response["description"].as_str().is_some_and(|d| !d.is_empty()),
                        "{method} {path} {status}"
                    );
                }
            }
        }
    }

    #[tokio::test]
    async fn numbers_are_read_as_json_has_them() {
        let rsvp: CreateRsvp = read(r#"{"name": "Ada", "email": "ada@example.org", "plus_ones": 2.0}"#).await.unwrap();
        assert_eq!(rsvp.plus_ones, 2);
        let rsvp: CreateRsvp = read(r#"{"plus_ones": 1e1}"#).await.unwrap();
        assert_eq!(rsvp.plus_ones, 10);
        // Read correctly rounded: without it this one came out as 2251799813685247.25 (the
        // fuzz test's seed 1796409736615559915).
        let rsvp: CreateRsvp = read(r#"{"plus_ones": 2251799813685247.0}"#).await.unwrap();
        assert_eq!(rsvp.plus_ones, 2_251_799_813_685_247);
        let far = [r#"{"plus_ones": 1e19}"#, r#"{"plus_ones": -9223372036854775809}"#, r#"{"plus_ones": 1e17}"#];
        for body in [r#"{"plus_ones": 2.5}"#, r#"{"plus_ones": "2"}"#].into_iter().chain(far) {
            let error = read::<CreateRsvp>(body).await.unwrap_err();
            assert_eq!((error.status(), error.code()), (StatusCode::BAD_REQUEST, "invalid_json"), "{body}");
        }
    }

    #[tokio::test]
    async fn bodies_and_nested_structs_are_objects() {
        for body in [r#"["Ada", "ada@example.org", 0]"#, "null", "3", r#"{"venue": ["Bar", "Street 1"]}"#] {
            let error = read::<CreateEvent>(body).await.unwrap_err();
            assert_eq!((error.status(), error.code()), (StatusCode::BAD_REQUEST, "invalid_json"), "{body}");
        }
        let night: CreateEvent = read(r#"{"venue": {"name": "Bar", "address": "Street 1"}}"#).await.unwrap();
        assert_eq!(night.venue.name, "Bar");
        let error = read::<CreateEvent>("{").await.unwrap_err();
        assert_eq!(error.code(), "malformed_json");
    }
}
