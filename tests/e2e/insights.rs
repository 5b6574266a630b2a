//! Insights for hosts (issue #19): a night's turnout forecast from its chapter's own history,
//! the overbooking advice and the backtest, on a generated three-year history with a known
//! show rate, and the stated prior for a chapter without one.

use chrono::Utc;
use failnight_app::services::insights as service;
use failnight_core::{Timestamp, rng::Rng, with_tx};
use failnight_scheduling::events;

use crate::support::{TestApp, both_backends};

both_backends!(
    a_night_s_turnout_is_forecast_from_the_chapter_s_own_history,
    without_history_the_forecast_says_so_and_uses_the_prior,
    the_chapter_s_numbers_count_each_month_as_it_happened,
    the_network_view_puts_the_chapters_that_need_help_first,
);

const DAY_MS: i64 = 86_400_000;
/// The generated history's show rate per party.
const SHOW_RATE: f64 = 0.7;

fn unit(rng: &mut Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// A copy of night `template` starting `starts_at` (published, past or coming); its id.
async fn copy_night(app: &TestApp, template: i64, n: i64, starts_at: i64) -> i64 {
    let mut tx = app.db().begin().await.unwrap();
    let id: i64 = with_tx!(&mut tx, |c| sqlx::query_scalar(
        "INSERT INTO events (chapter_id, uid, title, description, timezone, starts_local, ends_local, starts_at,
                             ends_at, venue_id, capacity, status, sequence, created_at, updated_at)
         SELECT chapter_id, uid || '-' || $2, title || ' ' || $2, description, timezone, starts_local, ends_local, $3,
                $3 + 3 * 3600000, venue_id, capacity, 'published', 0, created_at, updated_at
         FROM events WHERE id = $1 RETURNING id"
    )
    .bind(template)
    .bind(n.to_string())
    .bind(starts_at)
    .fetch_one(&mut *c)
    .await)
    .unwrap();
    tx.commit().await.unwrap();
    id
}

/// `parties` bookings for night `event` starting `starts_at`: a fifth of them with one
/// plus-one, booked 0–20 days ahead, asked "still coming?" two days before when booked by then
/// (half of those answering yes); each comes with probability `rate` when `rate` is given.
/// Returns the seats booked.
pub(crate) async fn book(
    app: &TestApp,
    rng: &mut Rng,
    event: i64,
    starts_at: i64,
    parties: usize,
    rate: Option<f64>,
) -> i64 {
    let mut seats = 0;
    let mut tx = app.db().begin().await.unwrap();
    for i in 0..parties {
        let plus_ones = i64::from(rng.below(5) == 0);
        let created = starts_at - (rng.below(20 * 24) as i64 + 1) * 3_600_000;
        let asked = (created < starts_at - 2 * DAY_MS).then_some(starts_at - 2 * DAY_MS);
        let answered = asked.filter(|_| rng.below(2) == 0).map(|at| at + 3_600_000);
        let showed = rate.is_some_and(|rate| unit(rng) < rate);
        seats += 1 + plus_ones;
        with_tx!(&mut tx, |c| sqlx::query(
            "INSERT INTO rsvps (event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code,
                                reconfirm_sent_at, reconfirmed_at, checked_in_at)
             VALUES ($1, $2, $3, 'confirmed', $4, $5, $5, $6, $7, $8, $9, $10)"
        )
        .bind(event)
        .bind(format!("Guest {i}"))
        .bind(format!("guest{i}-{event}@example.org"))
        .bind(failnight_core::token::new_token())
        .bind(created)
        .bind(plus_ones)
        .bind(failnight_core::token::new_token())
        .bind(asked)
        .bind(answered)
        .bind(showed.then_some(starts_at + 600_000))
        .execute(&mut *c)
        .await
        .map(|_| ()))
        .unwrap();
    }
    tx.commit().await.unwrap();
    seats
}

async fn host_page(app: &TestApp, browser: &reqwest::Client, path: &str) -> String {
    let response = browser.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

async fn a_night_s_turnout_is_forecast_from_the_chapter_s_own_history(app: TestApp) {
    let (_, night) = app.published_night("alpha", 60).await;
    let id = night["id"].as_i64().unwrap();
    let mut rng = Rng(0x1_0019);
    // Three years of monthly nights, the oldest first, 50 parties each, 70 % of parties coming.
    monthly_history(&app, id, 36, &mut rng).await;
    let now = Timestamp::from_utc(Utc::now()).0;
    // A night whose door was never used says nothing about who came: it is left out.
    let unused = copy_night(&app, id, 99, now - 15 * DAY_MS).await;
    book(&app, &mut rng, unused, now - 15 * DAY_MS, 50, None).await;
    // The coming night: 50 parties booked.
    let event = events::get(app.db(), id).await.unwrap().unwrap();
    let starts = Timestamp::from_utc(event.starts_utc()).0;
    let booked = book(&app, &mut rng, id, starts, 50, None).await;

    let turnout = service::turnout(&app.state, &event, 10).await.unwrap();
    let model = &turnout.model;
    assert!(!model.is_prior());
    assert_eq!(model.nights, 36, "the night nobody checked in at is left out");
    // Parties come whole: the seats' rate is the parties' rate.
    assert!((model.rate - SHOW_RATE).abs() < 0.04, "{model:?}");
    let forecast = turnout.forecast;
    assert_eq!(forecast.booked, booked);
    assert!((forecast.expected - SHOW_RATE * forecast.booked as f64).abs() < 4.0, "{forecast:?}");
    assert!(forecast.low < forecast.expected_guests() && forecast.expected_guests() < forecast.high);
    // The backtest: each of nights 4–36 forecast from the nights before it alone; the
    // interval meant to hold 80 % of the time holds about that often.
    let backtest = &turnout.backtest;
    assert_eq!(backtest.nights, 33);
    assert!((0.6..=0.97).contains(&backtest.coverage()), "{backtest:?}");
    assert!(backtest.mean_abs_error < 7.0 && backtest.bias.abs() < 3.0, "{backtest:?}");
    // 60 seats at 70 %: more confirmations than seats are safe at 10 %, fewer at 1 %.
    assert!(turnout.confirmable > 60, "{turnout:?}");
    let careful = service::turnout(&app.state, &event, 1).await.unwrap();
    assert!(careful.confirmable < turnout.confirmable, "{careful:?}");

    // The host reads it on the night's page and on the turnout page, the numbers the same.
    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    let night_page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}")).await;
    let line = format!(
        "Expected at the door: about {} of {} booked ({}–{}, 80 % likely).",
        forecast.expected_guests(),
        forecast.booked,
        forecast.low,
        forecast.high
    );
    assert!(night_page.contains(&line), "{night_page}");
    let page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}/turnout")).await;
    assert!(page.contains("Learnt from 36 past nights"), "{page}");
    assert!(page.contains(&format!("you can confirm up to {} seats", turnout.confirmable)), "{page}");
    assert!(
        page.contains(&format!(
            "Tried on 33 past nights, each forecast made only from the nights before it: off by {} guests on average",
            backtest.mean_abs_error.round()
        )),
        "{page}"
    );
    assert!(page.contains(&format!("inside the 80 % range on {} of them", backtest.inside)), "{page}");
    assert_eq!(page.matches("<tr><th scope=\"row\">").count(), 3 + 33, "three leads, 33 nights: {page}");
    let careful_page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}/turnout?risk=1")).await;
    assert!(
        careful_page.contains(&format!("you can confirm up to {} seats", careful.confirmable))
            || careful.confirmable == 60
    );
    assert!(careful_page.contains(r#"<option value="1" selected>"#), "{careful_page}");
    // A risk not offered falls back to the default; another chapter's night is not found.
    let odd = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}/turnout?risk=77")).await;
    assert!(odd.contains(r#"<option value="10" selected>"#));
    assert_eq!(browser.get(app.url("/host/c/alpha/events/999999/turnout")).send().await.unwrap().status(), 404);
}

/// `months` monthly nights before now, copies of night `template`, the oldest first, 50
/// parties each, [`SHOW_RATE`] of them coming.
pub(crate) async fn monthly_history(app: &TestApp, template: i64, months: i64, rng: &mut Rng) {
    let now = Timestamp::from_utc(Utc::now()).0;
    for month in (1..=months).rev() {
        let starts = now - month * 30 * DAY_MS;
        let past = copy_night(app, template, month, starts).await;
        book(app, &mut rng_for(rng), past, starts, 50, Some(SHOW_RATE)).await;
    }
}

/// A generator of its own for each night (the nights do not depend on each other's draws).
fn rng_for(rng: &mut Rng) -> Rng {
    Rng(rng.next_u64() | 1)
}

async fn without_history_the_forecast_says_so_and_uses_the_prior(app: TestApp) {
    let (_, night) = app.published_night("alpha", 40).await;
    let id = night["id"].as_i64().unwrap();
    let event = events::get(app.db(), id).await.unwrap().unwrap();
    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    let page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}/turnout")).await;
    assert!(page.contains("Nobody has booked yet, so nobody is expected."), "{page}");
    assert!(page.contains("Too little history"), "{page}");
    assert!(page.contains("Not tried yet"), "{page}");

    let mut rng = Rng(0x2_0019);
    book(&app, &mut rng, id, Timestamp::from_utc(event.starts_utc()).0, 40, None).await;
    let turnout = service::turnout(&app.state, &event, 10).await.unwrap();
    assert!(turnout.model.is_prior());
    let expected = (0.65 * turnout.forecast.booked as f64).round() as i64;
    assert_eq!(turnout.forecast.expected_guests(), expected, "{turnout:?}");
    let page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}/turnout")).await;
    assert!(page.contains(&format!("About {expected} of the {} seats booked", turnout.forecast.booked)), "{page}");
    assert!(page.contains("assumes that 65 % of booked seats come, give or take 15 %"), "{page}");
}

/// Runs `sql` (with no parameters) in a transaction of its own.
async fn execute(app: &TestApp, sql: String) {
    let mut tx = app.db().begin().await.unwrap();
    with_tx!(&mut tx, |c| sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *c).await.map(|_| ())).unwrap();
    tx.commit().await.unwrap();
}

/// Noon on the 15th of the month `back` months before this one, in Berlin, and that month.
fn mid_month(back: u32) -> (i64, (i32, u32)) {
    use chrono::{Datelike, TimeZone};
    let today = Utc::now().with_timezone(&chrono_tz::Europe::Berlin);
    let months = today.year() * 12 + today.month0() as i32 - back as i32;
    let (year, month) = (months / 12, months % 12 + 1);
    let noon = chrono_tz::Europe::Berlin.with_ymd_and_hms(year, month as u32, 15, 12, 0, 0).unwrap();
    (noon.timestamp_millis(), (year, month as u32))
}

async fn the_chapter_s_numbers_count_each_month_as_it_happened(app: TestApp) {
    let (_, night) = app.published_night("alpha", 60).await;
    let template = night["id"].as_i64().unwrap();
    let (early, early_month) = mid_month(3);
    let (late, late_month) = mid_month(2);
    // Three months ago: 10 parties booked, the first two with a plus-one (12 seats); eight came,
    // both pairs among them (10 seats), and one walk-in.
    let first = copy_night(&app, template, 1, early).await;
    let mut rng = Rng(3);
    book(&app, &mut rng, first, early, 10, None).await;
    execute(&app, format!("UPDATE rsvps SET plus_ones = CASE WHEN name IN ('Guest 0', 'Guest 1') THEN 1 ELSE 0 END WHERE event_id = {first}")).await;
    execute(
        &app,
        format!(
            "UPDATE rsvps SET checked_in_at = {early} WHERE event_id = {first} AND name NOT IN ('Guest 8', 'Guest 9')"
        ),
    )
    .await;
    execute(&app, format!(
        "INSERT INTO rsvps (event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code, walk_in, checked_in_at)
         VALUES ({first}, 'Walk In', 'walk@example.org', 'confirmed', 'walk-token', {early}, {early}, 0, 'walk-code', TRUE, {early})"
    )).await;
    // Two months ago: five parties, all came; three of them (Guests 0–2 of the first night, by
    // email) had come before.
    let second = copy_night(&app, template, 2, late).await;
    book(&app, &mut rng, second, late, 5, None).await;
    execute(&app, format!("UPDATE rsvps SET checked_in_at = {late}, plus_ones = 0 WHERE event_id = {second}")).await;
    execute(&app, format!(
        "UPDATE rsvps SET email = REPLACE(email, '-{second}@', '-{first}@') WHERE event_id = {second} AND name IN ('Guest 0', 'Guest 1', 'Guest 2')"
    )).await;
    // A cancelled night in between counts for nothing.
    let cancelled = copy_night(&app, template, 3, late - 3 * DAY_MS).await;
    book(&app, &mut rng, cancelled, late - 3 * DAY_MS, 7, None).await;
    execute(&app, format!("UPDATE events SET status = 'cancelled' WHERE id = {cancelled}")).await;
    // Stories: three submitted three months ago; one accepted and told at the second night,
    // one rejected, one still waiting.
    let chapter = app.open_call("alpha").await;
    let mut ids = Vec::new();
    for (i, title) in ["Told", "Rejected", "Waiting"].iter().enumerate() {
        let input = TestApp::story(&format!("Speaker {i}"), &format!("speaker{i}@example.org"), title);
        ids.push(failnight_app::services::stories::submit(&app.state, &chapter, &input).await.unwrap().id);
    }
    execute(
        &app,
        format!("UPDATE submissions SET created_at = {} WHERE chapter_id = {}", early - 10 * DAY_MS, chapter.id),
    )
    .await;
    execute(
        &app,
        format!("UPDATE submissions SET state = 'confirmed', event_id = {second}, slot = 1 WHERE id = {}", ids[0]),
    )
    .await;
    execute(&app, format!("UPDATE submissions SET state = 'rejected' WHERE id = {}", ids[1])).await;

    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    let period = format!("from={:04}-{:02}&to={:04}-{:02}", early_month.0, early_month.1, late_month.0, late_month.1);
    let json: serde_json::Value = browser
        .get(app.url(&format!("/host/c/alpha/numbers.json?{period}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let months = json["months"].as_array().unwrap();
    assert_eq!(months.len(), 2, "{json}");
    let month = |i: usize, field: &str| months[i][field].as_i64().unwrap();
    assert_eq!(
        (month(0, "nights"), month(0, "booked"), month(0, "came"), month(0, "walk_ins")),
        (1, 12, 11, 1),
        "{json}"
    );
    assert_eq!((month(0, "no_shows"), month(0, "first_timers"), month(0, "regulars")), (2, 9, 0), "{json}");
    assert_eq!(
        (month(1, "nights"), month(1, "booked"), month(1, "came"), month(1, "no_shows")),
        (1, 5, 5, 0),
        "{json}"
    );
    assert_eq!((month(1, "first_timers"), month(1, "regulars")), (2, 3), "{json}");
    assert_eq!((month(0, "stories_submitted"), month(0, "stories_accepted"), month(0, "stories_told")), (3, 1, 1));
    assert_eq!(json["total"]["came"], 16);
    assert_eq!(json["median_days_to_stage"], (late - (early - 10 * DAY_MS)) / DAY_MS);

    let page = browser.get(app.url(&format!("/host/c/alpha/numbers?{period}"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("2 nights: 16 guests at the door (11 for the first time, 3 who came before); 12 % of the booked seats stayed empty."), "{page}");
    assert!(page.contains("Stories: 3 submitted, 1 accepted, 1 told on stage so far."), "{page}");
    assert!(page.contains("<svg") && page.contains("<title>11</title>") && page.contains("<td>12 %</td>"), "{page}");
    let csv = browser.get(app.url(&format!("/host/c/alpha/numbers.csv?{period}"))).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "month,nights,booked,came,walk_ins,empty_seats,first_timers,regulars,stories_submitted,stories_accepted,stories_told"
    );
    assert_eq!(lines[1], format!("{:04}-{:02},1,12,11,1,2,9,0,3,1,1", early_month.0, early_month.1));
    assert_eq!(lines[3], "all,2,17,16,1,2,11,3,3,1,1");

    // A period the wrong way round, or a month that is not one, is refused and says why.
    let backwards =
        format!("from={:04}-{:02}&to={:04}-{:02}", late_month.0, late_month.1, early_month.0, early_month.1);
    let refused = browser.get(app.url(&format!("/host/c/alpha/numbers?{backwards}"))).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("Choose a period of 1 to 120 months"));
    let refused = browser.get(app.url("/host/c/alpha/numbers.json?from=2026-13")).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    // Not a host of this chapter: not allowed.
    let stranger = app.browser();
    assert_eq!(stranger.get(app.url("/host/c/alpha/numbers")).send().await.unwrap().status(), 303);
}

async fn the_network_view_puts_the_chapters_that_need_help_first(app: TestApp) {
    // Busy: nights every month for a year and one coming. Quiet: its last night five months
    // ago, nothing coming. New: nothing yet.
    let (_, night) = app.published_night("busy", 60).await;
    let busy = night["id"].as_i64().unwrap();
    let mut rng = Rng(22);
    monthly_history(&app, busy, 12, &mut rng).await;
    let (_, night) = app.published_night("quiet", 60).await;
    let quiet = night["id"].as_i64().unwrap();
    let now = Timestamp::from_utc(Utc::now()).0;
    execute(
        &app,
        format!(
            "UPDATE events SET starts_at = {}, ends_at = {} WHERE id = {quiet}",
            now - 152 * DAY_MS,
            now - 152 * DAY_MS + 3 * 3_600_000
        ),
    )
    .await;
    let seats = book(&app, &mut rng, quiet, now - 152 * DAY_MS, 20, Some(1.0)).await;
    app.chapter("new", "America/Mexico_City").await;
    app.cli(&["admin", "add", "--email", "admin@example.org"]).await.unwrap();
    let admin = app.browser();
    app.sign_in(&admin, "admin@example.org").await;

    let page = host_page(&app, &admin, "/host/network").await;
    let order = |page: &str| {
        let mut found: Vec<(usize, &str)> = ["Chapter busy", "Chapter quiet", "Chapter new"]
            .iter()
            .map(|name| (page.find(&format!(">{name}</a></th>")).unwrap_or_else(|| panic!("{name}: {page}")), *name))
            .collect();
        found.sort();
        found.into_iter().map(|(_, name)| name).collect::<Vec<_>>()
    };
    // Never had a night, then quiet for five months, then the busy one with a night coming.
    assert_eq!(order(&page), ["Chapter new", "Chapter quiet", "Chapter busy"], "{page}");
    assert!(page.contains("3 chapters"), "{page}");
    let by_name = host_page(&app, &admin, "/host/network?sort=name").await;
    assert_eq!(order(&by_name), ["Chapter busy", "Chapter new", "Chapter quiet"]);
    let by_guests = host_page(&app, &admin, "/host/network?sort=guests").await;
    assert_eq!(order(&by_guests)[0], "Chapter busy");

    let csv = admin.get(app.url("/host/network.csv?sort=name")).send().await.unwrap().text().await.unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 4, "{csv}");
    let quiet_line: Vec<&str> = lines[3].split(',').collect();
    assert_eq!(quiet_line[0], "quiet");
    assert_eq!(quiet_line[3], "", "nothing coming");
    assert_eq!(quiet_line[4], "5", "five months without a night");
    assert_eq!(quiet_line[5], seats.to_string(), "everyone came, plus-ones too");
    assert_eq!(lines[2].split(',').nth(2), Some(""), "the new chapter never had a night");

    // A host who is not a platform admin has no network view.
    let host = app.browser();
    app.sign_in(&host, "host@busy.test").await;
    assert_eq!(host.get(app.url("/host/network")).send().await.unwrap().status(), 403);
}
