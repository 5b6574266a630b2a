//! The waitlist that promotes itself: cancellations (API and the ticket page's confirmation
//! step), offers that expire and pass on, never past the night's start, capacity changes,
//! plus-ones, approval, "still coming?", and the door (check-in, walk-ins, counts, CSV).

use std::collections::HashMap;

use failnight_app::services::ticketing::run_jobs;
use failnight_core::Clock;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestApp, both_backends, both_backends_manual_clock, smtp::MAIL_WAIT};

both_backends!(
    cancelling_frees_the_seat_for_the_next_person,
    capacity_changes_go_through_the_same_promotion_path,
    plus_ones_count_against_capacity,
    approval_mode_asks_the_hosts,
    door_checks_in_once_and_exports_a_safe_list,
    the_door_page_checks_in_by_scan_by_name_and_walk_in,
    door_phones_send_offline_check_ins_and_the_first_wins,
);
both_backends_manual_clock!(
    offers_expire_and_pass_on,
    no_offer_after_the_night_started,
    still_coming_asks_once_and_cant_come_frees_the_seat,
);

/// Books as a guest does (the public answer only says "check your email") and returns the
/// ticket as its owner then sees it, through the link in the email that follows: its state and
/// waitlist place, and its `ticket_url`.
async fn rsvp(app: &TestApp, event: i64, name: &str, email: &str) -> Value {
    let token = app.rsvp_token(event, name, email).await;
    let mut ticket: Value = app.get(&format!("/api/v1/tickets/{token}")).await.json().await.unwrap();
    ticket["ticket_url"] = json!(app.url(&format!("/t/{token}")));
    ticket
}

fn token_of(answer: &Value) -> String {
    answer["ticket_url"].as_str().unwrap().rsplit('/').next().unwrap().to_string()
}

async fn status_of(app: &TestApp, token: &str) -> String {
    let ticket: Value = app.get(&format!("/api/v1/tickets/{token}")).await.json().await.unwrap();
    ticket["status"].as_str().unwrap().to_string()
}

async fn settings(app: &TestApp, host: &str, slug: &str, body: Value) {
    app.host_ok(Method::PATCH, host, &format!("/api/v1/chapters/{slug}/settings"), Some(&body), 200).await;
}

/// Whether `who` received a mail whose subject starts with `prefix`.
fn got(mail: &HashMap<String, Vec<String>>, who: &str, prefix: &str) -> bool {
    mail.get(who).is_some_and(|subjects| subjects.iter().any(|s| s.starts_with(prefix)))
}

/// Subjects received per recipient (delivery order is not guaranteed).
async fn inbox(app: &TestApp, expected: usize) -> HashMap<String, Vec<String>> {
    let mails = app.smtp.wait_for(expected, MAIL_WAIT).await;
    let mut by_person: HashMap<String, Vec<String>> = HashMap::new();
    for mail in &mails {
        by_person.entry(mail.to[0].clone()).or_default().push(mail.parse().subject().unwrap().to_string());
    }
    by_person
}

/// The seat counter always matches the RSVPs and stays within capacity.
async fn assert_seats_consistent(app: &TestApp, event: i64) {
    let rows: Vec<(String, i64)> = failnight_core::with_db!(app.db(), |e| sqlx::query_as(
        "SELECT status, 1 + plus_ones FROM rsvps WHERE event_id = $1"
    )
    .bind(event)
    .fetch_all(e)
    .await)
    .unwrap();
    let sum = |states: &[&str]| rows.iter().filter(|(s, _)| states.contains(&s.as_str())).map(|(_, n)| n).sum::<i64>();
    let (capacity, confirmed, held, offered): (i64, i64, i64, i64) =
        failnight_core::with_db!(app.db(), |e| sqlx::query_as(
            "SELECT capacity, confirmed, held, offered FROM seat_counts WHERE event_id = $1"
        )
        .bind(event)
        .fetch_one(e)
        .await)
        .unwrap();
    assert_eq!(confirmed, sum(&["confirmed", "checked_in"]), "confirmed seats");
    assert_eq!(held, sum(&["held"]), "held seats");
    assert_eq!(offered, sum(&["offered"]), "offered seats");
    assert!(confirmed + held + offered <= capacity, "{confirmed} + {held} + {offered} > {capacity}");
}

async fn cancelling_frees_the_seat_for_the_next_person(app: TestApp) {
    let (_, event) = app.published_night("cancel", 2).await;
    let id = event["id"].as_i64().unwrap();
    let ada = rsvp(&app, id, "Ada", "ada@example.org").await;
    let grace = rsvp(&app, id, "Grace", "grace@example.org").await;
    let linus = rsvp(&app, id, "Linus", "linus@example.org").await;
    let margaret = rsvp(&app, id, "Margaret", "margaret@example.org").await;
    assert_eq!(linus["status"], "waitlisted");
    assert_eq!(margaret["waitlist_position"], 2);
    app.smtp.wait_for(4, MAIL_WAIT).await;

    // Linus leaves the waitlist through the API: nobody moves, he is told once.
    let left: Value = app
        .client
        .post(app.url(&format!("/api/v1/tickets/{}/cancel", token_of(&linus))))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(left["status"], "cancelled");
    // Ada cancels from her ticket page: a confirmation step first (GET changes nothing) …
    let ada_token = token_of(&ada);
    let page = app.get(&format!("/t/{ada_token}/cancel")).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    // Margaret waits, so the seat is said to go to the waitlist; keeping it is the primary choice.
    assert!(page.contains("Yes, free my place") && page.contains("The first person on the waitlist gets it."));
    assert!(
        page.contains(&format!(
            "<a class=\"button\" href=\"{}\">No, keep my place</a>",
            ada["ticket_url"].as_str().unwrap()
        )),
        "{page}"
    );
    assert_eq!(status_of(&app, &ada_token).await, "confirmed");
    // … then the form post.
    let done = app.client.post(app.url(&format!("/t/{ada_token}/cancel"))).send().await.unwrap();
    assert_eq!(done.status(), 303);
    assert_eq!(status_of(&app, &ada_token).await, "cancelled");
    assert_eq!(status_of(&app, &token_of(&margaret)).await, "confirmed", "the next person moved up");
    // Nobody waits now: the page does not promise a waitlist.
    let grace_cancel = app.get(&format!("/t/{}/cancel", token_of(&grace))).await.text().await.unwrap();
    assert!(grace_cancel.contains("It goes back to anyone who wants it.") && !grace_cancel.contains("waitlist"));
    // Twice is harmless.
    let again = app.client.post(app.url(&format!("/api/v1/tickets/{ada_token}/cancel"))).send().await.unwrap();
    assert_eq!(again.status(), 200);
    assert_seats_consistent(&app, id).await;

    let mail = inbox(&app, 7).await;
    assert_eq!(mail["ada@example.org"].len(), 2);
    assert!(got(&mail, "ada@example.org", "Cancelled: your place"));
    assert!(got(&mail, "linus@example.org", "Cancelled: your place"));
    assert!(got(&mail, "margaret@example.org", "You're in"), "{:?}", mail["margaret@example.org"]);
    let ada_cancel = app
        .smtp
        .messages()
        .into_iter()
        .find(|m| m.to == ["ada@example.org"] && m.parse().subject().unwrap().starts_with("Cancelled"))
        .unwrap();
    assert!(String::from_utf8_lossy(&ada_cancel.data).contains("METHOD:CANCEL"), "her calendar entry is removed");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.smtp.messages().len(), 7, "one email per person per transition");

    // Ada can come after all: she books again and joins the back of the waitlist with a new
    // ticket (the cancelled one stays cancelled); asking twice gives the same new place.
    let back = rsvp(&app, id, "Ada", "ada@example.org").await;
    assert_eq!(back["status"], "waitlisted");
    assert_ne!(token_of(&back), ada_token, "a new ticket");
    assert_eq!(status_of(&app, &ada_token).await, "cancelled");
    let twice = app.rsvp_api(id, "Ada", "ada@example.org").await;
    assert_eq!(twice.status(), 202, "the same answer as any booking");
    assert_eq!(twice.json::<Value>().await.unwrap()["result"], "check_your_email");
    let told = app.mail_to("ada@example.org", "Your place at").await;
    assert!(told.parse().body_text(0).unwrap().contains("you are on the waitlist"), "her new place, by email");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE email = 'ada@example.org'").await, 2);
    let mail = inbox(&app, 8).await;
    assert!(got(&mail, "ada@example.org", "You're on the waitlist"), "{:?}", mail["ada@example.org"]);
    assert_seats_consistent(&app, id).await;
    app.stop().await;
}

async fn capacity_changes_go_through_the_same_promotion_path(app: TestApp) {
    let (host, event) = app.published_night("resize", 3).await;
    let id = event["id"].as_i64().unwrap();
    settings(&app, &host, "resize", json!({"promotion_mode": "offer", "offer_hours": 24})).await;
    let mut tokens = Vec::new();
    for n in 0..6 {
        tokens.push(token_of(&rsvp(&app, id, &format!("P{n}"), &format!("p{n}@example.org")).await));
    }
    // One of three leaves: P3 gets an offer, P4 and P5 keep waiting.
    app.client.post(app.url(&format!("/api/v1/tickets/{}/cancel", tokens[0]))).send().await.unwrap();
    assert_eq!(status_of(&app, &tokens[3]).await, "offered");
    assert_eq!(status_of(&app, &tokens[4]).await, "waitlisted");
    // Lowering below the seats in use (2 confirmed + 1 offered) is refused, nothing written.
    let lower = app.host(Method::PATCH, &host, &format!("/api/v1/events/{id}"), Some(&json!({"capacity": 2}))).await;
    assert_eq!(lower.status(), 422);
    assert_eq!(app.count("SELECT capacity FROM seat_counts").await, 3);
    assert_eq!(app.count("SELECT capacity FROM events").await, 3);
    // Raising offers exactly the new seats, in order.
    let grown =
        app.host_ok(Method::PATCH, &host, &format!("/api/v1/events/{id}"), Some(&json!({"capacity": 4})), 200).await;
    assert_eq!(grown["notified"], 1);
    assert_eq!(status_of(&app, &tokens[4]).await, "offered");
    assert_eq!(status_of(&app, &tokens[5]).await, "waitlisted");
    assert_eq!(grown["event"]["seats_left"], 0);
    assert_seats_consistent(&app, id).await;
    // P3 accepts (one click page + post) and then cancels: exactly one seat is freed, and
    // it goes to P5 as an offer.
    assert!(app.get(&format!("/t/{}/accept", tokens[3])).await.text().await.unwrap().contains("Accept the seat"));
    assert_eq!(app.client.post(app.url(&format!("/t/{}/accept", tokens[3]))).send().await.unwrap().status(), 303);
    assert_eq!(status_of(&app, &tokens[3]).await, "confirmed");
    app.client.post(app.url(&format!("/api/v1/tickets/{}/cancel", tokens[3]))).send().await.unwrap();
    assert_eq!(status_of(&app, &tokens[5]).await, "offered");
    assert_eq!(app.count("SELECT offered FROM seat_counts").await, 2);
    assert_eq!(app.count("SELECT confirmed FROM seat_counts").await, 2);
    assert_seats_consistent(&app, id).await;
    app.stop().await;
}

async fn plus_ones_count_against_capacity(app: TestApp) {
    let (host, event) = app.published_night("plus", 3).await;
    let id = event["id"].as_i64().unwrap();
    let body =
        |n: i64, email: &str| json!({"name": "Guest", "email": email, "plus_ones": n, "accept_code_of_conduct": true});
    let post = |b: Value| app.client.post(app.url(&format!("/api/v1/events/{id}/rsvps"))).json(&b).send();
    let refused = post(body(1, "early@example.org")).await.unwrap();
    assert_eq!(refused.status(), 422, "no plus-ones by default");
    settings(&app, &host, "plus", json!({"max_plus_ones": 2})).await;
    assert_eq!(post(body(3, "many@example.org")).await.unwrap().status(), 422);
    let bad =
        app.host(Method::PATCH, &host, "/api/v1/chapters/plus/settings", Some(&json!({"max_plus_ones": 99}))).await;
    assert_eq!(bad.status(), 422);
    assert_eq!(post(body(2, "ada@example.org")).await.unwrap().status(), 202);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM rsvps WHERE email = 'ada@example.org' AND status = 'confirmed'").await,
        1
    );
    assert_eq!(post(body(0, "grace@example.org")).await.unwrap().status(), 202);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM rsvps WHERE email = 'grace@example.org' AND status = 'waitlisted'").await,
        1,
        "three seats taken by one party"
    );
    assert_eq!(app.count("SELECT confirmed FROM seat_counts").await, 3);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 2, "nothing written for refused input");
    assert_seats_consistent(&app, id).await;
    app.stop().await;
}

async fn approval_mode_asks_the_hosts(app: TestApp) {
    let (host, event) = app.published_night("approve", 1).await;
    let id = event["id"].as_i64().unwrap();
    app.host_ok(Method::PATCH, &host, &format!("/api/v1/events/{id}/ticketing"), Some(&json!({"approval": true})), 200)
        .await;
    let ada = rsvp(&app, id, "Ada", "ada@example.org").await;
    let grace = rsvp(&app, id, "Grace", "grace@example.org").await;
    let linus = rsvp(&app, id, "Linus", "linus@example.org").await;
    assert_eq!(ada["status"], "pending");
    assert_eq!(app.count("SELECT confirmed FROM seat_counts").await, 0, "pending takes no seat");
    let list = app.host_ok(Method::GET, &host, &format!("/api/v1/events/{id}/rsvps"), None, 200).await;
    let ids: Vec<i64> = list.as_array().unwrap().iter().map(|r| r["id"].as_i64().unwrap()).collect();
    let approved = app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{}/approve", ids[0]), None, 200).await;
    assert_eq!(approved["status"], "confirmed");
    let second = app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{}/approve", ids[1]), None, 200).await;
    assert_eq!(second["status"], "waitlisted", "approved but full");
    let declined = app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{}/decline", ids[2]), None, 200).await;
    assert_eq!(declined["status"], "declined");
    let again = app.host(Method::POST, &host, &format!("/api/v1/rsvps/{}/decline", ids[2]), None).await;
    assert_eq!(again.status(), 409);
    let mail = inbox(&app, 6).await;
    assert!(got(&mail, "ada@example.org", "Waiting for approval"));
    assert!(got(&mail, "ada@example.org", "You're in"));
    assert!(got(&mail, "grace@example.org", "You're on the waitlist"));
    assert!(got(&mail, "linus@example.org", "Your RSVP to"));
    assert_eq!(status_of(&app, &token_of(&grace)).await, "waitlisted");
    assert_eq!(status_of(&app, &token_of(&linus)).await, "declined");
    app.stop().await;
}

async fn door_checks_in_once_and_exports_a_safe_list(app: TestApp) {
    let (host, event) = app.published_night("door", 3).await;
    let id = event["id"].as_i64().unwrap();
    let door = {
        let output = app
            .cli(&["host", "add", "--chapter", "door", "--email", "door@door.test", "--role", "door"])
            .await
            .unwrap();
        output.lines().last().unwrap().trim().to_string()
    };
    let ada = rsvp(&app, id, "=HYPERLINK(\"http://evil\")", "ada@example.org").await;
    rsvp(&app, id, "Grace", "grace@example.org").await;
    // The ticket page's QR code carries the check-in URL with the check-in code, not the token.
    let code: String = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT checkin_code FROM rsvps WHERE email = 'ada@example.org'"
    )
    .fetch_one(e)
    .await)
    .unwrap();
    let page = app.get(&format!("/t/{}", token_of(&ada))).await.text().await.unwrap();
    assert!(page.contains("<svg"), "the ticket shows its QR code");
    let short = failnight_ticketing::door::short_code(&code);
    assert!(page.contains(&format!("<strong>{short}</strong>")), "and its short code under it");
    let path = format!("/api/v1/events/{id}/check-ins");
    let first = app
        .host_ok(Method::POST, &door, &path, Some(&json!({"code": format!("{}/check-in/{code}", app.address)})), 200)
        .await;
    assert_eq!(first["result"], "checked_in");
    assert_eq!(first["counts"]["checked_in"], 1);
    let second = app.host_ok(Method::POST, &door, &path, Some(&json!({"code": code})), 200).await;
    assert_eq!(second["result"], "already_checked_in");
    let at = chrono::DateTime::parse_from_rfc3339(first["ticket"]["checked_in_at"].as_str().unwrap()).unwrap();
    let local = at.with_timezone(&chrono_tz::Europe::Berlin).format("%H:%M").to_string();
    assert_eq!(second["message"], format!("Already checked in at {local}."));
    let unknown = app.host(Method::POST, &door, &path, Some(&json!({"code": "nope"}))).await;
    assert_eq!(unknown.status(), 404);
    // Checked-in guests cannot cancel any more.
    let late = app.client.post(app.url(&format!("/api/v1/tickets/{}/cancel", token_of(&ada)))).send().await.unwrap();
    assert_eq!(late.status(), 409);
    // A walk-in takes the last seat; the next is refused.
    let walk = app
        .host(Method::POST, &door, &format!("/api/v1/events/{id}/walk-ins"), Some(&json!({"name": "+Walker"})))
        .await;
    assert_eq!(walk.status(), 201);
    let full =
        app.host(Method::POST, &door, &format!("/api/v1/events/{id}/walk-ins"), Some(&json!({"name": "Late"}))).await;
    assert_eq!(full.status(), 409);
    let counts = app.host_ok(Method::GET, &door, &format!("/api/v1/events/{id}/door"), None, 200).await;
    assert_eq!(
        (counts["checked_in"].as_i64(), counts["confirmed"].as_i64(), counts["capacity"].as_i64()),
        (Some(2), Some(3), Some(3))
    );
    // The door role cannot do host things.
    assert_eq!(app.host(Method::GET, &door, &format!("/api/v1/events/{id}/rsvps"), None).await.status(), 403);
    // Another chapter's door cannot scan here.
    app.chapter("elsewhere", "Europe/Paris").await;
    let stranger = app.host_token("elsewhere", "x@elsewhere.test").await;
    assert_eq!(app.host(Method::POST, &stranger, &path, Some(&json!({"code": code}))).await.status(), 403);

    let csv = app.host(Method::GET, &host, &format!("/api/v1/events/{id}/door-list.csv"), None).await;
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "name,email,plus_ones,status,checked_in_at,walk_in,notes");
    assert_eq!(lines.len(), 4);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\",ada@example.org,0,checked_in"), "{csv}");
    assert!(csv.contains("'+Walker,,0,checked_in"), "{csv}");
    assert!(!lines.iter().any(|l| l.starts_with(['=', '+', '-', '@'])));
    assert_seats_consistent(&app, id).await;
    app.stop().await;
}

async fn offers_expire_and_pass_on(app: TestApp) {
    let (host, event) = app.published_night("expire", 1).await;
    let id = event["id"].as_i64().unwrap();
    settings(&app, &host, "expire", json!({"promotion_mode": "offer", "offer_hours": 24})).await;
    let ada = rsvp(&app, id, "Ada", "ada@example.org").await;
    let grace = rsvp(&app, id, "Grace", "grace@example.org").await;
    let linus = rsvp(&app, id, "Linus", "linus@example.org").await;
    app.client.post(app.url(&format!("/api/v1/tickets/{}/cancel", token_of(&ada)))).send().await.unwrap();
    let offer: Value = app.get(&format!("/api/v1/tickets/{}", token_of(&grace))).await.json().await.unwrap();
    assert_eq!(offer["status"], "offered");
    let expires = chrono::DateTime::parse_from_rfc3339(offer["offer_expires_at"].as_str().unwrap()).unwrap();
    assert_eq!(expires.timestamp_millis(), (app.clock().now() + chrono::Duration::hours(24)).timestamp_millis());
    // Nothing is due yet.
    app.clock().advance(chrono::Duration::hours(23));
    assert_eq!(run_jobs(&app.state).await.unwrap().expired, 0);
    app.clock().advance(chrono::Duration::hours(2));
    // Too late to accept, even before the job ran.
    let late = app.client.post(app.url(&format!("/api/v1/tickets/{}/accept", token_of(&grace)))).send().await.unwrap();
    assert_eq!(late.status(), 409);
    let run = run_jobs(&app.state).await.unwrap();
    assert_eq!((run.expired, run.promoted), (1, 1));
    assert_eq!(run_jobs(&app.state).await.unwrap().expired, 0, "once");
    assert_eq!(status_of(&app, &token_of(&grace)).await, "cancelled");
    assert_eq!(status_of(&app, &token_of(&linus)).await, "offered");
    let accepted: Value = app
        .client
        .post(app.url(&format!("/api/v1/tickets/{}/accept", token_of(&linus))))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(accepted["ticket"]["status"], "confirmed");
    assert_seats_consistent(&app, id).await;
    let mail = inbox(&app, 8).await;
    let grace_mail = &mail["grace@example.org"];
    assert_eq!(grace_mail.len(), 3, "{grace_mail:?}");
    assert!(got(&mail, "grace@example.org", "A seat is free for you"));
    assert!(got(&mail, "grace@example.org", "Your offer expired"));
    let linus_mail = &mail["linus@example.org"];
    assert_eq!(linus_mail.len(), 3, "{linus_mail:?}");
    assert!(got(&mail, "linus@example.org", "You're in"));
    let offer_mail = app
        .smtp
        .messages()
        .into_iter()
        .find(|m| m.to == ["linus@example.org"] && m.parse().subject().unwrap().starts_with("A seat"))
        .unwrap();
    assert!(offer_mail.parse().body_text(0).unwrap().contains(&format!("/t/{}/accept", token_of(&linus))));
    app.stop().await;
}

async fn no_offer_after_the_night_started(app: TestApp) {
    let (host, event) = app.published_night("start", 1).await;
    let id = event["id"].as_i64().unwrap();
    settings(&app, &host, "start", json!({"promotion_mode": "offer", "offer_hours": 24})).await;
    let ada = rsvp(&app, id, "Ada", "ada@example.org").await;
    let grace = rsvp(&app, id, "Grace", "grace@example.org").await;
    let linus = rsvp(&app, id, "Linus", "linus@example.org").await;
    let starts = chrono::DateTime::parse_from_rfc3339(event["starts_at_utc"].as_str().unwrap()).unwrap().to_utc();
    // Two hours before the start, an offer runs until the start, not 24 hours.
    app.clock().set(starts - chrono::Duration::hours(2));
    app.client.post(app.url(&format!("/api/v1/tickets/{}/cancel", token_of(&ada)))).send().await.unwrap();
    let offer: Value = app.get(&format!("/api/v1/tickets/{}", token_of(&grace))).await.json().await.unwrap();
    assert_eq!(chrono::DateTime::parse_from_rfc3339(offer["offer_expires_at"].as_str().unwrap()).unwrap(), starts);
    // At the start the offer ends and nobody else is offered anything.
    app.clock().set(starts + chrono::Duration::minutes(1));
    let run = run_jobs(&app.state).await.unwrap();
    assert_eq!((run.expired, run.promoted), (1, 0));
    assert_eq!(status_of(&app, &token_of(&linus)).await, "waitlisted");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE '%:offer:%' AND idempotency_key NOT LIKE '%expired'"
        )
        .await,
        1
    );
    assert_seats_consistent(&app, id).await;
    app.stop().await;
}

async fn still_coming_asks_once_and_cant_come_frees_the_seat(app: TestApp) {
    let (host, event) = app.published_night("still", 1).await;
    let id = event["id"].as_i64().unwrap();
    settings(&app, &host, "still", json!({"reconfirm_hours": 48})).await;
    let ada = rsvp(&app, id, "Ada", "ada@example.org").await;
    let grace = rsvp(&app, id, "Grace", "grace@example.org").await;
    app.smtp.wait_for(2, MAIL_WAIT).await;
    let starts = chrono::DateTime::parse_from_rfc3339(event["starts_at_utc"].as_str().unwrap()).unwrap().to_utc();
    app.clock().set(starts - chrono::Duration::hours(49));
    assert_eq!(run_jobs(&app.state).await.unwrap().reconfirmations, 0);
    app.clock().set(starts - chrono::Duration::hours(47));
    assert_eq!(run_jobs(&app.state).await.unwrap().reconfirmations, 1, "only the confirmed guest");
    assert_eq!(run_jobs(&app.state).await.unwrap().reconfirmations, 0, "asked once");
    let mails = app.smtp.wait_for(3, MAIL_WAIT).await;
    let ask = mails.iter().find(|m| m.parse().subject().unwrap().starts_with("Still coming?")).unwrap();
    assert_eq!(ask.to, ["ada@example.org"]);
    let body = ask.parse().body_text(0).unwrap().to_string();
    let ada_token = token_of(&ada);
    assert!(body.contains(&format!("/t/{ada_token}/still-coming")) && body.contains(&format!("/t/{ada_token}/cancel")));
    // "Yes" is recorded; then she changes her mind: "can't come" frees the seat for Grace.
    assert_eq!(app.client.post(app.url(&format!("/t/{ada_token}/still-coming"))).send().await.unwrap().status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE reconfirmed_at IS NOT NULL").await, 1);
    assert_eq!(app.client.post(app.url(&format!("/t/{ada_token}/cancel"))).send().await.unwrap().status(), 303);
    assert_eq!(status_of(&app, &token_of(&grace)).await, "confirmed");
    app.stop().await;
}

async fn checkin_code(app: &TestApp, email: &str) -> String {
    failnight_core::with_db!(app.db(), |e| sqlx::query_scalar("SELECT checkin_code FROM rsvps WHERE email = $1")
        .bind(email)
        .fetch_one(e)
        .await)
    .unwrap()
}

/// The door page on the night, as door staff use it on a phone: the QR code opens it with the
/// guest ready, names can be searched, a reload never checks in twice, walk-ins are added.
async fn the_door_page_checks_in_by_scan_by_name_and_walk_in(app: TestApp) {
    let (host, event) = app.published_night("doorpage", 3).await;
    let id = event["id"].as_i64().unwrap();
    app.cli(&["host", "add", "--chapter", "doorpage", "--email", "door@door.test", "--role", "door"]).await.unwrap();
    rsvp(&app, id, "Ada Lovelace", "ada@example.org").await;
    rsvp(&app, id, "Grace Hopper", "grace@example.org").await;
    rsvp(&app, id, "Linus", "linus@example.org").await;
    rsvp(&app, id, "Wait Ing", "wait@example.org").await;
    let (other_host, other) = app.published_night("elsewhere", 3).await;
    let _ = other_host;
    rsvp(&app, other["id"].as_i64().unwrap(), "Elsewhere", "else@example.org").await;
    let ada = checkin_code(&app, "ada@example.org").await;
    // A confirmed speaker in the lineup, who allows photos but wants to be asked about the rest.
    let chapter = app.open_call("doorpage").await;
    let input = failnight_submissions::stories::StoryInput {
        appearance: "anonymous".into(),
        consent_photos: "yes".into(),
        consent_slides: "no".into(),
        ..TestApp::story("Margaret Hamilton", "margaret@example.org", "A failure")
    };
    app.confirmed_talk(&chapter, &input, Some(id)).await;

    // Anyone else scanning the code learns which night it is for, not whose ticket it is.
    let anonymous = app.browser().get(app.url(&format!("/check-in/{ada}"))).send().await.unwrap();
    assert_eq!(anonymous.status(), 200);
    let text = anonymous.text().await.unwrap();
    assert!(text.contains("A ticket for") && !text.contains("Ada"), "{text}");
    assert!(text.contains("/host/sign-in?next=%2Fcheck-in%2F"), "door staff can sign in from here");
    assert_eq!(app.browser().get(app.url("/check-in/nope")).send().await.unwrap().status(), 404);

    // Door staff scanning it land on the door page with Ada ready to check in.
    let door = app.browser();
    app.sign_in(&door, "door@door.test").await;
    let text = |path: String| {
        let request = door.get(app.url(&path));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let home = text("/host".into()).await;
    assert!(home.contains("/host/c/doorpage/door"), "door staff go to the door");
    let nights = text("/host/c/doorpage/door".into()).await;
    assert!(nights.contains(&format!("/host/c/doorpage/events/{id}/door")), "{nights}");
    let scanned = door.get(app.url(&format!("/check-in/{ada}"))).send().await.unwrap();
    assert_eq!(scanned.status(), 303);
    let location = scanned.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(location, format!("/host/c/doorpage/events/{id}/door?code={ada}"));
    let page = text(location.clone()).await;
    assert!(page.contains("Check in Ada Lovelace"), "{page}");
    assert!(page.contains("0</strong> of 3 seats checked in"), "{page}");
    assert!(page.contains("Speakers tonight"), "the photographer's notes");
    assert!(
        page.contains("Margaret Hamilton")
            && page.contains("photos: yes · recording: ask first · slides: on stage only")
    );

    let check_in = app.url(&format!("/host/c/doorpage/events/{id}/door/check-in"));
    let done = door.post(&check_in).form(&[("code", ada.as_str())]).send().await.unwrap();
    assert_eq!(done.status(), 303, "after a check-in the page is loaded afresh: a reload repeats nothing");
    let page = text(done.headers()["location"].to_str().unwrap().to_string()).await;
    assert!(page.contains("Checked in: Ada Lovelace."), "{page}");
    assert!(page.contains("1</strong> of 3 seats checked in"));
    let again = door.post(&check_in).form(&[("code", ada.as_str())]).send().await.unwrap();
    let page = text(again.headers()["location"].to_str().unwrap().to_string()).await;
    assert!(page.contains("Ada Lovelace was already checked in, at"), "{page}");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'checked_in'").await, 1);

    // By name: the search finds Grace, her button checks her in (the whole ticket URL works too).
    let found = text(format!("/host/c/doorpage/events/{id}/door?q=grace")).await;
    assert!(found.contains("Grace Hopper") && !found.contains(">Linus<"), "{found}");
    assert!(found.contains("1 of 3 guests match"), "{found}");
    let grace = checkin_code(&app, "grace@example.org").await;
    let url = format!("{}/check-in/{grace}", app.address);
    assert_eq!(
        door.post(&check_in).form(&[("code", url.as_str()), ("q", "grace")]).send().await.unwrap().status(),
        303
    );
    // The counts and speakers shown whatever is searched are kept, and never older than the
    // last check-in.
    let found = text(format!("/host/c/doorpage/events/{id}/door?q=grace")).await;
    assert!(found.contains("2</strong> of 3 seats checked in") && found.contains("Margaret Hamilton"), "{found}");

    // The short code under the QR code, typed as a person would, checks Linus in.
    let linus = checkin_code(&app, "linus@example.org").await;
    let short = failnight_ticketing::door::short_code(&linus);
    let typed = short.to_lowercase().replace('-', " ");
    let done = door.post(&check_in).form(&[("code", typed.as_str())]).send().await.unwrap();
    assert_eq!(done.status(), 303);
    let page = text(done.headers()["location"].to_str().unwrap().to_string()).await;
    assert!(page.contains("Checked in: Linus."), "{page}");
    assert_eq!(door.post(&check_in).form(&[("code", "ZZZ-ZZZ")]).send().await.unwrap().status(), 404);

    // Refusals answer on the page and change nothing.
    let waiting = checkin_code(&app, "wait@example.org").await;
    let refused = door.post(&check_in).form(&[("code", waiting.as_str())]).send().await.unwrap();
    assert_eq!(refused.status(), 409);
    assert!(refused.text().await.unwrap().contains("This ticket is waitlisted"));
    let elsewhere = checkin_code(&app, "else@example.org").await;
    let wrong = door.post(&check_in).form(&[("code", elsewhere.as_str())]).send().await.unwrap();
    assert_eq!(wrong.status(), 404);
    assert!(wrong.text().await.unwrap().contains("No ticket with this code for this night."));
    let page = text(format!("/host/c/doorpage/events/{id}/door?code={elsewhere}")).await;
    assert!(page.contains("This ticket is not for this night.") && !page.contains("Elsewhere"));

    // Walk-ins: a bad number is a field error; the full night says so; nothing is written.
    let walk_in = app.url(&format!("/host/c/doorpage/events/{id}/door/walk-in"));
    let bad = door.post(&walk_in).form(&[("name", "Walker"), ("plus_ones", "lots")]).send().await.unwrap();
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("Give a number from 0 to 10."));
    let full = door.post(&walk_in).form(&[("name", "Walker"), ("plus_ones", "0")]).send().await.unwrap();
    assert_eq!(full.status(), 409, "three seats, three confirmed");
    assert!(full.text().await.unwrap().contains("The night is full."));
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE walk_in = TRUE").await, 0);
    app.host_ok(Method::PATCH, &host, &format!("/api/v1/events/{id}"), Some(&json!({"capacity": 5})), 200).await;
    // The waitlisted guest moved up into one of the new seats; the walk-in takes the other.
    let walked = door.post(&walk_in).form(&[("name", "Walker"), ("email", "")]).send().await.unwrap();
    assert_eq!(walked.status(), 303);
    let page = text(walked.headers()["location"].to_str().unwrap().to_string()).await;
    assert!(page.contains("Walk-in added and checked in: Walker."), "{page}");
    assert!(page.contains("4</strong> of 5 seats checked in"), "{page}");

    // The door list as CSV ends with the speakers and what they allow.
    let csv = app.host(Method::GET, &host, &format!("/api/v1/events/{id}/door-list.csv"), None).await;
    let csv = csv.text().await.unwrap();
    assert!(
        csv.trim_end()
            .ends_with("Margaret Hamilton,,0,speaker,,no,photos: yes · recording: ask first · slides: on stage only"),
        "{csv}"
    );

    // Door staff see no host tabs, and the host pages stay closed to them.
    assert!(!page.contains(">Dashboard<"));
    assert_eq!(door.get(app.url("/host/c/doorpage")).send().await.unwrap().status(), 403);
    app.stop().await;
}

/// Door mode's phones: what they did offline reaches the server in their order, keeps its
/// time, and is never counted twice (a batch sent again after a lost answer, two phones with
/// the same guest: the first to reach the server wins, the other is told when). Undo takes a
/// check-in back, on the phones, the door page and the API; bad batches change nothing.
async fn door_phones_send_offline_check_ins_and_the_first_wins(app: TestApp) {
    let (host, event) = app.published_night("phones", 4).await;
    let id = event["id"].as_i64().unwrap();
    let output =
        app.cli(&["host", "add", "--chapter", "phones", "--email", "door@door.test", "--role", "door"]).await.unwrap();
    let token = output.lines().last().unwrap().trim().to_string();
    for (name, email) in [("Ada", "ada@example.org"), ("Grace", "grace@example.org"), ("Linus", "linus@example.org")] {
        rsvp(&app, id, name, email).await;
    }
    rsvp(&app, id, "Margaret", "margaret@example.org").await;
    rsvp(&app, id, "Wait Ing", "wait@example.org").await;
    let [ada, grace, linus, waiting] = ["ada", "grace", "linus", "wait"].map(|who| format!("{who}@example.org"));
    let (ada, grace, linus, waiting) = (
        checkin_code(&app, &ada).await,
        checkin_code(&app, &grace).await,
        checkin_code(&app, &linus).await,
        checkin_code(&app, &waiting).await,
    );
    let (phone_a, phone_b) = (app.browser(), app.browser());
    app.sign_in(&phone_a, "door@door.test").await;
    app.sign_in(&phone_b, "door@door.test").await;
    let base = format!("/host/c/phones/events/{id}/door");

    // Door mode: the list rides with the page, by name, with no email address in it.
    let page = phone_a.get(app.url(&format!("{base}/mode"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("<strong id=\"door-in\">0</strong> / <span id=\"door-capacity\">4</span>"), "{page}");
    assert!(page.contains("data-list=") && page.contains("Grace") && !page.contains("Wait Ing"), "{page}");
    assert!(!page.contains("example.org"), "no addresses on the phone");
    assert!(page.contains("<script src=\"/static/door.js\" defer>"));

    let sync = |phone: &reqwest::Client, body: Value| {
        let request = phone.post(app.url(&format!("{base}/sync"))).json(&body);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.unwrap())
        }
    };
    let now = chrono::Utc::now().timestamp_millis();
    let minutes_ago = |m: i64| now - m * 60_000;
    // Phone A was offline: Ada five minutes ago, Grace four. Phone B (offline too) took Grace
    // two minutes ago but reaches the server second.
    let batch_a = json!({"ops": [
        {"key": "a1", "action": "check_in", "code": ada, "at": minutes_ago(5)},
        {"key": "a2", "action": "check_in", "code": format!("{}/check-in/{grace}", app.address), "at": minutes_ago(4)},
    ]});
    let (status, answer) = sync(&phone_a, batch_a.clone()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        answer["results"][0],
        json!({"key": "a1", "outcome": "checked_in", "name": "Ada", "in_at": minutes_ago(5), "message": null})
    );
    assert_eq!(answer["results"][1]["outcome"], "checked_in");
    assert_eq!(answer["list"]["checked_in"], 2);
    let (_, answer) =
        sync(&phone_b, json!({"ops": [{"key": "b1", "action": "check_in", "code": grace, "at": minutes_ago(2)}]}))
            .await;
    assert_eq!(answer["results"][0]["outcome"], "already_in", "the first to reach the server wins");
    assert_eq!(answer["results"][0]["in_at"], minutes_ago(4), "and the other phone learns when");
    // Phone A's answer was lost; it sends the same batch again: both stay its own, once.
    let (_, again) = sync(&phone_a, batch_a).await;
    assert_eq!(again["results"][0]["outcome"], "checked_in");
    assert_eq!(again["results"][1]["outcome"], "checked_in");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'checked_in'").await, 2);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'guest checked in'").await,
        2,
        "each check-in audited once"
    );
    let guests = answer["list"]["guests"].as_array().unwrap();
    let names: Vec<&str> = guests.iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Ada", "Grace", "Linus", "Margaret"], "everyone with a seat, by name");
    assert_eq!(guests[0]["in_at"], minutes_ago(5), "an offline check-in keeps the time it happened");

    // A phone whose clock runs ahead gets the server's time.
    let (_, answer) =
        sync(&phone_b, json!({"ops": [{"key": "b2", "action": "check_in", "code": linus, "at": now + 3_600_000}]}))
            .await;
    let at = answer["results"][0]["in_at"].as_i64().unwrap();
    assert!(at >= now && at < now + 60_000, "{answer}");

    // Undo: from the phone, then again (nothing to undo), then checked in again.
    let (_, answer) = sync(
        &phone_a,
        json!({"ops": [
            {"key": "a3", "action": "undo", "code": linus},
            {"key": "a4", "action": "undo", "code": linus},
        ]}),
    )
    .await;
    assert_eq!(answer["results"][0]["outcome"], "undone");
    assert_eq!(answer["results"][1]["outcome"], "not_in");
    assert_eq!(answer["list"]["checked_in"], 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'check-in undone'").await, 1);

    // Unknown codes and tickets without a seat are told, one by one; the rest goes through.
    let (_, answer) = sync(
        &phone_a,
        json!({"ops": [
            {"key": "a5", "action": "check_in", "code": "nope"},
            {"key": "a6", "action": "check_in", "code": waiting},
            {"key": "a7", "action": "check_in", "code": linus},
        ]}),
    )
    .await;
    let outcomes: Vec<&str> =
        answer["results"].as_array().unwrap().iter().map(|r| r["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["unknown", "refused", "checked_in"]);
    assert!(answer["results"][1]["message"].as_str().unwrap().contains("waitlisted"), "{answer}");

    // A malformed batch is refused whole, before anything is done.
    let margaret = checkin_code(&app, "margaret@example.org").await;
    let before = app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'checked_in'").await;
    let (status, _) = sync(
        &phone_a,
        json!({"ops": [
            {"key": "a8", "action": "check_in", "code": margaret},
            {"key": "a9", "action": "dance", "code": margaret},
        ]}),
    )
    .await;
    assert_eq!(status, 400);
    let too_many: Vec<Value> =
        (0..501).map(|i| json!({"key": format!("m{i}"), "action": "check_in", "code": margaret})).collect();
    let (status, answer) = sync(&phone_a, json!({ "ops": too_many })).await;
    assert_eq!(status, 422, "{answer}");
    let (status, _) = sync(&phone_a, json!({"ops": [{"key": "", "action": "check_in", "code": margaret}]})).await;
    assert_eq!(status, 422);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'checked_in'").await, before);

    // A walk-in added offline: sent twice (the answer was lost), added once; a full night says so.
    // Two more seats: the waitlisted guest moves up into one, the walk-in takes the other.
    app.host_ok(Method::PATCH, &host, &format!("/api/v1/events/{id}"), Some(&json!({"capacity": 6})), 200).await;
    let walk_in =
        json!({"ops": [{"key": "w1", "action": "walk_in", "name": "Walker", "plus_ones": 0, "at": minutes_ago(1)}]});
    let (_, first) = sync(&phone_b, walk_in.clone()).await;
    assert_eq!(first["results"][0]["outcome"], "walked_in", "{first}");
    assert_eq!(first["results"][0]["in_at"], minutes_ago(1));
    let (_, again) = sync(&phone_b, walk_in).await;
    assert_eq!(again["results"][0]["outcome"], "walked_in");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE walk_in = TRUE").await, 1);
    let (_, full) = sync(
        &phone_b,
        json!({"ops": [
            {"key": "w2", "action": "walk_in", "name": "Late", "plus_ones": 0},
            {"key": "w3", "action": "walk_in", "name": "", "plus_ones": 0},
        ]}),
    )
    .await;
    assert_eq!(full["results"][0]["outcome"], "refused");
    assert_eq!(full["results"][0]["message"], "The night is full.");
    assert_eq!(full["results"][1]["outcome"], "refused", "a walk-in needs a name");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE walk_in = TRUE").await, 1);
    let walker: String = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT checkin_code FROM rsvps WHERE walk_in = TRUE"
    )
    .fetch_one(e)
    .await)
    .unwrap();
    let (_, answer) = sync(&phone_b, json!({"ops": [{"key": "w4", "action": "undo", "code": walker}]})).await;
    assert_eq!(answer["results"][0]["outcome"], "refused", "a walk-in's check-in is their seat");

    // The door page without JavaScript: a check-in's notice offers undo, and it works.
    let check_in =
        phone_b.post(app.url(&format!("{base}/check-in"))).form(&[("code", margaret.as_str()), ("back", "mode")]);
    let done = check_in.send().await.unwrap();
    let location = done.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with(&format!("{base}/mode?checked=")), "{location}");
    let page = phone_b.get(app.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Checked in: Margaret.") && page.contains(&format!("{base}/undo")), "{page}");
    let undone =
        phone_b.post(app.url(&format!("{base}/undo"))).form(&[("code", margaret.as_str())]).send().await.unwrap();
    let location = undone.headers()["location"].to_str().unwrap().to_string();
    let page = phone_b.get(app.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Check-in undone: Margaret."), "{page}");

    // The API's twin, for door apps of other makers; a walk-in's check-in is their seat.
    let path = format!("/api/v1/events/{id}/check-ins/undo");
    let answer = app.host_ok(Method::POST, &token, &path, Some(&json!({"code": ada})), 200).await;
    assert_eq!(answer["result"], "undone");
    assert_eq!(answer["ticket"]["status"], "confirmed");
    let answer = app.host_ok(Method::POST, &token, &path, Some(&json!({"code": ada})), 200).await;
    assert_eq!(answer["result"], "not_checked_in");
    assert_eq!(app.host(Method::POST, &token, &path, Some(&json!({"code": "nope"}))).await.status(), 404);
    assert_eq!(app.host(Method::POST, &token, &path, Some(&json!({"code": walker}))).await.status(), 409);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'checked_in'").await, 3, "Grace, Linus, Walker");
    app.stop().await;
}
