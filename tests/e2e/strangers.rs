//! What a stranger can do with somebody else's email address: nothing. Typing it into the
//! booking form or the API never hands over that person's checkout or ticket (both go to the
//! address itself, at most once per quarter of an hour), and Stripe never sees a ticket token.
//! Nor can a script hold every paid seat: buying is rate-limited, and one address holds at
//! most two seats of a night at a time.

use reqwest::Method;
use serde_json::json;

use failnight_app::services::ticketing::run_jobs;
use failnight_core::Clock;
use serde_json::Value;

use crate::support::{
    TestApp, both_backends, both_backends_stripe,
    stripe::{FakeStripe, WEBHOOK_SECRET, signature},
};

both_backends_stripe!(another_buyers_checkout_and_ticket_stay_theirs);
both_backends!(
    options: crate::support::Options { rate_limits: true, ..crate::support::Options::stripe() };
    a_script_cannot_hold_every_paid_seat,
);

/// Buys `ticket` through the API as `name` with `email`.
async fn buy(app: &TestApp, event: i64, ticket: i64, name: &str, email: &str) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/events/{event}/tickets")))
        .json(&json!({"ticket_type_id": ticket, "name": name, "email": email}))
        .send()
        .await
        .unwrap()
}

async fn another_buyers_checkout_and_ticket_stay_theirs(app: TestApp) {
    let (host, event) = app.published_night("shop", 5).await;
    let id = event["id"].as_i64().unwrap();
    let types = format!("/api/v1/events/{id}/ticket-types");
    let body = json!({"name": "Ticket", "kind": "paid", "price": 1500, "currency": "EUR"});
    let ticket = app.host_ok(Method::POST, &host, &types, Some(&body), 201).await["id"].as_i64().unwrap();

    // Ada buys: her seat is held and the link to pay reaches her inbox.
    assert!(buy(&app, id, ticket, "Ada", "ada@example.org").await.status().is_success());
    let session = app.stripe().sessions()[0].clone();
    let checkout = session["url"].as_str().unwrap().to_string();
    let held = app.mail_to("ada@example.org", "Pay to confirm your seat").await;
    assert!(held.parse().body_text(0).unwrap().contains(&checkout), "the link to pay");
    let token = app.ticket_token("ada@example.org").await;
    // Stripe sends her back to the night's page, never to her ticket: no token reaches Stripe.
    assert_eq!(session["success_url"], format!("{}/e/{id}?paid=1", app.address));
    assert_eq!(session["cancel_url"], format!("{}/e/{id}?checkout=cancelled", app.address));
    for call in app.stripe().calls() {
        assert!(!call.form.contains(&token) && !call.form.contains("/t/"), "{}", call.form);
    }
    // Those pages say nothing of any ticket.
    let back = app.get(&format!("/e/{id}?paid=1")).await.text().await.unwrap();
    assert!(back.contains("Thank you for paying") && !back.contains(&token) && !back.contains("Ada"), "{back}");
    let left = app.get(&format!("/e/{id}?checkout=cancelled")).await.text().await.unwrap();
    assert!(left.contains("You left the payment page") && !left.contains(&token));

    // Mallory types Ada's email, by the API and by the form: no answer holds Ada's checkout
    // or ticket.
    let mallory = buy(&app, id, ticket, "Mallory", "ada@example.org").await;
    assert!(mallory.status().is_success());
    let answer = mallory.text().await.unwrap();
    assert!(!answer.contains(&checkout) && !answer.contains(&token) && !answer.contains("/t/"), "{answer}");
    let ticket_field = ticket.to_string();
    let form = app
        .client
        .post(app.url(&format!("/e/{id}/rsvp")))
        .form(&[("ticket", ticket_field.as_str()), ("name", "Mallory"), ("email", "ada@example.org")])
        .send()
        .await
        .unwrap();
    assert!(form.status().is_success() || form.status().is_redirection(), "{}", form.status());
    let location = form.headers().get("location").map(|l| l.to_str().unwrap().to_string()).unwrap_or_default();
    assert!(!location.contains("checkout.stripe.com") && !location.contains("/t/"), "{location}");
    let page = form.text().await.unwrap();
    assert!(!page.contains(&checkout) && !page.contains(&token));

    // Ada is told instead: her ticket's link, by email, once however often her address is
    // typed in a quarter of an hour.
    let again = app.mail_to("ada@example.org", "Your place at").await;
    assert!(again.parse().body_text(0).unwrap().contains(&format!("/t/{token}")));
    let told = "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'rsvp:%:again:%'";
    assert_eq!(app.count(told).await, 1);
    app.clock().advance(chrono::Duration::minutes(16));
    assert!(buy(&app, id, ticket, "Mallory", "ada@example.org").await.status().is_success());
    assert_eq!(app.count(told).await, 2, "again after the quarter of an hour");
    // Nothing was booked for Mallory: one RSVP, one held seat.
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 1);
    assert_eq!(app.count("SELECT held FROM seat_counts").await, 1);
    app.stop().await;
}

/// With production's rate limits on: one address holds at most two paid seats of a night at a
/// time (a held seat frees its place in the count when paid or run out), and it cannot send
/// more than 30 purchases a minute.
async fn a_script_cannot_hold_every_paid_seat(app: TestApp) {
    let (host, event) = app.published_night("rush", 20).await;
    let id = event["id"].as_i64().unwrap();
    let types = format!("/api/v1/events/{id}/ticket-types");
    let body = json!({"name": "Ticket", "kind": "paid", "price": 1500, "currency": "EUR"});
    let ticket = app.host_ok(Method::POST, &host, &types, Some(&body), 201).await["id"].as_i64().unwrap();
    let held = || app.count("SELECT held FROM seat_counts");

    for n in 0..2 {
        let bought = buy(&app, id, ticket, "Bot", &format!("bot{n}@example.org")).await;
        assert!(bought.status().is_success(), "{}", bought.text().await.unwrap());
    }
    assert_eq!(held().await, 2);
    // A third hold from the same address is refused, by the API and the form alike.
    let third = buy(&app, id, ticket, "Bot", "bot2@example.org").await;
    assert_eq!(third.status(), 409);
    let answer: Value = third.json().await.unwrap();
    assert_eq!(answer["error"]["code"], "too_many_holds");
    assert!(answer["error"]["message"].as_str().unwrap().contains("Finish paying for them"));
    let ticket_field = ticket.to_string();
    let form = app
        .client
        .post(app.url(&format!("/e/{id}/rsvp")))
        .form(&[("ticket", ticket_field.as_str()), ("name", "Bot"), ("email", "bot3@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 409);
    assert!(form.text().await.unwrap().contains("Finish paying for them"));
    assert_eq!(held().await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 2, "nothing written for the refused");
    assert_eq!(app.stripe().sessions().len(), 2, "no checkout opened for them");

    // A paid hold is no longer open: one more may be held.
    let session = app.stripe().sessions()[0].clone();
    let payload = FakeStripe::event("evt_1", "checkout.session.completed", FakeStripe::completed(&session, "pi_1"));
    let sig = signature(&payload, WEBHOOK_SECRET, app.clock().now().timestamp());
    assert_eq!(app.webhook(&payload, &sig).await.status(), 200);
    assert!(buy(&app, id, ticket, "Bot", "bot4@example.org").await.status().is_success());
    assert_eq!(held().await, 2);
    assert_eq!(buy(&app, id, ticket, "Bot", "bot5@example.org").await.status(), 409);
    // Holds that ran out are not counted either; nor is the address stored past them.
    app.clock().advance(chrono::Duration::minutes(37));
    run_jobs(&app.state).await.unwrap();
    assert_eq!(held().await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE hold_client IS NOT NULL").await, 0);
    assert!(buy(&app, id, ticket, "Bot", "bot6@example.org").await.status().is_success());

    // Purchases are rate-limited per address like RSVPs: 30 a minute, then 429.
    app.clock().advance(chrono::Duration::seconds(61));
    for n in 0..30 {
        let status = buy(&app, id, ticket, "Bot", &format!("burst{n}@example.org")).await.status();
        assert_ne!(status, 429, "request {n}");
    }
    let limited = buy(&app, id, ticket, "Bot", "late@example.org").await;
    assert_eq!(limited.status(), 429);
    let answer: Value = limited.json().await.unwrap();
    assert_eq!(answer["error"]["code"], "rate_limited");
    assert_eq!(held().await, 2, "never more than two open holds from one address");
    app.stop().await;
}
