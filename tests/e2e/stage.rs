//! The night on stage (issue #16): the hosts' control over time on a manual clock, the live
//! stream (a control action reaches a connected projector), the audience's questions (asked
//! without JavaScript, voted once per browser, shown only once approved and only in their
//! speaker's Q&A), limits, permissions, retention, and two instances on one PostgreSQL.

use std::time::{Duration as StdDuration, Instant};

use chrono::Duration;
use failnight_app::services::{Actor, stage as stage_service};
use failnight_core::{Backend, time::ManualClock};
use failnight_submissions::State;
use reqwest::{Client, Response, StatusCode};
use serde_json::Value;

use crate::support::{Options, TestApp, both_backends, both_backends_manual_clock};

both_backends_manual_clock!(
    control_actions_move_the_stage_over_time,
    questions_reach_the_projector_only_approved_and_in_their_qa,
    questions_are_length_limited_with_clear_errors,
    door_staff_and_other_chapters_cannot_run_the_stage,
    questions_go_after_retention_and_with_a_cancelled_night,
    slides_the_speaker_never_wants_shown_stay_off_the_stage,
);
both_backends!(
    a_control_action_reaches_a_connected_stream,
    a_waiting_question_reaches_only_its_asker_live,
    hosts_run_the_stage_and_moderate_through_the_api,
);
both_backends!(options: crate::support::Options { rate_limits: true, ..crate::support::Options::manual_clock() }; asking_is_rate_limited_per_browser);

fn clock(app: &TestApp) -> &ManualClock {
    app.clock.as_ref().expect("a manual clock")
}

/// A night of chapter `alpha` with `decks.len()` confirmed talks in its lineup (talk i with a
/// deck of `decks[i]` slides; 0: no deck) and a signed-in host; returns (host browser, night
/// id, the talks' ids).
pub(crate) async fn night_with_talks(app: &TestApp, decks: &[usize]) -> (Client, i64, Vec<i64>) {
    app.chapter("alpha", "Europe/Berlin").await;
    let token = app.host_token("alpha", "host@alpha.test").await;
    let host = app.browser();
    app.sign_in(&host, "host@alpha.test").await;
    let night: Value =
        app.create_event(&token, "alpha", &TestApp::night("Stage Night", 60)).await.json().await.unwrap();
    let night_id = night["id"].as_i64().unwrap();
    let alpha = app.open_call("alpha").await;
    let mut ids = Vec::new();
    for (i, slides) in decks.iter().enumerate() {
        let input = TestApp::story(
            &format!("Speaker {i}"),
            &format!("speaker{i}@example.org"),
            &format!("Failure number {}", i + 1),
        );
        let story = app.confirmed_talk(&alpha, &input, None).await;
        assert_eq!(story.state(), State::Confirmed);
        let lineup = format!("/host/c/alpha/events/{night_id}/lineup");
        let placed = host.post(app.url(&lineup)).form(&[("op", "add"), ("story", &story.id.to_string())]).send().await;
        assert_eq!(placed.unwrap().status(), 303);
        for position in 1..=*slides {
            let hash = format!("{:064x}", story.id * 1000 + position as i64);
            let mut tx = app.db().begin().await.unwrap();
            failnight_core::with_tx!(&mut tx, |e| {
                sqlx::query(
                    "INSERT INTO images (hash, media_type, width, height, bytes, created_at) VALUES ($1, 'image/png', 16, 9, $2, 0)",
                )
                .bind(&hash)
                .bind(vec![0u8; 4])
                .execute(&mut *e)
                .await
                .unwrap();
                sqlx::query("INSERT INTO deck_slides (submission_id, position, image_hash) VALUES ($1, $2, $3)")
                    .bind(story.id)
                    .bind(position as i64)
                    .bind(&hash)
                    .execute(&mut *e)
                    .await
                    .unwrap();
            });
            tx.commit().await.unwrap();
        }
        ids.push(story.id);
    }
    (host, night_id, ids)
}

fn stage_path(night: i64) -> String {
    format!("/host/c/alpha/events/{night}/stage")
}

async fn act(app: &TestApp, host: &Client, night: i64, action: &str) -> Response {
    host.post(app.url(&format!("{}/control", stage_path(night)))).form(&[("action", action)]).send().await.unwrap()
}

pub(crate) async fn acted(app: &TestApp, host: &Client, night: i64, action: &str) {
    let response = act(app, host, night, action).await;
    assert_eq!(response.status(), 303, "{action}");
}

async fn page(client: &Client, app: &TestApp, path: &str) -> String {
    let response = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {path}");
    response.text().await.unwrap()
}

async fn control_page(app: &TestApp, host: &Client, night: i64) -> String {
    page(host, app, &format!("{}/control", stage_path(night))).await
}

async fn control_actions_move_the_stage_over_time(app: TestApp) {
    let (host, night, _) = night_with_talks(&app, &[3, 0]).await;
    let page = control_page(&app, &host, night).await;
    assert!(page.contains("The night has not started on stage."), "{page}");
    let refused = act(&app, &host, night, "next_segment").await;
    assert_eq!(refused.status(), 409);
    assert!(refused.text().await.unwrap().contains("Start the night first."));
    let unknown = act(&app, &host, night, "explode").await;
    assert_eq!(unknown.status(), 400);

    acted(&app, &host, night, "start").await;
    assert!(control_page(&app, &host, night).await.contains("<strong>Welcome</strong>"));
    assert!(control_page(&app, &host, night).await.contains("10:00"), "the opening's ten minutes");
    clock(&app).advance(Duration::minutes(11));
    assert!(control_page(&app, &host, night).await.contains("-1:00"), "overtime shows, the stage waits");
    acted(&app, &host, night, "next_segment").await; // the title card of talk 1
    assert!(control_page(&app, &host, night).await.contains("Failure number 1"));
    acted(&app, &host, night, "next_segment").await; // its slides
    let page = control_page(&app, &host, night).await;
    assert!(page.contains("slide 1 of 3") && page.contains("0:40"), "{page}");
    // Slides move on by themselves every 40 s…
    clock(&app).advance(Duration::seconds(45));
    let page = control_page(&app, &host, night).await;
    assert!(page.contains("slide 2 of 3") && page.contains("0:35"), "{page}");
    // …+30 s goes to the slide showing…
    acted(&app, &host, night, "add_time").await;
    assert!(control_page(&app, &host, night).await.contains("1:05"));
    // …pausing stops the clock, moving while paused keeps it paused.
    acted(&app, &host, night, "pause").await;
    clock(&app).advance(Duration::minutes(5));
    let page = control_page(&app, &host, night).await;
    assert!(page.contains("slide 2 of 3") && page.contains("paused") && page.contains("1:05"), "{page}");
    assert_eq!(act(&app, &host, night, "pause").await.status(), 409);
    acted(&app, &host, night, "resume").await;
    // After the last slide: the speaker's Q&A with its five minutes.
    clock(&app).advance(Duration::seconds(65 + 40));
    let page = control_page(&app, &host, night).await;
    assert!(page.contains("<strong>Questions</strong>") && page.contains("5:00"), "{page}");
    assert_eq!(act(&app, &host, night, "next_slide").await.status(), 409, "no slides in a Q&A");
    // Talk 2 has no deck: its title card stays up for the slide time (10 × 40 s).
    acted(&app, &host, night, "next_segment").await;
    acted(&app, &host, night, "next_segment").await;
    let page = control_page(&app, &host, night).await;
    assert!(page.contains("Failure number 2") && page.contains("6:40") && !page.contains("slide 1 of"), "{page}");
    acted(&app, &host, night, "skip_to_qa").await;
    assert!(control_page(&app, &host, night).await.contains("<strong>Questions</strong>"));
    acted(&app, &host, night, "next_segment").await;
    assert!(control_page(&app, &host, night).await.contains("<strong>Thank you</strong>"));
    let end = act(&app, &host, night, "next_segment").await;
    assert_eq!(end.status(), 409);
    assert!(end.text().await.unwrap().contains("This is the end of the night."));

    // Stored on the server: a reload (or a second projector) picks up where the night is.
    let projector = page_of(&app, &host, night).await;
    assert!(projector.contains("Thank you"));
    let state = failnight_stage::store::get(app.db(), night).await.unwrap();
    assert_eq!(state.version, 10, "every action that did something bumped the version once");
    // Every action that changed the stage is in the audit log, the refused ones are not.
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'stage: %'").await, 10);
    app.stop().await;
}

/// A speaker who chose "never shown" for their slides gets their title card on stage, however
/// many slides their deck holds; nobody's slide image is on the projector.
async fn slides_the_speaker_never_wants_shown_stay_off_the_stage(app: TestApp) {
    let (host, night, talks) = night_with_talks(&app, &[3]).await;
    let mut tx = app.db().begin().await.unwrap();
    failnight_core::with_tx!(&mut tx, |e| {
        sqlx::query("UPDATE submissions SET slides_use = 'never' WHERE id = $1")
            .bind(talks[0])
            .execute(&mut *e)
            .await
            .unwrap();
    });
    tx.commit().await.unwrap();
    acted(&app, &host, night, "start").await;
    acted(&app, &host, night, "next_segment").await; // the title card
    acted(&app, &host, night, "next_segment").await; // the talk: its title card for 10 × 40 s
    let page = control_page(&app, &host, night).await;
    assert!(page.contains("Failure number 1") && page.contains("6:40") && !page.contains("slide 1 of"), "{page}");
    assert!(!page_of(&app, &host, night).await.contains("/slides/"), "no slide on the projector");
    app.stop().await;
}

async fn page_of(app: &TestApp, host: &Client, night: i64) -> String {
    page(host, app, &stage_path(night)).await
}

/// The events of a server-sent stream, read as they come.
struct Events {
    response: Response,
    buffer: String,
}

impl Events {
    async fn open(client: &Client, url: &str) -> Events {
        let response = client.get(url).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        Events { response, buffer: String::new() }
    }

    /// The next event named `name` (others skipped), within `within`.
    async fn next(&mut self, name: &str, within: StdDuration) -> Value {
        self.within(name, within).await.unwrap_or_else(|| panic!("no {name} event in {within:?}"))
    }

    /// The next event named `name` if one comes within `within`.
    async fn within(&mut self, name: &str, within: StdDuration) -> Option<Value> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            while let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let mut event = "message";
                let mut data = String::new();
                for line in block.lines() {
                    if let Some(e) = line.strip_prefix("event: ").or_else(|| line.strip_prefix("event:")) {
                        event = if e == name { name } else { "other" };
                    } else if let Some(d) = line.strip_prefix("data: ").or_else(|| line.strip_prefix("data:")) {
                        data.push_str(d);
                    }
                }
                if event == name {
                    return Some(serde_json::from_str(&data).unwrap());
                }
            }
            let Ok(chunk) = tokio::time::timeout_at(deadline, self.response.chunk()).await else { return None };
            let chunk = chunk.unwrap().expect("the stream stays open");
            self.buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    }
}

async fn a_control_action_reaches_a_connected_stream(app: TestApp) {
    let (host, night, _) = night_with_talks(&app, &[2]).await;
    let url = app.url(&format!("{}/live", stage_path(night)));
    let mut projector = Events::open(&host, &url).await;
    let first = projector.next("state", StdDuration::from_secs(5)).await;
    assert_eq!(first["version"], 0);
    assert!(first["started_at"].is_null());
    assert_eq!(first["segments"].as_array().unwrap().len(), 5);
    assert_eq!(first["talks"][0]["slides"][0].as_str().unwrap().len(), "/host/c/alpha/slides/".len() + 64);
    let sent = Instant::now();
    acted(&app, &host, night, "start").await;
    let state = projector.next("state", StdDuration::from_secs(2)).await;
    let took = sent.elapsed();
    assert_eq!(state["version"], 1);
    assert!(state["started_at"].as_i64().is_some());
    assert!(
        (state["now"].as_i64().unwrap() - chrono::Utc::now().timestamp_millis()).abs() < 5_000,
        "the server's clock"
    );
    println!("a control action reached the stream in {took:?}");
    assert!(took < StdDuration::from_millis(500), "{took:?}");
    // A second projector (or a reload) starts from the current state.
    let mut second = Events::open(&host, &url).await;
    assert_eq!(second.next("state", StdDuration::from_secs(5)).await["version"], 1);
    // The audience's stream carries no slide addresses and no pending questions.
    let audience = app.browser();
    let mut live = Events::open(&audience, &app.url(&format!("/e/{night}/live/events"))).await;
    let seen = live.next("state", StdDuration::from_secs(5)).await;
    assert_eq!(seen["talks"][0]["slides"], serde_json::json!([]));
    drop((projector, second, live));
    app.stop().await;
}

/// Live, a question waiting for the hosts reaches its asker's phone and no other (the other
/// phones get no snapshot at all: nothing they show changed); approved, it reaches them all;
/// a burst of votes reaches them as a snapshot or two, not one per vote.
async fn a_waiting_question_reaches_only_its_asker_live(app: TestApp) {
    let (host, night, _) = night_with_talks(&app, &[2]).await;
    acted(&app, &host, night, "start").await;
    let events = app.url(&format!("/e/{night}/live/events"));
    let (ada, bob) = (app.browser(), app.browser());
    // Each phone's cookie comes with the page.
    page(&ada, &app, &format!("/e/{night}/live")).await;
    page(&bob, &app, &format!("/e/{night}/live")).await;
    let mut ada_live = Events::open(&ada, &events).await;
    let mut bob_live = Events::open(&bob, &events).await;
    for live in [&mut ada_live, &mut bob_live] {
        assert_eq!(live.next("state", StdDuration::from_secs(5)).await["questions"], serde_json::json!([]));
    }
    assert_eq!(ask(&app, &ada, night, "Who paid for the pizza?", "").await.status(), 303);
    let mine = ada_live.next("state", StdDuration::from_secs(2)).await;
    assert_eq!(mine["questions"][0]["text"], "Who paid for the pizza?");
    assert_eq!(mine["questions"][0]["status"], "pending");
    assert_eq!(mine["questions"][0]["mine"], true);
    assert_eq!(bob_live.within("state", StdDuration::from_millis(500)).await, None, "nothing new for Bob");
    let question = stage_service::questions(&app.state, night).await.unwrap()[0].id;
    let url = app.url(&format!("{}/questions/{question}", stage_path(night)));
    assert_eq!(host.post(url).form(&[("status", "approved")]).send().await.unwrap().status(), 303);
    let theirs = bob_live.next("state", StdDuration::from_secs(2)).await;
    assert_eq!(theirs["questions"][0]["text"], "Who paid for the pizza?");
    assert_eq!(theirs["questions"][0]["mine"], false);
    assert_eq!(ada_live.next("state", StdDuration::from_secs(2)).await["questions"][0]["status"], "approved");
    // A burst of votes reaches the phones as one or two snapshots with the final count, not
    // one per vote (questions go at most every half second).
    for _ in 0..6 {
        let voter = app.browser();
        let url = app.url(&format!("/e/{night}/live/questions/{question}/vote"));
        assert_eq!(voter.post(url).send().await.unwrap().status(), 303);
    }
    let mut snapshots = 0;
    let mut votes = Value::Null;
    while let Some(state) = bob_live.within("state", StdDuration::from_millis(1500)).await {
        snapshots += 1;
        votes = state["questions"][0]["votes"].clone();
    }
    assert_eq!(votes, 6, "the last snapshot has every vote");
    assert!(snapshots <= 3, "{snapshots} snapshots for 6 votes");
    drop((ada_live, bob_live));
    app.stop().await;
}

/// A question asked through the audience page's plain form; the response.
pub(crate) async fn ask(app: &TestApp, browser: &Client, night: i64, text: &str, name: &str) -> Response {
    let form = [("text", text), ("name", name)];
    browser.post(app.url(&format!("/e/{night}/live/ask"))).form(&form).send().await.unwrap()
}

async fn questions_reach_the_projector_only_approved_and_in_their_qa(app: TestApp) {
    let (host, night, talks) = night_with_talks(&app, &[2, 2]).await;
    let ada = app.browser();
    let bob = app.browser();
    let live = format!("/e/{night}/live");
    let before = page(&ada, &app, &live).await;
    assert!(before.contains("The stage has not started yet") || before.contains("First up"), "{before}");
    let early = ask(&app, &ada, night, "Too early?", "").await;
    assert_eq!(early.status(), 409);
    assert!(early.text().await.unwrap().contains("Questions open when the night starts on stage."));

    acted(&app, &host, night, "start").await;
    acted(&app, &host, night, "next_segment").await; // talk 1's title card
    acted(&app, &host, night, "next_segment").await; // its slides
    // Asked without JavaScript: post, redirect, get.
    let asked = ask(&app, &ada, night, "Did the pager ever stop?", "").await;
    assert_eq!(asked.status(), 303);
    assert_eq!(asked.headers()["location"], format!("/e/{night}/live?asked=1").as_str());
    let mine = page(&ada, &app, &format!("{live}?asked=1")).await;
    assert!(mine.contains("Did the pager ever stop?") && mine.contains("waiting for the hosts"), "{mine}");
    assert!(!page(&bob, &app, &live).await.contains("Did the pager"), "nobody else sees it before approval");
    let named = ask(&app, &bob, night, "What would you do again?", "Bob").await;
    assert_eq!(named.status(), 303);
    let stored = stage_service::questions(&app.state, night).await.unwrap();
    assert_eq!(stored.len(), 2);
    assert!(stored.iter().all(|q| q.submission_id == talks[0]), "for the talk on stage");
    let pager = stored.iter().find(|q| q.text.starts_with("Did the pager")).unwrap();
    let again = stored.iter().find(|q| q.text.starts_with("What would")).unwrap();
    assert_eq!(pager.name, None, "anonymous by default");
    assert_eq!(again.name.as_deref(), Some("Bob"));
    assert_ne!(pager.client_key, again.client_key);
    assert!(!pager.client_key.contains("127.0.0.1"), "a hash, not an address");

    // Not in the Q&A yet, and not approved: the projector shows neither.
    acted(&app, &host, night, "skip_to_qa").await;
    let projector = page_of(&app, &host, night).await;
    assert!(!projector.contains("Did the pager") && !projector.contains("What would"), "pending stays off screen");
    // Hosts see both on the control, and approve one, hide the other.
    let control = control_page(&app, &host, night).await;
    assert!(control.contains("Did the pager ever stop?") && control.contains("What would you do again?"));
    let moderate = |id: i64, status: &'static str| {
        let url = app.url(&format!("{}/questions/{id}", stage_path(night)));
        let host = host.clone();
        async move { host.post(url).form(&[("status", status)]).send().await.unwrap().status() }
    };
    assert_eq!(moderate(pager.id, "approved").await, StatusCode::SEE_OTHER);
    assert_eq!(moderate(again.id, "hidden").await, StatusCode::SEE_OTHER);
    assert_eq!(moderate(999_999, "approved").await, StatusCode::NOT_FOUND);
    assert_eq!(moderate(pager.id, "shouted").await, StatusCode::BAD_REQUEST);
    let projector = page_of(&app, &host, night).await;
    assert!(projector.contains("Did the pager ever stop?") && !projector.contains("What would"), "{projector}");

    // Votes: once per browser; an unapproved question takes none.
    let vote = |browser: &Client, id: i64| {
        let url = app.url(&format!("/e/{night}/live/questions/{id}/vote"));
        let browser = browser.clone();
        async move { browser.post(url).send().await.unwrap() }
    };
    let first = vote(&bob, pager.id).await;
    assert_eq!(first.status(), 303);
    assert!(first.headers()["location"].to_str().unwrap().contains("voted=1"));
    assert!(vote(&bob, pager.id).await.headers()["location"].to_str().unwrap().contains("again=1"));
    assert_eq!(vote(&ada, pager.id).await.status(), 303);
    assert_eq!(vote(&ada, again.id).await.status(), 404, "hidden questions take no votes");
    assert_eq!(app.count("SELECT votes FROM stage_questions WHERE text LIKE 'Did the pager%'").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM stage_votes").await, 2);
    let audience = page(&bob, &app, &live).await;
    assert!(audience.contains("Did the pager ever stop?") && audience.contains("2</span> votes"), "{audience}");

    // Only in that speaker's Q&A: on to talk 2, the projector's Q&A shows none of talk 1's.
    acted(&app, &host, night, "next_segment").await;
    acted(&app, &host, night, "skip_to_qa").await;
    assert!(!page_of(&app, &host, night).await.contains("Did the pager"));
    assert!(!page(&bob, &app, &live).await.contains("Did the pager"), "the audience sees talk 2's questions");
    for _ in 0..3 {
        acted(&app, &host, night, "previous_segment").await; // back to talk 1's Q&A
    }
    assert!(page_of(&app, &host, night).await.contains("Did the pager"));
    // Answered: off the projector, still listed for the audience as answered.
    assert_eq!(moderate(pager.id, "answered").await, StatusCode::SEE_OTHER);
    assert!(!page_of(&app, &host, night).await.contains("Did the pager"));
    assert!(page(&bob, &app, &live).await.contains("answered"));
    // Moderation is audited by number, never by text.
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'question %'").await, 3);
    let places = app.places_containing("Did the pager").await;
    assert_eq!(places, ["stage_questions.text (1 rows)"], "the question's text is nowhere else");
    app.stop().await;
}

async fn questions_are_length_limited_with_clear_errors(app: TestApp) {
    let (host, night, _) = night_with_talks(&app, &[1]).await;
    acted(&app, &host, night, "start").await;
    let ada = app.browser();
    let long = "x".repeat(281);
    let response = ask(&app, &ada, night, &long, "").await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("Use at most 280 characters.") && body.contains(&long), "shown again as typed");
    let response = ask(&app, &ada, night, "   ", "").await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("Write your question."));
    let response = ask(&app, &ada, night, "Fine?", &"n".repeat(61)).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("Use at most 60 characters."));
    assert_eq!(ask(&app, &ada, night, &"é".repeat(280), "").await.status(), 303, "characters, not bytes");
    assert_eq!(app.count("SELECT COUNT(*) FROM stage_questions").await, 1);
    // A night that is not public has no audience page.
    assert_eq!(app.browser().get(app.url("/e/999999/live")).send().await.unwrap().status(), 404);
    // The ticket page links to it.
    let token = app.rsvp_token(night, "Guest", "guest@example.org").await;
    assert!(page(&app.browser(), &app, &format!("/t/{token}")).await.contains(&format!("/e/{night}/live")));
    app.stop().await;
}

async fn asking_is_rate_limited_per_browser(app: TestApp) {
    let (host, night, _) = night_with_talks(&app, &[1]).await;
    acted(&app, &host, night, "start").await;
    let ada = app.browser();
    for i in 0..5 {
        assert_eq!(ask(&app, &ada, night, &format!("Question {i}?"), "").await.status(), 303);
    }
    assert_eq!(ask(&app, &ada, night, "One more?", "").await.status(), 429);
    // Another browser in the same room (the same address) still asks.
    assert_eq!(ask(&app, &app.browser(), night, "Me too?", "").await.status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM stage_questions").await, 6);
    app.stop().await;
}

async fn door_staff_and_other_chapters_cannot_run_the_stage(app: TestApp) {
    let (_, night, _) = night_with_talks(&app, &[1]).await;
    app.cli(&["host", "add", "--chapter", "alpha", "--email", "door@alpha.test", "--role", "door"]).await.unwrap();
    app.chapter("beta", "Europe/Paris").await;
    app.cli(&["host", "add", "--chapter", "beta", "--email", "owner@beta.test", "--role", "owner"]).await.unwrap();
    let door = app.browser();
    app.sign_in(&door, "door@alpha.test").await;
    let other = app.browser();
    app.sign_in(&other, "owner@beta.test").await;
    for who in [&door, &other] {
        for path in [stage_path(night), format!("{}/control", stage_path(night)), format!("{}/live", stage_path(night))]
        {
            assert_eq!(who.get(app.url(&path)).send().await.unwrap().status(), 403, "{path}");
        }
        assert_eq!(act(&app, who, night, "start").await.status(), 403);
        // Their own chapter's URL does not reach another chapter's night either.
        let beta = format!("/host/c/beta/events/{night}/stage/control");
        let status = who.post(app.url(&beta)).form(&[("action", "start")]).send().await.unwrap().status();
        assert!(status == 403 || status == 404, "{status}");
    }
    let anonymous = app.browser().get(app.url(&stage_path(night))).send().await.unwrap();
    assert_eq!(anonymous.status(), 303, "to sign in");
    assert!(failnight_stage::store::get(app.db(), night).await.unwrap().started_at.is_none());
    app.stop().await;
}

async fn questions_go_after_retention_and_with_a_cancelled_night(app: TestApp) {
    let (host, night, _) = night_with_talks(&app, &[1]).await;
    acted(&app, &host, night, "start").await;
    assert_eq!(ask(&app, &app.browser(), night, "Kept for a while?", "Ada").await.status(), 303);
    // A second night, cancelled: its questions go with it at once.
    let token = app.host_token("alpha", "second@alpha.test").await;
    let other: Value =
        app.create_event(&token, "alpha", &TestApp::night("Other Night", 60)).await.json().await.unwrap();
    let other = other["id"].as_i64().unwrap();
    let talk = failnight_submissions::lineup::placed(app.db(), night).await.unwrap()[0].id;
    let mut tx = app.db().begin().await.unwrap();
    failnight_stage::questions::ask(&mut tx, other, talk, "On the other night", None, "k", 0).await.unwrap();
    tx.commit().await.unwrap();
    failnight_app::services::cancel_event(&app.state, Actor::System, other, failnight_app::Mode::Apply).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM stage_questions").await, 1, "the cancelled night's went");

    // Retention: six months after the night (30 days from now, three hours long).
    assert_eq!(stage_service::run_jobs(&app.state).await.unwrap(), 0);
    clock(&app).advance(Duration::days(30 + 182 - 5));
    assert_eq!(stage_service::run_jobs(&app.state).await.unwrap(), 0, "not before");
    assert_eq!(app.count("SELECT COUNT(*) FROM stage_questions").await, 1);
    clock(&app).advance(Duration::days(10));
    assert_eq!(stage_service::run_jobs(&app.state).await.unwrap(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM stage_questions").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM stage_votes").await, 0);
    assert!(app.places_containing("Kept for a while").await.is_empty());
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'questions deleted after retention'").await, 1);
    assert_eq!(stage_service::run_jobs(&app.state).await.unwrap(), 0, "idempotent");
    app.stop().await;
}

/// Two in-process instances on one PostgreSQL: the control on A moves the projector's stream
/// on B within 200 ms (through LISTEN/NOTIFY).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_postgres_move_together() {
    let Some(a) = TestApp::spawn_with_options(Backend::Postgres, Options::default()).await else { return };
    let (host, night, _) = night_with_talks(&a, &[2]).await;
    let mut settings = a.settings.clone();
    settings.listen = "127.0.0.1:0".into();
    settings.metrics_listen = None;
    let b = failnight_gateway::Application::build(&settings).await.unwrap();
    let b_address = format!("http://{}", b.local_addr());
    let b_state = b.state().clone();
    let (stop_b, stopped) = tokio::sync::oneshot::channel::<()>();
    let server_b = tokio::spawn(b.serve(false, async move {
        let _ = stopped.await;
    }));
    // B's listener is up (it tells its views to resync when it connects).
    let deadline = Instant::now() + StdDuration::from_secs(10);
    while !b_state.live.listening() {
        assert!(Instant::now() < deadline, "B's listener connects");
        tokio::time::sleep(StdDuration::from_millis(20)).await;
    }
    // The host's session works on B too (sessions are in the database).
    let url = format!("{b_address}{}/live", stage_path(night));
    let mut on_b = Events::open(&host, &url).await;
    assert_eq!(on_b.next("state", StdDuration::from_secs(5)).await["version"], 0);
    let mut worst = StdDuration::ZERO;
    for (i, action) in
        ["start", "next_segment", "next_segment", "next_slide", "pause", "resume", "skip_to_qa"].into_iter().enumerate()
    {
        let sent = Instant::now();
        acted(&a, &host, night, action).await;
        let state = on_b.next("state", StdDuration::from_secs(2)).await;
        let took = sent.elapsed();
        assert_eq!(state["version"], i as i64 + 1, "{action}");
        worst = worst.max(took);
    }
    println!("two instances: the slowest of 7 control actions on A reached B's stream in {worst:?}");
    assert!(worst < StdDuration::from_millis(200), "{worst:?}");

    // A dropped listener reconnects, and its views resync (what was sent meanwhile is lost).
    let dropped = Instant::now();
    let killed = failnight_core::with_db!(a.db(), |e| sqlx::query_scalar::<_, bool>(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query ILIKE 'LISTEN%'"
    )
    .fetch_all(e)
    .await)
    .unwrap();
    assert_eq!(killed.len(), 2, "one listener per instance");
    assert_eq!(on_b.next("state", StdDuration::from_secs(10)).await["version"], 7, "B's view resyncs");
    let deadline = Instant::now() + StdDuration::from_secs(10);
    while !b_state.live.listening() {
        assert!(Instant::now() < deadline, "B's listener reconnects");
        tokio::time::sleep(StdDuration::from_millis(10)).await;
    }
    println!("two instances: B's listener was back {:?} after its connection was killed", dropped.elapsed());
    acted(&a, &host, night, "next_segment").await;
    let deadline = tokio::time::Instant::now() + StdDuration::from_secs(2);
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        if on_b.next("state", left).await["version"] == 8 {
            break;
        }
    }
    drop(on_b);
    let _ = stop_b.send(());
    server_b.await.unwrap().unwrap();
    a.stop().await;
}

/// The stage and the audience's questions through the API, as the phone control does.
async fn hosts_run_the_stage_and_moderate_through_the_api(app: TestApp) {
    let (_, night, talks) = night_with_talks(&app, &[2]).await;
    let token = app.host_token("alpha", "api@alpha.test").await;
    let stage = format!("/api/v1/events/{night}/stage");
    let bad = app.host(reqwest::Method::POST, &token, &stage, Some(&serde_json::json!({"action": "jump"}))).await;
    assert_eq!(bad.status(), 422);
    let started =
        app.host_ok(reqwest::Method::POST, &token, &stage, Some(&serde_json::json!({"action": "start"})), 200).await;
    assert_eq!((started["started"].as_bool(), started["version"].as_i64()), (Some(true), Some(1)));
    // Skipping to a Q&A is refused before the first talk (nothing moves), then works in it.
    let act = |action: &'static str| {
        let body = serde_json::json!({"action": action});
        let request = app.client.post(app.url(&stage)).bearer_auth(&token).json(&body);
        async move { request.send().await.unwrap() }
    };
    assert_eq!(act("skip_to_qa").await.status(), 409);
    assert_eq!(act("next_segment").await.status(), 200);
    assert_eq!(act("next_segment").await.status(), 200);
    let skipped: serde_json::Value = act("skip_to_qa").await.json().await.unwrap();
    assert_eq!(skipped["version"], 4, "{skipped}");

    // A question from the room, approved by the API: then the audience sees it.
    let guest = app.browser();
    assert_eq!(ask(&app, &guest, night, "What would you do first today?", "").await.status(), 303);
    let question: i64 = app.count("SELECT MAX(id) FROM stage_questions").await;
    let path = format!("/api/v1/events/{night}/questions/{question}");
    let wrong = app.host(reqwest::Method::POST, &token, &path, Some(&serde_json::json!({"status": "shown"}))).await;
    assert_eq!(wrong.status(), 422);
    let approved =
        app.host(reqwest::Method::POST, &token, &path, Some(&serde_json::json!({"status": "approved"}))).await;
    assert_eq!(approved.status(), 204);
    assert_eq!(app.count("SELECT COUNT(*) FROM stage_questions WHERE status = 'approved'").await, 1);
    let other = format!("/api/v1/events/{night}/questions/999999");
    let missing = app.host(reqwest::Method::POST, &token, &other, Some(&serde_json::json!({"status": "hidden"}))).await;
    assert_eq!(missing.status(), 404);
    assert_eq!(talks.len(), 1);
}
