//! Reminders with an injected clock: due at the chapter's offsets, to confirmed guests only,
//! recomputed when a night moves, never after a cancellation, never late, not to people who
//! unsubscribed; messages from hosts.

use chrono::{DateTime, Duration, Utc};
use failnight_app::reminders::enqueue_due;
use failnight_core::{Clock, time::ManualClock};
use mail_parser::{HeaderValue, MimeHeaders};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestApp, both_backends, smtp::MAIL_WAIT};

both_backends!(
    options: crate::support::Options { clock: Some(failnight_core::time::ManualClock::new(chrono::Utc::now())), ..Default::default() };
    reminders_follow_the_night_and_skip_the_unsubscribed,
    hosts_message_the_guests_they_choose,
    hosts_thank_those_who_came_and_ask_after_those_who_did_not,
    confirmed_speakers_are_reminded_with_their_call_time,
);
both_backends!(
    options: crate::support::Options {
        workers: false,
        clock: Some(failnight_core::time::ManualClock::new(chrono::Utc::now())),
        ..Default::default()
    };
    cancelled_late_and_missed_reminders_are_never_sent,
    many_guests_are_queued_in_chunks_each_once,
    a_deleted_story_leaves_no_email_to_its_speaker,
);

fn clock(app: &TestApp) -> &ManualClock {
    app.clock.as_ref().expect("a manual clock")
}

/// A 2-seat night `days` ahead with Ada and Grace seated and Linus waiting; its start.
async fn night_with_guests(app: &TestApp, slug: &str, days: i64) -> (String, i64, DateTime<Utc>) {
    app.chapter(slug, "Europe/Berlin").await;
    let token = app.host_token(slug, &format!("host@{slug}.test")).await;
    let day = (clock(app).now() + Duration::days(days)).date_naive();
    let mut night = TestApp::night("Failure Night", 2);
    night["starts_at"] = json!(format!("{day}T19:00"));
    night["ends_at"] = json!(format!("{day}T22:00"));
    let event: Value = app.create_event(&token, slug, &night).await.json().await.unwrap();
    let id = event["id"].as_i64().unwrap();
    for (name, email) in [("Ada", "ada@example.org"), ("Grace", "grace@example.org"), ("Linus", "linus@example.org")] {
        assert_eq!(app.rsvp_api(id, name, email).await.status(), 202);
    }
    let starts: DateTime<Utc> = event["starts_at_utc"].as_str().unwrap().parse().unwrap();
    (token, id, starts)
}

async fn due_at(app: &TestApp, at: DateTime<Utc>) -> usize {
    clock(app).set(at);
    let queued = enqueue_due(app.db(), &app.state.sender, at, &app.state.mail_wake).await.unwrap();
    app.state.mail_wake.notify_one();
    queued
}

fn reminders_to(app: &TestApp, email: &str) -> usize {
    app.smtp
        .messages()
        .iter()
        .filter(|m| m.to == [email] && m.parse().subject().unwrap().starts_with("Reminder:"))
        .count()
}

async fn reminders_follow_the_night_and_skip_the_unsubscribed(app: TestApp) {
    let (token, id, starts) = night_with_guests(&app, "alpha", 3).await;
    app.smtp.wait_for(3, MAIL_WAIT).await;

    assert_eq!(due_at(&app, starts - Duration::hours(30)).await, 0, "not yet");
    assert_eq!(due_at(&app, starts - Duration::hours(24) + Duration::minutes(1)).await, 2, "the two seated guests");
    assert_eq!(due_at(&app, starts - Duration::hours(23)).await, 0, "once");
    let mails = app.smtp.wait_for(5, MAIL_WAIT).await;
    assert_eq!(reminders_to(&app, "linus@example.org"), 0, "nobody on the waitlist");
    let reminder = mails
        .iter()
        .find(|m| m.to == ["grace@example.org"] && m.parse().subject().unwrap().starts_with("Reminder:"))
        .unwrap();
    let message = reminder.parse();
    assert!(message.body_text(0).unwrap().contains("/t/"), "the ticket link");
    assert!(message.attachments().any(|a| a.attachment_name() == Some("invite.ics")), "the invite");
    let unsubscribe = match message.header("List-Unsubscribe") {
        Some(HeaderValue::Address(a)) => a.first().unwrap().address().unwrap().to_string(),
        Some(HeaderValue::Text(t)) => t.trim_matches(['<', '>']).to_string(),
        other => panic!("List-Unsubscribe: {other:?}"),
    };
    assert!(unsubscribe.starts_with(&app.url("/u/")), "{unsubscribe}");

    // Grace unsubscribes with one click, as a mail client does (RFC 8058).
    let click = app.client.post(&unsubscribe).form(&[("List-Unsubscribe", "One-Click")]).send().await.unwrap();
    assert_eq!(click.status(), 200);
    assert!(click.text().await.unwrap().contains("gets no reminders or messages"));

    // The night moves a day later: everyone is told (transactional, Grace too) and the
    // reminder schedule follows the new time.
    clock(&app).set(starts - Duration::hours(20));
    let day = (starts + Duration::days(1)).with_timezone(&chrono_tz::Europe::Berlin).date_naive();
    let moved = app
        .host_ok(
            Method::PATCH,
            &token,
            &format!("/api/v1/events/{id}"),
            Some(&json!({"starts_at": format!("{day}T19:00"), "ends_at": format!("{day}T22:00")})),
            200,
        )
        .await;
    assert_eq!(moved["notified"], 3);
    app.smtp.wait_for(8, MAIL_WAIT).await;
    let new_start = starts + Duration::days(1);
    assert_eq!(
        due_at(&app, starts - Duration::hours(3) + Duration::minutes(1)).await,
        0,
        "the old 3-hour reminder is gone"
    );
    assert_eq!(due_at(&app, new_start - Duration::hours(24) + Duration::minutes(1)).await, 1, "Ada, at the new time");
    app.smtp.wait_for(9, MAIL_WAIT).await;
    assert_eq!(due_at(&app, new_start - Duration::hours(3) + Duration::minutes(1)).await, 1);
    app.smtp.wait_for(10, MAIL_WAIT).await;
    assert_eq!(due_at(&app, new_start + Duration::minutes(1)).await, 0, "nothing once it started");
    assert_eq!(reminders_to(&app, "ada@example.org"), 3);
    assert_eq!(reminders_to(&app, "grace@example.org"), 1, "only the one before unsubscribing");
    // Subscribing again works.
    let again = app.client.post(&unsubscribe).form(&[("action", "resubscribe")]).send().await.unwrap();
    assert!(again.text().await.unwrap().contains("gets reminders before nights"));
    app.stop().await;
}

async fn cancelled_late_and_missed_reminders_are_never_sent(app: TestApp) {
    let (token, _, starts) = night_with_guests(&app, "beta", 3).await;
    let dispatcher = app.dispatcher(clock(&app), 50);
    dispatcher.run_once().await.unwrap();
    app.smtp.wait_for(3, MAIL_WAIT).await;

    // A reminder queued but not delivered before the night starts is dropped, not sent late.
    assert_eq!(due_at(&app, starts - Duration::hours(2)).await, 2, "a late worker sends only the latest reminder");
    let keys: Vec<String> = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT idempotency_key FROM outbox WHERE idempotency_key LIKE 'reminder:%'"
    )
    .fetch_all(e)
    .await)
    .unwrap();
    assert!(keys.iter().all(|k| k.split(':').nth(3) == Some("180")), "{keys:?}");
    clock(&app).set(starts + Duration::minutes(5));
    let pass = dispatcher.run_once().await.unwrap();
    assert_eq!(pass.claimed, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'reminder:%' AND failed_at IS NOT NULL")
            .await,
        2
    );
    let reason: String = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT last_error FROM outbox WHERE idempotency_key LIKE 'reminder:%' LIMIT 1"
    )
    .fetch_one(e)
    .await)
    .unwrap();
    assert!(reason.contains("before the night started"), "{reason}");

    // A cancelled night: its queued reminders are dropped and no new ones come.
    clock(&app).set(starts - Duration::days(3));
    let (token2, id2, starts2) = {
        let day = (starts + Duration::days(7)).with_timezone(&chrono_tz::Europe::Berlin).date_naive();
        let mut night = TestApp::night("Second night", 5);
        night["starts_at"] = json!(format!("{day}T19:00"));
        night["ends_at"] = json!(format!("{day}T22:00"));
        let event: Value = app.create_event(&token, "beta", &night).await.json().await.unwrap();
        let id2 = event["id"].as_i64().unwrap();
        assert_eq!(app.rsvp_api(id2, "Ada", "ada@example.org").await.status(), 202);
        (token.clone(), id2, event["starts_at_utc"].as_str().unwrap().parse::<DateTime<Utc>>().unwrap())
    };
    assert_eq!(app.rsvp_api(id2, "Eve", "eve@example.org").await.status(), 202);
    assert_eq!(due_at(&app, starts2 - Duration::hours(23)).await, 2);
    // No workers here to deliver her confirmation: her ticket's token from the database.
    let eve: String = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT token FROM rsvps WHERE email = 'eve@example.org'"
    )
    .fetch_one(e)
    .await)
    .unwrap();
    let cancel = app.url(&format!("/t/{eve}/cancel"));
    assert_eq!(app.client.post(&cancel).form(&[("confirm", "yes")]).send().await.unwrap().status().as_u16() / 100, 3);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE to_email = 'eve@example.org' AND idempotency_key LIKE 'reminder:%'"
        )
        .await,
        0,
        "a guest who cancels loses her queued reminder"
    );
    app.host_ok(Method::POST, &token2, &format!("/api/v1/events/{id2}/cancel"), None, 200).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'reminder:%' AND failed_at IS NULL").await,
        0
    );
    assert_eq!(due_at(&app, starts2 - Duration::hours(2)).await, 0, "never after a cancellation");
    let before = app.smtp.messages().len();
    dispatcher.run_once().await.unwrap();
    let new: Vec<_> = app.smtp.messages().into_iter().skip(before).collect();
    let subjects: Vec<String> = new.iter().map(|m| m.parse().subject().unwrap().to_string()).collect();
    assert!(subjects.iter().all(|s| !s.starts_with("Reminder")), "no reminder: {subjects:?}");
    assert!(
        subjects.iter().any(|s| s.starts_with("You're in")) && subjects.iter().any(|s| s.starts_with("Cancelled:"))
    );
    app.stop().await;
}

async fn hosts_message_the_guests_they_choose(app: TestApp) {
    let (_, id, _) = night_with_guests(&app, "gamma", 5).await;
    app.smtp.wait_for(3, MAIL_WAIT).await;
    let browser = app.browser();
    app.sign_in(&browser, "host@gamma.test").await;
    let path = app.url(&format!("/host/c/gamma/events/{id}/message"));
    let form = vec![
        ("confirmed", "on"),
        ("subject", "Doors open at 18:30"),
        ("body", "Bring a friend's <b>story</b>.\nSee you!"),
    ];
    let empty = browser.post(&path).form(&[("subject", "")]).send().await.unwrap();
    assert_eq!(empty.status(), 422);
    let injected = browser
        .post(&path)
        .form(&[("confirmed", "on"), ("subject", "Hi\r\nBcc: all@example.org"), ("body", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(injected.status(), 422, "a subject is one line");
    let preview = browser.post(&path).form(&form).send().await.unwrap().text().await.unwrap();
    assert!(preview.contains("will be emailed to 2 people"), "{preview}");
    assert_eq!(app.count("SELECT COUNT(*) FROM messages").await, 0, "the preview sends nothing");
    let mut confirmed = form.clone();
    confirmed.push(("confirm", "yes"));
    let sent = browser.post(&path).form(&confirmed).send().await.unwrap();
    assert_eq!(sent.status(), 303);
    // Three RSVP emails, the host's sign-in link, then the two messages.
    let mails = app.smtp.wait_for(6, MAIL_WAIT).await;
    let messages: Vec<_> = mails.iter().filter(|m| m.parse().subject() == Some("Doors open at 18:30")).collect();
    let mut to: Vec<_> = messages.iter().map(|m| m.to[0].as_str()).collect();
    to.sort();
    assert_eq!(to, ["ada@example.org", "grace@example.org"], "the seated guests only");
    let message = messages[0].parse();
    let html = message.body_html(0).unwrap();
    assert!(
        !html.contains("<b>story") && (html.contains("&#60;b&#62;story") || html.contains("&lt;b&gt;story")),
        "the host's text is text: {html}"
    );
    assert!(message.header("List-Unsubscribe").is_some());
    let page = browser.get(app.url(&format!("/host/c/gamma/events/{id}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Emails about this night"));
    // The dashboard counts each coming night's emails: three RSVP emails and two messages.
    app.wait_count("SELECT COUNT(*) FROM outbox WHERE event_id IS NOT NULL AND sent_at IS NOT NULL", 5).await;
    let dashboard = browser.get(app.url("/host/c/gamma")).send().await.unwrap().text().await.unwrap();
    let row = dashboard.split("Emails by night").nth(1).expect("the table").split("</tr>").nth(1).unwrap().to_string();
    assert!(row.contains("Failure Night") && row.contains("<td>5</td><td>0</td><td>0</td><td>0</td>"), "{row}");
    app.stop().await;
}

/// After the night: a thank-you to the guests checked in at the door, a word to those who had
/// a seat and did not come; "did not show" means nothing before the night starts.
async fn hosts_thank_those_who_came_and_ask_after_those_who_did_not(app: TestApp) {
    let (token, id, starts) = night_with_guests(&app, "delta", 3).await;
    app.smtp.wait_for(3, MAIL_WAIT).await;
    let code: String = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT checkin_code FROM rsvps WHERE email = 'ada@example.org'"
    )
    .fetch_one(e)
    .await)
    .unwrap();
    let path = format!("/api/v1/events/{id}/check-ins");
    app.host_ok(Method::POST, &token, &path, Some(&json!({"code": code})), 200).await;
    let browser = app.browser();
    app.sign_in(&browser, "host@delta.test").await;
    let form = app.url(&format!("/host/c/delta/events/{id}/message"));
    let send = |audience: &'static str, subject: &'static str| {
        let browser = browser.clone();
        let form = form.clone();
        async move {
            let fields = [(audience, "on"), ("subject", subject), ("body", "Thank you!"), ("confirm", "yes")];
            browser.post(&form).form(&fields).send().await.unwrap()
        }
    };
    let early = send("no_show", "We missed you").await;
    assert_eq!(early.status(), 422);
    assert!(early.text().await.unwrap().contains("it has not started"));
    assert_eq!(app.count("SELECT COUNT(*) FROM messages").await, 0);

    clock(&app).set(starts + Duration::hours(4));
    assert_eq!(send("checked_in", "Thank you for coming").await.status(), 303);
    assert_eq!(send("no_show", "We missed you").await.status(), 303);
    // Three RSVP emails, the sign-in link, the two messages.
    let mails = app.smtp.wait_for(6, MAIL_WAIT).await;
    let to = |subject: &str| -> Vec<String> {
        mails.iter().filter(|m| m.parse().subject() == Some(subject)).map(|m| m.to[0].clone()).collect()
    };
    assert_eq!(to("Thank you for coming"), ["ada@example.org"], "those who came");
    assert_eq!(to("We missed you"), ["grace@example.org"], "a seat, not checked in; not the waitlist");
    let audiences: Vec<String> =
        failnight_core::with_db!(app.db(), |e| sqlx::query_scalar("SELECT audience FROM messages ORDER BY id")
            .fetch_all(e)
            .await)
        .unwrap();
    assert_eq!(audiences, ["checked_in", "no_show"]);
    app.stop().await;
}

/// Chapter `slug`'s call for stories opened, and the story Mara submits to it.
async fn open_call(
    app: &TestApp,
    slug: &str,
) -> (failnight_scheduling::Chapter, failnight_submissions::stories::StoryInput) {
    let input = failnight_submissions::stories::StoryInput {
        appearance: "anonymous".into(),
        consent_photos: "no".into(),
        consent_recording: "no".into(),
        consent_slides: "no".into(),
        ..TestApp::story("Mara", "mara@example.org", "The launch that wasn't")
    };
    (app.open_call(slug).await, input)
}

/// A speaker who deletes their story is forgotten by the outbox too, their reminders of the
/// night included: unsent ones dropped, sent ones emptied (their key stays, so nothing sends
/// them again). No row is addressed to them or mentions their address.
async fn a_deleted_story_leaves_no_email_to_its_speaker(app: TestApp) {
    use failnight_app::services::stories as story_services;
    let (_, id, starts) = night_with_guests(&app, "foxtrot", 4).await;
    let (chapter, input) = open_call(&app, "foxtrot").await;
    let story = app.confirmed_talk(&chapter, &input, Some(id)).await;

    // The day-before reminder goes out; the one three hours before waits in the outbox.
    assert_eq!(due_at(&app, starts - Duration::hours(23)).await, 3, "Ada, Grace and the speaker");
    let dispatcher = app.dispatcher(clock(&app), 50);
    while dispatcher.run_once().await.unwrap().claimed > 0 {}
    assert_eq!(due_at(&app, starts - Duration::hours(2)).await, 3);
    let speaker_reminders = "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'reminder:%:speaker:%'";
    assert_eq!(app.count(speaker_reminders).await, 2);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE to_email = 'mara@example.org' AND idempotency_key LIKE 'reminder:%' AND sent_at IS NOT NULL"
        )
        .await,
        1
    );

    story_services::delete_own(&app.state, &story).await.unwrap();
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE to_email = 'mara@example.org' OR body_text LIKE '%mara@example.org%'
                OR body_html LIKE '%mara@example.org%' OR ics LIKE '%mara@example.org%'"
        )
        .await,
        0,
        "nothing addressed to the speaker or naming their address is left"
    );
    assert_eq!(app.count(speaker_reminders).await, 1, "the unsent reminder is dropped, the sent one kept");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'reminder:%:speaker:%' AND to_email = 'forgotten@invalid'"
        )
        .await,
        1
    );
    // The guests' reminders are theirs: untouched.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'reminder:%' AND to_email LIKE '%@example.org'"
        )
        .await,
        4
    );
    app.stop().await;
}

async fn confirmed_speakers_are_reminded_with_their_call_time(app: TestApp) {
    use failnight_app::services::{Actor, stories as story_services};
    use failnight_submissions::stories::Action;
    let (_, id, starts) = night_with_guests(&app, "delta", 4).await;
    let (chapter, input) = open_call(&app, "delta").await;
    let mut story = story_services::submit(&app.state, &chapter, &input).await.unwrap();
    // A second story that is only accepted (not confirmed) is never reminded.
    let other = story_services::submit(
        &app.state,
        &chapter,
        &failnight_submissions::stories::StoryInput { email: "unsure@example.org".into(), ..input.clone() },
    )
    .await
    .unwrap();
    story_services::decide(&app.state, Actor::System, &chapter, &other, Action::Accept).await.unwrap();
    story = story_services::decide(&app.state, Actor::System, &chapter, &story, Action::Accept).await.unwrap();
    story = story_services::respond(&app.state, &story, Action::Confirm).await.unwrap();
    story_services::place(&app.state, Actor::System, &chapter, &story, id).await.unwrap();

    assert_eq!(due_at(&app, starts - Duration::hours(23)).await, 3, "Ada, Grace and the confirmed speaker");
    let deadline = tokio::time::Instant::now() + MAIL_WAIT;
    let reminder = loop {
        let found = app.smtp.messages().into_iter().find(|m| {
            m.to == ["mara@example.org"] && m.parse().subject().unwrap().starts_with("Reminder: you're speaking")
        });
        if let Some(mail) = found {
            break mail;
        }
        assert!(tokio::time::Instant::now() < deadline, "no speaker reminder");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    let text = reminder.parse().body_text(0).unwrap().to_string();
    assert!(text.contains("Your call time:"), "{text}");
    assert!(
        !app.smtp
            .messages()
            .iter()
            .any(|m| m.to == ["unsure@example.org"] && m.parse().subject().unwrap().starts_with("Reminder"))
    );
    app.stop().await;
}

/// A big night's reminders and messages are queued many per statement: every person keeps one
/// unsubscribe token (an existing one unchanged), every email is queued once, and an email
/// queued before is skipped, past every chunk boundary.
async fn many_guests_are_queued_in_chunks_each_once(app: TestApp) {
    use failnight_core::outbox::{self, Category, NewEmail};
    use failnight_reminders::preferences::tokens_for;

    app.chapter("big", "Europe/Berlin").await;
    let chapter_id = app.count("SELECT MAX(id) FROM chapters").await;
    let now = app.state.clock.timestamp();
    let mut tx = app.db().begin().await.unwrap();
    let before = tokens_for(&mut tx, chapter_id, &["old@example.org"], now).await.unwrap();
    let people: Vec<String> = (0..1_200).map(|n| format!("guest{n}@example.org")).collect();
    let mut asked: Vec<&str> = people.iter().map(String::as_str).collect();
    asked.extend(["old@example.org", "guest7@example.org"]);
    let tokens = tokens_for(&mut tx, chapter_id, &asked, now).await.unwrap();
    assert_eq!(tokens.len(), 1_201);
    assert_eq!(tokens["old@example.org"], before["old@example.org"], "an existing token stays");
    let distinct: std::collections::HashSet<_> = tokens.values().collect();
    assert_eq!(distinct.len(), 1_201);

    let email = |n: usize| NewEmail {
        idempotency_key: format!("test:{n}"),
        message_id: format!("test-{n}@failnight.test"),
        category: Category::Transactional,
        to_email: format!("guest{n}@example.org"),
        to_name: format!("Guest {n}"),
        subject: "Hello".into(),
        body_text: "Hello".into(),
        body_html: "<p>Hello</p>".into(),
        invite: None,
        event_id: None,
        unsubscribe_url: None,
        expires_at: None,
        sensitive: false,
    };
    assert!(outbox::enqueue(&mut tx, &email(3), now).await.unwrap());
    let emails: Vec<NewEmail> = (0..600).map(email).collect();
    assert_eq!(outbox::enqueue_many(&mut tx, &emails, now).await.unwrap(), 599, "test:3 was queued before");
    tx.commit().await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_preferences").await, 1_201);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 600);
    assert_eq!(app.count("SELECT COUNT(DISTINCT idempotency_key) FROM outbox").await, 600);
    app.stop().await;
}
