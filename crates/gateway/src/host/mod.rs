//! The host pages under `/host`: sign-in by magic link, the chapter dashboard, settings, hosts
//! and roles, venues, series and nights, attendee lists, the call for stories (review queue,
//! decisions, lineups), ticketing (ticket types, approval, cancellations, seat settings), the
//! door on the night, and the audit log. Server-rendered,
//! usable on a phone and without JavaScript.
//!
//! Every route is declared once in `table` with what it needs ([`Need`]); the router is built
//! from that table and enforces it before any handler runs ([`enforce`]): a handler on a
//! chapter page receives the [`ChapterAccess`] the router resolved and checked, and cannot
//! obtain one on a route that does not declare a chapter role. The authorization tests iterate
//! the same table.

mod account;
mod chapter;
mod door;
mod nights;
mod stories;
mod tickets;
pub mod views;

use std::collections::{BTreeMap, HashMap};

use axum::{
    Router,
    extract::{FromRequestParts, Request, State},
    middleware::{Next, from_fn_with_state},
    response::{IntoResponse, Response},
    routing::{MethodRouter, get, post},
};
use failnight_core::FieldErrors;

use failnight_app::Role;

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
    /// At least this role in the chapter of the path (`/host/c/{slug}/…`).
    Chapter(Role),
}

/// One host route, as the authorization tests see it.
#[derive(Debug, Clone, Copy)]
pub struct HostRoute {
    pub method: &'static str,
    pub path: &'static str,
    pub need: Need,
}

const DOOR: Need = Need::Chapter(Role::Door);
const HOST: Need = Need::Chapter(Role::Host);
const OWNER: Need = Need::Chapter(Role::Owner);

fn table() -> Vec<(HostRoute, MethodRouter<AppState>)> {
    macro_rules! r {
        (GET $path:literal, $need:expr, $handler:expr) => {
            (HostRoute { method: "GET", path: $path, need: $need }, get($handler))
        };
        (POST $path:literal, $need:expr, $handler:expr) => {
            (HostRoute { method: "POST", path: $path, need: $need }, post($handler))
        };
    }
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
        r!(GET "/host/c/{slug}", HOST, chapter::dashboard),
        r!(GET "/host/c/{slug}/settings", OWNER, chapter::settings),
        r!(POST "/host/c/{slug}/settings", OWNER, chapter::save_settings),
        r!(GET "/host/c/{slug}/hosts", OWNER, chapter::hosts),
        r!(POST "/host/c/{slug}/hosts", OWNER, chapter::invite),
        r!(POST "/host/c/{slug}/hosts/{host_id}/remove", OWNER, chapter::remove),
        r!(GET "/host/c/{slug}/audit", OWNER, chapter::audit),
        r!(GET "/host/c/{slug}/events", HOST, nights::events),
        r!(POST "/host/c/{slug}/events", HOST, nights::create_event),
        r!(GET "/host/c/{slug}/events/{id}", HOST, nights::event),
        r!(POST "/host/c/{slug}/events/{id}", HOST, nights::update_event),
        r!(POST "/host/c/{slug}/events/{id}/publish", HOST, nights::publish_event),
        r!(POST "/host/c/{slug}/events/{id}/cancel", HOST, nights::cancel_event),
        r!(GET "/host/c/{slug}/events/{id}/attendees.csv", HOST, nights::attendees_csv),
        r!(GET "/host/c/{slug}/events/{id}/message", HOST, nights::message),
        r!(POST "/host/c/{slug}/events/{id}/ticket-types", HOST, tickets::create_ticket_type),
        r!(POST "/host/c/{slug}/events/{id}/ticketing", HOST, tickets::save_options),
        r!(POST "/host/c/{slug}/rsvps/{id}/approve", HOST, tickets::approve),
        r!(POST "/host/c/{slug}/rsvps/{id}/decline", HOST, tickets::decline),
        r!(POST "/host/c/{slug}/rsvps/{id}/cancel", HOST, tickets::cancel),
        r!(POST "/host/c/{slug}/settings/ticketing", OWNER, tickets::save_settings),
        r!(GET "/host/c/{slug}/door", DOOR, door::nights),
        r!(GET "/host/c/{slug}/events/{id}/door", DOOR, door::page),
        r!(POST "/host/c/{slug}/events/{id}/door/check-in", DOOR, door::check_in),
        r!(POST "/host/c/{slug}/events/{id}/door/walk-in", DOOR, door::walk_in),
        r!(GET "/check-in/{code}", Need::Public, door::scan),
        r!(POST "/host/c/{slug}/events/{id}/message", HOST, nights::send_message),
        r!(GET "/host/c/{slug}/venues", HOST, nights::venues),
        r!(POST "/host/c/{slug}/venues", HOST, nights::create_venue),
        r!(GET "/host/c/{slug}/venues/{id}", HOST, nights::venue),
        r!(POST "/host/c/{slug}/venues/{id}", HOST, nights::update_venue),
        r!(GET "/host/c/{slug}/series", HOST, nights::series_list),
        r!(POST "/host/c/{slug}/series", HOST, nights::create_series),
        r!(GET "/host/c/{slug}/series/{id}", HOST, nights::series),
        r!(POST "/host/c/{slug}/series/{id}", HOST, nights::update_series),
        r!(POST "/host/c/{slug}/series/{id}/publish", HOST, nights::publish_series),
        r!(POST "/host/c/{slug}/series/{id}/cancel", HOST, nights::cancel_series),
        r!(GET "/host/c/{slug}/events/{id}/lineup", HOST, stories::lineup),
        r!(POST "/host/c/{slug}/events/{id}/lineup", HOST, stories::change_lineup),
        r!(GET "/host/c/{slug}/call", HOST, stories::call_settings),
        r!(POST "/host/c/{slug}/call", HOST, stories::save_call_settings),
        r!(GET "/host/c/{slug}/stories", HOST, stories::queue),
        r!(GET "/host/c/{slug}/stories/{id}", HOST, stories::story),
        r!(POST "/host/c/{slug}/stories/{id}/review", HOST, stories::review),
        r!(POST "/host/c/{slug}/stories/{id}/decide", HOST, stories::decide),
        r!(POST "/host/c/{slug}/stories/{id}/purge", HOST, stories::purge),
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
        Need::Chapter(least) => {
            let access = match ChapterAccess::resolve(&mut parts, &state).await {
                Ok(access) => access,
                Err(refusal) => return refusal,
            };
            if access.role < least {
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

    /// The error of a field (empty when none).
    pub fn e(&self, name: &str) -> &str {
        self.errors.get(name).unwrap_or("")
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
                self.errors.add(name, "Give a whole number.");
                None
            }
        }
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
