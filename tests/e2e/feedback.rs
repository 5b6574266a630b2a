//! Feedback after the night (issue #17, first half): night → check-in → the morning after's
//! email (exactly one per checked-in guest, none for the unsubscribed or absent) → the form by
//! its link → an edit → refused once closed; hosts moderate (the speaker reads what was
//! released, never what was hidden) and read the figures; bad answers change nothing; the
//! feedback goes with a cancelled night, after retention and with a deleted story.

use chrono::{DateTime, Duration, Utc};
use failnight_app::services::{Actor, feedback as service, stories as story_services};
use failnight_scheduling::events;
use failnight_ticketing::rsvps;
use reqwest::{Client, StatusCode};

use crate::{
    stage::night_with_talks,
    support::{TestApp, both_backends_manual_clock},
};

both_backends_manual_clock!(
    guests_give_feedback_that_hosts_moderate_and_speakers_read,
    feedback_goes_with_the_night_the_story_and_after_retention,
    a_guest_s_feedback_speaks_the_language_they_booked_in,
);

const ASKED: &str = "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'event:%:feedback:rsvp:%'";
const ASKED_SENT: &str =
    "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'event:%:feedback:rsvp:%' AND sent_at IS NOT NULL";

/// Books `names` into the night (emails `{name}@guests.test`), checks in those in `present`
/// at the door, and moves the clock into the night; returns the night.
async fn night_with_guests(
    app: &TestApp,
    host: &Client,
    night: i64,
    names: &[&str],
    present: &[&str],
) -> failnight_scheduling::EventDetails {
    for name in names {
        app.rsvp_token(night, name, &format!("{name}@guests.test")).await;
    }
    let event = events::get(app.db(), night).await.unwrap().unwrap();
    app.clock().set(event.starts_utc() + Duration::minutes(30));
    // A month on, the host's session has ended: they sign in again at the door.
    app.sign_in(host, "host@alpha.test").await;
    for rsvp in rsvps::list(app.db(), night).await.unwrap() {
        if present.iter().any(|p| rsvp.email == format!("{p}@guests.test")) {
            let response = host
                .post(app.url(&format!("/host/c/alpha/events/{night}/door/check-in")))
                .form(&[("code", rsvp.checkin_code.as_str())])
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 303, "{} checked in", rsvp.email);
            let to = response.headers()["location"].to_str().unwrap().to_string();
            assert!(to.contains("?checked="), "{} checked in: {to}", rsvp.email);
        }
    }
    event
}

/// The feedback link in the latest email to `to` (its token).
fn feedback_token(app: &TestApp, to: &str) -> String {
    let prefix = app.url("/f/");
    let text = app
        .smtp
        .messages()
        .into_iter()
        .rev()
        .filter(|m| m.to == [to])
        .find_map(|m| m.parse().body_text(0).map(|t| t.to_string()).filter(|t| t.contains(&prefix)))
        .unwrap_or_else(|| panic!("no feedback email to {to}"));
    let start = text.find(&prefix).unwrap() + prefix.len();
    text[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

async fn post_form(app: &TestApp, token: &str, fields: &[(String, &str)]) -> (StatusCode, String) {
    let response = app.client.post(app.url(&format!("/f/{token}"))).form(fields).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

async fn text_of(client: &Client, app: &TestApp, path: &str) -> String {
    let response = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {path}");
    response.text().await.unwrap()
}

fn rating(talk: i64) -> String {
    format!("rating-{talk}")
}

fn comment(talk: i64) -> String {
    format!("comment-{talk}")
}

/// Ada's response: `to_first` to the first talk, a hurtful comment to the second.
fn ada_answers(first: i64, second: i64, to_first: &'static str) -> Vec<(String, &'static str)> {
    vec![
        (rating(first), "5"),
        (comment(first), to_first),
        (rating(second), "3"),
        (comment(second), "An awful talk, you should be ashamed."),
        ("takeaway".into(), "Always check references."),
        ("come_again".into(), "yes"),
    ]
}

/// The private page token of the speaker of talk `id`.
async fn speaker_token(app: &TestApp, id: i64) -> String {
    failnight_submissions::stories::get(app.db(), id).await.unwrap().unwrap().token
}

/// The comment of a talk as the host page's moderation form names it: (id, version).
async fn comment_row(app: &TestApp, talk: i64) -> (i64, i64) {
    failnight_core::with_db!(app.db(), |e| sqlx::query_as::<_, (i64, i64)>(
        "SELECT id, comment_version FROM feedback_talks WHERE submission_id = $1 AND comment IS NOT NULL"
    )
    .bind(talk)
    .fetch_one(e)
    .await)
    .unwrap()
}

async fn guests_give_feedback_that_hosts_moderate_and_speakers_read(app: TestApp) {
    let (host, night, talks) = night_with_talks(&app, &[0, 0]).await;
    let (first, second) = (talks[0], talks[1]);
    // Cyd unsubscribed from the chapter's optional mail; Dan booked but never came.
    let event = night_with_guests(&app, &host, night, &["ada", "bob", "cyd", "dan"], &["ada", "bob", "cyd"]).await;
    let unsubscribe = {
        let mut tx = app.db().begin().await.unwrap();
        let tokens = failnight_reminders::preferences::tokens_for(
            &mut tx,
            event.chapter_id,
            &["cyd@guests.test"],
            app.state.clock.timestamp(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        tokens["cyd@guests.test"].clone()
    };
    let response =
        app.client.post(app.url(&format!("/u/{unsubscribe}"))).form(&[("action", "unsubscribe")]).send().await;
    assert_eq!(response.unwrap().status(), StatusCode::OK);

    // Nobody is asked during the night, nor before 09:00 the next morning (Berlin).
    let morning: DateTime<Utc> = service::morning_after(&event);
    assert_eq!(morning.with_timezone(&event.tz()).format("%H:%M").to_string(), "09:00");
    assert_eq!(service::run_jobs(&app.state).await.unwrap().asked, 0);
    app.clock().set(morning - Duration::minutes(1));
    assert_eq!(service::run_jobs(&app.state).await.unwrap().asked, 0);

    // The morning after, two workers at once ask each checked-in, subscribed guest once.
    app.clock().set(morning + Duration::minutes(2));
    let (one, two) = tokio::join!(service::run_jobs(&app.state), service::run_jobs(&app.state));
    assert_eq!(one.unwrap().asked + two.unwrap().asked, 2);
    assert_eq!(service::run_jobs(&app.state).await.unwrap().asked, 0, "asked once");
    assert_eq!(app.count(ASKED).await, 2);
    app.wait_count(ASKED_SENT, 2).await;
    let asked: Vec<_> = app
        .smtp
        .messages()
        .into_iter()
        .filter(|m| m.parse().subject().is_some_and(|s| s.starts_with("How was Stage Night?")))
        .map(|m| m.to.clone())
        .collect();
    assert_eq!(asked.len(), 2, "{asked:?}");
    for who in ["ada", "bob"] {
        assert_eq!(asked.iter().filter(|to| **to == [format!("{who}@guests.test")]).count(), 1, "{who}: one email");
    }
    let mail = app.mail_to("ada@guests.test", "How was Stage Night?").await;
    let parsed = mail.parse();
    assert!(parsed.header("List-Unsubscribe").is_some(), "optional mail carries List-Unsubscribe");

    // The form, by its link: a fieldset of radio buttons per talk, labelled fields.
    let ada = feedback_token(&app, "ada@guests.test");
    let bob = feedback_token(&app, "bob@guests.test");
    // Once delivered, the link is kept nowhere but in the guest's mailbox: only its hash is stored.
    assert_eq!(app.places_containing(&ada).await, Vec::<String>::new());
    let page = text_of(&app.client, &app, &format!("/f/{ada}")).await;
    assert!(page.contains("How was Stage Night?"), "{page}");
    assert!(page.contains("Failure number 1 · Speaker 0") && page.contains("Failure number 2"), "{page}");
    assert!(page.contains(&format!(r#"name="{}" value="5""#, rating(first))), "{page}");
    assert!(page.contains(r#"<label for="f-takeaway">"#) && page.contains("<legend>Your rating</legend>"));

    // Bad answers: a clear error next to the field, nothing saved.
    let long = "x".repeat(1001);
    for (fields, error) in [
        (vec![(rating(first), "6")], "Choose a rating from 1 to 5, or none."),
        (vec![(rating(999_999), "3")], "not in this night's lineup"),
        (vec![(comment(first), long.as_str())], "Use at most 1000 characters."),
        (vec![("come_again".to_string(), "perhaps")], "Choose yes, maybe or no."),
        (vec![(rating(first), "")], "Answer at least one question"),
    ] {
        let (status, body) = post_form(&app, &ada, &fields).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        let escaped = [error.to_string(), error.replace('\'', "&#39;"), error.replace('\'', "&#x27;")];
        assert!(escaped.iter().any(|e| body.contains(e.as_str())), "{fields:?}: {body}");
        assert!(body.contains("Nothing was saved yet"), "{body}");
    }
    let (status, _) = post_form(&app, "not-a-real-token", &[(rating(first), "5")]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_talks").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_forms WHERE answered_at IS NOT NULL").await, 0);

    // Ada answers, then Bob; the thank-you state shows the answers to change.
    let (status, _) = post_form(&app, &ada, &ada_answers(first, second, "Brave and useful.")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let thanks = text_of(&app.client, &app, &format!("/f/{ada}?saved=1")).await;
    assert!(thanks.contains("Thank you! Your feedback is saved."), "{thanks}");
    assert!(thanks.contains("Brave and useful.") && thanks.contains("Save my changes"), "{thanks}");
    let (status, _) = post_form(&app, &bob, &[(rating(first), "4"), ("come_again".into(), "maybe")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    // The host reads before the speaker: nothing reaches the speakers yet.
    let (speaker_one, speaker_two) = (speaker_token(&app, first).await, speaker_token(&app, second).await);
    let story_page = text_of(&app.client, &app, &format!("/s/{speaker_one}")).await;
    assert!(story_page.contains("Average rating <strong>4.5</strong> of 5, from 2 guests"), "{story_page}");
    assert!(!story_page.contains("Brave and useful."), "unread comments stay with the hosts");

    // Ada edits her comment: it is a new text, unread again.
    let (original, version) = comment_row(&app, first).await;
    let (status, _) = post_form(&app, &ada, &ada_answers(first, second, "Brave, useful and funny.")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (id, edited) = comment_row(&app, first).await;
    assert_eq!((id, edited), (original, version + 1));

    // The host page: the figures, every comment, the takeaways, and no guest's name.
    let feedback_path = format!("/host/c/alpha/events/{night}/feedback");
    let host_page = text_of(&host, &app, &feedback_path).await;
    assert!(
        host_page.contains(
            "2 of 3 checked-in guests answered (67 %); will come again: 1 yes, 1 maybe, 0 no; 2 comments to read."
        ),
        "{host_page}"
    );
    assert!(host_page.contains("<td>4.5</td><td>2</td><td>1</td><td>1</td>"), "first talk: {host_page}");
    assert!(host_page.contains("<td>3.0</td><td>1</td><td>1</td><td>1</td>"), "second talk: {host_page}");
    assert!(host_page.contains("Brave, useful and funny.") && host_page.contains("Always check references."));
    for name in ["ada@", "bob@", "guests.test"] {
        assert!(!host_page.contains(name), "{name} on the host page");
    }
    let night_page = text_of(&host, &app, &format!("/host/c/alpha/events/{night}")).await;
    assert!(night_page.contains("Feedback: 2 of 3 checked-in guests answered (67 %)"), "{night_page}");

    // A decision on the text the host read before the edit changes nothing.
    let moderate = |id: i64, version: i64, status: &'static str| {
        let host = host.clone();
        let url = app.url(&format!("{feedback_path}/comments/{id}"));
        async move { host.post(url).form(&[("status", status), ("version", &version.to_string())]).send().await.unwrap() }
    };
    let stale = moderate(original, version, "released").await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    assert!(stale.text().await.unwrap().contains("The guest changed this comment since you read it"));
    assert_eq!(moderate(original, edited, "released").await.status(), StatusCode::SEE_OTHER);
    let (hurtful, hurtful_version) = comment_row(&app, second).await;
    assert_eq!(moderate(hurtful, hurtful_version, "hidden").await.status(), StatusCode::SEE_OTHER);
    assert_eq!(moderate(hurtful, hurtful_version, "shouted").await.status(), StatusCode::BAD_REQUEST);
    assert_eq!(moderate(999_999, 0, "hidden").await.status(), StatusCode::NOT_FOUND);
    // The same through the API.
    let token = app.host_token("alpha", "api@alpha.test").await;
    let api = |id: i64, version: i64, status: &'static str| {
        let url = app.url(&format!("/api/v1/events/{night}/feedback/comments/{id}"));
        let request =
            app.client.post(url).bearer_auth(&token).json(&serde_json::json!({"status": status, "version": version}));
        async move { request.send().await.unwrap().status() }
    };
    assert_eq!(api(hurtful, hurtful_version + 5, "released").await, StatusCode::CONFLICT);
    assert_eq!(api(hurtful, hurtful_version, "shouted").await, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(api(999_999, 0, "hidden").await, StatusCode::NOT_FOUND);
    assert_eq!(api(hurtful, hurtful_version, "hidden").await, StatusCode::NO_CONTENT);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('feedback comment released', 'feedback comment hidden')"
        )
        .await,
        3,
        "two decisions in the pages, one through the API"
    );
    let places = app.places_containing("you should be ashamed").await;
    assert_eq!(places, vec!["feedback_talks.comment (1 rows)".to_string()], "never in the audit log");

    // The speakers read the released comment and their ratings; never the hidden one.
    let story_page = text_of(&app.client, &app, &format!("/s/{speaker_one}")).await;
    assert!(story_page.contains("Brave, useful and funny."), "{story_page}");
    let story_page = text_of(&app.client, &app, &format!("/s/{speaker_two}")).await;
    assert!(story_page.contains("Average rating <strong>3.0</strong> of 5, from 1 guest."), "{story_page}");
    assert!(!story_page.contains("ashamed"), "hidden comments never reach the speaker");
    assert!(!story_page.contains("ada@") && !story_page.contains("guests.test"));
    // Their export holds the same, and nothing more.
    let export = text_of(&app.client, &app, &format!("/s/{speaker_two}/export.json")).await;
    let export: serde_json::Value = serde_json::from_str(&export).unwrap();
    assert_eq!(export["feedback"]["ratings"], 1);
    assert_eq!(export["feedback"]["average"], 3.0);
    assert!(!export.to_string().contains("ashamed") && !export.to_string().contains("guests.test"));
    let export = text_of(&app.client, &app, &format!("/s/{speaker_one}/export.json")).await;
    assert!(export.contains("Brave, useful and funny."), "{export}");

    // A week after the night the form closes: a clear refusal, nothing changes.
    app.clock().set(event.ends_utc() + Duration::days(service::EDIT_DAYS) + Duration::minutes(1));
    let (status, body) = post_form(&app, &bob, &[(rating(first), "1"), ("come_again".into(), "no")]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body.contains("Feedback on this night closed on"), "{body}");
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_talks WHERE rating = 1").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_forms WHERE come_again = 'no'").await, 0);
    let closed = text_of(&app.client, &app, &format!("/f/{bob}")).await;
    assert!(closed.contains("Feedback on this night closed on") && !closed.contains("<form"), "{closed}");
    assert_eq!(service::run_jobs(&app.state).await.unwrap().asked, 0, "nobody asked once it closed");
}

async fn feedback_goes_with_the_night_the_story_and_after_retention(app: TestApp) {
    let (host, night, talks) = night_with_talks(&app, &[0, 0]).await;
    let event = night_with_guests(&app, &host, night, &["eve", "fay"], &["eve", "fay"]).await;
    app.clock().set(service::morning_after(&event));
    assert_eq!(service::run_jobs(&app.state).await.unwrap().asked, 2);
    app.wait_count(ASKED_SENT, 2).await;
    for who in ["eve", "fay"] {
        let token = feedback_token(&app, &format!("{who}@guests.test"));
        let fields = [
            (rating(talks[0]), "4"),
            (comment(talks[0]), "Thank you."),
            (rating(talks[1]), "5"),
            (comment(talks[1]), "Wow."),
        ];
        assert_eq!(post_form(&app, &token, &fields).await.0, StatusCode::SEE_OTHER);
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_talks").await, 4);

    // A speaker who deletes their story takes the feedback on their talk with it.
    let story = failnight_submissions::stories::get(app.db(), talks[1]).await.unwrap().unwrap();
    story_services::delete_own(&app.state, &story).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_talks").await, 2);
    assert!(app.places_containing("Wow.").await.is_empty());

    // After the chapter's retention (6 months by default), the night's feedback goes.
    app.clock().set(event.ends_utc() + Duration::days(150));
    assert_eq!(service::run_jobs(&app.state).await.unwrap().forgotten, 0);
    app.clock().set(event.ends_utc() + Duration::days(200));
    assert_eq!(service::run_jobs(&app.state).await.unwrap().forgotten, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_forms").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_talks").await, 0);
    assert!(app.places_containing("Thank you.").await.iter().all(|p| !p.starts_with("feedback")));

    // A cancelled night's feedback goes with it, in the cancellation. A night cannot be
    // cancelled once over, and nobody is asked before it ends, so this is a backstop: the
    // clock is set back (as a host's clock error, corrected, would) to cancel it.
    app.clock().set(Utc::now());
    let token = app.host_token("alpha", "second@alpha.test").await;
    let second: serde_json::Value =
        app.create_event(&token, "alpha", &TestApp::night("Second Night", 60)).await.json().await.unwrap();
    let second = second["id"].as_i64().unwrap();
    let event = night_with_guests(&app, &host, second, &["gus"], &["gus"]).await;
    app.clock().set(service::morning_after(&event));
    assert_eq!(service::run_jobs(&app.state).await.unwrap().asked, 1, "Gus; Eve and Fay never again");
    app.wait_count(ASKED_SENT, 3).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_forms").await, 1);
    let token = feedback_token(&app, "gus@guests.test");
    assert_eq!(post_form(&app, &token, &[("takeaway".into(), "Seek clarity.")]).await.0, StatusCode::SEE_OTHER);
    app.clock().set(event.starts_utc() - Duration::hours(1));
    failnight_app::services::cancel_event(&app.state, Actor::System, second, failnight_app::Mode::Apply).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback_forms").await, 0);
    let gone = app.client.get(app.url(&format!("/f/{token}"))).send().await.unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
}

/// A guest who booked on the German page of an English chapter gets the email and the form in
/// German, whatever their browser says; a choice on the form's page still wins.
async fn a_guest_s_feedback_speaks_the_language_they_booked_in(app: TestApp) {
    let (host, night, _) = night_with_talks(&app, &[0]).await;
    let event = night_with_guests(&app, &host, night, &["ada"], &["ada"]).await;
    sqlx_update(&app, "UPDATE rsvps SET language = 'de' WHERE email = 'ada@guests.test'").await;
    app.clock().set(service::morning_after(&event) + Duration::minutes(2));
    assert_eq!(service::run_jobs(&app.state).await.unwrap().asked, 1);
    app.wait_count(ASKED_SENT, 1).await;
    let mail = app.mail_to("ada@guests.test", "Wie war Stage Night?").await;
    assert!(mail.parse().subject().unwrap().contains("Feedback"));

    let token = feedback_token(&app, "ada@guests.test");
    let page = |accept: &'static str, query: &'static str| {
        let request = app.client.get(app.url(&format!("/f/{token}{query}"))).header("accept-language", accept);
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let german = page("es-MX,es;q=0.9", "").await;
    assert!(german.contains(r#"<html lang="de">"#) && german.contains("Feedback · Stage Night"), "{german}");
    // A refused answer says why in German too.
    let (status, refused) = post_form(&app, &token, &[("takeaway".to_string(), "")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.contains(r#"<html lang="de">"#), "{refused}");
    let chosen = page("de", "?lang=fr").await;
    assert!(chosen.contains(r#"<html lang="fr">"#), "{chosen}");
}

async fn sqlx_update(app: &TestApp, sql: &'static str) {
    let mut tx = app.db().begin().await.unwrap();
    failnight_core::with_tx!(&mut tx, |c| sqlx::query(sql).execute(&mut *c).await.map(|_| ())).unwrap();
    tx.commit().await.unwrap();
}
