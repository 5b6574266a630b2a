//! Random interleavings over the real services (a seeded PRNG, no proptest): RSVPs with
//! plus-ones, groups of bookings placed together in memory (with an email twice in a group
//! and emails that booked before), cancellations by guests and hosts, accepted and expiring
//! offers, capacity changes, switching between auto-confirm and offers; and with paid tickets
//! beside free ones, Stripe holds paid, abandoned, or paid after they ran out, and webhooks
//! delivered again.
//!
//! Each run draws a new seed and prints it; `FAILNIGHT_STRESS_SEED=<seed>` replays a run step
//! for step. A run takes its steps (`FAILNIGHT_STRESS_STEPS`; three times as many under
//! `CI=true`) and then goes on until it has done every kind of step at least once.
//! After every step: the seat counter
//! equals the RSVPs and stays within capacity, nobody is promoted past someone waiting before
//! them, and every transition produced exactly one email (and nothing else did).
//! Plus 1000 concurrent RSVPs over HTTP for a 100-seat night.

use std::collections::{BTreeMap, BTreeSet};

use failnight_app::services::{self, ticketing};
use failnight_core::Clock;
use failnight_scheduling::events::EventPatch;
use failnight_ticketing::{NewRsvp, payments::NewPurchase};
use serde_json::json;

use crate::support::{
    Rng, TestApp, both_backends, both_backends_manual_clock, both_backends_stripe,
    stripe::{FakeStripe, WEBHOOK_SECRET, signature},
};

both_backends_manual_clock!(random_interleavings_keep_every_invariant);
both_backends_stripe!(random_interleavings_with_paid_tickets_keep_every_invariant);
both_backends_stripe!(random_interleavings_with_paid_tickets_new_seed);
both_backends!(a_thousand_rsvps_for_a_hundred_seats);

/// Steps of a chaos run: `FAILNIGHT_STRESS_STEPS`, else `local` (three times as many in CI).
fn stress_steps(local: u64) -> u64 {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    std::env::var("FAILNIGHT_STRESS_STEPS").ok().and_then(|s| s.parse().ok()).unwrap_or(if ci {
        3 * local
    } else {
        local
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    status: String,
    offers: i64,
    seats: i64,
    reason: Option<String>,
    paid: bool,
    session: Option<String>,
}

async fn rows(app: &TestApp, event: i64) -> BTreeMap<i64, Row> {
    type Columns = (i64, String, i64, i64, Option<String>, bool, Option<String>);
    let all: Vec<Columns> = failnight_core::with_db!(app.db(), |e| sqlx::query_as(
        "SELECT id, status, offers, 1 + plus_ones, cancel_reason, paid_at IS NOT NULL, checkout_session_id
         FROM rsvps WHERE event_id = $1"
    )
    .bind(event)
    .fetch_all(e)
    .await)
    .unwrap();
    all.into_iter()
        .map(|(id, status, offers, seats, reason, paid, session)| {
            (id, Row { status, offers, seats, reason, paid, session })
        })
        .collect()
}

async fn outbox_keys(app: &TestApp) -> BTreeSet<String> {
    let keys: Vec<String> =
        failnight_core::with_db!(app.db(), |e| sqlx::query_scalar("SELECT idempotency_key FROM outbox")
            .fetch_all(e)
            .await)
        .unwrap();
    let set: BTreeSet<String> = keys.iter().cloned().collect();
    assert_eq!(set.len(), keys.len());
    set
}

/// The email keys a change of one RSVP must have produced.
fn expected_keys(id: i64, before: Option<&Row>, after: &Row, out: &mut BTreeSet<String>) {
    let was = before.map(|r| r.status.as_str());
    if was == Some(after.status.as_str()) {
        // Paid after the hold ran out and no seat was left: refunded, and told so.
        if after.status == "cancelled" && after.paid && before.is_some_and(|b| !b.paid) {
            out.insert(format!("rsvp:{id}:cancelled"));
        }
        return;
    }
    match (was, after.status.as_str()) {
        (None, "confirmed") | (Some("waitlisted" | "offered" | "held" | "cancelled"), "confirmed") => {
            out.insert(format!("rsvp:{id}:confirmation"));
        }
        (None, "waitlisted") => {
            out.insert(format!("rsvp:{id}:waitlisted"));
        }
        (Some("waitlisted"), "offered") => {
            out.insert(format!("rsvp:{id}:offer:{}", after.offers));
        }
        (Some("offered"), "cancelled") if after.reason.as_deref() == Some("offer_expired") => {
            out.insert(format!("rsvp:{id}:offer:{}:expired", after.offers));
        }
        // A seat bought and held: the link to pay. Held after accepting an offer (on the
        // ticket page, which goes on to the checkout) or running out: nothing to tell.
        (None, "held") => {
            out.insert(format!("rsvp:{id}:held"));
        }
        (Some("offered"), "held") => {}
        (Some("held"), "cancelled") if after.reason.as_deref() == Some("hold_expired") => {}
        (Some(_), "cancelled") => {
            out.insert(format!("rsvp:{id}:cancelled"));
        }
        other => panic!("unexpected transition of {id}: {other:?}"),
    }
}

async fn random_interleavings_keep_every_invariant(app: TestApp) {
    chaos(app, false, None).await;
}

/// A seed known to reach every payment path (a hold paid, abandoned, paid after it ran out, a
/// webhook replayed): those need a free seat at the moment someone buys, which a random run
/// reaches only now and then.
async fn random_interleavings_with_paid_tickets_keep_every_invariant(app: TestApp) {
    chaos(app, true, Some(0x5EED_F00D)).await;
}

/// The same with a new seed each run.
async fn random_interleavings_with_paid_tickets_new_seed(app: TestApp) {
    chaos(app, true, None).await;
}

/// A Stripe webhook about the checkout session `session`, signed as Stripe signs it; returns
/// the payload (Stripe delivers the same event again at times).
async fn stripe_says(app: &TestApp, n: usize, kind: &str, session: &str) -> String {
    let known = app.stripe().sessions().into_iter().find(|s| s["id"] == session).expect("a session we opened");
    let object = if kind == "checkout.session.completed" {
        FakeStripe::completed(&known, &format!("pi_{n}"))
    } else {
        FakeStripe::expired(&known)
    };
    let payload = FakeStripe::event(&format!("evt_{n}"), kind, object);
    deliver(app, &payload).await;
    payload
}

async fn deliver(app: &TestApp, payload: &str) {
    let sig = signature(payload, WEBHOOK_SECRET, app.clock().now().timestamp());
    ticketing::webhook(&app.state, payload.as_bytes(), Some(&sig)).await.unwrap();
}

/// `paid`: the night sells a paid ticket beside a free one; people buy it, pay for their
/// holds, abandon them, or pay after the hold ran out.
/// A chaos run on its own night: `seed`, else `FAILNIGHT_STRESS_SEED`, else a new one. A fixed
/// seed must also reach every payment path.
async fn chaos(app: TestApp, paid: bool, seed: Option<u64>) {
    let (host, event) = app.published_night("chaos", 6).await;
    let id = event["id"].as_i64().unwrap();
    let mut paid_ticket = None;
    if paid {
        let path = format!("/api/v1/events/{id}/ticket-types");
        let free = json!({"name": "Free", "kind": "free"});
        app.host_ok(reqwest::Method::POST, &host, &path, Some(&free), 201).await;
        let ticket = json!({"name": "Supporter", "kind": "paid", "price": 1000, "currency": "EUR"});
        paid_ticket = app.host_ok(reqwest::Method::POST, &host, &path, Some(&ticket), 201).await["id"].as_i64();
    }
    app.host_ok(
        reqwest::Method::PATCH,
        &host,
        "/api/v1/chapters/chaos/settings",
        Some(&json!({"max_plus_ones": 1, "reconfirm_hours": 0})),
        200,
    )
    .await;
    let fixed = seed.is_some();
    // A given seed runs as it is (printed all the same); else FAILNIGHT_STRESS_SEED or a new one.
    let mut rng = match seed {
        Some(seed) => {
            println!("seed {seed}: fixed");
            Rng(seed)
        }
        None => Rng::seeded("FAILNIGHT_STRESS_SEED").0,
    };
    let steps = stress_steps(if paid { 300 } else { 160 });
    let must_do: &[&str] = if paid && fixed {
        &["rsvp", "group", "buy", "cancel", "pay", "abandon", "pay late", "replay", "time", "capacity", "settings"]
    } else if paid {
        &["rsvp", "group", "buy", "cancel", "time", "capacity", "settings"]
    } else {
        &["rsvp", "group", "cancel", "accept", "time", "capacity", "settings"]
    };
    let starts = chrono::DateTime::parse_from_rfc3339(event["starts_at_utc"].as_str().unwrap()).unwrap().to_utc();
    let state = &app.state;
    let mut expected = BTreeSet::new();
    let mut before = rows(&app, id).await;
    let mut people = 0;
    let mut delivered: Vec<String> = Vec::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut paid_kept_seat, mut hold_ran_out) = (false, false);
    let mut statuses: BTreeSet<String> = BTreeSet::new();
    let mut step = 0;
    while step < steps || (step < 4 * steps && must_do.iter().any(|what| !seen.contains_key(what))) {
        step += 1;
        let action = rng.below(100);
        let ids: Vec<i64> = before.keys().copied().collect();
        let pick = |rng: &mut Rng, status: &str| {
            let matching: Vec<i64> = ids.iter().copied().filter(|i| before[i].status == status).collect();
            (!matching.is_empty()).then(|| matching[rng.below(matching.len() as u64) as usize])
        };
        let what = match action {
            0..=7 => {
                // A group booked together: placed in memory in order from the locked counter.
                let mut group = Vec::new();
                for _ in 0..2 + rng.below(5) {
                    let email = match rng.below(6) {
                        // Someone who booked before, or an email twice in this group.
                        0 if people > 0 => format!("p{}@example.org", 1 + rng.below(people)),
                        1 if !group.is_empty() => group.last().map(|g: &NewRsvp| g.email.clone()).unwrap(),
                        _ => {
                            people += 1;
                            format!("p{people}@example.org")
                        }
                    };
                    let name = format!("Person {}", email.trim_start_matches('p').trim_end_matches("@example.org"));
                    group.push(NewRsvp {
                        name,
                        email,
                        plus_ones: (rng.below(4) == 0) as i64,
                        language: None,
                        accepts_code_of_conduct: true,
                    });
                }
                for answer in failnight_app::services::bookings::book_group(state, id, &group).await {
                    // Each booking gets its own answer; only a night that started refuses them.
                    if let Err(error) = answer {
                        assert!(matches!(error, failnight_app::Error::Conflict("rsvp_closed", _)), "{error:?}");
                    }
                }
                "group"
            }
            8..=34 => {
                people += 1;
                let new = NewRsvp {
                    name: format!("Person {people}"),
                    email: format!("p{people}@example.org"),
                    plus_ones: (rng.below(4) == 0) as i64,
                    language: None,
                    accepts_code_of_conduct: true,
                };
                match paid_ticket.filter(|_| rng.below(2) == 0) {
                    Some(ticket_type_id) => {
                        let purchase = NewPurchase { rsvp: new, ticket_type_id, amount: None };
                        // Each person from their own address: the cap on holds per client is
                        // another test's.
                        let client = std::net::IpAddr::from([10, 0, (people >> 8) as u8, people as u8]);
                        let _ = ticketing::buy(state, id, &purchase, client).await;
                        "buy"
                    }
                    None => {
                        let _ = services::rsvp(state, id, &new).await;
                        "rsvp"
                    }
                }
            }
            35..=49 => {
                let status = ["confirmed", "waitlisted", "offered"][rng.below(3) as usize];
                if let Some(rsvp) = pick(&mut rng, status) {
                    if rng.below(2) == 0 {
                        // Once the night has started, only hosts may cancel (nothing changes).
                        match ticketing::cancel_by_guest(state, rsvp).await {
                            Err(failnight_app::Error::Conflict("night_started", _)) => {
                                assert!(app.clock().now() >= starts, "step {step}: refused before the start")
                            }
                            other => {
                                other.unwrap();
                            }
                        }
                    } else {
                        ticketing::cancel_by_host(state, services::Actor::System, rsvp).await.unwrap();
                    }
                }
                "cancel"
            }
            50..=64 if paid && rng.below(3) != 0 => {
                // Stripe reports a checkout: paid or expired; now and then a payment for a
                // hold that already ran out.
                let late: Vec<i64> = ids
                    .iter()
                    .copied()
                    .filter(|i| before[i].reason.as_deref() == Some("hold_expired") && !before[i].paid)
                    .collect();
                let held = pick(&mut rng, "held");
                let choice = rng.below(10);
                if choice < 2 && !delivered.is_empty() {
                    // A replay changes nothing (checked below like every step).
                    deliver(&app, &delivered[rng.below(delivered.len() as u64) as usize]).await;
                    "replay"
                } else if let Some(session) = held.and_then(|r| before[&r].session.clone()) {
                    let (kind, what) = if choice < 5 {
                        ("checkout.session.expired", "abandon")
                    } else {
                        ("checkout.session.completed", "pay")
                    };
                    delivered.push(stripe_says(&app, step as usize, kind, &session).await);
                    what
                } else if let Some(session) =
                    late.first().and_then(|r| before[r].session.clone()).filter(|_| choice.is_multiple_of(2))
                {
                    delivered.push(stripe_says(&app, step as usize, "checkout.session.completed", &session).await);
                    "pay late"
                } else {
                    "nothing to pay"
                }
            }
            50..=64 => {
                if let Some(rsvp) = pick(&mut rng, "offered") {
                    // May have expired by the clock: then 409, nothing changes.
                    let _ = ticketing::accept_offer(state, rsvp).await;
                }
                "accept"
            }
            65..=76 => {
                // Minutes (a hold or an offer may still be open) or hours (they run out).
                let minutes = if rng.below(2) == 0 { rng.below(30) } else { 60 * rng.below(30) };
                app.clock().advance(chrono::Duration::minutes(minutes as i64));
                ticketing::run_jobs(state).await.unwrap();
                "time"
            }
            77..=89 => {
                let capacity = 1 + rng.below(if paid { 16 } else { 10 }) as i64;
                let patch = EventPatch { capacity: Some(capacity), ..Default::default() };
                // Below the seats in use it is refused (422), which changes nothing.
                let _ = services::update_event(state, services::Actor::System, id, &patch, services::Mode::Apply).await;
                "capacity"
            }
            _ => {
                let mode = if rng.below(2) == 0 { "auto" } else { "offer" };
                let hours = 1 + rng.below(48) as i64;
                app.host_ok(
                    reqwest::Method::PATCH,
                    &host,
                    "/api/v1/chapters/chaos/settings",
                    Some(&json!({"promotion_mode": mode, "offer_hours": hours})),
                    200,
                )
                .await;
                "settings"
            }
        };
        *seen.entry(what).or_insert(0) += 1;
        let after = rows(&app, id).await;
        // The counter equals the RSVPs and stays within capacity.
        let (capacity, confirmed, held, offered, waitlisted): (i64, i64, i64, i64, i64) =
            failnight_core::with_db!(app.db(), |e| sqlx::query_as(
                "SELECT capacity, confirmed, held, offered, waitlisted FROM seat_counts WHERE event_id = $1"
            )
            .bind(id)
            .fetch_one(e)
            .await)
            .unwrap();
        let sum = |s: &[&str]| after.values().filter(|r| s.contains(&r.status.as_str())).map(|r| r.seats).sum::<i64>();
        assert_eq!(
            (confirmed, held, offered),
            (sum(&["confirmed", "checked_in"]), sum(&["held"]), sum(&["offered"])),
            "step {step} {what}"
        );
        assert!(confirmed + held + offered <= capacity, "step {step} {what}: over capacity");
        let queue = after.values().filter(|r| r.status == "waitlisted").count() as i64;
        assert_eq!(waitlisted, queue, "step {step} {what}: the queue's length on the counter");
        // No seat idles while the head of the queue fits (until the night starts).
        if app.clock().now() < starts
            && let Some(head) = after.values().find(|r| r.status == "waitlisted")
        {
            assert!(capacity - confirmed - held - offered < head.seats, "step {step} {what}: a free seat idles");
        }
        // Nobody was promoted past someone who still waits before them.
        let first_waiting = after.iter().filter(|(_, r)| r.status == "waitlisted").map(|(i, _)| *i).min();
        for (rsvp, row) in &after {
            let promoted = before.get(rsvp).is_some_and(|b| b.status == "waitlisted")
                && row.status != "waitlisted"
                && row.status != "cancelled";
            if promoted && let Some(first) = first_waiting {
                assert!(*rsvp < first, "step {step} {what}: {rsvp} promoted while {first} waits");
            }
        }
        // Exactly one email per transition, and no others.
        for (rsvp, row) in &after {
            expected_keys(*rsvp, before.get(rsvp), row, &mut expected);
        }
        // Someone who books again gets their ticket link by email once per 15 minutes
        // (`rsvp:{id}:again:{window}`): only for an RSVP that existed before the step, or (the
        // same email twice in one group) was made by this very group.
        let (again, keys): (BTreeSet<String>, BTreeSet<String>) =
            outbox_keys(&app).await.into_iter().partition(|k| k.contains(":again:"));
        for key in &again {
            let rsvp: i64 = key.split(':').nth(1).unwrap().parse().unwrap();
            assert!(after.contains_key(&rsvp), "step {step} {what}: {key} of no RSVP");
            assert!(before.contains_key(&rsvp) || what == "group", "step {step} {what}: {key}");
        }
        assert_eq!(keys, expected, "step {step} {what}");
        statuses.extend(after.values().map(|r| r.status.clone()));
        paid_kept_seat |= after.values().any(|r| r.paid && r.status == "confirmed");
        hold_ran_out |= after.values().any(|r| r.reason.as_deref() == Some("hold_expired"));
        before = after;
    }
    assert!(statuses.len() >= 3, "the run visited several states: {statuses:?}");
    for what in must_do {
        assert!(seen.contains_key(what), "the run did {what} within {step} steps: {seen:?}");
    }
    if paid && fixed {
        assert!(paid_kept_seat, "someone paid and had their seat confirmed");
        assert!(hold_ran_out, "some holds ran out");
    }
    app.stop().await;
}

async fn a_thousand_rsvps_for_a_hundred_seats(app: TestApp) {
    let (_, event) = app.published_night("thousand", 100).await;
    let id = event["id"].as_i64().unwrap();
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(1000));
    let began = std::time::Instant::now();
    let mut tasks = Vec::new();
    for n in 0..1000 {
        let (client, url, start) = (app.client.clone(), app.url(&format!("/api/v1/events/{id}/rsvps")), start.clone());
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            let body = json!({"name": format!("Person {n}"), "email": format!("person{n}@example.org"), "accept_code_of_conduct": true});
            let response = client.post(url).json(&body).send().await.unwrap();
            // The same public answer for everyone; what was booked is in the database.
            assert_eq!(response.status(), 202);
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    eprintln!("1000 concurrent RSVPs answered in {:?}", began.elapsed());
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'confirmed'").await, 100);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'waitlisted'").await, 900);
    assert_eq!(app.count("SELECT confirmed FROM seat_counts").await, 100);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 1000);
    app.stop().await;
}
