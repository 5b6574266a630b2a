//! Series across daylight-saving changes, idempotent materialising, moving and cancelling
//! nights with guests, and the chapter's calendar feed.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use failnight_app::services;
use mail_parser::MimeHeaders;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestApp, both_backends, ics, smtp::MAIL_WAIT};

both_backends!(
    series_keep_local_time_across_dst,
    series_in_a_spring_gap_move_forward,
    materialising_twice_at_once_creates_each_night_once,
    moving_and_cancelling_tells_each_guest_once,
    series_edits_follow_except_nights_edited_alone,
    raising_capacity_seats_the_waitlist,
    feed_is_cacheable_and_text_survives,
    a_chapter_s_nights_are_atom_and_json_feeds,
    a_night_s_calendar_file_is_kept_until_the_night_changes,
    pages_name_their_icon_and_manifest,
    share_cards_show_the_night_and_follow_its_changes,
    a_chapter_s_colour_is_checked_and_shows_on_its_pages,
    a_night_s_cover_photo_comes_in_two_sizes_without_its_metadata,
    a_chapter_s_logo_and_colour_reach_its_pages_and_emails,
    covers_and_logos_through_the_api,
    a_speaker_s_photo_is_on_the_lineup_only_with_consent_and_a_real_name,
    host_routes_check_the_chapter_of_the_object,
    series_that_would_make_too_many_nights_are_refused_or_capped,
);

/// The `n`th (1-based; -1 = last) `weekday` of a month, computed without any RRULE code.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: i32) -> NaiveDate {
    let days: Vec<NaiveDate> =
        (1..=31).filter_map(|d| NaiveDate::from_ymd_opt(year, month, d)).filter(|d| d.weekday() == weekday).collect();
    if n > 0 { days[(n - 1) as usize] } else { days[days.len() - 1] }
}

async fn chapter_with_venue(app: &TestApp, slug: &str, timezone: &str) -> (String, i64) {
    app.chapter(slug, timezone).await;
    let token = app.host_token(slug, &format!("host@{slug}.test")).await;
    let venue = app
        .host_ok(
            Method::POST,
            &token,
            &format!("/api/v1/chapters/{slug}/venues"),
            Some(&json!({"name": "The Back Room", "address": "1 Main Street", "capacity": 60, "accessibility": "Step-free entrance"})),
            201,
        )
        .await;
    (token, venue["id"].as_i64().unwrap())
}

async fn nights(app: &TestApp, token: &str, slug: &str) -> Vec<Value> {
    let all = app.host_ok(Method::GET, token, &format!("/api/v1/chapters/{slug}/events"), None, 200).await;
    all.as_array().unwrap().clone()
}

async fn series_keep_local_time_across_dst(app: TestApp) {
    let cases = [
        ("berlin", "Europe/Berlin", "FREQ=MONTHLY;BYDAY=2TH", "19:00", Weekday::Thu, 2),
        ("nyc", "America/New_York", "FREQ=MONTHLY;BYDAY=-1WE", "18:30", Weekday::Wed, -1),
        ("sydney", "Australia/Sydney", "FREQ=MONTHLY;BYDAY=1TU", "19:00", Weekday::Tue, 1),
    ];
    for (slug, zone, rule, time, weekday, n) in cases {
        let (token, venue) = chapter_with_venue(&app, slug, zone).await;
        let created = app
            .host_ok(
                Method::POST,
                &token,
                &format!("/api/v1/chapters/{slug}/series"),
                Some(&json!({"title": "Failure Night #{n}", "venue_id": venue, "start_time": time, "rrule": rule, "duration_minutes": 180})),
                201,
            )
            .await;
        let tz: Tz = zone.parse().unwrap();
        let all = nights(&app, &token, slug).await;
        assert_eq!(created["event_ids"].as_array().unwrap().len(), all.len());
        assert!(all.len() >= 12, "{slug}: a year of nights, got {}", all.len());
        let mut offsets = HashSet::new();
        for night in &all {
            let local = NaiveDateTime::parse_from_str(night["starts_at"].as_str().unwrap(), "%Y-%m-%dT%H:%M").unwrap();
            assert_eq!(local.format("%H:%M").to_string(), time, "{slug}: {night}");
            let date = local.date();
            assert_eq!(date, nth_weekday(date.year(), date.month(), weekday, n), "{slug}: wrong day {date}");
            let utc = chrono::DateTime::parse_from_rfc3339(night["starts_at_utc"].as_str().unwrap())
                .unwrap()
                .with_timezone(&Utc);
            assert_eq!(utc, tz.from_local_datetime(&local).unwrap().with_timezone(&Utc), "{slug}: instant of {local}");
            offsets.insert(utc.signed_duration_since(local.and_utc()).num_minutes());
            assert_eq!(night["status"], "published");
            assert_eq!(night["venue"]["accessibility"], "Step-free entrance");
            assert_eq!(night["capacity"], 60, "the venue's capacity is the default");
        }
        assert_eq!(offsets.len(), 2, "{slug}: the year crosses a daylight-saving change");
        let titles: Vec<&str> = all.iter().map(|n| n["title"].as_str().unwrap()).collect();
        assert!(titles.windows(2).all(|w| w[0] != w[1]), "numbered titles: {titles:?}");
    }
    let page = app.get("/c/berlin").await.text().await.unwrap();
    assert!(page.contains("every second Thursday of the month, 7:00 PM"), "cadence in words");
    assert!(page.contains("webcal://"), "subscribe link");
    app.stop().await;
}

async fn series_in_a_spring_gap_move_forward(app: TestApp) {
    let (token, venue) = chapter_with_venue(&app, "late", "Europe/Berlin").await;
    // Every Sunday at 02:30: on the last Sunday of March the clocks jump from 02:00 to 03:00.
    app.host_ok(
        Method::POST,
        &token,
        "/api/v1/chapters/late/series",
        Some(&json!({"title": "Night owls", "venue_id": venue, "start_time": "02:30", "rrule": "FREQ=WEEKLY;BYDAY=SU", "duration_minutes": 60})),
        201,
    )
    .await;
    let all = nights(&app, &token, "late").await;
    let gap_day = nth_weekday(2027, 3, Weekday::Sun, -1);
    let mut saw_gap = false;
    for night in &all {
        let local = night["starts_at"].as_str().unwrap();
        if local.starts_with(&gap_day.to_string()) {
            saw_gap = true;
            assert_eq!(local, format!("{gap_day}T03:30"), "moved forward by the skipped hour");
            assert_eq!(night["starts_at_utc"], format!("{gap_day}T01:30:00+00:00"));
        } else {
            assert!(local.ends_with("T02:30"), "{local}");
        }
    }
    assert!(saw_gap, "the horizon includes {gap_day}");
    app.stop().await;
}

async fn materialising_twice_at_once_creates_each_night_once(app: TestApp) {
    let (token, venue) = chapter_with_venue(&app, "twice", "Europe/Berlin").await;
    app.host_ok(
        Method::POST,
        &token,
        "/api/v1/chapters/twice/series",
        Some(&json!({"title": "Night", "venue_id": venue, "start_time": "19:00", "rrule": "FREQ=WEEKLY;BYDAY=TH"})),
        201,
    )
    .await;
    let before = app.count("SELECT COUNT(*) FROM events").await;
    // Two instances with a longer horizon race to create the same new nights, each with its
    // own database pool.
    let mut settings = app.settings.clone();
    settings.series_horizon_days = 800;
    let instance = |db| settings.context(db, app.state.clock.clone(), app.address.clone(), None);
    let options = failnight_core::db::DbOptions::default();
    let (one, two) = (
        instance(failnight_core::Db::connect(&app.settings.database_url, &options).await.unwrap()),
        instance(failnight_core::Db::connect(&app.settings.database_url, &options).await.unwrap()),
    );
    let (a, b) = tokio::join!(services::materialise_all(&one), services::materialise_all(&two));
    let (a, b) = (a.unwrap(), b.unwrap());
    let after = app.count("SELECT COUNT(*) FROM events").await;
    assert!(a + b > 50, "about 57 more weeks were created: {a} + {b}");
    assert_eq!(after - before, (a + b) as i64, "each night created by exactly one instance");
    assert_eq!(app.count("SELECT COUNT(DISTINCT occurrence) FROM events").await, after);
    assert_eq!(app.count("SELECT COUNT(*) FROM seat_counts").await, after, "every night has its seat counter");
    // And once more changes nothing.
    assert_eq!(services::materialise_all(&one).await.unwrap(), 0);
    one.db.close().await;
    two.db.close().await;
    app.stop().await;
}

fn invite_of(mail: &crate::support::smtp::Received) -> Option<ics::Parsed> {
    let message = mail.parse();
    let part = message
        .parts
        .iter()
        .find(|p| p.content_type().is_some_and(|c| c.ctype() == "text" && c.subtype() == Some("calendar")))?;
    let method = part.content_type().unwrap().attribute("method").unwrap().to_string();
    let text = part.text_contents().unwrap().to_string();
    ics::assert_folded(&text);
    Some(ics::Parsed { method, calendar: ics::parse(&text) })
}

async fn moving_and_cancelling_tells_each_guest_once(app: TestApp) {
    let (token, event) = app.published_night("moves", 3).await;
    let id = event["id"].as_i64().unwrap();
    let uid =
        ics::prop(&ics::parse(&app.get(&format!("/e/{id}/event.ics")).await.text().await.unwrap()).events[0], "UID")
            .unwrap();
    let guests = ["ada@example.org", "grace@example.org", "linus@example.org"];
    for (i, email) in guests.iter().enumerate() {
        assert_eq!(app.rsvp_api(id, &format!("Guest {i}"), email).await.status(), 202);
    }
    assert_eq!(app.rsvp_api(id, "Late", "late@example.org").await.status(), 202);
    app.smtp.wait_for(4, MAIL_WAIT).await;

    // Move it a day later.
    let day =
        NaiveDate::parse_from_str(&event["starts_at"].as_str().unwrap()[..10], "%Y-%m-%d").unwrap().succ_opt().unwrap();
    let moved = app
        .host_ok(
            Method::PATCH,
            &token,
            &format!("/api/v1/events/{id}"),
            Some(&json!({"starts_at": format!("{day}T19:30"), "ends_at": format!("{day}T22:30")})),
            200,
        )
        .await;
    assert_eq!(moved["notified"], 4);
    assert_eq!(moved["event"]["sequence"], 1);
    assert_eq!(moved["event"]["moved_from"], event["starts_at"]);
    let new_start = chrono_tz::Europe::Berlin
        .from_local_datetime(&NaiveDateTime::parse_from_str(&format!("{day}T19:30"), "%Y-%m-%dT%H:%M").unwrap())
        .unwrap()
        .with_timezone(&Utc);
    let mails = app.smtp.wait_for(8, MAIL_WAIT).await;
    for email in guests {
        let updates: Vec<_> = mails[4..].iter().filter(|m| m.to == [email]).collect();
        assert_eq!(updates.len(), 1, "one update for {email}");
        let message = updates[0].parse();
        assert!(message.subject().unwrap().starts_with("Changed: "));
        let invite = invite_of(updates[0]).expect("an updated invite");
        assert_eq!(invite.method, "REQUEST");
        assert_eq!(ics::calendar_prop(&invite.calendar, "METHOD").as_deref(), Some("REQUEST"));
        let vevent = &invite.calendar.events[0];
        assert_eq!(ics::prop(vevent, "UID").unwrap(), uid);
        assert_eq!(ics::prop(vevent, "SEQUENCE").as_deref(), Some("1"));
        assert_eq!(ics::instant(&ics::prop(vevent, "DTSTART").unwrap()), new_start);
    }
    let late = mails[4..].iter().find(|m| m.to == ["late@example.org"]).expect("the waitlisted guest is told too");
    assert!(invite_of(late).is_none(), "no invite without a seat");
    let page = app.get(&format!("/e/{id}")).await.text().await.unwrap();
    assert!(page.contains("Moved:"), "the page says the night moved");

    // The same values again change nothing and email nobody.
    let again = app
        .host_ok(
            Method::PATCH,
            &token,
            &format!("/api/v1/events/{id}"),
            Some(&json!({"starts_at": format!("{day}T19:30"), "ends_at": format!("{day}T22:30")})),
            200,
        )
        .await;
    assert_eq!(again["notified"], 0);
    assert_eq!(again["event"]["sequence"], 1);

    // Cancel it: one cancellation each. Ada's ticket, open before, says so after (the page
    // keeps its night until a write).
    let ticket = format!("/t/{}", app.ticket_token("ada@example.org").await);
    assert!(!app.get(&ticket).await.text().await.unwrap().contains("This night has been cancelled"));
    let cancelled = app.host_ok(Method::POST, &token, &format!("/api/v1/events/{id}/cancel"), None, 200).await;
    assert_eq!(cancelled["notified"], 4);
    assert_eq!(cancelled["event"]["status"], "cancelled");
    let mails = app.smtp.wait_for(12, MAIL_WAIT).await;
    for email in guests {
        let notices: Vec<_> = mails[8..].iter().filter(|m| m.to == [email]).collect();
        assert_eq!(notices.len(), 1, "one cancellation for {email}");
        assert!(notices[0].parse().subject().unwrap().starts_with("Cancelled: "));
        let invite = invite_of(notices[0]).expect("a cancellation");
        assert_eq!(invite.method, "CANCEL");
        let vevent = &invite.calendar.events[0];
        assert_eq!(ics::prop(vevent, "UID").unwrap(), uid);
        assert_eq!(ics::prop(vevent, "SEQUENCE").as_deref(), Some("2"));
        assert_eq!(ics::prop(vevent, "STATUS").as_deref(), Some("CANCELLED"));
    }
    let response = app.host(Method::POST, &token, &format!("/api/v1/events/{id}/cancel"), None).await;
    assert_eq!(response.status(), 409, "cancelled once");
    let response = app.host(Method::PATCH, &token, &format!("/api/v1/events/{id}"), Some(&json!({"title": "x"}))).await;
    assert_eq!(response.status(), 409, "a cancelled night is not edited");
    assert_eq!(app.rsvp_api(id, "New", "new@example.org").await.status(), 409);
    assert!(app.get(&format!("/e/{id}")).await.text().await.unwrap().contains("This night has been cancelled"));
    assert!(app.get(&ticket).await.text().await.unwrap().contains("This night has been cancelled"));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.smtp.messages().len(), 12, "nothing sent twice");
    app.stop().await;
}

async fn series_edits_follow_except_nights_edited_alone(app: TestApp) {
    let (token, venue) = chapter_with_venue(&app, "edits", "Europe/Berlin").await;
    let created = app
        .host_ok(
            Method::POST,
            &token,
            "/api/v1/chapters/edits/series",
            Some(&json!({"title": "Night {n}", "venue_id": venue, "start_time": "19:00", "rrule": "FREQ=MONTHLY;BYDAY=2TH", "capacity": 40})),
            201,
        )
        .await;
    let series = created["series"]["id"].as_i64().unwrap();
    let ids: Vec<i64> = created["event_ids"].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
    let (first, second) = (ids[0], ids[1]);
    assert_eq!(app.rsvp_api(first, "Ada", "ada@example.org").await.status(), 202);
    app.smtp.wait_for(1, MAIL_WAIT).await;
    // Night 2 is edited on its own.
    let edited = app
        .host_ok(Method::PATCH, &token, &format!("/api/v1/events/{second}"), Some(&json!({"capacity": 25})), 200)
        .await;
    assert_eq!(edited["event"]["detached"], true);
    // The series moves to 20:00 and 50 seats.
    let changed = app
        .host_ok(
            Method::PATCH,
            &token,
            &format!("/api/v1/series/{series}"),
            Some(&json!({"start_time": "20:00", "capacity": 50})),
            200,
        )
        .await;
    assert_eq!(changed["notified"], 1, "Ada is told her night moved");
    let all = nights(&app, &token, "edits").await;
    for night in &all {
        let id = night["id"].as_i64().unwrap();
        if id == second {
            assert!(night["starts_at"].as_str().unwrap().ends_with("T19:00"));
            assert_eq!(night["capacity"], 25);
        } else {
            assert!(night["starts_at"].as_str().unwrap().ends_with("T20:00"), "{night}");
            assert_eq!(night["capacity"], 50);
        }
    }
    let mails = app.smtp.wait_for(2, MAIL_WAIT).await;
    assert!(mails[1].parse().subject().unwrap().starts_with("Changed: "));
    // Ending the series cancels its nights and tells Ada.
    let ended = app.host_ok(Method::POST, &token, &format!("/api/v1/series/{series}/cancel"), None, 200).await;
    assert_eq!(ended["count"], 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM events WHERE status <> 'cancelled'").await, 0);
    app.smtp.wait_for(3, MAIL_WAIT).await;
    app.stop().await;
}

async fn raising_capacity_seats_the_waitlist(app: TestApp) {
    let (token, event) = app.published_night("grow", 1).await;
    let id = event["id"].as_i64().unwrap();
    assert_eq!(app.rsvp_api(id, "Ada", "ada@example.org").await.status(), 202);
    assert_eq!(app.rsvp_api(id, "Grace", "grace@example.org").await.status(), 202);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'waitlisted'").await, 1, "Grace waits");
    app.smtp.wait_for(2, MAIL_WAIT).await;
    let lower = app.host(Method::PATCH, &token, &format!("/api/v1/events/{id}"), Some(&json!({"capacity": 0}))).await;
    assert_eq!(lower.status(), 422);
    let grown =
        app.host_ok(Method::PATCH, &token, &format!("/api/v1/events/{id}"), Some(&json!({"capacity": 5})), 200).await;
    assert_eq!(grown["notified"], 1);
    assert_eq!(grown["event"]["seats_left"], 3);
    assert_eq!(grown["event"]["sequence"], 0, "capacity is not a calendar change");
    let mails = app.smtp.wait_for(3, MAIL_WAIT).await;
    let promoted = mails[2].parse();
    assert_eq!(mails[2].to, ["grace@example.org"]);
    assert!(promoted.subject().unwrap().starts_with("You're in"));
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'confirmed'").await, 2);
    app.stop().await;
}

async fn feed_is_cacheable_and_text_survives(app: TestApp) {
    let (token, _) = app.published_night("feed", 10).await;
    let mut night = TestApp::night("Fail, fast; learn\\ more — ünïcödé 失敗", 10);
    let long =
        "A story about a launch that went wrong, told with care; with commas, semicolons\\ and\nnew lines. ".repeat(6);
    night["description"] = json!(long);
    let created = app.create_event(&token, "feed", &night).await;
    assert_eq!(created.status(), 201);
    let id = created.json::<Value>().await.unwrap()["id"].as_i64().unwrap();

    let response = app.get("/c/feed/calendar.ics").await;
    assert_eq!(response.status(), 200);
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    assert!(response.headers().contains_key("last-modified"));
    let body = response.text().await.unwrap();
    ics::assert_folded(&body);
    let calendar = ics::parse(&body);
    assert_eq!(calendar.events.len(), 2);
    let vevent = calendar.events.iter().find(|e| ics::prop(e, "URL").unwrap().ends_with(&format!("/e/{id}"))).unwrap();
    assert_eq!(ics::unescape(&ics::prop(vevent, "SUMMARY").unwrap()), "Fail, fast; learn\\ more — ünïcödé 失敗");
    let description = ics::unescape(&ics::prop(vevent, "DESCRIPTION").unwrap());
    assert!(description.starts_with(long.trim()), "{description:?}");

    let cached = app.client.get(app.url("/c/feed/calendar.ics")).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(cached.status(), 304);
    // A change gives a new ETag.
    app.host_ok(Method::PATCH, &token, &format!("/api/v1/events/{id}"), Some(&json!({"title": "Retitled"})), 200).await;
    let fresh = app.client.get(app.url("/c/feed/calendar.ics")).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(fresh.status(), 200);
    assert_ne!(fresh.headers()["etag"].to_str().unwrap(), etag);
    // A cancelled night stays in the feed, marked.
    app.host_ok(Method::POST, &token, &format!("/api/v1/events/{id}/cancel"), None, 200).await;
    let calendar = ics::parse(&app.get("/c/feed/calendar.ics").await.text().await.unwrap());
    let vevent = calendar.events.iter().find(|e| ics::prop(e, "URL").unwrap().ends_with(&format!("/e/{id}"))).unwrap();
    assert_eq!(ics::prop(vevent, "STATUS").as_deref(), Some("CANCELLED"));
    assert_eq!(ics::prop(vevent, "SEQUENCE").as_deref(), Some("1"));
    app.stop().await;
}

async fn host_routes_check_the_chapter_of_the_object(app: TestApp) {
    let (token, event) = app.published_night("ours", 10).await;
    let id = event["id"].as_i64().unwrap();
    let (other, other_venue) = chapter_with_venue(&app, "theirs", "Europe/Paris").await;
    let body = json!({"title": "Taken over"});
    let paths = [
        (Method::PATCH, format!("/api/v1/events/{id}")),
        (Method::POST, format!("/api/v1/events/{id}/cancel")),
        (Method::POST, format!("/api/v1/events/{id}/publish")),
        (Method::GET, "/api/v1/chapters/ours/events".to_string()),
        (Method::POST, "/api/v1/chapters/ours/venues".to_string()),
        (Method::POST, "/api/v1/chapters/ours/series".to_string()),
        (Method::PATCH, format!("/api/v1/venues/{}", event["venue"]["id"])),
    ];
    for (method, path) in &paths {
        let response = app.host(method.clone(), &other, path, Some(&body)).await;
        assert_eq!(response.status(), 403, "{method} {path} by another chapter's host");
        let response = app.client.request(method.clone(), app.url(path)).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 401, "{method} {path} without a token");
    }
    // Another chapter's venue cannot be used.
    let mut night = TestApp::night("x", 10);
    night["venue_id"] = json!(other_venue);
    let response = app.create_event(&token, "ours", &night).await;
    assert_eq!(response.status(), 422);
    let series = app
        .host(Method::POST, &token, "/api/v1/chapters/ours/series", Some(&json!({"title": "x", "venue_id": other_venue, "start_time": "19:00", "rrule": "FREQ=MONTHLY;BYDAY=1MO"})))
        .await;
    assert_eq!(series.status(), 422);
    let bad_rule = app
        .host(
            Method::POST,
            &other,
            "/api/v1/chapters/theirs/series",
            Some(&json!({"title": "x", "venue_id": other_venue, "start_time": "25:00", "rrule": "FREQ=SECONDLY"})),
        )
        .await;
    assert_eq!(bad_rule.status(), 422);
    let errors: Value = bad_rule.json().await.unwrap();
    assert!(errors["error"]["fields"]["rrule"].is_string() && errors["error"]["fields"]["start_time"].is_string());
    assert_eq!(app.count("SELECT COUNT(*) FROM events").await, 1, "nothing written");
    assert_eq!(app.count("SELECT COUNT(*) FROM series").await, 0);
    app.stop().await;
}

/// A rule with a time of day (BYHOUR, BYMINUTE, BYSECOND), finer than weekly, or with more
/// than two nights in a week is refused with the rule's field error and writes nothing. A legal
/// rule as dense as allowed (two nights a week over the tests' 400-day horizon, about 114
/// nights) creates at most `MAX_NEW_NIGHTS` at once; the next run creates the rest.
async fn series_that_would_make_too_many_nights_are_refused_or_capped(app: TestApp) {
    let (token, venue) = chapter_with_venue(&app, "dense", "Europe/Berlin").await;
    let series = |rule: &str| json!({"title": "Night {n}", "venue_id": venue, "start_time": "19:00", "rrule": rule});
    for rule in [
        "FREQ=MONTHLY;BYDAY=2TH;BYHOUR=1,2,3",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,15,30,45",
        "FREQ=MONTHLY;BYDAY=2TH;BYMINUTE=0,30",
        "FREQ=WEEKLY;BYSECOND=0,1",
        "FREQ=DAILY",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=MONTHLY;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10",
        "FREQ=YEARLY;BYYEARDAY=1,2,3",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,2,3,4,5",
    ] {
        let response = app.host(Method::POST, &token, "/api/v1/chapters/dense/series", Some(&series(rule))).await;
        assert_eq!(response.status(), 422, "{rule}");
        let body: Value = response.json().await.unwrap();
        assert!(body["error"]["fields"]["rrule"].is_string(), "{rule}: {body}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM series").await, 0, "nothing written");
    assert_eq!(app.count("SELECT COUNT(*) FROM events").await, 0);

    let created = app
        .host_ok(Method::POST, &token, "/api/v1/chapters/dense/series", Some(&series("FREQ=WEEKLY;BYDAY=TU,TH")), 201)
        .await;
    let first = created["event_ids"].as_array().unwrap().len();
    assert_eq!(first, failnight_scheduling::series::MAX_NEW_NIGHTS, "capped");
    let rest = services::materialise_all(&app.state).await.unwrap();
    assert!(rest > 0 && first + rest <= 2 * 400 / 7 + 2, "the rest of the horizon: {rest}");
    assert_eq!(services::materialise_all(&app.state).await.unwrap(), 0);
    assert_eq!(app.count("SELECT COUNT(DISTINCT occurrence) FROM events").await, (first + rest) as i64);
    app.stop().await;
}

async fn a_chapter_s_nights_are_atom_and_json_feeds(app: TestApp) {
    let (token, first) = app.published_night("feed", 10).await;
    let first = first["id"].as_i64().unwrap();
    let created = app.create_event(&token, "feed", &TestApp::night("Fail <fast> & learn — 失敗", 10)).await;
    let second = created.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    // A draft is nobody's news.
    let created = app.create_event(&token, "feed", &TestApp::night("Not yet", 10)).await;
    let draft = created.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let mut tx = app.db().begin().await.unwrap();
    failnight_core::with_tx!(&mut tx, |c| sqlx::query("UPDATE events SET status = 'draft' WHERE id = $1")
        .bind(draft)
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();

    let response = app.get("/c/feed/nights.atom").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/atom+xml; charset=utf-8");
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    let atom = response.text().await.unwrap();
    assert!(atom.starts_with("<?xml") && atom.contains("<title>Nights of Chapter feed</title>"), "{atom}");
    for id in [first, second] {
        assert!(atom.contains(&format!("<id>{}/e/{id}</id>", app.address)), "{atom}");
    }
    assert!(!atom.contains("Not yet") && !atom.contains(&format!("/e/{draft}<")), "{atom}");
    // Text is escaped as XML, never raw.
    assert!(atom.contains("Fail &#60;fast&#62; &#38; learn — 失敗") && !atom.contains("<fast>"), "{atom}");
    assert!(atom.contains("Kiez Bar"), "when and where in the summary: {atom}");
    let again = app.client.get(app.url("/c/feed/nights.atom")).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status(), 304);

    let response = app.get("/c/feed/nights.json").await;
    assert_eq!(response.headers()["content-type"], "application/feed+json; charset=utf-8");
    let feed: Value = response.json().await.unwrap();
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(feed["feed_url"], format!("{}/c/feed/nights.json", app.address));
    let items = feed["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{feed}");
    let item = items.iter().find(|i| i["url"] == format!("{}/e/{second}", app.address)).unwrap();
    assert_eq!(item["title"], "Fail <fast> & learn — 失敗");
    assert_eq!(item["_failnight"]["status"], "published");
    assert_eq!(item["_failnight"]["timezone"], "Europe/Berlin");
    assert!(item["_failnight"]["starts_at"].as_str().unwrap().ends_with("T18:00:00Z"), "{item}");

    // A cancelled night stays, and says so; the feeds change with it.
    app.host_ok(Method::POST, &token, &format!("/api/v1/events/{second}/cancel"), None, 200).await;
    let fresh = app.client.get(app.url("/c/feed/nights.atom")).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(fresh.status(), 200);
    assert!(fresh.text().await.unwrap().contains("<title>Cancelled: Fail &#60;fast&#62;"));
    let feed: Value = app.get("/c/feed/nights.json").await.json().await.unwrap();
    let item =
        feed["items"].as_array().unwrap().iter().find(|i| i["url"] == format!("{}/e/{second}", app.address)).unwrap();
    assert_eq!(item["_failnight"]["status"], "cancelled");
    assert!(item["title"].as_str().unwrap().starts_with("Cancelled: "));

    // The chapter's page points feed readers at both.
    let page = app.get("/c/feed").await.text().await.unwrap();
    assert!(
        page.contains(r#"type="application/feed+json""#) && page.contains(r#"href="/c/feed/nights.atom""#),
        "{page}"
    );
    // Another chapter's slug that does not exist is a 404.
    assert_eq!(app.get("/c/nowhere/nights.json").await.status(), 404);
    app.stop().await;
}

/// `/e/{id}/event.ics` is served like the night's page: from the cache, answering 304 to a
/// calendar that asks again, until the night changes (then the new file, with a new tag).
async fn a_night_s_calendar_file_is_kept_until_the_night_changes(app: TestApp) {
    let (token, night) = app.published_night("berlin", 40).await;
    let id = night["id"].as_i64().unwrap();
    let path = format!("/e/{id}/event.ics");
    let first = app.get(&path).await;
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()["content-disposition"], "attachment; filename=\"event.ics\"");
    let tag = first.headers()["etag"].to_str().unwrap().to_string();
    let body = first.text().await.unwrap();
    assert!(body.contains("SUMMARY:Failure Night") && body.contains("SEQUENCE:0"), "{body}");
    let again = app.client.get(app.url(&path)).header("if-none-match", &tag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    // Moved: the new file at once, whatever the calendar holds.
    let day = (Utc::now() + chrono::Duration::days(31)).date_naive();
    let patch = json!({"starts_at": format!("{day}T20:00"), "ends_at": format!("{day}T23:00")});
    app.host_ok(Method::PATCH, &token, &format!("/api/v1/events/{id}"), Some(&patch), 200).await;
    let moved = app.client.get(app.url(&path)).header("if-none-match", &tag).send().await.unwrap();
    assert_eq!(moved.status(), 200);
    assert_ne!(moved.headers()["etag"].to_str().unwrap(), tag);
    let body = moved.text().await.unwrap();
    assert!(body.contains("SEQUENCE:1"), "{body}");
    // A draft's file is nobody's business.
    let draft = json!({"title": "Draft", "starts_at": format!("{day}T19:00"), "ends_at": format!("{day}T22:00"),
                       "venue": {"name": "Kiez Bar", "address": "Weserstraße 1, 12047 Berlin"}, "capacity": 10,
                       "publish": false});
    let created = app.host_ok(Method::POST, &token, "/api/v1/chapters/berlin/events", Some(&draft), 201).await;
    assert_eq!(created["status"], "draft");
    assert_eq!(app.get(&format!("/e/{}/event.ics", created["id"])).await.status(), 404);
}

/// Every page names the site's icon and web app manifest, and both are there: a browser's
/// tab, a bookmark and a phone's home screen show the site's mark, never a 404.
async fn pages_name_their_icon_and_manifest(app: TestApp) {
    let (_, event) = app.published_night("icons", 40).await;
    let id = event["id"].as_i64().unwrap();
    let pages = [format!("/e/{id}"), "/c/icons".to_string(), "/lessons".to_string(), "/host/sign-in".to_string()];
    for page in &pages {
        let html = app.client.get(app.url(page)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains(r#"<link rel="icon" href="/favicon.svg" type="image/svg+xml">"#), "{page}: {html}");
        assert!(html.contains(r#"<link rel="manifest" href="/manifest.webmanifest">"#), "{page}");
    }
    let manifest = app.client.get(app.url("/manifest.webmanifest")).send().await.unwrap();
    assert_eq!(manifest.status(), 200);
    assert_eq!(manifest.headers()["content-type"], "application/manifest+json");
    let manifest: Value = manifest.json().await.unwrap();
    assert_eq!(manifest["start_url"], "/");
    assert!(manifest["name"].as_str().is_some_and(|n| !n.is_empty()));
    for icon in manifest["icons"].as_array().unwrap() {
        let src = icon["src"].as_str().unwrap();
        let answer = app.client.get(app.url(src)).send().await.unwrap();
        assert_eq!(answer.status(), 200, "{src}");
        assert_eq!(answer.headers()["content-type"], icon["type"].as_str().unwrap(), "{src}");
        let svg = answer.text().await.unwrap();
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "{svg}");
    }
    app.stop().await;
}

/// A link to a night or a chapter shows a share card in a chat: a 1200×630 PNG named by the
/// page's `og:image`, kept while what it says is the same (304 to a chat service that asks
/// again), drawn anew when the night changes, and none for a draft.
async fn share_cards_show_the_night_and_follow_its_changes(app: TestApp) {
    let (token, night) = app.published_night("cards", 40).await;
    let id = night["id"].as_i64().unwrap();
    let page = app.get(&format!("/e/{id}")).await.text().await.unwrap();
    let card_url = format!("{}/e/{id}/card.png?lang=en", app.address);
    assert!(page.contains(&format!("<meta property=\"og:image\" content=\"{card_url}\">")), "{page}");
    assert!(page.contains("summary_large_image"));
    let card = app.client.get(&card_url).send().await.unwrap();
    assert_eq!(card.status(), 200);
    assert_eq!(card.headers()["content-type"], "image/png");
    let tag = card.headers()["etag"].to_str().unwrap().to_string();
    let png = card.bytes().await.unwrap();
    let image = image::load_from_memory_with_format(&png, image::ImageFormat::Png).unwrap();
    assert_eq!((image.width(), image.height()), (1200, 630));
    assert!(png.len() < 200 * 1024, "{} bytes", png.len());
    let again = app.client.get(&card_url).header("if-none-match", &tag).send().await.unwrap();
    assert_eq!(again.status(), 304, "the same card is not sent twice");
    // A booking changes the seats it shows; a new title, the title.
    assert_eq!(app.rsvp_api(id, "Ada", "ada@example.org").await.status(), 202);
    let booked = app.client.get(&card_url).header("if-none-match", &tag).send().await.unwrap();
    assert_eq!(booked.status(), 200);
    let booked_tag = booked.headers()["etag"].to_str().unwrap().to_string();
    assert_ne!(booked_tag, tag);
    let patch = json!({"title": "Failure Night: the sequel"});
    app.host_ok(Method::PATCH, &token, &format!("/api/v1/events/{id}"), Some(&patch), 200).await;
    let renamed = app.client.get(&card_url).header("if-none-match", &booked_tag).send().await.unwrap();
    assert_eq!(renamed.status(), 200);
    assert_ne!(renamed.bytes().await.unwrap(), png, "drawn anew");
    // The chapter's card, and none for a draft or an unknown night.
    let chapter = app.get("/c/cards").await.text().await.unwrap();
    assert!(chapter.contains(&format!("{}/c/cards/card.png?lang=en", app.address)), "{chapter}");
    let card = app.get("/c/cards/card.png").await;
    assert_eq!(card.status(), 200);
    let image = image::load_from_memory(&card.bytes().await.unwrap()).unwrap();
    assert_eq!((image.width(), image.height()), (1200, 630));
    let day = (Utc::now() + chrono::Duration::days(31)).date_naive();
    let draft = json!({"title": "Draft", "starts_at": format!("{day}T19:00"), "ends_at": format!("{day}T22:00"),
                       "venue": {"name": "Kiez Bar", "address": "Weserstraße 1, 12047 Berlin"}, "capacity": 10,
                       "publish": false});
    let created = app.host_ok(Method::POST, &token, "/api/v1/chapters/cards/events", Some(&draft), 201).await;
    assert_eq!(app.get(&format!("/e/{}/card.png", created["id"])).await.status(), 404);
    assert_eq!(app.get("/e/999999/card.png").await.status(), 404);
    assert_eq!(app.get("/c/nope/card.png").await.status(), 404);
}

/// A chapter's colour and tagline: a colour white text cannot be read on is refused (saying
/// its contrast) and changes nothing; a good one colours the chapter's pages, tickets, share
/// cards and widget; emptying it gives the brand's colours back.
async fn a_chapter_s_colour_is_checked_and_shows_on_its_pages(app: TestApp) {
    let (owner, night) = app.published_night("brand", 40).await;
    let id = night["id"].as_i64().unwrap();
    let path = "/api/v1/chapters/brand";
    let yellow = app.host(Method::PATCH, &owner, path, Some(&json!({"accent": "#ffeb3b", "tagline": "Hi"}))).await;
    assert_eq!(yellow.status(), 422);
    let body: Value = yellow.json().await.unwrap();
    assert!(body["error"]["fields"]["accent"].as_str().unwrap().contains("reads at 1.2:1; it needs 4.5:1"), "{body}");
    let bad = app.host(Method::PATCH, &owner, path, Some(&json!({"accent": "blue"}))).await;
    assert_eq!(bad.status(), 422);
    assert_eq!(app.get("/c/brand/brand.css").await.text().await.unwrap(), "", "nothing changed");
    assert!(!app.get("/c/brand").await.text().await.unwrap().contains("Hi</p>"));
    let card = |app: &TestApp| {
        let request = app.client.get(app.url(&format!("/e/{id}/card.png")));
        async move { request.send().await.unwrap().headers()["etag"].to_str().unwrap().to_string() }
    };
    let plain_card = card(&app).await;

    let set = json!({"accent": "1F5FBF", "tagline": "Stories of failing, every second Thursday"});
    let saved = app.host_ok(Method::PATCH, &owner, path, Some(&set), 200).await;
    assert_eq!(
        (saved["accent"].as_str(), saved["tagline"].as_str()),
        (Some("#1f5fbf"), Some("Stories of failing, every second Thursday"))
    );
    let css = app.get("/c/brand/brand.css").await;
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    assert!(css.text().await.unwrap().contains("--brand: #1f5fbf"));
    let chapter = app.get("/c/brand").await.text().await.unwrap();
    assert!(chapter.contains("<p class=\"tagline\">Stories of failing, every second Thursday</p>"), "{chapter}");
    let token = app.rsvp_token(id, "Ada", "ada@example.org").await;
    for page in ["/c/brand".to_string(), format!("/e/{id}"), format!("/t/{token}")] {
        let html = app.get(&page).await.text().await.unwrap();
        assert!(html.contains(r#"<link rel="stylesheet" href="/c/brand/brand.css">"#), "{page}");
    }
    assert_ne!(card(&app).await, plain_card, "the card is drawn in the chapter's colour");
    let widget: Value = app.get("/c/brand/widget.json").await.json().await.unwrap();
    assert_eq!(widget["accent"], "#1f5fbf", "the widget takes the chapter's colour unless the site chooses");
    let chosen: Value = app.get("/c/brand/widget.json?accent=000000").await.json().await.unwrap();
    assert_eq!(chosen["accent"], "#000000");

    // The owner's settings page refuses the same way, keeping what was typed.
    let browser = app.browser();
    app.sign_in(&browser, "host@brand.test").await;
    let form = [("name", "Chapter brand"), ("timezone", "Europe/Berlin"), ("accent", "#eeeeee"), ("tagline", "x")];
    let refused = browser.post(app.url("/host/c/brand/settings")).form(&form).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("White text on this colour reads at 1.2:1") && page.contains("value=\"#eeeeee\""), "{page}");
    let cleared = [("name", "Chapter brand"), ("timezone", "Europe/Berlin"), ("accent", ""), ("tagline", "")];
    let saved = browser.post(app.url("/host/c/brand/settings")).form(&cleared).send().await.unwrap();
    assert_eq!(saved.status(), 303, "{}", saved.text().await.unwrap());
    assert_eq!(app.get("/c/brand/brand.css").await.text().await.unwrap(), "", "the brand's colours again");
}

/// A photo with a camera's metadata (a JPEG with an Exif segment naming a place), as a night's
/// cover: a phone's and a desktop's size of our own JPEG, without the metadata.
pub fn cover_upload(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 200 / width) as u8 + 30, (y * 120 / height) as u8 + 60, 140])
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    image.write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    let jpeg = jpeg.into_inner();
    let mut upload = jpeg[..2].to_vec();
    upload.extend_from_slice(&[0xff, 0xe1, 0x00, 0x16]);
    upload.extend_from_slice(b"Exif\0\0SECRET-PLACE\0\0");
    upload.extend_from_slice(&jpeg[2..]);
    upload
}

/// A host gives a night a cover photo on its page: the public page shows it in two sizes
/// (`srcset`), each our own JPEG without the camera's metadata, cached for good; a file that
/// is no image is refused and changes nothing; removing it removes it everywhere.
async fn a_night_s_cover_photo_comes_in_two_sizes_without_its_metadata(app: TestApp) {
    let (_, night) = app.published_night("cover", 40).await;
    let id = night["id"].as_i64().unwrap();
    let host = app.browser();
    app.sign_in(&host, "host@cover.test").await;
    let upload = |bytes: Vec<u8>, name: &'static str| {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name).mime_str("image/jpeg").unwrap();
        let form = reqwest::multipart::Form::new().part("cover", part);
        host.post(app.url(&format!("/host/c/cover/events/{id}/cover"))).multipart(form).send()
    };
    let sent = upload(cover_upload(3000, 2000), "room.jpg").await.unwrap();
    assert_eq!(sent.status(), 303);
    let page = app.get(&format!("/e/{id}")).await.text().await.unwrap();
    let srcset = page.split("srcset=\"").nth(1).expect("the page shows a cover").split('"').next().unwrap().to_string();
    let urls: Vec<&str> = srcset.split(", ").map(|s| s.split(' ').next().unwrap()).collect();
    assert_eq!(urls.len(), 2, "{srcset}");
    assert!(srcset.contains(" 720w") && srcset.contains(" 1600w"), "{srcset}");
    for url in &urls {
        let image = app.get(url).await;
        assert_eq!(image.headers()["content-type"], "image/jpeg");
        assert!(image.headers()["cache-control"].to_str().unwrap().contains("immutable"));
        let bytes = image.bytes().await.unwrap();
        assert!(!bytes.windows(12).any(|w| w == b"SECRET-PLACE") && !bytes.windows(4).any(|w| w == b"Exif"));
        let decoded = image::load_from_memory(&bytes).unwrap();
        assert!(
            [(720, 405), (1600, 900)].contains(&(decoded.width(), decoded.height())),
            "{}x{}",
            decoded.width(),
            decoded.height()
        );
    }
    // Not an image: refused on the host's page, saying why; the cover stays.
    let refused = upload(b"%PDF-1.4 not a photo".to_vec(), "night.pdf").await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("This is not a PNG, JPEG or WebP image"));
    assert!(app.get(&format!("/e/{id}")).await.text().await.unwrap().contains(&srcset));
    assert_eq!(app.get(&format!("/e/{id}/cover/{}", "0".repeat(64))).await.status(), 404);
    // Removed: gone from the page and its address.
    let removed = host.post(app.url(&format!("/host/c/cover/events/{id}/cover/remove"))).send().await.unwrap();
    assert_eq!(removed.status(), 303);
    assert!(!app.get(&format!("/e/{id}")).await.text().await.unwrap().contains("class=\"cover\""));
    assert_eq!(app.get(urls[0]).await.status(), 404);
}

/// A wide logo on a transparent background, as a PNG.
pub fn logo_upload() -> Vec<u8> {
    let logo = image::RgbaImage::from_fn(900, 300, |x, _| {
        if x % 90 < 45 { image::Rgba([31, 95, 191, 255]) } else { image::Rgba([0, 0, 0, 0]) }
    });
    let mut png = std::io::Cursor::new(Vec::new());
    logo.write_to(&mut png, image::ImageFormat::Png).unwrap();
    png.into_inner()
}

/// An owner gives the chapter a logo on its settings page: it is shown on the chapter's page,
/// its nights' pages and tickets, and in the emails to its guests (with the chapter's colour on
/// their buttons), served as our own PNG that keeps its transparency; a file that is no image
/// changes nothing; removed, it is gone from the pages and its address.
async fn a_chapter_s_logo_and_colour_reach_its_pages_and_emails(app: TestApp) {
    let (owner, night) = app.published_night("logo", 40).await;
    let id = night["id"].as_i64().unwrap();
    app.host_ok(Method::PATCH, &owner, "/api/v1/chapters/logo", Some(&json!({"accent": "#1f5fbf"})), 200).await;
    let host = app.browser();
    app.sign_in(&host, "host@logo.test").await;
    let upload = |bytes: Vec<u8>| {
        let part = reqwest::multipart::Part::bytes(bytes).file_name("logo.png").mime_str("image/png").unwrap();
        host.post(app.url("/host/c/logo/settings/logo")).multipart(reqwest::multipart::Form::new().part("logo", part))
    };
    assert_eq!(upload(logo_upload()).send().await.unwrap().status(), 303);
    let chapter_page = app.get("/c/logo").await.text().await.unwrap();
    let src = chapter_page
        .split("class=\"chapter-logo large\" src=\"")
        .nth(1)
        .expect("the chapter's page shows its logo")
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert!(src.starts_with("/c/logo/logo/"), "{src}");
    assert!(app.get(&format!("/e/{id}")).await.text().await.unwrap().contains(&src), "the night's page too");
    let image = app.get(&src).await;
    assert_eq!(image.headers()["content-type"], "image/png");
    assert!(image.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    let decoded = image::load_from_memory(&image.bytes().await.unwrap()).unwrap().into_rgba8();
    assert_eq!(decoded.dimensions(), (480, 160), "fits 480×160, keeping its aspect");
    assert_eq!(decoded.get_pixel(30, 80).0[3], 0, "the background stays transparent");
    assert_eq!(decoded.get_pixel(10, 80).0, [31, 95, 191, 255]);

    // A guest's confirmation: the logo above, the chapter's colour on the button; the ticket
    // shows the logo too.
    assert_eq!(app.rsvp_api(id, "Ada Lovelace", "ada@example.org").await.status(), 202);
    let mails = app.smtp.wait_for(2, MAIL_WAIT).await;
    let mail = mails.iter().find(|m| m.to == ["ada@example.org"]).expect("Ada's confirmation");
    let message = mail.parse();
    let html = message.body_html(0).unwrap().to_string();
    assert!(html.contains(&format!("<img src=\"{}{src}\"", app.address)), "{html}");
    assert!(html.contains("background:#1f5fbf"), "{html}");
    let ticket =
        message.body_text(0).unwrap().split("/t/").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    assert!(app.get(&format!("/t/{ticket}")).await.text().await.unwrap().contains(&src));

    // Not an image: refused, saying why; the logo stays.
    let refused = upload(b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec()).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("This is not a PNG, JPEG or WebP image"));
    assert!(app.get("/c/logo").await.text().await.unwrap().contains(&src));
    assert_eq!(app.get(&format!("/c/logo/logo/{}", "0".repeat(64))).await.status(), 404);
    assert_eq!(app.get(&src.replace("/c/logo/", "/c/other/")).await.status(), 404, "another chapter's address");

    let removed = host.post(app.url("/host/c/logo/settings/logo/remove")).send().await.unwrap();
    assert_eq!(removed.status(), 303);
    assert!(!app.get("/c/logo").await.text().await.unwrap().contains("chapter-logo"));
    assert!(!app.get(&format!("/e/{id}")).await.text().await.unwrap().contains("chapter-logo"));
    assert_eq!(app.get(&src).await.status(), 404);
    assert_eq!(app.count("SELECT COUNT(*) FROM chapter_logos").await, 0);
}

/// The API's twins of the cover and logo forms: the image is the body, the answer says where
/// it is served; what is no image is refused 422 on its field, a door host is refused 403, and
/// removing answers 204.
async fn covers_and_logos_through_the_api(app: TestApp) {
    let (owner, night) = app.published_night("api-images", 40).await;
    let id = night["id"].as_i64().unwrap();
    let put = |path: String, token: String, bytes: Vec<u8>, kind: &'static str| {
        app.client.put(app.url(&path)).bearer_auth(token).header("content-type", kind).body(bytes).send()
    };
    let cover =
        put(format!("/api/v1/events/{id}/cover"), owner.clone(), cover_upload(2000, 1500), "image/jpeg").await.unwrap();
    assert_eq!(cover.status(), 200);
    let sizes: Value = cover.json().await.unwrap();
    assert_eq!(sizes.as_array().unwrap().len(), 2, "{sizes}");
    assert_eq!((sizes[0]["width"].as_i64(), sizes[0]["height"].as_i64()), (Some(720), Some(405)), "{sizes}");
    assert_eq!((sizes[1]["width"].as_i64(), sizes[1]["height"].as_i64()), (Some(1600), Some(900)), "{sizes}");
    let phone = sizes[0]["url"].as_str().unwrap().to_string();
    assert_eq!(app.get(&phone).await.status(), 200);
    assert!(app.get(&format!("/e/{id}")).await.text().await.unwrap().contains(&phone));

    let refused =
        put(format!("/api/v1/events/{id}/cover"), owner.clone(), b"GIF89a".to_vec(), "image/gif").await.unwrap();
    assert_eq!(refused.status(), 422);
    let error: Value = refused.json().await.unwrap();
    assert!(error["error"]["fields"]["cover"].as_str().unwrap().contains("not a PNG, JPEG or WebP"), "{error}");
    assert_eq!(app.get(&phone).await.status(), 200, "the cover stays");

    let added =
        app.cli(&["host", "add", "--chapter", "api-images", "--email", "door@api-images.test", "--role", "door"]);
    let door = added.await.unwrap().lines().last().unwrap().trim().to_string();
    let denied =
        put(format!("/api/v1/events/{id}/cover"), door.clone(), cover_upload(400, 300), "image/jpeg").await.unwrap();
    assert_eq!(denied.status(), 403);
    let denied = put("/api/v1/chapters/api-images/logo".into(), door, logo_upload(), "image/png").await.unwrap();
    assert_eq!(denied.status(), 403);

    let logo = put("/api/v1/chapters/api-images/logo".into(), owner.clone(), logo_upload(), "image/png").await.unwrap();
    assert_eq!(logo.status(), 200);
    let logo: Value = logo.json().await.unwrap();
    assert_eq!((logo["width"].as_i64(), logo["height"].as_i64()), (Some(480), Some(160)), "{logo}");
    let logo_url = logo["url"].as_str().unwrap().to_string();
    assert_eq!(app.get(&logo_url).await.headers()["content-type"], "image/png");

    let gone = app.host(Method::DELETE, &owner, &format!("/api/v1/events/{id}/cover"), None).await;
    assert_eq!(gone.status(), 204);
    assert_eq!(app.get(&phone).await.status(), 404);
    let gone = app.host(Method::DELETE, &owner, "/api/v1/chapters/api-images/logo", None).await;
    assert_eq!(gone.status(), 204);
    assert_eq!(app.get(&logo_url).await.status(), 404);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('logo set', 'logo removed', 'cover photo set', 'cover photo removed')").await, 4);
}

/// A speaker's photo on the lineup: only with the box ticked, only for a speaker who appears
/// under their real name (a stage-named one is refused, and keeps a generated avatar), our own
/// square JPEG without the camera's metadata; removed, or the story deleted, and it is gone.
async fn a_speaker_s_photo_is_on_the_lineup_only_with_consent_and_a_real_name(app: TestApp) {
    let (_, night) = app.published_night("photos", 40).await;
    let id = night["id"].as_i64().unwrap();
    let chapter = app.open_call("photos").await;
    let grace =
        app.confirmed_talk(&chapter, &TestApp::story("Grace Hopper", "grace@example.org", "Bugs"), Some(id)).await;
    let stage = failnight_submissions::stories::StoryInput {
        appearance: "stage_name".into(),
        stage_name: "The Phoenix".into(),
        ..TestApp::story("Ada Lovelace", "ada@example.org", "Engines")
    };
    let ada = app.confirmed_talk(&chapter, &stage, Some(id)).await;
    let send = |token: &str, consent: bool| {
        let part = reqwest::multipart::Part::bytes(cover_upload(900, 1200))
            .file_name("me.jpg")
            .mime_str("image/jpeg")
            .unwrap();
        let mut form = reqwest::multipart::Form::new().part("portrait", part);
        if consent {
            form = form.text("consent", "on");
        }
        app.client.post(app.url(&format!("/s/{token}/portrait"))).multipart(form).send()
    };
    let unticked = send(&grace.token, false).await.unwrap();
    assert_eq!(unticked.status(), 422);
    assert!(unticked.text().await.unwrap().contains("Tick the box to say the photo may be shown"));
    let staged = send(&ada.token, true).await.unwrap();
    assert_eq!(staged.status(), 422, "a stage name never shows a photo");
    assert_eq!(app.count("SELECT COUNT(*) FROM speaker_portraits").await, 0);

    assert_eq!(send(&grace.token, true).await.unwrap().status(), 303);
    let page = app.get(&format!("/e/{id}")).await.text().await.unwrap();
    let photo = page
        .split("<img class=\"avatar\" src=\"")
        .nth(1)
        .expect("Grace's photo")
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert!(photo.starts_with(&format!("/e/{id}/speakers/")), "{photo}");
    assert!(page.contains(">TP</text>"), "The Phoenix keeps the generated avatar");
    let image = app.get(&photo).await;
    assert_eq!(image.headers()["content-type"], "image/jpeg");
    let bytes = image.bytes().await.unwrap();
    assert!(!bytes.windows(12).any(|w| w == b"SECRET-PLACE"));
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (256, 256));
    // Taken back: gone from the page and its address.
    let removed = app.client.post(app.url(&format!("/s/{}/portrait/remove", grace.token))).send().await.unwrap();
    assert_eq!(removed.status(), 303);
    assert!(!app.get(&format!("/e/{id}")).await.text().await.unwrap().contains("<img class=\"avatar\""));
    assert_eq!(app.get(&photo).await.status(), 404);
    // Given again, then the story deleted: the photo goes with it.
    assert_eq!(send(&grace.token, true).await.unwrap().status(), 303);
    let mut tx = app.db().begin().await.unwrap();
    failnight_submissions::retention::delete(&mut tx, grace.id, None).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM speaker_portraits").await, 0);
}
