//! The code of conduct on the public pages, and the private report form (`/c/{slug}/report`,
//! linked from every page of a night and from the ticket). Reporting is limited per client
//! ([`crate::ratelimit::REPORT_PER_IP`]) but never refused because a night is full or the call
//! for stories closed: it is its own table and its own form. The form's pages are not cached,
//! not indexed, and send no referrer.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::{
    Form, Router,
    extract::{Path, Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use failnight_app::services::conduct as service;
use failnight_core::Lang;
use failnight_scheduling::{Chapter, EventStatus, chapters, conduct::NewReport, events};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::{
    AppState,
    client::ClientIp,
    error::{AppError, PageError},
    host::FormState,
    lang::Choice,
};

/// The chapter's code of conduct: its own text, or the default one in `lang`.
pub fn text(chapter_text: &str, lang: Lang) -> String {
    if chapter_text.trim().is_empty() { lang.t("common-coc-default") } else { chapter_text.to_string() }
}

/// The report form's address, about `night` if given.
pub fn report_url(slug: &str, night: Option<i64>) -> String {
    match night {
        Some(id) => format!("/c/{slug}/report?night={id}"),
        None => format!("/c/{slug}/report"),
    }
}

/// The report form's routes: `no-store`, `no-referrer`, `noindex`.
pub fn router() -> Router<AppState> {
    let router = Router::new()
        .route("/c/{slug}/report", get(form).post(submit))
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")));
    crate::speak::private_link_headers(router)
}

pub struct NightChoice {
    pub id: i64,
    pub label: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/report.html")]
pub struct ReportPage {
    pub lang: Lang,
    pub slug: String,
    pub chapter_name: String,
    pub code_of_conduct: String,
    pub nights: Vec<NightChoice>,
    pub form: FormState,
    /// The report was sent: the page thanks instead of asking.
    pub sent: bool,
}

async fn chapter_of(state: &AppState, slug: &str) -> Result<Chapter, AppError> {
    chapters::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound("error-no-chapter-here".into()))
}

/// The nights a report may be about: the chapter's last ones and those to come.
async fn nights(state: &AppState, chapter: &Chapter, lang: Lang) -> Result<Vec<NightChoice>, AppError> {
    let now = state.clock.now();
    let mut nights = events::past(&state.db, chapter.id, now, 12).await?;
    nights.reverse();
    nights.extend(
        events::upcoming(&state.db, chapter.id, now).await?.into_iter().filter(|n| n.status() != EventStatus::Draft),
    );
    Ok(nights
        .iter()
        .map(|n| NightChoice { id: n.id, label: format!("{} · {}", n.title, lang.date(n.starts_utc(), n.tz())) })
        .collect())
}

async fn page(
    state: &AppState,
    chapter: &Chapter,
    lang: Lang,
    form: FormState,
    sent: bool,
) -> Result<ReportPage, AppError> {
    Ok(ReportPage {
        lang,
        slug: chapter.slug.clone(),
        chapter_name: chapter.name.clone(),
        code_of_conduct: text(&chapter.code_of_conduct, lang),
        nights: nights(state, chapter, lang).await?,
        form,
        sent,
    })
}

/// `GET /c/{slug}/report` (`?night=` chooses the night).
pub async fn form(
    State(state): State<AppState>,
    choice: Choice,
    Path(slug): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<ReportPage, PageError> {
    let chapter = chapter_of(&state, &slug).await?;
    let lang = choice.resolve(chapter.language);
    let night = query.get("night").cloned().unwrap_or_default();
    Ok(page(&state, &chapter, lang, FormState::new(HashMap::from([("night".to_string(), night)])), false).await?)
}

/// `POST /c/{slug}/report`: `body`, and optionally `night`, `name`, `email`.
pub async fn submit(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(slug): Path<String>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let chapter = chapter_of(&state, &slug).await?;
    let lang = choice.resolve(chapter.language);
    crate::ratelimit::per_client(&state, crate::ratelimit::REPORT_PER_IP, client).await?;
    let mut form = FormState::new(values);
    let night = form.v("night").trim();
    let event_id = if night.is_empty() {
        None
    } else {
        // Not a number names no night of the chapter: refused like one of another chapter.
        Some(night.parse::<i64>().unwrap_or(-1))
    };
    let new = NewReport {
        body: form.v("body").to_string(),
        event_id,
        name: form.v("name").to_string(),
        email: form.v("email").to_string(),
    };
    match service::report(&state, &chapter, &new).await.map_err(AppError::from) {
        Ok(_) => Ok(page(&state, &chapter, lang, FormState::new(HashMap::new()), true).await?.into_response()),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            let page = page(&state, &chapter, lang, form, false).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}
