//! Share cards (`og:image`): a night's (`/e/{id}/card.png`), a chapter's (`/c/{slug}/card.png`)
//! and a lesson's (`/lessons/{id}/card.png`), drawn by `failnight_media::card`.
//!
//! A card is read fresh on every request, which takes a few small reads. Its PNG is kept in
//! memory by the hash of what it says, so it is drawn again only when that changes: a new title,
//! a moved date, a different seat count. The same hash is the card's `ETag`, and a chat
//! service that asks again with it gets `304 Not Modified`. Drawing takes milliseconds of CPU,
//! so it runs on the blocking pool. A withdrawn lesson's card is gone (410) with its page.

use std::{
    collections::HashMap,
    sync::{Mutex, OnceLock},
};

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use failnight_core::Lang;
use failnight_media::card::{Card, render_card};
use failnight_scheduling::{EventStatus, chapters, display, events};

use crate::{
    AppState,
    api::{parse_id, public_event},
    error::{AppError, PageError},
    lang::Choice,
};

/// Cards kept at most; past that the memory starts over (a crawler cannot grow it unbounded).
const KEPT: usize = 512;

/// What a card says, owned, and the accent it is drawn in.
struct Content {
    kicker: String,
    title: String,
    lines: Vec<String>,
    accent: String,
}

impl Content {
    fn hash(&self) -> String {
        let mut text = format!("{}\0{}\0{}", self.kicker, self.title, self.accent);
        for line in &self.lines {
            text.push('\0');
            text.push_str(line);
        }
        failnight_media::sha256_hex(text.as_bytes())
    }
}

fn kept() -> &'static Mutex<HashMap<String, Bytes>> {
    static KEPT_CARDS: OnceLock<Mutex<HashMap<String, Bytes>>> = OnceLock::new();
    KEPT_CARDS.get_or_init(Mutex::default)
}

/// The card's PNG: 304 when the asker has it, else from memory or drawn now.
async fn answer(content: Content, headers: &HeaderMap) -> Result<Response, AppError> {
    let hash = content.hash();
    let etag = format!("\"{}\"", &hash[..32]);
    let cache = [
        (header::ETAG, HeaderValue::from_str(&etag).expect("hex")),
        (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=600")),
    ];
    if crate::pages::etag_matches(headers, &etag) {
        return Ok((StatusCode::NOT_MODIFIED, cache).into_response());
    }
    let found = kept().lock().expect("cards lock").get(&hash).cloned();
    let png = match found {
        Some(png) => png,
        None => {
            let png = tokio::task::spawn_blocking(move || {
                let lines: Vec<&str> = content.lines.iter().map(String::as_str).collect();
                render_card(&Card {
                    kicker: &content.kicker,
                    title: &content.title,
                    lines: &lines,
                    accent: &content.accent,
                })
            })
            .await
            .map_err(|e| AppError::Internal(e.into()))?
            .map_err(|e| AppError::Internal(e.into()))?;
            let png = Bytes::from(png);
            let mut kept = kept().lock().expect("cards lock");
            if kept.len() >= KEPT {
                kept.clear();
            }
            kept.insert(hash, png.clone());
            png
        }
    };
    Ok((cache, [(header::CONTENT_TYPE, HeaderValue::from_static("image/png"))], png).into_response())
}

/// The band along a card's left edge: the chapter's colour, else the brand's red.
fn accent(chapter_accent: &str) -> String {
    if chapter_accent.is_empty() { crate::widget::DEFAULT_ACCENT.into() } else { chapter_accent.to_string() }
}

/// `GET /e/{id}/card.png`: the night, its date and place, and its seats.
pub async fn night(
    State(state): State<AppState>,
    choice: Choice,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let event = public_event(&state, parse_id(&id)?).await?;
    let lang = choice.resolve(event.chapter_language);
    let taken = failnight_ticketing::rsvps::seats_taken(&state.db, event.id).await?;
    let seats = if event.status() == EventStatus::Cancelled {
        lang.t("event-cancelled")
    } else if event.is_past(state.clock.now()) {
        String::new()
    } else if taken >= event.capacity {
        lang.t("chapter-badge-full")
    } else if taken == 0 {
        lang.f1("event-be-first", "capacity", event.capacity)
    } else {
        format!(
            "{} · {}",
            lang.f1("event-going", "going", taken),
            lang.f1("common-seats-left", "count", event.capacity - taken)
        )
    };
    let content = Content {
        kicker: lang.f1("card-night-kicker", "chapter", event.chapter_name.as_str()),
        title: event.title.clone(),
        lines: vec![display::when(&event, lang), event.venue_name.clone(), seats],
        accent: accent(&event.chapter_accent),
    };
    Ok(answer(content, &headers).await?)
}

/// `GET /c/{slug}/card.png`: the chapter, what a night is, and its next night.
pub async fn chapter(
    State(state): State<AppState>,
    choice: Choice,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let chapter = chapters::by_slug(&state.db, &slug).await?.ok_or(AppError::NotFound("error-no-chapter".into()))?;
    let lang = choice.resolve(chapter.language);
    let next = events::upcoming(&state.db, chapter.id, state.clock.now())
        .await?
        .into_iter()
        .find(|e| e.status() == EventStatus::Published);
    let next = next.map(|e| lang.f1("card-chapter-next", "when", display::when(&e, lang))).unwrap_or_default();
    let content = Content {
        kicker: lang.t("card-chapter-kicker"),
        title: chapter.name.clone(),
        lines: vec![chapter.tagline.clone(), lang.t("night-format"), next],
        accent: accent(&chapter.accent),
    };
    Ok(answer(content, &headers).await?)
}

/// `GET /lessons/{id}/card.png`: the lesson in one sentence, by whom, from which night.
pub async fn lesson(
    State(state): State<AppState>,
    choice: Choice,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let lesson = crate::lessons::published_or_gone(&state, crate::lessons::parse_lesson_id(&id)?).await?;
    let chapter = chapters::by_slug(&state.db, &lesson.chapter_slug).await?;
    let lang = choice.resolve(chapter.as_ref().map_or(Lang::En, |c| c.language));
    let speaker = crate::lessons::speaker_of(&lesson, lang);
    let content = Content {
        kicker: lang.f1("card-lesson-kicker", "chapter", lesson.chapter_name.as_str()),
        title: lesson.lesson.clone(),
        lines: vec![speaker, lesson.talk_title.clone()],
        accent: accent(chapter.as_ref().map_or("", |c| c.accent.as_str())),
    };
    Ok(answer(content, &headers).await?)
}
