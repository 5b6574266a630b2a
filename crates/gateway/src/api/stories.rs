//! The call for stories for hosts: the review queue (as the pages show it: identities hidden
//! under blind review, the others' scores only after one's own), a review, a decision, purging
//! a story, and a night's lineup. Stories are personal: these answers go to the chapter's
//! hosts only, and nothing here is logged.

use std::collections::HashMap;

use axum::{
    Json,
    extract::{Path, Query, State},
    http::StatusCode,
};
use failnight_app::{
    Operation,
    services::{Actor, stories as story_services},
};
use failnight_scheduling::Chapter;
use failnight_submissions::{
    Submission, lineup, reviews, settings,
    stories::{self, Action, State as StoryState},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    ApiJson, doc, parse_id,
    scheduling::{hosted_chapter, hosted_chapter_of, hosted_event},
};
use crate::{
    AppState,
    auth::ApiHost,
    error::{AppError, ErrorBody},
    host::stories::shown,
};

doc::words! {
    /// A story's state: `submitted`, `waitlisted` (both undecided), `accepted` (waiting for
    /// the speaker), `confirmed`, `rejected`, `declined` or `withdrawn`.
    pub StoryStateName => StoryState::ALL.map(|s| s.as_str())
}

/// A story as a reviewer sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct StoryOut {
    pub id: i64,
    #[schema(value_type = StoryStateName)]
    pub state: String,
    /// Under blind review, while undecided: "Speaker #12", and no address.
    pub speaker: String,
    pub email: Option<String>,
    pub title: String,
    pub teaser: String,
    pub project: String,
    pub what_went_wrong: String,
    pub learned: String,
    pub differently: String,
    pub content_notes: String,
    /// `YYYY-MM`s the speaker can come; empty: any month.
    pub preferred_months: String,
    /// Blind review hides who it is (and words of the texts that would tell).
    pub blind: bool,
    pub reviews: i64,
    /// The hosts' mean score: only once the caller reviewed it (or it is decided).
    pub mean_score: Option<f64>,
    /// The night it is placed in, if any.
    pub night_id: Option<i64>,
}

fn story_out(story: &Submission, blind_review: bool, summary: Option<reviews::Summary>) -> StoryOut {
    let view = shown(story, blind_review, failnight_core::Lang::En);
    StoryOut {
        id: story.id,
        state: story.state().as_str().to_string(),
        speaker: view.speaker,
        email: (!view.blind).then_some(view.email),
        title: view.title,
        teaser: view.teaser,
        project: view.project,
        what_went_wrong: view.wrong,
        learned: view.learned,
        differently: view.differently,
        content_notes: view.content_notes,
        preferred_months: story.preferred_months.clone(),
        blind: view.blind,
        reviews: summary.map_or(0, |s| s.reviews),
        mean_score: summary.filter(|s| s.mine || !story.state().is_undecided()).map(|s| s.mean),
        night_id: story.event_id,
    }
}

/// The review queue, newest first: `?state=` and `?month=` (`YYYY-MM`) filter it.
#[utoipa::path(get, operation_id = Operation::ViewStories.id(), path = "/api/v1/chapters/{slug}/stories",
    params(("slug" = String, Path), ("state" = Option<StoryStateName>, Query), ("month" = Option<String>, Query, pattern = r"^[0-9]{4}-[0-9]{2}$")),
    responses((status = 200, body = Vec<StoryOut>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn list_stories(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Vec<StoryOut>>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ViewStories).await?;
    let filter = match query.get("state") {
        None => None,
        Some(text) => Some(
            StoryState::parse(text).ok_or_else(|| failnight_core::Invalid::field("state", "error-stories-state"))?,
        ),
    };
    let month = query.get("month");
    if month.is_some_and(|m| !stories::is_month(m)) {
        return Err(failnight_core::Invalid::field("month", "error-stories-month").into());
    }
    let blind = settings::get(&state.db, chapter.id).await?.blind_review;
    let summary = reviews::summary(&state.db, chapter.id, host.host_id).await?;
    let list = stories::list(&state.db, chapter.id, filter, month.map(String::as_str)).await?;
    Ok(Json(list.iter().map(|s| story_out(s, blind, summary.get(&s.id).copied())).collect()))
}

/// Story `id` and its chapter, if the caller's role there allows `operation`.
pub(super) async fn hosted_story(
    state: &AppState,
    host: &ApiHost,
    id: &str,
    operation: Operation,
) -> Result<(Submission, Chapter), AppError> {
    let story = stories::get(&state.db, parse_id(id)?).await?.ok_or(AppError::NotFound("error-no-story".into()))?;
    let chapter = hosted_chapter_of(state, host, story.chapter_id, operation, "error-no-story").await?;
    Ok((story, chapter))
}

/// A host's review.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct ReviewBody {
    #[schema(required = true, minimum = 1, maximum = 5)]
    pub score: i64,
    #[schema(format = "text", max_length = 3000)]
    pub comment: String,
}

/// Score and comment an undecided story (again: it replaces the caller's review).
#[utoipa::path(put, operation_id = Operation::ReviewStory.id(), path = "/api/v1/stories/{id}/review", params(("id" = i64, Path)), request_body = ReviewBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn review_story(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ReviewBody>,
) -> Result<StatusCode, AppError> {
    let (story, _) = hosted_story(&state, &host, &id, Operation::ReviewStory).await?;
    story_services::review(&state, host.host_id, &story, &body.score.to_string(), &body.comment).await?;
    Ok(StatusCode::NO_CONTENT)
}

doc::words! {
    /// A host's decision: `accept` (the speaker is asked to confirm), `reject`, or `waitlist`.
    pub Decision => ["accept", "reject", "waitlist"]
}

#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct DecisionBody {
    #[schema(required = true, value_type = Decision)]
    pub decision: String,
}

/// Decide a story; the speaker gets the chapter's text for the decision by email.
#[utoipa::path(post, operation_id = Operation::DecideStory.id(), path = "/api/v1/stories/{id}/decision", params(("id" = i64, Path)), request_body = DecisionBody,
    responses((status = 200, body = StoryOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn decide_story(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DecisionBody>,
) -> Result<Json<StoryOut>, AppError> {
    let (story, chapter) = hosted_story(&state, &host, &id, Operation::DecideStory).await?;
    let action = match body.decision.as_str() {
        "accept" => Action::Accept,
        "reject" => Action::Reject,
        "waitlist" => Action::Waitlist,
        _ => return Err(failnight_core::Invalid::field("decision", "error-story-decision").into()),
    };
    let decided = story_services::decide(&state, Actor::Host(host.host_id), &chapter, &story, action).await?;
    let blind = settings::get(&state.db, chapter.id).await?.blind_review;
    let summary = reviews::summary(&state.db, chapter.id, host.host_id).await?;
    Ok(Json(story_out(&decided, blind, summary.get(&decided.id).copied())))
}

/// Delete an undecided, rejected, declined or withdrawn story (spam, or data not worth
/// keeping), with its reviews and emails. Accepted and confirmed talks cannot be purged.
#[utoipa::path(delete, operation_id = Operation::PurgeStory.id(), path = "/api/v1/stories/{id}", params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn purge_story(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    let (story, chapter) = hosted_story(&state, &host, &id, Operation::PurgeStory).await?;
    story_services::purge(&state, Actor::Host(host.host_id), &chapter, &story).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A talk in a night's lineup.
#[derive(Debug, Serialize, ToSchema)]
pub struct LineupTalk {
    pub story_id: i64,
    pub title: String,
    pub speaker: String,
    /// The name the public sees ("Anonymous speaker" for an anonymous one).
    pub public_name: String,
}

/// A night's lineup, in order.
#[utoipa::path(get, operation_id = Operation::ViewLineup.id(), path = "/api/v1/events/{id}/lineup", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<LineupTalk>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn get_lineup(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
) -> Result<Json<Vec<LineupTalk>>, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::ViewLineup).await?;
    let talks = lineup::placed(&state.db, event.id).await?;
    Ok(Json(
        talks
            .iter()
            .map(|t| LineupTalk {
                story_id: t.id,
                title: t.title.clone(),
                speaker: t.name.clone(),
                public_name: t.public_label().to_string(),
            })
            .collect(),
    ))
}

doc::words! {
    /// What to do with a confirmed talk: `add` it last, `remove` it, move it `up` or `down`.
    pub LineupOp => ["add", "remove", "up", "down"]
}

#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct LineupChange {
    #[schema(required = true, value_type = LineupOp)]
    pub op: String,
    /// A confirmed talk of the night's chapter.
    #[schema(required = true, minimum = 1, maximum = 9_007_199_254_740_991_i64)]
    pub story_id: i64,
}

/// Change a night's lineup: a placed speaker gets the invite with their call time, a removed
/// one a cancellation.
#[utoipa::path(post, operation_id = Operation::UpdateLineup.id(), path = "/api/v1/events/{id}/lineup", params(("id" = i64, Path)), request_body = LineupChange,
    responses((status = 200, body = Vec<LineupTalk>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn change_lineup(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<LineupChange>,
) -> Result<Json<Vec<LineupTalk>>, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::UpdateLineup).await?;
    let story = stories::get(&state.db, body.story_id)
        .await?
        .filter(|s| s.chapter_id == event.chapter_id)
        .ok_or_else(|| failnight_core::Invalid::field("story_id", "error-lineup-action"))?;
    let chapter = failnight_scheduling::chapters::by_id(&state.db, event.chapter_id)
        .await?
        .ok_or(AppError::NotFound("error-no-night".into()))?;
    let actor = Actor::Host(host.host_id);
    match body.op.as_str() {
        "add" => story_services::place(&state, actor, &chapter, &story, event.id).await?,
        "remove" => story_services::unplace(&state, actor, &chapter, &story, event.id).await?,
        "up" => story_services::shift(&state, actor, &story, event.id, true).await?,
        "down" => story_services::shift(&state, actor, &story, event.id, false).await?,
        _ => return Err(failnight_core::Invalid::field("op", "error-lineup-action").into()),
    }
    get_lineup(State(state), host, Path(id)).await
}

/// The call for stories' settings.
#[derive(Debug, Serialize, ToSchema)]
pub struct CallSettings {
    pub call_open: bool,
    /// A few words on the call page (what the chapter looks for).
    pub call_text: String,
    /// Reviewers see no name, address or identifying words of undecided stories.
    pub blind_review: bool,
    /// Days after acceptance before an unconfirmed speaker is reminded (hosts are told after
    /// twice as long).
    pub confirm_reminder_days: i64,
    /// Months after the decision before rejected, declined and withdrawn stories are deleted.
    pub retention_months: i64,
    /// Minutes before doors a speaker is asked to arrive.
    pub call_minutes: i64,
    pub talk_minutes: i64,
    pub qa_minutes: i64,
    pub slides_per_talk: i64,
    pub seconds_per_slide: i64,
    /// The emails of each decision; `{name}`, `{title}`, `{link}` and `{chapter}` are filled in.
    pub accept_text: String,
    pub reject_text: String,
    pub waitlist_text: String,
}

impl From<failnight_submissions::StorySettings> for CallSettings {
    fn from(s: failnight_submissions::StorySettings) -> Self {
        CallSettings {
            call_open: s.call_open,
            call_text: s.call_text,
            blind_review: s.blind_review,
            confirm_reminder_days: s.confirm_reminder_days,
            retention_months: s.retention_months,
            call_minutes: s.call_minutes,
            talk_minutes: s.talk_minutes,
            qa_minutes: s.qa_minutes,
            slides_per_talk: s.slides_per_talk,
            seconds_per_slide: s.seconds_per_slide,
            accept_text: s.accept_text,
            reject_text: s.reject_text,
            waitlist_text: s.waitlist_text,
        }
    }
}

/// The call for stories' settings.
#[utoipa::path(get, operation_id = Operation::ViewCallSettings.id(), path = "/api/v1/chapters/{slug}/call", params(("slug" = String, Path)),
    responses((status = 200, body = CallSettings), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn get_call_settings(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<Json<CallSettings>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ViewCallSettings).await?;
    Ok(Json(settings::get(&state.db, chapter.id).await?.into()))
}

/// The settings to change; fields left out keep their value.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct CallPatch {
    pub call_open: Option<bool>,
    #[schema(format = "text", max_length = 3000)]
    pub call_text: Option<String>,
    pub blind_review: Option<bool>,
    #[schema(minimum = 1, maximum = 60)]
    pub confirm_reminder_days: Option<i64>,
    #[schema(minimum = 1, maximum = 60)]
    pub retention_months: Option<i64>,
    #[schema(minimum = 0, maximum = 240)]
    pub call_minutes: Option<i64>,
    #[schema(minimum = 1, maximum = 60)]
    pub talk_minutes: Option<i64>,
    #[schema(minimum = 0, maximum = 60)]
    pub qa_minutes: Option<i64>,
    #[schema(minimum = 1, maximum = 40)]
    pub slides_per_talk: Option<i64>,
    #[schema(minimum = 5, maximum = 300)]
    pub seconds_per_slide: Option<i64>,
    #[schema(format = "text", max_length = 5000)]
    pub accept_text: Option<String>,
    #[schema(format = "text", max_length = 5000)]
    pub reject_text: Option<String>,
    #[schema(format = "text", max_length = 5000)]
    pub waitlist_text: Option<String>,
}

/// Open or close the call, and change how stories are reviewed, how talks are timed and what
/// speakers are told.
#[utoipa::path(patch, operation_id = Operation::UpdateCallSettings.id(), path = "/api/v1/chapters/{slug}/call", params(("slug" = String, Path)), request_body = CallPatch,
    responses((status = 200, body = CallSettings), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn update_call_settings(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<CallPatch>,
) -> Result<Json<CallSettings>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::UpdateCallSettings).await?;
    let mut input = settings::SettingsInput::of(&settings::get(&state.db, chapter.id).await?);
    let number = |n: Option<i64>, current: String| n.map_or(current, |n| n.to_string());
    input.call_open = body.call_open.unwrap_or(input.call_open);
    input.call_text = body.call_text.unwrap_or(input.call_text);
    input.blind_review = body.blind_review.unwrap_or(input.blind_review);
    input.confirm_reminder_days = number(body.confirm_reminder_days, input.confirm_reminder_days);
    input.retention_months = number(body.retention_months, input.retention_months);
    input.call_minutes = number(body.call_minutes, input.call_minutes);
    input.talk_minutes = number(body.talk_minutes, input.talk_minutes);
    input.qa_minutes = number(body.qa_minutes, input.qa_minutes);
    input.slides_per_talk = number(body.slides_per_talk, input.slides_per_talk);
    input.seconds_per_slide = number(body.seconds_per_slide, input.seconds_per_slide);
    input.accept_text = body.accept_text.unwrap_or(input.accept_text);
    input.reject_text = body.reject_text.unwrap_or(input.reject_text);
    input.waitlist_text = body.waitlist_text.unwrap_or(input.waitlist_text);
    let saved = story_services::save_settings(&state, Actor::Host(host.host_id), &chapter, &input).await?;
    Ok(Json(saved.into()))
}
