//! The public side of the call for stories: the form at `/c/{slug}/speak` and the speaker's
//! private page at `/s/{token}` (status, edit, consent, confirm/decline, withdraw, export,
//! delete). No account: the private link, sent by email, is the key.
//!
//! Spam defences need no third party: a honeypot field (hidden from people and assistive
//! technology), a minimum fill time (a form sent within seconds of being opened is shown again,
//! kept as typed, with a sentence, never silently dropped), and rate limits per address and
//! email. The speaker's pages are `noindex`, `no-store` and `Referrer-Policy: no-referrer`, so
//! the token leaks neither to search engines, caches nor the sites a speaker follows links to.

use std::collections::HashMap;

use axum::{
    Form, Router,
    extract::{DefaultBodyLimit, Path, Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use chrono::{Datelike, Months};
use failnight_scheduling::{Chapter, chapters, display, events};
use failnight_submissions::{
    Action, Submission, lineup, settings,
    stories::{self, StoryInput},
};
use tower_http::set_header::SetResponseHeaderLayer;

use failnight_app::services::stories as story_services;

use failnight_core::{Invalid, Lang, Message};

use crate::{
    AppState,
    client::ClientIp,
    error::{AppError, PageError},
    host::FormState,
    lang::Choice,
    views::{CallPage, MonthOption, NightInfo, Portrait, ProgressStep, SpeakerPage, TalkFeedback, ThanksPage},
};

/// A form sent sooner than this after the page was opened is shown again (people take
/// minutes; scripts take milliseconds).
pub const MIN_FILL_MILLIS: i64 = 5_000;
/// The honeypot field: hidden, labelled "leave this empty"; anything in it means a script.
pub const HONEYPOT: &str = "leave_empty";

/// The speaker's private pages, with the headers that keep the link private.
pub fn private_router() -> Router<AppState> {
    let router = Router::new()
        .route("/s/{token}", get(page))
        .route("/s/{token}/edit", post(edit))
        .route("/s/{token}/consent", post(consent))
        .route("/s/{token}/answer", post(answer))
        .route("/s/{token}/withdraw", post(withdraw))
        .route("/s/{token}/delete", post(delete))
        .route("/s/{token}/export.json", get(export))
        .route("/s/{token}/recap", post(crate::lessons::recap_post))
        .route("/s/{token}/recap/withdraw", post(crate::lessons::recap_withdraw))
        .route(
            "/s/{token}/slides",
            post(crate::slides::upload).layer(DefaultBodyLimit::max(crate::slides::UPLOAD_BODY_LIMIT)),
        )
        .route("/s/{token}/slides/remove", post(crate::slides::remove))
        .route(
            "/s/{token}/portrait",
            post(crate::slides::upload_portrait).layer(DefaultBodyLimit::max(crate::slides::UPLOAD_BODY_LIMIT)),
        )
        .route("/s/{token}/portrait/remove", post(crate::slides::remove_portrait))
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        // A slide is content-addressed: cached for good, privately (its own Cache-Control).
        .route("/s/{token}/slides/{hash}", get(crate::slides::speaker_image));
    private_link_headers(router)
}

/// The headers of every page a private link opens (a speaker's, a guest's feedback form): the
/// link is never sent on as a referrer and never indexed.
pub(crate) fn private_link_headers(router: Router<AppState>) -> Router<AppState> {
    router
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("x-robots-tag"),
            HeaderValue::from_static("noindex, nofollow"),
        ))
}

async fn chapter_of(state: &AppState, slug: &str) -> Result<Chapter, AppError> {
    chapters::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound("error-no-chapter-here".into()))
}

/// A month's name in `lang` (the shared month names of `common.ftl`).
fn month_name(lang: Lang, month: u32) -> String {
    let key = match month {
        1 => "common-month-january",
        2 => "common-month-february",
        3 => "common-month-march",
        4 => "common-month-april",
        5 => "common-month-may",
        6 => "common-month-june",
        7 => "common-month-july",
        8 => "common-month-august",
        9 => "common-month-september",
        10 => "common-month-october",
        11 => "common-month-november",
        _ => "common-month-december",
    };
    lang.t(key)
}

/// The next twelve months as checkboxes, in the chapter's zone, named in `lang`.
fn month_options(state: &AppState, chapter: &Chapter, chosen: &[String], lang: Lang) -> Vec<MonthOption> {
    let today = state.clock.now().with_timezone(&chapter.tz()).date_naive().with_day(1).unwrap_or_default();
    (0..12)
        .filter_map(|n| today.checked_add_months(Months::new(n)))
        .map(|month| {
            let value = month.format("%Y-%m").to_string();
            let label = lang.f2("speak-month", "month", month_name(lang, month.month()), "year", month.year() as i64);
            MonthOption { checked: chosen.contains(&value), label, value }
        })
        .collect()
}

/// The language a story form was sent from (its hidden `lang` field).
fn form_lang(form: &FormState) -> Option<Lang> {
    Lang::from_tag(form.v("lang")).filter(|_| !form.v("lang").trim().is_empty())
}

/// A story's state in words.
fn state_label(lang: Lang, state: failnight_submissions::State) -> String {
    use failnight_submissions::State;
    lang.t(match state {
        State::Submitted => "speaker-status-submitted",
        State::Waitlisted => "speaker-status-waitlisted",
        State::Accepted => "speaker-status-accepted",
        State::Confirmed => "speaker-status-confirmed",
        State::Rejected => "speaker-status-rejected",
        State::Declined => "speaker-status-declined",
        State::Withdrawn => "speaker-status-withdrawn",
    })
}

/// A story's way to the stage as steps, with the night's date on the last one; none for a
/// story off that way (rejected, declined, withdrawn).
fn progress(
    lang: Lang,
    state: failnight_submissions::State,
    night: Option<&failnight_scheduling::EventDetails>,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<ProgressStep> {
    use failnight_submissions::State;
    let at = match state {
        State::Submitted | State::Waitlisted => 0,
        State::Accepted => 1,
        State::Confirmed if night.is_some_and(|n| n.starts_utc() <= now) => 3,
        State::Confirmed => 2,
        State::Rejected | State::Declined | State::Withdrawn => return Vec::new(),
    };
    let the_night = match night {
        Some(night) => lang.f1("speaker-step-night-on", "when", display::when(night, lang)),
        None => lang.t("speaker-step-night"),
    };
    let labels =
        [lang.t("speaker-step-sent"), lang.t("speaker-step-accepted"), lang.t("speaker-step-confirmed"), the_night];
    labels.into_iter().enumerate().map(|(i, label)| ProgressStep { label, done: i < at, current: i == at }).collect()
}

/// The name the public sees of a speaker, "Anonymous speaker" in `lang` for those who chose so.
pub(crate) fn public_label(story: &Submission, lang: Lang) -> String {
    story.public_name().map_or_else(|| lang.t("speaker-anonymous"), str::to_string)
}

/// The language of a speaker's private pages: an explicit choice, else the story's own (the
/// page it was sent from), else the chapter's.
pub(crate) fn speaker_lang(choice: Choice, story: &Submission, chapter: Lang) -> Lang {
    choice.explicit.unwrap_or_else(|| story.lang(chapter))
}

/// Splits a posted form into single values and the chosen months.
fn form_values(pairs: Vec<(String, String)>) -> (HashMap<String, String>, Vec<String>) {
    let mut values = HashMap::new();
    let mut months = Vec::new();
    for (key, value) in pairs {
        if key == "month" {
            months.push(value);
        } else {
            values.insert(key, value);
        }
    }
    (values, months)
}

fn story_input(form: &FormState, months: &[String]) -> StoryInput {
    StoryInput {
        name: form.v("name").into(),
        email: form.v("email").into(),
        appearance: form.v("appearance").into(),
        stage_name: form.v("stage_name").into(),
        title: form.v("title").into(),
        teaser: form.v("teaser").into(),
        story_project: form.v("story_project").into(),
        story_wrong: form.v("story_wrong").into(),
        story_learned: form.v("story_learned").into(),
        story_differently: form.v("story_differently").into(),
        preferred_months: months.to_vec(),
        consent_photos: form.v("consent_photos").into(),
        consent_recording: form.v("consent_recording").into(),
        consent_slides: form.v("consent_slides").into(),
        content_notes: form.v("content_notes").into(),
        accept_coc: form.checked("accept_coc"),
        language: form_lang(form),
    }
}

async fn call_page(
    state: &AppState,
    chapter: &Chapter,
    lang: Lang,
    form: FormState,
    months: &[String],
    notice: Option<String>,
) -> Result<CallPage, AppError> {
    let call = settings::get(&state.db, chapter.id).await?;
    Ok(CallPage {
        lang,
        chapter_name: chapter.name.clone(),
        slug: chapter.slug.clone(),
        open: call.call_open,
        call_text: call.call_text,
        code_of_conduct: crate::conduct::text(&chapter.code_of_conduct, lang),
        months: month_options(state, chapter, months, lang),
        form,
        started: state.clock.timestamp().0,
        notice,
        honeypot: HONEYPOT,
    })
}

/// `GET /c/{slug}/speak`: the call for stories.
pub async fn call(
    State(state): State<AppState>,
    choice: Choice,
    Path(slug): Path<String>,
) -> Result<CallPage, PageError> {
    let chapter = chapter_of(&state, &slug).await?;
    let lang = choice.resolve(chapter.language);
    let form = FormState::new(HashMap::from([
        ("appearance".into(), "real_name".into()),
        ("consent_photos".into(), "ask".into()),
        ("consent_recording".into(), "ask".into()),
        ("consent_slides".into(), "stage".into()),
    ]));
    Ok(call_page(&state, &chapter, lang, form, &[], None).await?)
}

/// `POST /c/{slug}/speak`: a story. Success (and a tripped honeypot, so scripts learn nothing)
/// redirects to the thank-you page; the private link goes by email only.
pub async fn submit(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let chapter = chapter_of(&state, &slug).await?;
    let (values, months) = form_values(pairs);
    let mut form = FormState::new(values);
    // The page's language, as the form carries it (then the visitor's, then the chapter's).
    let lang = form_lang(&form).unwrap_or_else(|| choice.resolve(chapter.language));
    crate::ratelimit::per_client(&state, crate::ratelimit::STORY_PER_IP, client).await?;
    let thanks = Redirect::to(&format!("/c/{}/speak/thanks", chapter.slug)).into_response();
    if !form.v(HONEYPOT).trim().is_empty() {
        return Ok(thanks);
    }
    let started = form.v("started").trim().parse::<i64>().ok();
    let now = state.clock.timestamp().0;
    if started.is_none_or(|t| now - t < MIN_FILL_MILLIS || t > now) {
        let notice = lang.t("speak-too-quick");
        let page = call_page(&state, &chapter, lang, form, &months, Some(notice)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let mut input = story_input(&form, &months);
    input.language = Some(lang);
    let checked = failnight_submissions::stories::check_new(&input).map_err(AppError::from);
    let result = match checked {
        Ok(()) => {
            crate::ratelimit::check(&state, crate::ratelimit::STORY_PER_EMAIL, &input.email.trim().to_lowercase())
                .await?;
            story_services::submit(&state, &chapter, &input).await.map_err(AppError::from)
        }
        Err(invalid) => Err(invalid),
    };
    match result {
        Ok(_) => Ok(thanks),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            let page = call_page(&state, &chapter, lang, form, &months, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(AppError::Conflict(_, reason)) => {
            let page = call_page(&state, &chapter, lang, form, &months, Some(reason.in_lang(lang))).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn thanks(
    State(state): State<AppState>,
    choice: Choice,
    Path(slug): Path<String>,
) -> Result<ThanksPage, PageError> {
    let chapter = chapter_of(&state, &slug).await?;
    Ok(ThanksPage { lang: choice.resolve(chapter.language), chapter_name: chapter.name, slug: chapter.slug })
}

pub(crate) async fn story_of(state: &AppState, token: &str) -> Result<Submission, AppError> {
    stories::by_token(&state.db, token).await?.ok_or(AppError::NotFound("error-speaker-link".into()))
}

pub(crate) fn edit_form(story: &Submission) -> FormState {
    FormState::new(HashMap::from([
        ("name".into(), story.name.clone()),
        ("appearance".into(), story.appearance.to_string()),
        ("stage_name".into(), story.stage_name.clone()),
        ("title".into(), story.title.clone()),
        ("teaser".into(), story.teaser.clone()),
        ("story_project".into(), story.story_project.clone()),
        ("story_wrong".into(), story.story_wrong.clone()),
        ("story_learned".into(), story.story_learned.clone()),
        ("story_differently".into(), story.story_differently.clone()),
        ("content_notes".into(), story.content_notes.clone()),
        ("consent_photos".into(), story.consent_photos.to_string()),
        ("consent_recording".into(), story.consent_recording.to_string()),
        ("consent_slides".into(), story.slides_use.to_string()),
    ]))
}

pub(crate) async fn speaker_page(
    state: &AppState,
    story: &Submission,
    choice: Choice,
    form: FormState,
    months: Option<&[String]>,
    notice: Option<Notice>,
) -> Result<SpeakerPage, AppError> {
    let chapter =
        chapters::by_id(&state.db, story.chapter_id).await?.ok_or(AppError::NotFound("error-no-chapter".into()))?;
    let lang = speaker_lang(choice, story, chapter.language);
    let call = settings::get(&state.db, chapter.id).await?;
    let night = match story.event_id {
        Some(id) => events::get(&state.db, id).await?,
        None => None,
    };
    let night_start = night.as_ref().map(|n| n.starts_at);
    let deck = crate::slides::deck_view(state, story, night_start, &call).await?;
    let recap = crate::lessons::recap_view(state, story, night.as_ref(), lang).await?;
    let steps = progress(lang, story.state(), night.as_ref(), state.clock.now());
    let night = match night {
        Some(event) => {
            let talks = lineup::placed(&state.db, event.id).await?;
            Some(NightInfo {
                title: event.title.clone(),
                when: display::when(&event, lang),
                location: event.location(),
                url: format!("/e/{}", event.id),
                call_time: lineup::call_time_local(&event, &call, lang),
                run: lineup::run_lines(&event, &talks, &call, lang),
            })
        }
        None => None,
    };
    let feedback = failnight_app::services::feedback::for_talk(state, story.id).await?;
    let feedback = (feedback.totals.ratings > 0 || !feedback.comments.is_empty()).then(|| TalkFeedback {
        ratings: feedback.totals.ratings,
        average: feedback.totals.average().map(|a| format!("{a:.1}")).unwrap_or_default(),
        comments: feedback.comments,
    });
    let chosen: Vec<String> =
        months.map_or_else(|| story.months().iter().map(|m| m.to_string()).collect(), <[_]>::to_vec);
    let state_now = story.state();
    Ok(SpeakerPage {
        lang,
        chapter_name: chapter.name.clone(),
        chapter_slug: chapter.slug.clone(),
        token: story.token.clone(),
        portrait: Portrait {
            allowed: story.appearance() == failnight_submissions::stories::Appearance::RealName,
            shown: failnight_submissions::portraits::of(&state.db, story.id).await?.is_some(),
        },
        steps,
        state: state_now.as_str(),
        state_label: state_label(lang, state_now),
        title: story.title.clone(),
        public_label: public_label(story, lang),
        editable: state_now.is_undecided(),
        consent_open: stories::consent_open(story, night_start, state.clock.timestamp()),
        can_answer: state_now == failnight_submissions::State::Accepted,
        can_withdraw: state_now.after(Action::Withdraw).is_some(),
        months: month_options(state, &chapter, &chosen, lang),
        story: story.clone(),
        form,
        night,
        deck,
        feedback,
        recap,
        notice: notice.map(|notice| match notice {
            Notice::Done(key) => lang.t(key),
            Notice::Message(message) => message.in_lang(lang),
        }),
    })
}

/// A sentence over the speaker's page: what was just done (a message) or why something was
/// refused (a use case's words).
#[derive(Debug, Clone)]
pub(crate) enum Notice {
    Done(&'static str),
    Message(Message),
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// `GET /s/{token}`: where the story stands, and what the speaker can do.
pub async fn page(
    State(state): State<AppState>,
    choice: Choice,
    Path(token): Path<String>,
    Query(done): Query<Done>,
) -> Result<SpeakerPage, PageError> {
    let story = story_of(&state, &token).await?;
    let notice = match done.done.as_deref() {
        Some("saved") => Some("speaker-done-saved"),
        Some("consent") => Some("speaker-done-consent"),
        Some("confirmed") => Some("speaker-done-confirmed"),
        Some("declined") => Some("speaker-done-declined"),
        Some("withdrawn") => Some("speaker-done-withdrawn"),
        Some("slides") => Some("speaker-done-slides"),
        Some("pdf") => Some("speaker-done-pdf"),
        Some("slides_removed") => Some("speaker-done-slides-removed"),
        Some("portrait") => Some("speaker-done-portrait"),
        Some("portrait_removed") => Some("speaker-done-portrait-removed"),
        Some("recap") => Some("speaker-done-recap"),
        Some("published") => Some("speaker-done-published"),
        Some("unpublished") => Some("speaker-done-unpublished"),
        _ => None,
    };
    Ok(speaker_page(&state, &story, choice, edit_form(&story), None, notice.map(Notice::Done)).await?)
}

/// The language of a speaker's page for a story, its chapter read.
pub(crate) async fn lang_of(state: &AppState, story: &Submission, choice: Choice) -> Result<Lang, AppError> {
    let chapter =
        chapters::by_id(&state.db, story.chapter_id).await?.ok_or(AppError::NotFound("error-no-chapter".into()))?;
    Ok(speaker_lang(choice, story, chapter.language))
}

pub(crate) async fn limited(state: &AppState, client: ClientIp) -> Result<(), AppError> {
    crate::ratelimit::per_client(state, crate::ratelimit::SPEAKER_PAGE_PER_IP, client).await
}

pub(crate) fn back(story: &Submission, done: &str) -> Response {
    Redirect::to(&format!("/s/{}?done={done}", story.token)).into_response()
}

/// Re-shows the speaker's page with an error of a form that keeps no values (the deck's).
pub(crate) async fn refused_plain(
    state: &AppState,
    story: &Submission,
    choice: Choice,
    error: impl Into<AppError>,
) -> Result<Response, PageError> {
    refused(state, story, choice, edit_form(story), None, error).await
}

/// Re-shows the speaker's page with the form's errors (422), or a conflict's reason (409).
async fn refused(
    state: &AppState,
    story: &Submission,
    choice: Choice,
    mut form: FormState,
    months: Option<&[String]>,
    error: impl Into<AppError>,
) -> Result<Response, PageError> {
    let (status, notice) = match error.into() {
        AppError::Invalid(errors) => {
            form.errors = errors;
            (StatusCode::UNPROCESSABLE_ENTITY, None)
        }
        AppError::Conflict(_, reason) => (StatusCode::CONFLICT, Some(reason)),
        other => return Err(other.into()),
    };
    let page = speaker_page(state, story, choice, form, months, notice.map(Notice::Message)).await?;
    Ok((status, page).into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    limited(&state, client).await?;
    let story = story_of(&state, &token).await?;
    let (values, months) = form_values(pairs);
    let form = FormState::new(values);
    let mut input = story_input(&form, &months);
    input.email = story.email.clone();
    match story_services::edit(&state, &story, &input).await.map_err(AppError::from) {
        Ok(_) => Ok(back(&story, "saved")),
        Err(error) => refused(&state, &story, choice, form, Some(&months), error).await,
    }
}

pub async fn consent(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    limited(&state, client).await?;
    let story = story_of(&state, &token).await?;
    let form = FormState::new(values);
    let result = story_services::set_consent(
        &state,
        &story,
        form.v("consent_photos"),
        form.v("consent_recording"),
        form.v("consent_slides"),
    )
    .await;
    match result {
        Ok(_) => Ok(back(&story, "consent")),
        Err(error) => {
            let mut shown = edit_form(&story);
            shown.values.extend(form.values);
            refused(&state, &story, choice, shown, None, error).await
        }
    }
}

/// `POST /s/{token}/answer`: `answer=confirm` or `answer=decline` to an acceptance.
pub async fn answer(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    limited(&state, client).await?;
    let story = story_of(&state, &token).await?;
    let action = match values.get("answer").map(String::as_str) {
        Some("confirm") => Action::Confirm,
        Some("decline") => Action::Decline,
        _ => {
            let error = Invalid::field("answer", "error-speaker-answer");
            return refused(&state, &story, choice, edit_form(&story), None, error).await;
        }
    };
    match story_services::respond(&state, &story, action).await.map_err(AppError::from) {
        Ok(_) => Ok(back(&story, action.past_tense())),
        Err(error) => refused(&state, &story, choice, edit_form(&story), None, error).await,
    }
}

/// `POST /s/{token}/withdraw` with `sure=yes` (a checkbox).
pub async fn withdraw(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    limited(&state, client).await?;
    let story = story_of(&state, &token).await?;
    if values.get("sure").map(String::as_str) != Some("yes") {
        let error = Invalid::field("withdraw_sure", "error-speaker-withdraw-sure");
        return refused(&state, &story, choice, edit_form(&story), None, error).await;
    }
    match story_services::respond(&state, &story, Action::Withdraw).await.map_err(AppError::from) {
        Ok(_) => Ok(back(&story, "withdrawn")),
        Err(error) => refused(&state, &story, choice, edit_form(&story), None, error).await,
    }
}

/// `POST /s/{token}/delete` with `sure=yes`: the story and everything about it, gone.
pub async fn delete(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    Path(token): Path<String>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    limited(&state, client).await?;
    let story = story_of(&state, &token).await?;
    if values.get("sure").map(String::as_str) != Some("yes") {
        let error = Invalid::field("delete_sure", "error-speaker-delete-sure");
        return refused(&state, &story, choice, edit_form(&story), None, error).await;
    }
    // The language is read before the story (and its language) is gone.
    let lang = lang_of(&state, &story, choice).await?;
    story_services::delete_own(&state, &story).await?;
    let page = crate::views::ErrorPage {
        lang,
        title: lang.t("speaker-deleted-title"),
        message: lang.t("speaker-deleted-message"),
    };
    Ok(page.into_response())
}

/// `GET /s/{token}/export.json`: everything stored about the speaker, and what guests said of
/// their talk as they may read it (never a comment a host hid, never a guest's name).
pub async fn export(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, PageError> {
    let story = story_of(&state, &token).await?;
    let mut data = failnight_submissions::retention::export(&state.db, &story).await.map_err(AppError::from)?;
    // What guests said of the talk, as the speaker may read it: ratings and released comments.
    let feedback = failnight_app::services::feedback::for_talk(&state, story.id).await?;
    data["feedback"] = serde_json::json!({
        "ratings": feedback.totals.ratings,
        "average": feedback.totals.average(),
        "comments": feedback.comments,
    });
    let body = serde_json::to_string_pretty(&data).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("application/json")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"my-story.json\"")),
        ],
        body,
    )
        .into_response())
}
