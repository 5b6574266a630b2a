//! The call for stories over HTTP with mail over SMTP: submitting (with the spam defences),
//! the private page, review and blind review, decisions and their emails, the confirmation
//! reminder and the hosts' alert (driven by a manual clock and the job function, no sleeping),
//! the lineup and the speakers' invites, the public page's privacy, every refused transition,
//! withdrawal, export and deletion, and the retention job.

use std::collections::HashMap;

use chrono::Duration;
use failnight_app::services::{Actor, stories as story_services};
use failnight_core::{Clock, time::ManualClock};
use failnight_scheduling::chapters;
use failnight_submissions::{
    Action, State, StorySettings,
    settings::SettingsInput,
    stories::{self, StoryInput},
};
use mail_parser::MimeHeaders;
use reqwest::{Client, Method, Response};
use serde_json::{Value, json};

use crate::support::{TestApp, both_backends, ics, smtp::MAIL_WAIT, smtp::Received};

both_backends!(
    options: crate::support::Options { clock: Some(failnight_core::time::ManualClock::new(chrono::Utc::now())), ..Default::default() };
    story_journey_from_call_to_public_page,
    retention_deletes_what_it_should_and_nothing_else,
);
both_backends!(
    options: crate::support::Options {
        workers: false,
        clock: Some(failnight_core::time::ManualClock::new(chrono::Utc::now())),
        rate_limits: true,
        ..Default::default()
    };
    a_deleted_story_is_gone_from_every_table,
);
both_backends!(
    every_invalid_transition_is_refused,
    a_withdrawn_talk_leaves_the_lineup_and_hosts_are_told,
    blind_review_hides_who_the_speaker_is,
    speakers_export_and_delete_their_data,
    each_host_scores_before_seeing_the_others,
    hosts_review_decide_and_place_stories_through_the_api,
);

fn clock(app: &TestApp) -> &ManualClock {
    app.clock.as_ref().expect("a manual clock")
}

/// A chapter `alpha` with an owner signed in (returns the owner's browser and API token).
async fn chapter_with_host(app: &TestApp) -> (Client, String) {
    app.chapter("alpha", "Europe/Berlin").await;
    let token = app.host_token("alpha", "host@alpha.test").await;
    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    (browser, token)
}

async fn post(browser: &Client, app: &TestApp, path: &str, form: &[(&str, &str)]) -> Response {
    browser.post(app.url(path)).form(form).send().await.unwrap()
}

async fn text(browser: &Client, app: &TestApp, path: &str) -> String {
    let response = browser.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {path}");
    response.text().await.unwrap()
}

/// Opens chapter `slug`'s call through the host page, with `blind` review or not.
pub(crate) async fn open_call(browser: &Client, app: &TestApp, slug: &str, blind: bool) {
    let mut form = vec![
        ("call_open", "on"),
        ("confirm_reminder_days", "5"),
        ("retention_months", "6"),
        ("call_minutes", "45"),
        ("talk_minutes", "7"),
        ("qa_minutes", "5"),
        ("slides_per_talk", "10"),
        ("seconds_per_slide", "40"),
    ];
    if blind {
        form.push(("blind_review", "on"));
    }
    let response = post(browser, app, &format!("/host/c/{slug}/call"), &form).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
}

/// The form fields of a story.
fn story_form(name: &str, email: &str, appearance: &str, title: &str) -> Vec<(String, String)> {
    [
        ("name", name),
        ("email", email),
        ("appearance", appearance),
        ("title", title),
        ("story_project", "We built a payments system for a bakery chain."),
        ("story_wrong", "We shipped on a Friday and the ledger double-counted every croissant."),
        ("story_learned", "Reconcile daily; never trust a single source of truth you have not tested."),
        ("story_differently", "Feature flags, and a dry run against last month's data."),
        ("consent_photos", "yes"),
        ("consent_recording", "no"),
        ("consent_slides", "ask"),
        ("accept_coc", "on"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// Sends `fields` through the public form the way a person does: opens the page, takes their
/// time (the manual clock moves a minute, or a browser-paced wait without one), sends.
async fn submit(app: &TestApp, fields: &[(String, String)]) -> Response {
    let browser = app.browser();
    let page = text(&browser, app, "/c/alpha/speak").await;
    // A closed call has no form: send what a script would.
    let started = page.split("name=\"started\" value=\"").nth(1).map_or("0", |rest| rest.split('"').next().unwrap());
    let started = started.to_string();
    match &app.clock {
        Some(clock) => clock.advance(Duration::minutes(1)),
        None => panic!("use services::stories::submit without a manual clock"),
    }
    let mut form = fields.to_vec();
    form.push(("started".into(), started));
    browser.post(app.url("/c/alpha/speak")).form(&form).send().await.unwrap()
}

/// The newest email to `to` whose subject contains `subject`, waiting for it.
async fn mail_to(app: &TestApp, to: &str, subject: &str) -> Received {
    let find = |app: &TestApp| {
        app.smtp
            .messages()
            .into_iter()
            .rev()
            .find(|m| m.to == [to] && m.parse().subject().unwrap_or_default().contains(subject))
    };
    app.smtp.wait_until(&format!("an email to {to} about {subject:?}"), MAIL_WAIT, |_| find(app).is_some()).await;
    find(app).unwrap()
}

/// The private link (`/s/…`, as a path) in an email.
fn story_link(app: &TestApp, mail: &Received) -> String {
    let body = mail.parse().body_text(0).unwrap().to_string();
    let start = body.find(&app.url("/s/")).expect("a private link in the email") + app.address.len();
    body[start..].chars().take_while(|c| !c.is_whitespace()).collect()
}

fn invite_of(mail: &Received) -> Option<ics::Parsed> {
    let message = mail.parse();
    let part = message
        .parts
        .iter()
        .find(|p| p.content_type().is_some_and(|c| c.ctype() == "text" && c.subtype() == Some("calendar")))?;
    let method = part.content_type().unwrap().attribute("method").unwrap().to_string();
    let text = part.text_contents().unwrap().to_string();
    ics::assert_folded(&text);
    Some(ics::Parsed { method, calendar: ics::parse(&text) })
}

async fn story_id(app: &TestApp, email: &str) -> i64 {
    let sql = match email {
        "ada@example.org" => "SELECT MAX(id) FROM submissions WHERE email = 'ada@example.org'",
        "grace@example.org" => "SELECT MAX(id) FROM submissions WHERE email = 'grace@example.org'",
        _ => "SELECT MAX(id) FROM submissions",
    };
    app.count(sql).await
}

async fn story_journey_from_call_to_public_page(app: TestApp) {
    let (host, token) = chapter_with_host(&app).await;
    let night = app.create_event(&token, "alpha", &TestApp::night("Failure Night #1", 50)).await;
    assert_eq!(night.status(), 201);
    let night: Value = night.json().await.unwrap();
    let night_id = night["id"].as_i64().unwrap();

    // Closed until the hosts open it.
    assert!(text(&app.client, &app, "/c/alpha/speak").await.contains("is closed right now"));
    let refused = submit(&app, &story_form("Ada Lovelace", "ada@example.org", "real_name", "x")).await;
    assert_eq!(refused.status(), 409);
    open_call(&host, &app, "alpha", false).await;
    assert!(text(&app.client, &app, "/c/alpha").await.contains("/c/alpha/speak"), "the chapter page invites");

    // Spam defences: a form sent at once is shown again as typed; a filled honeypot is
    // thanked and dropped; missing fields are named next to the field.
    let mut ada = story_form("Ada Lovelace", "ada@example.org", "stage_name", "The ledger that lied");
    ada.push(("stage_name".into(), "The Phoenix".into()));
    ada.push(("teaser".into(), "A bakery, a ledger and a very long weekend.".into()));
    ada.push(("month".into(), chrono::Utc::now().format("%Y-%m").to_string()));
    let browser = app.browser();
    let page = text(&browser, &app, "/c/alpha/speak").await;
    let started = page.split("name=\"started\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let mut fast = ada.clone();
    fast.push(("started".into(), started));
    let too_fast = browser.post(app.url("/c/alpha/speak")).form(&fast).send().await.unwrap();
    assert_eq!(too_fast.status(), 422);
    let too_fast = too_fast.text().await.unwrap();
    assert!(too_fast.contains("That was quick") && too_fast.contains("The ledger that lied"), "kept as typed");
    let mut bot = ada.clone();
    bot.push(("leave_empty".into(), "http://spam.example".into()));
    let trapped = submit(&app, &bot).await;
    assert_eq!(trapped.status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM submissions").await, 0, "the honeypot stored nothing");
    let mut missing = ada.clone();
    missing.retain(|(k, _)| k != "story_wrong" && k != "accept_coc");
    let missing = submit(&app, &missing).await;
    assert_eq!(missing.status(), 422);
    let missing = missing.text().await.unwrap();
    assert!(missing.contains("f-story_wrong-error") && missing.contains("f-accept_coc-error"));

    // Two stories: Ada on a stage name, Grace anonymous.
    let sent = submit(&app, &ada).await;
    assert_eq!(sent.status(), 303);
    assert_eq!(sent.headers()["location"], "/c/alpha/speak/thanks");
    let grace = story_form("Grace Hopper", "grace@example.org", "anonymous", "The bug in the moth drawer");
    assert_eq!(submit(&app, &grace).await.status(), 303);
    let receipt = mail_to(&app, "ada@example.org", "We received your story").await;
    assert!(!receipt.parse().subject().unwrap().contains("ledger"), "no story in the subject");
    let ada_link = story_link(&app, &receipt);
    let grace_link = story_link(&app, &mail_to(&app, "grace@example.org", "We received your story").await);
    let (ada_id, grace_id) = (story_id(&app, "ada@example.org").await, story_id(&app, "grace@example.org").await);

    // The private page: private headers, the state, edits while undecided.
    let page = app.get(&ada_link).await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "no-store");
    assert_eq!(page.headers()["referrer-policy"], "no-referrer");
    assert!(page.headers()["x-robots-tag"].to_str().unwrap().contains("noindex"));
    let page = page.text().await.unwrap();
    assert!(page.contains("submitted") && page.contains("noindex"));
    let mut edited: Vec<(String, String)> = ada.iter().filter(|(k, _)| k != "email").cloned().collect();
    edited.retain(|(k, _)| k != "title");
    edited.push(("title".into(), "The ledger that lied twice".into()));
    let saved = app.client.post(app.url(&format!("{ada_link}/edit"))).form(&edited).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    assert!(app.get(&ada_link).await.text().await.unwrap().contains("The ledger that lied twice"));
    assert_eq!(app.get("/s/not-a-real-link").await.status(), 404);

    // Review: the queue filters by state and month; a host scores and comments.
    let queue = text(&host, &app, "/host/c/alpha/stories?state=submitted").await;
    assert!(queue.contains("The ledger that lied twice") && queue.contains("The bug in the moth drawer"));
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let next_year = (chrono::Utc::now() + Duration::days(400)).format("%Y-%m").to_string();
    assert!(text(&host, &app, &format!("/host/c/alpha/stories?month={month}")).await.contains("twice"));
    assert!(text(&host, &app, &format!("/host/c/alpha/stories?month={next_year}")).await.contains("moth"), "any month");
    assert!(!text(&host, &app, &format!("/host/c/alpha/stories?month={next_year}")).await.contains("twice"));
    assert!(text(&host, &app, "/host/c/alpha").await.contains("2 stories waiting for review"));
    let path = format!("/host/c/alpha/stories/{ada_id}");
    assert_eq!(post(&host, &app, &format!("{path}/review"), &[("score", "9")]).await.status(), 422);
    let reviewed = post(&host, &app, &format!("{path}/review"), &[("score", "5"), ("comment", "Funny and sad")]).await;
    assert_eq!(reviewed.status(), 303);
    let story_page = text(&host, &app, &path).await;
    assert!(story_page.contains("Funny and sad") && story_page.contains("ada@example.org"));
    assert!(text(&host, &app, "/host/c/alpha/stories").await.contains("5.0"));

    // Decisions: the acceptance asks for action.
    for id in [ada_id, grace_id] {
        let decided = post(&host, &app, &format!("/host/c/alpha/stories/{id}/decide"), &[("decision", "accept")]).await;
        assert_eq!(decided.status(), 303);
    }
    let accepted = mail_to(&app, "ada@example.org", "Action required").await;
    let subject = accepted.parse().subject().unwrap().to_string();
    assert!(subject.starts_with("Action required"), "{subject}");
    assert!(accepted.parse().body_text(0).unwrap().contains(&app.url(&ada_link)), "the link to confirm");
    assert!(app.get(&ada_link).await.text().await.unwrap().contains("Yes, I confirm my talk"));
    let confirmed = app.client.post(app.url(&format!("{ada_link}/answer"))).form(&[("answer", "confirm")]).send();
    assert_eq!(confirmed.await.unwrap().status(), 303);
    mail_to(&app, "ada@example.org", "is confirmed").await;

    // Grace does not answer: a reminder after five days (once), the hosts after ten.
    assert_eq!(story_services::run_jobs(&app.state).await.unwrap(), Default::default(), "nothing due yet");
    clock(&app).advance(Duration::days(5) + Duration::hours(1));
    let report = story_services::run_jobs(&app.state).await.unwrap();
    assert_eq!((report.reminded, report.hosts_alerted), (1, 0));
    assert_eq!(story_services::run_jobs(&app.state).await.unwrap().reminded, 0, "reminded once");
    let reminder = mail_to(&app, "grace@example.org", "reminder to confirm").await;
    assert!(reminder.parse().subject().unwrap().starts_with("Action required"));
    clock(&app).advance(Duration::days(5));
    let report = story_services::run_jobs(&app.state).await.unwrap();
    assert_eq!((report.reminded, report.hosts_alerted), (0, 1));
    mail_to(&app, "host@alpha.test", "has not confirmed").await;
    assert_eq!(story_services::run_jobs(&app.state).await.unwrap().hosts_alerted, 0, "told once");
    let answered = app.client.post(app.url(&format!("{grace_link}/answer"))).form(&[("answer", "confirm")]).send();
    assert_eq!(answered.await.unwrap().status(), 303);

    // The lineup: both talks placed in order; each speaker gets the night's invite with
    // their call time; the run-of-show is shown to hosts and speakers.
    let lineup = format!("/host/c/alpha/events/{night_id}/lineup");
    assert_eq!(post(&host, &app, &lineup, &[]).await.status(), 422);
    for id in [grace_id, ada_id] {
        let placed = post(&host, &app, &lineup, &[("op", "add"), ("story", &id.to_string())]).await;
        assert_eq!(placed.status(), 303);
    }
    let moved = post(&host, &app, &lineup, &[("op", "up"), ("story", &ada_id.to_string())]).await;
    assert_eq!(moved.status(), 303);
    let run = text(&host, &app, &lineup).await;
    let (first, second) =
        (run.find("Talk 1: &#34;The ledger").or_else(|| run.find("Talk 1: &quot;The ledger")), run.find("Talk 2:"));
    assert!(first.is_some() && second.is_some() && first < second, "Ada first after moving up: {run}");
    assert!(run.contains("6:15 PM") && run.contains("Doors open") && run.contains("7:00 PM"), "clock times");
    let uid = ics::prop(
        &ics::parse(&app.get(&format!("/e/{night_id}/event.ics")).await.text().await.unwrap()).events[0],
        "UID",
    )
    .unwrap();
    for to in ["ada@example.org", "grace@example.org"] {
        let invite = mail_to(&app, to, "You're speaking at").await;
        let parsed = invite_of(&invite).expect("an invite");
        assert_eq!(parsed.method, "REQUEST");
        let vevent = &parsed.calendar.events[0];
        assert_eq!(ics::prop(vevent, "UID").unwrap(), uid, "the night's own calendar object");
        assert!(ics::unescape(&ics::prop(vevent, "DESCRIPTION").unwrap()).contains("Your call time: 6:15 PM"));
    }
    let speaker_view = app.get(&ada_link).await.text().await.unwrap();
    assert!(speaker_view.contains("Your call time: 6:15 PM") && speaker_view.contains("Run of show"));

    // The public page: only what each speaker allowed.
    let public = app.get(&format!("/e/{night_id}")).await.text().await.unwrap();
    for shown in ["The Phoenix", "A bakery, a ledger and a very long weekend.", "Anonymous speaker", "moth drawer"] {
        assert!(public.contains(shown), "{shown} on the public page");
    }
    for hidden in ["Ada", "Lovelace", "Grace", "Hopper", "@example.org", "croissant", "Reconcile"] {
        assert!(!public.contains(hidden), "{hidden} must not be public");
    }
    // Each talk has a generated avatar: the stage name's initials, a pattern for the anonymous
    // speaker; never the real name's initials.
    assert_eq!(public.matches("<svg class=\"avatar\"").count(), 2);
    assert!(public.contains(">TP</text>"), "The Phoenix");
    assert_eq!(public.matches("</text>").count(), 1, "no initials for the anonymous speaker");
    assert!(!public.contains(">AL</text>") && !public.contains(">GH</text>"));
    let json_ld: Value = serde_json::from_str(
        public.split("<script type=\"application/ld+json\">").nth(1).unwrap().split("</script>").next().unwrap(),
    )
    .unwrap();
    assert_eq!(json_ld["performer"], json!([{"@type": "Person", "name": "The Phoenix"}]), "no anonymous performer");
    let door = text(&host, &app, &format!("/host/c/alpha/events/{night_id}")).await;
    assert!(door.contains("photos: yes · recording: no · slides: on stage only"), "consent for the photographer");

    // Moving the night sends each speaker one update with the new SEQUENCE.
    let day = &night["starts_at"].as_str().unwrap()[..10];
    let patched = app
        .host_ok(
            Method::PATCH,
            &token,
            &format!("/api/v1/events/{night_id}"),
            Some(&json!({"starts_at": format!("{day}T19:30"), "ends_at": format!("{day}T22:30")})),
            200,
        )
        .await;
    assert_eq!(patched["notified"], 2, "the two speakers");
    for to in ["ada@example.org", "grace@example.org"] {
        let update = mail_to(&app, to, "Changed:").await;
        let parsed = invite_of(&update).unwrap();
        assert_eq!(ics::prop(&parsed.calendar.events[0], "SEQUENCE").as_deref(), Some("1"));
        assert!(ics::unescape(&ics::prop(&parsed.calendar.events[0], "DESCRIPTION").unwrap()).contains("6:45 PM"));
    }
    // Consent can change until the night, and the door list follows.
    let changed = app
        .client
        .post(app.url(&format!("{ada_link}/consent")))
        .form(&[("consent_photos", "no"), ("consent_recording", "no"), ("consent_slides", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 303);
    assert!(text(&host, &app, &format!("/host/c/alpha/events/{night_id}")).await.contains("photos: no"));
    // Cancelling tells the speakers too, with the night's cancellation.
    let cancelled = app.host_ok(Method::POST, &token, &format!("/api/v1/events/{night_id}/cancel"), None, 200).await;
    assert_eq!(cancelled["notified"], 2);
    let cancel = mail_to(&app, "grace@example.org", "Cancelled:").await;
    assert_eq!(invite_of(&cancel).unwrap().method, "CANCEL");
    app.stop().await;
}

/// A valid story input for the service (tests that need no HTTP form).
fn input(name: &str, email: &str) -> StoryInput {
    StoryInput {
        name: name.into(),
        email: email.into(),
        appearance: "real_name".into(),
        title: format!("{name}'s failure"),
        story_project: "A project.".into(),
        story_wrong: "It went wrong.".into(),
        story_learned: "A lesson.".into(),
        story_differently: "Everything.".into(),
        consent_photos: "ask".into(),
        consent_recording: "ask".into(),
        consent_slides: "ask".into(),
        accept_coc: true,
        ..StoryInput::default()
    }
}

/// A chapter (`slug`) with the call open through the service; returns it.
async fn open_chapter(app: &TestApp, slug: &str, retention_months: i64) -> failnight_scheduling::Chapter {
    app.chapter(slug, "Europe/Berlin").await;
    let chapter = chapters::by_slug(app.db(), slug).await.unwrap().unwrap();
    let mut settings = SettingsInput::of(&StorySettings::defaults(chapter.id));
    settings.call_open = true;
    settings.retention_months = retention_months.to_string();
    story_services::save_settings(&app.state, Actor::System, &chapter, &settings).await.unwrap();
    chapter
}

/// A new story of `chapter` driven to `target` through the allowed transitions.
async fn story_in(
    app: &TestApp,
    chapter: &failnight_scheduling::Chapter,
    email: &str,
    target: State,
) -> failnight_submissions::Submission {
    let mut story = story_services::submit(&app.state, chapter, &input("Speaker", email)).await.unwrap();
    let path: &[Action] = match target {
        State::Submitted => &[],
        State::Waitlisted => &[Action::Waitlist],
        State::Accepted => &[Action::Accept],
        State::Rejected => &[Action::Reject],
        State::Confirmed => &[Action::Accept, Action::Confirm],
        State::Declined => &[Action::Accept, Action::Decline],
        State::Withdrawn => &[Action::Withdraw],
    };
    for action in path {
        story = match action.by() {
            stories::By::Host => story_services::decide(&app.state, Actor::System, chapter, &story, *action).await,
            stories::By::Speaker => story_services::respond(&app.state, &story, *action).await,
        }
        .unwrap();
    }
    assert_eq!(story.state(), target);
    story
}

async fn every_invalid_transition_is_refused(app: TestApp) {
    let (host, _) = chapter_with_host(&app).await;
    let beta = open_chapter(&app, "beta", 6).await;
    let alpha = chapters::by_slug(app.db(), "alpha").await.unwrap().unwrap();
    let mut settings = SettingsInput::of(&StorySettings::defaults(alpha.id));
    settings.call_open = true;
    story_services::save_settings(&app.state, Actor::System, &alpha, &settings).await.unwrap();

    let actions =
        [Action::Accept, Action::Reject, Action::Waitlist, Action::Confirm, Action::Decline, Action::Withdraw];
    let mut checked = 0;
    for (n, from) in State::ALL.into_iter().enumerate() {
        for (m, action) in actions.into_iter().enumerate() {
            let story = story_in(&app, &alpha, &format!("s{n}-{m}@example.org"), from).await;
            let allowed = from.after(action).is_some();
            let response = match action.by() {
                stories::By::Host => {
                    let path = format!("/host/c/alpha/stories/{}/decide", story.id);
                    post(&host, &app, &path, &[("decision", action.as_str())]).await
                }
                stories::By::Speaker => {
                    let (path, form) = match action {
                        Action::Withdraw => ("withdraw", ("sure", "yes")),
                        _ => ("answer", ("answer", action.as_str())),
                    };
                    app.client.post(app.url(&format!("/s/{}/{path}", story.token))).form(&[form]).send().await.unwrap()
                }
            };
            let status = response.status().as_u16();
            let after = stories::get(app.db(), story.id).await.unwrap().unwrap().state();
            if allowed {
                assert_eq!(status, 303, "{from:?} + {action:?} is allowed");
                assert_eq!(Some(after), from.after(action));
            } else {
                assert_eq!(status, 409, "{from:?} + {action:?} is refused");
                assert!(response.text().await.unwrap().contains("cannot be"), "a readable reason");
                assert_eq!(after, from, "{from:?} + {action:?} changed nothing");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 7 * 6 - 11, "every pair outside the table was tried");
    // Speakers cannot take hosts' decisions, nor hosts speakers' answers.
    let story = story_in(&app, &alpha, "late@example.org", State::Submitted).await;
    let speaker = app.client.post(app.url(&format!("/s/{}/answer", story.token))).form(&[("answer", "accept")]);
    assert_eq!(speaker.send().await.unwrap().status(), 422);
    let host_confirms =
        post(&host, &app, &format!("/host/c/alpha/stories/{}/decide", story.id), &[("decision", "confirm")]).await;
    assert_eq!(host_confirms.status(), 422);
    // A story of another chapter is not found through this chapter's pages.
    let other = story_in(&app, &beta, "other@example.org", State::Submitted).await;
    let cross = format!("/host/c/alpha/stories/{}/decide", other.id);
    assert_eq!(post(&host, &app, &cross, &[("decision", "accept")]).await.status(), 404);
    app.stop().await;
}

async fn a_withdrawn_talk_leaves_the_lineup_and_hosts_are_told(app: TestApp) {
    let (host, token) = chapter_with_host(&app).await;
    let night: Value = app.create_event(&token, "alpha", &TestApp::night("Night", 40)).await.json().await.unwrap();
    let night_id = night["id"].as_i64().unwrap();
    let alpha = chapters::by_slug(app.db(), "alpha").await.unwrap().unwrap();
    let mut settings = SettingsInput::of(&StorySettings::defaults(alpha.id));
    settings.call_open = true;
    story_services::save_settings(&app.state, Actor::System, &alpha, &settings).await.unwrap();
    let story = story_in(&app, &alpha, "ada@example.org", State::Confirmed).await;
    let lineup = format!("/host/c/alpha/events/{night_id}/lineup");
    assert_eq!(post(&host, &app, &lineup, &[("op", "add"), ("story", &story.id.to_string())]).await.status(), 303);
    assert!(
        app.get(&format!("/e/{night_id}")).await.text().await.unwrap().contains("Speaker&#39;s failure")
            || app.get(&format!("/e/{night_id}")).await.text().await.unwrap().contains("Speaker&#x27;s failure")
    );
    // A second placement of the same talk is refused.
    assert_eq!(post(&host, &app, &lineup, &[("op", "add"), ("story", &story.id.to_string())]).await.status(), 409);

    let unsure = app.client.post(app.url(&format!("/s/{}/withdraw", story.token))).form(&[("x", "")]).send();
    assert_eq!(unsure.await.unwrap().status(), 422, "asks for the tick first");
    let withdrawn =
        app.client.post(app.url(&format!("/s/{}/withdraw", story.token))).form(&[("sure", "yes")]).send().await;
    assert_eq!(withdrawn.unwrap().status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM submissions WHERE event_id IS NOT NULL").await, 0);
    assert!(!app.get(&format!("/e/{night_id}")).await.text().await.unwrap().contains("Lineup"));
    let told = mail_to(&app, "host@alpha.test", "A talk was withdrawn").await;
    assert!(told.parse().body_text(0).unwrap().contains("Night"));
    let ack = mail_to(&app, "ada@example.org", "withdrawn").await;
    assert_eq!(invite_of(&ack).expect("the night leaves their calendar").method, "CANCEL");
    app.stop().await;
}

async fn blind_review_hides_who_the_speaker_is(app: TestApp) {
    let (host, _) = chapter_with_host(&app).await;
    open_call(&host, &app, "alpha", true).await;
    let alpha = chapters::by_slug(app.db(), "alpha").await.unwrap().unwrap();
    let mut story = input("Ada Lovelace", "ada.king@lovelace.dev");
    story.appearance = "stage_name".into();
    story.stage_name = "The Phoenix".into();
    story.title = "How Zalando Payments taught me humility".into();
    story.story_project = "I was CTO at Zalando Payments. Acme Widgets GmbH bought us; see lovelace.dev.".into();
    story.story_wrong = "Acme never paid. Mail me at ada.king@lovelace.dev. Lovelace-style accounting.".into();
    let story = story_services::submit(&app.state, &alpha, &story).await.unwrap();
    let identifying = ["Ada", "Lovelace", "ada.king", "lovelace.dev", "Phoenix", "Zalando", "Acme", "GmbH"];
    let queue = text(&host, &app, "/host/c/alpha/stories").await;
    let page = text(&host, &app, &format!("/host/c/alpha/stories/{}", story.id)).await;
    for html in [&queue, &page] {
        for word in identifying {
            assert!(!html.to_lowercase().contains(&word.to_lowercase()), "{word} shown to reviewers");
        }
    }
    assert!(page.contains("[hidden]") && page.contains("humility") && page.contains("bought us"), "the story stays");
    // The decision reveals the speaker.
    let decided =
        post(&host, &app, &format!("/host/c/alpha/stories/{}/decide", story.id), &[("decision", "accept")]).await;
    assert_eq!(decided.status(), 303);
    let page = text(&host, &app, &format!("/host/c/alpha/stories/{}", story.id)).await;
    assert!(page.contains("Ada Lovelace") && page.contains("Zalando"));
    app.stop().await;
}

async fn speakers_export_and_delete_their_data(app: TestApp) {
    let (host, _) = chapter_with_host(&app).await;
    let alpha = chapters::by_slug(app.db(), "alpha").await.unwrap().unwrap();
    let mut settings = SettingsInput::of(&StorySettings::defaults(alpha.id));
    settings.call_open = true;
    story_services::save_settings(&app.state, Actor::System, &alpha, &settings).await.unwrap();
    let story = story_in(&app, &alpha, "ada@example.org", State::Submitted).await;
    let keep = story_in(&app, &alpha, "grace@example.org", State::Submitted).await;
    let review = format!("/host/c/alpha/stories/{}/review", story.id);
    assert_eq!(post(&host, &app, &review, &[("score", "4"), ("comment", "Strong")]).await.status(), 303);
    mail_to(&app, "ada@example.org", "We received").await;
    app.wait_count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL", 0).await;

    let export = app.get(&format!("/s/{}/export.json", story.token)).await;
    assert_eq!(export.status(), 200);
    assert_eq!(export.headers()["cache-control"], "no-store");
    let data: Value = export.json().await.unwrap();
    assert_eq!(data["submission"]["email"], "ada@example.org");
    assert_eq!(data["submission"]["story_wrong"], "It went wrong.");
    assert!(data["submission"].get("token").is_none(), "the link is not in the file");
    assert_eq!(data["reviews"][0]["comment"], "Strong");
    assert!(data["emails"][0]["subject"].as_str().unwrap().contains("We received"));

    let unsure = app.client.post(app.url(&format!("/s/{}/delete", story.token))).form(&[("x", "")]).send();
    assert_eq!(unsure.await.unwrap().status(), 422);
    let deleted = app.client.post(app.url(&format!("/s/{}/delete", story.token))).form(&[("sure", "yes")]).send();
    assert_eq!(deleted.await.unwrap().status(), 200);
    assert_eq!(app.get(&format!("/s/{}", story.token)).await.status(), 404);
    assert_eq!(app.count("SELECT COUNT(*) FROM submissions WHERE email = 'ada@example.org'").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM story_reviews").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE to_email = 'ada@example.org'").await, 0, "forgotten");
    assert_eq!(app.get(&format!("/s/{}", keep.token)).await.status(), 200, "others stay");
    // Hosts purge undecided stories, after a confirmation step, but not accepted ones.
    let path = format!("/host/c/alpha/stories/{}/purge", keep.id);
    assert!(post(&host, &app, &path, &[]).await.text().await.unwrap().contains("Delete for good"));
    assert_eq!(post(&host, &app, &path, &[("confirm", "yes")]).await.status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM submissions").await, 0);
    let accepted = story_in(&app, &alpha, "linus@example.org", State::Accepted).await;
    let refused = format!("/host/c/alpha/stories/{}/purge", accepted.id);
    assert_eq!(post(&host, &app, &refused, &[("confirm", "yes")]).await.status(), 409);
    app.stop().await;
}

async fn retention_deletes_what_it_should_and_nothing_else(app: TestApp) {
    let alpha = open_chapter(&app, "alpha", 6).await;
    let long = open_chapter(&app, "long", 12).await;
    // Decided now: three past retention in six months, one kept by its chapter's longer
    // retention, and stories the clock must never delete.
    let mut expected_gone = Vec::new();
    for (email, target) in [
        ("rejected@x.org", State::Rejected),
        ("declined@x.org", State::Declined),
        ("withdrawn@x.org", State::Withdrawn),
    ] {
        expected_gone.push(story_in(&app, &alpha, email, target).await.id);
    }
    let mut kept = HashMap::new();
    kept.insert("long", story_in(&app, &long, "long@x.org", State::Rejected).await.id);
    for (email, target) in [
        ("submitted@x.org", State::Submitted),
        ("waitlisted@x.org", State::Waitlisted),
        ("accepted@x.org", State::Accepted),
        ("confirmed@x.org", State::Confirmed),
    ] {
        kept.insert(email, story_in(&app, &alpha, email, target).await.id);
    }
    clock(&app).advance(Duration::days(60));
    kept.insert("recent", story_in(&app, &alpha, "recent@x.org", State::Rejected).await.id);

    // Just before six months: nothing goes.
    clock(&app).advance(Duration::days(180 - 60 - 5));
    assert_eq!(story_services::run_jobs(&app.state).await.unwrap().deleted, 0);
    clock(&app).advance(Duration::days(10));
    let report = story_services::run_jobs(&app.state).await.unwrap();
    assert_eq!(report.deleted, 3);
    for id in &expected_gone {
        assert!(stories::get(app.db(), *id).await.unwrap().is_none(), "story {id} deleted");
    }
    for (what, id) in &kept {
        assert!(stories::get(app.db(), *id).await.unwrap().is_some(), "{what} kept");
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE to_email IN ('rejected@x.org', 'declined@x.org', 'withdrawn@x.org')"
        )
        .await,
        0,
        "their emails are forgotten"
    );
    assert_eq!(story_services::run_jobs(&app.state).await.unwrap().deleted, 0, "idempotent");
    let audit = app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'story deleted after retention'").await;
    assert_eq!(audit, 3);
    app.stop().await;
}

/// Reviewers are not anchored: the others' scores and comments show once one has saved one's
/// own (in the queue too).
async fn each_host_scores_before_seeing_the_others(app: TestApp) {
    let (owner, _) = chapter_with_host(&app).await;
    open_call(&owner, &app, "alpha", false).await;
    app.cli(&["host", "add", "--chapter", "alpha", "--email", "grace@alpha.test", "--role", "host"]).await.unwrap();
    let grace = app.browser();
    app.sign_in(&grace, "grace@alpha.test").await;
    let chapter = chapters::by_slug(app.db(), "alpha").await.unwrap().unwrap();
    let story = story_services::submit(&app.state, &chapter, &input("Speaker", "speaker@example.org")).await.unwrap();
    let path = format!("/host/c/alpha/stories/{}", story.id);
    let review = format!("{path}/review");
    assert_eq!(post(&owner, &app, &review, &[("score", "2"), ("comment", "Too long")]).await.status(), 303);

    let page = text(&grace, &app, &path).await;
    assert!(page.contains("1 host has reviewed this story") && !page.contains("Too long"), "{page}");
    let queue = text(&grace, &app, "/host/c/alpha/stories").await;
    assert!(queue.contains("after yours") && !queue.contains("2.0"), "{queue}");
    assert!(text(&owner, &app, "/host/c/alpha/stories").await.contains("2.0"), "the owner scored: sees the mean");

    assert_eq!(post(&grace, &app, &review, &[("score", "4"), ("comment", "Lovely")]).await.status(), 303);
    let page = text(&grace, &app, &path).await;
    assert!(page.contains("Too long") && page.contains("Lovely"));
    assert!(text(&grace, &app, "/host/c/alpha/stories").await.contains("3.0"));
    app.stop().await;
}

/// Deletion means gone: after Mara deletes her story, no column of any table (as the database's
/// catalogue lists them) holds her address, her name, her title or her private link. Not the
/// rate limit that counted her address, not the outbox (her receipt, decision, invite and the
/// night's reminders: the sent one emptied, the unsent one dropped), not the emails of Ada who
/// shares her night (whose run-of-show names only Ada's own talk). Ada's data stays.
async fn a_deleted_story_is_gone_from_every_table(app: TestApp) {
    let chapter = open_chapter(&app, "alpha", 6).await;
    let token = app.host_token("alpha", "host@alpha.test").await;
    let day = (clock(&app).now() + Duration::days(4)).date_naive();
    let mut night = TestApp::night("Failure Night", 20);
    night["starts_at"] = json!(format!("{day}T19:00"));
    night["ends_at"] = json!(format!("{day}T22:00"));
    let night: Value = app.create_event(&token, "alpha", &night).await.json().await.unwrap();
    let night_id = night["id"].as_i64().unwrap();
    let starts: chrono::DateTime<chrono::Utc> = night["starts_at_utc"].as_str().unwrap().parse().unwrap();

    // Both send their story through the public form, rate limits on as in production.
    let mara = ("Mara Quistorp", "mara.quistorp@example.org", "The Croissant Ledger");
    let ada = ("Ada Lovelace", "ada@example.org", "The Engine That Never Ran");
    let mut placed = Vec::new();
    for (name, email, title) in [mara, ada] {
        assert_eq!(submit(&app, &story_form(name, email, "real_name", title)).await.status(), 303);
        let id = app.count("SELECT MAX(id) FROM submissions").await;
        let mut story = stories::get(app.db(), id).await.unwrap().unwrap();
        story = story_services::decide(&app.state, Actor::System, &chapter, &story, Action::Accept).await.unwrap();
        story = story_services::respond(&app.state, &story, Action::Confirm).await.unwrap();
        story_services::place(&app.state, Actor::System, &chapter, &story, night_id).await.unwrap();
        placed.push(story);
    }
    let mara_story = placed[0].clone();
    // Mara's deck: its image and its slide rows go with her story.
    let mut png = std::io::Cursor::new(Vec::new());
    image::RgbImage::from_pixel(64, 36, image::Rgb([9, 9, 9])).write_to(&mut png, image::ImageFormat::Png).unwrap();
    let deck = failnight_app::services::slides::Upload { files: vec![png.into_inner()] };
    failnight_app::services::slides::upload(&app.state, &mara_story, deck).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM deck_slides").await, 1);
    assert!(
        app.places_containing(mara.1).await.iter().any(|p| p.starts_with("rate_limits.")),
        "her address is counted by a rate limit"
    );
    let dispatcher = app.dispatcher(clock(&app), 50);
    while dispatcher.run_once().await.unwrap().claimed > 0 {}
    // The day-before reminders go out; the three-hour ones wait in the outbox.
    let remind = |at: chrono::DateTime<chrono::Utc>| {
        clock(&app).set(at);
        failnight_app::reminders::enqueue_due(app.db(), &app.state.sender, at, &app.state.mail_wake)
    };
    assert_eq!(remind(starts - Duration::hours(23)).await.unwrap(), 2);
    while dispatcher.run_once().await.unwrap().claimed > 0 {}
    assert_eq!(remind(starts - Duration::hours(2)).await.unwrap(), 2);
    let ada_mail = app.smtp.messages().into_iter().filter(|m| m.to == [ada.1]).count();
    assert!(ada_mail >= 5, "Ada's receipt, decision, confirmation, invite and reminder: {ada_mail}");
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await, 2, "two reminders wait");

    let deleted = app.client.post(app.url(&format!("/s/{}/delete", mara_story.token))).form(&[("sure", "yes")]).send();
    assert_eq!(deleted.await.unwrap().status(), 200);
    for needle in [mara.0, "Quistorp", mara.1, mara.2, mara_story.token.as_str()] {
        assert_eq!(app.places_containing(needle).await, Vec::<String>::new(), "{needle} is still stored");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM deck_slides").await, 0, "her deck is deleted");
    assert_eq!(app.count("SELECT COUNT(*) FROM images").await, 0, "and the image only it used");
    // Ada's story, emails and counter stay.
    let ada_places = app.places_containing(ada.1).await;
    for table in ["submissions.", "outbox.", "rate_limits."] {
        assert!(ada_places.iter().any(|p| p.starts_with(table)), "Ada in {table}: {ada_places:?}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await,
        2,
        "Ada's reminder and the hosts' notice"
    );
    app.stop().await;
}

/// The review queue, reviews, decisions, purging and the lineup through the API, as in the
/// pages: blind review hides the speaker, the others' mean shows after one's own score.
async fn hosts_review_decide_and_place_stories_through_the_api(app: TestApp) {
    let (token, night) = app.published_night("alpha", 40).await;
    let night = night["id"].as_i64().unwrap();
    let chapter = app.open_call("alpha").await;
    let mut call = failnight_submissions::settings::SettingsInput::of(
        &failnight_submissions::settings::get(app.db(), chapter.id).await.unwrap(),
    );
    call.blind_review = true;
    story_services::save_settings(&app.state, Actor::System, &chapter, &call).await.unwrap();
    let ada =
        story_services::submit(&app.state, &chapter, &TestApp::story("Ada Lovelace", "ada@example.org", "The engine"))
            .await
            .unwrap();
    let spam = story_services::submit(&app.state, &chapter, &TestApp::story("Spam Bot", "spam@example.org", "Buy now"))
        .await
        .unwrap();

    let queue = app.host_ok(Method::GET, &token, "/api/v1/chapters/alpha/stories?state=submitted", None, 200).await;
    let queue = queue.as_array().unwrap();
    assert_eq!(queue.len(), 2);
    let first = queue.iter().find(|s| s["id"] == ada.id).unwrap();
    assert_eq!(first["speaker"], format!("Speaker #{}", ada.id), "blind: {first}");
    assert!(first["email"].is_null() && first["blind"] == true && first["mean_score"].is_null(), "{first}");
    assert!(!queue.iter().any(|s| s.to_string().contains("Lovelace")), "nothing tells who it is");

    // A review: the mean shows to its author; a wrong score is refused.
    let review = format!("/api/v1/stories/{}/review", ada.id);
    let refused = app.host(Method::PUT, &token, &review, Some(&json!({"score": 9}))).await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        app.host(Method::PUT, &token, &review, Some(&json!({"score": 4, "comment": "Strong"}))).await.status(),
        204
    );
    let queue = app.host_ok(Method::GET, &token, "/api/v1/chapters/alpha/stories", None, 200).await;
    let first = queue.as_array().unwrap().iter().find(|s| s["id"] == ada.id).unwrap().clone();
    assert_eq!((first["reviews"].as_i64(), first["mean_score"].as_f64()), (Some(1), Some(4.0)));

    // Decided: accepted (no longer blind), and the spam purged.
    let decision = format!("/api/v1/stories/{}/decision", ada.id);
    let bad = app.host(Method::POST, &token, &decision, Some(&json!({"decision": "maybe"}))).await;
    assert_eq!(bad.status(), 422);
    let accepted = app.host_ok(Method::POST, &token, &decision, Some(&json!({"decision": "accept"})), 200).await;
    assert_eq!((accepted["state"].as_str(), accepted["speaker"].as_str()), (Some("accepted"), Some("Ada Lovelace")));
    let again = app.host(Method::POST, &token, &decision, Some(&json!({"decision": "reject"}))).await;
    assert_eq!(again.status(), 409, "decided already");
    assert_eq!(app.host(Method::DELETE, &token, &format!("/api/v1/stories/{}", spam.id), None).await.status(), 204);
    assert_eq!(app.count("SELECT COUNT(*) FROM submissions").await, 1);
    let accepted_talk = format!("/api/v1/stories/{}", ada.id);
    assert_eq!(app.host(Method::DELETE, &token, &accepted_talk, None).await.status(), 409, "an accepted talk stays");

    // Confirmed by the speaker, placed in the night by the API.
    let ada = stories::get(app.db(), ada.id).await.unwrap().unwrap();
    story_services::respond(&app.state, &ada, Action::Confirm).await.unwrap();
    let lineup = format!("/api/v1/events/{night}/lineup");
    let placed = app.host_ok(Method::POST, &token, &lineup, Some(&json!({"op": "add", "story_id": ada.id})), 200).await;
    assert_eq!(
        placed,
        json!([{"story_id": ada.id, "title": "The engine", "speaker": "Ada Lovelace", "public_name": "Ada Lovelace"}])
    );
    assert_eq!(app.host_ok(Method::GET, &token, &lineup, None, 200).await, placed);
    let unknown = app.host(Method::POST, &token, &lineup, Some(&json!({"op": "add", "story_id": 999999}))).await;
    assert_eq!(unknown.status(), 422);
    let removed =
        app.host_ok(Method::POST, &token, &lineup, Some(&json!({"op": "remove", "story_id": ada.id})), 200).await;
    assert_eq!(removed, json!([]));

    // The call's settings: read, changed in part, a refused change changes nothing.
    let call = "/api/v1/chapters/alpha/call";
    let before = app.host_ok(Method::GET, &token, call, None, 200).await;
    assert_eq!((before["call_open"].as_bool(), before["blind_review"].as_bool()), (Some(true), Some(true)));
    let change = json!({"call_open": false, "talk_minutes": 8});
    let closed = app.host_ok(Method::PATCH, &token, call, Some(&change), 200).await;
    assert_eq!((closed["call_open"].as_bool(), closed["talk_minutes"].as_i64()), (Some(false), Some(8)));
    assert_eq!(closed["seconds_per_slide"], before["seconds_per_slide"], "left out, kept");
    let wrong = json!({"accept_text": "Hi {nmae}", "call_open": true});
    let refused = app.host(Method::PATCH, &token, call, Some(&wrong)).await;
    assert_eq!(refused.status(), 422);
    let answer: Value = refused.json().await.unwrap();
    assert!(answer["error"]["fields"]["accept_text"].is_string(), "{answer}");
    assert_eq!(app.host_ok(Method::GET, &token, call, None, 200).await["call_open"], false);
}
