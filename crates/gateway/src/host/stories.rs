//! The call for stories in the host pages: the review queue (filters by state and preferred
//! month, scores and comments, each host's own score first, blind review), decisions, purging,
//! the call's settings and a night's lineup with its run-of-show.
//!
//! In blind review, an undecided story is shown through `submissions::blind`: no name, stage
//! name or email, and identifying words of its texts hidden, on every page a reviewer sees.

use std::collections::HashMap;

use axum::{
    Form,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
};
use failnight_core::Lang;
use failnight_scheduling::{EventDetails, display};
use failnight_submissions::{
    Action, Appearance, State as StoryState, Submission,
    blind::Redactor,
    lineup, reviews,
    settings::{self, SettingsInput},
    stories,
};

use super::{
    FormState,
    chapter::nav,
    nights::chapter_event,
    views::{
        CallSettingsPage, ConfirmPage, LineupPage, LineupRow, ReviewRow, StoriesPage, StoryPage, StoryRow,
        consent_note, story_state,
    },
};
use failnight_app::{
    accounts,
    services::{Actor, stories as story_services},
};

use crate::{
    AppState,
    auth::ChapterAccess,
    error::{AppError, PageError},
};

type Values = Form<HashMap<String, String>>;

/// The story `id` of this chapter (another chapter's story is not found here).
async fn chapter_story(state: &AppState, access: &ChapterAccess, id: &str) -> Result<Submission, AppError> {
    let not_found = "error-no-story";
    let id: i64 = id.parse().map_err(|_| AppError::NotFound(not_found.into()))?;
    stories::get(&state.db, id)
        .await?
        .filter(|s| s.chapter_id == access.chapter.id)
        .ok_or(AppError::NotFound(not_found.into()))
}

/// A story as a reviewer may see it: identity hidden while blind review applies.
pub(crate) struct Shown {
    pub speaker: String,
    pub email: String,
    pub stage_name: String,
    pub title: String,
    pub teaser: String,
    pub project: String,
    pub wrong: String,
    pub learned: String,
    pub differently: String,
    pub content_notes: String,
    pub blind: bool,
}

pub(crate) fn shown(story: &Submission, blind_review: bool, lang: Lang) -> Shown {
    if blind_review && story.state().is_undecided() {
        let r = Redactor::for_story(story);
        Shown {
            speaker: lang.f1("host-stories-speaker-number", "id", story.id),
            email: lang.t("host-stories-hidden-email"),
            stage_name: String::new(),
            title: r.apply(&story.title),
            teaser: r.apply(&story.teaser),
            project: r.apply(&story.story_project),
            wrong: r.apply(&story.story_wrong),
            learned: r.apply(&story.story_learned),
            differently: r.apply(&story.story_differently),
            content_notes: r.apply(&story.content_notes),
            blind: true,
        }
    } else {
        Shown {
            speaker: story.name.clone(),
            email: story.email.clone(),
            stage_name: story.stage_name.clone(),
            title: story.title.clone(),
            teaser: story.teaser.clone(),
            project: story.story_project.clone(),
            wrong: story.story_wrong.clone(),
            learned: story.story_learned.clone(),
            differently: story.story_differently.clone(),
            content_notes: story.content_notes.clone(),
            blind: false,
        }
    }
}

/// `GET /host/c/{slug}/stories?state=&month=&page=`: the review queue, kept per host (each sees
/// their own reviews), role, language, filters and page (`kept_page`): a page of 50 stories
/// carries their whole texts, read and hidden for blind review again after a write, not on
/// every view.
pub async fn queue(
    State(state): State<AppState>,
    access: ChapterAccess,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Html<axum::body::Bytes>, PageError> {
    let filter_state = query.get("state").and_then(|s| StoryState::parse(s));
    let month = query.get("month").filter(|m| stories::is_month(m)).cloned();
    let page = query.get("page").and_then(|p| p.parse::<i64>().ok()).unwrap_or(1).clamp(1, MAX_QUEUE_PAGE);
    let what =
        format!("stories:{}:{}:{page}", filter_state.map_or("", StoryState::as_str), month.as_deref().unwrap_or(""));
    Ok(super::kept_page(&state, &access, what, || queue_page(&state, &access, filter_state, month, page)).await?)
}

async fn queue_page(
    state: &AppState,
    access: &ChapterAccess,
    filter_state: Option<StoryState>,
    month: Option<String>,
    page: i64,
) -> Result<StoriesPage, AppError> {
    let call = settings::get(&state.db, access.chapter.id).await?;
    let lang = access.lang();
    let summary = reviews::summary(&state.db, access.chapter.id, access.host_id()).await?;
    let mut found = stories::list_page(
        &state.db,
        access.chapter.id,
        filter_state,
        month.as_deref(),
        (page - 1) * QUEUE_PAGE,
        QUEUE_PAGE + 1,
    )
    .await?;
    let more = found.len() as i64 > QUEUE_PAGE;
    found.truncate(QUEUE_PAGE as usize);
    let at = |n: i64| {
        let mut url = format!("/host/c/{}/stories?page={n}", access.chapter.slug);
        if let Some(s) = filter_state {
            url.push_str(&format!("&state={}", s.as_str()));
        }
        if let Some(m) = &month {
            url.push_str(&format!("&month={m}"));
        }
        url
    };
    let (newer_url, older_url) = ((page > 1).then(|| at(page - 1)), more.then(|| at(page + 1)));
    let rows = found
        .into_iter()
        .map(|story| {
            let view = shown(&story, call.blind_review, lang);
            let seen = summary.get(&story.id).copied();
            let count = seen.map_or(0, |s| s.reviews);
            // Each host scores on their own first: the others' mean shows after one's own
            // review (or once the story is decided).
            let mean = match seen {
                Some(s) if s.mine || !story.state().is_undecided() => format!("{:.1}", s.mean),
                Some(_) => lang.t("host-stories-after-yours"),
                None => "–".into(),
            };
            StoryRow {
                id: story.id,
                speaker: view.speaker,
                title: view.title,
                state: story_state(lang, story.state()),
                months: if story.preferred_months.is_empty() {
                    lang.t("host-stories-any-month")
                } else {
                    story.preferred_months
                },
                reviews: count,
                mean,
            }
        })
        .collect();
    Ok(StoriesPage {
        lang,
        nav: nav(access, "stories"),
        rows,
        state: filter_state.map_or("", StoryState::as_str).to_string(),
        month: month.unwrap_or_default(),
        states: StoryState::ALL.iter().map(|s| (s.as_str(), story_state(lang, *s))).collect(),
        blind: call.blind_review,
        open: call.call_open,
        newer_url,
        older_url,
    })
}

/// Stories the review queue lists at a time, newest first.
const QUEUE_PAGE: i64 = 50;
/// The last page asked for that is taken as it is (five million stories: past any chapter's).
const MAX_QUEUE_PAGE: i64 = 100_000;

async fn story_page(
    state: &AppState,
    access: &ChapterAccess,
    story: &Submission,
    form: FormState,
    notice: Option<String>,
) -> Result<StoryPage, AppError> {
    let call = settings::get(&state.db, access.chapter.id).await?;
    let lang = access.lang();
    let view = shown(story, call.blind_review, lang);
    let emails: HashMap<i64, String> =
        accounts::members(&state.db, access.chapter.id).await?.into_iter().map(|m| (m.host_id, m.email)).collect();
    let all = reviews::of(&state.db, story.id).await?;
    // Others' scores show once this host has scored (or the story is decided): no anchoring.
    let open = !story.state().is_undecided() || all.iter().any(|r| r.host_id == access.host_id());
    let hidden_reviews = if open { 0 } else { all.len() };
    let reviews = all
        .into_iter()
        .filter(|_| open)
        .map(|r| ReviewRow {
            host: emails.get(&r.host_id).cloned().unwrap_or_else(|| lang.t("host-story-former-host")),
            mine: r.host_id == access.host_id(),
            score: r.score,
            comment: r.comment,
        })
        .collect();
    let state_now = story.state();
    Ok(StoryPage {
        lang,
        nav: nav(access, "stories"),
        id: story.id,
        state: story_state(lang, state_now),
        speaker: view.speaker,
        email: view.email,
        appearance: lang.t(match story.appearance() {
            Appearance::RealName => "host-story-appearance-real-name",
            Appearance::StageName => "host-story-appearance-stage-name",
            Appearance::Anonymous => "host-story-appearance-anonymous",
        }),
        stage_name: view.stage_name,
        title: view.title,
        teaser: view.teaser,
        project: view.project,
        wrong: view.wrong,
        learned: view.learned,
        differently: view.differently,
        content_notes: view.content_notes,
        months: if story.preferred_months.is_empty() {
            lang.t("host-stories-any-month")
        } else {
            story.preferred_months.clone()
        },
        consent: consent_note(lang, story),
        blind: view.blind,
        reviews,
        hidden_reviews,
        form,
        undecided: state_now.is_undecided(),
        can_waitlist: state_now.after(Action::Waitlist).is_some(),
        can_purge: story_services::PURGEABLE.contains(&state_now),
        recap: crate::lessons::host_recap_view(state, &access.chapter.slug, story, access.lang()).await?,
        notice,
    })
}

/// `GET /host/c/{slug}/stories/{id}`
pub async fn story(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<StoryPage, PageError> {
    let story = chapter_story(&state, &access, &id).await?;
    let mut form = FormState::default();
    if let Some(mine) = reviews::of(&state.db, story.id).await?.into_iter().find(|r| r.host_id == access.host_id()) {
        form.values.insert("score".into(), mine.score.to_string());
        form.values.insert("comment".into(), mine.comment);
    }
    let notice = query.contains_key("saved").then(|| access.lang().t("host-story-saved"));
    Ok(story_page(&state, &access, &story, form, notice).await?)
}

async fn refused(
    state: &AppState,
    access: &ChapterAccess,
    story: &Submission,
    mut form: FormState,
    error: impl Into<AppError>,
) -> Result<Response, PageError> {
    match error.into() {
        AppError::Invalid(errors) => {
            form.errors = errors;
            let page = story_page(state, access, story, form, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        AppError::Conflict(_, reason) => {
            let page = story_page(state, access, story, form, Some(reason.in_lang(access.lang()))).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        other => Err(other.into()),
    }
}

/// `POST /host/c/{slug}/stories/{id}/review`: `score` (1–5) and `comment`.
pub async fn review(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let story = chapter_story(&state, &access, &id).await?;
    let form = FormState::new(values);
    match story_services::review(&state, access.host_id(), &story, form.v("score"), form.v("comment"))
        .await
        .map_err(AppError::from)
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("/host/c/{}/stories/{}?saved=1", access.chapter.slug, story.id)).into_response())
        }
        Err(error) => refused(&state, &access, &story, form, error).await,
    }
}

/// `POST /host/c/{slug}/stories/{id}/decide`: `decision` = accept, reject or waitlist.
pub async fn decide(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let story = chapter_story(&state, &access, &id).await?;
    let form = FormState::new(values);
    let action = match form.v("decision") {
        "accept" => Action::Accept,
        "reject" => Action::Reject,
        "waitlist" => Action::Waitlist,
        _ => {
            let error = failnight_core::Invalid::field("decision", "error-story-decision");
            return refused(&state, &access, &story, form, error).await;
        }
    };
    match story_services::decide(&state, Actor::Host(access.host_id()), &access.chapter, &story, action)
        .await
        .map_err(AppError::from)
    {
        Ok(_) => {
            Ok(Redirect::to(&format!("/host/c/{}/stories/{}?saved=1", access.chapter.slug, story.id)).into_response())
        }
        Err(error) => refused(&state, &access, &story, form, error).await,
    }
}

/// `POST /host/c/{slug}/stories/{id}/purge`: asks first, then deletes with `confirm=yes`.
pub async fn purge(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let story = chapter_story(&state, &access, &id).await?;
    let form = FormState::new(values);
    let back = format!("/host/c/{}/stories/{}", access.chapter.slug, story.id);
    if form.v("confirm") != "yes" {
        let lang = access.lang();
        return Ok(ConfirmPage {
            lang,
            nav: nav(&access, "stories"),
            title: lang.f1("host-story-purge-title", "id", story.id),
            message: lang.t("host-story-purge-message"),
            button: lang.t("host-story-purge-button"),
            action: format!("{back}/purge"),
            back,
            fields: Vec::new(),
        }
        .into_response());
    }
    match story_services::purge(&state, Actor::Host(access.host_id()), &access.chapter, &story)
        .await
        .map_err(AppError::from)
    {
        Ok(()) => Ok(Redirect::to(&format!("/host/c/{}/stories", access.chapter.slug)).into_response()),
        Err(error) => refused(&state, &access, &story, FormState::default(), error).await,
    }
}

fn settings_form(input: &SettingsInput) -> FormState {
    let flag = |b: bool| if b { "on".to_string() } else { String::new() };
    FormState::new(HashMap::from([
        ("call_open".into(), flag(input.call_open)),
        ("call_text".into(), input.call_text.clone()),
        ("blind_review".into(), flag(input.blind_review)),
        ("confirm_reminder_days".into(), input.confirm_reminder_days.clone()),
        ("retention_months".into(), input.retention_months.clone()),
        ("call_minutes".into(), input.call_minutes.clone()),
        ("talk_minutes".into(), input.talk_minutes.clone()),
        ("qa_minutes".into(), input.qa_minutes.clone()),
        ("slides_per_talk".into(), input.slides_per_talk.clone()),
        ("seconds_per_slide".into(), input.seconds_per_slide.clone()),
        ("accept_text".into(), input.accept_text.clone()),
        ("reject_text".into(), input.reject_text.clone()),
        ("waitlist_text".into(), input.waitlist_text.clone()),
    ]))
}

/// The decision texts' fields, their labels in `lang`, and our texts used when hosts write none.
fn defaults(lang: Lang) -> [(&'static str, String, String); 3] {
    use failnight_submissions::settings::Decision;
    [
        ("accept_text", lang.t("host-call-accept-text"), Decision::Accepted.default_text(lang)),
        ("reject_text", lang.t("host-call-reject-text"), Decision::Rejected.default_text(lang)),
        ("waitlist_text", lang.t("host-call-waitlist-text"), Decision::Waitlisted.default_text(lang)),
    ]
}

/// `GET /host/c/{slug}/call`: the call's settings.
pub async fn call_settings(
    State(state): State<AppState>,
    access: ChapterAccess,
    Query(query): Query<HashMap<String, String>>,
) -> Result<CallSettingsPage, PageError> {
    let current = settings::get(&state.db, access.chapter.id).await?;
    Ok(CallSettingsPage {
        lang: access.lang(),
        nav: nav(&access, "stories"),
        form: settings_form(&SettingsInput::of(&current)),
        saved: query.contains_key("saved"),
        defaults: defaults(access.lang()),
    })
}

/// `POST /host/c/{slug}/call`
pub async fn save_call_settings(
    State(state): State<AppState>,
    access: ChapterAccess,
    Form(values): Values,
) -> Result<Response, PageError> {
    let mut form = FormState::new(values);
    let input = SettingsInput {
        call_open: form.checked("call_open"),
        call_text: form.v("call_text").into(),
        blind_review: form.checked("blind_review"),
        confirm_reminder_days: form.v("confirm_reminder_days").into(),
        retention_months: form.v("retention_months").into(),
        call_minutes: form.v("call_minutes").into(),
        talk_minutes: form.v("talk_minutes").into(),
        qa_minutes: form.v("qa_minutes").into(),
        slides_per_talk: form.v("slides_per_talk").into(),
        seconds_per_slide: form.v("seconds_per_slide").into(),
        accept_text: form.v("accept_text").into(),
        reject_text: form.v("reject_text").into(),
        waitlist_text: form.v("waitlist_text").into(),
    };
    match story_services::save_settings(&state, Actor::Host(access.host_id()), &access.chapter, &input)
        .await
        .map_err(AppError::from)
    {
        Ok(_) => Ok(Redirect::to(&format!("/host/c/{}/call?saved=1", access.chapter.slug)).into_response()),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            let lang = access.lang();
            let page =
                CallSettingsPage { lang, nav: nav(&access, "stories"), form, saved: false, defaults: defaults(lang) };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

async fn lineup_page(
    state: &AppState,
    access: &ChapterAccess,
    event: &EventDetails,
    error: Option<String>,
) -> Result<LineupPage, AppError> {
    let call = settings::get(&state.db, access.chapter.id).await?;
    let talks = lineup::placed(&state.db, event.id).await?;
    let lang = access.lang();
    Ok(LineupPage {
        lang,
        nav: nav(access, "events"),
        event_id: event.id,
        title: event.title.clone(),
        when: display::when(event, lang),
        placed: LineupRow::of(state, &access.chapter.slug, &talks, lang).await?,
        available: LineupRow::of(
            state,
            &access.chapter.slug,
            &stories::unplaced_confirmed(&state.db, access.chapter.id).await?,
            lang,
        )
        .await?,
        run: story_services::run_lines(event, &talks, &call, lang),
        call_time: story_services::call_time(event, &call, lang),
        error,
    })
}

/// `GET /host/c/{slug}/events/{id}/lineup`
pub async fn lineup(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
) -> Result<LineupPage, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    Ok(lineup_page(&state, &access, &event, None).await?)
}

/// `POST /host/c/{slug}/events/{id}/lineup`: `op` = add, remove, up or down, and `story`.
pub async fn change_lineup(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Values,
) -> Result<Response, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let form = FormState::new(values);
    let story = match form.v("story").parse::<i64>() {
        Ok(story_id) => chapter_story(&state, &access, &story_id.to_string()).await.ok(),
        Err(_) => None,
    };
    let actor = Actor::Host(access.host_id());
    let result = match (form.v("op"), story) {
        ("add", Some(story)) => {
            story_services::place(&state, actor, &access.chapter, &story, event.id).await.map_err(AppError::from)
        }
        ("remove", Some(story)) => {
            story_services::unplace(&state, actor, &access.chapter, &story, event.id).await.map_err(AppError::from)
        }
        ("up", Some(story)) => {
            story_services::shift(&state, actor, &story, event.id, true).await.map_err(AppError::from)
        }
        ("down", Some(story)) => {
            story_services::shift(&state, actor, &story, event.id, false).await.map_err(AppError::from)
        }
        _ => Err(failnight_core::Invalid::field("story", "error-lineup-action").into()),
    };
    match result {
        Ok(()) => {
            Ok(Redirect::to(&format!("/host/c/{}/events/{}/lineup", access.chapter.slug, event.id)).into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let message = errors.0.values().next().map(|m| m.in_lang(access.lang()));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, lineup_page(&state, &access, &event, message).await?).into_response())
        }
        Err(AppError::Conflict(_, reason)) => {
            Ok((StatusCode::CONFLICT, lineup_page(&state, &access, &event, Some(reason.in_lang(access.lang()))).await?)
                .into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /host/c/{slug}/stories/{id}/recap`: a host drafts the speaker's recap after the night
/// (`lesson`, `happened`, `differently`, `topic`…), for the speaker to read, change and publish.
pub async fn draft_recap(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let story = chapter_story(&state, &access, &id).await?;
    let (input, _) = crate::lessons::recap_input(&pairs);
    let actor = Actor::Host(access.host_id());
    match failnight_app::services::lessons::draft(&state, actor, &access.chapter, &story, &input)
        .await
        .map_err(AppError::from)
    {
        Ok(_) => {
            Ok(Redirect::to(&format!("/host/c/{}/stories/{}?saved=1", access.chapter.slug, story.id)).into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let mut page = story_page(&state, &access, &story, FormState::default(), None).await?;
            page.recap = page.recap.map(|view| crate::lessons::shown_again(view, &input, errors));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(error) => refused(&state, &access, &story, FormState::default(), error).await,
    }
}
