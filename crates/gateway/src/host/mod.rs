//! The host pages under `/host`: sign-in by magic link, the chapter dashboard, settings, hosts
//! and roles, venues, series and nights, attendee lists, the call for stories (review queue,
//! decisions, lineups), ticketing (ticket types, approval, cancellations, seat settings), the
//! door on the night, the feedback after it, and the audit log. Server-rendered,
//! usable on a phone and without JavaScript.
//!
//! Every route is declared once in `table` with what it needs ([`Need`]: for a chapter page, its
//! [`Operation`], whose role comes from `failnight_app::permissions`, the table the API
//! checks too); the router is built
//! from that table and enforces it before any handler runs ([`enforce`]): a handler on a
//! chapter page receives the [`ChapterAccess`] the router resolved and checked, and cannot
//! obtain one on a route that does not declare a chapter role. The authorization tests iterate
//! the same table.

mod account;
mod chapter;
mod door;
pub(crate) use door::{DoorHead, SEATED_NIGHTS_KEPT, SeatedNames};
mod feedback;
mod network;
mod night_numbers;
mod nights;
mod numbers;
mod reports;
mod stage;
pub(crate) mod stories;
mod tickets;
mod turnout;
pub mod views;
mod webhooks;

use std::collections::{BTreeMap, HashMap};

use axum::{
    Router,
    extract::{DefaultBodyLimit, FromRequestParts, Request, State},
    middleware::{Next, from_fn_with_state},
    response::{Html, IntoResponse, Response},
    routing::{MethodRouter, get, post},
};
use failnight_core::{FieldErrors, Lang};

use failnight_app::Operation;

use crate::{
    AppState,
    auth::{ChapterAccess, SignedIn},
    error::{AppError, PageError},
};

/// What a host route needs from the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Anyone (the sign-in pages).
    Public,
    /// A signed-in host.
    SignedIn,
    /// A platform admin.
    Admin,
    /// The role [`Operation::need`]s in the chapter of the path (`/host/c/{slug}/…`).
    Chapter(Operation),
}

/// One host route, as the authorization tests see it.
#[derive(Debug, Clone, Copy)]
pub struct HostRoute {
    pub method: &'static str,
    pub path: &'static str,
    pub need: Need,
}

/// A chapter page of `operation`: it needs the operation's role ([`Operation::need`], the one
/// table the API checks too).
const fn op(operation: Operation) -> Need {
    Need::Chapter(operation)
}

fn table() -> Vec<(HostRoute, MethodRouter<AppState>)> {
    macro_rules! r {
        (GET $path:literal, $need:expr, $handler:expr) => {
            (HostRoute { method: "GET", path: $path, need: $need }, get($handler))
        };
        (POST $path:literal, $need:expr, $handler:expr) => {
            (HostRoute { method: "POST", path: $path, need: $need }, post($handler))
        };
    }
    use Operation::*;
    vec![
        r!(GET "/host/sign-in", Need::Public, account::sign_in_form),
        r!(POST "/host/sign-in", Need::Public, account::sign_in_request),
        r!(GET "/host/sign-in/{token}", Need::Public, account::sign_in_link),
        r!(POST "/host/sign-in/{token}", Need::Public, account::sign_in_use),
        r!(GET "/host", Need::SignedIn, account::home),
        r!(POST "/host/sign-out", Need::SignedIn, account::sign_out),
        r!(POST "/host/sign-out-everywhere", Need::SignedIn, account::sign_out_everywhere),
        r!(GET "/host/tokens", Need::SignedIn, account::tokens),
        r!(POST "/host/tokens", Need::SignedIn, account::create_token),
        r!(POST "/host/tokens/{id}/revoke", Need::SignedIn, account::revoke_token),
        r!(POST "/host/chapters", Need::Admin, account::create_chapter),
        r!(GET "/host/network", Need::Admin, network::page),
        r!(GET "/host/network.csv", Need::Admin, network::csv),
        r!(GET "/host/c/{slug}", op(ViewDashboard), chapter::dashboard),
        r!(GET "/host/c/{slug}/settings", op(UpdateChapterSettings), chapter::settings),
        r!(POST "/host/c/{slug}/settings", op(UpdateChapterSettings), chapter::save_settings),
        r!(GET "/host/c/{slug}/attendees.csv", op(ExportChapter), chapter::attendees_csv),
        (
            HostRoute { method: "POST", path: "/host/c/{slug}/settings/logo", need: op(SetLogo) },
            post(chapter::upload_logo).layer(DefaultBodyLimit::max(crate::slides::UPLOAD_BODY_LIMIT)),
        ),
        r!(POST "/host/c/{slug}/settings/logo/remove", op(RemoveLogo), chapter::remove_logo),
        r!(GET "/host/c/{slug}/hosts", op(ManageHosts), chapter::hosts),
        r!(POST "/host/c/{slug}/hosts", op(ManageHosts), chapter::invite),
        r!(POST "/host/c/{slug}/hosts/{host_id}/remove", op(RemoveHost), chapter::remove),
        r!(GET "/host/c/{slug}/audit", op(ViewAudit), chapter::audit),
        r!(GET "/host/c/{slug}/events", op(ViewNights), nights::events),
        r!(POST "/host/c/{slug}/events", op(CreateNight), nights::create_event),
        r!(GET "/host/c/{slug}/events/{id}", op(ViewNight), nights::event),
        r!(POST "/host/c/{slug}/events/{id}", op(UpdateNight), nights::update_event),
        r!(POST "/host/c/{slug}/events/{id}/publish", op(PublishNight), nights::publish_event),
        r!(POST "/host/c/{slug}/events/{id}/cancel", op(CancelNight), nights::cancel_event),
        (
            HostRoute { method: "POST", path: "/host/c/{slug}/events/{id}/cover", need: op(SetCover) },
            post(nights::upload_cover).layer(DefaultBodyLimit::max(crate::slides::UPLOAD_BODY_LIMIT)),
        ),
        r!(POST "/host/c/{slug}/events/{id}/cover/remove", op(RemoveCover), nights::remove_cover),
        r!(GET "/host/c/{slug}/events/{id}/attendees.csv", op(ExportAttendees), nights::attendees_csv),
        r!(GET "/host/c/{slug}/events/{id}/message", op(MessageGuests), nights::message),
        r!(POST "/host/c/{slug}/events/{id}/ticket-types", op(CreateTicketType), tickets::create_ticket_type),
        r!(POST "/host/c/{slug}/events/{id}/ticketing", op(UpdateNightTicketing), tickets::save_options),
        r!(POST "/host/c/{slug}/rsvps/{id}/approve", op(ApproveRsvp), tickets::approve),
        r!(POST "/host/c/{slug}/rsvps/{id}/decline", op(DeclineRsvp), tickets::decline),
        r!(POST "/host/c/{slug}/rsvps/{id}/cancel", op(CancelRsvp), tickets::cancel),
        r!(POST "/host/c/{slug}/settings/ticketing", op(UpdateTicketingSettings), tickets::save_settings),
        r!(GET "/host/c/{slug}/door", op(ViewDoor), door::nights),
        r!(GET "/host/c/{slug}/events/{id}/door", op(ViewDoor), door::page),
        r!(POST "/host/c/{slug}/events/{id}/door/check-in", op(CheckIn), door::check_in),
        r!(POST "/host/c/{slug}/events/{id}/door/walk-in", op(AddWalkIn), door::walk_in),
        r!(POST "/host/c/{slug}/events/{id}/door/undo", op(UndoCheckIn), door::undo),
        r!(GET "/host/c/{slug}/events/{id}/door/mode", op(ViewDoor), door::mode),
        r!(POST "/host/c/{slug}/events/{id}/door/sync", op(CheckIn), door::sync),
        r!(GET "/host/door.webmanifest", Need::Public, door::manifest),
        r!(GET "/host/door-sw.js", Need::Public, door::service_worker),
        r!(GET "/check-in/{code}", Need::Public, door::scan),
        r!(POST "/host/c/{slug}/events/{id}/message", op(MessageGuests), nights::send_message),
        r!(GET "/host/c/{slug}/venues", op(ViewVenues), nights::venues),
        r!(POST "/host/c/{slug}/venues", op(CreateVenue), nights::create_venue),
        r!(GET "/host/c/{slug}/venues/{id}", op(ViewVenues), nights::venue),
        r!(POST "/host/c/{slug}/venues/{id}", op(UpdateVenue), nights::update_venue),
        r!(GET "/host/c/{slug}/series", op(ViewSeries), nights::series_list),
        r!(POST "/host/c/{slug}/series", op(CreateSeries), nights::create_series),
        r!(GET "/host/c/{slug}/series/{id}", op(ViewSeries), nights::series),
        r!(POST "/host/c/{slug}/series/{id}", op(UpdateSeries), nights::update_series),
        r!(POST "/host/c/{slug}/series/{id}/publish", op(PublishSeries), nights::publish_series),
        r!(POST "/host/c/{slug}/series/{id}/cancel", op(CancelSeries), nights::cancel_series),
        r!(GET "/host/c/{slug}/events/{id}/lineup", op(ViewLineup), stories::lineup),
        r!(POST "/host/c/{slug}/events/{id}/lineup", op(UpdateLineup), stories::change_lineup),
        r!(GET "/host/c/{slug}/call", op(UpdateCallSettings), stories::call_settings),
        r!(POST "/host/c/{slug}/call", op(UpdateCallSettings), stories::save_call_settings),
        r!(GET "/host/c/{slug}/stories", op(ViewStories), stories::queue),
        r!(GET "/host/c/{slug}/stories/{id}", op(ViewStories), stories::story),
        r!(POST "/host/c/{slug}/stories/{id}/review", op(ReviewStory), stories::review),
        r!(POST "/host/c/{slug}/stories/{id}/decide", op(DecideStory), stories::decide),
        r!(POST "/host/c/{slug}/stories/{id}/purge", op(PurgeStory), stories::purge),
        r!(POST "/host/c/{slug}/stories/{id}/recap", op(DraftLesson), stories::draft_recap),
        r!(GET "/host/c/{slug}/events/{id}/stage", op(ViewStage), stage::projector),
        r!(GET "/host/c/{slug}/events/{id}/stage/live", op(ViewStage), stage::events),
        r!(GET "/host/c/{slug}/events/{id}/stage/control", op(ViewStage), stage::control),
        r!(POST "/host/c/{slug}/events/{id}/stage/control", op(ControlStage), stage::act),
        r!(POST "/host/c/{slug}/events/{id}/stage/questions/{question}", op(ModerateQuestions), stage::moderate),
        r!(GET "/host/c/{slug}/slides/{hash}", op(ViewSlides), crate::slides::host_image),
        r!(GET "/host/c/{slug}/events/{id}/feedback", op(ViewFeedback), feedback::page),
        r!(GET "/host/c/{slug}/events/{id}/turnout", op(ViewNight), turnout::page),
        r!(GET "/host/c/{slug}/events/{id}/numbers", op(ViewNight), night_numbers::page),
        r!(GET "/host/c/{slug}/numbers", op(ViewNumbers), numbers::page),
        r!(GET "/host/c/{slug}/numbers.csv", op(ViewNumbers), numbers::csv),
        r!(GET "/host/c/{slug}/numbers.json", op(ViewNumbers), numbers::json),
        r!(POST "/host/c/{slug}/events/{id}/feedback/comments/{comment}", op(ModerateFeedback), feedback::moderate),
        r!(GET "/host/c/{slug}/reports", op(ViewReports), reports::list),
        r!(GET "/host/c/{slug}/reports/{id}", op(ViewReports), reports::page),
        r!(POST "/host/c/{slug}/reports/{id}", op(UpdateReport), reports::update),
        r!(GET "/host/c/{slug}/webhooks", op(ViewWebhooks), webhooks::list),
        r!(POST "/host/c/{slug}/webhooks", op(CreateWebhook), webhooks::create),
        r!(GET "/host/c/{slug}/webhooks/{id}", op(GetWebhook), webhooks::page),
        r!(POST "/host/c/{slug}/webhooks/{id}/pause", op(UpdateWebhook), webhooks::pause),
        r!(POST "/host/c/{slug}/webhooks/{id}/resume", op(UpdateWebhook), webhooks::resume),
        r!(POST "/host/c/{slug}/webhooks/{id}/secret", op(UpdateWebhook), webhooks::roll_secret),
        r!(POST "/host/c/{slug}/webhooks/{id}/delete", op(DeleteWebhook), webhooks::delete),
        r!(POST "/host/c/{slug}/webhooks/{id}/deliveries/{delivery}/redeliver", op(RedeliverWebhook), webhooks::redeliver),
    ]
}

/// Every host route and what it needs.
pub fn routes() -> Vec<HostRoute> {
    table().into_iter().map(|(route, _)| route).collect()
}

/// The host pages' router, built from `table`: each route behind [`enforce`] of its need.
pub fn router(state: &AppState) -> Router<AppState> {
    let mut by_path: BTreeMap<&'static str, MethodRouter<AppState>> = BTreeMap::new();
    for (route, handler) in table() {
        let handler = handler.route_layer(from_fn_with_state((state.clone(), route.need), enforce));
        let merged = match by_path.remove(route.path) {
            Some(existing) => existing.merge(handler),
            None => handler,
        };
        by_path.insert(route.path, merged);
    }
    by_path.into_iter().fold(Router::new(), |router, (path, handler)| router.route(path, handler))
}

/// Checks a route's [`Need`] before its handler runs, and hands what it resolved (the signed-in
/// host, the chapter and the role there) to the handler's extractors through the request's
/// extensions. Refusals: the sign-in page for nobody, 403 for too little, 404 for no chapter.
pub async fn enforce(State((state, need)): State<(AppState, Need)>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let forbidden = || PageError(AppError::Forbidden).into_response();
    match need {
        Need::Public => {}
        Need::SignedIn | Need::Admin => {
            let signed_in = match SignedIn::from_request_parts(&mut parts, &state).await {
                Ok(signed_in) => signed_in,
                Err(refusal) => return refusal,
            };
            if need == Need::Admin && !signed_in.host.is_admin {
                return forbidden();
            }
            parts.extensions.insert(signed_in);
        }
        Need::Chapter(operation) => {
            let access = match ChapterAccess::resolve(&mut parts, &state).await {
                Ok(access) => access,
                Err(refusal) => return refusal,
            };
            if !operation.allows(access.role) {
                return forbidden();
            }
            parts.extensions.insert(access.signed_in.clone());
            parts.extensions.insert(access);
        }
    }
    next.run(Request::from_parts(parts, body)).await
}

/// A posted form: its raw values (to show again) and the errors by field.
#[derive(Debug, Clone, Default)]
pub struct FormState {
    pub values: HashMap<String, String>,
    pub errors: FieldErrors,
}

impl FormState {
    pub fn new(values: HashMap<String, String>) -> Self {
        FormState { values, errors: FieldErrors::new() }
    }

    /// The value of a field as posted (empty when absent).
    pub fn v(&self, name: &str) -> &str {
        self.values.get(name).map(String::as_str).unwrap_or("")
    }

    /// The error of a field in `lang`, the page's language (empty when none).
    pub fn e(&self, name: &str, lang: &Lang) -> String {
        self.errors.get_in(name, *lang).unwrap_or_default()
    }

    pub fn text(&self, name: &str) -> Option<String> {
        self.values.get(name).cloned()
    }

    /// A number field: `None` when empty, an error recorded when not a number.
    pub fn number(&mut self, name: &str) -> Option<i64> {
        let raw = self.v(name).trim().to_string();
        if raw.is_empty() {
            return None;
        }
        match raw.parse() {
            Ok(n) => Some(n),
            Err(_) => {
                self.errors.add(name, "error-whole-number");
                None
            }
        }
    }

    /// A date-and-time field, typed in `order`'s way (`24.12.2026 19:00` for a German
    /// chapter, `12/24/2026 7:00 PM` for an English one) or as ISO: as ISO
    /// (`2026-12-24T19:00`) for the use cases. `None` when absent; a blank field stays blank
    /// (the use case says it is needed); one that does not read records an error with an
    /// example in that order.
    pub fn date_time(&mut self, name: &str, order: Lang) -> Option<String> {
        self.typed(name, "error-date-time-input", date_example(order), |text| {
            order.parse_date_time_input(text).map(|at| at.format(failnight_core::time::LOCAL_FORMAT).to_string())
        })
    }

    /// A date field, typed in `order`'s way or as ISO: as ISO (`2026-12-24`). As
    /// [`FormState::date_time`] for absent, blank and unreadable fields.
    pub fn date(&mut self, name: &str, order: Lang) -> Option<String> {
        let example = order.date_input(example_night().date());
        self.typed(name, "error-date-input", example, |text| {
            order.parse_date_input(text).map(|day| day.format("%Y-%m-%d").to_string())
        })
    }

    /// A time field (`19:00`, `7 pm`, `19h30`): as `HH:MM`. As [`FormState::date_time`] for
    /// absent, blank and unreadable fields.
    pub fn time(&mut self, name: &str, order: Lang) -> Option<String> {
        let example = order.time_input(example_night().time());
        self.typed(name, "error-time-input", example, |text| {
            Lang::parse_time_input(text).map(|t| t.format("%H:%M").to_string())
        })
    }

    fn typed(
        &mut self,
        name: &str,
        error: &'static str,
        example: String,
        read: impl FnOnce(&str) -> Option<String>,
    ) -> Option<String> {
        let text = self.values.get(name)?.trim().to_string();
        if text.is_empty() {
            return Some(text);
        }
        let read = read(&text);
        if read.is_none() {
            self.errors.add(name, failnight_core::Message::new(error).arg("example", example));
        }
        read
    }

    pub fn checked(&self, name: &str) -> bool {
        matches!(self.v(name), "on" | "true" | "1" | "yes")
    }

    /// The form's fields as hidden inputs (for a confirmation step), without `confirm`.
    pub fn hidden(&self) -> Vec<(String, String)> {
        let mut fields: Vec<(String, String)> =
            self.values.iter().filter(|(k, _)| k.as_str() != "confirm").map(|(k, v)| (k.clone(), v.clone())).collect();
        fields.sort();
        fields
    }
}

/// A page of `access`'s chapter kept in the page cache (see `cache`) per host, role and
/// language, and `what` (which page, with what was asked of it), never lagging: the host
/// pages that count a whole night or carry many stories' texts are made again after a write,
/// not on every view.
pub(super) async fn kept_page<F, Fut, T>(
    state: &AppState,
    access: &ChapterAccess,
    what: String,
    render: F,
) -> Result<Html<axum::body::Bytes>, AppError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<T, AppError>>,
    T: askama::Template,
{
    let key =
        format!("host:{}:{}:{:?}:{}:{what}", access.chapter.id, access.host_id(), access.role, access.lang().as_str());
    let page = crate::pages::cached(state, key, || async { crate::pages::html(render().await?) }).await?;
    Ok(Html(page.shared_body()))
}

/// 19:00 on the 24th of this month: a day that cannot be read as a month, for the examples
/// under date fields.
fn example_night() -> chrono::NaiveDateTime {
    use chrono::Datelike;
    let today = chrono::Utc::now().date_naive();
    today.with_day(24).unwrap_or(today).and_hms_opt(19, 0, 0).unwrap_or_default()
}

/// An example date and time in `order`'s way, for hints and errors: `24.12.2026 19:00`.
pub fn date_example(order: Lang) -> String {
    order.date_time_input(example_night())
}
