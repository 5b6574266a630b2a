//! The door on the night: the guest list with one-tap check-in, a search by name, the ticket
//! a phone camera just scanned (the QR code opens `/check-in/{code}`, which brings door staff
//! here), walk-ins, and live counts. For the role `door` and up; no JavaScript needed, and the
//! page prints as a paper list should the phone die.

use std::collections::HashMap;

use axum::{
    Form,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use failnight_scheduling::{EventDetails, EventStatus, display, events};
use failnight_ticketing::{
    Rsvp, RsvpStatus,
    door::{self, CheckIn},
    rsvps,
};

use super::{
    FormState,
    chapter::nav,
    nights::{chapter_event, night_rows, speaker_rows},
    views::{DoorGuest, DoorNightsPage, DoorPage, rsvp_status},
};
use failnight_app::services::{Actor, ticketing as service};
use failnight_core::Lang;

use crate::{
    AppState,
    auth::{ChapterAccess, SignedIn},
    error::{AppError, PageError},
    views::{ScanPage, url_encode},
};

fn guest(rsvp: &Rsvp, event: &EventDetails, lang: Lang) -> DoorGuest {
    let status = rsvp.status();
    DoorGuest {
        name: rsvp.name.clone(),
        plus_ones: rsvp.plus_ones,
        code: rsvp.checkin_code.clone(),
        status: rsvp_status(lang, status),
        can_check_in: status == RsvpStatus::Confirmed,
        checked_in_at: rsvp.checked_in_at.map(|at| lang.time(at.to_utc(), event.tz())),
        walk_in: rsvp.walk_in,
    }
}

fn who(rsvp: &Rsvp) -> String {
    if rsvp.plus_ones > 0 { format!("{} +{}", rsvp.name, rsvp.plus_ones) } else { rsvp.name.clone() }
}

fn door_url(access: &ChapterAccess, event_id: i64) -> String {
    format!("/host/c/{}/events/{event_id}/door", access.chapter.slug)
}

/// What a done action left in the door page's address (so a reload does not repeat it).
fn done_message(query: &HashMap<String, String>, guests: &[Rsvp], event: &EventDetails, lang: Lang) -> Option<String> {
    let find = |key: &str| {
        let id: i64 = query.get(key)?.parse().ok()?;
        guests.iter().find(|r| r.id == id)
    };
    if let Some(r) = find("checked") {
        Some(lang.f1("host-door-checked-in", "who", who(r)))
    } else if let Some(r) = find("walked") {
        Some(lang.f1("host-door-walked-in", "who", who(r)))
    } else {
        find("already").map(|r| {
            let at = r.checked_in_at.map(|t| lang.time(t.to_utc(), event.tz())).unwrap_or_default();
            lang.f2("host-door-was-already-in", "who", who(r), "time", at)
        })
    }
}

async fn door_page(
    state: &AppState,
    access: &ChapterAccess,
    event: &EventDetails,
    query: &HashMap<String, String>,
    problem: Option<String>,
    walk_in: FormState,
) -> Result<DoorPage, AppError> {
    let now = state.clock.timestamp();
    let lang = access.lang();
    let all = rsvps::list(&state.db, event.id).await?;
    let notice = done_message(query, &all, event, lang);
    let q = query.get("q").map(|q| q.trim().to_string()).unwrap_or_default();
    let needle = q.to_lowercase();
    let mut seated: Vec<&Rsvp> = all.iter().filter(|r| r.status().has_seat()).collect();
    seated.sort_by_key(|r| (r.name.to_lowercase(), r.id));
    let total = seated.len();
    let guests = seated
        .into_iter()
        .filter(|r| {
            needle.is_empty() || r.name.to_lowercase().contains(&needle) || r.email.to_lowercase().contains(&needle)
        })
        .map(|r| guest(r, event, lang))
        .collect();
    let mut problem = problem;
    let scanned = match query.get("code").filter(|c| !c.is_empty()) {
        Some(code) => match all.iter().find(|r| &r.checkin_code == code) {
            Some(r) => Some(guest(r, event, lang)),
            None => {
                problem.get_or_insert_with(|| lang.t("host-door-not-this-night"));
                None
            }
        },
        None => None,
    };
    Ok(DoorPage {
        lang,
        nav: nav(access, "door"),
        id: event.id,
        title: event.title.clone(),
        when: display::when(event, lang),
        open: event.status() == EventStatus::Published && event.ends_at > now,
        counts: door::counts(&state.db, event.id).await?,
        q,
        guests,
        total,
        scanned,
        notice,
        problem,
        walk_in,
        speakers: speaker_rows(state, &access.chapter.slug, event.id, lang).await?,
    })
}

/// The nights door staff can open: the chapter's published nights that have not ended.
pub async fn nights(State(state): State<AppState>, access: ChapterAccess) -> Result<DoorNightsPage, PageError> {
    let upcoming: Vec<EventDetails> = events::upcoming(&state.db, access.chapter.id, state.clock.now())
        .await?
        .into_iter()
        .filter(|e| e.status() == EventStatus::Published)
        .collect();
    let lang = access.lang();
    Ok(DoorNightsPage { lang, nav: nav(&access, "door"), nights: night_rows(&state, &upcoming, lang).await? })
}

pub async fn page(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<DoorPage, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    Ok(door_page(&state, &access, &event, &query, None, FormState::default()).await?)
}

/// Answers a failed door action on the door page itself, with its status.
async fn refused(
    state: &AppState,
    access: &ChapterAccess,
    event: &EventDetails,
    error: impl Into<AppError>,
    walk_in: FormState,
) -> Result<Response, PageError> {
    let error = error.into();
    let status = error.status();
    let message = match error {
        AppError::NotFound(_) => access.lang().t("error-door-no-ticket"),
        AppError::Conflict(_, message) => message.in_lang(access.lang()),
        other => return Err(other.into()),
    };
    let page = door_page(state, access, event, &HashMap::new(), Some(message), walk_in).await?;
    Ok((status, page).into_response())
}

pub async fn check_in(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let code = values.get("code").map(String::as_str).unwrap_or_default();
    let back = door_url(&access, event.id);
    let q = values.get("q").filter(|q| !q.is_empty()).map(|q| format!("&q={}", url_encode(q))).unwrap_or_default();
    match service::check_in(&state, Actor::Host(access.host_id()), &event, code).await.map_err(AppError::from) {
        Ok(CheckIn::Done(r)) => Ok(Redirect::to(&format!("{back}?checked={}{q}", r.id)).into_response()),
        Ok(CheckIn::Already(r)) => Ok(Redirect::to(&format!("{back}?already={}{q}", r.id)).into_response()),
        Err(error) => refused(&state, &access, &event, error, FormState::default()).await,
    }
}

pub async fn walk_in(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let mut form = FormState::new(values);
    let plus_ones = match form.v("plus_ones").trim() {
        "" => 0,
        text => text.parse().unwrap_or(-1),
    };
    let email = Some(form.v("email").to_string());
    match service::walk_in(&state, Actor::Host(access.host_id()), event.id, form.v("name"), email.as_deref(), plus_ones)
        .await
        .map_err(AppError::from)
    {
        Ok(r) => Ok(Redirect::to(&format!("{}?walked={}", door_url(&access, event.id), r.id)).into_response()),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            let page = door_page(&state, &access, &event, &HashMap::new(), None, form).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(error) => refused(&state, &access, &event, error, form).await,
    }
}

/// What a ticket's QR code opens. The night's door staff go to the door page with the ticket
/// ready to check in; anyone else (the guest, curious) sees what the code is for, and a way
/// for door staff to sign in. The guest's name is never shown here.
pub async fn scan(
    State(state): State<AppState>,
    signed_in: Result<SignedIn, Response>,
    choice: crate::lang::Choice,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let rsvp = rsvps::by_checkin_code(&state.db, &code).await?.ok_or(AppError::NotFound("error-no-ticket".into()))?;
    let event = events::get(&state.db, rsvp.event_id).await?.ok_or(AppError::NotFound("error-no-ticket".into()))?;
    if let Ok(signed_in) = signed_in {
        let memberships = failnight_app::accounts::memberships(&state.db, signed_in.host.host_id).await?;
        // Every role (door and up) may check in.
        if let Some(m) = memberships.iter().find(|m| m.chapter_id == event.chapter_id) {
            let to = format!("/host/c/{}/events/{}/door?code={}", m.slug, event.id, url_encode(&code));
            return Ok(Redirect::to(&to).into_response());
        }
    }
    // Whoever scanned it reads the chapter's language, or their own.
    let lang = choice.resolve(event.chapter_language);
    Ok(ScanPage {
        lang,
        title: event.title.clone(),
        when: display::when(&event, lang),
        sign_in_url: format!("/host/sign-in?next={}", url_encode(&format!("/check-in/{code}"))),
    }
    .into_response())
}
