//! What a stranger can do with somebody else's email address: nothing. The answers to a
//! booking are the same whether the address had booked or not (only a host's token sees more);
//! typing it into the booking form or the API never hands over that person's checkout or ticket
//! (both go to the address itself, at most once per quarter of an hour), and Stripe never sees
//! a ticket token.
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

both_backends_stripe!(another_buyers_checkout_and_ticket_stay_theirs, answers_do_not_tell_who_booked);
both_backends!(
    options: crate::support::Options { rate_limits: true, ..crate::support::Options::stripe() };
    a_script_cannot_hold_every_paid_seat,
);

/// Buys `ticket` through the API as `name` with `email`.
async fn buy(app: &TestApp, event: i64, ticket: i64, name: &str, email: &str) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/events/{event}/tickets")))
        .json(&json!({"ticket_type_id": ticket, "name": name, "email": email, "accept_code_of_conduct": true}))
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
        .form(&[
            ("ticket", ticket_field.as_str()),
            ("name", "Mallory"),
            ("email", "ada@example.org"),
            ("accept_code_of_conduct", "on"),
        ])
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
        .form(&[
            ("ticket", ticket_field.as_str()),
            ("name", "Bot"),
            ("email", "bot3@example.org"),
            ("accept_code_of_conduct", "on"),
        ])
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

/// A booking's answer (status, body, where the form leads) is the same for an email that had
/// booked the night and for one that had not, free or paid, API or form: whoever typed it
/// learns nothing; the rest goes by email. A host's API token sees the details.
async fn answers_do_not_tell_who_booked(app: TestApp) {
    let (host, event) = app.published_night("quiet", 10).await;
    let free = event["id"].as_i64().unwrap();
    let night = app.create_event(&host, "quiet", &TestApp::night("Paid night", 10)).await;
    let paid = night.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let types = format!("/api/v1/events/{paid}/ticket-types");
    let body = json!({"name": "Ticket", "kind": "paid", "price": 1500, "currency": "EUR"});
    let ticket = app.host_ok(Method::POST, &host, &types, Some(&body), 201).await["id"].as_i64().unwrap();
    let answer = |response: reqwest::Response| async move {
        let status = response.status();
        (status, response.text().await.unwrap())
    };

    // The API: Ada books, then her email is typed again (by her, or anyone).
    let new = answer(app.rsvp_api(free, "Ada", "ada@example.org").await).await;
    let known = answer(app.rsvp_api(free, "Someone", "ada@example.org").await).await;
    assert_eq!(new.0, 202);
    assert_eq!(new, known, "an RSVP's answer does not tell whether the email had booked");
    let new = answer(buy(&app, paid, ticket, "Grace", "grace@example.org").await).await;
    let known = answer(buy(&app, paid, ticket, "Someone", "grace@example.org").await).await;
    assert_eq!(new.0, 202);
    assert_eq!(new, known, "nor a purchase's");
    let body: Value = serde_json::from_str(&new.1).unwrap();
    assert_eq!(body["result"], "check_your_email");
    assert!(body.get("status").is_none() && body.get("checkout_url").is_none(), "{body}");

    // The form: the same redirect for a new email and a known one, free or paid.
    let ticket_field = ticket.to_string();
    for (night, fields) in [
        (free, vec![("name", "Linus"), ("email", "linus@example.org")]),
        (free, vec![("name", "Someone"), ("email", "ada@example.org")]),
        (paid, vec![("ticket", ticket_field.as_str()), ("name", "Someone"), ("email", "grace@example.org")]),
        (paid, vec![("ticket", ticket_field.as_str()), ("name", "Margaret"), ("email", "margaret@example.org")]),
    ] {
        let fields = [fields, vec![("accept_code_of_conduct", "on")]].concat();
        let response = app.client.post(app.url(&format!("/e/{night}/rsvp"))).form(&fields).send().await.unwrap();
        assert_eq!(response.status(), 303, "{fields:?}");
        assert_eq!(response.headers()["location"], format!("/e/{night}?booked=1").as_str(), "{fields:?}");
    }
    let page = app.get(&format!("/e/{free}?booked=1")).await.text().await.unwrap();
    assert!(page.contains("Check your email"));

    // The people learn the rest by email: new bookings their confirmation or the link to pay,
    // the known ones their ticket's link again (once per quarter of an hour).
    for (to, subject) in [
        ("ada@example.org", "You're in"),
        ("ada@example.org", "Your place at"),
        ("linus@example.org", "You're in"),
        ("grace@example.org", "Pay to confirm your seat"),
        ("grace@example.org", "Your place at"),
        ("margaret@example.org", "Pay to confirm your seat"),
    ] {
        app.mail_to(to, subject).await;
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'rsvp:%:again:%'").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 4);

    // A host's token sees the details; a wrong token or another chapter's host gets nothing
    // booked. (The holds run out first: this address holds two seats, the most it may.)
    app.clock().advance(chrono::Duration::minutes(37));
    run_jobs(&app.state).await.unwrap();
    let path = format!("/api/v1/events/{free}/rsvps");
    let details = app
        .host_ok(
            Method::POST,
            &host,
            &path,
            Some(&json!({"name": "Ada", "email": "ada@example.org", "accept_code_of_conduct": true})),
            200,
        )
        .await;
    assert_eq!((details["already_registered"].as_bool(), details["status"].as_str()), (Some(true), Some("confirmed")));
    assert!(details["ticket_url"].is_null(), "an existing ticket's link goes only to its email");
    let made = json!({"name": "Hosted", "email": "hosted@example.org", "accept_code_of_conduct": true});
    let details = app.host_ok(Method::POST, &host, &path, Some(&made), 201).await;
    assert_eq!(details["status"], "confirmed");
    let bought = app
        .host_ok(
            Method::POST,
            &host,
            &format!("/api/v1/events/{paid}/tickets"),
            Some(&json!({"ticket_type_id": ticket, "name": "Held", "email": "held@example.org", "accept_code_of_conduct": true})),
            201,
        )
        .await;
    assert!(bought["checkout_url"].as_str().unwrap().starts_with("https://checkout.stripe.com/"));
    let x = json!({"name": "X", "email": "x@example.org", "accept_code_of_conduct": true});
    assert_eq!(app.host(Method::POST, "fn_not-a-token", &path, Some(&x)).await.status(), 401);
    app.chapter("other", "Europe/Paris").await;
    let stranger = app.host_token("other", "host@other.test").await;
    let y = json!({"name": "Y", "email": "y@example.org", "accept_code_of_conduct": true});
    assert_eq!(app.host(Method::POST, &stranger, &path, Some(&y)).await.status(), 403);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE email IN ('x@example.org', 'y@example.org')").await, 0);
    app.stop().await;
}
