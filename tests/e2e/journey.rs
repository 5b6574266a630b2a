//! A host creates a night, an attendee finds its page, RSVPs by form and by API, and receives
//! a confirmation with a calendar invite over SMTP; a late one gets the waitlist email.

use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Europe::Berlin;
use mail_parser::MimeHeaders;
use serde_json::Value;

use crate::support::{TestApp, both_backends, ics, smtp::MAIL_WAIT};

both_backends!(one_night_end_to_end, same_email_twice_keeps_one_seat, cached_pages_follow_every_write);

async fn one_night_end_to_end(app: TestApp) {
    app.chapter("berlin", "Europe/Berlin").await;
    let token = app.host_token("berlin", "host@example.org").await;

    // The host creates a 2-seat night through the API.
    let mut body = TestApp::night("Failure Night: launches that did not", 2);
    body["description"] = Value::from(
        "Stories; of, failure\\ with backslashes\nand a second line that is long enough to need folding in a calendar file, ünïcödé included.",
    );
    let response = app.create_event(&token, "berlin", &body).await;
    assert_eq!(response.status(), 201);
    let event: Value = response.json().await.unwrap();
    let id = event["id"].as_i64().unwrap();
    let local_start = body["starts_at"].as_str().unwrap();
    let expected_start = Berlin
        .from_local_datetime(&NaiveDateTime::parse_from_str(local_start, "%Y-%m-%dT%H:%M").unwrap())
        .unwrap()
        .to_utc();
    assert_eq!(event["seats_left"], 2);
    assert_eq!(event["starts_at"], local_start);
    assert_eq!(event["timezone"], "Europe/Berlin");
    assert_eq!(event["starts_at_utc"], expected_start.to_rfc3339());
    assert_eq!(event["url"], app.url(&format!("/e/{id}")));

    // The attendee finds it from the chapter page, and the event page has what a page needs.
    let chapter_page = app.get("/c/berlin").await.text().await.unwrap();
    assert!(chapter_page.contains("Failure Night: launches that did not"));
    assert!(chapter_page.contains(&format!("/e/{id}")));
    let page = app.get(&format!("/e/{id}")).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    for needle in [
        "19:00",
        "Europe/Berlin",
        "Kiez Bar",
        "https://www.openstreetmap.org/search?query=",
        "2 seats · be the first to book",
        "3–4 speakers · 10 slides × 40 seconds each",
        "<a class=\"button\" href=\"#rsvp-heading\">Reserve my seat</a>",
        "data-share",
        "application/ld+json",
        "\"@type\":\"Event\"",
        "og:title",
        &format!("action=\"/e/{id}/rsvp\""),
        &format!("/e/{id}/event.ics"),
        "calendar.google.com",
        "outlook.live.com",
    ] {
        assert!(page.contains(needle), "event page lacks {needle:?}");
    }

    // RSVP by form: post/redirect/get to "check your email"; the email's link opens the ticket
    // page, which shows a QR code.
    let response = app.rsvp_form(id, "Ada Lovelace", "ada@example.org").await;
    assert_eq!(response.status(), 303);
    let next = response.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(next, format!("/e/{id}?booked=1"));
    assert!(app.get(&next).await.text().await.unwrap().contains("Check your email"));
    let ticket_path = format!("/t/{}", app.ticket_token("ada@example.org").await);
    let ticket = app.get(&ticket_path).await;
    assert_eq!(ticket.status(), 200);
    let ticket = ticket.text().await.unwrap();
    assert!(ticket.contains("Your ticket") && ticket.contains("<svg") && ticket.contains("Ada Lovelace"));

    // RSVP by API takes the second seat (the answer: check your email); the third person,
    // booked by a host with their token (who sees the details), is waitlisted.
    let response = app.rsvp_api(id, "Grace Hopper", "GRACE@example.org").await;
    assert_eq!(response.status(), 202);
    let rsvp: Value = response.json().await.unwrap();
    assert_eq!(rsvp["result"], "check_your_email");
    assert!(rsvp.get("ticket_url").is_none() && rsvp.get("status").is_none(), "{rsvp}");
    let linus = serde_json::json!({"name": "Linus", "email": "linus@example.org", "accept_code_of_conduct": true});
    let late =
        app.host_ok(reqwest::Method::POST, &token, &format!("/api/v1/events/{id}/rsvps"), Some(&linus), 201).await;
    assert_eq!(late["status"], "waitlisted");
    assert_eq!(late["waitlist_position"], 1);
    assert!(late["ticket_url"].as_str().unwrap().starts_with(&app.url("/t/")));
    let event: Value = app.get_event(id).await.json().await.unwrap();
    assert_eq!(event["seats_left"], 0);

    // The .ics download parses in an independent parser.
    let download = app.get(&format!("/e/{id}/event.ics")).await;
    assert!(download.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
    let download = download.text().await.unwrap();
    ics::assert_folded(&download);
    let calendar = ics::parse(&download);
    assert_eq!(ics::calendar_prop(&calendar, "METHOD").as_deref(), Some("PUBLISH"));
    let vevent = &calendar.events[0];
    let uid = ics::prop(vevent, "UID").unwrap();
    assert_eq!(ics::unescape(&ics::prop(vevent, "SUMMARY").unwrap()), "Failure Night: launches that did not");
    assert_eq!(ics::instant(&ics::prop(vevent, "DTSTART").unwrap()), expected_start);
    assert_eq!(ics::instant(&ics::prop(vevent, "DTEND").unwrap()), expected_start + chrono::Duration::hours(3));
    let description = ics::unescape(&ics::prop(vevent, "DESCRIPTION").unwrap());
    assert!(description.starts_with(body["description"].as_str().unwrap()), "{description:?}");

    // Three emails arrive over SMTP: two confirmations with invites, one waitlist notice.
    let mails = app.smtp.wait_for(3, MAIL_WAIT).await;
    assert_eq!(mails.len(), 3);
    for to in ["ada@example.org", "grace@example.org"] {
        let mail = mails.iter().find(|m| m.to == [to]).unwrap_or_else(|| panic!("no email to {to}"));
        assert_eq!(mail.from, "<nights@failnight.test>", "envelope sender");
        let message = mail.parse();
        assert!(message.subject().unwrap().starts_with("You're in: Failure Night"));
        assert!(message.message_id().is_some());
        let text = message.body_text(0).unwrap();
        assert!(text.contains("/t/"), "the ticket link is in the text part");
        assert!(message.body_html(0).unwrap().contains("Open your ticket"));
        // The invite: an inline text/calendar; method=REQUEST part and an invite.ics attachment.
        let inline = message
            .parts
            .iter()
            .find(|p| p.content_type().is_some_and(|c| c.ctype() == "text" && c.subtype() == Some("calendar")))
            .expect("a text/calendar part");
        assert_eq!(inline.content_type().unwrap().attribute("method"), Some("REQUEST"));
        let attachment =
            message.attachments().find(|a| a.attachment_name() == Some("invite.ics")).expect("invite.ics attached");
        for invite in
            [inline.text_contents().unwrap().to_string(), String::from_utf8(attachment.contents().to_vec()).unwrap()]
        {
            ics::assert_folded(&invite);
            let calendar = ics::parse(&invite);
            assert_eq!(ics::calendar_prop(&calendar, "METHOD").as_deref(), Some("REQUEST"));
            let vevent = &calendar.events[0];
            assert_eq!(ics::prop(vevent, "UID").unwrap(), uid, "one stable UID per night");
            assert_eq!(ics::prop(vevent, "SEQUENCE").as_deref(), Some("0"));
            assert_eq!(ics::instant(&ics::prop(vevent, "DTSTART").unwrap()), expected_start);
            assert!(ics::props(vevent, "ATTENDEE").iter().any(|a| a.eq_ignore_ascii_case(&format!("mailto:{to}"))));
            assert_eq!(ics::prop(vevent, "ORGANIZER").as_deref(), Some("mailto:nights@failnight.test"));
        }
    }
    let waitlisted = mails.iter().find(|m| m.to == ["linus@example.org"]).unwrap().parse();
    assert!(waitlisted.subject().unwrap().starts_with("You're on the waitlist"));
    assert!(waitlisted.body_text(0).unwrap().contains("number 1"));
    assert_eq!(waitlisted.attachments().count(), 0, "no invite for the waitlist");

    app.wait_count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL", 3).await;
    app.stop().await;
}

/// The same email twice is one seat, and the answers cannot tell a new booking from an
/// existing one (the same status and body, by API and form alike): the existing ticket's link
/// goes only to its owner's inbox, again.
async fn same_email_twice_keeps_one_seat(app: TestApp) {
    let (_, event) = app.published_night("twice", 5).await;
    let id = event["id"].as_i64().unwrap();
    let first = app.rsvp_api(id, "Ada", "ada@example.org").await;
    assert_eq!(first.status(), 202);
    let first = first.text().await.unwrap();
    let token = app.ticket_token("ada@example.org").await;
    let again = app.rsvp_api(id, "Ada again", " Ada@Example.org ").await;
    assert_eq!(again.status(), 202);
    assert_eq!(again.text().await.unwrap(), first, "the same answer as a new booking");
    // The form answers the same way for a new email and a known one.
    let new = app.rsvp_form(id, "Bea", "bea@example.org").await;
    let known = app.rsvp_form(id, "Ada", "ada@example.org").await;
    assert_eq!((new.status(), known.status()), (reqwest::StatusCode::SEE_OTHER, reqwest::StatusCode::SEE_OTHER));
    assert_eq!(new.headers()["location"], known.headers()["location"]);
    let event: Value = app.get_event(id).await.json().await.unwrap();
    assert_eq!(event["seats_left"], 3);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 2);
    // Ada's link again, once for both tries (they fell in one quarter of an hour).
    let mail = app.mail_to("ada@example.org", "Your place at").await;
    assert!(mail.parse().body_text(0).unwrap().contains(&format!("/t/{token}")), "her own ticket");
    assert!(mail.parse().body_text(0).unwrap().contains("You already have a place: you have a seat"));
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 3, "two confirmations, one link again");
    app.smtp.wait_for(3, MAIL_WAIT).await;
    app.stop().await;
}

/// The event page and the feed are served from the page cache between writes, never after one:
/// a booking through this server shows at once; on PostgreSQL it is told to the other
/// instances (the shared count of commits moves), and the outbox's bookkeeping is not; a write
/// another instance tells of shows within 50 ms on PostgreSQL, and one nobody tells of (SQL by
/// hand) within the cache's one second on both backends.
async fn cached_pages_follow_every_write(app: TestApp) {
    use failnight_core::{Backend, Db};
    let (_, event) = app.published_night("cache", 10).await;
    let id = event["id"].as_i64().unwrap();
    let page = || async { app.get(&format!("/e/{id}")).await.text().await.unwrap() };
    let shared = || async {
        match app.db() {
            Db::Postgres(pool) => Some(failnight_core::db::shared_commits(pool).await.unwrap()),
            Db::Sqlite { .. } => None,
        }
    };
    assert!(page().await.contains("10 seats · be the first to book"));
    assert!(page().await.contains("10 seats · be the first to book"), "served again");
    let before = shared().await;
    assert_eq!(app.rsvp_api(id, "Ada", "ada@example.org").await.status(), 202);
    assert!(page().await.contains("<strong>1 going</strong> · 9 of 10 left"), "a booking shows at once");
    // Told in the background, right after the commit.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let mut booked = shared().await;
    while booked <= before && booked.is_some() && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        booked = shared().await;
    }
    assert!(booked > before || booked.is_none(), "the booking is told to other instances: {before:?} → {booked:?}");
    app.wait_count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL", 0).await;
    assert_eq!(shared().await, booked, "her confirmation's delivery is the outbox's own bookkeeping");
    let feed = app.get("/c/cache/calendar.ics").await.text().await.unwrap();
    assert!(feed.contains("SUMMARY:Failure Night"));

    let db = app.db();
    let rename = |title: &'static str, tell: bool| async move {
        const RENAME: &str = "UPDATE events SET title = $1 WHERE id = $2";
        match db {
            Db::Sqlite { writer, .. } => sqlx::query(RENAME).bind(title).bind(id).execute(writer).await.map(|_| ()),
            Db::Postgres(pool) => {
                sqlx::query(RENAME).bind(title).bind(id).execute(pool).await.unwrap();
                if tell { sqlx::query("SELECT nextval('writes_seen')").execute(pool).await.map(|_| ()) } else { Ok(()) }
            }
        }
        .unwrap();
    };
    // Another instance renames the night: a statement outside this server's transactions,
    // told as `Tx::commit` tells it. PostgreSQL: the shared count is asked again after 50 ms
    // (well within the entry's second); SQLite: entries live a second.
    assert!(page().await.contains("Failure Night"));
    rename("Renamed night", true).await;
    let settle = if app.db().backend() == Backend::Sqlite { 1_100 } else { 60 };
    tokio::time::sleep(std::time::Duration::from_millis(settle)).await;
    assert!(page().await.contains("Renamed night"), "another instance's write shows");
    let feed = app.get("/c/cache/calendar.ics").await.text().await.unwrap();
    assert!(feed.contains("SUMMARY:Renamed night"), "{feed}");
    // Someone renames it by hand, telling nobody: it shows within the entry's second.
    rename("Renamed by hand", false).await;
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    assert!(page().await.contains("Renamed by hand"), "a write nobody told of shows within a second");
    app.stop().await;
}
