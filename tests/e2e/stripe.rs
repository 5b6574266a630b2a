//! Paid tickets through Stripe, against a local fake of the endpoints we call: a seat held
//! while the Checkout Session is open, webhooks signed exactly as Stripe signs them (verified,
//! applied once per event id, in any order), refunds on host and night cancellation, the hold
//! released by the clock, and a clear answer when Stripe is not configured.

use failnight_app::services::ticketing::run_jobs;
use failnight_core::Clock;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{
    TestApp, both_backends, both_backends_stripe,
    smtp::MAIL_WAIT,
    stripe::{FakeStripe, WEBHOOK_SECRET, signature},
};

both_backends_stripe!(
    paid_tickets_hold_pay_and_refund,
    stripe_failures_release_the_hold,
    approval_of_a_paid_ticket_asks_for_payment,
    the_event_page_sells_every_ticket_type,
    hosts_run_ticketing_from_their_pages,
    guests_cancel_until_the_night_starts_refunded_until_the_cutoff,
);
both_backends!(without_stripe_paid_tickets_are_unavailable);
both_backends!(
    options: crate::support::Options { workers: false, ..crate::support::Options::stripe() };
    refunds_stripe_refuses_are_retried_with_growing_pauses,
);

async fn post_buy(app: &TestApp, event: i64, ticket: i64, email: &str) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/events/{event}/tickets")))
        .json(&json!({"ticket_type_id": ticket, "name": "Buyer", "email": email, "accept_code_of_conduct": true}))
        .send()
        .await
        .unwrap()
}

/// Buys as a guest does (the public answer only says "check your email") and returns the
/// ticket as its owner then sees it through the email that follows: its state (the ticket
/// API), its `ticket_url`, and the `checkout_url` the email links to, if any.
async fn buy(app: &TestApp, event: i64, ticket: i64, email: &str) -> Value {
    let seen = app.mails_to(email);
    let response = post_buy(app, event, ticket, email).await;
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    assert_eq!((status.as_u16(), body["result"].as_str()), (202, Some("check_your_email")), "{body}");
    let token = app.ticket_token_after(email, seen).await;
    let mut ticket: Value = app.get(&format!("/api/v1/tickets/{token}")).await.json().await.unwrap();
    ticket["ticket_url"] = json!(app.url(&format!("/t/{token}")));
    let texts: Vec<String> = app
        .smtp
        .messages()
        .into_iter()
        .filter(|m| m.to == [email])
        .skip(seen)
        .filter_map(|m| m.parse().body_text(0).map(|t| t.to_string()))
        .collect();
    ticket["checkout_url"] = texts
        .iter()
        .find_map(|t| {
            let start = t.find("https://checkout.stripe.com/")?;
            Some(t[start..].chars().take_while(|c| !c.is_whitespace()).collect::<String>())
        })
        .map_or(Value::Null, Value::from);
    ticket
}

/// The guest of `bought` (a purchase's answer) accepts the seat offered to them.
async fn accept(app: &TestApp, bought: &Value) -> Value {
    let token = bought["ticket_url"].as_str().unwrap().rsplit('/').next().unwrap();
    let response = app.client.post(app.url(&format!("/api/v1/tickets/{token}/accept"))).send().await.unwrap();
    response.json().await.unwrap()
}

async fn send(app: &TestApp, id: &str, kind: &str, object: Value) -> reqwest::Response {
    let payload = FakeStripe::event(id, kind, object);
    let sig = signature(&payload, WEBHOOK_SECRET, app.clock().now().timestamp());
    app.webhook(&payload, &sig).await
}

async fn result(response: reqwest::Response) -> String {
    assert_eq!(response.status(), 200);
    response.json::<Value>().await.unwrap()["result"].as_str().unwrap().to_string()
}

async fn seat_row(app: &TestApp) -> (i64, i64, i64) {
    (
        app.count("SELECT confirmed FROM seat_counts").await,
        app.count("SELECT held FROM seat_counts").await,
        app.count("SELECT offered FROM seat_counts").await,
    )
}

async fn paid_tickets_hold_pay_and_refund(app: TestApp) {
    let (host, event) = app.published_night("paid", 2).await;
    let id = event["id"].as_i64().unwrap();
    let ticket = app
        .host_ok(
            Method::POST,
            &host,
            &format!("/api/v1/events/{id}/ticket-types"),
            Some(&json!({"name": "Ticket", "kind": "paid", "price": 1500, "currency": "EUR"})),
            201,
        )
        .await;
    let ticket = ticket["id"].as_i64().unwrap();
    // A plain RSVP is refused: this night sells tickets.
    assert_eq!(app.rsvp_api(id, "Free", "free@example.org").await.status(), 409);

    // Ada's seat is held while her checkout is open.
    let ada = buy(&app, id, ticket, "ada@example.org").await;
    assert_eq!(ada["status"], "held");
    assert!(ada["checkout_url"].as_str().unwrap().starts_with("https://checkout.stripe.com/c/pay/cs_test_"));
    let call = &app.stripe().calls()[0];
    assert!(call.path.ends_with("/v1/checkout/sessions"));
    assert_eq!(call.authorization.as_deref(), Some("Bearer sk_test_failnight"));
    assert!(call.idempotency_key.is_some());
    for part in [
        "mode=payment",
        "line_items[0][price_data][unit_amount]=1500",
        "line_items[0][price_data][currency]=eur",
        "customer_email=ada@example.org",
    ] {
        assert!(call.form.contains(part), "{part} in {}", call.form);
    }
    assert_eq!(seat_row(&app).await, (0, 1, 0));
    let sessions = app.stripe().sessions();

    // Bad signatures change nothing: wrong secret, stale timestamp, missing header.
    let payload =
        FakeStripe::event("evt_1", "checkout.session.completed", FakeStripe::completed(&sessions[0], "pi_ada"));
    let now = app.clock().now().timestamp();
    assert_eq!(app.webhook(&payload, &signature(&payload, "whsec_wrong", now)).await.status(), 400);
    assert_eq!(app.webhook(&payload, &signature(&payload, WEBHOOK_SECRET, now - 301)).await.status(), 400);
    let unsigned = app.client.post(app.url("/api/v1/stripe/webhook")).body(payload.clone()).send().await.unwrap();
    assert_eq!(unsigned.status(), 400);
    assert_eq!(app.count("SELECT COUNT(*) FROM stripe_events").await, 0);
    // Signed: processed once, a replay is harmless.
    assert_eq!(result(app.webhook(&payload, &signature(&payload, WEBHOOK_SECRET, now)).await).await, "processed");
    assert_eq!(result(app.webhook(&payload, &signature(&payload, WEBHOOK_SECRET, now)).await).await, "replay");
    assert_eq!(seat_row(&app).await, (1, 0, 0));
    // First the link to pay, then, paid, the confirmation.
    app.mail_to("ada@example.org", "Pay to confirm your seat").await;
    app.mail_to("ada@example.org", "You're in").await;

    // Grace's session expires (webhook) and Linus takes the seat; Grace's payment then
    // arrives late (out of order): no seat is left, so she is refunded in full.
    let grace = buy(&app, id, ticket, "grace@example.org").await;
    assert_eq!(grace["status"], "held");
    let grace_session = app.stripe().sessions()[1].clone();
    assert_eq!(
        result(send(&app, "evt_2", "checkout.session.expired", FakeStripe::expired(&grace_session)).await).await,
        "processed"
    );
    assert_eq!(seat_row(&app).await, (1, 0, 0));
    let linus = buy(&app, id, ticket, "linus@example.org").await;
    assert_eq!(linus["status"], "held");
    let late =
        send(&app, "evt_3", "checkout.session.completed", FakeStripe::completed(&grace_session, "pi_grace")).await;
    assert_eq!(result(late).await, "processed");
    assert_eq!(seat_row(&app).await, (1, 1, 0), "never over capacity");
    let refunds: Vec<_> = app.stripe().calls().into_iter().filter(|c| c.path.ends_with("/v1/refunds")).collect();
    assert_eq!(refunds.len(), 1);
    assert!(
        refunds[0].form.contains("payment_intent=pi_grace") && refunds[0].form.contains("amount=1500"),
        "{}",
        refunds[0].form
    );
    assert!(refunds[0].idempotency_key.as_deref().unwrap().starts_with("failnight-refund-"));
    assert_eq!(app.count("SELECT refunded_amount FROM rsvps WHERE email = 'grace@example.org'").await, 1500);

    // Linus never pays: the clock releases his hold after the session's 30 minutes (+ grace).
    app.clock().advance(chrono::Duration::minutes(36));
    assert_eq!(run_jobs(&app.state).await.unwrap().expired, 1);
    assert_eq!(seat_row(&app).await, (1, 0, 0));
    // His session's expiry webhook arriving afterwards changes nothing.
    let linus_session = app.stripe().sessions()[2].clone();
    assert_eq!(
        result(send(&app, "evt_4", "checkout.session.expired", FakeStripe::expired(&linus_session)).await).await,
        "ignored"
    );

    // A host cancels Ada's ticket: a full refund, and she is told.
    let list = app.host_ok(Method::GET, &host, &format!("/api/v1/events/{id}/rsvps"), None, 200).await;
    let ada_id =
        list.as_array().unwrap().iter().find(|r| r["email"] == "ada@example.org").unwrap()["id"].as_i64().unwrap();
    let cancelled = app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{ada_id}/cancel"), None, 200).await;
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["refunded_amount"], 0, "recorded once Stripe answered");
    assert_eq!(app.count("SELECT refunded_amount FROM rsvps WHERE email = 'ada@example.org'").await, 1500);
    let refunds = app.stripe().calls().into_iter().filter(|c| c.path.ends_with("/v1/refunds")).count();
    assert_eq!(refunds, 2);
    // Stripe's own report of the refund is recorded and harmless.
    let charge = json!({"id": "ch_1", "object": "charge", "payment_intent": "pi_ada", "amount_refunded": 1500, "refunded": true});
    assert_eq!(result(send(&app, "evt_5", "charge.refunded", charge).await).await, "ignored");

    // Margaret buys and pays; then the whole night is cancelled: refunded in full.
    buy(&app, id, ticket, "margaret@example.org").await;
    let margaret_session = app.stripe().sessions()[3].clone();
    send(&app, "evt_6", "checkout.session.completed", FakeStripe::completed(&margaret_session, "pi_margaret")).await;
    app.host_ok(Method::POST, &host, &format!("/api/v1/events/{id}/cancel"), None, 200).await;
    let refunds: Vec<_> = app.stripe().calls().into_iter().filter(|c| c.path.ends_with("/v1/refunds")).collect();
    assert_eq!(refunds.len(), 3);
    assert!(refunds[2].form.contains("payment_intent=pi_margaret"));
    assert_eq!(app.count("SELECT COUNT(*) FROM refunds WHERE status = 'succeeded'").await, 3);
    let ada_cancel = app.mail_to("ada@example.org", "Cancelled").await;
    assert!(ada_cancel.parse().body_text(0).unwrap().contains("€15.00"));
    app.stop().await;
}

async fn stripe_failures_release_the_hold(app: TestApp) {
    let (host, event) = app.published_night("flaky", 1).await;
    let id = event["id"].as_i64().unwrap();
    let ticket = app
        .host_ok(
            Method::POST,
            &host,
            &format!("/api/v1/events/{id}/ticket-types"),
            Some(&json!({"name": "Pay what you want", "kind": "pwyw", "price": 500})),
            201,
        )
        .await["id"]
        .as_i64()
        .unwrap();
    let low = app
        .client
        .post(app.url(&format!("/api/v1/events/{id}/tickets")))
        .json(&json!({"ticket_type_id": ticket, "name": "Low", "email": "low@example.org", "amount": 100, "accept_code_of_conduct": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(low.status(), 422, "below the minimum");
    app.stripe().fail_next_checkout();
    let failed = app
        .client
        .post(app.url(&format!("/api/v1/events/{id}/tickets")))
        .json(&json!({"ticket_type_id": ticket, "name": "Ada", "email": "ada@example.org", "amount": 800, "accept_code_of_conduct": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(failed.status(), 502);
    let body: Value = failed.json().await.unwrap();
    assert_eq!(body["error"]["code"], "payment_provider_error");
    assert_eq!(seat_row(&app).await, (0, 0, 0), "the hold is released");
    let ok = app
        .client
        .post(app.url(&format!("/api/v1/events/{id}/tickets")))
        .json(&json!({"ticket_type_id": ticket, "name": "Grace", "email": "grace@example.org", "amount": 800, "accept_code_of_conduct": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 202);
    assert_eq!(seat_row(&app).await, (0, 1, 0), "held");
    assert!(app.stripe().calls().last().unwrap().form.contains("line_items[0][price_data][unit_amount]=800"));
    app.stop().await;
}

/// Approval mode and paid tickets: approving offers the seat, paying confirms it; never a
/// confirmed seat nobody paid for.
async fn approval_of_a_paid_ticket_asks_for_payment(app: TestApp) {
    let (host, event) = app.published_night("approve-paid", 1).await;
    let id = event["id"].as_i64().unwrap();
    app.host_ok(Method::PATCH, &host, &format!("/api/v1/events/{id}/ticketing"), Some(&json!({"approval": true})), 200)
        .await;
    let body = json!({"name": "Ticket", "kind": "paid", "price": 1200, "currency": "EUR"});
    let ticket = app.host_ok(Method::POST, &host, &format!("/api/v1/events/{id}/ticket-types"), Some(&body), 201).await
        ["id"]
        .as_i64()
        .unwrap();
    let ada = buy(&app, id, ticket, "ada@example.org").await;
    assert_eq!(ada["status"], "pending", "{ada}");
    assert!(ada["checkout_url"].is_null(), "no checkout before the hosts decide");
    assert!(app.stripe().sessions().is_empty());
    let grace = buy(&app, id, ticket, "grace@example.org").await;
    assert_eq!(grace["status"], "pending");
    assert_eq!(seat_row(&app).await, (0, 0, 0), "pending takes no seat");

    let list = app.host_ok(Method::GET, &host, &format!("/api/v1/events/{id}/rsvps"), None, 200).await;
    let ids: Vec<i64> = list.as_array().unwrap().iter().map(|r| r["id"].as_i64().unwrap()).collect();
    let approved = app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{}/approve", ids[0]), None, 200).await;
    assert_eq!(approved["status"], "offered", "approved, not yet paid: {approved}");
    assert_eq!(seat_row(&app).await, (0, 0, 1), "the seat is set aside for her");
    let second = app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{}/approve", ids[1]), None, 200).await;
    assert_eq!(second["status"], "waitlisted", "approved but the only seat is set aside");

    // Ada's email asks her to pay; accepting opens the checkout; paying confirms.
    let mails = app.smtp.wait_for(4, MAIL_WAIT).await;
    let offer = mails
        .iter()
        .find(|m| m.to == ["ada@example.org"] && m.parse().subject().unwrap().starts_with("You are approved, pay"))
        .expect("Ada is asked to pay");
    assert!(offer.parse().body_text(0).unwrap().contains("pay at the checkout"));
    let accepted = accept(&app, &ada).await;
    assert_eq!(accepted["ticket"]["status"], "held", "{accepted}");
    assert!(accepted["checkout_url"].as_str().unwrap().starts_with("https://checkout.stripe.com/"));
    assert_eq!(seat_row(&app).await, (0, 1, 0));
    let session = app.stripe().sessions()[0].clone();
    let paid = send(&app, "evt_a1", "checkout.session.completed", FakeStripe::completed(&session, "pi_ada")).await;
    assert_eq!(result(paid).await, "processed");
    assert_eq!(seat_row(&app).await, (1, 0, 0));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'confirmed' AND amount = 1200 AND paid_at IS NOT NULL")
            .await,
        1
    );

    // Ada's seat frees (a host cancels her, refunded in full): Grace, approved and waiting with
    // a paid ticket, is offered the seat, and again pays to confirm it.
    let cancelled = app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{}/cancel", ids[0]), None, 200).await;
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(seat_row(&app).await, (0, 0, 1), "offered to the next in line, not confirmed");
    let accepted = accept(&app, &grace).await;
    assert_eq!(accepted["ticket"]["status"], "held", "{accepted}");
    let session = app.stripe().sessions()[1].clone();
    let paid = send(&app, "evt_a2", "checkout.session.completed", FakeStripe::completed(&session, "pi_grace")).await;
    assert_eq!(result(paid).await, "processed");
    assert_eq!(seat_row(&app).await, (1, 0, 0));
    let mails = app.smtp.wait_for(8, MAIL_WAIT).await;
    assert!(
        mails
            .iter()
            .any(|m| m.to == ["grace@example.org"] && m.parse().subject().unwrap().starts_with("A seat is free")),
        "Grace is offered the freed seat"
    );
    app.stop().await;
}

async fn without_stripe_paid_tickets_are_unavailable(app: TestApp) {
    let (host, event) = app.published_night("nostripe", 5).await;
    let id = event["id"].as_i64().unwrap();
    let response = app
        .host(
            Method::POST,
            &host,
            &format!("/api/v1/events/{id}/ticket-types"),
            Some(&json!({"name": "Ticket", "kind": "paid", "price": 1500})),
        )
        .await;
    assert_eq!(response.status(), 409);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "payments_unavailable");
    assert!(body["error"]["message"].as_str().unwrap().contains("FAILNIGHT_STRIPE_SECRET_KEY"));
    let settings = app.host_ok(Method::GET, &host, "/api/v1/chapters/nostripe/settings", None, 200).await;
    assert_eq!(settings["payments_available"], false);
    let webhook = app.webhook("{}", "t=1,v1=00").await;
    assert_eq!(webhook.status(), 409);
    assert_eq!(app.count("SELECT COUNT(*) FROM ticket_types").await, 0);
    // The host pages say why too, before and after trying.
    let browser = app.browser();
    app.sign_in(&browser, "host@nostripe.test").await;
    let night = app.url(&format!("/host/c/nostripe/events/{id}"));
    let page = browser.get(&night).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Paid tickets are not available: this instance has no Stripe keys"));
    let fields = [("name", "Ticket"), ("kind", "paid"), ("price", "15"), ("currency", "EUR")];
    let refused = browser.post(format!("{night}/ticket-types")).form(&fields).send().await.unwrap();
    assert_eq!(refused.status(), 409);
    assert!(
        refused.text().await.unwrap().contains(r#"<p class="error" id="f-kind-error">Paid tickets are not available"#)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM ticket_types").await, 0);
    app.stop().await;
}

/// A refund Stripe fails to take stays queued, is tried again after one minute, then two, …
/// (not at every run of the job), and the hosts see it on the night's page until it goes
/// through.
async fn refunds_stripe_refuses_are_retried_with_growing_pauses(app: TestApp) {
    let (host, event) = app.published_night("refunds", 2).await;
    let id = event["id"].as_i64().unwrap();
    let body = json!({"name": "Ticket", "kind": "paid", "price": 900, "currency": "EUR"});
    let ticket = app.host_ok(Method::POST, &host, &format!("/api/v1/events/{id}/ticket-types"), Some(&body), 201).await
        ["id"]
        .as_i64()
        .unwrap();
    // No workers here to deliver her email: bought, not followed to her inbox.
    assert_eq!(post_buy(&app, id, ticket, "ada@example.org").await.status(), 202);
    let session = app.stripe().sessions()[0].clone();
    send(&app, "evt_r1", "checkout.session.completed", FakeStripe::completed(&session, "pi_ada")).await;
    let refund_calls = || app.stripe().calls().into_iter().filter(|c| c.path.ends_with("/v1/refunds")).count();

    app.stripe().fail_refunds(2);
    let rsvp = app.count("SELECT id FROM rsvps WHERE email = 'ada@example.org'").await;
    app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{rsvp}/cancel"), None, 200).await;
    assert_eq!(refund_calls(), 1);
    assert_eq!(app.count("SELECT attempts FROM refunds").await, 1);
    assert_eq!(app.count("SELECT refunded_amount FROM rsvps").await, 0);
    // No workers here (the test runs the jobs itself): the sign-in email goes out by hand.
    let browser = app.browser();
    let mailer = app.dispatcher(app.clock(), 10);
    let sending = async {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        mailer.run_once().await.unwrap();
    };
    let (_, link) = tokio::join!(sending, app.request_sign_in_link(&browser, "host@refunds.test"));
    browser.post(&link).form(&[("next", "/host")]).send().await.unwrap();
    let page_url = app.url(&format!("/host/c/refunds/events/{id}"));
    let page = browser.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Refunds Stripe has not taken yet") && page.contains("€9.00"), "{page}");

    // The job runs every minute; the refund waits out its pause.
    run_jobs(&app.state).await.unwrap();
    assert_eq!(refund_calls(), 1, "not again at once");
    app.clock().advance(chrono::Duration::seconds(61));
    run_jobs(&app.state).await.unwrap();
    assert_eq!(refund_calls(), 2, "after a minute");
    assert_eq!(app.count("SELECT attempts FROM refunds").await, 2);
    app.clock().advance(chrono::Duration::seconds(61));
    run_jobs(&app.state).await.unwrap();
    assert_eq!(refund_calls(), 2, "the second pause is two minutes");
    app.clock().advance(chrono::Duration::seconds(61));
    run_jobs(&app.state).await.unwrap();
    assert_eq!(refund_calls(), 3);
    assert_eq!(app.count("SELECT COUNT(*) FROM refunds WHERE status = 'succeeded'").await, 1);
    assert_eq!(app.count("SELECT refunded_amount FROM rsvps").await, 900);
    // The same idempotency key every time: Stripe refunds once whatever happened in between.
    let keys: std::collections::BTreeSet<_> = app
        .stripe()
        .calls()
        .into_iter()
        .filter(|c| c.path.ends_with("/v1/refunds"))
        .map(|c| c.idempotency_key.unwrap())
        .collect();
    assert_eq!(keys.len(), 1);
    let page = browser.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("Refunds Stripe has not taken yet"));
    app.stop().await;
}

/// An attendee on the event page chooses a ticket: free reserves the seat at once, paid and
/// pay-what-you-want lead to Stripe's Checkout; mistakes are shown next to their field.
async fn the_event_page_sells_every_ticket_type(app: TestApp) {
    let (host, event) = app.published_night("shop", 10).await;
    let id = event["id"].as_i64().unwrap();
    let path = format!("/api/v1/events/{id}/ticket-types");
    let mut types = Vec::new();
    for body in [
        json!({"name": "Free", "kind": "free"}),
        json!({"name": "Supporter", "kind": "paid", "price": 1500, "currency": "EUR"}),
        json!({"name": "Solidarity", "kind": "pwyw", "price": 500, "currency": "EUR"}),
    ] {
        types.push(app.host_ok(Method::POST, &host, &path, Some(&body), 201).await["id"].as_i64().unwrap());
    }
    let page = app.get(&format!("/e/{id}")).await.text().await.unwrap();
    assert!(page.contains("Supporter · €15.00"), "{page}");
    assert!(page.contains("Solidarity · pay what you want, from €5.00"));
    assert!(page.contains(r#""price":"15.00""#), "the offers in JSON-LD");
    let browser = app.browser();
    let post = |fields: Vec<(&'static str, String)>| {
        let request = browser.post(app.url(&format!("/e/{id}/rsvp"))).form(&fields);
        async move { request.send().await.unwrap() }
    };
    let person = |email: &str, ticket: i64| {
        vec![
            ("name", "Ada".to_string()),
            ("email", email.to_string()),
            ("ticket", ticket.to_string()),
            ("accept_code_of_conduct", "on".to_string()),
        ]
    };

    let mut no_ticket = person("ada@example.org", 0);
    no_ticket.pop();
    let refused = post(no_ticket).await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("Choose a ticket."));
    let mut bad_price = person("ada@example.org", types[2]);
    bad_price.push(("amount", "a lot".into()));
    let refused = post(bad_price).await;
    assert_eq!(refused.status(), 422);
    let text = refused.text().await.unwrap();
    assert!(text.contains("Give a price like 12 or 12.50.") && text.contains("value=\"a lot\""), "kept: {text}");
    let mut too_low = person("ada@example.org", types[2]);
    too_low.push(("amount", "2,50".into()));
    assert_eq!(post(too_low).await.status(), 422, "below the minimum");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 0, "refusals write nothing");

    // Pay what you want: 8,50 EUR at Stripe; the seat is held meanwhile.
    let mut solidarity = person("ada@example.org", types[2]);
    solidarity.push(("amount", "8,50".into()));
    // Every booking answers "check your email" (the same whatever was booked); the link to pay
    // is there.
    let booked = format!("/e/{id}?booked=1");
    let to_stripe = post(solidarity).await;
    assert_eq!(to_stripe.status(), 303);
    assert_eq!(to_stripe.headers()["location"], booked.as_str());
    assert!(app.stripe().calls().last().unwrap().form.contains("unit_amount]=850"));
    let pay = app.mail_to("ada@example.org", "Pay to confirm your seat").await;
    assert!(pay.parse().body_text(0).unwrap().contains("https://checkout.stripe.com/c/pay/"));
    // The paid ticket likewise; the free one too.
    let paid = post(person("grace@example.org", types[1])).await;
    assert_eq!(paid.headers()["location"], booked.as_str());
    let checkout = app.stripe().sessions().last().unwrap()["url"].as_str().unwrap().to_string();
    assert!(checkout.starts_with("https://checkout.stripe.com/"));
    // Grace closed Stripe's page by mistake: the link to pay in her email, or her ticket page,
    // lead back to it; the form hands it to nobody.
    let held = app.mail_to("grace@example.org", "Pay to confirm your seat").await;
    assert!(held.parse().body_text(0).unwrap().contains(&checkout));
    // (Two seats are held from this address now, so the form takes no third; it names no
    // ticket either way.)
    let again = post(person("grace@example.org", types[1])).await;
    assert_eq!(again.status(), 409);
    assert!(!again.text().await.unwrap().contains(&checkout));
    let token: String = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT token FROM rsvps WHERE email = 'grace@example.org'"
    )
    .fetch_one(e)
    .await)
    .unwrap();
    let ticket = app.get(&format!("/t/{token}")).await.text().await.unwrap();
    assert!(ticket.contains(&format!(r#"<a class="button" href="{checkout}">Pay now</a>"#)), "{ticket}");
    // With plus-ones allowed, the form asks how many guests come along.
    let settings = json!({"max_plus_ones": 2});
    app.host_ok(Method::PATCH, &host, "/api/v1/chapters/shop/settings", Some(&settings), 200).await;
    assert!(app.get(&format!("/e/{id}")).await.text().await.unwrap().contains(r#"<select id="plus_ones""#));
    let mut free = person("linus@example.org", types[0]);
    free.push(("plus_ones", "1".into()));
    let free = post(free).await;
    assert_eq!(free.headers()["location"], booked.as_str());
    app.mail_to("linus@example.org", "You're in").await;
    assert_eq!(seat_row(&app).await, (2, 2, 0), "Linus and his guest");
    // Stripe is the only other place a form may lead to.
    let csp = free.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("form-action 'self' https://checkout.stripe.com;"), "{csp}");
    app.stop().await;
}

/// Everything ticketing asks of hosts, from the host pages (not only the API): the chapter's
/// seat settings, ticket types, the night's options, approving, declining and cancelling.
async fn hosts_run_ticketing_from_their_pages(app: TestApp) {
    let (token, event) = app.published_night("desk", 10).await;
    let id = event["id"].as_i64().unwrap();
    let (_, elsewhere) = app.published_night("otherdesk", 10).await;
    let browser = app.browser();
    app.sign_in(&browser, "host@desk.test").await;
    let post = |path: String, fields: Vec<(&'static str, &'static str)>| {
        let request = browser.post(app.url(&path)).form(&fields);
        async move { request.send().await.unwrap() }
    };
    let page = |path: String| {
        let request = browser.get(app.url(&path));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };

    // Seats and the waitlist, for the chapter.
    let bad = post("/host/c/desk/settings/ticketing".into(), vec![("max_plus_ones", "lots")]).await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("Give a whole number."));
    let saved = post(
        "/host/c/desk/settings/ticketing".into(),
        vec![("promotion_mode", "offer"), ("offer_hours", "12"), ("reconfirm_hours", "0"), ("max_plus_ones", "1")],
    )
    .await;
    assert_eq!(saved.status(), 303);
    let settings = app.host_ok(Method::GET, &token, "/api/v1/chapters/desk/settings", None, 200).await;
    assert_eq!((settings["promotion_mode"].as_str(), settings["offer_hours"].as_i64()), (Some("offer"), Some(12)));
    assert!(page("/host/c/desk/settings".into()).await.contains(r#"value="12""#));

    // Ticket types: a bad price is sent back; a free and a paid one are added.
    let night = format!("/host/c/desk/events/{id}");
    let bad =
        post(format!("{night}/ticket-types"), vec![("name", "Supporter"), ("kind", "paid"), ("price", "15 euros")])
            .await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("Give a price like 15 or 7.50."));
    for fields in [
        vec![("name", "Free"), ("kind", "free"), ("price", ""), ("currency", "EUR")],
        vec![("name", "Supporter"), ("kind", "paid"), ("price", "15"), ("currency", "EUR")],
    ] {
        assert_eq!(post(format!("{night}/ticket-types"), fields).await.status(), 303);
    }
    assert!(page(night.clone()).await.contains("Supporter · €15.00"));

    // Approval: pending RSVPs get Approve and Decline buttons.
    assert_eq!(
        post(format!("{night}/ticketing"), vec![("approval", "on"), ("attendee_refund", "none")]).await.status(),
        303
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM seat_counts WHERE approval = TRUE AND attendee_refund = 'none'").await,
        1
    );
    for (name, email) in [("Ada", "ada@example.org"), ("Grace", "grace@example.org")] {
        assert_eq!(app.rsvp_api(id, name, email).await.status(), 202);
    }
    let html = page(night.clone()).await;
    assert!(html.contains("Approve Ada") && html.contains("Decline Grace"), "{html}");
    let ada = app.count("SELECT id FROM rsvps WHERE email = 'ada@example.org'").await;
    let grace = app.count("SELECT id FROM rsvps WHERE email = 'grace@example.org'").await;
    assert_eq!(post(format!("/host/c/desk/rsvps/{ada}/approve"), vec![]).await.status(), 303);
    assert_eq!(post(format!("/host/c/desk/rsvps/{grace}/decline"), vec![]).await.status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'confirmed'").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'declined'").await, 1);

    // Cancelling a guest asks first, saying what follows; only the confirmation cancels.
    let ask = post(format!("/host/c/desk/rsvps/{ada}/cancel"), vec![]).await;
    assert_eq!(ask.status(), 200);
    assert!(ask.text().await.unwrap().contains("Ada (ada@example.org) loses their place and is told by email"));
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'confirmed'").await, 1);
    let done = post(format!("/host/c/desk/rsvps/{ada}/cancel"), vec![("confirm", "yes")]).await;
    assert_eq!(done.status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'cancelled'").await, 1);
    // Another chapter's guests are out of reach.
    let other = app.rsvp_api(elsewhere["id"].as_i64().unwrap(), "Linus", "linus@example.org").await;
    assert_eq!(other.status(), 202);
    let linus = app.count("SELECT id FROM rsvps WHERE email = 'linus@example.org'").await;
    let stranger = post(format!("/host/c/desk/rsvps/{linus}/cancel"), vec![("confirm", "yes")]).await;
    assert_eq!(stranger.status(), 404);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM rsvps WHERE email = 'linus@example.org' AND status = 'confirmed'").await,
        1
    );
    app.stop().await;
}

/// Buys a paid ticket for `who` and pays for it (Stripe's webhook); the ticket's token, from
/// the confirmation email.
async fn bought_and_paid(app: &TestApp, event: i64, ticket: i64, who: &str) -> String {
    let email = format!("{who}@example.org");
    let response = app
        .client
        .post(app.url(&format!("/api/v1/events/{event}/tickets")))
        .json(&json!({"ticket_type_id": ticket, "name": who, "email": email, "accept_code_of_conduct": true}))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success(), "{}", response.text().await.unwrap());
    let session = app.stripe().sessions().last().unwrap().clone();
    let paid = FakeStripe::completed(&session, &format!("pi_{who}"));
    assert_eq!(result(send(app, &format!("evt_{who}"), "checkout.session.completed", paid).await).await, "processed");
    app.mail_to(&email, "You're in").await;
    app.ticket_token(&email).await
}

/// Guests cancel until the night starts (the API and the ticket page alike, one rule in the use
/// case); a paid ticket is refunded only until the chapter's cut-off. Hosts cancel and refund in
/// full at any time.
async fn guests_cancel_until_the_night_starts_refunded_until_the_cutoff(app: TestApp) {
    let (host, event) = app.published_night("cutoff", 5).await;
    let id = event["id"].as_i64().unwrap();
    let starts = chrono::DateTime::parse_from_rfc3339(event["starts_at_utc"].as_str().unwrap()).unwrap().to_utc();
    let types = format!("/api/v1/events/{id}/ticket-types");
    let body = json!({"name": "Ticket", "kind": "paid", "price": 1500, "currency": "EUR"});
    let ticket = app.host_ok(Method::POST, &host, &types, Some(&body), 201).await["id"].as_i64().unwrap();
    let path = "/api/v1/chapters/cutoff/settings";
    let bad = app.host(Method::PATCH, &host, path, Some(&json!({"refund_cutoff_hours": -1}))).await;
    assert_eq!(bad.status(), 422);
    let set = app.host_ok(Method::PATCH, &host, path, Some(&json!({"refund_cutoff_hours": 48})), 200).await;
    assert_eq!(set["refund_cutoff_hours"], 48);

    let mut tokens = std::collections::HashMap::new();
    for who in ["ada", "grace", "linus", "margaret"] {
        tokens.insert(who, bought_and_paid(&app, id, ticket, who).await);
    }
    let db = app.db();
    let refunded = |who: &'static str| async move {
        failnight_core::with_db!(db, |e| sqlx::query_scalar::<_, i64>(
            "SELECT CAST(COALESCE(SUM(f.amount), 0) AS BIGINT) FROM refunds f JOIN rsvps r ON r.id = f.rsvp_id WHERE r.email = $1"
        )
        .bind(format!("{who}@example.org"))
        .fetch_one(e)
        .await)
        .unwrap()
    };
    let app_ref = &app;
    let status = |who: &'static str| {
        let token = tokens[who].clone();
        async move {
            let ticket: Value = app_ref.get(&format!("/api/v1/tickets/{token}")).await.json().await.unwrap();
            ticket["status"].as_str().unwrap().to_string()
        }
    };

    // Three days ahead, Ada cancels (API): refunded in full.
    app.clock().set(starts - chrono::Duration::hours(72));
    let ada = app.client.post(app.url(&format!("/api/v1/tickets/{}/cancel", tokens["ada"]))).send().await.unwrap();
    assert_eq!(ada.status(), 200);
    assert_eq!(refunded("ada").await, 1500);

    // A day ahead, past the 48-hour cut-off: the ticket page says so before Grace decides, and
    // she is not refunded; the email says why.
    app.clock().set(starts - chrono::Duration::hours(24));
    let ask = app.get(&format!("/t/{}/cancel", tokens["grace"])).await.text().await.unwrap();
    assert!(ask.contains("less than 48 hours before the night are not refunded"), "{ask}");
    let grace = app.client.post(app.url(&format!("/t/{}/cancel", tokens["grace"]))).send().await.unwrap();
    assert_eq!(grace.status(), 303);
    assert_eq!(status("grace").await, "cancelled");
    assert_eq!(refunded("grace").await, 0);
    let mail = app.mail_to("grace@example.org", "Cancelled").await;
    assert!(mail.parse().body_text(0).unwrap().contains("less than 48 hours before the night are not refunded"));
    // A host who cancels Linus then still refunds in full.
    let linus = app.count("SELECT id FROM rsvps WHERE email = 'linus@example.org'").await;
    app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{linus}/cancel"), None, 200).await;
    assert_eq!(refunded("linus").await, 1500);

    // Once the night has started Margaret cannot cancel, by the API or the page: a clear
    // answer, and nothing changes.
    app.clock().set(starts + chrono::Duration::minutes(10));
    let late =
        app.client.post(app.url(&format!("/api/v1/tickets/{}/cancel", tokens["margaret"]))).send().await.unwrap();
    assert_eq!(late.status(), 409);
    let body: Value = late.json().await.unwrap();
    assert_eq!(body["error"]["code"], "night_started");
    let page = app.client.post(app.url(&format!("/t/{}/cancel", tokens["margaret"]))).send().await.unwrap();
    assert_eq!(page.status(), 409);
    assert!(page.text().await.unwrap().contains("This night has started"));
    let ask = app.get(&format!("/t/{}/cancel", tokens["margaret"])).await.text().await.unwrap();
    assert!(ask.contains("This night has started") && !ask.contains("Yes, free my place"), "{ask}");
    let ticket_page = app.get(&format!("/t/{}", tokens["margaret"])).await.text().await.unwrap();
    assert!(!ticket_page.contains("Free your place"), "no cancel link on the ticket once the night started");
    assert_eq!(status("margaret").await, "confirmed");
    assert_eq!(refunded("margaret").await, 0);
    assert_eq!(app.count("SELECT confirmed FROM seat_counts").await, 1, "her seat is still hers");
    // The hosts still can, with a full refund.
    let margaret = app.count("SELECT id FROM rsvps WHERE email = 'margaret@example.org'").await;
    app.host_ok(Method::POST, &host, &format!("/api/v1/rsvps/{margaret}/cancel"), None, 200).await;
    assert_eq!(refunded("margaret").await, 1500);
    app.stop().await;
}
