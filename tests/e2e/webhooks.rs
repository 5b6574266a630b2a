//! Webhooks (issue #21): a chapter's events reach its receivers signed (checked here by ring's
//! HMAC, not the server's), retried across an outage with the same event id, paused after
//! failing again and again (the owners told, nothing lost), and sent only to public addresses:
//! refused at registration, after a redirect and when a name starts pointing inside.

use failnight_app::services::webhooks as service;
use failnight_core::Clock;
use failnight_gateway::Settings;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{
    TestApp, both_backends,
    hooks::{Answer, Receiver, verified_timestamp},
};

/// The receivers of these tests listen on 127.0.0.1: allowed by the setting a test needs,
/// nowhere else.
fn allow_loopback(settings: &mut Settings) {
    settings.webhook_allow = Some("127.0.0.1".into());
}

both_backends!(options: crate::support::Options { configure: Some(super::allow_loopback), ..Default::default() };
    a_night_s_events_reach_the_receiver_signed,
);
both_backends!(options: crate::support::Options { workers: false, configure: Some(super::allow_loopback), ..crate::support::Options::manual_clock() };
    an_outage_is_retried_with_the_same_event_until_the_receiver_is_back,
    an_endpoint_that_keeps_failing_is_paused_and_its_owners_told,
    webhooks_go_only_to_public_addresses,
);
both_backends!(an_owner_manages_webhooks_in_the_host_pages);

/// Registers an endpoint of `slug` for `events` through the API; its JSON (with the secret).
async fn register(app: &TestApp, token: &str, slug: &str, url: &str, events: &[&str]) -> Value {
    app.host_ok(
        Method::POST,
        token,
        &format!("/api/v1/chapters/{slug}/webhooks"),
        Some(&json!({"url": url, "description": "Newsletter", "events": events})),
        201,
    )
    .await
}

async fn deliveries(app: &TestApp, token: &str, id: i64) -> Vec<Value> {
    let path = format!("/api/v1/webhooks/{id}/deliveries");
    app.host_ok(Method::GET, token, &path, None, 200).await.as_array().unwrap().clone()
}

async fn a_night_s_events_reach_the_receiver_signed(app: TestApp) {
    let receiver = Receiver::start().await;
    app.chapter("berlin", "Europe/Berlin").await;
    let token = app.host_token("berlin", "owner@berlin.test").await;
    let hook = register(
        &app,
        &token,
        "berlin",
        &receiver.url("/hooks/failnight"),
        &["night.published", "rsvp.confirmed", "rsvp.checked_in", "rsvp.cancelled"],
    )
    .await;
    let secret = hook["secret"].as_str().unwrap().to_string();
    assert!(secret.starts_with("whsec_") && secret.len() > 30, "{hook}");
    assert_eq!(hook["events"], json!(["night.published", "rsvp.confirmed", "rsvp.checked_in", "rsvp.cancelled"]));

    // A published night, a guest who books and is checked in, another who books and cancels.
    let response = app.create_event(&token, "berlin", &TestApp::night("Failure Night", 40)).await;
    assert_eq!(response.status(), 201);
    let night: Value = response.json().await.unwrap();
    let id = night["id"].as_i64().unwrap();
    app.rsvp_token(id, "Ada", "ada@example.org").await;
    let grace = app.rsvp_token(id, "Grace", "grace@example.org").await;
    let code: String = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT checkin_code FROM rsvps WHERE email = 'ada@example.org'"
    )
    .fetch_one(e)
    .await)
    .unwrap();
    app.host_ok(Method::POST, &token, &format!("/api/v1/events/{id}/check-ins"), Some(&json!({"code": code})), 200)
        .await;
    let cancelled = app.client.post(app.url(&format!("/api/v1/tickets/{grace}/cancel"))).send().await.unwrap();
    assert!(cancelled.status().is_success(), "{}", cancelled.text().await.unwrap());

    // Published, two confirmed, one checked in, one cancelled: five deliveries.
    // A pass posts what is due at once: they may arrive in any order.
    let mut got = receiver.wait_for(5).await;
    let order = ["night.published", "rsvp.confirmed", "rsvp.checked_in", "rsvp.cancelled"];
    got.sort_by_key(|g| order.iter().position(|t| g.json()["type"] == *t));
    let types: Vec<String> = got.iter().map(|g| g.json()["type"].as_str().unwrap().to_string()).collect();
    assert_eq!(types, ["night.published", "rsvp.confirmed", "rsvp.confirmed", "rsvp.checked_in", "rsvp.cancelled"]);
    let mut ids = std::collections::HashSet::new();
    for g in &got {
        assert_eq!(g.path, "/hooks/failnight");
        assert_eq!(g.header("content-type"), "application/json");
        let t = verified_timestamp(&secret, g.header("failnight-signature"), &g.body)
            .unwrap_or_else(|| panic!("a signature ring accepts: {}", g.header("failnight-signature")));
        assert!((t - chrono::Utc::now().timestamp()).abs() < 60, "signed now: {t}");
        assert!(verified_timestamp("whsec_wrong", g.header("failnight-signature"), &g.body).is_none());
        let event = g.json();
        assert_eq!(g.header("failnight-event-id"), event["id"].as_str().unwrap());
        assert_eq!(g.header("failnight-event-type"), event["type"].as_str().unwrap());
        assert_eq!(event["chapter"], "berlin");
        assert!(ids.insert(event["id"].as_str().unwrap().to_string()), "one event id per event");
        // Ids and states, never a guest's name or address.
        assert!(
            !g.body.contains("ada@example.org") && !g.body.contains("Ada") && !g.body.contains("Grace"),
            "{}",
            g.body
        );
    }
    assert_eq!(got[0].json()["data"]["night"]["id"], id);
    assert_eq!(got[0].json()["data"]["night"]["title"], "Failure Night");
    assert_eq!(got[3].json()["data"]["rsvp"]["status"], "checked_in");
    assert_eq!(got[4].json()["data"]["rsvp"]["night_id"], id);

    // The API lists them delivered, with the receiver's answer (once the last outcome is
    // written: the receiver answers just before).
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let listed = loop {
        let listed = deliveries(&app, &token, hook["id"].as_i64().unwrap()).await;
        if listed.iter().all(|d| d["status"] == "delivered") || tokio::time::Instant::now() > deadline {
            break listed;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert_eq!(listed.len(), 5);
    for delivery in &listed {
        assert_eq!(delivery["status"], "delivered", "{delivery}");
        assert_eq!(delivery["last_status"], 200);
        assert_eq!(delivery["last_response"], "thanks");
    }
    // Another chapter's owner sees none of it.
    app.chapter("hamburg", "Europe/Berlin").await;
    let other = app.host_token("hamburg", "owner@hamburg.test").await;
    let path = format!("/api/v1/webhooks/{}/deliveries", hook["id"]);
    assert_eq!(app.host(Method::GET, &other, &path, None).await.status(), 403);
    assert_eq!(app.host(Method::GET, &other, "/api/v1/webhooks/999999/deliveries", None).await.status(), 404);
}

/// Runs one pass of the webhooks' job.
async fn pass(app: &TestApp) -> service::Pass {
    service::run_once(&app.state).await.unwrap()
}

async fn an_outage_is_retried_with_the_same_event_until_the_receiver_is_back(app: TestApp) {
    let receiver = Receiver::start().await;
    let (token, night) = app.published_night("berlin", 40).await;
    let hook = register(&app, &token, "berlin", &receiver.url("/in"), &["rsvp.confirmed"]).await;
    let hook_id = hook["id"].as_i64().unwrap();
    receiver.down().await;
    app.rsvp_api(night["id"].as_i64().unwrap(), "Ada", "ada@example.org").await;

    // Down: the attempt fails and is tried again after a minute, then four, then sixteen.
    let first = pass(&app).await;
    assert_eq!((first.claimed, first.retried), (1, 1), "{first:?}");
    let listed = deliveries(&app, &token, hook_id).await;
    assert_eq!(listed[0]["status"], "retrying");
    assert!(listed[0]["last_error"].as_str().unwrap().contains("onnect"), "{}", listed[0]);
    assert_eq!(pass(&app).await.claimed, 0, "not before its pause");
    app.clock().advance(chrono::Duration::seconds(61));
    assert_eq!(pass(&app).await.retried, 1);
    app.clock().advance(chrono::Duration::minutes(3));
    assert_eq!(pass(&app).await.claimed, 0, "the second pause is four minutes");
    app.clock().advance(chrono::Duration::minutes(1));
    receiver.answer(Answer::Status(503));
    receiver.up().await;
    assert_eq!(pass(&app).await.retried, 1, "a 503 is a failure too");

    // Back: delivered, the same event, signed at the time of the attempt that got through.
    receiver.answer(Answer::Thanks);
    app.clock().advance(chrono::Duration::minutes(16));
    assert_eq!(pass(&app).await.delivered, 1);
    let got = receiver.got();
    assert_eq!(got.len(), 2, "the 503 and the success");
    assert_eq!(got[0].json()["id"], got[1].json()["id"], "one event, tried again");
    let secret = hook["secret"].as_str().unwrap();
    let t = verified_timestamp(secret, got[1].header("failnight-signature"), &got[1].body).unwrap();
    assert_eq!(t, app.clock().now().timestamp());
    let listed = deliveries(&app, &token, hook_id).await;
    assert_eq!((listed[0]["status"].as_str(), listed[0]["attempts"].as_i64()), (Some("delivered"), Some(4)));
    assert_eq!(pass(&app).await.claimed, 0, "delivered once");

    // Sent again by hand: the same event id once more.
    let delivery = listed[0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/webhook-deliveries/{delivery}/redeliver");
    assert_eq!(app.host(Method::POST, &token, &path, None).await.status(), 202);
    assert_eq!(pass(&app).await.delivered, 1);
    assert_eq!(receiver.got()[2].json()["id"], got[0].json()["id"]);
    let missing = "/api/v1/webhook-deliveries/999999/redeliver";
    assert_eq!(app.host(Method::POST, &token, missing, None).await.status(), 404);
}

async fn an_endpoint_that_keeps_failing_is_paused_and_its_owners_told(app: TestApp) {
    let receiver = Receiver::start().await;
    receiver.answer(Answer::Status(500));
    let (token, night) = app.published_night("berlin", 40).await;
    let id = night["id"].as_i64().unwrap();
    let hook = register(&app, &token, "berlin", &receiver.url("/in"), &["rsvp.confirmed"]).await;
    let hook_id = hook["id"].as_i64().unwrap();
    for n in 0..14 {
        app.rsvp_api(id, &format!("Guest {n}"), &format!("guest{n}@example.org")).await;
    }
    // Twelve failures in a row pause it; the two others wait, unclaimed.
    let run = pass(&app).await;
    assert_eq!((run.claimed, run.retried, run.paused.as_slice()), (14, 14, [hook_id].as_slice()), "{run:?}");
    let path = format!("/api/v1/webhooks/{hook_id}");
    let paused = app.host_ok(Method::GET, &token, &path, None, 200).await;
    assert_eq!(paused["paused_reason"], "failing", "{paused}");
    assert!(paused["paused_at"].is_string());
    let told = app.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'webhook:%:paused:%'").await;
    assert_eq!(told, 1, "the one owner, once");
    let mail = app.dispatcher(app.clock(), 16);
    mail.run_once().await.unwrap();
    let email = app.mail_to("host@berlin.test", "A webhook of Chapter berlin is paused").await;
    let text = email.parse().body_text(0).unwrap().to_string();
    assert!(text.contains(&receiver.url("/in")) && text.contains("/host/c/berlin/webhooks/"), "{text}");

    // Paused: nothing is claimed however long it waits, and nothing is lost.
    app.clock().advance(chrono::Duration::days(2));
    assert_eq!(pass(&app).await.claimed, 0);
    app.rsvp_api(id, "Late", "late@example.org").await;
    assert_eq!(pass(&app).await.claimed, 0);

    // Resumed with the receiver fixed: all fifteen arrive, each once.
    receiver.answer(Answer::Thanks);
    let resumed = app.host_ok(Method::PATCH, &token, &path, Some(&json!({"paused": false})), 200).await;
    assert!(resumed["paused_at"].is_null() && resumed["failures"] == 0, "{resumed}");
    assert!(resumed["secret"].as_str().unwrap().starts_with("whsec_…"), "the secret is not shown again");
    let run = pass(&app).await;
    assert_eq!(run.delivered, 15, "{run:?}");
    let ids: std::collections::HashSet<String> =
        receiver.got().iter().filter(|g| g.body.contains("confirmed")).map(|g| g.json()["id"].to_string()).collect();
    assert_eq!(ids.len(), 15);
}

async fn webhooks_go_only_to_public_addresses(app: TestApp) {
    let receiver = Receiver::start().await;
    let (token, night) = app.published_night("berlin", 40).await;
    let policy = app.state.webhooks.policy().clone();
    policy.pin("inside.test", vec!["192.168.1.20".parse().unwrap()]);
    for (url, why) in [
        ("http://127.0.0.2:8080/", "127.0.0.2"),
        ("http://10.0.0.1/", "10.0.0.1"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://[::1]/", "::1"),
        ("http://[fd00:ec2::254]/", "fd00:ec2::254"),
        // The URL standard reads 0x7f000002 as 127.0.0.2.
        ("http://0x7f000002/", "127.0.0.2"),
        ("http://inside.test/hook", "inside.test points to 192.168.1.20, which is not on the public internet"),
        ("http://nowhere.invalid/hook", "nowhere.invalid could not be found"),
        ("ftp://example.org/", "starting with https://"),
        ("https://user:secret@example.org/", "without a user name or password"),
    ] {
        let response = app
            .host(
                Method::POST,
                &token,
                "/api/v1/chapters/berlin/webhooks",
                Some(&json!({"url": url, "events": ["rsvp.confirmed"]})),
            )
            .await;
        assert_eq!(response.status(), 422, "{url}");
        let body: Value = response.json().await.unwrap();
        let message = body["error"]["fields"]["url"].as_str().unwrap_or_default();
        assert!(message.contains(why), "{url}: {body}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM webhook_endpoints").await, 0, "nothing registered");

    // A name pointing at the allowed receiver is delivered; once it points inside, refused.
    policy.pin("hooks.test", vec!["127.0.0.1".parse().unwrap()]);
    let url = format!("http://hooks.test:{}/in", receiver.port);
    let hook = register(&app, &token, "berlin", &url, &["rsvp.confirmed"]).await;
    let hook_id = hook["id"].as_i64().unwrap();
    let id = night["id"].as_i64().unwrap();
    app.rsvp_api(id, "Ada", "ada@example.org").await;
    assert_eq!(pass(&app).await.delivered, 1);
    policy.pin("hooks.test", vec!["10.1.2.3".parse().unwrap()]);
    app.rsvp_api(id, "Grace", "grace@example.org").await;
    assert_eq!(pass(&app).await.retried, 1);
    let listed = deliveries(&app, &token, hook_id).await;
    let error = listed[0]["last_error"].as_str().unwrap();
    assert!(error.contains("hooks.test resolves to 10.1.2.3, not a public address"), "{error}");

    // A redirect inside is not followed.
    policy.pin("hooks.test", vec!["127.0.0.1".parse().unwrap()]);
    receiver.answer(Answer::Redirect("http://169.254.169.254/latest/meta-data/".into()));
    app.rsvp_api(id, "Linus", "linus@example.org").await;
    app.clock().advance(chrono::Duration::seconds(61));
    let run = pass(&app).await;
    assert_eq!((run.claimed, run.delivered), (2, 0), "{run:?}");
    let listed = deliveries(&app, &token, hook_id).await;
    let redirected: Vec<&str> = listed.iter().filter_map(|d| d["last_error"].as_str()).collect();
    assert!(
        redirected.iter().all(|e| e.contains("redirect refused: 169.254.169.254 is not a public address")),
        "{redirected:?}"
    );
    // A redirect to an allowed address is followed, once checked.
    receiver.answer(Answer::Redirect(receiver.url("/moved")));
    app.clock().advance(chrono::Duration::minutes(5));
    let before = receiver.got().len();
    let run = pass(&app).await;
    assert_eq!(run.claimed, 2, "{run:?}");
    let paths: Vec<String> = receiver.got()[before..].iter().map(|g| g.path.clone()).collect();
    assert!(paths.contains(&"/moved".to_string()), "{paths:?}");
}

async fn an_owner_manages_webhooks_in_the_host_pages(app: TestApp) {
    let (_, _) = app.published_night("berlin", 40).await;
    let browser = app.browser();
    app.sign_in(&browser, "host@berlin.test").await;
    let settings = browser.get(app.url("/host/c/berlin/settings")).send().await.unwrap().text().await.unwrap();
    assert!(settings.contains(r#"href="/host/c/berlin/webhooks""#), "linked from the settings");

    // Refused, with the reason beside the field and the choices kept.
    let refused = browser
        .post(app.url("/host/c/berlin/webhooks"))
        .form(&[("url", "http://10.0.0.1/hook"), ("description", "CRM"), ("events", "night.published")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("10.0.0.1 is not on the public internet"), "{page}");
    assert!(page.contains(r#"value="night.published" checked"#) && !page.contains(r#"value="rsvp.confirmed" checked"#));

    // Added: the secret shown this once, then only its end. (The name is pinned to a public
    // address: no DNS here.)
    let policy = app.state.webhooks.policy().clone();
    policy.pin("hooks.example.org", vec!["93.184.215.14".parse().unwrap()]);
    let created = browser
        .post(app.url("/host/c/berlin/webhooks"))
        .form(&[("url", "https://hooks.example.org/failnight"), ("description", "CRM"), ("events", "night.published")])
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 200);
    assert_eq!(created.headers()["cache-control"], "no-store");
    let page = created.text().await.unwrap();
    let secret: String =
        failnight_core::with_db!(app.db(), |e| sqlx::query_scalar("SELECT secret FROM webhook_endpoints")
            .fetch_one(e)
            .await)
        .unwrap();
    assert!(page.contains(&secret) && page.contains("shown only this once"), "{page}");
    let id: i64 = app.count("SELECT MAX(id) FROM webhook_endpoints").await;
    let again =
        browser.get(app.url(&format!("/host/c/berlin/webhooks/{id}"))).send().await.unwrap().text().await.unwrap();
    assert!(!again.contains(&secret) && again.contains(&secret[secret.len() - 4..]), "only its end");
    assert!(again.contains("A night is published"), "{again}");

    // Paused by hand, then removed; the audit log says so.
    let paused = browser.post(app.url(&format!("/host/c/berlin/webhooks/{id}/pause"))).send().await.unwrap();
    assert_eq!(paused.status(), 303);
    let page =
        browser.get(app.url(&format!("/host/c/berlin/webhooks/{id}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Paused by a host"), "{page}");
    let removed = browser.post(app.url(&format!("/host/c/berlin/webhooks/{id}/delete"))).send().await.unwrap();
    assert_eq!(removed.status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM webhook_endpoints").await, 0);
    let audit = browser.get(app.url("/host/c/berlin/audit")).send().await.unwrap().text().await.unwrap();
    assert!(audit.contains("webhook added") && audit.contains("webhook paused") && audit.contains("webhook removed"));

    // A door volunteer (and a host) may not see them.
    app.cli(&["host", "add", "--chapter", "berlin", "--email", "door@berlin.test", "--role", "door"]).await.unwrap();
    let door = app.browser();
    app.sign_in(&door, "door@berlin.test").await;
    assert_eq!(door.get(app.url("/host/c/berlin/webhooks")).send().await.unwrap().status(), 403);
}
