//! The code of conduct (issue #21): shown on every night page, accepted when booking (form
//! and API), the chapter's own text or the default in the visitor's language; and the private
//! report form: anonymous allowed, about a night or not, never blocked by a full night, limited
//! per client, read by the chapter's owners only, kept apart from everything else, deleted
//! after a year.

use failnight_app::services::conduct as service;
use serde_json::{Value, json};

use crate::support::{TestApp, both_backends};

both_backends!(booking_asks_for_the_code_of_conduct, every_page_of_a_night_leads_to_the_report_form);
both_backends!(options: crate::support::Options { rate_limits: true, ..crate::support::Options::manual_clock() };
    a_report_reaches_the_owners_only_and_is_deleted_after_a_year,
);

async fn booking_asks_for_the_code_of_conduct(app: TestApp) {
    let (_, night) = app.published_night("berlin", 1).await;
    let id = night["id"].as_i64().unwrap();

    // The API refuses a booking that does not accept it, and books nothing.
    let refused = app
        .client
        .post(app.url(&format!("/api/v1/events/{id}/rsvps")))
        .json(&json!({"name": "Ada", "email": "ada@example.org"}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["fields"]["accept_code_of_conduct"], "Please accept the code of conduct to book.");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 0);

    // So does the form, keeping what was typed and saying why beside the box.
    let page = app
        .client
        .post(app.url(&format!("/e/{id}/rsvp")))
        .form(&[("name", "Ada"), ("email", "ada@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 422);
    let page = page.text().await.unwrap();
    assert!(page.contains(r#"id="accept_code_of_conduct-error""#) && page.contains(r#"value="ada@example.org""#));
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 0);

    // Accepted: booked, and when is kept with the ticket.
    assert_eq!(app.rsvp_form(id, "Ada", "ada@example.org").await.status(), 303);
    let accepted = app.count("SELECT COUNT(*) FROM rsvps WHERE coc_accepted_at IS NOT NULL").await;
    assert_eq!(accepted, 1);
    // A full night's waitlist asks for it too.
    assert_eq!(app.rsvp_api(id, "Grace", "grace@example.org").await.status(), 202);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE coc_accepted_at IS NOT NULL").await, 2);

    // The default code, in the visitor's language, until the chapter writes its own.
    let english = app.get(&format!("/e/{id}")).await.text().await.unwrap();
    assert!(english.contains("Laugh with speakers, never at them."), "{english}");
    let spanish = app.client.get(app.url(&format!("/e/{id}?lang=es"))).send().await.unwrap().text().await.unwrap();
    assert!(spanish.contains("Ríete con quien habla, nunca de quien habla."));
    let own = "Be kind. No photos without asking.";
    let browser = app.browser();
    app.sign_in(&browser, "host@berlin.test").await;
    let saved = browser
        .post(app.url("/host/c/berlin/settings"))
        .form(&[
            ("name", "Chapter berlin"),
            ("timezone", "Europe/Berlin"),
            ("description", ""),
            ("code_of_conduct", own),
            ("reminder_hours", "24"),
            ("language", "en"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303, "{}", saved.text().await.unwrap());
    let page = app.get(&format!("/e/{id}")).await.text().await.unwrap();
    assert!(page.contains(own) && !page.contains("Laugh with speakers"), "{page}");
}

async fn every_page_of_a_night_leads_to_the_report_form(app: TestApp) {
    let (_, night) = app.published_night("berlin", 40).await;
    let id = night["id"].as_i64().unwrap();
    let ticket = app.rsvp_token(id, "Ada", "ada@example.org").await;
    let link = format!(r#"href="/c/berlin/report?night={id}""#);
    for path in [format!("/e/{id}"), format!("/t/{ticket}"), format!("/e/{id}/live")] {
        let page = app.get(&path).await.text().await.unwrap();
        assert!(page.contains(&link), "{path} links the report form");
    }
    let form = app.get(&format!("/c/berlin/report?night={id}")).await;
    assert_eq!(form.headers()["cache-control"], "no-store");
    assert_eq!(form.headers()["referrer-policy"], "no-referrer");
    let form = form.text().await.unwrap();
    assert!(form.contains(&format!(r#"<option value="{id}" selected>"#)), "{form}");
}

async fn a_report_reaches_the_owners_only_and_is_deleted_after_a_year(app: TestApp) {
    let (_, night) = app.published_night("berlin", 1).await;
    let id = night["id"].as_i64().unwrap();
    app.rsvp_api(id, "Ada", "ada@example.org").await;
    app.cli(&["host", "add", "--chapter", "berlin", "--email", "cohost@berlin.test", "--role", "host"]).await.unwrap();
    let what = "At the bar after the talks, a guest kept touching my arm after I said no.";

    // Anonymous, about the (full) night: accepted, and nothing else about it is anywhere.
    let browser = app.browser();
    let post = |fields: Vec<(&'static str, String)>| {
        let request = browser.post(app.url("/c/berlin/report")).form(&fields);
        async move { request.send().await.unwrap() }
    };
    let empty = post(vec![("body", "   ".into()), ("night", id.to_string())]).await;
    assert_eq!(empty.status(), 422);
    assert!(empty.text().await.unwrap().contains("This field is required."));
    let elsewhere = post(vec![("body", what.into()), ("night", "999999".into())]).await;
    assert_eq!(elsewhere.status(), 422);
    assert_eq!(app.count("SELECT COUNT(*) FROM conduct_reports").await, 0, "a refused report stores nothing");
    let sent =
        post(vec![("body", what.into()), ("night", id.to_string()), ("name", String::new()), ("email", String::new())])
            .await;
    assert_eq!(sent.status(), 200);
    assert!(sent.text().await.unwrap().contains("Your report has reached"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM conduct_reports WHERE reporter_name IS NULL AND reporter_email IS NULL").await,
        1
    );

    // The owner is told there is one, and nothing of what it says.
    let mail = app.mail_to("host@berlin.test", "A report about conduct at Chapter berlin").await;
    let text = mail.parse().body_text(0).unwrap().to_string();
    assert!(text.contains("/host/c/berlin/reports/") && !text.contains("touching"), "{text}");
    assert_eq!(app.mails_to("cohost@berlin.test"), 0, "a host who is not an owner is not told");
    let places = app.places_containing("touching my arm").await;
    assert_eq!(places, ["conduct_reports.body (1 rows)"], "kept apart from everything else");

    // Owners read it and keep a note; hosts who are not owners cannot.
    let owner = app.browser();
    app.sign_in(&owner, "host@berlin.test").await;
    let list = owner.get(app.url("/host/c/berlin/reports")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("Failure Night") && list.contains("New"), "{list}");
    let report: i64 = app.count("SELECT MAX(id) FROM conduct_reports").await;
    let page = owner.get(app.url(&format!("/host/c/berlin/reports/{report}"))).send().await.unwrap();
    assert_eq!(page.headers()["cache-control"], "no-store");
    let page = page.text().await.unwrap();
    assert!(page.contains("kept touching my arm") && page.contains("Anonymous"), "{page}");
    let saved = owner
        .post(app.url(&format!("/host/c/berlin/reports/{report}")))
        .form(&[("status", "in_progress"), ("note", "Talked to the bar staff; the guest is banned from our nights.")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let bad = owner
        .post(app.url(&format!("/host/c/berlin/reports/{report}")))
        .form(&[("status", "solved"), ("note", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    let audit = owner.get(app.url("/host/c/berlin/audit")).send().await.unwrap().text().await.unwrap();
    assert!(audit.contains("conduct report updated") && !audit.contains("bar staff"), "the log says which, not what");
    let cohost = app.browser();
    app.sign_in(&cohost, "cohost@berlin.test").await;
    for path in ["/host/c/berlin/reports".to_string(), format!("/host/c/berlin/reports/{report}")] {
        assert_eq!(cohost.get(app.url(&path)).send().await.unwrap().status(), 403, "{path}");
    }

    // Limited per client (five an hour, the refused ones counted), never by the night or the
    // call.
    for n in 0..2 {
        assert_eq!(post(vec![("body", format!("Report {n}"))]).await.status(), 200);
    }
    assert_eq!(post(vec![("body", "One too many".into())]).await.status(), 429);

    // A year later they are gone.
    app.clock().advance(chrono::Duration::days(366));
    assert_eq!(service::run_jobs(&app.state).await.unwrap(), 3);
    assert_eq!(app.count("SELECT COUNT(*) FROM conduct_reports").await, 0);
}
