//! Hosts: magic-link sign-in, sessions, the authorization matrix over every host route and
//! every API route, CSRF, rate limits, security headers, the confirmation step, CSV export
//! and the audit log.

use std::collections::{BTreeMap, BTreeSet};

use failnight_app::{Operation, Role};
use failnight_gateway::host::{Need, routes};
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};

use crate::support::{TestApp, both_backends, smtp::MAIL_WAIT};

both_backends!(
    options: crate::support::Options { clock: Some(failnight_core::time::ManualClock::new(chrono::Utc::now())), ..Default::default() };
    magic_links_work_once_expire_and_sessions_rotate,
);
both_backends!(
    every_host_route_checks_the_role_in_the_chapter,
    forged_cross_site_posts_are_refused,
    host_pages_run_a_night,
    host_ticketing_actions_are_audited,
);
both_backends!(options: crate::support::Options { rate_limits: true, ..Default::default() }; rate_limits_answer_429);
both_backends!(sign_in_links_are_not_kept_in_the_outbox);
both_backends!(options: crate::support::Options::manual_clock(); api_tokens_have_a_scope_and_an_expiry);
both_backends!(
    the_api_messages_guests_and_changes_the_chapter,
    owners_manage_hosts_and_reports_through_the_api,
    guest_lists_export_page_by_page_night_by_night
);
// Rate limits off: every request comes from 127.0.0.1, and their counters are writes that the
// test's held database write would hold up too (for hosts and strangers alike).
both_backends!(sign_in_answers_hosts_and_strangers_alike);

fn cookie_of(response: &reqwest::Response) -> String {
    response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).next().expect("a cookie")
}

async fn magic_links_work_once_expire_and_sessions_rotate(app: TestApp) {
    app.chapter("alpha", "Europe/Berlin").await;
    app.host_token("alpha", "ada@example.org").await;
    let browser = app.browser();

    // An unknown email gets the same answer and no email.
    let response =
        browser.post(app.url("/host/sign-in")).form(&[("email", "nobody@example.org")]).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("If <strong>nobody@example.org</strong> belongs to a host"));

    // The link signs in Ada, once.
    let link = app.request_sign_in_link(&browser, "ada@example.org").await;
    let confirm = browser.get(&link).send().await.unwrap().text().await.unwrap();
    assert!(confirm.contains("ada@example.org"), "the link is bound to its email");
    let response = browser.post(&link).form(&[("next", "/host/c/alpha")]).send().await.unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/host/c/alpha");
    let cookie = cookie_of(&response);
    assert!(cookie.starts_with("failnight_session="));
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "not over plain http");
    let home = browser.get(app.url("/host")).send().await.unwrap();
    assert_eq!(home.status(), 200);
    assert!(home.text().await.unwrap().contains("Chapter alpha"));
    assert_eq!(browser.post(&link).form(&[("next", "/host")]).send().await.unwrap().status(), 404, "used once");
    assert_eq!(app.browser().get(&link).send().await.unwrap().status(), 404);

    // An unused link expires after 15 minutes.
    let late = app.request_sign_in_link(&app.browser(), "ada@example.org").await;
    app.clock.as_ref().unwrap().advance(chrono::Duration::minutes(16));
    let other = app.browser();
    assert_eq!(other.get(&late).send().await.unwrap().status(), 404);
    assert_eq!(other.post(&late).form(&[("next", "/host")]).send().await.unwrap().status(), 404);

    // Signing in again rotates the session: the old cookie no longer works.
    let old_token = cookie.split(';').next().unwrap().to_string();
    let link = app.request_sign_in_link(&browser, "ada@example.org").await;
    let response = browser.post(&link).form(&[("next", "/host")]).send().await.unwrap();
    assert_eq!(response.status(), 303);
    assert_ne!(cookie_of(&response).split(';').next().unwrap(), old_token);
    let stale = app.browser().get(app.url("/host")).header("cookie", &old_token).send().await.unwrap();
    assert_eq!(stale.status(), 303, "the old session is revoked");
    assert!(stale.headers()["location"].to_str().unwrap().starts_with("/host/sign-in"));

    // Sign out everywhere ends the other sessions too.
    let phone = app.browser();
    app.sign_in(&phone, "ada@example.org").await;
    assert_eq!(phone.get(app.url("/host")).send().await.unwrap().status(), 200);
    assert_eq!(browser.post(app.url("/host/sign-out-everywhere")).send().await.unwrap().status(), 303);
    assert_eq!(phone.get(app.url("/host")).send().await.unwrap().status(), 303);
    assert_eq!(browser.get(app.url("/host")).send().await.unwrap().status(), 303);

    // Sign-ins are in the chapter's audit log.
    app.cli(&["admin", "add", "--email", "ada@example.org"]).await.unwrap();
    app.sign_in(&browser, "ada@example.org").await;
    let audit = browser.get(app.url("/host/c/alpha/audit")).send().await.unwrap().text().await.unwrap();
    // The first link, the rotation, the phone and this one (the expired link signed nobody in).
    assert_eq!(audit.matches("signed in").count(), 4, "{audit}");
    app.stop().await;
}

/// The five people of the matrix, each with a browser session and an API token.
struct Identity {
    name: &'static str,
    email: String,
    browser: Client,
    token: Option<String>,
}

/// Whether `who` may do what `need` asks (owner is also a platform admin here).
fn allowed(who: &str, need: Need) -> bool {
    match need {
        Need::Public => true,
        Need::SignedIn => who != "anonymous",
        Need::Admin => who == "owner",
        Need::Chapter(operation) => has_role(who, operation.need()),
    }
}

/// Whether `who` has at least `role` in chapter alpha.
fn has_role(who: &str, role: Role) -> bool {
    match who {
        "owner" => true,
        "host" => role <= Role::Host,
        "door" => role <= Role::Door,
        _ => false,
    }
}

async fn every_host_route_checks_the_role_in_the_chapter(app: TestApp) {
    app.chapter("alpha", "Europe/Berlin").await;
    app.chapter("beta", "Europe/Paris").await;
    let mut people = Vec::new();
    for (name, chapter, role) in
        [("owner", "alpha", "owner"), ("host", "alpha", "host"), ("door", "alpha", "door"), ("other", "beta", "owner")]
    {
        let email = format!("{name}@example.org");
        let output = app.cli(&["host", "add", "--chapter", chapter, "--email", &email, "--role", role]).await.unwrap();
        let browser = app.browser();
        app.sign_in(&browser, &email).await;
        people.push(Identity { name, email, browser, token: Some(output.lines().last().unwrap().to_string()) });
    }
    app.cli(&["admin", "add", "--email", "owner@example.org"]).await.unwrap();
    people.push(Identity { name: "anonymous", email: String::new(), browser: app.browser(), token: None });
    let owner_token = people[0].token.clone().unwrap();

    // Objects of chapter alpha for the paths.
    let venue = app
        .host_ok(
            Method::POST,
            &owner_token,
            "/api/v1/chapters/alpha/venues",
            Some(&json!({"name": "Room", "address": "Street 1", "capacity": 30})),
            201,
        )
        .await["id"]
        .as_i64()
        .unwrap();
    let series = app
        .host_ok(
            Method::POST,
            &owner_token,
            "/api/v1/chapters/alpha/series",
            Some(
                &json!({"title": "Night", "venue_id": venue, "start_time": "19:00", "rrule": "FREQ=MONTHLY;BYDAY=2TH"}),
            ),
            201,
        )
        .await;
    let series_id = series["series"]["id"].as_i64().unwrap();
    let event = series["event_ids"][0].as_i64().unwrap();
    assert_eq!(app.rsvp_api(event, "Guest", "guest@example.org").await.status(), 202);
    let rsvp = app.count("SELECT MAX(id) FROM rsvps").await;

    // A story of chapter alpha, for the story pages.
    let chapter = app.open_call("alpha").await;
    let story = TestApp::story("Ada", "ada@example.org", "A failure");
    let story = failnight_app::services::stories::submit(&app.state, &chapter, &story).await.unwrap().id;
    // Another, for the API's DELETE to purge (the other stories' routes need theirs).
    let spam = TestApp::story("Spam", "spam@example.org", "Buy now");
    let spam = failnight_app::services::stories::submit(&app.state, &chapter, &spam).await.unwrap().id;
    // Webhooks of chapter alpha with a delivery: one for the pages, one for the API, one the
    // API's DELETE removes (the pages remove theirs).
    let (page_hook, api_hook, delete_hook, delivery) = {
        use failnight_core::webhooks::{self, Kind, Scope};
        let now = failnight_core::Timestamp::from_utc(chrono::Utc::now());
        let mut tx = app.db().begin().await.unwrap();
        let mut ids = Vec::new();
        for url in
            ["https://hooks.example.org/pages", "https://hooks.example.org/api", "https://hooks.example.org/gone"]
        {
            ids.push(webhooks::create(&mut tx, chapter.id, url, "", &[Kind::NightChanged], now).await.unwrap().id);
        }
        webhooks::emit(&mut tx, Scope::Chapter(chapter.id), now, &[(Kind::NightChanged, json!({}))]).await.unwrap();
        tx.commit().await.unwrap();
        let delivery = webhooks::deliveries(app.db(), ids[1], 1).await.unwrap()[0].id;
        (ids[0], ids[1], ids[2], delivery)
    };
    // A conduct report of chapter alpha, for the report routes.
    let report = {
        let mut tx = app.db().begin().await.unwrap();
        let new = failnight_scheduling::conduct::NewReport { body: "Rude at the bar".into(), ..Default::default() };
        let now = failnight_core::Timestamp::from_utc(chrono::Utc::now());
        let report = failnight_scheduling::conduct::create(&mut tx, chapter.id, &new, now).await.unwrap();
        tx.commit().await.unwrap();
        report.id
    };
    let fill = |path: &str| {
        let id = if path.contains("/reports/") || path.contains("/conduct-reports/") {
            report
        } else if path.starts_with("/host/c/{slug}/webhooks/") {
            page_hook
        } else if path.contains("/webhooks/") {
            api_hook
        } else if path.contains("/webhook-deliveries/") {
            delivery
        } else if path.contains("/rsvps/") {
            rsvp
        } else if path.contains("/stories/") {
            story
        } else if path.contains("/venues/") {
            venue
        } else if path.contains("/series/") {
            series_id
        } else if path.contains("/events/") {
            event
        } else {
            999_999
        };
        path.replace("{slug}", "alpha")
            .replace("{id}", &id.to_string())
            .replace("{token}", "not-a-link")
            .replace("{host_id}", "999999")
            .replace("{question}", "999999")
            .replace("{comment}", "999999")
            .replace("{hash}", &"0".repeat(64))
            .replace("{delivery}", &delivery.to_string())
    };

    // What each identity was allowed, per operation, in the pages and in the API.
    let mut by_pages: BTreeMap<(Operation, &str), BTreeSet<bool>> = BTreeMap::new();
    let mut by_api: BTreeMap<(Operation, &str), bool> = BTreeMap::new();

    // Host pages, signing out last.
    let mut table = routes();
    table.sort_by_key(|r| r.path.contains("sign-out"));
    assert!(table.len() >= 39, "the table holds every host page");
    for route in &table {
        let path = fill(route.path);
        if route.path.contains("sign-out") {
            // The previous sign-out route ended these sessions.
            for who in people.iter().filter(|p| !p.email.is_empty()) {
                app.sign_in(&who.browser, &who.email).await;
            }
        }
        for who in &people {
            let request = match route.method {
                "GET" => who.browser.get(app.url(&path)),
                _ => who.browser.post(app.url(&path)).form(&[("x", "")]),
            };
            let response = request.send().await.unwrap();
            let status = response.status();
            let location =
                response.headers().get("location").map(|l| l.to_str().unwrap().to_string()).unwrap_or_default();
            // Signing out also ends at the sign-in page; it is told apart by clearing the cookie.
            let clears_cookie =
                response.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap().contains("Max-Age=0"));
            let to_sign_in = status == StatusCode::SEE_OTHER && location.starts_with("/host/sign-in") && !clears_cookie;
            let what = format!("{} {} as {}: {status} {location}", route.method, path, who.name);
            assert!(!status.is_server_error(), "{what}");
            if let Need::Chapter(operation) = route.need {
                let let_in = status != StatusCode::FORBIDDEN && status != StatusCode::UNAUTHORIZED && !to_sign_in;
                by_pages.entry((operation, who.name)).or_default().insert(let_in);
            }
            if allowed(who.name, route.need) {
                assert!(
                    status != StatusCode::FORBIDDEN && status != StatusCode::UNAUTHORIZED && !to_sign_in,
                    "allowed: {what}"
                );
            } else if who.name == "anonymous" {
                assert!(to_sign_in, "anonymous goes to sign in: {what}");
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "refused: {what}");
            }
        }
    }

    // Every API route the OpenAPI document marks as needing a host token.
    let openapi: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let mut checked = 0;
    let mut public = Vec::new();
    for (path, operations) in openapi["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            // Public: no security requirement, or an empty one beside the token (a public route that
            // tells hosts more, e.g. a booking's details).
            let optional = operation["security"].as_array().is_some_and(|s| s.iter().any(|r| r == &json!({})));
            if operation.get("security").is_none() || optional {
                public.push(format!("{method} {path}"));
                continue;
            }
            checked += 1;
            // The operation of the one permission table, named by the route's operationId.
            let id = operation["operationId"].as_str().unwrap_or_default();
            let op =
                Operation::parse(id).unwrap_or_else(|| panic!("{method} {path}: {id} is no permissions::Operation"));
            // The least role the document states, from the security requirement's scopes (none: host).
            let least =
                operation["security"][0]["host_token"].get(0).and_then(|r| r.as_str()).unwrap_or("host").to_string();
            assert_eq!(least, op.need().as_str(), "{method} {path}: the document states the operation's role");
            let mut path = fill(path);
            if method == "delete" && path.starts_with("/api/v1/webhooks/") {
                path = path.replace(&api_hook.to_string(), &delete_hook.to_string());
            }
            if method == "delete" && path.starts_with("/api/v1/stories/") {
                path = format!("/api/v1/stories/{spam}");
            }
            let method: Method = method.to_uppercase().parse().unwrap();
            // The owner last: an action they may take (a removal) happens after the others tried.
            for who in people.iter().rev() {
                let mut request = app.client.request(method.clone(), app.url(&path)).json(&json!({}));
                if let Some(token) = &who.token {
                    request = request.bearer_auth(token);
                }
                let status = request.send().await.unwrap().status();
                let what = format!("{method} {path} as {}: {status}", who.name);
                assert!(!status.is_server_error(), "{what}");
                by_api.insert((op, who.name), status != StatusCode::FORBIDDEN && status != StatusCode::UNAUTHORIZED);
                let may = has_role(who.name, op.need());
                match who.name {
                    "anonymous" => assert_eq!(status, StatusCode::UNAUTHORIZED, "{what}"),
                    _ if may => {
                        assert!(status != StatusCode::FORBIDDEN && status != StatusCode::UNAUTHORIZED, "{what}")
                    }
                    _ => assert_eq!(status, StatusCode::FORBIDDEN, "{what}"),
                }
            }
        }
    }
    assert!(checked >= 13, "API routes checked: {checked}");

    // An operation offered by both the pages and the API lets in exactly the same people.
    let in_pages: BTreeSet<Operation> = by_pages.keys().map(|(op, _)| *op).collect();
    let in_api: BTreeSet<Operation> = by_api.keys().map(|(op, _)| *op).collect();
    let shared: Vec<Operation> = in_pages.intersection(&in_api).copied().collect();
    assert!(shared.contains(&Operation::UpdateTicketingSettings) && shared.len() >= 15, "{shared:?}");
    for op in shared {
        for who in &people {
            let pages = &by_pages[&(op, who.name)];
            assert_eq!(pages.len(), 1, "{op:?} as {}: every page of the operation answers alike", who.name);
            assert_eq!(
                pages.contains(&true),
                by_api[&(op, who.name)],
                "{op:?} as {}: the pages and the API disagree",
                who.name
            );
        }
    }
    // The case that once differed: a host (not owner) changes no owner-only setting by API either.
    let host_token = people[1].token.clone().unwrap();
    let refused = app
        .host(Method::PATCH, &host_token, "/api/v1/chapters/alpha/settings", Some(&json!({"max_plus_ones": 3})))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT max_plus_ones FROM chapters WHERE slug = 'alpha'").await, 0, "nothing changed");
    public.sort();
    // The public surface, reviewed: nights, RSVPs and ticket purchases; ticket actions carry the
    // ticket's unguessable token; Stripe's webhook carries its signature.
    let expected = [
        "get /api/v1/events/{id}",
        "get /api/v1/events/{id}/ticket-types",
        "get /api/v1/tickets/{token}",
        "post /api/v1/events/{id}/rsvps",
        "post /api/v1/events/{id}/tickets",
        "post /api/v1/stripe/webhook",
        "post /api/v1/tickets/{token}/accept",
        "post /api/v1/tickets/{token}/cancel",
        "post /api/v1/tickets/{token}/still-coming",
    ];
    assert_eq!(public, expected, "a new API route must declare its host token, or be added here after review");
    app.stop().await;
}

async fn forged_cross_site_posts_are_refused(app: TestApp) {
    let (_, event) = app.published_night("alpha", 10).await;
    let id = event["id"].as_i64().unwrap();
    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    let settings = app.url("/host/c/alpha/settings");
    let form = [("name", "Hijacked"), ("timezone", "Europe/Berlin")];
    let forged = browser.post(&settings).header("origin", "https://evil.example").form(&form).send().await.unwrap();
    assert_eq!(forged.status(), 403);
    assert!(forged.text().await.unwrap().contains("sent from another site"));
    let forged = browser.post(&settings).header("sec-fetch-site", "cross-site").form(&form).send().await.unwrap();
    assert_eq!(forged.status(), 403);
    let rsvp = browser
        .post(app.url(&format!("/e/{id}/rsvp")))
        .header("origin", "https://evil.example")
        .form(&[("name", "Eve"), ("email", "eve@example.org"), ("accept_code_of_conduct", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(rsvp.status(), 403, "public forms too");
    assert!(!app.get("/c/alpha").await.text().await.unwrap().contains("Hijacked"));
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 0);
    // The same post from the site itself goes through.
    let same = browser
        .post(&settings)
        .header("origin", &app.address)
        .header("sec-fetch-site", "same-origin")
        .form(&[("name", "Alpha"), ("timezone", "Europe/Berlin"), ("reminder_hours", "24, 3")])
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), 303);

    // Security headers on pages.
    let page = app.get("/c/alpha").await;
    let csp = page.headers()["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(page.headers()["x-content-type-options"], "nosniff");
    assert_eq!(page.headers()["referrer-policy"], "strict-origin-when-cross-origin");
    assert_eq!(page.headers()["x-frame-options"], "DENY");
    app.stop().await;
}

async fn rate_limits_answer_429(app: TestApp) {
    let (_, event) = app.published_night("alpha", 500).await;
    let id = event["id"].as_i64().unwrap();
    // Sign-in requests: 5 per email per hour, then a readable 429 page.
    let browser = app.browser();
    for _ in 0..5 {
        let ok = browser.post(app.url("/host/sign-in")).form(&[("email", "host@alpha.test")]).send().await.unwrap();
        assert_eq!(ok.status(), 200);
    }
    let limited = browser.post(app.url("/host/sign-in")).form(&[("email", "host@alpha.test")]).send().await.unwrap();
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().contains_key("retry-after"));
    assert!(limited.text().await.unwrap().contains("Too many requests"));
    app.smtp.wait_for(5, MAIL_WAIT).await;
    // Public API writes: 30 a minute per address, then the JSON error shape.
    let mut statuses = Vec::new();
    for n in 0..31 {
        statuses.push(app.rsvp_api(id, "Guest", &format!("guest{n}@example.org")).await.status().as_u16());
    }
    assert!(statuses[..30].iter().all(|s| *s == 202), "{statuses:?}");
    let limited = app.rsvp_api(id, "Guest", "late@example.org").await;
    assert_eq!(limited.status(), 429);
    let body: Value = limited.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 30, "the refused requests wrote nothing");

    // Stories: a form sent back with errors does not count; three stories a day per email.
    let chapter = failnight_scheduling::chapters::by_slug(app.db(), "alpha").await.unwrap().unwrap();
    let mut call =
        failnight_submissions::settings::SettingsInput::of(&failnight_submissions::StorySettings::defaults(chapter.id));
    call.call_open = true;
    failnight_app::services::stories::save_settings(
        &app.state,
        failnight_app::services::Actor::System,
        &chapter,
        &call,
    )
    .await
    .unwrap();
    let started = (chrono::Utc::now() - chrono::Duration::minutes(6)).timestamp_millis().to_string();
    let story = |email: &'static str, title: &'static str| {
        let form = vec![
            ("started", started.clone()),
            ("name", "Ada".to_string()),
            ("email", email.to_string()),
            ("appearance", "anonymous".to_string()),
            ("title", title.to_string()),
            ("story_project", "p".to_string()),
            ("story_wrong", "w".to_string()),
            ("story_learned", "l".to_string()),
            ("story_differently", "d".to_string()),
            ("consent_photos", "no".to_string()),
            ("consent_recording", "no".to_string()),
            ("consent_slides", "no".to_string()),
            ("accept_coc", "on".to_string()),
        ];
        let request = browser.post(app.url("/c/alpha/speak")).form(&form);
        async move { request.send().await.unwrap().status().as_u16() }
    };
    for _ in 0..3 {
        assert_eq!(story("ada@example.org", "").await, 422, "no title: sent back, not counted");
    }
    for title in ["One", "Two", "Three"] {
        assert_eq!(story("ada@example.org", title).await, 303);
    }
    assert_eq!(story("ADA@example.org", "Four").await, 429, "three a day per email, in any case");
    assert_eq!(story("grace@example.org", "Hers").await, 303, "others are not held up");
    assert_eq!(app.count("SELECT COUNT(*) FROM submissions").await, 4);
    app.stop().await;
}

async fn host_pages_run_a_night(app: TestApp) {
    app.chapter("alpha", "Europe/Berlin").await;
    app.host_token("alpha", "owner@example.org").await;
    let browser = app.browser();
    app.sign_in(&browser, "owner@example.org").await;
    let post = |path: &str, form: Vec<(&str, String)>| {
        let request = browser.post(app.url(path)).form(&form);
        async move { request.send().await.unwrap() }
    };

    // A venue and a night through the forms, with field errors first.
    let bad = post("/host/c/alpha/venues", vec![("name", String::new()), ("address", "Street 1".into())]).await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("f-name-error"));
    let ok = post(
        "/host/c/alpha/venues",
        vec![("name", "Kiez Bar".into()), ("address", "Weserstr. 1".into()), ("capacity", "2".into())],
    )
    .await;
    assert_eq!(ok.status(), 303);
    let venue = app.count("SELECT MAX(id) FROM venues").await.to_string();
    let day = (chrono::Utc::now() + chrono::Duration::days(20)).date_naive();
    let night = vec![
        ("title", "Failure Night".to_string()),
        ("starts_at", format!("{day}T19:00")),
        ("ends_at", format!("{day}T22:00")),
        ("venue_id", venue.clone()),
        ("publish", "on".into()),
    ];
    let created = post("/host/c/alpha/events", night).await;
    assert_eq!(created.status(), 303);
    let page = created.headers()["location"].to_str().unwrap().to_string();
    let id = page.rsplit('/').next().unwrap().parse::<i64>().unwrap();
    let public: Value = app.get_event(id).await.json().await.unwrap();
    assert_eq!(public["capacity"], 2, "the venue's capacity");

    // Two guests; one named like a spreadsheet formula.
    assert_eq!(app.rsvp_api(id, "=HYPERLINK(\"http://x\")", "eve@example.org").await.status(), 202);
    assert_eq!(app.rsvp_api(id, "Grace", "grace@example.org").await.status(), 202);
    let html = browser.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("grace@example.org") && html.contains("2 with a seat"));
    let csv = browser.get(app.url(&format!("{page}/attendees.csv"))).send().await.unwrap();
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = csv.text().await.unwrap();
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    assert!(csv.contains("\r\nGrace,grace@example.org,confirmed,"), "{csv}");

    // Moving the night asks first, then emails both.
    app.smtp.wait_for(2, MAIL_WAIT).await;
    let moved = vec![
        ("title", "Failure Night".to_string()),
        ("starts_at", format!("{day}T20:00")),
        ("ends_at", format!("{day}T23:00")),
        ("venue_id", venue.clone()),
        ("capacity", "2".into()),
    ];
    let ask = post(&page, moved.clone()).await;
    assert_eq!(ask.status(), 200);
    let ask = ask.text().await.unwrap();
    assert!(ask.contains("will email 2 people"), "{ask}");
    assert_eq!(app.count("SELECT sequence FROM events").await, 0, "nothing changed yet");
    let mut confirmed = moved;
    confirmed.push(("confirm", "yes".into()));
    assert_eq!(post(&page, confirmed).await.status(), 303);
    app.smtp.wait_for(4, MAIL_WAIT).await;
    assert_eq!(app.count("SELECT sequence FROM events").await, 1);

    // Cancelling asks first too.
    let ask = post(&format!("{page}/cancel"), vec![]).await.text().await.unwrap();
    assert!(ask.contains("will email 2 people"));
    assert_eq!(post(&format!("{page}/cancel"), vec![("confirm", "yes".into())]).await.status(), 303);
    app.smtp.wait_for(6, MAIL_WAIT).await;

    // Inviting a host emails them; the dashboard and audit log tell the story.
    assert_eq!(
        post("/host/c/alpha/hosts", vec![("email", "new@example.org".into()), ("role", "host".into())]).await.status(),
        303
    );
    let mails = app.smtp.wait_for(8, MAIL_WAIT).await;
    assert!(
        mails.iter().any(|m| m.to == ["new@example.org"]),
        "the invitation (after a sign-in link and six emails to guests)"
    );
    let removing_last_owner =
        post(&format!("/host/c/alpha/hosts/{}/remove", app.count("SELECT MIN(id) FROM hosts").await), vec![]).await;
    assert_eq!(removing_last_owner.status(), 409);
    let audit = browser.get(app.url("/host/c/alpha/audit")).send().await.unwrap().text().await.unwrap();
    for action in [
        "signed in",
        "venue added",
        "night created and published",
        "night moved or re-venued",
        "night cancelled",
        "host invited",
    ] {
        assert!(audit.contains(action), "audit lacks {action}");
    }
    assert_eq!(browser.get(app.url("/host/c/alpha")).send().await.unwrap().status(), 200);

    // API tokens: made, named and revoked in the pages; shown once.
    let page = post("/host/tokens", vec![("name", "newsletter script".into())]).await;
    assert_eq!(page.headers()["cache-control"], "no-store");
    let page = page.text().await.unwrap();
    let start = page.find("fn_").expect("the new token is shown");
    let token: String =
        page[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
    assert_eq!(app.host(Method::GET, &token, "/api/v1/chapters/alpha/venues", None).await.status(), 200);
    let listed = browser.get(app.url("/host/tokens")).send().await.unwrap().text().await.unwrap();
    assert!(listed.contains("newsletter script") && !listed.contains(&token), "listed, never shown again");
    let id = app.count("SELECT MAX(id) FROM api_tokens").await;
    assert_eq!(post(&format!("/host/tokens/{id}/revoke"), vec![]).await.status(), 303);
    assert_eq!(app.host(Method::GET, &token, "/api/v1/chapters/alpha/venues", None).await.status(), 401);

    // A platform admin creates a chapter and owns it.
    app.cli(&["admin", "add", "--email", "owner@example.org"]).await.unwrap();
    let bad = post(
        "/host/chapters",
        vec![("name", "Gamma".into()), ("slug", "Not a slug".into()), ("timezone", "Mars/Base".into())],
    )
    .await;
    assert_eq!(bad.status(), 422);
    let made = post(
        "/host/chapters",
        vec![("name", "Gamma".into()), ("slug", "gamma".into()), ("timezone", "Asia/Tokyo".into())],
    )
    .await;
    assert_eq!(made.status(), 303);
    assert_eq!(made.headers()["location"], "/host/c/gamma");
    assert_eq!(browser.get(app.url("/host/c/gamma/settings")).send().await.unwrap().status(), 200, "its owner");
    app.stop().await;
}

/// A sign-in link is a key to the account: once its email is delivered (or fails for good), no
/// row of any table holds its token; the emailed link still works.
async fn sign_in_links_are_not_kept_in_the_outbox(app: TestApp) {
    app.chapter("alpha", "Europe/Berlin").await;
    app.host_token("alpha", "ada@example.org").await;
    app.host_token("alpha", "gone@example.org").await;
    let browser = app.browser();
    let link = app.request_sign_in_link(&browser, "ada@example.org").await;
    let token = link.split("/host/sign-in/").nth(1).unwrap().split('?').next().unwrap().to_string();
    app.wait_count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'sign-in:%' AND sent_at IS NOT NULL", 1)
        .await;
    assert_eq!(app.places_containing(&token).await, Vec::<String>::new(), "the token is stored nowhere");
    assert_eq!(browser.post(&link).form(&[("next", "/host")]).send().await.unwrap().status(), 303, "it signs in");

    // A link whose email fails for good is emptied too.
    app.smtp.reject_rcpt("gone@example.org", "550 5.1.1 unknown mailbox");
    let response = browser.post(app.url("/host/sign-in")).form(&[("email", "gone@example.org")]).send().await.unwrap();
    assert_eq!(response.status(), 200);
    app.wait_count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'sign-in:%' AND failed_at IS NOT NULL", 1)
        .await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'sign-in:%'
               AND (body_text <> '' OR body_html <> '' OR body_text LIKE '%/host/sign-in/%')"
        )
        .await,
        0,
        "no sign-in email keeps its link"
    );
    app.stop().await;
}

/// Asking for a sign-in link answers the same, in the same time, whether the address belongs
/// to a host or not: the answer does not wait for the link to be made. With the database's
/// writes held, a stranger's request and a host's are both answered at once; the host's link
/// comes once writing is possible again. Then 100 requests of each, interleaved: the medians
/// are printed (and must not differ grossly).
async fn sign_in_answers_hosts_and_strangers_alike(app: TestApp) {
    app.chapter("alpha", "Europe/Berlin").await;
    app.host_token("alpha", "ada@example.org").await;
    let browser = app.browser();
    let ask = |email: &'static str| {
        let request = browser.post(app.url("/host/sign-in")).form(&[("email", email), ("next", "/host")]);
        async move {
            let started = std::time::Instant::now();
            let response = tokio::time::timeout(std::time::Duration::from_secs(5), request.send())
                .await
                .unwrap_or_else(|_| panic!("no answer for {email} within 5 s"))
                .unwrap();
            assert_eq!(response.status(), 200);
            let page = response.text().await.unwrap();
            assert!(page.contains(&format!("If <strong>{email}</strong> belongs to a host")), "{page}");
            started.elapsed()
        }
    };

    // Hold the writes a new link needs: SQLite's one writer; on PostgreSQL the links table.
    let mut held = app.db().begin().await.unwrap();
    if let failnight_core::Tx::Postgres(c, _) = &mut held {
        sqlx::query("LOCK TABLE sign_in_links IN ACCESS EXCLUSIVE MODE").execute(&mut **c).await.unwrap();
    }
    ask("nobody@example.org").await;
    ask("ada@example.org").await;
    assert!(app.smtp.messages().is_empty());
    held.rollback().await.unwrap();
    app.smtp.wait_for(1, MAIL_WAIT).await;

    let (mut hosts, mut strangers) = (Vec::new(), Vec::new());
    for _ in 0..100 {
        hosts.push(ask("ada@example.org").await);
        strangers.push(ask("nobody@example.org").await);
    }
    let median = |mut times: Vec<std::time::Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    let (host, stranger) = (median(hosts), median(strangers));
    println!("sign-in request ({:?}): median {host:?} for a host, {stranger:?} for a stranger", app.db().backend());
    let (slow, fast) = (host.max(stranger), host.min(stranger));
    assert!(slow <= fast * 2 + std::time::Duration::from_millis(2), "host {host:?}, stranger {stranger:?}");
    app.stop().await;
}

/// Every host action on tickets and at the door leaves exactly one row in the chapter's audit
/// log, written with the action (a second scan, which changes nothing, leaves none).
async fn host_ticketing_actions_are_audited(app: TestApp) {
    let (owner, event) = app.published_night("alpha", 10).await;
    let id = event["id"].as_i64().unwrap();
    let door = app.cli(&["host", "add", "--chapter", "alpha", "--email", "door@alpha.test", "--role", "door"]).await;
    let door = door.unwrap().lines().last().unwrap().trim().to_string();
    let db = app.db();
    let rows = |action: &'static str| async move {
        failnight_core::with_db!(db, |e| sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM audit_log a JOIN chapters c ON c.id = a.chapter_id
             WHERE c.slug = 'alpha' AND a.action = $1 AND a.host_id IS NOT NULL"
        )
        .bind(action)
        .fetch_one(e)
        .await)
        .unwrap()
    };
    let before = app.count("SELECT COUNT(*) FROM audit_log").await;

    let path = "/api/v1/chapters/alpha/settings";
    app.host_ok(Method::PATCH, &owner, path, Some(&json!({"offer_hours": 12})), 200).await;
    let options = format!("/api/v1/events/{id}/ticketing");
    app.host_ok(Method::PATCH, &owner, &options, Some(&json!({"approval": true})), 200).await;
    let types = format!("/api/v1/events/{id}/ticket-types");
    app.host_ok(Method::POST, &owner, &types, Some(&json!({"name": "Free", "kind": "free"})), 201).await;
    for (name, email) in [("Ada", "ada@example.org"), ("Grace", "grace@example.org")] {
        assert!(app.rsvp_api(id, name, email).await.status().is_success());
    }
    let list = app.host_ok(Method::GET, &owner, &format!("/api/v1/events/{id}/rsvps"), None, 200).await;
    let ids: Vec<i64> = list.as_array().unwrap().iter().map(|t| t["id"].as_i64().unwrap()).collect();
    app.host_ok(Method::POST, &owner, &format!("/api/v1/rsvps/{}/approve", ids[0]), None, 200).await;
    app.host_ok(Method::POST, &owner, &format!("/api/v1/rsvps/{}/decline", ids[1]), None, 200).await;
    let code = failnight_ticketing::rsvps::get(app.db(), ids[0]).await.unwrap().unwrap().checkin_code;
    let scan = format!("/api/v1/events/{id}/check-ins");
    app.host_ok(Method::POST, &door, &scan, Some(&json!({"code": code})), 200).await;
    app.host_ok(Method::POST, &door, &scan, Some(&json!({"code": code})), 200).await;
    let walk_ins = format!("/api/v1/events/{id}/walk-ins");
    app.host_ok(Method::POST, &door, &walk_ins, Some(&json!({"name": "Walker"})), 201).await;
    app.host_ok(Method::PATCH, &owner, &options, Some(&json!({"approval": false})), 200).await;
    assert!(app.rsvp_api(id, "Linus", "linus@example.org").await.status().is_success());
    let linus = app.count("SELECT MAX(id) FROM rsvps").await;
    app.host_ok(Method::POST, &owner, &format!("/api/v1/rsvps/{linus}/cancel"), None, 200).await;

    for (action, expected) in [
        ("ticketing settings changed", 1),
        ("night ticketing options changed", 2),
        ("ticket type added", 1),
        ("RSVP approved", 1),
        ("RSVP declined", 1),
        ("guest checked in", 1),
        ("walk-in added", 1),
        ("RSVP cancelled by a host", 1),
    ] {
        assert_eq!(rows(action).await, expected, "{action}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await - before, 9, "nothing else, nothing twice");

    // In the pages too, and on the owner's audit page.
    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    let form = [("promotion_mode", "offer"), ("offer_hours", "6"), ("reconfirm_hours", "0"), ("max_plus_ones", "1")];
    let saved = browser.post(app.url("/host/c/alpha/settings/ticketing")).form(&form).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    assert_eq!(rows("ticketing settings changed").await, 2);
    let made = browser.post(app.url("/host/tokens")).form(&[("name", "script")]).send().await.unwrap();
    assert_eq!(made.status(), 200);
    let token = app.count("SELECT MAX(id) FROM api_tokens").await;
    let revoked = browser.post(app.url(&format!("/host/tokens/{token}/revoke"))).send().await.unwrap();
    assert_eq!(revoked.status(), 303);
    let audit = browser.get(app.url("/host/c/alpha/audit")).send().await.unwrap().text().await.unwrap();
    for action in ["ticketing settings changed", "RSVP cancelled by a host", "API token created", "API token revoked"] {
        assert!(audit.contains(action), "the audit page shows {action}");
    }
    app.stop().await;
}

/// A token made for the door, or to read, does nothing else whatever its host's role; a token
/// stops working when it expires; the page says what each may do and until when.
async fn api_tokens_have_a_scope_and_an_expiry(app: TestApp) {
    let (owner, night) = app.published_night("alpha", 40).await;
    let id = night["id"].as_i64().unwrap();
    app.rsvp_api(id, "Ada", "ada@example.org").await;
    let code: String = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT checkin_code FROM rsvps WHERE email = 'ada@example.org'"
    )
    .fetch_one(e)
    .await)
    .unwrap();
    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    let make = |fields: Vec<(&'static str, &'static str)>| {
        let request = browser.post(app.url("/host/tokens")).form(&fields);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status();
            let page = response.text().await.unwrap();
            let token: Option<String> = page.find("fn_").map(|start| {
                page[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || "_-".contains(*c)).collect()
            });
            (status, token)
        }
    };
    let (status, _) = make(vec![("name", "odd"), ("scope", "admin"), ("expires", "7")]).await;
    assert_eq!(status, 422);
    let (_, read) = make(vec![("name", "dashboard"), ("scope", "read"), ("expires", "1")]).await;
    let (_, door) = make(vec![("name", "door phone"), ("scope", "door"), ("expires", "30")]).await;
    let (read, door) = (read.unwrap(), door.unwrap());

    let events = "/api/v1/chapters/alpha/events";
    let rsvps = format!("/api/v1/events/{id}/rsvps");
    let check_in = format!("/api/v1/events/{id}/check-ins");
    let body = json!({"code": code});
    // Read only: reads, and changes nothing, although its host is the chapter's owner.
    assert_eq!(app.host(Method::GET, &read, events, None).await.status(), 200);
    assert_eq!(app.host(Method::GET, &read, &rsvps, None).await.status(), 200);
    assert_eq!(app.host(Method::POST, &read, events, Some(&TestApp::night("More", 10))).await.status(), 403);
    assert_eq!(app.host(Method::POST, &read, &check_in, Some(&body)).await.status(), 403);
    // The door only: checks in and reads the door list, nothing else.
    assert_eq!(app.host(Method::GET, &door, &rsvps, None).await.status(), 403);
    assert_eq!(app.host(Method::GET, &door, events, None).await.status(), 403);
    assert_eq!(app.host(Method::POST, &door, &check_in, Some(&body)).await.status(), 200);
    assert_eq!(app.host(Method::GET, &door, &format!("/api/v1/events/{id}/door"), None).await.status(), 200);
    // The full token of the CLI still does everything.
    assert_eq!(app.host(Method::GET, &owner, &rsvps, None).await.status(), 200);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'checked_in'").await, 1);

    // A day later the read token has expired; the door token has not.
    app.clock().advance(chrono::Duration::hours(25));
    assert_eq!(app.host(Method::GET, &read, events, None).await.status(), 401);
    assert_eq!(app.host(Method::GET, &door, &format!("/api/v1/events/{id}/door"), None).await.status(), 200);
    let page = browser.get(app.url("/host/tokens")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Read only") && page.contains("The door only") && page.contains("expired on"), "{page}");
    assert!(page.contains("valid until"), "{page}");
}

/// Every action of the host pages (a POST of a chapter's operation) has its API twin: an API
/// route whose `operationId` is the same operation, under the same permission (the
/// authorization test proves that part). A new page action without its twin fails here.
#[test]
fn every_host_page_action_has_its_api_twin() {
    let (_, openapi) = failnight_gateway::api::router();
    let openapi = serde_json::to_value(&openapi).unwrap();
    let in_api: BTreeSet<&str> = openapi["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values().filter_map(|op| op["operationId"].as_str()))
        .collect();
    let actions: BTreeSet<Operation> = routes()
        .into_iter()
        .filter(|route| route.method == "POST")
        .filter_map(|route| match route.need {
            Need::Chapter(operation) => Some(operation),
            _ => None,
        })
        .collect();
    let without: BTreeSet<Operation> = actions.iter().copied().filter(|op| !in_api.contains(op.id())).collect();
    assert!(actions.len() >= 30, "{actions:?}");
    assert!(without.is_empty(), "page actions without an API twin: {without:?}");
}

/// The pages' message to guests and the chapter's settings, through the API.
async fn the_api_messages_guests_and_changes_the_chapter(app: TestApp) {
    let (owner, night) = app.published_night("alpha", 40).await;
    let id = night["id"].as_i64().unwrap();
    app.rsvp_api(id, "Ada", "ada@example.org").await;
    app.rsvp_api(id, "Grace", "grace@example.org").await;
    let path = format!("/api/v1/events/{id}/messages");
    let message = |preview: bool| json!({"audience": ["confirmed"], "subject": "Doors at 18:30", "body": "See you tonight!", "preview": preview});
    let preview = app.host_ok(Method::POST, &owner, &path, Some(&message(true)), 200).await;
    assert_eq!(preview, json!({"recipients": 2, "sent": false}));
    assert_eq!(app.count("SELECT COUNT(*) FROM messages").await, 0, "a preview sends nothing");
    let sent = app.host_ok(Method::POST, &owner, &path, Some(&message(false)), 200).await;
    assert_eq!(sent, json!({"recipients": 2, "sent": true}));
    app.mail_to("grace@example.org", "Doors at 18:30").await;
    for (body, field) in [
        (json!({"audience": [], "subject": "Hi", "body": "Hello"}), "audience"),
        (json!({"audience": ["no_show"], "subject": "Hi", "body": "Hello"}), "audience"),
        (json!({"audience": ["confirmed"], "subject": "Hi", "body": "   "}), "body"),
    ] {
        let refused = app.host(Method::POST, &owner, &path, Some(&body)).await;
        assert_eq!(refused.status(), 422, "{body}");
        let answer: Value = refused.json().await.unwrap();
        assert!(answer["error"]["fields"][field].is_string(), "{answer}");
    }

    let chapter = "/api/v1/chapters/alpha";
    let changed =
        json!({"name": "Noche Alpha", "reminder_hours": [48, 2.5], "language": "es", "code_of_conduct": "Be kind."});
    let out = app.host_ok(Method::PATCH, &owner, chapter, Some(&changed), 200).await;
    assert_eq!(out["name"], "Noche Alpha");
    assert_eq!(out["reminder_hours"], json!([48.0, 2.5]));
    assert_eq!((out["language"].as_str(), out["timezone"].as_str()), (Some("es"), Some("Europe/Berlin")));
    let page = app.get(&format!("/e/{id}")).await.text().await.unwrap();
    assert!(page.contains("Be kind.") && page.contains(r#"<html lang="es">"#));
    for (body, field) in [
        (json!({"timezone": "Mars/Base"}), "timezone"),
        (json!({"reminder_hours": [0]}), "reminder_hours"),
        (json!({"name": ""}), "name"),
    ] {
        let refused = app.host(Method::PATCH, &owner, chapter, Some(&body)).await;
        assert_eq!(refused.status(), 422, "{body}");
        let answer: Value = refused.json().await.unwrap();
        assert!(answer["error"]["fields"][field].is_string(), "{answer}");
    }
    let kept = app.host_ok(Method::PATCH, &owner, chapter, Some(&json!({})), 200).await;
    assert_eq!(kept["name"], "Noche Alpha", "nothing given, nothing changed");
}

/// The chapter's hosts and its conduct reports, through the API (owners only).
async fn owners_manage_hosts_and_reports_through_the_api(app: TestApp) {
    let (owner, _) = app.published_night("alpha", 40).await;
    let hosts = "/api/v1/chapters/alpha/hosts";
    let added =
        app.host_ok(Method::POST, &owner, hosts, Some(&json!({"email": "door@alpha.test", "role": "door"})), 200).await;
    let door = added.as_array().unwrap().iter().find(|m| m["email"] == "door@alpha.test").unwrap().clone();
    assert_eq!(door["role"], "door");
    app.mail_to("door@alpha.test", "").await;
    let me = added.as_array().unwrap().iter().find(|m| m["email"] == "host@alpha.test").unwrap()["host_id"]
        .as_i64()
        .unwrap();
    let demote =
        app.host(Method::POST, &owner, hosts, Some(&json!({"email": "host@alpha.test", "role": "host"}))).await;
    assert_eq!(demote.status(), 422, "the last owner stays an owner");
    let last = app.host(Method::DELETE, &owner, &format!("/api/v1/chapters/alpha/members/{me}"), None).await;
    assert_eq!(last.status(), 409);
    let gone = format!("/api/v1/chapters/alpha/members/{}", door["host_id"]);
    assert_eq!(app.host(Method::DELETE, &owner, &gone, None).await.status(), 204);
    assert_eq!(app.host_ok(Method::GET, &owner, hosts, None, 200).await.as_array().unwrap().len(), 1);

    // A report, read and answered by the owner.
    let sent = app
        .client
        .post(app.url("/c/alpha/report"))
        .form(&[("body", "Someone was rude at the door."), ("email", "guest@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 200);
    let listed = app.host_ok(Method::GET, &owner, "/api/v1/chapters/alpha/conduct-reports", None, 200).await;
    let report = &listed[0];
    assert_eq!(
        (report["status"].as_str(), report["reporter_email"].as_str()),
        (Some("new"), Some("guest@example.org"))
    );
    let path = format!("/api/v1/conduct-reports/{}", report["id"]);
    let closed = json!({"status": "closed", "note": "Apologised to the guest."});
    let answered = app.host_ok(Method::PATCH, &owner, &path, Some(&closed), 200).await;
    assert_eq!(
        (answered["status"].as_str(), answered["note"].as_str()),
        (Some("closed"), Some("Apologised to the guest."))
    );
    let refused = app.host(Method::PATCH, &owner, &path, Some(&json!({"status": "solved"}))).await;
    assert_eq!(refused.status(), 422);
}

/// A night of 2,345 bookings (more than two of the export's pages, not a whole number of
/// them) and a smaller one with a walk-in: the night's CSV has every booking once, in booking
/// order; the chapter's (owners only, page and API) has both nights' one after the other, the
/// walk-in's placeholder address left empty.
async fn guest_lists_export_page_by_page_night_by_night(app: TestApp) {
    let (owner, first) = app.published_night("export", 5000).await;
    let first = first["id"].as_i64().unwrap();
    let second = app.create_event(&owner, "export", &TestApp::night("Failure Night, later", 40)).await;
    let second = second.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let bookings = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2345)
        INSERT INTO rsvps (event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code)
        SELECT $1, 'Guest ' || i, 'guest' || i || '@example.org', 'confirmed', 'export-t-' || i, 1700000000000 + i,
               1700000000000 + i, 0, 'export-c-' || i FROM n ORDER BY i";
    let mut tx = app.db().begin().await.unwrap();
    failnight_core::with_tx!(&mut tx, |e| sqlx::query(bookings).bind(first).execute(&mut *e).await.map(|_| ()))
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(app.rsvp_api(second, "Ada Lovelace", "ada@example.org").await.status(), 202);
    let walk_in = json!({"name": "Walker"});
    app.host_ok(Method::POST, &owner, &format!("/api/v1/events/{second}/walk-ins"), Some(&walk_in), 201).await;

    let host = app.browser();
    app.sign_in(&host, "host@export.test").await;
    let night = host.get(app.url(&format!("/host/c/export/events/{first}/attendees.csv"))).send().await.unwrap();
    assert_eq!(night.headers()["content-disposition"], format!("attachment; filename=\"attendees-{first}.csv\""));
    let night = night.text().await.unwrap();
    let lines: Vec<&str> = night.trim_start_matches('\u{feff}').split_terminator("\r\n").collect();
    assert_eq!(lines[0], "name,email,status,booked");
    assert_eq!(lines.len(), 2346, "the header and every booking once");
    let numbers: Vec<usize> = lines[1..].iter().map(|l| l[6..l.find(',').unwrap()].parse().unwrap()).collect();
    assert_eq!(numbers, (1..=2345).collect::<Vec<_>>(), "in booking order, none twice");

    let everything = host.get(app.url("/host/c/export/attendees.csv")).send().await.unwrap();
    assert_eq!(everything.status(), 200);
    let everything = everything.text().await.unwrap();
    let lines: Vec<&str> = everything.trim_start_matches('\u{feff}').split_terminator("\r\n").collect();
    assert_eq!(lines[0], "night_id,night,starts,name,email,status,booked,checked_in");
    assert_eq!(lines.len(), 1 + 2345 + 2, "{}", lines.len());
    assert!(
        lines[1].starts_with(&format!("{first},Failure Night,")) && lines[1].contains(",Guest 1,guest1@example.org,")
    );
    assert!(lines[2346].contains(",Ada Lovelace,ada@example.org,confirmed,"), "{}", lines[2346]);
    assert!(lines[2347].contains(",Walker,,checked_in,"), "the placeholder address stays ours: {}", lines[2347]);
    let api = app.host(Method::GET, &owner, "/api/v1/chapters/export/attendees.csv", None).await;
    assert_eq!(api.text().await.unwrap(), everything, "the API's twin");

    // The host's page of the night lists a hundred bookings at a time, in booking order.
    let page = host.get(app.url(&format!("/host/c/export/events/{first}"))).send().await.unwrap().text().await.unwrap();
    let listed = |page: &str| page.matches("@example.org</td>").count();
    assert_eq!(listed(&page), 100);
    assert!(page.contains("<td>guest1@example.org</td>") && page.contains("<td>guest100@example.org</td>"));
    let next = page.split("href=\"").find(|h| h.contains("?after=")).unwrap().split('"').next().unwrap().to_string();
    let page = host.get(app.url(&next.replace("&amp;", "&"))).send().await.unwrap().text().await.unwrap();
    assert_eq!(listed(&page), 100);
    assert!(page.contains("<td>guest101@example.org</td>") && !page.contains("<td>guest100@example.org</td>"));
    // The door's search finds one guest among thousands; `%` and `_` are only characters.
    let door = |q: &'static str| {
        let q: String = url::form_urlencoded::byte_serialize(q.as_bytes()).collect();
        let request = host.get(app.url(&format!("/host/c/export/events/{first}/door?q={q}")));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let found = door("guest 2345").await;
    assert!(found.contains("Guest 2345<") && !found.contains("Guest 234<"), "one guest");
    let caption = found.split("<caption>").nth(1).unwrap().split("</caption>").next().unwrap().to_string();
    assert!(caption.starts_with("1 of 2") && caption.contains("345 guests match"), "{caption}");
    assert!(!door("%").await.contains("Guest 1<") && !door("_").await.contains("Guest 1<"));

    // A host, not an owner: the whole chapter's list is not theirs to take.
    let added = app.cli(&["host", "add", "--chapter", "export", "--email", "second@export.test", "--role", "host"]);
    let token = added.await.unwrap().lines().last().unwrap().trim().to_string();
    assert_eq!(app.host(Method::GET, &token, "/api/v1/chapters/export/attendees.csv", None).await.status(), 403);
}
