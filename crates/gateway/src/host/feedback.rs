//! A night's feedback for its hosts: the figures per night and per talk, the takeaways, and
//! every comment to a speaker, each released to them or hidden from them by a host (the
//! speaker reads nothing a host has not released). No guest's name is ever shown.

use std::collections::HashMap;

use axum::{
    Form,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use failnight_app::services::{
    Actor,
    feedback::{self as service, Summary},
};
use failnight_core::Lang;
use failnight_feedback::CommentStatus;
use failnight_scheduling::EventDetails;

use super::{
    chapter::nav,
    nights::chapter_event,
    views::{FeedbackCommentRow, FeedbackPage, FeedbackTalkRow},
};
use crate::{
    AppState,
    auth::ChapterAccess,
    error::{AppError, PageError},
};

fn feedback_url(access: &ChapterAccess, event_id: i64) -> String {
    format!("/host/c/{}/events/{event_id}/feedback", access.chapter.slug)
}

fn average(average: Option<f64>) -> String {
    average.map_or_else(|| "–".to_string(), |a| format!("{a:.1}"))
}

/// The night's feedback in a sentence, in `lang` (the night page's line and the feedback
/// page's first); `None` before any guest was asked.
pub fn summary_line(summary: &Summary, lang: Lang) -> Option<String> {
    let totals = &summary.totals;
    if totals.asked == 0 {
        return None;
    }
    let rate = summary
        .response_rate()
        .map(|r| lang.f1("host-feedback-summary-rate", "percent", lang.number((r * 100.0).round() as i64)))
        .unwrap_or_default();
    let mut line =
        lang.f3("host-feedback-summary", "responses", totals.responses, "checked_in", summary.checked_in, "rate", rate);
    line.push_str(&lang.f3(
        "host-feedback-summary-again",
        "yes",
        totals.again_yes,
        "maybe",
        totals.again_maybe,
        "no",
        totals.again_no,
    ));
    if summary.pending > 0 {
        line.push_str(&lang.f1("host-feedback-summary-unread", "count", summary.pending));
    }
    line.push_str(&lang.t("host-feedback-summary-end"));
    Some(line)
}

async fn feedback_page(
    state: &AppState,
    access: &ChapterAccess,
    event: &EventDetails,
    notice: Option<String>,
) -> Result<FeedbackPage, AppError> {
    let overview = service::overview(state, event).await?;
    let lang = access.lang();
    let schedule = lang.f2(
        "host-feedback-schedule",
        "asked",
        lang.date_time(overview.morning_after, event.tz()),
        "closes",
        lang.date_time(overview.closes_at.to_utc(), event.tz()),
    );
    Ok(FeedbackPage {
        lang,
        nav: nav(access, "events"),
        id: event.id,
        title: event.title.clone(),
        summary: summary_line(&overview.summary, lang).unwrap_or_else(|| lang.t("host-feedback-nobody-asked")),
        schedule,
        talks: overview
            .talks
            .iter()
            .map(|t| FeedbackTalkRow {
                title: t.talk.title.clone(),
                speaker: t.talk.speaker.clone(),
                ratings: t.totals.ratings,
                average: average(t.totals.average()),
                comments: t.totals.comments,
                unread: t.totals.pending,
            })
            .collect(),
        comments: overview
            .comments
            .into_iter()
            .map(|c| FeedbackCommentRow {
                id: c.answer.id,
                version: c.answer.comment_version,
                talk: c.talk.title,
                text: c.answer.comment.unwrap_or_default(),
                status: c.answer.comment_status.unwrap_or(CommentStatus::Pending).as_str(),
            })
            .collect(),
        takeaways: overview.takeaways,
        notice,
    })
}

/// `GET …/events/{id}/feedback`.
pub async fn page(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<FeedbackPage, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let lang = access.lang();
    let notice = match query.get("done").map(String::as_str) {
        Some("released") => Some(lang.t("host-feedback-released")),
        Some("hidden") => Some(lang.t("host-feedback-hidden")),
        _ => None,
    };
    Ok(feedback_page(&state, &access, &event, notice).await?)
}

/// `POST …/events/{id}/feedback/comments/{comment}` (`status=released|hidden`, `version`: the
/// comment as the host read it). A comment the guest changed since is refused (409) with the
/// page showing its new text.
pub async fn moderate(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id, comment)): Path<(String, String, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let comment: i64 = comment.parse().map_err(|_| AppError::NotFound("error-no-comment".into()))?;
    let status = match form.get("status").map(String::as_str) {
        Some("released") => CommentStatus::Released,
        Some("hidden") => CommentStatus::Hidden,
        _ => return Err(AppError::BadRequest("bad_status", "error-comment-status".into()).into()),
    };
    let version: i64 = form
        .get("version")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| AppError::BadRequest("bad_version", "error-comment-version".into()))?;
    let actor = Actor::Host(access.host_id());
    match service::moderate(&state, actor, &event, comment, version, status).await.map_err(AppError::from) {
        Ok(_) => {
            Ok(Redirect::to(&format!("{}?done={}", feedback_url(&access, event.id), status.as_str())).into_response())
        }
        Err(AppError::Conflict(_, reason)) => {
            let page = feedback_page(&state, &access, &event, Some(reason.in_lang(access.lang()))).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}
