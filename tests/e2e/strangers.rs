//! What a stranger can do with somebody else's email address: nothing. Typing it into the
//! booking form or the API never hands over that person's checkout or ticket (both go to the
//! address itself, at most once per quarter of an hour), and Stripe never sees a ticket token.

use reqwest::Method;
use serde_json::json;

use crate::support::{TestApp, both_backends_stripe};

both_backends_stripe!(another_buyers_checkout_and_ticket_stay_theirs);

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
