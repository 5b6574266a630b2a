//! The night itself and after it, for hosts: driving the stage, moderating the audience's
//! questions and the guests' feedback comments, drafting a speaker's recap for them to approve.
//! Each is the pages' operation under the same permission.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use failnight_app::{
    Operation,
    services::{Actor, feedback as feedback_services, lessons as lesson_services, stage as stage_services},
};
use failnight_feedback::responses::CommentStatus;
use failnight_stage::{program::Control, questions::Status as QuestionStatus};
use failnight_submissions::lessons::{RecapInput, Topic};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{ApiJson, doc, parse_id, scheduling::hosted_event};
use crate::{
    AppState,
    auth::ApiHost,
    error::{AppError, ErrorBody},
};

doc::words! {
    /// A stage action: `start`, `pause`, `resume`, `next_slide`, `previous_slide`,
    /// `next_segment`, `previous_segment`, `add_time` (30 s more) or `skip_to_qa`.
    pub StageAction => Control::ALL.map(|c| c.as_str())
}

#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct StageBody {
    #[schema(required = true, value_type = StageAction)]
    pub action: String,
}

/// Where the stage is after an action.
#[derive(Debug, Serialize, ToSchema)]
pub struct StageOut {
    /// Grows by one with every action: two hosts pressing at once move the stage once.
    pub version: i64,
    pub started: bool,
    pub paused: bool,
    /// The segment showing, from 0 (the program's order: talks, their Q&As, breaks).
    pub segment: i64,
    /// The slide showing in a talk, from 0.
    pub slide: i64,
    /// Time left on the slide or in the segment; negative: overtime; `null`: untimed.
    pub remaining_ms: Option<i64>,
}

/// Drive the night on stage, as the phone control does.
#[utoipa::path(post, operation_id = Operation::ControlStage.id(), path = "/api/v1/events/{id}/stage", params(("id" = i64, Path)), request_body = StageBody,
    responses((status = 200, body = StageOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn control_stage(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<StageBody>,
) -> Result<Json<StageOut>, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::ControlStage).await?;
    let control =
        Control::parse(&body.action).ok_or_else(|| failnight_core::Invalid::field("action", "error-stage-action"))?;
    let stage = stage_services::control(&state, Actor::Host(host.host_id), event.id, control).await?;
    let position = stage.position();
    Ok(Json(StageOut {
        version: stage.state.version,
        started: position.started,
        paused: position.paused,
        segment: position.segment as i64,
        slide: position.slide,
        remaining_ms: position.remaining_ms,
    }))
}

doc::words! {
    /// What becomes of a question: `approved` (on the projector during its speaker's Q&A),
    /// `hidden`, `answered`, or back to `pending`.
    pub QuestionStatusName => QuestionStatus::ALL.map(|s| s.as_str())
}

#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct QuestionBody {
    #[schema(required = true, value_type = QuestionStatusName)]
    pub status: String,
}

/// Moderate an audience's question: nothing reaches a screen before a host approves it.
#[utoipa::path(post, operation_id = Operation::ModerateQuestions.id(), path = "/api/v1/events/{id}/questions/{question}",
    params(("id" = i64, Path), ("question" = i64, Path)), request_body = QuestionBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn moderate_question(
    State(state): State<AppState>,
    host: ApiHost,
    Path((id, question)): Path<(String, String)>,
    ApiJson(body): ApiJson<QuestionBody>,
) -> Result<StatusCode, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::ModerateQuestions).await?;
    let question = parse_id(&question).map_err(|_| AppError::NotFound("error-no-question".into()))?;
    let status = QuestionStatus::parse(&body.status)
        .ok_or_else(|| failnight_core::Invalid::field("status", "error-question-status"))?;
    stage_services::moderate(&state, Actor::Host(host.host_id), event.id, question, status).await?;
    Ok(StatusCode::NO_CONTENT)
}

doc::words! {
    /// A host's decision on a feedback comment: `released` (its speaker may read it) or
    /// `hidden` (its speaker never will).
    pub CommentDecision => ["released", "hidden"]
}

#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct CommentBody {
    #[schema(required = true, value_type = CommentDecision)]
    pub status: String,
    /// The version of the comment read (its text may have changed since: then 409).
    #[schema(required = true, minimum = 0, maximum = 9_007_199_254_740_991_i64)]
    pub version: i64,
}

/// Release a guest's comment to its speaker, or hide it from them, on the version read.
#[utoipa::path(post, operation_id = Operation::ModerateFeedback.id(), path = "/api/v1/events/{id}/feedback/comments/{comment}",
    params(("id" = i64, Path), ("comment" = i64, Path)), request_body = CommentBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn moderate_comment(
    State(state): State<AppState>,
    host: ApiHost,
    Path((id, comment)): Path<(String, String)>,
    ApiJson(body): ApiJson<CommentBody>,
) -> Result<StatusCode, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::ModerateFeedback).await?;
    let comment = parse_id(&comment).map_err(|_| AppError::NotFound("error-no-comment".into()))?;
    let status = match body.status.as_str() {
        "released" => CommentStatus::Released,
        "hidden" => CommentStatus::Hidden,
        _ => return Err(failnight_core::Invalid::field("status", "error-comment-status").into()),
    };
    feedback_services::moderate(&state, Actor::Host(host.host_id), &event, comment, body.version, status).await?;
    Ok(StatusCode::NO_CONTENT)
}

doc::words! {
    /// A cause of failure a lesson is filed under.
    pub TopicName => Topic::ALL.map(|t| t.as_str())
}

/// A recap drafted by a host, for the speaker to read, change and publish (never published by
/// a host).
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct RecapBody {
    /// The lesson in one sentence.
    #[schema(required = true, format = "line", max_length = 200, example = "Always check references")]
    pub lesson: String,
    #[schema(format = "text", max_length = 4000)]
    pub happened: String,
    #[schema(format = "text", max_length = 4000)]
    pub differently: String,
    #[schema(required = true, min_items = 1, max_items = 3, value_type = Vec<TopicName>)]
    pub topics: Vec<String>,
    /// A two-letter language code; empty: the default.
    #[schema(pattern = r"^([a-z]{2})?$")]
    pub language: String,
}

/// Draft the recap of a talk after its night, for its speaker to approve: only while there is
/// no recap, or only a host's draft (never over the speaker's words).
#[utoipa::path(post, operation_id = Operation::DraftLesson.id(), path = "/api/v1/stories/{id}/recap", params(("id" = i64, Path)), request_body = RecapBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn draft_recap(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<RecapBody>,
) -> Result<StatusCode, AppError> {
    let (story, chapter) = super::stories::hosted_story(&state, &host, &id, Operation::DraftLesson).await?;
    let input = RecapInput {
        lesson: body.lesson,
        happened: body.happened,
        differently: body.differently,
        topics: body.topics,
        language: body.language,
    };
    lesson_services::draft(&state, Actor::Host(host.host_id), &chapter, &story, &input).await?;
    Ok(StatusCode::NO_CONTENT)
}
