//! The lessons library over HTTP: `/lessons` (search, filters, pages), each lesson's page with
//! OpenGraph and JSON-LD, its slides when the speaker allowed them, Atom feeds (all, per
//! chapter, per topic), `/sitemap.xml`, "what we learned" (a chart drawn on the server), and
//! the recap forms of the speaker's page (`/s/{token}/recap`) and the host's story page.
//!
//! Public reads go through the page cache (`crate::cache`), which any commit invalidates: a
//! withdrawal is a commit, so a withdrawn lesson is never served from it afterwards, on this
//! instance at once and on another within the cache's WAL interval (50 ms). A withdrawn
//! lesson's page answers 410 Gone (a lesson that never was public, 404), and its slides too.

pub mod entries;
pub mod text;
pub mod views;

use std::{
    collections::{BTreeMap, HashMap},
    sync::Arc,
};

use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    http::{HeaderMap, StatusCode},
    response::{Html, IntoResponse, Response},
};
use failnight_core::{FieldErrors, Lang, Message, Timestamp};
use failnight_scheduling::{EventDetails, EventStatus, chapters, events};
use failnight_submissions::{
    Submission,
    lessons::{self, DraftedBy, Lesson, LessonState, Order, PublicLesson, RecapInput, Topic},
};
use serde::Deserialize;

use failnight_app::services::lessons as lesson_services;

use self::views::{
    AtomFeed, Bar, Choice as Filter, FeedEntry, LearnedPage, LessonEntry, LessonItem, LessonPage, LibraryPage,
    RecapView, Segment, Sitemap, SitemapUrl,
};
use crate::{
    AppState,
    cache::Cached,
    client::ClientIp,
    error::{AppError, PageError},
    lang::Choice,
    pages::{cached, conditional, script_json},
};

/// Lessons on a page of the library (and in a feed).
pub const PER_PAGE: i64 = 20;
/// Pages of the library one can page to (deeper: search or filter).
const MAX_PAGE: i64 = 500;
/// Lessons on a chapter's page.
pub const ON_CHAPTER_PAGE: i64 = 5;

const NO_LESSON: AppError = AppError::NotFound(Message::new("error-no-lesson"));
const GONE: AppError = AppError::Gone(Message::new("error-lesson-withdrawn"));

/// The library's query string, as sent (every field optional; empty means "any").
#[derive(Debug, Default, Deserialize)]
pub struct LibraryQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    chapter: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    year: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    page: String,
}

fn bad(message: impl Into<Message>) -> AppError {
    AppError::BadRequest("bad_filter", message.into())
}

/// The library's query, checked: a filter it does not know is refused with a sentence in `lang`.
fn parse_query(raw: &LibraryQuery, lang: Lang) -> Result<lessons::Query, AppError> {
    let given = |text: &str| Some(text.trim().to_string()).filter(|t| !t.is_empty());
    let topic = match given(&raw.topic) {
        Some(text) => Some(Topic::parse(&text).ok_or_else(|| bad(lang.t("lessons-bad-topic")))?),
        None => None,
    };
    let chapter = given(&raw.chapter);
    if chapter.as_deref().is_some_and(|slug| !chapters::is_valid_slug(slug)) {
        return Err(bad(lang.t("lessons-bad-chapter")));
    }
    let language = given(&raw.language);
    if language.as_deref().is_some_and(|l| l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase())) {
        return Err(bad(lang.t("lessons-bad-language")));
    }
    let year = match given(&raw.year) {
        Some(text) => Some(
            text.parse::<i64>()
                .ok()
                .filter(|y| (2000..=9999).contains(y))
                .ok_or_else(|| bad(lang.t("lessons-bad-year")))?,
        ),
        None => None,
    };
    let order = match raw.sort.trim() {
        "" | "newest" => Order::Newest,
        "relevant" => Order::Relevant,
        _ => return Err(bad(lang.t("lessons-bad-sort"))),
    };
    let page = match given(&raw.page) {
        Some(text) => {
            text.parse::<i64>()
                .ok()
                .filter(|p| (1..=MAX_PAGE).contains(p))
                .ok_or_else(|| bad(lang.f1("lessons-bad-page", "max", MAX_PAGE)))?
                - 1
        }
        None => 0,
    };
    Ok(lessons::Query { words: raw.q.chars().take(200).collect(), chapter, topic, language, year, order, page })
}

/// The library's address for `query` at `page` (from 0).
fn library_url(query: &lessons::Query, page: i64) -> String {
    let mut pairs = url::form_urlencoded::Serializer::new(String::new());
    if !query.words.trim().is_empty() {
        pairs.append_pair("q", query.words.trim());
    }
    if let Some(topic) = query.topic {
        pairs.append_pair("topic", topic.as_str());
    }
    if let Some(chapter) = &query.chapter {
        pairs.append_pair("chapter", chapter);
    }
    if let Some(language) = &query.language {
        pairs.append_pair("language", language);
    }
    if let Some(year) = query.year {
        pairs.append_pair("year", &year.to_string());
    }
    if query.order == Order::Relevant {
        pairs.append_pair("sort", "relevant");
    }
    if page > 0 {
        pairs.append_pair("page", &(page + 1).to_string());
    }
    let pairs = pairs.finish();
    if pairs.is_empty() { "/lessons".to_string() } else { format!("/lessons?{pairs}") }
}

/// The message naming a topic (its stored id stays as it is).
pub fn topic_key(topic: Topic) -> &'static str {
    match topic {
        Topic::Team => "lessons-topic-team",
        Topic::Money => "lessons-topic-money",
        Topic::Product => "lessons-topic-product",
        Topic::Customers => "lessons-topic-customers",
        Topic::Hiring => "lessons-topic-hiring",
        Topic::Health => "lessons-topic-health",
        Topic::Legal => "lessons-topic-legal",
        Topic::Growth => "lessons-topic-growth",
        Topic::Delivery => "lessons-topic-delivery",
        Topic::Personal => "lessons-topic-personal",
    }
}

/// A topic's link into the library, and its message.
fn topic_link(topic: Topic) -> (String, &'static str) {
    (format!("/lessons?topic={}", topic.as_str()), topic_key(topic))
}

fn night_date(lesson: &PublicLesson, lang: Lang) -> String {
    lang.date(lesson.night_starts_at.to_utc(), lesson.night_timezone.tz())
}

/// The name shown of a lesson's speaker, "Anonymous speaker" in `lang` for those who chose so.
pub(crate) fn speaker_of(lesson: &PublicLesson, lang: Lang) -> String {
    lesson.speaker.clone().unwrap_or_else(|| lang.t("speaker-anonymous"))
}

/// A lesson as a list item.
fn item(l: &PublicLesson) -> LessonItem {
    LessonItem {
        url: format!("/lessons/{}", l.id),
        lesson: l.lesson.clone(),
        speaker: l.speaker.clone(),
        talk_title: l.talk_title.clone(),
        night_title: l.night_title.clone(),
        night_at: l.night_starts_at.to_utc(),
        night_tz: l.night_timezone.tz(),
        chapter_name: l.chapter_name.clone(),
        chapter_url: format!("/c/{}", l.chapter_slug),
        topics: l.topics.iter().copied().map(topic_link).collect(),
    }
}

/// The entries of the lessons of `page` in `lang`, in its order (at most `shown`): those
/// kept at its count of changes, the others read and rendered, and kept when the page is
/// popular (a search of a few matches uses what is kept and keeps nothing, so it does not
/// push out what the popular pages show). A lesson no longer published has none.
async fn entries(state: &AppState, lang: Lang, page: &lessons::Page, shown: i64) -> Result<Vec<Arc<str>>, AppError> {
    let ids = &page.ids[..page.ids.len().min(shown as usize)];
    let mut kept = state.lesson_entries.get(page.changes, lang, ids);
    let missing: Vec<i64> = ids.iter().zip(&kept).filter(|(_, e)| e.is_none()).map(|(id, _)| *id).collect();
    if !missing.is_empty() {
        let mut made = HashMap::new();
        for lesson in lessons::by_ids(&state.db, &missing).await? {
            let entry =
                LessonEntry { lang, item: &item(&lesson) }.render().map_err(|e| AppError::Internal(e.into()))?;
            made.insert(lesson.id, Arc::<str>::from(entry));
        }
        for (id, entry) in ids.iter().zip(&mut kept) {
            if entry.is_none() {
                *entry = made.get(id).cloned();
            }
        }
        if page.popular {
            state.lesson_entries.put(page.changes, lang, made);
        }
    }
    Ok(kept.into_iter().flatten().collect())
}

/// The newest lessons of a chapter, for its page in `lang`: their entries.
pub async fn of_chapter(state: &AppState, slug: &str, lang: Lang) -> Result<Vec<Arc<str>>, AppError> {
    let query = lessons::Query { chapter: Some(slug.to_string()), ..Default::default() };
    let page = state.library.page(&state.db, &query, ON_CHAPTER_PAGE).await?;
    entries(state, lang, &page, ON_CHAPTER_PAGE).await
}

use crate::pages::html;

/// `GET /lessons`: the library across all chapters.
pub async fn library(
    State(state): State<AppState>,
    choice: Choice,
    Query(raw): Query<LibraryQuery>,
) -> Result<Response, PageError> {
    // The library holds every chapter's lessons: no chapter's language applies.
    let lang = choice.or_english();
    let query = parse_query(&raw, lang)?;
    // Searches are a long tail: cached, each would push the event pages out of the cache
    // (it starts over when full) for an answer rarely asked twice in a second. Browsing by
    // topic, chapter, language or year is a few thousand pages at most, asked again and again.
    if !lessons::search_words(&query.words).is_empty() {
        return Ok(Html(render_library(&state, query, lang).await?.body).into_response());
    }
    let key = format!("lessons:{}:{}", choice.cache_key(), library_url(&query, query.page));
    let page = cached(&state, key, || render_library(&state, query, lang)).await?;
    Ok(Html(page.shared_body()).into_response())
}

async fn render_library(state: &AppState, query: lessons::Query, lang: Lang) -> Result<Cached, AppError> {
    let page = state.library.page(&state.db, &query, PER_PAGE).await?;
    let more = page.ids.len() as i64 > PER_PAGE;
    let lessons = entries(state, lang, &page, PER_PAGE).await?;
    let (years, languages) = state.library.facets(&state.db).await?.as_ref().clone();
    let all_chapters = every_chapter(state).await?;
    let choice = |value: String, label: String, selected: bool| Filter { value, label, selected };
    let feed_url = match (&query.chapter, query.topic) {
        (Some(slug), _) => format!("/c/{slug}/lessons.atom"),
        (None, Some(topic)) => format!("/lessons/topics/{}/feed.atom", topic.as_str()),
        (None, None) => "/lessons/feed.atom".to_string(),
    };
    html(LibraryPage {
        lang,
        words: query.words.clone(),
        relevant: query.order == Order::Relevant,
        topics: Topic::ALL
            .iter()
            .map(|t| choice(t.as_str().into(), lang.t(topic_key(*t)), query.topic == Some(*t)))
            .collect(),
        chapters: all_chapters
            .iter()
            .map(|c| {
                let selected = query.chapter.as_deref() == Some(c.slug.as_str());
                choice(c.slug.clone(), c.name.clone(), selected)
            })
            .collect(),
        languages: languages
            .into_iter()
            .map(|l| {
                let selected = query.language.as_deref() == Some(l.as_str());
                // Each language in its own name, as the language switch names it.
                let label = Lang::from_tag(&l).map_or_else(|| l.clone(), |known| known.native_name().to_string());
                choice(l, label, selected)
            })
            .collect(),
        years: years.into_iter().map(|y| choice(y.to_string(), y.to_string(), query.year == Some(y))).collect(),
        lessons,
        filtered: !lessons::search_words(&query.words).is_empty()
            || query.topic.is_some()
            || query.chapter.is_some()
            || query.language.is_some()
            || query.year.is_some(),
        previous_url: (query.page > 0).then(|| library_url(&query, query.page - 1)),
        next_url: (more && query.page + 1 < MAX_PAGE).then(|| library_url(&query, query.page + 1)),
        page: query.page + 1,
        feed_url,
    })
}

/// Every chapter, from `App::chapters` while nothing was written (see `cache`).
async fn every_chapter(state: &AppState) -> Result<Arc<Vec<failnight_scheduling::Chapter>>, AppError> {
    let all = state
        .chapters
        .get_or_read("all".to_string(), state.version().await, || async {
            Ok::<_, AppError>(Some(Arc::new(chapters::list(&state.db).await?)))
        })
        .await?;
    Ok(all.unwrap_or_default())
}

pub(crate) fn parse_lesson_id(id: &str) -> Result<i64, AppError> {
    id.parse::<i64>().ok().filter(|id| *id > 0).ok_or(NO_LESSON)
}

/// The published lesson `id`; 410 when its speaker withdrew it, 404 when it never was public.
pub(crate) async fn published_or_gone(state: &AppState, id: i64) -> Result<PublicLesson, AppError> {
    match lessons::published(&state.db, id).await? {
        Some(lesson) => Ok(lesson),
        None => match lessons::state_of(&state.db, id).await? {
            Some(LessonState::Withdrawn) => Err(GONE),
            _ => Err(NO_LESSON),
        },
    }
}

/// `GET /lessons/{id}`: one lesson, with its night, chapter, topics and (if allowed) slides.
pub async fn lesson(
    State(state): State<AppState>,
    choice: Choice,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_lesson_id(&id)?;
    let key = format!("lesson:{id}:{}", choice.cache_key());
    let page = cached(&state, key, || render_lesson(&state, id, choice)).await?;
    Ok(Html(page.shared_body()).into_response())
}

async fn render_lesson(state: &AppState, id: i64, choice: Choice) -> Result<Cached, AppError> {
    let lesson = published_or_gone(state, id).await?;
    // The visitor's language, else the language of the lesson's chapter.
    let chapter_language = chapters::by_slug(&state.db, &lesson.chapter_slug).await?.map(|c| c.language);
    let lang = choice.resolve(chapter_language.unwrap_or(Lang::En));
    let speaker = speaker_of(&lesson, lang);
    let slides = if lesson.slides_public() {
        failnight_submissions::slides::deck(&state.db, lesson.submission_id)
            .await?
            .into_iter()
            .map(|s| format!("/lessons/{id}/slides/{}", s.hash))
            .collect()
    } else {
        Vec::new()
    };
    let base = state.base_url();
    let url = format!("{base}/lessons/{id}");
    let night_url = format!("{base}/e/{}", lesson.event_id);
    let description = lang.f3(
        "lesson-description",
        "speaker",
        speaker.as_str(),
        "talk",
        lesson.talk_title.as_str(),
        "night",
        lesson.night_title.as_str(),
    );
    let mut article = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": lesson.lesson,
        "name": lesson.talk_title,
        "description": description,
        "articleBody": format!("{}\n\n{}", lesson.happened, lesson.differently).trim(),
        "datePublished": rfc3339(lesson.published_at),
        "dateModified": rfc3339(lesson.updated_at),
        "inLanguage": lesson.language,
        "url": url,
        "mainEntityOfPage": url,
        "keywords": lesson.topics.iter().map(|t| lang.t(topic_key(*t))).collect::<Vec<_>>(),
        "publisher": { "@type": "Organization", "name": lesson.chapter_name, "url": format!("{base}/c/{}", lesson.chapter_slug) },
        "about": { "@type": "Event", "name": lesson.night_title, "url": night_url },
    });
    // An anonymous speaker is never named, not even as an author.
    if let Some(name) = &lesson.speaker {
        article["author"] = serde_json::json!({ "@type": "Person", "name": name });
    }
    html(LessonPage {
        lang,
        json_ld: script_json(&article),
        og_description: description,
        happened_html: text::to_html(&lesson.happened),
        differently_html: text::to_html(&lesson.differently),
        night_date: night_date(&lesson, lang),
        night_url,
        chapter_url: format!("/c/{}", lesson.chapter_slug),
        topics: lesson.topics.iter().copied().map(topic_link).collect(),
        speaker,
        url,
        slides,
        title: lesson.lesson,
        talk_title: lesson.talk_title,
        night_title: lesson.night_title,
        chapter_name: lesson.chapter_name,
        language: lesson.language,
    })
}

/// `GET /lessons/{id}/slides/{hash}`: a slide of a published lesson whose speaker allowed
/// publishing their slides; cached privately like every slide, so a withdrawal also takes
/// them back from shared caches.
pub async fn slide(
    State(state): State<AppState>,
    Path((id, hash)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let lesson = published_or_gone(&state, parse_lesson_id(&id)?).await?;
    let no_slide = AppError::NotFound("error-no-slide".into());
    if !lesson.slides_public() || !crate::slides::is_hash(&hash) {
        return Err(no_slide.into());
    }
    let image = failnight_submissions::slides::image(&state.db, lesson.submission_id, &hash)
        .await
        .map_err(AppError::from)?
        .ok_or(no_slide)?;
    Ok(crate::slides::image_response(&hash, &image.media_type, image.bytes, false, &headers))
}

pub(crate) fn rfc3339(at: Timestamp) -> String {
    at.rfc3339()
}

/// `GET /lessons/feed.atom`: every chapter's newest lessons.
pub async fn feed_all(
    State(state): State<AppState>,
    choice: Choice,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let query = lessons::Query::default();
    let lang = choice.or_english();
    let words = FeedWords { lang, title: lang.t("lessons-title"), cache_key: choice.cache_key() };
    feed(&state, &headers, words, "/lessons/feed.atom".into(), query).await
}

/// A feed's own words: its title and topics' labels in `lang`, cached per visitor's choice.
struct FeedWords {
    lang: Lang,
    title: String,
    cache_key: &'static str,
}

/// `GET /c/{slug}/lessons.atom`: a chapter's newest lessons.
pub async fn feed_chapter(
    State(state): State<AppState>,
    choice: Choice,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let chapter =
        chapters::by_slug(&state.db, &slug).await?.ok_or(AppError::NotFound("error-no-chapter-here".into()))?;
    let lang = choice.resolve(chapter.language);
    let title = lang.f1("lessons-feed-chapter", "chapter", chapter.name.as_str());
    let words = FeedWords { lang, title, cache_key: choice.cache_key() };
    let query = lessons::Query { chapter: Some(chapter.slug.clone()), ..Default::default() };
    feed(&state, &headers, words, format!("/c/{}/lessons.atom", chapter.slug), query).await
}

/// `GET /lessons/topics/{topic}/feed.atom`: the newest lessons about one topic.
pub async fn feed_topic(
    State(state): State<AppState>,
    choice: Choice,
    Path(topic): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let topic = Topic::parse(&topic).ok_or(AppError::NotFound("error-no-topic".into()))?;
    let lang = choice.or_english();
    let title = lang.f1("lessons-feed-topic", "topic", lang.t(topic_key(topic)));
    let words = FeedWords { lang, title, cache_key: choice.cache_key() };
    let query = lessons::Query { topic: Some(topic), ..Default::default() };
    feed(&state, &headers, words, format!("/lessons/topics/{}/feed.atom", topic.as_str()), query).await
}

/// An Atom feed of the newest lessons matching `query`, from the page cache, answered 304
/// to a conditional request when it did not change.
async fn feed(
    state: &AppState,
    headers: &HeaderMap,
    words: FeedWords,
    path: String,
    query: lessons::Query,
) -> Result<Response, PageError> {
    let key = format!("atom:{}:{path}", words.cache_key);
    let feed = cached(state, key, || render_feed(state, words, path, query)).await?;
    Ok(conditional(&feed, headers, "application/atom+xml; charset=utf-8"))
}

async fn render_feed(
    state: &AppState,
    words: FeedWords,
    path: String,
    query: lessons::Query,
) -> Result<Cached, AppError> {
    let FeedWords { lang, title, .. } = words;
    let mut found = state.library.search(&state.db, &query, PER_PAGE).await?;
    found.truncate(PER_PAGE as usize);
    let base = state.base_url();
    let updated = found.iter().map(|l| l.updated_at).max().unwrap_or(Timestamp(0));
    let page_url = match (&query.chapter, query.topic) {
        (Some(slug), _) => format!("{base}/lessons?chapter={slug}"),
        (None, Some(topic)) => format!("{base}/lessons?topic={}", topic.as_str()),
        (None, None) => format!("{base}/lessons"),
    };
    let entries = found
        .iter()
        .map(|l| FeedEntry {
            url: format!("{base}/lessons/{}", l.id),
            title: l.lesson.clone(),
            author: speaker_of(l, lang),
            published: rfc3339(l.published_at),
            updated: rfc3339(l.updated_at),
            summary: format!("{} · {}, {}", l.talk_title, l.night_title, l.chapter_name),
            html: format!("{}{}", text::to_html(&l.happened), text::to_html(&l.differently)),
            topics: l.topics.iter().map(|t| (t.as_str(), lang.t(topic_key(*t)))).collect(),
        })
        .collect();
    let body =
        AtomFeed { lang, title, self_url: format!("{base}{path}"), page_url, updated: rfc3339(updated), entries }
            .render()
            .map_err(|e| AppError::Internal(e.into()))?;
    Ok(validated(body, updated))
}

/// A body with its ETag (a hash of it) and Last-Modified.
pub(crate) fn validated(body: String, modified: Timestamp) -> Cached {
    let etag = format!("\"{}\"", &failnight_core::token::hash_token(&body)[..32]);
    let last_modified = modified.to_utc().format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    Cached { body, etag, last_modified }
}

/// Sitemap entries at most (the protocol's limit for one file).
const SITEMAP_MAX: i64 = 50_000;

/// `GET /sitemap.xml`: the public pages: the home page, the library and "what we learned",
/// every chapter, every published night and every published lesson.
pub async fn sitemap(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, PageError> {
    let map = cached(&state, "sitemap".into(), || render_sitemap(&state)).await?;
    Ok(conditional(&map, &headers, "application/xml; charset=utf-8"))
}

async fn render_sitemap(state: &AppState) -> Result<Cached, AppError> {
    let base = state.base_url();
    let day = |at: Timestamp| Some(at.to_utc().format("%Y-%m-%d").to_string());
    let at = |path: &str, lastmod| SitemapUrl { loc: format!("{base}{path}"), lastmod };
    let mut urls = vec![at("/", None), at("/lessons", None), at("/lessons/learned", None)];
    let mut modified = Timestamp(0);
    for chapter in chapters::list(&state.db).await? {
        urls.push(at(&format!("/c/{}", chapter.slug), None));
        for night in events::feed(&state.db, chapter.id).await? {
            if night.status() == EventStatus::Published {
                modified = modified.max(night.updated_at);
                urls.push(at(&format!("/e/{}", night.id), day(night.updated_at)));
            }
        }
    }
    let room = SITEMAP_MAX - urls.len() as i64;
    for (id, updated) in lessons::all_published(&state.db, room.max(0)).await? {
        modified = modified.max(updated);
        urls.push(at(&format!("/lessons/{id}"), day(updated)));
    }
    urls.truncate(SITEMAP_MAX as usize);
    let body = Sitemap { urls }.render().map_err(|e| AppError::Internal(e.into()))?;
    Ok(validated(body, modified))
}

/// The chart's width, in its units (the SVG scales to its box: readable at 390 px).
const CHART_WIDTH: i64 = 360;
/// The longest bar, leaving room for its total after it.
const BAR_MAX: i64 = 300;
const ROW: i64 = 44;
/// One colour per year (cycled), distinguishable and dark enough for white text around.
const FILLS: [&str; 6] = ["#1f5fbf", "#b3261e", "#2e7d32", "#8a5a00", "#6a3d9a", "#00695c"];

/// `GET /lessons/learned`: how many lessons each topic has, per year, across the network: a
/// stacked bar chart drawn here as SVG (no script) and the same numbers as a table.
pub async fn learned(State(state): State<AppState>, choice: Choice) -> Result<Response, PageError> {
    // Every chapter's lessons: no chapter's language applies.
    let lang = choice.or_english();
    let key = format!("learned:{}", choice.cache_key());
    let page = cached(&state, key, || render_learned(&state, lang)).await?;
    Ok(Html(page.shared_body()).into_response())
}

async fn render_learned(state: &AppState, lang: Lang) -> Result<Cached, AppError> {
    html(learned_page(&lessons::counts(&state.db).await?, lang))
}

/// The chart and table; topics are named by their messages (the template says them in `lang`).
fn learned_page(counts: &[(Topic, i64, i64)], lang: Lang) -> LearnedPage {
    let mut years: Vec<i64> = counts.iter().map(|(_, y, _)| *y).collect();
    years.sort_unstable();
    years.dedup();
    let fill = |year: i64| FILLS[years.iter().position(|y| *y == year).unwrap_or(0) % FILLS.len()];
    let mut by_topic: BTreeMap<usize, HashMap<i64, i64>> = BTreeMap::new();
    for (topic, year, count) in counts {
        let index = Topic::ALL.iter().position(|t| t == topic).unwrap_or(0);
        *by_topic.entry(index).or_default().entry(*year).or_default() += count;
    }
    let total_of = |index: usize| by_topic.get(&index).map_or(0, |m| m.values().sum::<i64>());
    let max = (0..Topic::ALL.len()).map(total_of).max().unwrap_or(0).max(1);
    let mut bars = Vec::new();
    let mut rows = Vec::new();
    for (index, topic) in Topic::ALL.iter().enumerate() {
        let per_year = by_topic.get(&index).cloned().unwrap_or_default();
        let total = total_of(index);
        let top = index as i64 * ROW;
        let mut x = 0;
        let mut segments = Vec::new();
        for year in &years {
            let count = per_year.get(year).copied().unwrap_or(0);
            if count > 0 {
                let width = (count * BAR_MAX / max).max(2);
                segments.push(Segment { x, width, fill: fill(*year), year: *year, count });
                x += width;
            }
        }
        bars.push(Bar { label: topic_key(*topic), text_y: top + 16, bar_y: top + 22, segments, total, total_x: x + 6 });
        rows.push((
            topic_key(*topic),
            topic_link(*topic).0,
            years.iter().map(|y| per_year.get(y).copied().unwrap_or(0)).collect(),
            total,
        ));
    }
    let totals = years.iter().map(|y| counts.iter().filter(|(_, yy, _)| yy == y).map(|(_, _, c)| c).sum()).collect();
    LearnedPage {
        lang,
        height: Topic::ALL.len() as i64 * ROW,
        width: CHART_WIDTH,
        legend: years.iter().map(|y| (*y, fill(*y))).collect(),
        total: counts.iter().map(|(_, _, c)| c).sum(),
        bars,
        rows,
        totals,
        years,
    }
}

// The recap forms.

/// The recap section of a speaker's page: `None` before there is anything to write about.
pub(crate) async fn recap_view(
    state: &AppState,
    story: &Submission,
    night: Option<&EventDetails>,
    lang: Lang,
) -> Result<Option<RecapView>, AppError> {
    let lesson = lessons::of_story(&state.db, story.id).await?;
    let checked = lessons::recap_night(story, night, state.clock.timestamp());
    if lesson.is_none() && checked.is_err() {
        return Ok(None);
    }
    let topics = stored_topics(state, lesson.as_ref()).await?;
    let mut view = base_view(story, lesson.as_ref(), &topics, format!("/s/{}/recap", story.token), lang);
    view.open = checked.is_ok();
    view.closed_reason = checked.err().map(|e| closed_reason(&e, lang));
    Ok(Some(view))
}

/// Why a recap cannot be written (yet), in `lang`.
fn closed_reason(refusal: &failnight_submissions::SubmissionsError, lang: Lang) -> String {
    match refusal {
        failnight_submissions::SubmissionsError::Conflict(reason) => match *reason {
            lessons::RECAP_NO_TALK => lang.t("speaker-recap-closed-no-talk"),
            lessons::RECAP_CANCELLED => lang.t("speaker-recap-closed-cancelled"),
            lessons::RECAP_NOT_YET => lang.t("speaker-recap-closed-not-yet"),
            other => other.to_string(),
        },
        other => other.to_string(),
    }
}

/// The recap section of a host's story page: a draft for the speaker, only while the speaker
/// has written nothing and it is not published.
pub(crate) async fn host_recap_view(
    state: &AppState,
    slug: &str,
    story: &Submission,
    lang: Lang,
) -> Result<Option<RecapView>, AppError> {
    let night = match story.event_id {
        Some(id) => events::get(&state.db, id).await?,
        None => None,
    };
    let lesson = lessons::of_story(&state.db, story.id).await?;
    let checked = lessons::recap_night(story, night.as_ref(), state.clock.timestamp());
    if lesson.is_none() && checked.is_err() {
        return Ok(None);
    }
    let topics = stored_topics(state, lesson.as_ref()).await?;
    let action = format!("/host/c/{slug}/stories/{}/recap", story.id);
    let mut view = base_view(story, lesson.as_ref(), &topics, action, lang);
    let hosts_draft = lesson.as_ref().is_none_or(|l| l.state == LessonState::Draft && l.drafted_by == DraftedBy::Host);
    view.open = checked.is_ok() && hosts_draft;
    view.closed_reason = match checked {
        Err(e) => Some(closed_reason(&e, lang)),
        Ok(_) if !hosts_draft => Some(lang.t("speaker-recap-taken-over")),
        Ok(_) => None,
    };
    Ok(Some(view))
}

async fn stored_topics(state: &AppState, lesson: Option<&Lesson>) -> Result<Vec<Topic>, AppError> {
    Ok(match lesson {
        Some(lesson) => lessons::topics_of(&state.db, &[lesson.id]).await?.remove(&lesson.id).unwrap_or_default(),
        None => Vec::new(),
    })
}

fn base_view(story: &Submission, lesson: Option<&Lesson>, chosen: &[Topic], action: String, lang: Lang) -> RecapView {
    RecapView {
        action,
        state: lesson.map(|l| l.state.as_str()),
        by_host: lesson.is_some_and(|l| l.drafted_by == DraftedBy::Host),
        public_url: lesson.filter(|l| l.state == LessonState::Published).map(|l| format!("/lessons/{}", l.id)),
        lesson: lesson.map(|l| l.lesson.clone()).unwrap_or_default(),
        happened: lesson.map(|l| l.happened.clone()).unwrap_or_default(),
        differently: lesson.map(|l| l.differently.clone()).unwrap_or_default(),
        topics: Topic::ALL.iter().map(|t| (t.as_str(), topic_key(*t), chosen.contains(t))).collect(),
        public_label: crate::speak::public_label(story, lang),
        slides_shown: story.slides_use == failnight_submissions::SlidesUse::Published,
        open: false,
        closed_reason: None,
        errors: FieldErrors::new(),
    }
}

/// A posted recap form: the input and whether the speaker said "publish".
pub(crate) fn recap_input(pairs: &[(String, String)]) -> (RecapInput, bool) {
    let mut input = RecapInput::default();
    let mut publish = false;
    for (key, value) in pairs {
        match key.as_str() {
            "lesson" => input.lesson = value.clone(),
            "happened" => input.happened = value.clone(),
            "differently" => input.differently = value.clone(),
            "topic" => input.topics.push(value.clone()),
            "language" => input.language = value.clone(),
            "do" => publish = value == "publish",
            _ => {}
        }
    }
    (input, publish)
}

/// The form as sent, with its errors, over a view.
pub(crate) fn shown_again(mut view: RecapView, input: &RecapInput, errors: FieldErrors) -> RecapView {
    view.lesson = input.lesson.clone();
    view.happened = input.happened.clone();
    view.differently = input.differently.clone();
    for (value, _, checked) in &mut view.topics {
        *checked = input.topics.iter().any(|t| t == value);
    }
    view.errors = errors;
    view
}

/// `POST /s/{token}/recap`: the speaker saves their recap; `do=publish` publishes it.
pub async fn recap_post(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    crate::speak::limited(&state, client).await?;
    let story = crate::speak::story_of(&state, &token).await?;
    let (input, publish) = recap_input(&pairs);
    match lesson_services::save(&state, &story, &input, publish).await.map_err(AppError::from) {
        Ok(lesson) if lesson.state == LessonState::Published && publish => Ok(crate::speak::back(&story, "published")),
        Ok(_) => Ok(crate::speak::back(&story, "recap")),
        Err(error) => recap_refused(&state, &story, choice, &input, error).await,
    }
}

/// `POST /s/{token}/recap/withdraw`: the speaker takes their published lesson back.
pub async fn recap_withdraw(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    crate::speak::limited(&state, client).await?;
    let story = crate::speak::story_of(&state, &token).await?;
    match lesson_services::withdraw(&state, &story).await.map_err(AppError::from) {
        Ok(_) => Ok(crate::speak::back(&story, "unpublished")),
        Err(error) => recap_refused(&state, &story, choice, &RecapInput::default(), error).await,
    }
}

/// The speaker's page again, with the recap as sent and its errors (422) or why it cannot be
/// done now (409).
async fn recap_refused(
    state: &AppState,
    story: &Submission,
    choice: Choice,
    input: &RecapInput,
    error: AppError,
) -> Result<Response, PageError> {
    let (status, errors, notice) = match error {
        AppError::Invalid(errors) => (StatusCode::UNPROCESSABLE_ENTITY, errors, None),
        AppError::Conflict(_, reason) => (StatusCode::CONFLICT, FieldErrors::new(), Some(reason)),
        other => return Err(other.into()),
    };
    let notice = notice.map(crate::speak::Notice::Message);
    let mut page =
        crate::speak::speaker_page(state, story, choice, crate::speak::edit_form(story), None, notice).await?;
    if !errors.is_empty() {
        page.recap = page.recap.map(|view| shown_again(view, input, errors));
    }
    Ok((status, page).into_response())
}

/// What the public pages' links to the library look like, for a chapter's page.
pub fn chapter_links(slug: &str) -> (String, String) {
    (format!("/lessons?chapter={slug}"), format!("/c/{slug}/lessons.atom"))
}

#[cfg(test)]
mod tests {
    use super::{LibraryQuery, library_url, parse_query};
    use failnight_core::Lang;
    use failnight_submissions::lessons::{Order, Topic};

    #[test]
    fn library_query_round_trips_and_refuses_unknown_filters() {
        let raw = LibraryQuery {
            q: "check references".into(),
            topic: "hiring".into(),
            year: "2026".into(),
            sort: "relevant".into(),
            page: "2".into(),
            ..Default::default()
        };
        let query = parse_query(&raw, Lang::En).unwrap();
        assert_eq!(
            (query.topic, query.year, query.order, query.page),
            (Some(Topic::Hiring), Some(2026), Order::Relevant, 1)
        );
        assert_eq!(library_url(&query, 1), "/lessons?q=check+references&topic=hiring&year=2026&sort=relevant&page=2");
        assert_eq!(library_url(&query, 0), "/lessons?q=check+references&topic=hiring&year=2026&sort=relevant");
        for bad in [
            LibraryQuery { topic: "astrology".into(), ..Default::default() },
            LibraryQuery { year: "twenty".into(), ..Default::default() },
            LibraryQuery { page: "0".into(), ..Default::default() },
            LibraryQuery { sort: "random".into(), ..Default::default() },
            LibraryQuery { language: "english".into(), ..Default::default() },
            LibraryQuery { chapter: "../x".into(), ..Default::default() },
        ] {
            assert!(parse_query(&bad, Lang::En).is_err(), "{bad:?}");
        }
    }
}
