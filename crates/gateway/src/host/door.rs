//! The door on the night: the guest list with one-tap check-in, a search by name, the ticket
//! a phone camera just scanned (the QR code opens `/check-in/{code}`, which brings door staff
//! here), walk-ins, and live counts. For the role `door` and up; no JavaScript needed, and the
//! page prints as a paper list should the phone die.

use std::{collections::HashMap, sync::Arc};

use axum::{
    Form, Json,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use failnight_scheduling::{EventDetails, EventStatus, display, events};
use failnight_ticketing::{
    Rsvp, RsvpStatus,
    door::{self, CheckIn, Undo},
    rsvps,
};

use super::{
    FormState,
    chapter::nav,
    nights::{chapter_event, night_rows, speaker_rows},
    views::{DoorGuest, DoorModePage, DoorNightsPage, DoorPage, LineupRow, rsvp_status},
};
use failnight_app::services::{
    Actor,
    ticketing::{self as service, DoorAction, DoorOp, DoorOutcome},
};
use failnight_core::Lang;

use serde::{Deserialize, Serialize};

use crate::{
    AppState,
    api::ApiJson,
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

/// Where a door form goes back to: door mode when it came from there (`back=mode`).
fn back_url(access: &ChapterAccess, event_id: i64, values: &HashMap<String, String>) -> String {
    let door = door_url(access, event_id);
    if values.get("back").is_some_and(|b| b == "mode") { format!("{door}/mode") } else { door }
}

/// What a done action leaves in the door page's address (`checked=ID`…), so that a reload
/// does not repeat it.
const DONE: [&str; 4] = ["checked", "walked", "undone", "already"];

/// The done action the page's address names, and the id of its RSVP.
fn done_in(query: &HashMap<String, String>) -> Option<(&'static str, i64)> {
    DONE.iter().find_map(|key| Some((*key, query.get(*key)?.parse().ok()?)))
}

/// What to say of a done action (`key`, see [`DONE`]) on `r`.
fn done_message(done: Option<(&str, &Rsvp)>, event: &EventDetails, lang: Lang) -> Option<String> {
    let (key, r) = done?;
    Some(match key {
        "checked" => lang.f1("host-door-checked-in", "who", who(r)),
        "walked" => lang.f1("host-door-walked-in", "who", who(r)),
        "undone" => lang.f1("host-door-undone", "who", who(r)),
        _ => {
            let at = r.checked_in_at.map(|t| lang.time(t.to_utc(), event.tz())).unwrap_or_default();
            lang.f2("host-door-was-already-in", "who", who(r), "time", at)
        }
    })
}

/// The code of the guest just checked in, if that can still be undone (for the notice's button).
fn undo_code(done: Option<(&str, &Rsvp)>) -> Option<String> {
    let (key, r) = done?;
    (key == "checked" && r.status() == RsvpStatus::CheckedIn && !r.walk_in).then(|| r.checkin_code.clone())
}

/// Guests a search on the door page shows at most.
const DOOR_MATCHES: i64 = 50;

/// A night's guests with a seat as the door searches them: each one's name and email in lower
/// case, by name, in one text (a search is one pass of `memchr`'s substring search over it,
/// some 20 µs for 5,000 guests), and where each guest's part of it ends, with their id. Kept
/// like the pages (see `cache`): read again after a write, not for every letter typed, by one
/// request while the others search the names as they were (`Lag::Recent`: what they find is
/// read afresh, so a guest cancelled meanwhile is not shown; one booked in those milliseconds
/// is found by the next search).
#[derive(Debug)]
pub struct SeatedNames {
    text: String,
    ends: Vec<(usize, i64)>,
}

/// Nights whose [`SeatedNames`] a process keeps (about 60 bytes a guest).
pub const SEATED_NIGHTS_KEPT: usize = 64;

impl SeatedNames {
    fn of(rows: Vec<(i64, String, String)>) -> SeatedNames {
        let mut rows: Vec<(String, i64, String)> =
            rows.into_iter().map(|(id, name, email)| (name.to_lowercase(), id, email.to_lowercase())).collect();
        rows.sort();
        let mut text = String::with_capacity(rows.iter().map(|(name, _, email)| name.len() + email.len() + 2).sum());
        let mut ends = Vec::with_capacity(rows.len());
        for (name, id, email) in rows {
            text.push_str(&name);
            text.push('\n');
            text.push_str(&email);
            text.push('\0');
            ends.push((text.len(), id));
        }
        SeatedNames { text, ends }
    }

    /// The ids of up to `limit` guests whose name or email contains `needle` (lower case), by
    /// name.
    fn matching(&self, needle: &str, limit: usize) -> Vec<i64> {
        let mut ids: Vec<i64> = Vec::new();
        for at in memchr::memmem::find_iter(self.text.as_bytes(), needle.as_bytes()) {
            let guest = self.ends.partition_point(|(end, _)| *end <= at);
            let Some(&(_, id)) = self.ends.get(guest) else { break };
            if ids.last() != Some(&id) {
                if ids.len() == limit {
                    break;
                }
                ids.push(id);
            }
        }
        ids
    }

    fn len(&self) -> usize {
        self.ends.len()
    }
}

async fn seated_names(state: &AppState, event_id: i64) -> Result<Arc<SeatedNames>, AppError> {
    let version = state.version().await;
    state
        .seated_names
        .get_or_make(event_id.to_string(), version, crate::cache::Lag::Recent, || async {
            Ok(Arc::new(SeatedNames::of(rsvps::seated_names(&state.db, event_id).await?)))
        })
        .await
}

/// What the door page shows of a night whatever is searched: its live counts and its speakers
/// (in one language), kept like the nights' details: read again after any write, so a request
/// never sees them older than itself. A search is then one query, for the guests it found
/// (five before: a door search among 5,000 guests was the slowest host page on PostgreSQL).
/// Kept per night and language, as many nights as [`SeatedNames`].
#[derive(Clone)]
pub struct DoorHead {
    counts: door::DoorCounts,
    speakers: Vec<LineupRow>,
}

async fn door_head(state: &AppState, slug: &str, event_id: i64, lang: Lang) -> Result<DoorHead, AppError> {
    let (key, version) = (format!("{event_id}:{}", lang.code()), state.version().await);
    if let Some(head) = state.door_heads.get(&key, &version) {
        return Ok(head);
    }
    let counts = door::counts(&state.db, event_id).await?;
    let head = DoorHead { counts, speakers: speaker_rows(state, slug, event_id, lang).await? };
    state.door_heads.put(key, version, head.clone());
    Ok(head)
}

async fn door_page(
    state: &AppState,
    access: &ChapterAccess,
    event: &EventDetails,
    query: &HashMap<String, String>,
    problem: Option<String>,
    walk_in: FormState,
) -> Result<DoorPage, AppError> {
    let lang = access.lang();
    // One RSVP by id or code for what the address names; the list only when it is shown whole.
    let done = match done_in(query) {
        Some((key, id)) => rsvps::get(&state.db, id).await?.filter(|r| r.event_id == event.id).map(|r| (key, r)),
        None => None,
    };
    let done = done.as_ref().map(|(key, r)| (*key, r));
    let notice = done_message(done, event, lang);
    let undo_code = undo_code(done);
    let q = query.get("q").map(|q| q.trim().to_string()).unwrap_or_default();
    let needle = q.to_lowercase();
    // The whole list (the paper list) is read at once; a search scans the night's names kept
    // in memory ([`SeatedNames`]) and reads only the guests it found.
    let mut more_matches = false;
    let (guests, total) = if needle.is_empty() {
        let all = rsvps::list(&state.db, event.id).await?;
        let seated = door::seated(&all);
        let total = seated.len();
        (seated.into_iter().map(|r| guest(r, event, lang)).collect(), total)
    } else {
        let names = seated_names(state, event.id).await?;
        let mut ids = names.matching(&needle, DOOR_MATCHES as usize + 1);
        more_matches = ids.len() as i64 > DOOR_MATCHES;
        ids.truncate(DOOR_MATCHES as usize);
        let mut found = rsvps::seated_among(&state.db, event.id, &ids).await?;
        found.sort_by_key(|r| ids.iter().position(|id| *id == r.id));
        (found.iter().map(|r| guest(r, event, lang)).collect(), names.len())
    };
    let mut problem = problem;
    let scanned = match query.get("code").filter(|c| !c.is_empty()) {
        Some(code) => match rsvps::by_checkin_code(&state.db, code).await?.filter(|r| r.event_id == event.id) {
            Some(r) => Some(guest(&r, event, lang)),
            None => {
                problem.get_or_insert_with(|| lang.t("host-door-not-this-night"));
                None
            }
        },
        None => None,
    };
    let head = door_head(state, &access.chapter.slug, event.id, lang).await?;
    Ok(DoorPage {
        lang,
        nav: nav(access, "door"),
        id: event.id,
        title: event.title.clone(),
        when: display::when(event, lang),
        open: is_open(state, event),
        counts: head.counts,
        q,
        guests,
        total,
        more_matches,
        scanned,
        notice,
        undo_code,
        problem,
        walk_in,
        speakers: head.speakers,
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
    let back = back_url(&access, event.id, &values);
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
        Ok(r) => {
            Ok(Redirect::to(&format!("{}?walked={}", back_url(&access, event.id, &form.values), r.id)).into_response())
        }
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            let page = door_page(&state, &access, &event, &HashMap::new(), None, form).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(error) => refused(&state, &access, &event, error, form).await,
    }
}

/// Takes back a mistaken check-in from the door page (its notice offers it).
pub async fn undo(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let code = values.get("code").map(String::as_str).unwrap_or_default();
    match service::undo_check_in(&state, Actor::Host(access.host_id()), &event, code).await.map_err(AppError::from) {
        Ok(Undo::Done(r) | Undo::NotIn(r)) => {
            Ok(Redirect::to(&format!("{}?undone={}", back_url(&access, event.id, &values), r.id)).into_response())
        }
        Err(error) => refused(&state, &access, &event, error, FormState::default()).await,
    }
}

/// A night's guest list as a door phone keeps it (in door mode, also offline).
#[derive(Debug, Serialize)]
pub struct PhoneList {
    pub guests: Vec<PhoneGuest>,
    /// Seats in all, and seats checked in (guests with their plus-ones).
    pub capacity: i64,
    pub checked_in: i64,
    pub open: bool,
    /// When the server made this list (Unix milliseconds).
    pub at: i64,
}

/// One guest with a seat. `code` is the one in their ticket's QR code.
#[derive(Debug, Serialize)]
pub struct PhoneGuest {
    pub code: String,
    pub name: String,
    pub plus_ones: i64,
    /// When they came in (Unix milliseconds), if they did.
    pub in_at: Option<i64>,
    pub walk_in: bool,
}

fn is_open(state: &AppState, event: &EventDetails) -> bool {
    event.status() == EventStatus::Published && event.ends_at > state.clock.timestamp()
}

/// The phone's list from the night's RSVPs (`all`, as `rsvps::list` reads them).
async fn phone_list(state: &AppState, event: &EventDetails, all: &[Rsvp]) -> Result<PhoneList, AppError> {
    let counts = door::counts(&state.db, event.id).await?;
    Ok(PhoneList {
        guests: door::seated(all)
            .into_iter()
            .map(|r| PhoneGuest {
                in_at: r.checked_in_at.map(|t| t.0),
                code: r.checkin_code.clone(),
                name: r.name.clone(),
                plus_ones: r.plus_ones,
                walk_in: r.walk_in,
            })
            .collect(),
        capacity: counts.capacity,
        checked_in: counts.checked_in,
        open: is_open(state, event),
        at: state.clock.timestamp().0,
    })
}

/// Door mode: the door for a phone in a dark bar, which goes on working without a signal.
/// The list is server-rendered (each row a check-in form, so it works without JavaScript);
/// `door.js` keeps it on the phone, checks in from it and sends what was done when it can.
pub async fn mode(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<DoorModePage, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let lang = access.lang();
    let all = rsvps::list(&state.db, event.id).await?;
    let list = phone_list(&state, &event, &all).await?;
    let done = done_in(&query).and_then(|(key, id)| Some((key, all.iter().find(|r| r.id == id)?)));
    let notice = done_message(done, &event, lang);
    let undo_code = undo_code(done);
    let guests: Vec<DoorGuest> = door::seated(&all).into_iter().map(|r| guest(r, &event, lang)).collect();
    Ok(DoorModePage {
        lang,
        slug: access.chapter.slug.clone(),
        id: event.id,
        title: event.title.clone(),
        timezone: event.tz().name().to_string(),
        checked_in: list.checked_in,
        capacity: list.capacity,
        open: list.open,
        notice,
        undo_code,
        guests,
        list: serde_json::to_string(&list).map_err(|e| AppError::Internal(e.into()))?,
    })
}

#[derive(Debug, Deserialize)]
pub struct SyncBody {
    #[serde(default)]
    ops: Vec<SyncOp>,
}

#[derive(Debug, Deserialize)]
struct SyncOp {
    key: String,
    action: String,
    #[serde(default)]
    code: String,
    /// A walk-in's name and the guests with them.
    #[serde(default)]
    name: String,
    #[serde(default)]
    plus_ones: i64,
    /// When the phone did it (Unix milliseconds).
    #[serde(default)]
    at: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct SyncAnswer {
    results: Vec<SyncResult>,
    list: PhoneList,
}

/// How one phone action went: `checked_in`, `already_in` (another door was first, at
/// `in_at`), `undone`, `not_in`, `walked_in`, `unknown` (no such ticket tonight) or `refused`
/// (`message`: a ticket without a seat, a walk-in the full night has no seat for).
#[derive(Debug, Serialize)]
struct SyncResult {
    key: String,
    outcome: &'static str,
    name: Option<String>,
    in_at: Option<i64>,
    message: Option<String>,
}

/// A door phone's actions, replayed in its order (`service::door_sync`), and the list as it is
/// now. With no actions it is the phone's way of keeping its list fresh.
pub async fn sync(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    ApiJson(body): ApiJson<SyncBody>,
) -> Result<Json<SyncAnswer>, AppError> {
    let event = chapter_event(&state, &access, &id).await?;
    let mut ops = Vec::with_capacity(body.ops.len());
    for op in body.ops {
        let action = match op.action.as_str() {
            "check_in" => DoorAction::CheckIn,
            "undo" => DoorAction::Undo,
            "walk_in" => DoorAction::WalkIn,
            _ => return Err(AppError::BadRequest("invalid_json", "error-door-sync-op".into())),
        };
        let at = op.at.and_then(chrono::DateTime::from_timestamp_millis);
        ops.push(DoorOp { key: op.key, action, code: op.code, name: op.name, plus_ones: op.plus_ones, at });
    }
    let lang = access.lang();
    let outcomes = service::door_sync(&state, Actor::Host(access.host_id()), &event, &ops).await?;
    let results = ops
        .into_iter()
        .zip(outcomes)
        .map(|(op, outcome)| {
            let (outcome, rsvp, message) = match outcome {
                DoorOutcome::CheckedIn(r) => ("checked_in", Some(r), None),
                DoorOutcome::AlreadyIn(r) => ("already_in", Some(r), None),
                DoorOutcome::Undone(r) => ("undone", Some(r), None),
                DoorOutcome::NotIn(r) => ("not_in", Some(r), None),
                DoorOutcome::WalkedIn(r) => ("walked_in", Some(r), None),
                DoorOutcome::Unknown => ("unknown", None, None),
                DoorOutcome::Refused(_, message) => ("refused", None, Some(message.in_lang(lang))),
            };
            SyncResult {
                key: op.key,
                outcome,
                in_at: rsvp.as_ref().and_then(|r| r.checked_in_at).map(|t| t.0),
                name: rsvp.map(|r| r.name),
                message,
            }
        })
        .collect();
    let all = rsvps::list(&state.db, event.id).await?;
    Ok(Json(SyncAnswer { results, list: phone_list(&state, &event, &all).await? }))
}

/// The door's web app manifest: door staff add it to their home screen.
pub async fn manifest() -> Response {
    crate::pages::static_file(
        "application/manifest+json",
        include_str!("../../../../templates/static/door.webmanifest"),
    )
}

/// The door's service worker: keeps door mode and its scripts for when the signal goes.
pub async fn service_worker() -> Response {
    crate::pages::static_file("text/javascript; charset=utf-8", include_str!("../../../../templates/static/door-sw.js"))
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

#[cfg(test)]
mod tests {
    use super::SeatedNames;

    fn names() -> SeatedNames {
        SeatedNames::of(vec![
            (3, "Zoë Ångström".into(), "zoe@example.org".into()),
            (1, "Ada Lovelace".into(), "ada@example.org".into()),
            (2, "ada byron".into(), "byron@example.org".into()),
            (4, "Grace Hopper".into(), "ADA-fan@example.org".into()),
        ])
    }

    #[test]
    fn a_search_finds_names_and_emails_by_name_each_guest_once() {
        let names = names();
        assert_eq!(names.len(), 4);
        // "ada" in two names, and in one name and its email: each guest once, by name.
        assert_eq!(names.matching("ada", 10), [2, 1, 4]);
        assert_eq!(names.matching("ada", 2), [2, 1]);
        assert_eq!(names.matching("@example.org", 10), [2, 1, 4, 3]);
        // Letters beyond ASCII are folded too.
        assert_eq!(names.matching("ångström", 10), [3]);
        assert_eq!(names.matching("zoë", 10), [3]);
        assert!(names.matching("nobody", 10).is_empty());
        assert!(SeatedNames::of(Vec::new()).matching("a", 10).is_empty());
    }
}
