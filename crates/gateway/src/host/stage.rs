//! The hosts' stage: the projector view (full screen, 1920×1080; keys: space pauses or
//! resumes, arrows step, F goes full screen) and the phone control with big buttons and the
//! moderation of the audience's questions. Both render where the night is now, then follow
//! the live stream (`crate::stage::stream`); the control's buttons are plain forms.

use std::collections::HashMap;

use axum::{
    Form,
    extract::{Path, Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use failnight_app::services::{Actor, stage as service};
use failnight_stage::{Control, Kind, questions::Status};

use super::{
    chapter::nav,
    nights::chapter_event,
    views::{ControlPage, ModerationRow, ProjectorPage, ProjectorSegment},
};
use crate::{
    AppState,
    auth::ChapterAccess,
    error::{AppError, PageError},
    stage::{Viewer, from_script, kind_key, slide_url, speaker_name, stream},
};

fn stage_url(access: &ChapterAccess, event_id: i64) -> String {
    format!("/host/c/{}/events/{event_id}/stage", access.chapter.slug)
}

/// `m:ss`, with a minus when over time.
pub fn clock_text(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "" };
    let secs = (ms.abs() + 999) / 1000;
    format!("{sign}{}:{:02}", secs / 60, secs % 60)
}

/// `GET …/events/{id}/stage`: the projector.
pub async fn projector(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<ProjectorPage, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let lang = access.lang();
    let stage = service::stage(&state, &event).await?;
    let questions = service::questions(&state, event.id).await?;
    let position = stage.position();
    let qa_talk = stage.qa_talk().map(|t| t.submission_id);
    let segments = stage
        .program
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let talk = s.talk.and_then(|t| stage.program.talks.get(t));
            ProjectorSegment {
                index: i,
                kind: match s.kind {
                    Kind::Opening => "opening",
                    Kind::Title => "title",
                    Kind::Slides => "slides",
                    Kind::Qa => "qa",
                    Kind::Break => "break",
                    Kind::Closing => "closing",
                },
                number: s.talk.map(|t| t + 1).unwrap_or(0),
                title: talk.map(|t| t.title.clone()).unwrap_or_default(),
                speaker: talk.map(|t| speaker_name(&t.speaker, lang)).unwrap_or_default(),
                slides: talk
                    .map(|t| t.deck.iter().map(|h| slide_url(&access.chapter.slug, h)).collect())
                    .unwrap_or_default(),
                current: i == position.segment,
            }
        })
        .collect();
    let live_url = format!("{}/e/{}/live", state.base_url(), event.id);
    Ok(ProjectorPage {
        lang,
        slug: access.chapter.slug.clone(),
        id: event.id,
        title: event.title.clone(),
        started: position.started,
        slide: position.slide,
        clock: position.remaining_ms.map(clock_text).unwrap_or_default(),
        segments,
        questions: crate::stage::visible(&Viewer::Host { slug: String::new() }, &questions)
            .filter(|q| Some(q.submission_id) == qa_talk)
            .map(|q| (q.text.clone(), q.name.clone(), q.votes))
            .collect(),
        qr: crate::qr::svg(&live_url, 220),
        live_url,
    })
}

async fn control_page(
    state: &AppState,
    access: &ChapterAccess,
    id: &str,
    problem: Option<String>,
) -> Result<ControlPage, AppError> {
    let event = chapter_event(state, access, id).await?;
    let lang = access.lang();
    let stage = service::stage(state, &event).await?;
    let position = stage.position();
    let segment = &stage.program.segments[position.segment];
    let talk = segment.talk.and_then(|t| stage.program.talks.get(t));
    let mut questions: Vec<ModerationRow> = service::questions(state, event.id)
        .await?
        .into_iter()
        .map(|q| {
            let talk = stage.program.talks.iter().find(|t| t.submission_id == q.submission_id);
            ModerationRow {
                id: q.id,
                text: q.text,
                name: q.name,
                votes: q.votes,
                status: q.status.as_str(),
                talk: talk.map(|t| t.title.clone()).unwrap_or_default(),
                on_stage: talk.is_some_and(|t| Some(t) == stage.asking_talk()),
            }
        })
        .collect();
    let pending = questions.iter().filter(|q| q.status == "pending").count();
    let mut approved: Vec<i64> = questions.iter().filter(|q| q.status == "approved").map(|q| q.id).collect();
    approved.sort_unstable();
    let approved: Vec<String> = approved.iter().map(i64::to_string).collect();
    let shows = format!("{}|{pending}:{}", stage.state.version, approved.join(","));
    // The talk on stage first, then waiting ones, then most votes.
    questions.sort_by_key(|q| (!q.on_stage, q.status != "pending", -q.votes));
    Ok(ControlPage {
        lang,
        nav: nav(access, "events"),
        id: event.id,
        title: event.title.clone(),
        started: position.started,
        paused: position.paused,
        now: kind_key(segment.kind),
        talk: talk.map(|t| {
            lang.f2("stage-control-talk", "title", t.title.as_str(), "speaker", speaker_name(&t.speaker, lang))
        }),
        slide: (segment.kind == Kind::Slides && !talk.is_some_and(|t| t.deck.is_empty()))
            .then(|| lang.f2("stage-control-slide", "number", position.slide + 1, "total", segment.slides)),
        clock: position.remaining_ms.map(clock_text),
        in_talk: matches!(segment.kind, Kind::Title | Kind::Slides),
        in_slides: segment.kind == Kind::Slides,
        problem,
        questions,
        shows,
    })
}

/// `GET …/events/{id}/stage/control`: the phone control.
pub async fn control(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<ControlPage, PageError> {
    let problem = query.get("problem").cloned();
    Ok(control_page(&state, &access, &id, problem).await?)
}

/// `POST …/events/{id}/stage/control` (`action=next_slide`, …): answers the control page
/// again (303), or 204 to our script; a refusal is the page with the reason (409).
pub async fn act(
    State(state): State<AppState>,
    access: ChapterAccess,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let control = form
        .get("action")
        .and_then(|a| Control::parse(a))
        .ok_or_else(|| AppError::BadRequest("bad_action", "error-stage-action".into()))?;
    match service::control(&state, Actor::Host(access.host_id()), event.id, control).await.map_err(AppError::from) {
        Ok(_) if from_script(&headers) => Ok(StatusCode::NO_CONTENT.into_response()),
        Ok(_) => Ok(Redirect::to(&format!("{}/control", stage_url(&access, event.id))).into_response()),
        Err(AppError::Conflict(_, reason)) if from_script(&headers) => {
            Ok((StatusCode::CONFLICT, reason.in_lang(access.lang())).into_response())
        }
        Err(AppError::Conflict(_, reason)) => {
            Ok((StatusCode::CONFLICT, control_page(&state, &access, &id, Some(reason.in_lang(access.lang()))).await?)
                .into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/events/{id}/stage/questions/{question}` (`status=approved|hidden|answered|pending`).
pub async fn moderate(
    State(state): State<AppState>,
    access: ChapterAccess,
    headers: HeaderMap,
    Path((_, id, question)): Path<(String, String, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let question: i64 = question.parse().map_err(|_| AppError::NotFound("error-no-question".into()))?;
    let status = form
        .get("status")
        .and_then(|s| Status::parse(s))
        .ok_or_else(|| AppError::BadRequest("bad_status", "error-question-status".into()))?;
    service::moderate(&state, Actor::Host(access.host_id()), event.id, question, status).await?;
    if from_script(&headers) {
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    Ok(Redirect::to(&format!("{}/control#questions", stage_url(&access, event.id))).into_response())
}

/// `GET …/events/{id}/stage/live`: the hosts' live stream (approved questions only: what the
/// projector may show; the control reloads its list when questions change).
pub async fn events(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    Ok(stream(&state, event.id, Viewer::Host { slug: access.chapter.slug.clone() }))
}

#[cfg(test)]
mod tests {
    use super::clock_text;

    #[test]
    fn clocks_read_as_minutes_and_seconds() {
        assert_eq!(clock_text(400_000), "6:40");
        assert_eq!(clock_text(39_001), "0:40");
        assert_eq!(clock_text(1), "0:01");
        assert_eq!(clock_text(0), "0:00");
        assert_eq!(clock_text(-61_000), "-1:01");
    }
}
