//! Nights, venues and series in the host pages, with the confirmation step before any change
//! that emails guests ("this will email 48 people"): the change is first run in full and
//! rolled back to count whom it would email (`services::Mode::Preview`).

use std::collections::HashMap;

use axum::{
    Form,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use failnight_core::{Lang, outbox};
use failnight_scheduling::{
    EventDetails, EventStatus, display,
    events::{self, EventPatch, NewEvent, VenueChoice},
    series::{self, SeriesInput},
    venues::{self, VenueInput},
};
use failnight_ticketing::{
    rsvps,
    tickets::{TicketKind, TicketType},
};

use super::{
    FormState,
    chapter::nav,
    views::{
        self, AttendeeRow, ConfirmPage, EventPage, EventsPage, FailedEmail, LineupRow, MessagePage, NightRow,
        SeriesListPage, SeriesPage, SeriesRow, StuckRefundRow, VenueOption, VenuePage, VenuesPage, series_status,
    },
};
use failnight_app::{
    messages::{self, Audience},
    services::{self, Actor, Mode},
};

use crate::{
    AppState,
    auth::ChapterAccess,
    error::{AppError, PageError},
};

type Values = Form<HashMap<String, String>>;

fn id_of(text: &str, what: &'static str) -> Result<i64, AppError> {
    text.parse().map_err(|_| AppError::NotFound(what.into()))
}

/// The night `id` of this chapter (another chapter's night is not found here).
pub(super) async fn chapter_event(
    state: &AppState,
    access: &ChapterAccess,
    id: &str,
) -> Result<EventDetails, AppError> {
    let not_found = "error-no-night";
    state
        .night(id_of(id, not_found)?)
        .await?
        .filter(|e| e.chapter_id == access.chapter.id)
        .map(|e| EventDetails::clone(&e))
        .ok_or(AppError::NotFound(not_found.into()))
}

async fn venue_options(state: &AppState, access: &ChapterAccess) -> Result<Vec<VenueOption>, AppError> {
    Ok(venues::list(&state.db, access.chapter.id)
        .await?
        .into_iter()
        .map(|v| VenueOption { id: v.id, name: v.name })
        .collect())
}

/// The rows of `nights`, in `lang`.
pub(super) async fn night_rows(
    state: &AppState,
    nights: &[EventDetails],
    lang: Lang,
) -> Result<Vec<NightRow>, AppError> {
    let mut rows = Vec::with_capacity(nights.len());
    for night in nights {
        rows.push(NightRow {
            id: night.id,
            title: night.title.clone(),
            when: display::when(night, lang),
            status: views::event_status(lang, night.status()),
            taken: rsvps::seats_taken(&state.db, night.id).await?,
            capacity: night.capacity,
        });
    }
    Ok(rows)
}

/// Re-shows a page with the form's errors (422), or fails for any other error.
fn invalid_or<T>(result: Result<T, impl Into<AppError>>, form: &mut FormState) -> Result<Option<T>, PageError> {
    match result.map_err(Into::into) {
        Ok(value) => Ok(Some(value)),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            Ok(None)
        }
        Err(other) => Err(other.into()),
    }
}

fn confirm(
    access: &ChapterAccess,
    title: String,
    message: String,
    button: &str,
    action: String,
    back: String,
    form: &FormState,
) -> Response {
    ConfirmPage {
        lang: access.lang(),
        nav: nav(access, "events"),
        title,
        message,
        button: button.into(),
        action,
        back,
        fields: form.hidden(),
    }
    .into_response()
}

// ---- nights ----

async fn events_page(state: &AppState, access: &ChapterAccess, form: FormState) -> Result<EventsPage, AppError> {
    let nights = events::all_for_hosts(&state.db, access.chapter.id).await?;
    let lang = access.lang();
    Ok(EventsPage {
        lang,
        nav: nav(access, "events"),
        nights: night_rows(state, &nights, lang).await?,
        venues: venue_options(state, access).await?,
        timezone: when_hint(lang, access.chapter.language, &access.chapter.timezone.to_string()),
        form,
    })
}

pub async fn events(State(state): State<AppState>, access: ChapterAccess) -> Result<EventsPage, PageError> {
    Ok(events_page(&state, &access, FormState::new(HashMap::from([("publish".into(), "on".into())]))).await?)
}

pub async fn create_event(
    State(state): State<AppState>,
    access: ChapterAccess,
    Form(values): Values,
) -> Result<Response, PageError> {
    let mut form = FormState::new(values);
    let venue = form.number("venue_id");
    let capacity = form.number("capacity");
    let order = access.chapter.language;
    let starts_local = form.date_time("starts_at", order).unwrap_or_default();
    let ends_local = form.date_time("ends_at", order).unwrap_or_default();
    if venue.is_none() {
        form.errors.add("venue_id", "error-choose-venue");
    }
    if form.errors.is_empty() {
        let new = NewEvent {
            title: form.v("title").into(),
            description: form.v("description").into(),
            starts_local,
            ends_local,
            timezone: None,
            venue: VenueChoice::Id(venue.unwrap_or_default()),
            capacity,
            publish: form.checked("publish"),
        };
        let created = services::create_event(&state, Actor::Host(access.host_id()), &access.chapter, &new)
            .await
            .map_err(AppError::from);
        if let Some(event) = invalid_or(created, &mut form)? {
            return Ok(Redirect::to(&format!("/host/c/{}/events/{}", access.chapter.slug, event.id)).into_response());
        }
    }
    Ok((StatusCode::UNPROCESSABLE_ENTITY, events_page(&state, &access, form).await?).into_response())
}

/// Under a night's time fields, in the host's language: its zone and an example in the
/// chapter's order (`order`).
fn when_hint(lang: Lang, order: Lang, zone: &str) -> String {
    lang.f2("host-nights-local-time", "zone", zone, "example", super::date_example(order))
}

/// The night's fields as its edit form shows them: times in the chapter's order.
pub(super) fn event_form(event: &EventDetails) -> FormState {
    let shown = |local: &str| match failnight_core::time::parse_local(local) {
        Some(at) => event.chapter_language.date_time_input(at),
        None => local.to_string(),
    };
    FormState::new(HashMap::from([
        ("title".into(), event.title.clone()),
        ("description".into(), event.description.clone()),
        ("starts_at".into(), shown(&event.starts_local)),
        ("ends_at".into(), shown(&event.ends_local)),
        ("venue_id".into(), event.venue_id.to_string()),
        ("capacity".into(), event.capacity.to_string()),
    ]))
}

/// Bookings the host's page of a night lists at a time (in booking order, then "next"): a
/// night of 5,000 guests costs the page no more than one of 100.
pub const ATTENDEES_PAGE: i64 = 100;

/// The host's page of a night, its guest list from the booking after id `after` (0: the first).
pub(super) async fn event_page(
    state: &AppState,
    access: &ChapterAccess,
    event: &EventDetails,
    form: FormState,
    saved: bool,
    after: i64,
) -> Result<EventPage, AppError> {
    let tz = event.tz();
    let lang = access.lang();
    // One more than a page: whether there is a next one.
    let mut list = rsvps::page_after(&state.db, event.id, after, ATTENDEES_PAGE + 1).await?;
    let more = list.len() as i64 > ATTENDEES_PAGE;
    list.truncate(ATTENDEES_PAGE as usize);
    let counts = rsvps::status_counts(&state.db, event.id).await?;
    let base = format!("/host/c/{}/events/{}", access.chapter.slug, event.id);
    let more_url = list.last().filter(|_| more).map(|r| format!("{base}?after={}#attendees", r.id));
    let first_url = (after > 0).then(|| format!("{base}#attendees"));
    let attendees = list
        .into_iter()
        .map(|r| {
            let (can_decide, can_cancel) = super::tickets::actions(r.status());
            AttendeeRow {
                id: r.id,
                booked: views::short_date_time(lang, r.created_at.to_utc(), tz),
                status: views::rsvp_status(lang, r.status()),
                name: r.name,
                email: r.email,
                can_decide,
                can_cancel,
            }
        })
        .collect();
    let options = failnight_ticketing::seats::get(&state.db, event.id).await?;
    Ok(EventPage {
        lang,
        nav: nav(access, "events"),
        id: event.id,
        title: event.title.clone(),
        status: event.status.to_string(),
        status_label: views::event_status(lang, event.status()),
        when: display::when(event, lang),
        when_hint: when_hint(lang, event.chapter_language, event.timezone.tz().name()),
        public_url: format!("/e/{}", event.id),
        cover: crate::pages::cover_of(state, event.id).await?,
        cover_error: None,
        form,
        venues: venue_options(state, access).await?,
        attendees,
        more_url,
        first_url,
        confirmed: counts.confirmed,
        waitlisted: counts.waitlisted,
        saved,
        editable: event.status() != EventStatus::Cancelled && !event.is_past(state.clock.now()),
        emails: outbox::counts_for_event(&state.db, event.id).await?,
        failed: outbox::failed(&state.db, event.id)
            .await?
            .into_iter()
            .map(|f| FailedEmail { to: f.to_email, subject: f.subject, error: f.last_error })
            .collect(),
        refunds: failnight_ticketing::payments::stuck_refunds(&state.db, event.id)
            .await?
            .into_iter()
            .map(|r| StuckRefundRow {
                who: format!("{} <{}>", r.name, r.email),
                amount: lang.money(r.amount, r.currency.as_deref().unwrap_or("eur")),
                attempts: r.attempts,
                error: r.last_error.unwrap_or_default(),
                next: r.next_attempt_at.map(|t| views::short_date_time(lang, t.to_utc(), tz)).unwrap_or_default(),
            })
            .collect(),
        sent_message: None,
        speakers: speaker_rows(state, &access.chapter.slug, event.id, lang).await?,
        ticket_types: failnight_ticketing::tickets::list(&state.db, event.id)
            .await?
            .iter()
            .map(|t| ticket_label(lang, t))
            .collect(),
        approval: options.approval,
        attendee_refund: options.attendee_refund.to_string(),
        payments_note: state.payments.is_none().then(|| lang.t("host-night-payments-off")),
        ticket_form: FormState::new(HashMap::from([("kind".into(), "free".into()), ("currency".into(), "EUR".into())])),
        feedback: super::feedback::summary_line(&services::feedback::summary(state, event.id).await?, lang),
        turnout: if event.status() == EventStatus::Published && !event.is_past(state.clock.now()) {
            let forecast = services::insights::forecast(state, event).await?;
            Some(super::turnout::expected_line(lang, &forecast, "host-night-turnout-line"))
        } else {
            None
        },
    })
}

/// A ticket type as hosts list it: "Supporter · €15.00", in `lang`.
fn ticket_label(lang: Lang, t: &TicketType) -> String {
    let price = lang.money(t.price, &t.currency);
    match t.kind() {
        TicketKind::Free => t.name.clone(),
        TicketKind::Paid => lang.f2("host-night-ticket-paid", "name", t.name.as_str(), "price", price),
        TicketKind::PayWhatYouWant => lang.f2("host-night-ticket-pwyw", "name", t.name.as_str(), "price", price),
    }
}

/// The night's confirmed speakers with what they allow to be published (for the door and the
/// photographer), in `lang`.
pub(super) async fn speaker_rows(
    state: &AppState,
    slug: &str,
    event_id: i64,
    lang: Lang,
) -> Result<Vec<LineupRow>, AppError> {
    let talks = failnight_submissions::lineup::placed(&state.db, event_id).await?;
    LineupRow::of(state, slug, &talks, lang).await
}

/// The host's page of a night. Its plain view (no message just sent, nothing just saved) is
/// kept per host, role, language and page of guests (`kept_page`): a night of 5,000 guests is
/// counted and its forecast made again after a write, not on every view.
pub async fn event(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let after = query.get("after").and_then(|a| a.parse().ok()).unwrap_or(0);
    let sent = query.get("sent").and_then(|n| n.parse::<i64>().ok());
    let saved = query.contains_key("saved");
    if let (Ok(night), None, false) = (id.parse::<i64>(), sent, saved) {
        let page = super::kept_page(&state, &access, format!("night:{night}:{after}"), || async {
            let event = chapter_event(&state, &access, &id).await?;
            event_page(&state, &access, &event, event_form(&event), false, after).await
        })
        .await?;
        return Ok(page.into_response());
    }
    let event = chapter_event(&state, &access, &id).await?;
    let mut page = event_page(&state, &access, &event, event_form(&event), saved, after).await?;
    page.sent_message = sent.map(|n| access.lang().f1("host-night-message-queued", "count", n));
    Ok(page.into_response())
}

pub async fn message(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<MessagePage, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let form = FormState::new(HashMap::from([("confirmed".into(), "on".into())]));
    Ok(MessagePage { lang: access.lang(), nav: nav(&access, "events"), id: event.id, title: event.title, form })
}

pub async fn send_message(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let mut form = FormState::new(values);
    let audience: Vec<Audience> =
        Audience::ALL.into_iter().filter(|a| form.checked(a)).filter_map(Audience::parse).collect();
    let mode = if form.v("confirm") == "yes" { Mode::Apply } else { Mode::Preview };
    let actor = Actor::Host(access.host_id());
    let result = messages::send_message(&state, actor, &event, &audience, form.v("subject"), form.v("body"), mode)
        .await
        .map_err(AppError::from);
    let Some(count) = invalid_or(result, &mut form)? else {
        let page =
            MessagePage { lang: access.lang(), nav: nav(&access, "events"), id: event.id, title: event.title, form };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let back = format!("/host/c/{}/events/{}", access.chapter.slug, event.id);
    if mode == Mode::Preview {
        let lang = access.lang();
        let message = format!(
            "{}\n\n{}",
            lang.f2("host-night-send-message", "subject", form.v("subject").trim(), "count", count),
            form.v("body").trim()
        );
        let action = format!("{back}/message");
        return Ok(confirm(
            &access,
            lang.f1("host-night-send-title", "count", count),
            message,
            &lang.t("host-night-send"),
            action,
            format!("{back}/message"),
            &form,
        ));
    }
    Ok(Redirect::to(&format!("{back}?sent={count}")).into_response())
}

pub async fn update_event(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let mut form = FormState::new(values);
    let venue_id = form.number("venue_id");
    let capacity = form.number("capacity");
    let patch = EventPatch {
        title: form.text("title"),
        description: form.text("description"),
        starts_local: form.date_time("starts_at", event.chapter_language),
        ends_local: form.date_time("ends_at", event.chapter_language),
        timezone: None,
        venue_id,
        capacity,
    };
    let actor = Actor::Host(access.host_id());
    let back = format!("/host/c/{}/events/{}", access.chapter.slug, event.id);
    if form.errors.is_empty() {
        let mode = if form.v("confirm") == "yes" { Mode::Apply } else { Mode::Preview };
        let preview = services::update_event(&state, actor, event.id, &patch, mode).await.map_err(AppError::from);
        if let Some(changed) = invalid_or(preview, &mut form)? {
            if mode == Mode::Preview && changed.notified > 0 {
                let lang = access.lang();
                return Ok(confirm(
                    &access,
                    lang.f1("host-night-change-title", "title", event.title.as_str()),
                    lang.f1("host-night-change-message", "count", changed.notified),
                    &lang.t("host-night-save-and-email"),
                    back.clone(),
                    back,
                    &form,
                ));
            }
            if mode == Mode::Preview {
                services::update_event(&state, actor, event.id, &patch, Mode::Apply).await?;
            }
            return Ok(Redirect::to(&format!("{back}?saved=1")).into_response());
        }
    }
    Ok((StatusCode::UNPROCESSABLE_ENTITY, event_page(&state, &access, &event, form, false, 0).await?).into_response())
}

pub async fn publish_event(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Redirect, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    services::publish_event(&state, Actor::Host(access.host_id()), event.id).await?;
    Ok(Redirect::to(&format!("/host/c/{}/events/{}?saved=1", access.chapter.slug, event.id)))
}

pub async fn cancel_event(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let form = FormState::new(values);
    let back = format!("/host/c/{}/events/{}", access.chapter.slug, event.id);
    let actor = Actor::Host(access.host_id());
    if form.v("confirm") != "yes" {
        let preview = services::cancel_event(&state, actor, event.id, Mode::Preview).await?;
        let lang = access.lang();
        return Ok(confirm(
            &access,
            lang.f1("host-night-cancel-title", "title", event.title.as_str()),
            lang.f2("host-night-cancel-message", "title", event.title.as_str(), "count", preview.notified),
            &lang.t("host-night-cancel-button"),
            format!("{back}/cancel"),
            back,
            &form,
        ));
    }
    services::cancel_event(&state, actor, event.id, Mode::Apply).await?;
    Ok(Redirect::to(&format!("{back}?saved=1")).into_response())
}

pub async fn attendees_csv(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    Ok(crate::export::night(state.clone(), event))
}

// ---- venues ----

fn venue_input(form: &mut FormState) -> VenueInput {
    let capacity = form.number("capacity");
    VenueInput {
        name: form.text("name"),
        address: form.text("address"),
        map_url: form.text("map_url"),
        capacity: Some(capacity),
        accessibility: form.text("accessibility"),
    }
}

async fn venues_page(state: &AppState, access: &ChapterAccess, form: FormState) -> Result<VenuesPage, AppError> {
    Ok(VenuesPage {
        lang: access.lang(),
        nav: nav(access, "venues"),
        venues: venues::list(&state.db, access.chapter.id).await?,
        form,
    })
}

pub async fn venues(State(state): State<AppState>, access: ChapterAccess) -> Result<VenuesPage, PageError> {
    Ok(venues_page(&state, &access, FormState::default()).await?)
}

pub async fn create_venue(
    State(state): State<AppState>,
    access: ChapterAccess,
    Form(values): Values,
) -> Result<Response, PageError> {
    let mut form = FormState::new(values);
    let input = venue_input(&mut form);
    if form.errors.is_empty() {
        let created = services::create_venue(&state, Actor::Host(access.host_id()), &access.chapter, &input)
            .await
            .map_err(AppError::from);
        if invalid_or(created, &mut form)?.is_some() {
            return Ok(Redirect::to(&format!("/host/c/{}/venues", access.chapter.slug)).into_response());
        }
    }
    Ok((StatusCode::UNPROCESSABLE_ENTITY, venues_page(&state, &access, form).await?).into_response())
}

async fn chapter_venue(state: &AppState, access: &ChapterAccess, id: &str) -> Result<venues::Venue, AppError> {
    let not_found = "error-no-venue";
    venues::get(&state.db, id_of(id, not_found)?)
        .await?
        .filter(|v| v.chapter_id == access.chapter.id)
        .ok_or(AppError::NotFound(not_found.into()))
}

pub async fn venue(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<VenuePage, PageError> {
    let venue = chapter_venue(&state, &access, &id).await?;
    let form = FormState::new(HashMap::from([
        ("name".into(), venue.name.clone()),
        ("address".into(), venue.address.clone()),
        ("map_url".into(), venue.map_url.clone()),
        ("capacity".into(), venue.capacity.map(|c| c.to_string()).unwrap_or_default()),
        ("accessibility".into(), venue.accessibility.clone()),
    ]));
    Ok(VenuePage {
        lang: access.lang(),
        nav: nav(&access, "venues"),
        id: venue.id,
        form,
        saved: query.contains_key("saved"),
    })
}

pub async fn update_venue(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let venue = chapter_venue(&state, &access, &id).await?;
    let mut form = FormState::new(values);
    let input = venue_input(&mut form);
    let back = format!("/host/c/{}/venues/{}", access.chapter.slug, venue.id);
    let actor = Actor::Host(access.host_id());
    if form.errors.is_empty() {
        let mode = if form.v("confirm") == "yes" { Mode::Apply } else { Mode::Preview };
        if let Some((_, notified)) =
            invalid_or(services::update_venue(&state, actor, &venue, &input, mode).await, &mut form)?
        {
            if mode == Mode::Preview && notified > 0 {
                let lang = access.lang();
                return Ok(confirm(
                    &access,
                    lang.f1("host-confirm-venue-title", "venue", &venue.name),
                    lang.f1("host-confirm-venue-message", "count", notified),
                    &lang.t("host-confirm-save-and-email"),
                    back.clone(),
                    back,
                    &form,
                ));
            }
            if mode == Mode::Preview {
                services::update_venue(&state, actor, &venue, &input, Mode::Apply).await?;
            }
            return Ok(Redirect::to(&format!("{back}?saved=1")).into_response());
        }
    }
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        VenuePage { lang: access.lang(), nav: nav(&access, "venues"), id: venue.id, form, saved: false },
    )
        .into_response())
}

// ---- series ----

/// A stored `HH:MM` as the chapter's time fields show it (`7:00 PM`, `19:00`).
fn shown_time(order: Lang, stored: &str) -> String {
    chrono::NaiveTime::parse_from_str(stored, "%H:%M").map_or_else(|_| stored.to_string(), |t| order.time_input(t))
}

/// A stored `YYYY-MM-DD` as the chapter's date fields show it (`24.12.2026`).
fn shown_date(order: Lang, stored: &str) -> String {
    chrono::NaiveDate::parse_from_str(stored, "%Y-%m-%d").map_or_else(|_| stored.to_string(), |d| order.date_input(d))
}

/// A series from its form, dates and times typed in the chapter's order (`order`).
fn series_input(form: &mut FormState, order: Lang) -> SeriesInput {
    let venue_id = form.number("venue_id");
    let capacity = form.number("capacity");
    let duration_minutes = form.number("duration_minutes");
    SeriesInput {
        title: form.text("title"),
        description: form.text("description"),
        venue_id,
        capacity,
        start_time: form.time("start_time", order),
        duration_minutes,
        rrule: form.text("rrule"),
        starts_on: form.date("starts_on", order),
        publish: Some(form.checked("publish")),
    }
}

async fn series_list_page(
    state: &AppState,
    access: &ChapterAccess,
    form: FormState,
) -> Result<SeriesListPage, AppError> {
    let lang = access.lang();
    let series = series::active(&state.db, Some(access.chapter.id))
        .await?
        .into_iter()
        .map(|s| SeriesRow {
            id: s.id,
            cadence: series::describe_in(&s.rrule, &s.start_time, lang),
            title: s.title,
            status: series_status(lang, s.status),
        })
        .collect();
    Ok(SeriesListPage { lang, nav: nav(access, "series"), series, venues: venue_options(state, access).await?, form })
}

pub async fn series_list(State(state): State<AppState>, access: ChapterAccess) -> Result<SeriesListPage, PageError> {
    let form = FormState::new(HashMap::from([
        ("rrule".into(), "FREQ=MONTHLY;BYDAY=2TH".into()),
        ("start_time".into(), shown_time(access.chapter.language, "19:00")),
        ("duration_minutes".into(), "180".into()),
        ("publish".into(), "on".into()),
    ]));
    Ok(series_list_page(&state, &access, form).await?)
}

pub async fn create_series(
    State(state): State<AppState>,
    access: ChapterAccess,
    Form(values): Values,
) -> Result<Response, PageError> {
    let mut form = FormState::new(values);
    let input = series_input(&mut form, access.chapter.language);
    if form.errors.is_empty() {
        let created = services::create_series(&state, Actor::Host(access.host_id()), &access.chapter, &input)
            .await
            .map_err(AppError::from);
        if let Some((series, _)) = invalid_or(created, &mut form)? {
            return Ok(Redirect::to(&format!("/host/c/{}/series/{}", access.chapter.slug, series.id)).into_response());
        }
    }
    Ok((StatusCode::UNPROCESSABLE_ENTITY, series_list_page(&state, &access, form).await?).into_response())
}

async fn chapter_series(state: &AppState, access: &ChapterAccess, id: &str) -> Result<series::Series, AppError> {
    let not_found = "error-no-series";
    series::get(&state.db, id_of(id, not_found)?)
        .await?
        .filter(|s| s.chapter_id == access.chapter.id)
        .ok_or(AppError::NotFound(not_found.into()))
}

async fn series_page(
    state: &AppState,
    access: &ChapterAccess,
    current: &series::Series,
    form: FormState,
    saved: bool,
) -> Result<SeriesPage, AppError> {
    let lang = access.lang();
    let now = state.clock.now();
    let nights: Vec<EventDetails> = events::all_for_hosts(&state.db, access.chapter.id)
        .await?
        .into_iter()
        .filter(|e| e.series_id == Some(current.id) && !e.is_past(now))
        .collect();
    Ok(SeriesPage {
        lang,
        nav: nav(access, "series"),
        id: current.id,
        cadence: series::describe_in(&current.rrule, &current.start_time, lang),
        active: current.status == series::SeriesStatus::Active,
        form,
        venues: venue_options(state, access).await?,
        nights: night_rows(state, &nights, lang).await?,
        saved,
    })
}

pub async fn series(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<SeriesPage, PageError> {
    let current = chapter_series(&state, &access, &id).await?;
    let form = FormState::new(HashMap::from([
        ("title".into(), current.title.clone()),
        ("description".into(), current.description.clone()),
        ("rrule".into(), current.rrule.clone()),
        ("start_time".into(), shown_time(access.chapter.language, &current.start_time)),
        ("duration_minutes".into(), current.duration_minutes.to_string()),
        ("venue_id".into(), current.venue_id.to_string()),
        ("capacity".into(), current.capacity.to_string()),
        ("starts_on".into(), shown_date(access.chapter.language, &current.starts_on)),
        ("publish".into(), if current.publish { "on".into() } else { String::new() }),
    ]));
    Ok(series_page(&state, &access, &current, form, query.contains_key("saved")).await?)
}

pub async fn update_series(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let current = chapter_series(&state, &access, &id).await?;
    let mut form = FormState::new(values);
    let input = series_input(&mut form, access.chapter.language);
    let back = format!("/host/c/{}/series/{}", access.chapter.slug, current.id);
    let actor = Actor::Host(access.host_id());
    if form.errors.is_empty() {
        let mode = if form.v("confirm") == "yes" { Mode::Apply } else { Mode::Preview };
        let result = services::update_series(&state, actor, &access.chapter, &current, &input, mode)
            .await
            .map_err(AppError::from);
        if let Some((_, notified)) = invalid_or(result, &mut form)? {
            if mode == Mode::Preview && notified > 0 {
                let lang = access.lang();
                return Ok(confirm(
                    &access,
                    lang.f1("host-confirm-series-title", "series", &current.title),
                    lang.f1("host-confirm-series-message", "count", notified),
                    &lang.t("host-confirm-save-and-email"),
                    back.clone(),
                    back,
                    &form,
                ));
            }
            if mode == Mode::Preview {
                services::update_series(&state, actor, &access.chapter, &current, &input, Mode::Apply).await?;
            }
            return Ok(Redirect::to(&format!("{back}?saved=1")).into_response());
        }
    }
    Ok((StatusCode::UNPROCESSABLE_ENTITY, series_page(&state, &access, &current, form, false).await?).into_response())
}

pub async fn publish_series(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Redirect, PageError> {
    let current = chapter_series(&state, &access, &id).await?;
    services::publish_series(&state, Actor::Host(access.host_id()), &current).await?;
    Ok(Redirect::to(&format!("/host/c/{}/series/{}?saved=1", access.chapter.slug, current.id)))
}

pub async fn cancel_series(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let current = chapter_series(&state, &access, &id).await?;
    let form = FormState::new(values);
    let back = format!("/host/c/{}/series/{}", access.chapter.slug, current.id);
    let actor = Actor::Host(access.host_id());
    if form.v("confirm") != "yes" {
        let notified = services::cancel_series(&state, actor, &current, Mode::Preview).await?;
        let lang = access.lang();
        return Ok(confirm(
            &access,
            lang.f1("host-confirm-end-series-title", "series", &current.title),
            lang.f1("host-confirm-end-series-message", "count", notified),
            &lang.t("host-confirm-end-series-button"),
            format!("{back}/cancel"),
            back,
            &form,
        ));
    }
    services::cancel_series(&state, actor, &current, Mode::Apply).await?;
    Ok(Redirect::to(&format!("{back}?saved=1")).into_response())
}

/// `POST /host/c/{slug}/events/{id}/cover` (multipart, field `cover`): the night's cover photo.
pub async fn upload_cover(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    multipart: axum::extract::Multipart,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let bytes = crate::slides::form_parts(multipart).await?.remove("cover").unwrap_or_default();
    match services::set_cover(&state, Actor::Host(access.host_id()), event.id, bytes).await.map_err(AppError::from) {
        Ok(_) => {
            Ok(Redirect::to(&format!("/host/c/{}/events/{}?saved=1#cover", access.chapter.slug, event.id))
                .into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let mut page = event_page(&state, &access, &event, event_form(&event), false, 0).await?;
            page.cover_error = errors.get_in("cover", access.lang());
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /host/c/{slug}/events/{id}/cover/remove`
pub async fn remove_cover(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    services::remove_cover(&state, Actor::Host(access.host_id()), event.id).await?;
    Ok(Redirect::to(&format!("/host/c/{}/events/{}?saved=1#cover", access.chapter.slug, event.id)).into_response())
}
