//! A chapter's nights as news feeds (issue #21), beside its calendar feed: Atom
//! (`/c/{slug}/nights.atom`) and JSON Feed 1.1 (`/c/{slug}/nights.json`), for feed readers,
//! chat bots and newsletters that follow a feed rather than a calendar. Each published or
//! cancelled night once, in its newest state (a cancelled one says so in its title), the
//! latest start first, from [`PAST_DAYS`] ago on. Both are kept in the page cache and answer
//! conditional requests like the calendar feed.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::HeaderMap,
    response::Response,
};
use failnight_core::{Lang, Timestamp};
use failnight_scheduling::{Chapter, EventDetails, EventStatus, chapters, display, events};

use crate::{
    AppState,
    error::{AppError, PageError},
    lang::Choice,
    lessons::{
        rfc3339, text, validated,
        views::{AtomFeed, FeedEntry},
    },
    pages::{cached, conditional},
};

/// How far back the feeds reach: the last few nights, for a reader who subscribes late.
pub const PAST_DAYS: i64 = 90;

/// A chapter and its nights for the feeds, in `lang`, with the latest change of any of them.
struct Nights {
    chapter: Chapter,
    lang: Lang,
    nights: Vec<EventDetails>,
    updated: Timestamp,
}

async fn nights(state: &AppState, slug: &str, choice: Choice) -> Result<Nights, AppError> {
    let chapter =
        chapters::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound("error-no-chapter-here".into()))?;
    let lang = choice.resolve(chapter.language);
    let since = state.clock.timestamp().0 - PAST_DAYS * 86_400_000;
    let mut nights: Vec<EventDetails> =
        events::feed(&state.db, chapter.id).await?.into_iter().filter(|n| n.starts_at.0 >= since).collect();
    nights.reverse();
    let updated = nights.iter().map(|n| n.updated_at).max().unwrap_or(chapter.created_at);
    Ok(Nights { chapter, lang, nights, updated })
}

/// A night's title in the feeds: a cancelled one says so.
fn title(night: &EventDetails, lang: Lang) -> String {
    if night.status() == EventStatus::Cancelled {
        lang.f1("feed-night-cancelled", "title", night.title.as_str())
    } else {
        night.title.clone()
    }
}

/// When and where, in a line.
fn summary(night: &EventDetails, lang: Lang) -> String {
    format!("{} · {}", display::when(night, lang), night.venue_name)
}

/// The two kinds of feed.
#[derive(Clone, Copy)]
enum Kind {
    Atom,
    Json,
}

impl Kind {
    fn path(self, slug: &str) -> String {
        match self {
            Kind::Atom => format!("/c/{slug}/nights.atom"),
            Kind::Json => format!("/c/{slug}/nights.json"),
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Kind::Atom => "application/atom+xml; charset=utf-8",
            Kind::Json => "application/feed+json; charset=utf-8",
        }
    }

    fn render(self, state: &AppState, feed: &Nights) -> Result<String, AppError> {
        match self {
            Kind::Atom => atom_body(state, feed),
            Kind::Json => Ok(json_body(state, feed)),
        }
    }
}

/// `GET /c/{slug}/nights.atom`.
pub async fn atom(
    State(state): State<AppState>,
    choice: Choice,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    serve(&state, Kind::Atom, &slug, choice, &headers).await
}

/// `GET /c/{slug}/nights.json`: JSON Feed 1.1, each item with the night's start, end, zone,
/// venue and status under `_failnight`.
pub async fn json(
    State(state): State<AppState>,
    choice: Choice,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    serve(&state, Kind::Json, &slug, choice, &headers).await
}

/// The feed of `kind` from the page cache, made when nothing fresh is kept; 304 to a
/// conditional request when it did not change.
async fn serve(
    state: &AppState,
    kind: Kind,
    slug: &str,
    choice: Choice,
    headers: &HeaderMap,
) -> Result<Response, PageError> {
    let key = format!("nights-feed:{}:{}", kind.path(slug), choice.cache_key());
    let feed = cached(state, key, || async move {
        let feed = nights(state, slug, choice).await?;
        Ok(validated(kind.render(state, &feed)?, feed.updated))
    })
    .await?;
    Ok(conditional(&feed, headers, kind.content_type()))
}

fn atom_body(state: &AppState, feed: &Nights) -> Result<String, AppError> {
    let Nights { chapter, lang, nights, updated } = feed;
    let (lang, base) = (*lang, state.base_url());
    AtomFeed {
        lang,
        title: lang.f1("feed-nights-title", "chapter", chapter.name.as_str()),
        self_url: format!("{base}{}", Kind::Atom.path(&chapter.slug)),
        page_url: format!("{base}/c/{}", chapter.slug),
        updated: rfc3339(*updated),
        entries: nights
            .iter()
            .map(|n| FeedEntry {
                url: state.sender.event_url(n),
                title: title(n, lang),
                author: chapter.name.clone(),
                published: rfc3339(n.updated_at),
                updated: rfc3339(n.updated_at),
                summary: summary(n, lang),
                html: text::to_html(&n.description),
                topics: Vec::new(),
            })
            .collect(),
    }
    .render()
    .map_err(|e| AppError::Internal(e.into()))
}

fn json_body(state: &AppState, feed: &Nights) -> String {
    let Nights { chapter, lang, nights, .. } = feed;
    let (lang, base) = (*lang, state.base_url());
    let items: Vec<serde_json::Value> = nights
        .iter()
        .map(|n| {
            serde_json::json!({
                "id": state.sender.event_url(n),
                "url": state.sender.event_url(n),
                "title": title(n, lang),
                "summary": summary(n, lang),
                "content_text": n.description,
                "date_modified": rfc3339(n.updated_at),
                "_failnight": {
                    "starts_at": rfc3339(n.starts_at),
                    "ends_at": rfc3339(n.ends_at),
                    "timezone": n.timezone.to_string(),
                    "venue": n.venue_name,
                    "address": n.venue_address,
                    "status": n.status().as_str(),
                },
            })
        })
        .collect();
    serde_json::json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": lang.f1("feed-nights-title", "chapter", chapter.name.as_str()),
        "home_page_url": format!("{base}/c/{}", chapter.slug),
        "feed_url": format!("{base}{}", Kind::Json.path(&chapter.slug)),
        "language": lang.code(),
        "items": items,
    })
    .to_string()
}
