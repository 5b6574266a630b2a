//! The chapter widget (issue #21): a coworking space or a community pastes one script tag
//! (`/embed.js`, which reads `/c/{slug}/widget.json` and draws the list in a shadow root) or,
//! where its site allows no scripts, an iframe (`/c/{slug}/widget`, a page of its own that may
//! be framed anywhere). Both list the chapter's next nights with the seats left and a link to
//! book, in the chapter's language (or `?lang=`), with an accent colour of the site's choosing
//! (`?accent=` / `data-accent`, refused when white text on it would be hard to read). Both are
//! kept in the page cache; each stays well under 15 KB.

use axum::{
    extract::{Path, Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use failnight_core::Lang;
use failnight_scheduling::{EventStatus, chapters, events};
use serde::{Deserialize, Serialize};

use crate::{
    AppState,
    error::{AppError, PageError},
    pages::{cached, night_items},
    views::NightItem,
};

/// Nights the widget lists at most.
pub const NIGHTS: usize = 5;

/// The script of the script-tag widget.
pub const EMBED_JS: &str = include_str!("../../../templates/static/embed.js");
/// The iframe widget's stylesheet (its accent appended, see [`stylesheet`]).
const WIDGET_CSS: &str = include_str!("../../../templates/static/widget.css");

/// The accent when the site chooses none: the service's own, 6.5:1 against white.
pub const DEFAULT_ACCENT: &str = "#b3261e";

/// What a site may choose: `?lang=` (one of ours; else the chapter's) and `?accent=`
/// (`rrggbb`, with or without `#`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Choices {
    pub lang: String,
    pub accent: String,
}

/// `#rrggbb` if `text` is a colour white text is readable on (contrast at least 4.5:1, WCAG
/// AA), else the default.
pub fn accent(text: &str) -> String {
    use failnight_core::validate::{MIN_CONTRAST, contrast_with_white, hex_colour};
    match hex_colour(text) {
        Some(colour) if contrast_with_white(&colour).is_some_and(|c| c >= MIN_CONTRAST) => colour,
        _ => DEFAULT_ACCENT.into(),
    }
}

/// One night as the widget shows it.
#[derive(Debug, Serialize)]
pub struct Night {
    pub title: String,
    /// Date, time.
    pub when: String,
    pub venue: String,
    /// "14 seats left", "Full".
    pub seats: String,
    pub full: bool,
    /// "Book a seat" or "Join the waitlist".
    pub action: String,
    /// The night's page, absolute.
    pub url: String,
}

/// The widget's content, its words in `lang`.
#[derive(Debug, Serialize)]
pub struct Widget {
    pub lang: String,
    pub heading: String,
    pub none: String,
    pub more: String,
    pub chapter_url: String,
    pub accent: String,
    pub nights: Vec<Night>,
}

fn night(base: &str, item: NightItem, lang: Lang) -> Night {
    let full = item.seats_left == 0;
    Night {
        when: lang.f2("widget-when", "date", item.date.as_str(), "time", item.time.as_str()),
        seats: if full { lang.t("widget-full") } else { lang.f1("common-seats-left", "count", item.seats_left) },
        action: lang.t(if full { "widget-join-waitlist" } else { "widget-book" }),
        url: format!("{base}{}", item.url),
        title: item.title,
        venue: item.venue,
        full,
    }
}

async fn widget(state: &AppState, slug: &str, choices: &Choices) -> Result<Widget, AppError> {
    let chapter =
        chapters::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound("error-no-chapter-here".into()))?;
    let lang = Lang::parse(&choices.lang).unwrap_or(chapter.language);
    let coming: Vec<_> = events::upcoming(&state.db, chapter.id, state.clock.now())
        .await?
        .into_iter()
        .filter(|n| n.status() == EventStatus::Published)
        .take(NIGHTS)
        .collect();
    let base = state.base_url();
    let nights = night_items(state, &coming, lang).await?.into_iter().map(|item| night(base, item, lang)).collect();
    Ok(Widget {
        lang: lang.as_str().to_string(),
        heading: lang.f1("widget-heading", "chapter", chapter.name.as_str()),
        none: lang.t("widget-none"),
        more: lang.t("widget-more"),
        chapter_url: format!("{base}/c/{}", chapter.slug),
        // The site's choice, else the chapter's own colour (already checked), else ours.
        accent: if choices.accent.trim().is_empty() && !chapter.accent.is_empty() {
            chapter.accent.clone()
        } else {
            accent(&choices.accent)
        },
        nights,
    })
}

/// The key of a widget in the page cache.
fn key(kind: &str, slug: &str, choices: &Choices) -> String {
    format!(
        "widget:{kind}:{slug}:{}:{}",
        Lang::parse(&choices.lang).map_or("", |l| l.as_str()),
        accent(&choices.accent)
    )
}

/// `GET /c/{slug}/widget.json`: for the script-tag widget, readable from any site.
pub async fn json(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(choices): Query<Choices>,
) -> Result<Response, PageError> {
    let page = cached(&state, key("json", &slug, &choices), || async {
        let widget = widget(&state, &slug, &choices).await?;
        Ok(crate::cache::Cached {
            body: serde_json::to_string(&widget).map_err(|e| AppError::Internal(e.into()))?,
            etag: String::new(),
            last_modified: String::new(),
        })
    })
    .await?;
    let mut response = ([(header::CONTENT_TYPE, "application/json")], page.shared_body()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    Ok(response)
}

#[derive(askama::Template)]
#[template(path = "pages/widget.html")]
struct WidgetPage<'a> {
    w: &'a Widget,
    stylesheet: String,
}

/// What may frame the iframe widget: any site, and it may load nothing but our stylesheet.
const FRAMED_CSP: &str =
    "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";

/// `GET /c/{slug}/widget`: the iframe widget, a page any site may frame.
pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(choices): Query<Choices>,
) -> Result<Response, PageError> {
    let page = cached(&state, key("page", &slug, &choices), || async {
        let widget = widget(&state, &slug, &choices).await?;
        let stylesheet = format!("/static/widget.css?accent={}", widget.accent.trim_start_matches('#'));
        crate::pages::html(WidgetPage { w: &widget, stylesheet })
    })
    .await?;
    let mut response = axum::response::Html(page.shared_body()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(FRAMED_CSP));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    Ok(response)
}

/// `GET /static/widget.css?accent=rrggbb`: the iframe widget's styles in that accent.
pub async fn stylesheet(Query(choices): Query<Choices>) -> Response {
    let css = format!("{WIDGET_CSS}:root {{ --accent: {}; }}\n", accent(&choices.accent));
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], css)
        .into_response()
}

/// `GET /embed.js`: the script-tag widget.
pub async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        EMBED_JS,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accent_must_carry_white_text() {
        assert_eq!(accent("1F5FBF"), "#1f5fbf");
        assert_eq!(accent("#000000"), "#000000");
        // Yellow under white text is unreadable; so is nonsense.
        for refused in ["#ffeb3b", "ffffff", "#12345", "#gggggg", "red", "", "#1f5fbf00"] {
            assert_eq!(accent(refused), DEFAULT_ACCENT, "{refused}");
        }
    }
}
