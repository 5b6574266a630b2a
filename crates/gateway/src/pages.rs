//! Public pages: server-rendered, readable without JavaScript.

use std::sync::Arc;

use askama::Template;

use axum::{
    Form,
    extract::{Path, Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{Html, IntoResponse, Redirect, Response},
};
use failnight_core::Lang;
use failnight_scheduling::{
    EventDetails, EventStatus,
    calendar::{self, Method, Organizer, event_ics},
    chapters, display, events, series,
};
use failnight_ticketing::{
    RsvpStatus,
    payments::NewPurchase,
    rsvps::{self, NewRsvp},
    tickets::{TicketKind, TicketType},
};
use serde::Deserialize;

use failnight_app::{services, services::ticketing};

use crate::{
    AppState,
    api::{parse_id, public_event},
    cache::{Cached, Lag},
    error::{AppError, PageError},
    lang::Choice,
    views::{
        ChapterLink, ChapterPage, CoverView, EventPage, IndexPage, LineupItem, NightItem, RsvpForm, TicketActionPage,
        TicketChoice, TicketPage, UnsubscribePage,
    },
};

pub async fn index(State(state): State<AppState>, choice: Choice) -> Result<IndexPage, PageError> {
    let chapters = chapters::list(&state.db).await?;
    Ok(IndexPage {
        lang: choice.or_english(),
        chapters: chapters.into_iter().map(|c| ChapterLink { slug: c.slug, name: c.name }).collect(),
    })
}

pub(crate) async fn night_items(
    state: &AppState,
    nights: &[EventDetails],
    lang: Lang,
) -> Result<Vec<NightItem>, AppError> {
    let ids: Vec<i64> = nights.iter().map(|n| n.id).collect();
    let taken = rsvps::seats_taken_many(&state.db, &ids).await?;
    Ok(nights
        .iter()
        .zip(taken)
        .map(|(night, (_, taken))| NightItem {
            url: format!("/e/{}", night.id),
            title: night.title.clone(),
            date: lang.date(night.starts_utc(), night.tz()),
            time: lang.time(night.starts_utc(), night.tz()),
            venue: night.venue_name.clone(),
            cancelled: night.status() == EventStatus::Cancelled,
            seats_left: (night.capacity - taken).max(0),
            moved: night.moved_from.is_some(),
        })
        .collect())
}

/// `GET /c/{slug}`: served from the page cache while nothing was written, one entry per
/// language asked for, like a night's page (it reads a dozen nights and their seats).
pub async fn chapter(
    State(state): State<AppState>,
    choice: Choice,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let state = &state;
    let page = cached(state, format!("chapter:{slug}:{}", choice.cache_key()), || async move {
        html(chapter_page(state, choice, &slug).await?)
    })
    .await?;
    Ok(Html(page.shared_body()).into_response())
}

async fn chapter_page(state: &AppState, choice: Choice, slug: &str) -> Result<ChapterPage, AppError> {
    let chapter =
        chapters::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound("error-no-chapter-here".into()))?;
    let lang = choice.resolve(chapter.language);
    let now = state.clock.now();
    let upcoming = night_items(state, &events::upcoming(&state.db, chapter.id, now).await?, lang).await?;
    let past = night_items(state, &events::past(&state.db, chapter.id, now, 12).await?, lang).await?;
    let cadences = series::active(&state.db, Some(chapter.id))
        .await?
        .iter()
        .map(|s| series::describe_in(&s.rrule, &local_time(&s.start_time, lang), lang))
        .collect();
    let feed_url = format!("{}/c/{}/calendar.ics", state.base_url(), chapter.slug);
    let webcal_url = format!("webcal://{}", feed_url.split_once("://").map_or(feed_url.as_str(), |(_, rest)| rest));
    let call_open = failnight_submissions::settings::get(&state.db, chapter.id).await?.call_open;
    let lessons = crate::lessons::of_chapter(state, &chapter.slug, lang).await?;
    let (lessons_url, lessons_feed_url) = crate::lessons::chapter_links(&chapter.slug);
    Ok(ChapterPage {
        lang,
        slug: chapter.slug.clone(),
        logo: failnight_scheduling::logos::path(&chapter.slug, &chapter.logo),
        lessons,
        lessons_url,
        lessons_feed_url,
        speak_url: call_open.then(|| format!("/c/{}/speak", chapter.slug)),
        card_url: format!("{}/c/{}/card.png?lang={}", state.base_url(), chapter.slug, lang.code()),
        tagline: chapter.tagline.clone(),
        timezone: chapter.timezone.to_string(),
        name: chapter.name,
        description: chapter.description,
        upcoming,
        past,
        cadences,
        webcal_url,
        feed_url,
    })
}

/// A series' `HH:MM` start as the language writes a time (`7:00 PM`, `19:00`).
fn local_time(start_time: &str, lang: Lang) -> String {
    chrono::NaiveTime::parse_from_str(start_time, "%H:%M")
        .map(|t| lang.time(chrono::NaiveDate::default().and_time(t).and_utc(), chrono_tz::UTC))
        .unwrap_or_else(|_| start_time.to_string())
}

/// The chapter's calendar feed, for subscriptions: every published or cancelled night.
/// Conditional requests (`If-None-Match`, `If-Modified-Since`) are answered 304 when nothing
/// changed; the body only changes when a night does.
pub async fn chapter_feed(
    State(state): State<AppState>,
    choice: Choice,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    // Served from the page cache while nothing was written (see `cache`).
    let state = &state;
    let feed = cached(state, format!("feed:{slug}:{}", choice.cache_key()), || async move {
        let chapter =
            chapters::by_slug(&state.db, &slug).await?.ok_or(AppError::NotFound("error-no-chapter-here".into()))?;
        let nights = events::feed(&state.db, chapter.id).await?;
        let lang = choice.resolve(chapter.language);
        let body = calendar::feed_ics(&chapter.name, lang, &nights, |e| state.sender.event_url(e));
        let modified = nights.iter().map(|n| n.updated_at).max().unwrap_or(chapter.created_at);
        Ok(crate::lessons::validated(body, modified))
    })
    .await?;
    let mut response = conditional(&feed, &headers, "text/calendar; charset=utf-8");
    if response.status() == StatusCode::OK {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("inline; filename=\"calendar.ics\""));
    }
    Ok(response)
}

/// The page cache's entry for `key` while nothing was written since it was made (see
/// `cache`), else `render`'s, kept for the next request. A refusal is answered, never kept.
pub(crate) async fn cached<F, Fut>(state: &AppState, key: String, render: F) -> Result<Arc<Cached>, AppError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Cached, AppError>>,
{
    cached_with(state, key, Lag::None, render).await
}

/// [`cached`], for a page that may lag a write by a little while another request makes it
/// anew ([`Lag::Recent`]): the host pages that read years of data.
pub(crate) async fn cached_recent<F, Fut>(state: &AppState, key: String, render: F) -> Result<Arc<Cached>, AppError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Cached, AppError>>,
{
    cached_with(state, key, Lag::Recent, render).await
}

async fn cached_with<F, Fut>(state: &AppState, key: String, lag: Lag, render: F) -> Result<Arc<Cached>, AppError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Cached, AppError>>,
{
    // The version is read before the data the value is made of (see `cache::PageCache`).
    state.pages.get_or_make(key, state.version().await, lag, render).await
}

/// A rendered page, to keep in the page cache.
pub(crate) fn html(page: impl Template) -> Result<Cached, AppError> {
    let body = page.render().map_err(|e| AppError::Internal(e.into()))?;
    Ok(Cached { body, etag: String::new(), last_modified: String::new() })
}

/// Whether the request's `If-None-Match` names `etag` (or `*`): the asker has it already.
pub(crate) fn etag_matches(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

/// A cached feed's answer: 304 to a conditional request (`If-None-Match`, else
/// `If-Modified-Since`) when it did not change, else its body as `content_type`; both with
/// its validators and five minutes of public caching.
pub(crate) fn conditional(feed: &Arc<Cached>, headers: &HeaderMap, content_type: &'static str) -> Response {
    let not_modified = match headers.get(header::IF_NONE_MATCH) {
        Some(_) => etag_matches(headers, &feed.etag),
        None => headers
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| chrono::DateTime::parse_from_rfc2822(v).ok())
            .zip(chrono::DateTime::parse_from_rfc2822(&feed.last_modified).ok())
            .is_some_and(|(since, modified)| modified.timestamp() <= since.timestamp()),
    };
    let cache = [
        (header::ETAG, HeaderValue::from_str(&feed.etag).expect("hex")),
        (header::LAST_MODIFIED, HeaderValue::from_str(&feed.last_modified).expect("ascii date")),
        (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300")),
    ];
    if not_modified {
        return (StatusCode::NOT_MODIFIED, cache).into_response();
    }
    (cache, [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))], feed.shared_body()).into_response()
}

#[derive(Debug, Default, Deserialize)]
pub struct EventQuery {
    /// After the form was sent (new booking or not, free or paid: the same).
    #[serde(default)]
    booked: Option<String>,
    /// Back from Stripe's Checkout, paid (its success URL).
    #[serde(default)]
    paid: Option<String>,
    /// Back from Stripe's Checkout without paying (`cancelled`, its cancel URL).
    #[serde(default)]
    checkout: Option<String>,
}

impl EventQuery {
    /// What to say above the form (a message key). Stripe sends buyers back here, never to
    /// their ticket: these sentences name no ticket and the page acts on none.
    fn notice(&self) -> Option<&'static str> {
        if self.booked.is_some() {
            Some("event-check-your-email")
        } else if self.paid.is_some() {
            Some("event-paid")
        } else if self.checkout.as_deref() == Some("cancelled") {
            Some("event-checkout-cancelled")
        } else {
            None
        }
    }
}

pub async fn event(
    State(state): State<AppState>,
    choice: Choice,
    Path(id): Path<String>,
    Query(query): Query<EventQuery>,
) -> Result<Response, PageError> {
    let id = parse_id(&id)?;
    if let Some(notice) = query.notice() {
        let event = public_event(&state, id).await?;
        let lang = choice.resolve(event.chapter_language);
        let mut page = event_page(&state, &event, lang, RsvpForm::default()).await?;
        page.status_notice = Some(lang.t(notice));
        return Ok(page.into_response());
    }
    // The page everyone sees is served from the page cache while nothing was written, one
    // entry per language asked for.
    let state = &state;
    let page = cached(state, format!("event:{id}:{}", choice.cache_key()), || async move {
        let event = public_event(state, id).await?;
        let lang = choice.resolve(event.chapter_language);
        html(event_page(state, &event, lang, RsvpForm::default()).await?)
    })
    .await?;
    Ok(Html(page.shared_body()).into_response())
}

async fn event_page(state: &AppState, event: &EventDetails, lang: Lang, form: RsvpForm) -> Result<EventPage, AppError> {
    let taken = rsvps::seats_taken(&state.db, event.id).await?;
    let url = state.sender.event_url(event);
    let seats_left = (event.capacity - taken).max(0);
    let when = display::when(event, lang);
    let og_description = lang.f3(
        "event-og-description",
        "when",
        when.as_str(),
        "venue",
        event.venue_name.as_str(),
        "teaser",
        first_sentence(&event.description),
    );
    // Only confirmed talks placed in this night, and only what each speaker allowed.
    let talks = failnight_submissions::lineup::placed(&state.db, event.id).await?;
    let performers: Vec<&str> = talks.iter().filter_map(|t| t.public_name()).collect();
    let mut lineup = Vec::with_capacity(talks.len());
    for t in &talks {
        // A photo only of a speaker who appears under their real name (and gave it).
        let portrait = if t.appearance() == failnight_submissions::stories::Appearance::RealName {
            failnight_submissions::portraits::of(&state.db, t.id)
                .await?
                .map(|hash| format!("/e/{}/speakers/{hash}", event.id))
        } else {
            None
        };
        lineup.push(LineupItem {
            speaker: t.public_label().to_string(),
            title: t.title.clone(),
            teaser: t.teaser.clone(),
            avatar: crate::avatar::svg(t.id, t.public_name()),
            portrait,
        });
    }
    let types = failnight_ticketing::tickets::list(&state.db, event.id).await?;
    let on_sale: Vec<&TicketType> =
        types.iter().filter(|t| t.kind() == TicketKind::Free || state.payments.is_some()).collect();
    let tickets: Vec<TicketChoice> = on_sale.iter().map(|t| ticket_choice(t, lang)).collect();
    let max_plus_ones = failnight_ticketing::settings::for_chapter(&state.db, event.chapter_id).await?.max_plus_ones;
    let chapter_text =
        chapters::by_id(&state.db, event.chapter_id).await?.map(|c| c.code_of_conduct).unwrap_or_default();
    Ok(EventPage {
        code_of_conduct: crate::conduct::text(&chapter_text, lang),
        report_url: crate::conduct::report_url(&event.chapter_slug, Some(event.id)),
        lang,
        sale_closed: !types.is_empty() && tickets.is_empty(),
        json_ld: json_ld(event, &url, seats_left, &performers, &on_sale),
        tickets,
        max_plus_ones,
        id: event.id,
        chapter_name: event.chapter_name.clone(),
        chapter_url: format!("/c/{}", event.chapter_slug),
        chapter_logo: failnight_scheduling::logos::path(&event.chapter_slug, &event.chapter_logo),
        title: event.title.clone(),
        description: event.description.clone(),
        map_url: display::map_url(event),
        venue_name: event.venue_name.clone(),
        venue_address: event.venue_address.clone(),
        capacity: event.capacity,
        seats_left,
        going: taken.clamp(0, event.capacity),
        cover: cover_of(state, event.id).await?,
        cancelled: event.status() == EventStatus::Cancelled,
        past: event.is_past(state.clock.now()),
        moved_from: display::moved_from(event, lang),
        accessibility: event.venue_accessibility.clone(),
        ics_url: format!("{url}/event.ics"),
        google_url: display::google_calendar_url(event, &url),
        outlook_url: display::outlook_calendar_url(event, &url),
        lineup,
        og_description: og_description.trim().to_string(),
        url,
        when,
        form,
        status_notice: None,
    })
}

/// A ticket type as the night's page offers it, its price in `lang`'s form.
pub(crate) fn ticket_choice(t: &TicketType, lang: Lang) -> TicketChoice {
    let price = lang.money(t.price, &t.currency);
    let label = match t.kind() {
        TicketKind::Free => t.name.clone(),
        TicketKind::Paid => lang.f2("ticket-choice-paid", "ticket", t.name.as_str(), "price", price),
        TicketKind::PayWhatYouWant => lang.f2("ticket-choice-pwyw", "ticket", t.name.as_str(), "price", price),
    };
    TicketChoice {
        id: t.id,
        label,
        pay_what_you_want: t.kind() == TicketKind::PayWhatYouWant,
        currency: t.currency.to_uppercase(),
    }
}

fn first_sentence(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    line.chars().take(200).collect()
}

/// schema.org Event, safe inside `<script>` ([`script_json`]).
/// `performers` are the public names of the confirmed speakers who are not anonymous.
fn json_ld(event: &EventDetails, url: &str, seats_left: i64, performers: &[&str], tickets: &[&TicketType]) -> String {
    let status = if event.status() == EventStatus::Cancelled {
        "https://schema.org/EventCancelled"
    } else {
        "https://schema.org/EventScheduled"
    };
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.description,
        "startDate": event.starts_utc().with_timezone(&event.tz()).to_rfc3339(),
        "endDate": event.ends_utc().with_timezone(&event.tz()).to_rfc3339(),
        "eventStatus": status,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "url": url,
        "location": {
            "@type": "Place",
            "name": event.venue_name,
            "address": event.venue_address,
        },
        "organizer": { "@type": "Organization", "name": event.chapter_name },
    });
    let availability = if seats_left > 0 { "https://schema.org/InStock" } else { "https://schema.org/SoldOut" };
    let offer = |price: i64, currency: &str| {
        serde_json::json!({
            "@type": "Offer",
            "price": format!("{}.{:02}", price / 100, price % 100),
            "priceCurrency": currency.to_uppercase(),
            "url": url,
            "availability": availability,
        })
    };
    value["offers"] = if tickets.is_empty() {
        offer(0, "EUR")
    } else {
        tickets.iter().map(|t| offer(if t.kind() == TicketKind::Free { 0 } else { t.price }, &t.currency)).collect()
    };
    if !performers.is_empty() {
        value["performer"] =
            performers.iter().map(|name| serde_json::json!({"@type": "Person", "name": name})).collect();
    }
    script_json(&value)
}

/// JSON for a `<script type="application/ld+json">` element: every `<`, `>` and `&` written as
/// a `\u` escape, so no text anyone typed can close the element.
pub(crate) fn script_json(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

#[derive(Debug, Default, Deserialize)]
pub struct RsvpInput {
    #[serde(default)]
    name: String,
    #[serde(default)]
    plus_ones: i64,
    #[serde(default)]
    email: String,
    /// The ticket type's id, when the night sells tickets.
    #[serde(default)]
    ticket: String,
    /// A pay-what-you-want price, as typed.
    #[serde(default)]
    amount: String,
    /// The language of the page the form is on.
    #[serde(default)]
    lang: String,
    /// The code of conduct's checkbox (`on` when ticked).
    #[serde(default)]
    accept_code_of_conduct: Option<String>,
}

/// The RSVP form: on success redirect (post/redirect/get) to the night's page saying "check
/// your email", the same whatever was booked (a new ticket, a waitlist place, a held seat to
/// pay for, or nothing new because the email had booked: then its ticket's link is emailed
/// again), so the answer tells nobody whether an email had booked the night; on a field error,
/// the same page again with the values kept and each error next to its field.
pub async fn rsvp(
    State(state): State<AppState>,
    client: crate::client::ClientIp,
    choice: Choice,
    Path(id): Path<String>,
    Form(input): Form<RsvpInput>,
) -> Result<Response, PageError> {
    crate::ratelimit::public_write(&state, client, &input.email).await?;
    let event = public_event(&state, parse_id(&id)?).await?;
    // The language of the page the form was on (its hidden field), which the guest's emails
    // will speak; a form without one (an old page) takes what the request asks for.
    let lang = Lang::from_tag(&input.lang).unwrap_or_else(|| choice.resolve(event.chapter_language));
    let new = NewRsvp {
        name: input.name.clone(),
        email: input.email.clone(),
        plus_ones: input.plus_ones,
        language: Some(lang),
        accepts_code_of_conduct: input.accept_code_of_conduct.is_some(),
    };
    let form = |errors, notice| RsvpForm {
        name: input.name.clone(),
        email: input.email.clone(),
        accepted: input.accept_code_of_conduct.is_some(),
        plus_ones: input.plus_ones,
        ticket: input.ticket.clone(),
        amount: input.amount.clone(),
        errors,
        notice,
    };
    let booked = book(&state, event.id, new, &input, client.0).await;
    match booked {
        Ok(()) => Ok(Redirect::to(&format!("/e/{}?booked=1", event.id)).into_response()),
        Err(AppError::Invalid(errors)) => {
            let page = event_page(&state, &event, lang, form(errors, None)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(error @ (AppError::Conflict(..) | AppError::BadGateway(_))) => {
            let status = error.status();
            let page = event_page(&state, &event, lang, form(Default::default(), Some(error.to_string()))).await?;
            Ok((status, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// Books the chosen ticket: a free one (or a plain RSVP) at once, a paid one by holding a seat
/// and opening Stripe's Checkout, whose link is emailed.
async fn book(
    state: &AppState,
    event_id: i64,
    new: NewRsvp,
    input: &RsvpInput,
    client: std::net::IpAddr,
) -> Result<(), AppError> {
    let types = failnight_ticketing::tickets::list(&state.db, event_id).await?;
    let chosen = types.iter().find(|t| t.id.to_string() == input.ticket.trim());
    if chosen.is_none() && !types.is_empty() {
        return Err(failnight_core::Invalid::field("ticket", "error-choose-ticket").into());
    }
    let Some(ticket) = chosen.filter(|t| t.kind() != TicketKind::Free) else {
        services::rsvp(state, event_id, &new).await?;
        return Ok(());
    };
    let amount = match ticket.kind() {
        TicketKind::PayWhatYouWant => Some(
            crate::views::parse_money(&input.amount)
                .ok_or_else(|| failnight_core::Invalid::field("amount", "error-price-guest"))?,
        ),
        _ => None,
    };
    let purchase = NewPurchase { rsvp: new, ticket_type_id: ticket.id, amount };
    ticketing::buy(state, event_id, &purchase, client).await?;
    Ok(())
}

#[derive(Debug, Default, Deserialize)]
pub struct TicketQuery {
    #[serde(default)]
    paid: Option<String>,
}

pub async fn ticket(
    State(state): State<AppState>,
    choice: Choice,
    Path(token): Path<String>,
    Query(query): Query<TicketQuery>,
) -> Result<Response, PageError> {
    let (rsvp, event) = ticket_and_night(&state, &token).await?;
    let lang = ticket_lang(choice, &rsvp, &event);
    let status = rsvp.status();
    let waitlist_position = match status {
        RsvpStatus::Waitlisted => Some(rsvps::waitlist_position(&state.db, &rsvp).await?),
        _ => None,
    };
    let name = rsvp.name.as_str();
    let line = |key: &str| lang.f1(key, "name", name);
    let (heading, status_line) = match status {
        RsvpStatus::Confirmed => ("ticket-heading-confirmed", line("ticket-status-confirmed")),
        RsvpStatus::CheckedIn => ("ticket-heading-confirmed", line("ticket-status-checked-in")),
        RsvpStatus::Waitlisted => (
            "ticket-heading-waitlisted",
            match waitlist_position {
                Some(n) => lang.f2("ticket-status-waitlisted-number", "name", name, "position", n),
                None => line("ticket-status-waitlisted"),
            },
        ),
        RsvpStatus::Offered => (
            "ticket-heading-offered",
            match rsvp.offer_expires_at {
                Some(until) => lang.f2(
                    "ticket-status-offered-until",
                    "name",
                    name,
                    "until",
                    lang.date_time(until.to_utc(), event.tz()),
                ),
                None => line("ticket-status-offered"),
            },
        ),
        RsvpStatus::Held => ("ticket-heading-held", line("ticket-status-held")),
        RsvpStatus::Pending => ("ticket-heading-pending", line("ticket-status-pending")),
        RsvpStatus::Cancelled => ("ticket-heading-cancelled", line("ticket-status-cancelled")),
        RsvpStatus::Declined => ("ticket-heading-declined", line("ticket-status-declined")),
    };
    let notice = match (query.paid.is_some(), status) {
        (true, RsvpStatus::Held) => Some(lang.t("ticket-paid-confirming")),
        _ => None,
    };
    let event_url = state.sender.event_url(&event);
    let ticket_url = state.sender.ticket_url(&rsvp.token);
    let now = state.clock.now();
    let night_on = event.status() != EventStatus::Cancelled && !event.is_past(now);
    // Guests cancel only until the night starts (the use case refuses later ones too).
    let started = event.starts_utc() <= now;
    let page = TicketPage {
        lang,
        name: rsvp.name.clone(),
        heading: lang.t(heading),
        status_line,
        notice,
        confirmed: status.has_seat(),
        waiting: status == RsvpStatus::Waitlisted,
        offered: status == RsvpStatus::Offered && night_on,
        pay_url: rsvp.checkout_url.clone().filter(|_| status == RsvpStatus::Held && night_on),
        cancellable: ticketing::cancellable(status) && night_on && !started,
        plus_ones: rsvp.plus_ones,
        waitlist_position,
        title: event.title.clone(),
        when: display::when(&event, lang),
        venue_name: event.venue_name.clone(),
        venue_address: event.venue_address.clone(),
        map_url: display::map_url(&event),
        ics_url: format!("{event_url}/event.ics"),
        google_url: display::google_calendar_url(&event, &event_url),
        outlook_url: display::outlook_calendar_url(&event, &event_url),
        qr_svg: crate::qr::svg(&check_in_url(&state, &rsvp), 240),
        short_code: failnight_ticketing::door::short_code(&rsvp.checkin_code),
        cancelled_night: event.status() == EventStatus::Cancelled,
        chapter_url: format!("/c/{}", event.chapter_slug),
        chapter_name: event.chapter_name.clone(),
        chapter_logo: failnight_scheduling::logos::path(&event.chapter_slug, &event.chapter_logo),
        report_url: crate::conduct::report_url(&event.chapter_slug, Some(event.id)),
        event_url,
        ticket_url,
    };
    Ok(([(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"))], page).into_response())
}

/// The language of a guest's ticket and its steps: the one they booked in (their emails speak
/// it too), unless the visitor chose another on the page.
fn ticket_lang(choice: Choice, rsvp: &failnight_ticketing::Rsvp, event: &EventDetails) -> Lang {
    choice.explicit.unwrap_or(rsvp.lang(event.chapter_language))
}

/// What the QR code carries: the check-in URL with the ticket's check-in code (not its token,
/// so door staff who scan it cannot cancel the ticket).
pub fn check_in_url(state: &AppState, rsvp: &failnight_ticketing::Rsvp) -> String {
    format!("{}/check-in/{}", state.base_url(), rsvp.checkin_code)
}

/// A confirmation step's words: its heading, its sentence and (when there is something to
/// do) the path it posts to under the ticket and its button, each already in the page's
/// language.
struct Step {
    heading: String,
    message: String,
    action: Option<(&'static str, String)>,
    /// The safe choice of a step that cannot be undone ("No, keep my place"): the primary
    /// button, back to the ticket; the step's own button is then the secondary one.
    keep: Option<String>,
}

impl Step {
    /// Nothing to do: a heading and a sentence.
    fn closed(lang: Lang, heading: &str, message: &str) -> Step {
        Step { heading: lang.t(heading), message: lang.t(message), action: None, keep: None }
    }
}

fn action_page(state: &AppState, rsvp: &failnight_ticketing::Rsvp, lang: Lang, title: &str, step: Step) -> Response {
    let ticket_url = format!("/t/{}", rsvp.token);
    let (action, button) = step.action.map_or((None, String::new()), |(a, b)| (Some(format!("{ticket_url}/{a}")), b));
    (
        [(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"))],
        TicketActionPage {
            lang,
            title: title.to_string(),
            heading: step.heading,
            message: step.message,
            action,
            button,
            keep: step.keep,
            back_url: state.sender.ticket_url(&rsvp.token),
        },
    )
        .into_response()
}

/// A ticket's guest, read now, and its night, as kept (see [`AppState::night`]).
async fn ticket_and_night(
    state: &AppState,
    token: &str,
) -> Result<(failnight_ticketing::Rsvp, Arc<EventDetails>), AppError> {
    let rsvp = ticketing::by_token(state, token).await?;
    let event = state.night(rsvp.event_id).await?.ok_or(AppError::NotFound("error-night-gone".into()))?;
    Ok((rsvp, event))
}

/// The sentence about the money of a paid ticket cancelled now (the rule of
/// `ticketing::cancel_by_guest`), in `lang`.
fn refund_sentence(lang: Lang, refund: &ticketing::GuestRefund) -> String {
    use failnight_ticketing::payments::NoRefund;
    match refund.refund {
        Ok(amount) => lang.f1("ticket-refund-amount", "amount", lang.money(amount, &refund.currency)),
        Err(NoRefund::Policy) => lang.t("ticket-refund-policy"),
        Err(NoRefund::Cutoff(0)) => lang.t("ticket-refund-started"),
        Err(NoRefund::Cutoff(hours)) => lang.f1("ticket-refund-cutoff", "hours", hours),
    }
}

/// The confirmation step of "cancel" (from the ticket page or an email): what the guest gets
/// back of a paid ticket is said before they decide.
pub async fn cancel_page(
    State(state): State<AppState>,
    choice: Choice,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let (rsvp, event) = ticket_and_night(&state, &token).await?;
    let lang = ticket_lang(choice, &rsvp, &event);
    let title = event.title.as_str();
    let started = event.starts_utc() <= state.clock.now();
    let step = if ticketing::cancellable(rsvp.status()) && started {
        Step::closed(lang, "ticket-cancel-started-heading", "ticket-cancel-started")
    } else if ticketing::cancellable(rsvp.status()) {
        // Who gets the seat: the waitlist's first only when somebody waits.
        let waiting = failnight_ticketing::door::counts(&state.db, event.id).await?.waitlisted > 0;
        let mut message = lang.f1("ticket-cancel-question", "night", title);
        message.push(' ');
        message.push_str(&lang.t(if waiting { "ticket-cancel-to-waitlist" } else { "ticket-cancel-back-on-sale" }));
        if let Some(refund) = ticketing::guest_refund(&state, &rsvp).await? {
            message.push(' ');
            message.push_str(&refund_sentence(lang, &refund));
        }
        Step {
            heading: lang.t("ticket-cancel-heading"),
            message,
            action: Some(("cancel", lang.t("ticket-cancel-button"))),
            keep: Some(lang.t("ticket-cancel-keep")),
        }
    } else {
        Step::closed(lang, "ticket-cancel-nothing-heading", "ticket-cancel-nothing")
    };
    Ok(action_page(&state, &rsvp, lang, title, step))
}

pub async fn cancel_post(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, PageError> {
    let rsvp = ticketing::by_token(&state, &token).await?;
    ticketing::cancel_by_guest(&state, rsvp.id).await?;
    Ok(Redirect::to(&format!("/t/{}", rsvp.token)).into_response())
}

/// The one-click step of accepting an offered seat.
pub async fn accept_page(
    State(state): State<AppState>,
    choice: Choice,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let (rsvp, event) = ticket_and_night(&state, &token).await?;
    let lang = ticket_lang(choice, &rsvp, &event);
    let title = event.title.as_str();
    let step = if rsvp.status() == RsvpStatus::Offered {
        Step {
            heading: lang.t("ticket-heading-offered"),
            message: lang.f1("ticket-accept-message", "night", title),
            action: Some(("accept", lang.t("ticket-accept"))),
            keep: None,
        }
    } else {
        Step::closed(lang, "ticket-accept-none-heading", "ticket-accept-none")
    };
    Ok(action_page(&state, &rsvp, lang, title, step))
}

pub async fn accept_post(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, PageError> {
    let rsvp = ticketing::by_token(&state, &token).await?;
    let outcome = ticketing::accept_offer(&state, rsvp.id).await?;
    let to = outcome.checkout_url.unwrap_or_else(|| format!("/t/{}", rsvp.token));
    Ok(Redirect::to(&to).into_response())
}

/// "Still coming?": yes keeps the seat, "can't come" leads to the cancel step.
pub async fn still_coming_page(
    State(state): State<AppState>,
    choice: Choice,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let (rsvp, event) = ticket_and_night(&state, &token).await?;
    let lang = ticket_lang(choice, &rsvp, &event);
    let title = event.title.as_str();
    let step = if rsvp.status().has_seat() {
        Step {
            heading: lang.t("ticket-still-heading"),
            message: lang.f1("ticket-still-message", "night", title),
            action: Some(("still-coming", lang.t("ticket-still-button"))),
            keep: None,
        }
    } else {
        Step::closed(lang, "ticket-still-none-heading", "ticket-still-none")
    };
    Ok(action_page(&state, &rsvp, lang, title, step))
}

pub async fn still_coming_post(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let rsvp = ticketing::by_token(&state, &token).await?;
    ticketing::still_coming(&state, rsvp.id).await?;
    Ok(Redirect::to(&format!("/t/{}", rsvp.token)).into_response())
}

/// The night as an .ics file (METHOD:PUBLISH), for "add to calendar".
/// `GET /e/{id}/event.ics`: the night's calendar file, served from the page cache like its page
/// (it was rendered on every request, at a seventh of the page's rate), with validators from
/// the night's last change: a calendar that asks again gets 304 until the night changes.
pub async fn event_ics_file(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let id = parse_id(&id)?;
    let state = &state;
    let file = cached(state, format!("event-ics:{id}"), || async move {
        let event = public_event(state, id).await?;
        let organizer = Organizer { name: &state.sender.from_name, email: &state.sender.from_email };
        let url = state.sender.event_url(&event);
        let body = event_ics(&event, &url, Method::Publish, &organizer, None, state.clock.now());
        // Not the body's hash: its DTSTAMP is the time it was made.
        let etag = format!("\"{}-{}-{}\"", event.id, event.sequence, event.updated_at.0);
        let last_modified = event.updated_at.to_utc().format("%a, %d %b %Y %H:%M:%S GMT").to_string();
        Ok(Cached { body, etag, last_modified })
    })
    .await?;
    let mut response = conditional(&file, &headers, "text/calendar; charset=utf-8");
    if response.status() == StatusCode::OK {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"event.ics\""));
    }
    Ok(response)
}

/// `GET /favicon.svg`: the site's icon (also the web app manifest's).
pub async fn icon() -> Response {
    static_file("image/svg+xml", include_str!("../../../templates/static/icon.svg"))
}

/// `GET /manifest.webmanifest`: what a phone needs to keep the site on its home screen.
pub async fn manifest() -> Response {
    static_file("application/manifest+json", include_str!("../../../templates/static/manifest.webmanifest"))
}

/// A file of ours, cached by browsers for an hour.
pub(crate) fn static_file(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        body,
    )
        .into_response()
}

pub async fn stylesheet() -> Response {
    static_file("text/css; charset=utf-8", include_str!("../../../templates/static/style.css"))
}

/// The night's cover photo for a page, if it has one.
pub(crate) async fn cover_of(state: &AppState, event_id: i64) -> Result<Option<CoverView>, AppError> {
    let sizes = failnight_scheduling::covers::sizes(&state.db, event_id).await?;
    let url = |hash: &str| format!("/e/{event_id}/cover/{hash}");
    Ok(sizes.first().zip(sizes.last()).map(|(phone, desktop)| CoverView {
        src: url(&phone.hash),
        srcset: format!("{} {}w, {} {}w", url(&phone.hash), phone.width, url(&desktop.hash), desktop.width),
        width: desktop.width,
        height: desktop.height,
    }))
}

fn nothing_here() -> AppError {
    AppError::NotFound("error-nothing-here".into())
}

/// The public night of an image's address (`/e/{id}/…/{hash}`), if `hash` can be one of ours.
async fn night_of_image(state: &AppState, id: &str, hash: &str) -> Result<EventDetails, AppError> {
    let event = public_event(state, parse_id(id)?).await?;
    if crate::slides::is_hash(hash) { Ok(event) } else { Err(nothing_here()) }
}

/// `GET /e/{id}/cover/{hash}`: a public night's cover photo, cached for good (its URL is its
/// hash).
pub async fn cover(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path((id, hash)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let event = night_of_image(&state, &id, &hash).await?;
    let image = failnight_scheduling::covers::image(&state.db, event.id, &hash).await?.ok_or_else(nothing_here)?;
    Ok(crate::slides::image_response(&hash, &image.media_type, image.bytes, true, &headers))
}

/// `GET /c/{slug}/logo/{hash}`: a chapter's logo, cached for good (its URL is its hash).
pub async fn logo(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path((slug, hash)): Path<(String, String)>,
) -> Result<Response, PageError> {
    if !crate::slides::is_hash(&hash) {
        return Err(nothing_here().into());
    }
    let png = failnight_scheduling::logos::image(&state.db, &slug, &hash).await?.ok_or_else(nothing_here)?;
    Ok(crate::slides::image_response(&hash, "image/png", png, true, &headers))
}

/// `GET /e/{id}/speakers/{hash}`: the photo of a speaker on a public night's lineup (placed,
/// confirmed, under their real name). Cached for five minutes, not for good: a speaker who
/// takes it back is gone from caches soon.
pub async fn speaker_photo(
    State(state): State<AppState>,
    Path((id, hash)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let event = night_of_image(&state, &id, &hash).await?;
    let photo =
        failnight_submissions::portraits::on_lineup(&state.db, event.id, &hash).await?.ok_or_else(nothing_here)?;
    let media_type = HeaderValue::from_str(&photo.media_type).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [(header::CONTENT_TYPE, media_type), (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"))],
        photo.bytes,
    )
        .into_response())
}

/// `GET /c/{slug}/brand.css`: the chapter's colour on its pages (the buttons and a band along
/// the top), empty when it has none. A stylesheet, not a `style` attribute: the pages' policy
/// allows styles from this site only.
pub async fn brand_css(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Response, PageError> {
    let chapter = chapters::by_slug(&state.db, &slug).await?.ok_or(AppError::NotFound("error-no-chapter".into()))?;
    let css = if chapter.accent.is_empty() {
        String::new()
    } else {
        format!(
            ":root {{ --brand: {}; }}\n\
             header.site {{ border-top: 6px solid var(--brand); }}\n\
             main a.button:not(.secondary), main button:not(.secondary):not(.link):not(.danger) {{ background: var(--brand); color: #fff; }}\n",
            chapter.accent
        )
    };
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300")),
        ],
        css,
    )
        .into_response())
}

/// `/static/share.js`: "Share" on a night's page and a ticket.
pub async fn share_js() -> Response {
    static_file("text/javascript; charset=utf-8", include_str!("../../../templates/static/share.js"))
}

/// `/static/door.js`: door mode, kept on the phone (see `host::door::mode`).
pub async fn door_js() -> Response {
    static_file("text/javascript; charset=utf-8", include_str!("../../../templates/static/door.js"))
}

/// `/static/jsqr.js`: the QR decoder door mode loads when the browser has none of its own.
pub async fn jsqr_js() -> Response {
    static_file("text/javascript; charset=utf-8", include_str!("../../../templates/static/jsqr.js"))
}

/// A person's mail preference for one chapter, in the chapter's language unless the visitor
/// asks for another.
async fn preference_page(state: &AppState, choice: Choice, token: &str) -> Result<UnsubscribePage, AppError> {
    let not_found = AppError::NotFound("error-unsubscribe-link".into());
    if !failnight_core::token::may_be_token(token) {
        return Err(not_found);
    }
    let preference = failnight_reminders::preferences::by_token(&state.db, token).await?.ok_or(not_found)?;
    let chapter = chapters::list(&state.db).await?.into_iter().find(|c| c.id == preference.chapter_id);
    Ok(UnsubscribePage {
        lang: choice.resolve(chapter.as_ref().map_or(Lang::En, |c| c.language)),
        chapter: chapter.map(|c| c.name).unwrap_or_default(),
        email: preference.email,
        unsubscribed: preference.unsubscribed_at.is_some(),
    })
}

/// The unsubscribe page of a person's optional mail from one chapter.
pub async fn unsubscribe_page(
    State(state): State<AppState>,
    choice: Choice,
    Path(token): Path<String>,
) -> Result<UnsubscribePage, PageError> {
    Ok(preference_page(&state, choice, &token).await?)
}

/// Unsubscribes (also the one-click `List-Unsubscribe-Post` of mail clients, RFC 8058), or
/// subscribes again with `action=resubscribe`.
pub async fn unsubscribe(
    State(state): State<AppState>,
    choice: Choice,
    Path(token): Path<String>,
    Form(form): Form<std::collections::HashMap<String, String>>,
) -> Result<UnsubscribePage, PageError> {
    let again = form.get("action").is_some_and(|a| a == "resubscribe");
    if failnight_core::token::may_be_token(&token) {
        failnight_reminders::preferences::set_unsubscribed(&state.db, &token, !again, state.clock.timestamp()).await?;
    }
    Ok(preference_page(&state, choice, &token).await?)
}
