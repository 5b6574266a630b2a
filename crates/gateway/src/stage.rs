//! The night on stage over HTTP: the live streams (server-sent events) shared by the projector,
//! the phone control and the audience page, the audience page itself (`/e/{id}/live`: ask the
//! speaker a question, vote for others; plain forms, live with JavaScript), and our few
//! JavaScript files. The hosts' pages are in `host::stage`.
//!
//! Every stream sends a snapshot first (the stored state, the program, the questions it may
//! show and the server's clock), then a new snapshot whenever the live hub says the night
//! changed, and the server's clock every [`CLOCK_EVERY`] so views keep their offset right.
//! Views compute the countdown themselves from the snapshot (`/static/timing.js`, the same
//! rules as `failnight_stage::program::at`). A reconnecting view gets a fresh snapshot, so a
//! reload or a second projector picks up exactly where the night is.

use std::{collections::HashMap, convert::Infallible, time::Duration};

use axum::{
    Form,
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{
        IntoResponse, Redirect, Response,
        sse::{Event, KeepAlive, Sse},
    },
};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use failnight_app::{
    live::Change,
    services::stage::{self as service, Stage, client_key},
};
use failnight_core::{FieldErrors, token::new_token};
use failnight_stage::{Kind, Question, questions::Status};
use futures_util::Stream;
use serde::Serialize;
use tokio::sync::broadcast::error::RecvError;

use failnight_core::{Lang, Message};

use crate::{
    AppState,
    api::{parse_id, public_event},
    client::ClientIp,
    error::{AppError, PageError},
    lang::Choice,
    ratelimit::{self, Limit},
    views::{LivePage, LiveQuestion},
};

/// How often a stream sends the server's clock.
pub const CLOCK_EVERY: Duration = Duration::from_secs(5);
/// A stream sends questions that changed (asked, voted, moderated) at most this often; the
/// stage's changes go at once. A full room votes several times a second: every phone redrawing
/// each vote would cost the phones' batteries and the server what a control action needs.
pub const QUESTIONS_EVERY: Duration = Duration::from_millis(500);
/// The cookie a browser is known by for its questions and votes (random, nothing else).
pub const LIVE_COOKIE: &str = "failnight_live";

/// Questions asked: per client address (a venue's Wi-Fi is one address for a whole room)…
pub const QUESTION_PER_IP: Limit = Limit { name: "question-ip", hits: 60, window_secs: 600 };
/// …and per browser.
pub const QUESTION_PER_BROWSER: Limit = Limit { name: "question-browser", hits: 5, window_secs: 600 };
/// Votes per client address (one per question and browser in any case).
pub const VOTE_PER_IP: Limit = Limit { name: "vote-ip", hits: 600, window_secs: 600 };

/// Where a slide's image is served to hosts: the one place that builds the URL.
pub fn slide_url(slug: &str, hash: &str) -> String {
    format!("/host/c/{slug}/slides/{hash}")
}

/// Who a stream is for, which decides the questions it carries.
#[derive(Debug, Clone)]
pub enum Viewer {
    /// Hosts (projector and control): approved questions, and how many wait for moderation;
    /// slide URLs under the chapter.
    Host { slug: String },
    /// The audience: approved and answered questions, plus this browser's own pending ones.
    Audience { key: String },
}

#[derive(Serialize)]
struct Snapshot<'a> {
    /// The server's clock when this was read (ms).
    now: i64,
    version: i64,
    segment: i64,
    slide: i64,
    started_at: Option<i64>,
    paused_at: Option<i64>,
    segments: Vec<SegmentJson>,
    talks: Vec<TalkJson<'a>>,
    questions: Vec<QuestionJson<'a>>,
    /// Questions waiting for a host (hosts only).
    pending: usize,
}

#[derive(Serialize)]
struct SegmentJson {
    kind: Kind,
    label: &'static str,
    talk: Option<usize>,
    slides: i64,
    slide_ms: i64,
    budget_ms: Option<i64>,
}

#[derive(Serialize)]
struct TalkJson<'a> {
    submission_id: i64,
    title: &'a str,
    speaker: &'a str,
    slides: Vec<String>,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    id: i64,
    submission_id: i64,
    text: &'a str,
    name: Option<&'a str>,
    votes: i64,
    status: Status,
    mine: bool,
}

/// The questions `viewer` may see, most votes first.
pub fn visible<'a>(viewer: &Viewer, questions: &'a [Question]) -> impl Iterator<Item = &'a Question> {
    questions.iter().filter(move |q| match viewer {
        Viewer::Host { .. } => q.status == Status::Approved,
        Viewer::Audience { key } => {
            matches!(q.status, Status::Approved | Status::Answered)
                || (q.status == Status::Pending && &q.client_key == key)
        }
    })
}

/// The snapshot of a night's stage for `viewer`, as JSON, with the clock of its reading.
pub fn snapshot(stage: &Stage, questions: &[Question], viewer: &Viewer) -> String {
    snapshot_at(stage, questions, viewer, stage.now)
}

/// [`snapshot`] with the server's clock at `now` (ms): `now` comes first in the JSON.
fn snapshot_at(stage: &Stage, questions: &[Question], viewer: &Viewer, now: i64) -> String {
    let segments = stage
        .program
        .segments
        .iter()
        .map(|s| SegmentJson {
            kind: s.kind,
            label: s.kind.label(),
            talk: s.talk,
            slides: s.slides,
            slide_ms: s.slide_ms,
            budget_ms: s.budget_ms,
        })
        .collect();
    let talks = stage
        .program
        .talks
        .iter()
        .map(|t| TalkJson {
            submission_id: t.submission_id,
            title: &t.title,
            speaker: &t.speaker,
            slides: match viewer {
                Viewer::Host { slug } => t.deck.iter().map(|hash| slide_url(slug, hash)).collect(),
                Viewer::Audience { .. } => Vec::new(),
            },
        })
        .collect();
    let key = match viewer {
        Viewer::Audience { key } => Some(key.as_str()),
        Viewer::Host { .. } => None,
    };
    let shown = visible(viewer, questions)
        .map(|q| QuestionJson {
            id: q.id,
            submission_id: q.submission_id,
            text: &q.text,
            name: q.name.as_deref(),
            votes: q.votes,
            status: q.status,
            mine: key == Some(q.client_key.as_str()),
        })
        .collect();
    let pending = match viewer {
        Viewer::Host { .. } => questions.iter().filter(|q| q.status == Status::Pending).count(),
        Viewer::Audience { .. } => 0,
    };
    let s = &stage.state;
    serde_json::to_string(&Snapshot {
        now,
        version: s.version,
        segment: s.segment,
        slide: s.slide,
        started_at: s.started_at,
        paused_at: s.paused_at,
        segments,
        talks,
        questions: shown,
        pending,
    })
    .unwrap_or_default()
}

/// One live stream's state between events.
struct Live {
    state: AppState,
    event_id: i64,
    viewer: Viewer,
    changes: tokio::sync::broadcast::Receiver<Change>,
    closed: tokio::sync::watch::Receiver<bool>,
    clock: tokio::time::Interval,
    /// The stage version last sent; `None` before the first snapshot.
    sent: Option<i64>,
    /// What the last snapshot showed (a hash of it, the clock left out).
    shown: u64,
    /// When the last snapshot went out…
    sent_at: tokio::time::Instant,
    /// …and when questions that changed since are due (see [`QUESTIONS_EVERY`]).
    questions_due: Option<tokio::time::Instant>,
}

impl Live {
    /// A snapshot from the night's shared reading, with the clock of the moment it is sent;
    /// with `unless_seen`, `None` when it shows this view nothing new (a question it may not
    /// see changed).
    async fn snapshot(&mut self, unless_seen: bool) -> Result<Option<Event>, ()> {
        let reading = service::reading(&self.state, self.event_id).await.map_err(|_| ())?;
        let now = self.state.clock.timestamp().0;
        let json = snapshot_at(&reading.stage, &reading.questions, &self.viewer, now);
        let shown = {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            json.split_once(',').map_or(json.as_str(), |(_, rest)| rest).hash(&mut hasher);
            hasher.finish()
        };
        if unless_seen && shown == self.shown {
            return Ok(None);
        }
        self.sent = Some(reading.stage.state.version);
        self.shown = shown;
        self.sent_at = tokio::time::Instant::now();
        self.questions_due = None;
        Ok(Some(Event::default().event("state").data(json)))
    }

    async fn next(&mut self) -> Option<Event> {
        if self.sent.is_none() {
            return self.snapshot(false).await.ok()?;
        }
        loop {
            if *self.closed.borrow() {
                return None;
            }
            let questions_due = self.questions_due;
            let questions = async move {
                match questions_due {
                    Some(at) => tokio::time::sleep_until(at).await,
                    None => std::future::pending().await,
                }
            };
            // What to send next: the clock, or a snapshot (`true`: unless it shows nothing new).
            let unless_seen = tokio::select! {
                _ = self.closed.changed() => return None,
                () = questions => true,
                _ = self.clock.tick() => {
                    let now = self.state.clock.timestamp().0;
                    return Some(Event::default().event("clock").data(format!("{{\"now\":{now}}}")));
                }
                change = self.changes.recv() => {
                    let mut questions_only = match change {
                        // Ours already (the process's own change, then its notification).
                        Ok(Change::Stage(version)) if self.sent.is_some_and(|sent| version <= sent) => continue,
                        Ok(Change::Questions) => true,
                        Ok(_) | Err(RecvError::Lagged(_)) => false,
                        Err(RecvError::Closed) => return None,
                    };
                    // Changes that came meanwhile are in the snapshot about to be read.
                    while let Ok(change) = self.changes.try_recv() {
                        questions_only &= change == Change::Questions;
                    }
                    if questions_only && self.sent_at.elapsed() < QUESTIONS_EVERY {
                        self.questions_due.get_or_insert(self.sent_at + QUESTIONS_EVERY);
                        continue;
                    }
                    questions_only
                }
            };
            match self.snapshot(unless_seen).await {
                Ok(Some(event)) => return Some(event),
                Ok(None) => continue,
                Err(()) => return None,
            }
        }
    }
}

/// The live stream of a night for `viewer`: a snapshot, then one per change (changed questions
/// at most every [`QUESTIONS_EVERY`]), the clock every [`CLOCK_EVERY`], a keep-alive comment
/// every 15 s. It ends when the server shuts down (the browser reconnects on its own and gets a
/// fresh snapshot).
pub fn stream(state: &AppState, event_id: i64, viewer: Viewer) -> Response {
    let mut clock = tokio::time::interval(CLOCK_EVERY);
    clock.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    clock.reset();
    let live = Live {
        changes: state.live.subscribe(event_id),
        closed: state.live.closed(),
        state: state.clone(),
        event_id,
        viewer,
        clock,
        sent: None,
        shown: 0,
        sent_at: tokio::time::Instant::now(),
        questions_due: None,
    };
    let events = futures_util::stream::unfold(live, |mut live| async move {
        let event = live.next().await?;
        Some((Ok::<_, Infallible>(event), live))
    });
    sse(events)
}

fn sse(events: impl Stream<Item = Result<Event, Infallible>> + Send + 'static) -> Response {
    let mut response = Sse::new(events).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Proxies (nginx) would otherwise hold events back to fill a buffer.
    headers.insert("x-accel-buffering", HeaderValue::from_static("no"));
    response
}

// ---- the audience page ----

/// This browser's random cookie value, and the cookie to set when it had none.
fn browser(jar: &CookieJar) -> (String, Option<Cookie<'static>>) {
    match jar.get(LIVE_COOKIE).map(|c| c.value().to_string()).filter(|v| v.len() >= 16 && v.len() <= 64) {
        Some(value) => (value, None),
        None => {
            let value = new_token();
            let cookie = Cookie::build((LIVE_COOKIE, value.clone()))
                .path("/e/")
                .http_only(true)
                .same_site(SameSite::Lax)
                .max_age(time::Duration::days(2))
                .build();
            (value, Some(cookie))
        }
    }
}

fn with_cookie(response: impl IntoResponse, cookie: Option<Cookie<'static>>) -> Response {
    let mut response = response.into_response();
    if let Some(cookie) = cookie
        && let Ok(value) = HeaderValue::from_str(&cookie.to_string())
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// The message naming what the stage shows (`Kind::label`'s words in every language).
pub fn kind_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Opening => "stage-kind-opening",
        Kind::Title => "stage-kind-title",
        Kind::Slides => "stage-kind-slides",
        Kind::Qa => "stage-kind-qa",
        Kind::Break => "stage-kind-break",
        Kind::Closing => "stage-kind-closing",
    }
}

/// A speaker's name on the stage's pages: the stage keeps "Anonymous speaker" in English for
/// those who chose so; the pages say it in their language.
pub fn speaker_name(speaker: &str, lang: Lang) -> String {
    if speaker == failnight_submissions::stories::ANONYMOUS { lang.t("speaker-anonymous") } else { speaker.to_string() }
}

#[allow(clippy::too_many_arguments)]
async fn live_page(
    state: &AppState,
    event_id: i64,
    cookie: &str,
    choice: Choice,
    notice: Option<&str>,
    problem: Option<Message>,
    values: (String, String),
    errors: FieldErrors,
) -> Result<LivePage, AppError> {
    let event = public_event(state, event_id).await?;
    let lang = choice.resolve(event.chapter_language);
    let stage = service::stage(state, &event).await?;
    let all = service::questions(state, event.id).await?;
    let viewer = Viewer::Audience { key: client_key(event.id, cookie) };
    let talk = stage.asking_talk().cloned();
    let started = stage.state.started_at.is_some();
    let questions = match &talk {
        Some(talk) => visible(&viewer, &all)
            .filter(|q| q.submission_id == talk.submission_id)
            .map(|q| LiveQuestion {
                id: q.id,
                text: q.text.clone(),
                name: q.name.clone(),
                votes: q.votes,
                waiting: q.status == Status::Pending,
                answered: q.status == Status::Answered,
            })
            .collect(),
        None => Vec::new(),
    };
    let open = started && talk.is_some() && event.status() == failnight_scheduling::EventStatus::Published;
    let position = stage.position();
    Ok(LivePage {
        lang,
        id: event.id,
        title: event.title.clone(),
        now_showing: position.started.then(|| kind_key(stage.program.segments[position.segment].kind)),
        talk_title: talk.as_ref().map(|t| t.title.clone()),
        speaker: talk.as_ref().map(|t| speaker_name(&t.speaker, lang)),
        open,
        started,
        questions,
        notice: notice.map(|key| lang.t(key)),
        problem: problem.map(|m| m.in_lang(lang)),
        text: values.0,
        name: values.1,
        errors,
        max_text: failnight_stage::questions::MAX_TEXT,
        max_name: failnight_stage::questions::MAX_NAME,
        report_url: crate::conduct::report_url(&event.chapter_slug, Some(event.id)),
    })
}

fn notice_of(query: &HashMap<String, String>) -> Option<&'static str> {
    if query.contains_key("asked") {
        Some("live-asked")
    } else if query.contains_key("voted") {
        Some("live-voted")
    } else if query.contains_key("again") {
        Some("live-again")
    } else {
        None
    }
}

/// `GET /e/{id}/live`: the audience's page.
pub async fn live(
    State(state): State<AppState>,
    choice: Choice,
    jar: CookieJar,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let (value, set) = browser(&jar);
    let (id, notice) = (parse_id(&id)?, notice_of(&query));
    let page = live_page(&state, id, &value, choice, notice, None, Default::default(), FieldErrors::new()).await?;
    Ok(with_cookie(([(header::CACHE_CONTROL, "no-store")], page), set))
}

/// `GET /e/{id}/live/events`: the audience's live stream.
pub async fn live_events(
    State(state): State<AppState>,
    jar: CookieJar,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let event = public_event(&state, parse_id(&id)?).await?;
    let (value, _) = browser(&jar);
    Ok(stream(&state, event.id, Viewer::Audience { key: client_key(event.id, &value) }))
}

/// `POST /e/{id}/live/ask`: a question, anonymous unless a name is given.
pub async fn ask(
    State(state): State<AppState>,
    client: ClientIp,
    choice: Choice,
    jar: CookieJar,
    Path(id): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let event_id = parse_id(&id)?;
    let (value, set) = browser(&jar);
    ratelimit::per_client(&state, QUESTION_PER_IP, client).await?;
    ratelimit::check(&state, QUESTION_PER_BROWSER, &client_key(event_id, &value)).await?;
    let text = form.get("text").cloned().unwrap_or_default();
    let name = form.get("name").cloned().unwrap_or_default();
    match service::ask(&state, event_id, &value, &text, &name).await.map_err(AppError::from) {
        Ok(_) => Ok(with_cookie(Redirect::to(&format!("/e/{event_id}/live?asked=1")), set)),
        Err(AppError::Invalid(errors)) => {
            let page = live_page(&state, event_id, &value, choice, None, None, (text, name), errors).await?;
            Ok(with_cookie((StatusCode::UNPROCESSABLE_ENTITY, page), set))
        }
        Err(AppError::Conflict(_, message)) => {
            let page =
                live_page(&state, event_id, &value, choice, None, Some(message), (text, name), FieldErrors::new())
                    .await?;
            Ok(with_cookie((StatusCode::CONFLICT, page), set))
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /e/{id}/live/questions/{qid}/vote`: one vote per browser and question.
pub async fn vote(
    State(state): State<AppState>,
    client: ClientIp,
    jar: CookieJar,
    Path((id, question)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let event = public_event(&state, parse_id(&id)?).await?;
    let question = parse_id(&question)?;
    let (value, set) = browser(&jar);
    ratelimit::per_client(&state, VOTE_PER_IP, client).await?;
    let counted = service::vote(&state, event.id, &value, question).await?;
    let to = format!("/e/{}/live?{}=1#q{question}", event.id, if counted { "voted" } else { "again" });
    Ok(with_cookie(Redirect::to(&to), set))
}

// ---- our JavaScript ----

fn script(body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300")),
        ],
        body,
    )
        .into_response()
}

/// `/static/timing.js`: where the night is at an instant (the rules of `program::at`).
pub async fn timing_js() -> Response {
    script(include_str!("../../../templates/static/timing.js"))
}

/// `/static/stage.js`: the projector and the phone control.
pub async fn stage_js() -> Response {
    script(include_str!("../../../templates/static/stage.js"))
}

/// `/static/live.js`: the audience page, live.
pub async fn live_js() -> Response {
    script(include_str!("../../../templates/static/live.js"))
}

/// Whether the request came from our own `fetch` (the views' buttons and keys), which wants a
/// status, not a page.
pub fn from_script(headers: &HeaderMap) -> bool {
    headers.get("x-failnight-fetch").is_some()
}

#[cfg(test)]
mod tests {
    use failnight_stage::{Control, Format, Program, StageState, Talk, program};
    use serde_json::{Value, json};

    /// The views' `timing.js` says where the night is exactly as `program::at` does: random
    /// programs, states reached by random actions, random instants, compared with node
    /// (skipped, loudly, where node is missing; `FAILNIGHT_PROPERTY_SEED` replays).
    #[test]
    fn timing_js_agrees_with_the_server() {
        let node = std::process::Command::new("node").arg("--version").output();
        if node.is_err() {
            eprintln!("\n*** SKIPPED: timing.js parity (node is missing) ***\n");
            return;
        }
        let (mut rng, _) = failnight_core::rng::Rng::seeded("FAILNIGHT_PROPERTY_SEED");
        let mut below = |n: u64| rng.below(n);
        let mut cases = Vec::new();
        let mut expected = Vec::new();
        for _ in 0..400 {
            let format = Format {
                slides_per_talk: 1 + below(40) as i64,
                seconds_per_slide: 5 + below(296) as i64,
                qa_minutes: below(15) as i64,
            };
            let talks = (0..below(6))
                .map(|i| Talk {
                    submission_id: i as i64,
                    title: String::new(),
                    speaker: String::new(),
                    deck: (0..below(20)).map(|n| n.to_string()).collect(),
                })
                .collect();
            let p = Program::build(talks, format);
            let mut s = StageState::new(1);
            let mut now = 1_800_000_000_000_i64;
            for _ in 0..below(25) {
                now += below(200_000) as i64;
                if let Ok(next) = program::apply(&p, &s, Control::ALL[below(9) as usize], now) {
                    s = next;
                }
            }
            for _ in 0..5 {
                let t = now + below(1_500_000) as i64;
                let at = program::at(&p, &s, t);
                expected.push(json!({
                    "started": at.started, "paused": at.paused, "segment": at.segment, "slide": at.slide,
                    "remaining": at.remaining_ms,
                }));
                cases.push(json!({
                    "t": t,
                    "s": {"segment": s.segment, "slide": s.slide, "started_at": s.started_at,
                          "paused_at": s.paused_at, "segments": p.segments},
                }));
            }
        }
        let timing = concat!(env!("CARGO_MANIFEST_DIR"), "/../../templates/static/timing.js");
        let script = format!(
            "const vm = require('vm'); const fs = require('fs'); const ctx = {{ window: {{}} }};
             vm.runInNewContext(fs.readFileSync({timing:?}, 'utf8'), ctx);
             const T = ctx.window.FailnightTiming;
             const cases = JSON.parse(fs.readFileSync(0, 'utf8'));
             process.stdout.write(JSON.stringify(cases.map(c => {{ const p = T.at(c.s, c.t);
               return {{ started: p.started, paused: p.paused, segment: p.segment, slide: p.slide, remaining: p.remaining }}; }})));"
        );
        let mut child = std::process::Command::new("node")
            .arg("-e")
            .arg(script)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(Value::Array(cases.clone()).to_string().as_bytes()).unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "node ran timing.js");
        let got: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(got.len(), expected.len());
        for ((got, want), case) in got.iter().zip(&expected).zip(&cases) {
            assert_eq!(got, want, "{case}");
        }
    }
}
