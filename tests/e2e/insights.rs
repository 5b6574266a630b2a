//! Insights for hosts (issue #19): a night's turnout forecast from its chapter's own history,
//! the overbooking advice and the backtest, on a generated three-year history with a known
//! show rate, and the stated prior for a chapter without one.

use chrono::Utc;
use failnight_app::services::insights as service;
use failnight_core::{Timestamp, rng::Rng, with_tx};
use failnight_scheduling::events;

use crate::support::{TestApp, both_backends, both_backends_manual_clock};

both_backends!(
    a_night_s_turnout_is_forecast_from_the_chapter_s_own_history,
    without_history_the_forecast_says_so_and_uses_the_prior,
    the_chapter_s_numbers_count_each_month_as_it_happened,
    the_network_view_puts_the_chapters_that_need_help_first,
    the_waitlist_fills_up_to_the_advice_when_the_chapter_lets_it,
);
both_backends_manual_clock!(a_night_s_numbers_show_its_bookings_against_the_usual_and_its_waitlist);

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
             VALUES ($1, $2, $3, $11, $4, $5, $5, $6, $7, $8, $9, $10)"
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
        // As the door leaves them: checked in, or still confirmed.
        .bind(if showed { "checked_in" } else { "confirmed" })
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

    let turnout = service::turnout(&app.state, &event, Some(10)).await.unwrap();
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
    let careful = service::turnout(&app.state, &event, Some(1)).await.unwrap();
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
    let turnout = service::turnout(&app.state, &event, Some(10)).await.unwrap();
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
            "UPDATE rsvps SET checked_in_at = {early}, status = 'checked_in' WHERE event_id = {first} AND name NOT IN ('Guest 8', 'Guest 9')"
        ),
    )
    .await;
    execute(&app, format!(
        "INSERT INTO rsvps (event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code, walk_in, checked_in_at)
         VALUES ({first}, 'Walk In', 'walk@example.org', 'checked_in', 'walk-token', {early}, {early}, 0, 'walk-code', TRUE, {early})"
    )).await;
    // Two months ago: five parties, all came; three of them (Guests 0–2 of the first night, by
    // email) had come before.
    let second = copy_night(&app, template, 2, late).await;
    book(&app, &mut rng, second, late, 5, None).await;
    execute(
        &app,
        format!(
            "UPDATE rsvps SET checked_in_at = {late}, status = 'checked_in', plus_ones = 0 WHERE event_id = {second}"
        ),
    )
    .await;
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

    // Past a page of chapters, the view lists them a page at a time, in the order asked for
    // (the CSV has them all); a page past the last is the last.
    for n in 0..48 {
        app.chapter(&format!("more-{n:02}"), "Europe/Berlin").await;
    }
    let rows = |page: &str| page.matches("<th scope=\"row\">").count();
    let first = host_page(&app, &admin, "/host/network?sort=name").await;
    assert!(first.contains("51 chapters"), "{first}");
    assert_eq!(rows(&first), 50);
    assert!(first.contains("page=2\">") && !first.contains("page=0"), "{first}");
    let second = host_page(&app, &admin, "/host/network?sort=name&page=2").await;
    assert_eq!(rows(&second), 1);
    assert!(second.contains(">Chapter quiet</a></th>") && second.contains("51 chapters"), "{second}");
    assert!(second.contains("page=1\">") && !second.contains("page=3"), "{second}");
    assert_eq!(host_page(&app, &admin, "/host/network?sort=name&page=9").await, second);
    let csv = admin.get(app.url("/host/network.csv")).send().await.unwrap().text().await.unwrap();
    assert_eq!(csv.lines().count(), 52, "{csv}");

    // A host who is not a platform admin has no network view.
    let host = app.browser();
    app.sign_in(&host, "host@busy.test").await;
    assert_eq!(host.get(app.url("/host/network")).send().await.unwrap().status(), 403);
}

/// Books `count` people (no plus-ones) for night `id` through the booking path, named
/// `Person {from}`… on.
async fn book_people(app: &TestApp, id: i64, from: usize, count: usize) -> Vec<failnight_ticketing::Rsvp> {
    let mut booked = Vec::new();
    for i in from..from + count {
        let new = failnight_ticketing::rsvps::NewRsvp {
            name: format!("Person {i}"),
            email: format!("person{i}@example.org"),
            plus_ones: 0,
            language: None,
            accepts_code_of_conduct: true,
        };
        booked.push(failnight_app::services::bookings::rsvp(&app.state, id, new).await.unwrap().rsvp);
    }
    booked
}

async fn seats(app: &TestApp, id: i64) -> failnight_ticketing::seats::Seats {
    failnight_ticketing::seats::get(app.db(), id).await.unwrap()
}

async fn run_ticketing_jobs(app: &TestApp) -> failnight_app::services::ticketing::JobsRun {
    failnight_app::services::ticketing::run_jobs(&app.state).await.unwrap()
}

async fn the_waitlist_fills_up_to_the_advice_when_the_chapter_lets_it(app: TestApp) {
    let (_, night) = app.published_night("alpha", 60).await;
    let id = night["id"].as_i64().unwrap();
    let mut rng = Rng(0x3_0019);
    monthly_history(&app, id, 36, &mut rng).await;
    let event = events::get(app.db(), id).await.unwrap().unwrap();
    // 80 ask for the 60 seats: 60 confirmed, 20 waiting.
    let booked = book_people(&app, id, 0, 80).await;
    assert_eq!((seats(&app, id).await.confirmed, seats(&app, id).await.waitlisted), (60, 20));

    // Off by default: the jobs leave the night at its capacity.
    run_ticketing_jobs(&app).await;
    assert_eq!((seats(&app, id).await.confirmed, seats(&app, id).await.overbook), (60, 0));

    // A risk not offered is refused and changes nothing.
    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    let settings_form = |risk: &'static str| {
        browser.post(app.url("/host/c/alpha/settings/ticketing")).form(&[("overbook_risk", risk)]).send()
    };
    let refused = settings_form("7").await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("Choose no, or a risk of 1, 5, 10 or 20 %."));
    let chapter_id = event.chapter_id;
    assert_eq!(failnight_ticketing::settings::for_chapter(app.db(), chapter_id).await.unwrap().overbook_risk, 0);

    // On at 10 %, but the venue's capacity is not entered: nothing past the night's, and the
    // turnout page says why.
    assert_eq!(settings_form("10").await.unwrap().status(), 303);
    run_ticketing_jobs(&app).await;
    assert_eq!(seats(&app, id).await.confirmed, 60);
    let page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}/turnout")).await;
    assert!(
        page.contains("this night&#39;s venue has no capacity entered")
            || page.contains("this night's venue has no capacity entered"),
        "{page}"
    );
    assert!(page.contains(r#"<option value="10" selected>"#), "the chapter's risk is the page's: {page}");

    // The venue holds 70: the waitlist fills up to the advice, never past 70.
    execute(&app, format!("UPDATE venues SET capacity = 70 WHERE id = {}", event.venue_id)).await;
    let advice = service::advice(&app.state, &event, 10).await.unwrap().expect("36 nights of history");
    let turnout = service::turnout(&app.state, &event, Some(10)).await.unwrap();
    assert_eq!(advice, turnout.confirmable, "the job and the page give the same advice");
    assert!(advice > 70, "60 seats at a 70 % show rate take more than 70 confirmations at 10 %: {advice}");
    let run = run_ticketing_jobs(&app).await;
    assert_eq!((run.overbooked, run.promoted), (1, 10), "{run:?}");
    let counter = seats(&app, id).await;
    assert_eq!((counter.confirmed, counter.waitlisted, counter.overbook, counter.capacity), (70, 10, 10, 70));
    assert_eq!(run_ticketing_jobs(&app).await.overbooked, 0, "nothing changes twice");
    let page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}/turnout")).await;
    assert!(
        page.contains("never past the venue&#39;s 70 places: 10 seats above")
            || page.contains("never past the venue's 70 places: 10 seats above"),
        "{page}"
    );
    // Each promoted guest is told, once.
    let promoted = &booked[60..70];
    for rsvp in promoted {
        let status = failnight_ticketing::rsvps::get(app.db(), rsvp.id).await.unwrap().unwrap().status();
        assert_eq!(status, failnight_ticketing::RsvpStatus::Confirmed, "{}", rsvp.email);
    }
    // A new booking does not take an overbooked seat: it waits behind the others.
    let late = book_people(&app, id, 80, 1).await.remove(0);
    assert_eq!(late.status(), failnight_ticketing::RsvpStatus::Waitlisted);
    // The public page says the night is full, not "-10 left".
    let public = app.get(&format!("/e/{id}")).await.text().await.unwrap();
    assert!(!public.contains("-10"), "{public}");

    // A bigger room: up to the advice itself.
    execute(&app, format!("UPDATE venues SET capacity = 100 WHERE id = {}", event.venue_id)).await;
    run_ticketing_jobs(&app).await;
    assert_eq!(seats(&app, id).await.confirmed, advice.min(81));

    // Turned off: nobody loses a seat, and a seat freed above the capacity is not refilled.
    assert_eq!(settings_form("0").await.unwrap().status(), 303);
    let before = seats(&app, id).await;
    assert_eq!(before.confirmed, advice.min(81));
    failnight_app::services::ticketing::cancel_by_guest(&app.state, booked[0].id).await.unwrap();
    let after = seats(&app, id).await;
    assert_eq!(after.confirmed, before.confirmed - 1, "nobody took the freed seat");
    assert_eq!(after.waitlisted, before.waitlisted);
    assert_eq!(after.overbook, after.confirmed - 60);
}

async fn a_night_s_numbers_show_its_bookings_against_the_usual_and_its_waitlist(app: TestApp) {
    let (_, night) = app.published_night("alpha", 10).await;
    let id = night["id"].as_i64().unwrap();
    let event = events::get(app.db(), id).await.unwrap().unwrap();
    let starts = Timestamp::from_utc(event.starts_utc()).0;
    // Two past nights: the first had 4 bookings three weeks ahead and 6 two days ahead, the
    // second 2 three weeks ahead and 8 the day before. Usual: 3 two weeks ahead, 6 two days
    // ahead, 10 the day before.
    let mut rng = Rng(5);
    for (n, early, late, late_days) in [(1, 4, 6, 2), (2, 2, 8, 1)] {
        let past = starts - (60 - 30 * n) * DAY_MS - 40 * DAY_MS;
        let copy = copy_night(&app, id, n, past).await;
        book(&app, &mut rng, copy, past, early + late, None).await;
        execute(
            &app,
            format!("UPDATE rsvps SET plus_ones = 0, created_at = {} WHERE event_id = {copy}", past - 21 * DAY_MS),
        )
        .await;
        execute(&app, format!(
            "UPDATE rsvps SET created_at = {} WHERE event_id = {copy} AND id IN (SELECT id FROM rsvps WHERE event_id = {copy} ORDER BY id LIMIT {late})",
            past - late_days * DAY_MS
        )).await;
    }
    // This night: 12 ask twenty days ahead, so 2 wait; five days ahead one cancels and the
    // first waiting gets the seat.
    let clock = app.clock();
    clock.set(chrono::DateTime::from_timestamp_millis(starts - 20 * DAY_MS).unwrap());
    let booked = book_people(&app, id, 0, 12).await;
    clock.set(chrono::DateTime::from_timestamp_millis(starts - 5 * DAY_MS).unwrap());
    failnight_app::services::ticketing::cancel_by_guest(&app.state, booked[0].id).await.unwrap();
    clock.set(chrono::DateTime::from_timestamp_millis(starts - 3 * DAY_MS + 3_600_000).unwrap());

    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    let night_page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}")).await;
    assert!(night_page.contains(&format!("/host/c/alpha/events/{id}/numbers")), "linked from the night");
    let page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}/numbers")).await;
    let row = |when: &str, this: &str, usual: &str, waiting: &str| {
        format!("<tr><th scope=\"row\">{when}</th><td>{this}</td><td>{usual}</td><td>{waiting}</td></tr>")
    };
    for expected in [
        row("28 days before", "0", "0", "0"),
        row("21 days before", "0", "3", "0"),
        row("14 days before", "12", "3", "2"),
        row("7 days before", "12", "3", "2"),
        row("5 days before", "12", "3", "1"),
        row("3 days before", "12", "3", "1"),
        row("2 days before", "–", "6", "–"),
        row("1 day before", "–", "10", "–"),
        row("At the start", "–", "10", "–"),
    ] {
        assert!(page.contains(&expected), "{expected} in {page}");
    }
    assert!(
        page.contains("Usual: the average of the chapter&#39;s last 2 nights")
            || page.contains("Usual: the average of the chapter's last 2 nights"),
        "{page}"
    );
    assert!(page.contains("2 joined the waitlist: 1 got a seat, 0 left it, 1 still waiting."), "{page}");
    assert!(page.contains("<polyline") && page.contains("role=\"img\""), "{page}");

    // Once the night is over: who came. Nine of the ten with a seat check in at the door
    // (Person 10, who had waited, among them); Person 1 stays away.
    clock.set(chrono::DateTime::from_timestamp_millis(starts + 600_000).unwrap());
    let night = failnight_scheduling::events::get(app.db(), id).await.unwrap().unwrap();
    for rsvp in &booked[1..11] {
        let rsvp = failnight_ticketing::rsvps::get(app.db(), rsvp.id).await.unwrap().unwrap();
        if rsvp.status() == failnight_ticketing::RsvpStatus::Confirmed && rsvp.id != booked[1].id {
            failnight_app::services::ticketing::check_in(
                &app.state,
                failnight_app::services::Actor::System,
                &night,
                &rsvp.checkin_code,
            )
            .await
            .unwrap();
        }
    }
    clock.set(chrono::DateTime::from_timestamp_millis(starts + DAY_MS).unwrap());
    let browser = app.browser();
    app.sign_in(&browser, "host@alpha.test").await;
    let page = host_page(&app, &browser, &format!("/host/c/alpha/events/{id}/numbers")).await;
    assert!(
        page.contains(
            "9 at the door (10 seats booked, 0 walk-ins). Booked but empty: 1. First time: 9; been before: 0."
        ),
        "{page}"
    );
}
