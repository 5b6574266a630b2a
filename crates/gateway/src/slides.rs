//! The speaker's deck over HTTP: the upload form's target (multipart, the one route whose
//! body may be large and slow: [`UPLOAD_BODY_LIMIT`], [`UPLOAD_BODY_TIMEOUT`], at most
//! [`UPLOADS_AT_ONCE`] being read at a time), removing the deck, and the images themselves,
//! content-addressed and cached for good (`private, immutable`: a slide's URL is its hash,
//! so it never changes; private, because slides are personal until published). Speakers see
//! their own deck's images by their link; hosts see those of their chapter's stories.
//! Nothing of a deck is logged.

use std::{cmp::Ordering, collections::HashMap, time::Duration};

use axum::{
    extract::{Multipart, Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use failnight_app::services::slides as slide_services;
use failnight_submissions::slides::{self, Upload};

use failnight_core::{Lang, Message};

use crate::{
    AppState,
    auth::ChapterAccess,
    client::ClientIp,
    error::{AppError, PageError},
    lang::Choice,
};

/// The largest upload body: a deck of ten phone photos, or one PDF (at most 30 MB) with room
/// for the form's framing. Every other route keeps `startup::BODY_LIMIT`.
pub const UPLOAD_BODY_LIMIT: usize = 48 * 1024 * 1024;
/// How long an upload's body may take to arrive (48 MB on a slow uplink).
pub const UPLOAD_BODY_TIMEOUT: Duration = Duration::from_secs(180);
/// Uploads whose bodies are read at once, across all clients: their memory is bounded by this
/// times [`UPLOAD_BODY_LIMIT`]; more wait for a turn (within their deadline).
pub const UPLOADS_AT_ONCE: usize = 4;

/// Whether a request is an upload, one of the routes with the large body limit and long
/// deadline: a deck (`POST /s/{token}/slides`), a speaker's photo (`POST /s/{token}/portrait`),
/// a night's cover photo (`POST /host/c/{slug}/events/{id}/cover`, `PUT
/// /api/v1/events/{id}/cover`) or a chapter's logo (`POST /host/c/{slug}/settings/logo`, `PUT
/// /api/v1/chapters/{slug}/logo`).
pub fn is_upload(method: &axum::http::Method, path: &str) -> bool {
    let one_segment = |s: &str| !s.is_empty() && !s.contains('/');
    let under = |prefix: &str, suffix: &str| {
        path.strip_prefix(prefix).and_then(|rest| rest.strip_suffix(suffix)).is_some_and(one_segment)
    };
    if method == axum::http::Method::PUT {
        return under("/api/v1/events/", "/cover") || under("/api/v1/chapters/", "/logo");
    }
    let cover = path
        .strip_prefix("/host/c/")
        .and_then(|rest| rest.strip_suffix("/cover"))
        .and_then(|rest| rest.split_once("/events/"))
        .is_some_and(|(slug, id)| one_segment(slug) && one_segment(id));
    method == axum::http::Method::POST
        && (under("/s/", "/slides") || under("/s/", "/portrait") || cover || under("/host/c/", "/settings/logo"))
}

/// The speaker's link to one of their slides.
pub fn speaker_url(token: &str, hash: &str) -> String {
    format!("/s/{token}/slides/{hash}")
}

/// A host's link to a slide of their chapter.
pub fn host_url(slug: &str, hash: &str) -> String {
    format!("/host/c/{slug}/slides/{hash}")
}

/// File names compared as people number slides: `slide2.png` before `slide10.png`.
fn natural(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return Ordering::Equal,
            (None, _) => return Ordering::Less,
            (_, None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let da = a.iter().take_while(|c| c.is_ascii_digit()).count();
                let db = b.iter().take_while(|c| c.is_ascii_digit()).count();
                let (na, nb) = (&a[..da], &b[..db]);
                let trim = |n: &'_ [u8]| -> usize { n.iter().take_while(|c| **c == b'0').count() };
                let (na, nb) = (&na[trim(na)..], &nb[trim(nb)..]);
                let order = na.len().cmp(&nb.len()).then_with(|| na.cmp(nb));
                if order != Ordering::Equal {
                    return order;
                }
                a = &a[da..];
                b = &b[db..];
            }
            (Some(x), Some(y)) => {
                let order = x.to_ascii_lowercase().cmp(&y.to_ascii_lowercase());
                if order != Ordering::Equal {
                    return order;
                }
                a = &a[1..];
                b = &b[1..];
            }
        }
    }
}

fn bad_upload(_: axum::extract::multipart::MultipartError) -> AppError {
    AppError::BadRequest("bad_upload", "error-bad-upload".into())
}

/// The parts of a photo's form by name (a file and its boxes: the cover's, a speaker's).
pub(crate) async fn form_parts(mut multipart: Multipart) -> Result<HashMap<String, Vec<u8>>, AppError> {
    let mut parts = HashMap::new();
    while let Some(field) = multipart.next_field().await.map_err(bad_upload)? {
        let name = field.name().unwrap_or_default().to_string();
        parts.insert(name, field.bytes().await.map_err(bad_upload)?.to_vec());
    }
    Ok(parts)
}

/// Reads the form's `slides` files, in the order of their names. Refuses as soon as there are
/// more than the use case would take (200 files cost one look at the 41st).
async fn files(mut multipart: Multipart) -> Result<Vec<Vec<u8>>, AppError> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(bad_upload)? {
        if field.name() != Some("slides") {
            continue;
        }
        let name = field.file_name().unwrap_or_default().to_string();
        let bytes = field.bytes().await.map_err(bad_upload)?;
        if bytes.is_empty() && name.is_empty() {
            continue; // the browser's "no file chosen"
        }
        if files.len() == slide_services::MAX_FILES {
            let mut errors = failnight_core::FieldErrors::new();
            errors.add("slides", Message::new("error-slides-more-than").arg("max", slide_services::MAX_FILES));
            return Err(AppError::Invalid(errors));
        }
        files.push((name, bytes.to_vec()));
    }
    files.sort_by(|(a, _), (b, _)| natural(a, b));
    Ok(files.into_iter().map(|(_, bytes)| bytes).collect())
}

/// `POST /s/{token}/slides` (multipart, field `slides`): images or one PDF.
pub async fn upload(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    crate::speak::limited(&state, client).await?;
    let story = crate::speak::story_of(&state, &token).await?;
    let result = match files(multipart).await {
        Ok(files) => {
            slide_services::upload(&state, &story, slide_services::Upload { files }).await.map_err(AppError::from)
        }
        Err(error) => Err(error),
    };
    match result {
        Ok(true) => Ok(crate::speak::back(&story, "pdf")),
        Ok(false) => Ok(crate::speak::back(&story, "slides")),
        Err(error) => crate::speak::refused_plain(&state, &story, choice, error).await,
    }
}

/// `POST /s/{token}/portrait` (multipart: the photo `portrait` and the consent box `consent`).
pub async fn upload_portrait(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    crate::speak::limited(&state, client).await?;
    let story = crate::speak::story_of(&state, &token).await?;
    let mut parts = form_parts(multipart).await?;
    let consent = parts.get("consent").is_some_and(|v| v == b"on");
    let photo = parts.remove("portrait").unwrap_or_default();
    match slide_services::set_portrait(&state, &story, photo, consent).await {
        Ok(()) => Ok(crate::speak::back(&story, "portrait")),
        Err(error) => crate::speak::refused_plain(&state, &story, choice, error).await,
    }
}

/// `POST /s/{token}/portrait/remove`
pub async fn remove_portrait(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    crate::speak::limited(&state, client).await?;
    let story = crate::speak::story_of(&state, &token).await?;
    match slide_services::remove_portrait(&state, &story).await {
        Ok(()) => Ok(crate::speak::back(&story, "portrait_removed")),
        Err(error) => crate::speak::refused_plain(&state, &story, choice, error).await,
    }
}

/// `POST /s/{token}/slides/remove`
pub async fn remove(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    crate::speak::limited(&state, client).await?;
    let story = crate::speak::story_of(&state, &token).await?;
    match slide_services::remove(&state, &story).await {
        Ok(()) => Ok(crate::speak::back(&story, "slides_removed")),
        Err(error) => crate::speak::refused_plain(&state, &story, choice, error).await,
    }
}

pub(crate) fn is_hash(hash: &str) -> bool {
    hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// An image, with its hash as ETag, cached for good: privately (slides are personal until
/// published, and a published lesson's stay so), or publicly (a night's cover).
pub(crate) fn image_response(
    hash: &str,
    media_type: &str,
    bytes: Vec<u8>,
    public: bool,
    headers: &HeaderMap,
) -> Response {
    let etag = format!("\"{hash}\"");
    let cache = (
        header::CACHE_CONTROL,
        HeaderValue::from_static(if public {
            "public, max-age=31536000, immutable"
        } else {
            "private, max-age=31536000, immutable"
        }),
    );
    if crate::pages::etag_matches(headers, &etag) {
        return (StatusCode::NOT_MODIFIED, [cache], [(header::ETAG, etag)]).into_response();
    }
    let media_type = match media_type {
        "image/jpeg" => HeaderValue::from_static("image/jpeg"),
        _ => HeaderValue::from_static("image/png"),
    };
    ([cache, (header::CONTENT_TYPE, media_type)], [(header::ETAG, etag)], bytes).into_response()
}

const NO_SLIDE: AppError = AppError::NotFound(Message::new("error-no-slide"));

/// `GET /s/{token}/slides/{hash}`: a slide of the speaker's own deck.
pub async fn speaker_image(
    State(state): State<AppState>,
    Path((token, hash)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let story = crate::speak::story_of(&state, &token).await?;
    if !is_hash(&hash) {
        return Err(NO_SLIDE.into());
    }
    let image = slides::image(&state.db, story.id, &hash).await.map_err(AppError::from)?.ok_or(NO_SLIDE)?;
    Ok(image_response(&hash, &image.media_type, image.bytes, false, &headers))
}

/// `GET /host/c/{slug}/slides/{hash}`: a slide of a deck of the chapter's stories.
pub async fn host_image(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, hash)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    if !is_hash(&hash) {
        return Err(NO_SLIDE.into());
    }
    let image =
        slides::chapter_image(&state.db, access.chapter.id, &hash).await.map_err(AppError::from)?.ok_or(NO_SLIDE)?;
    Ok(image_response(&hash, &image.media_type, image.bytes, false, &headers))
}

/// The deck on the speaker's page.
#[derive(Debug, Clone, Default)]
pub struct DeckView {
    /// The slides' image URLs, in order.
    pub slides: Vec<String>,
    /// Whether the speaker may upload or replace it now.
    pub open: bool,
    /// A PDF being rendered, or why it could not be.
    pub rendering: bool,
    pub failed: Option<String>,
    pub slides_per_talk: i64,
    pub seconds_per_slide: i64,
}

impl DeckView {
    /// The rehearsal's length, e.g. "6 min 40 s".
    pub fn duration(&self, lang: &Lang) -> String {
        let total = self.slides.len() as i64 * self.seconds_per_slide;
        match (total / 60, total % 60) {
            (0, s) => lang.f1("speaker-deck-duration-seconds", "seconds", s),
            (m, 0) => lang.f1("speaker-deck-duration-minutes", "minutes", m),
            (m, s) => lang.f2("speaker-deck-duration-both", "minutes", m, "seconds", s),
        }
    }

    /// The rehearsal player's words in `lang`, as JSON for the page's data block (player.js
    /// holds no language): `{n}` and `{total}` stand for the numbers it fills in.
    pub fn player_text(&self, lang: &Lang) -> String {
        let words = serde_json::json!({
            "rehearse": lang.f1("speaker-deck-player-rehearse", "seconds", self.seconds_per_slide),
            "region": lang.t("speaker-deck-player-region"),
            "pause": lang.t("speaker-deck-player-pause"),
            "resume": lang.t("speaker-deck-player-resume"),
            "again": lang.t("speaker-deck-player-again"),
            "previous": lang.t("speaker-deck-player-previous"),
            "next": lang.t("speaker-deck-player-next"),
            "fullscreen": lang.t("speaker-deck-player-fullscreen"),
            "time": lang.t("speaker-deck-player-time"),
            "slide": lang.f1("speaker-deck-slide", "number", "{n}"),
            "where": lang.f2("speaker-deck-player-where", "number", "{n}", "total", "{total}"),
        });
        crate::pages::script_json(&words)
    }
}

/// What the speaker's page shows of the deck.
pub async fn deck_view(
    state: &AppState,
    story: &failnight_submissions::Submission,
    night_start: Option<failnight_core::Timestamp>,
    format: &failnight_submissions::StorySettings,
) -> Result<DeckView, AppError> {
    let deck = slides::deck(&state.db, story.id).await?;
    let upload = slides::upload(&state.db, story.id).await?;
    Ok(DeckView {
        slides: deck.iter().map(|s| speaker_url(&story.token, &s.hash)).collect(),
        open: slides::check_open(story, night_start, state.clock.timestamp()).is_ok(),
        rendering: upload == Some(Upload::Rendering),
        failed: match upload {
            Some(Upload::Failed(reason)) => Some(reason),
            _ => None,
        },
        slides_per_talk: format.slides_per_talk,
        seconds_per_slide: format.seconds_per_slide,
    })
}

/// `GET /static/player.js`: the slide player (rehearsal now, the stage later).
pub async fn player_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        include_str!("../../../templates/static/player.js"),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_sort_as_people_number_slides() {
        let mut names = vec!["slide10.png", "Slide2.png", "slide1.png", "intro.png", "slide02b.png"];
        names.sort_by(|a, b| natural(a, b));
        assert_eq!(names, ["intro.png", "slide1.png", "Slide2.png", "slide02b.png", "slide10.png"]);
    }

    #[test]
    fn only_the_upload_route_is_an_upload() {
        use axum::http::Method;
        assert!(is_upload(&Method::POST, "/s/abc/slides"));
        assert!(!is_upload(&Method::GET, "/s/abc/slides"));
        assert!(!is_upload(&Method::POST, "/s/abc/slides/remove"));
        assert!(!is_upload(&Method::POST, "/s//slides"));
        assert!(!is_upload(&Method::POST, "/s/a/b/slides"));
        assert!(!is_upload(&Method::POST, "/c/x/speak"));
        assert!(is_upload(&Method::POST, "/host/c/berlin/events/12/cover"));
        assert!(is_upload(&Method::POST, "/s/abc/portrait"));
        assert!(!is_upload(&Method::POST, "/s/abc/portrait/remove"));
        assert!(!is_upload(&Method::POST, "/host/c/berlin/events/12/cover/remove"));
        assert!(is_upload(&Method::POST, "/host/c/berlin/settings/logo"));
        assert!(!is_upload(&Method::POST, "/host/c/berlin/settings/logo/remove"));
        assert!(is_upload(&Method::PUT, "/api/v1/events/12/cover"));
        assert!(is_upload(&Method::PUT, "/api/v1/chapters/berlin/logo"));
        assert!(!is_upload(&Method::POST, "/api/v1/events/12/cover"));
        assert!(!is_upload(&Method::PUT, "/api/v1/events/12/cover/x"));
        assert!(!is_upload(&Method::DELETE, "/api/v1/chapters/berlin/logo"));
        assert!(!is_upload(&Method::POST, "/host/c/berlin/events/12/door"));
        assert!(!is_upload(&Method::POST, "/host/c//events/12/cover"));
    }
}
