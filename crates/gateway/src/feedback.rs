//! A guest's feedback form at `/f/{token}`, reached from the morning after's email: a rating
//! and a comment per talk, the one thing they will take away, whether they will come again.
//! A plain form (no JavaScript), every answer optional; a bad answer shows the form again as
//! typed with the message next to its field (422) and saves nothing; a saved one shows the
//! thank-you state and the form to change it, until the form closes. Like a speaker's page,
//! the link is the key: `noindex`, `no-store`, `Referrer-Policy: no-referrer`.

use std::collections::HashMap;

use axum::{
    Form, Router,
    extract::{Path, Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use failnight_app::services::feedback::{self as service, GuestForm};
use failnight_feedback::responses::{comment_field, rating_field};
use tower_http::set_header::SetResponseHeaderLayer;

use failnight_core::Lang;

use crate::{
    AppState,
    client::ClientIp,
    error::{AppError, PageError},
    host::FormState,
    lang::Choice,
    views::{self, FeedbackPage, FeedbackTalk},
};

/// The feedback form's routes, with the headers that keep the link private.
pub fn router() -> Router<AppState> {
    let router = Router::new()
        .route("/f/{token}", get(page).post(respond))
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")));
    crate::speak::private_link_headers(router)
}

/// The stored answers as the form's values.
fn stored(current: &GuestForm) -> FormState {
    let mut values = HashMap::new();
    for answer in &current.answers {
        if let Some(rating) = answer.rating {
            values.insert(rating_field(answer.submission_id), rating.to_string());
        }
        if let Some(comment) = &answer.comment {
            values.insert(comment_field(answer.submission_id), comment.clone());
        }
    }
    values.insert("takeaway".into(), current.form.takeaway.clone().unwrap_or_default());
    values.insert("come_again".into(), current.form.come_again.map(|c| c.as_str().to_string()).unwrap_or_default());
    FormState::new(values)
}

/// (value, message) of each radio button.
const RATINGS: [(&str, &str); 6] = [
    ("5", "guest-feedback-rating-5"),
    ("4", "guest-feedback-rating-4"),
    ("3", "guest-feedback-rating-3"),
    ("2", "guest-feedback-rating-2"),
    ("1", "guest-feedback-rating-1"),
    ("", "guest-feedback-rating-none"),
];
const COME_AGAIN: [(&str, &str); 3] =
    [("yes", "guest-feedback-yes"), ("maybe", "guest-feedback-maybe"), ("no", "guest-feedback-no")];

/// Radio buttons for `field`, the posted or stored value checked (labels are message keys).
fn choices(form: &FormState, field: &str, options: &[(&'static str, &'static str)]) -> Vec<views::Choice> {
    let current = form.v(field).trim();
    options.iter().map(|&(value, label)| views::Choice { value, label, checked: current == value }).collect()
}

/// The language of a guest's form: their choice on this page, else the language of the page
/// they booked on (their email's), else the night's chapter's.
fn lang_of(current: &GuestForm, choice: Choice) -> Lang {
    choice.explicit.unwrap_or(current.lang)
}

/// When the form closes, in the night's zone and `lang`.
fn feedback_page(
    token: &str,
    current: &GuestForm,
    lang: Lang,
    form: FormState,
    notice: Option<String>,
) -> FeedbackPage {
    FeedbackPage {
        lang,
        token: token.to_string(),
        chapter_name: current.event.chapter_name.clone(),
        report_url: crate::conduct::report_url(&current.event.chapter_slug, Some(current.event.id)),
        title: current.event.title.clone(),
        date: lang.date(current.event.starts_utc(), current.event.tz()),
        talks: current
            .talks
            .iter()
            .map(|t| FeedbackTalk {
                title: t.title.clone(),
                speaker: t.speaker.clone(),
                ratings: choices(&form, &rating_field(t.submission_id), &RATINGS),
                rating: rating_field(t.submission_id),
                comment: comment_field(t.submission_id),
            })
            .collect(),
        come_again: choices(&form, "come_again", &COME_AGAIN),
        form,
        open: current.open,
        answered: current.form.answered_at.is_some(),
        closes: current.closes_text(lang),
        notice,
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Saved {
    #[serde(default)]
    saved: Option<String>,
}

/// `GET /f/{token}`: the form with the answers given so far (or, once it closed, why not).
pub async fn page(
    State(state): State<AppState>,
    choice: Choice,
    Path(token): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<FeedbackPage, PageError> {
    let current = service::form(&state, &token).await?;
    let lang = lang_of(&current, choice);
    let notice = if !current.open {
        Some(lang.f1("guest-feedback-closed", "closes", current.closes_text(lang)))
    } else if saved.saved.is_some() {
        Some(lang.f1("guest-feedback-saved", "closes", current.closes_text(lang)))
    } else {
        None
    };
    Ok(feedback_page(&token, &current, lang, stored(&current), notice))
}

/// `POST /f/{token}`: saves the answers and shows the thank-you state (303), or the form again
/// as typed with the errors (422), or why it closed (409).
pub async fn respond(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    crate::ratelimit::per_client(&state, crate::ratelimit::PUBLIC_WRITE_PER_IP, client).await?;
    match service::respond(&state, &token, &fields).await.map_err(AppError::from) {
        Ok(_) => Ok(Redirect::to(&format!("/f/{token}?saved=1")).into_response()),
        Err(AppError::Invalid(errors)) => {
            let current = service::form(&state, &token).await?;
            let mut form = FormState::new(fields.into_iter().collect());
            form.errors = errors;
            let lang = lang_of(&current, choice);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, feedback_page(&token, &current, lang, form, None)).into_response())
        }
        Err(AppError::Conflict(_, reason)) => {
            let current = service::form(&state, &token).await?;
            let lang = lang_of(&current, choice);
            let page = feedback_page(&token, &current, lang, stored(&current), Some(reason.in_lang(lang)));
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}
