//! Capacity is never exceeded, whatever the concurrency: 300 people RSVP to a 50-seat night at
//! the same moment over HTTP. Bookings that arrive together are booked as a group in one
//! transaction (`services::bookings`): a group keeps every person's own answer, the order of
//! the queue, and survives one member's failure. Ticket reads asked together are made as one
//! statement (`services::ticket_reads`), each with its own answer.

use std::time::Duration;

use failnight_app::{
    Error,
    services::{bookings::book_group, ticket_reads::read_group, ticketing},
};
use failnight_core::{Db, Tx, foreground::BUSY_WRITES, with_tx};
use failnight_scheduling::events;
use failnight_ticketing::rsvps::{self, NewRsvp};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestApp, both_backends};

both_backends!(
    three_hundred_rsvps_for_fifty_seats,
    a_group_is_booked_in_order,
    a_group_reads_its_own_bookings_however_full_the_night,
    a_rush_of_bookings_keeps_the_outbox_waiting,
    a_failing_group_is_booked_one_by_one,
    tickets_asked_together_are_each_read,
    a_failing_read_group_is_read_one_by_one
);

async fn three_hundred_rsvps_for_fifty_seats(app: TestApp) {
    let (_, event) = app.published_night("rush", 50).await;
    let id = event["id"].as_i64().unwrap();
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(300));
    let mut tasks = Vec::new();
    for n in 0..300 {
        let (client, url, start) = (app.client.clone(), app.url(&format!("/api/v1/events/{id}/rsvps")), start.clone());
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            let body = serde_json::json!({"name": format!("Person {n}"), "email": format!("person{n}@example.org"), "accept_code_of_conduct": true});
            let response = client.post(url).json(&body).send().await.unwrap();
            // The public answer is the same for everyone; what was booked arrives by email.
            assert_eq!(response.status(), 202);
            assert_eq!(response.json::<Value>().await.unwrap()["result"], "check_your_email");
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'confirmed'").await, 50);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps WHERE status = 'waitlisted'").await, 250);
    assert_eq!(app.count("SELECT confirmed FROM seat_counts").await, 50);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 300);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE ics IS NOT NULL").await, 50);
    let event: Value = app.get_event(id).await.json().await.unwrap();
    assert_eq!(event["seats_left"], 0);

    // Every email is delivered exactly once.
    let mails = app.smtp.wait_for(300, Duration::from_secs(60)).await;
    let mut recipients: Vec<_> = mails.iter().map(|m| m.to[0].clone()).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 300);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.smtp.messages().len(), 300, "no email twice");
    app.stop().await;
}

fn person(name: &str, email: &str, plus_ones: i64) -> NewRsvp {
    NewRsvp { name: name.into(), email: email.into(), plus_ones, language: None, accepts_code_of_conduct: true }
}

/// The lookup of a group's emails (who booked already) reads those people's bookings, not the
/// night's: with 3,000 bookings and no statistics yet (a new database, a night's first
/// minutes), a group of 32 reads at most its own rows. The lookup runs under the night's seat
/// counter lock, so a cost that grew with the night would stall every booking behind it. On
/// PostgreSQL the rows read are counted by the database itself, in the transaction.
async fn a_group_reads_its_own_bookings_however_full_the_night(app: TestApp) {
    let (_, event) = app.published_night("full", 5_000).await;
    let id = event["id"].as_i64().unwrap();
    let seed = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
        INSERT INTO rsvps (event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code)
        SELECT $1, 'Guest ' || i, 'guest' || i || '@example.org', 'confirmed', 'seed-t-' || i, i, i, 0, 'seed-c-' || i
        FROM n";
    let mut tx = app.db().begin().await.unwrap();
    execute(&mut tx, seed, id).await;
    execute(&mut tx, "UPDATE seat_counts SET confirmed = 3000 WHERE event_id = $1", id).await;
    tx.commit().await.unwrap();

    let mut group: Vec<NewRsvp> = (0..30).map(|i| person("New", &format!("new{i}@example.org"), 0)).collect();
    group.push(person("Guest again", "guest7@example.org", 0));
    group.push(person("Guest again", "guest2999@example.org", 0));
    let mut tx = app.db().begin().await.unwrap();
    let night = events::get(&mut tx, id).await.unwrap().unwrap();
    let before = rows_read(&mut tx).await;
    let answers = rsvps::rsvp_many(&mut tx, id, night.bookable(), &group, chrono::Utc::now()).await.unwrap();
    let read = rows_read(&mut tx).await.map(|after| after - before.unwrap());
    tx.commit().await.unwrap();

    let outcomes: Vec<_> = answers.into_iter().map(Result::unwrap).collect();
    assert!(outcomes[..30].iter().all(|o| o.created && o.rsvp.status.as_str() == "confirmed"));
    for (outcome, email) in outcomes[30..].iter().zip(["guest7@example.org", "guest2999@example.org"]) {
        assert!(!outcome.created, "{email} had booked before");
        assert_eq!(outcome.rsvp.email, email);
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 3030);
    if let Some(read) = read {
        assert!(read <= 32, "the group's lookup read {read} rows of a night of 3,000");
    }
}

/// Bookings waiting for their turn count as the process's writing requests: from
/// `BUSY_WRITES` of them on, the process is busy (the outbox's dispatcher gives way, see
/// `outbox::deliveries_give_way_to_a_rush_of_writes`), and quiet again once they are answered.
/// Here the night's seat counter is held by a transaction of the test's, so the bookings wait.
async fn a_rush_of_bookings_keeps_the_outbox_waiting(app: TestApp) {
    let (_, event) = app.published_night("rush-busy", 50).await;
    let id = event["id"].as_i64().unwrap();
    assert!(!app.state.foreground.busy());
    let mut tx = app.db().begin().await.unwrap();
    execute(&mut tx, "UPDATE seat_counts SET capacity = capacity WHERE event_id = $1", id).await;
    let bookings: Vec<_> = (0..BUSY_WRITES)
        .map(|n| {
            let (client, url) = (app.client.clone(), app.url(&format!("/api/v1/events/{id}/rsvps")));
            tokio::spawn(async move {
                let body = json!({"name": format!("Rush {n}"), "email": format!("rush{n}@example.org"), "accept_code_of_conduct": true});
                client.post(url).json(&body).send().await.unwrap().status()
            })
        })
        .collect();
    let waited = becomes_busy(&app, true).await;
    tx.rollback().await.unwrap();
    assert!(waited, "{BUSY_WRITES} bookings in flight make the process busy");
    for booking in bookings {
        assert_eq!(booking.await.unwrap(), 202);
    }
    assert!(becomes_busy(&app, false).await, "quiet again once they are answered");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, BUSY_WRITES as i64);
}

/// Whether the process's writing requests make it `busy` (or not) within 20 s.
async fn becomes_busy(app: &TestApp, busy: bool) -> bool {
    tokio::time::timeout(Duration::from_secs(20), async {
        while app.state.foreground.busy() != busy {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .is_ok()
}

/// Runs `sql` with the night's id as `$1` in `tx`.
async fn execute(tx: &mut Tx, sql: &'static str, id: i64) {
    with_tx!(tx, |c| sqlx::query(sql).bind(id).execute(&mut *c).await.map(|_| ())).unwrap();
}

/// On PostgreSQL, the rows of `rsvps` this transaction has read so far (through indexes or
/// not); `None` on SQLite, which does not count them.
async fn rows_read(tx: &mut Tx) -> Option<i64> {
    let Tx::Postgres(c, _) = tx else { return None };
    let sql = "SELECT COALESCE(seq_tup_read, 0) + COALESCE(idx_tup_fetch, 0) FROM pg_stat_xact_user_tables
               WHERE relname = 'rsvps'";
    Some(sqlx::query_scalar::<_, i64>(sql).fetch_one(&mut **c).await.unwrap())
}

/// One group, booked in one transaction, meets every rule a booking alone meets: seats in the
/// group's order, nobody jumps the queue (a +2 that did not fit waits, and so does everyone
/// after them), bad input is that person's error alone, the same email twice (in the group or
/// from before) is one RSVP, and every new RSVP gets its email.
async fn a_group_is_booked_in_order(app: TestApp) {
    let (host, event) = app.published_night("group", 3).await;
    let id = event["id"].as_i64().unwrap();
    let settings = json!({"max_plus_ones": 2});
    app.host_ok(Method::PATCH, &host, "/api/v1/chapters/group/settings", Some(&settings), 200).await;
    assert_eq!(app.rsvp_api(id, "Early", "early@example.org").await.status(), 202);

    let group = [
        person("Ada", "ada@example.org", 0),
        person("Nobody", "not-an-email", 0),
        person("Bea", "bea@example.org", 2),
        person("Cy", "cy@example.org", 0),
        person("Ada again", "ADA@example.org", 0),
        person("Early again", "early@example.org", 0),
        person("Dee", "dee@example.org", 5),
    ];
    let answers = book_group(&app.state, id, &group).await;
    assert_eq!(answers.len(), group.len());
    let ok = |i: usize| answers[i].as_ref().unwrap_or_else(|e| panic!("booking {i}: {e:?}"));
    assert!(ok(0).created);
    assert_eq!(ok(0).rsvp.status.as_str(), "confirmed");
    assert!(matches!(&answers[1], Err(Error::Invalid(errors)) if errors.0.contains_key("email")), "{:?}", answers[1]);
    assert_eq!(
        (ok(2).rsvp.status.as_str(), ok(2).waitlist_position),
        ("waitlisted", Some(1)),
        "a +2 does not fit one seat"
    );
    assert_eq!(
        (ok(3).rsvp.status.as_str(), ok(3).waitlist_position),
        ("waitlisted", Some(2)),
        "one seat is left, but Bea waits first"
    );
    assert!(!ok(4).created, "the same email later in the group");
    assert_eq!(ok(4).rsvp.id, ok(0).rsvp.id);
    assert_eq!(ok(4).rsvp.name, "Ada");
    assert!(!ok(5).created, "the same email as before the group");
    assert_eq!(ok(5).rsvp.email, "early@example.org");
    assert!(
        matches!(&answers[6], Err(Error::Invalid(errors)) if errors.0.contains_key("plus_ones")),
        "{:?}",
        answers[6]
    );

    // The positions told are the queue's (booking order), and the counter agrees with the rows.
    for i in [2, 3] {
        assert_eq!(rsvps::waitlist_position(app.db(), &ok(i).rsvp).await.unwrap(), ok(i).waitlist_position.unwrap());
    }
    assert_eq!(app.count("SELECT confirmed FROM seat_counts").await, 2);
    assert_eq!(app.count("SELECT waitlisted FROM seat_counts").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 4);
    // Every new RSVP gets its email; Early, who had booked before, gets her ticket's link again
    // (Ada, twice in the group, only her confirmation).
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'rsvp:%'").await, 5);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'rsvp:%:again:%'").await, 1);
    let mails = app.smtp.wait_for(5, Duration::from_secs(20)).await;
    let mut to: Vec<_> = mails.iter().map(|m| m.to[0].clone()).collect();
    to.sort();
    assert_eq!(to, ["ada@example.org", "bea@example.org", "cy@example.org", "early@example.org", "early@example.org"]);
    app.stop().await;
}

/// A booking the database refuses (here a trigger standing in for any failure of one row)
/// fails the group's transaction; the others are then booked one by one and only that person
/// gets an error.
async fn a_failing_group_is_booked_one_by_one(app: TestApp) {
    let (_, event) = app.published_night("refuse", 10).await;
    let id = event["id"].as_i64().unwrap();
    refuse_inserts_of(app.db(), "boom@example.org").await;

    let group = [
        person("One", "one@example.org", 0),
        person("Boom", "boom@example.org", 0),
        person("Two", "two@example.org", 0),
    ];
    let answers = book_group(&app.state, id, &group).await;
    assert_eq!(answers[0].as_ref().unwrap().rsvp.status.as_str(), "confirmed");
    assert!(matches!(answers[1], Err(Error::Internal(_))), "{:?}", answers[1]);
    assert_eq!(answers[2].as_ref().unwrap().rsvp.status.as_str(), "confirmed");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 2);
    assert_eq!(app.count("SELECT confirmed FROM seat_counts").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 2);
    app.stop().await;
}

/// Ticket reads: a group of the test's choice (a token twice, unknown and malformed ones) gives
/// each its own answer in order; 300 reads at once through the queue (more than one statement
/// holds) each get their own ticket or a 404; a read after a write sees it.
async fn tickets_asked_together_are_each_read(app: TestApp) {
    let (_, event) = app.published_night("reads", 200).await;
    let id = event["id"].as_i64().unwrap();
    let group: Vec<NewRsvp> =
        (0..100).map(|n| person(&format!("Guest {n}"), &format!("guest{n}@example.org"), 0)).collect();
    let booked: Vec<_> = book_group(&app.state, id, &group).await.into_iter().map(|a| a.unwrap().rsvp).collect();

    let tokens =
        [&booked[0].token, "no-such-ticket", "not a token!", &booked[1].token, &booked[0].token].map(String::from);
    let ids: Vec<Option<i64>> =
        read_group(&app.state, &tokens).await.into_iter().map(|a| a.unwrap().map(|r| r.id)).collect();
    assert_eq!(ids, [Some(booked[0].id), None, None, Some(booked[1].id), Some(booked[0].id)]);

    let start = std::sync::Arc::new(tokio::sync::Barrier::new(300));
    let mut tasks = Vec::new();
    for n in 0..300 {
        let (state, start) = (app.state.clone(), start.clone());
        let guest = (n % 7 != 0).then(|| booked[n % booked.len()].clone());
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            let token = guest.as_ref().map_or(format!("unknown-{n}"), |g| g.token.clone());
            match (ticketing::by_token(&state, &token).await, guest) {
                (Ok(rsvp), Some(guest)) => assert_eq!(rsvp, guest),
                (Err(Error::NotFound(_)), None) => {}
                (answer, guest) => panic!("read {n}: {answer:?} for {guest:?}"),
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }

    let cancel = app.url(&format!("/t/{}/cancel", booked[2].token));
    assert_eq!(app.client.post(&cancel).form(&[("confirm", "yes")]).send().await.unwrap().status().as_u16() / 100, 3);
    let after = ticketing::by_token(&app.state, &booked[2].token).await.unwrap();
    assert_eq!(after.status.as_str(), "cancelled");
    app.stop().await;
}

/// A row the database gives back but that cannot be read (a language written by hand, standing
/// in for any failure of one row) fails the group's statement; the reads are then made one by
/// one and only that guest gets an error.
async fn a_failing_read_group_is_read_one_by_one(app: TestApp) {
    let (_, event) = app.published_night("unreadable", 10).await;
    let id = event["id"].as_i64().unwrap();
    let group = [person("One", "one@example.org", 0), person("Odd", "odd@example.org", 0)];
    let booked: Vec<_> = book_group(&app.state, id, &group).await.into_iter().map(|a| a.unwrap().rsvp).collect();
    let mut tx = app.db().begin().await.unwrap();
    with_tx!(&mut tx, |c| sqlx::query("UPDATE rsvps SET language = 'klingon' WHERE email = 'odd@example.org'")
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();

    let tokens = [booked[0].token.clone(), booked[1].token.clone()];
    let answers = read_group(&app.state, &tokens).await;
    assert_eq!(answers[0].as_ref().unwrap().as_ref().map(|r| r.id), Some(booked[0].id));
    assert!(matches!(answers[1], Err(Error::Internal(_))), "{:?}", answers[1]);
    app.stop().await;
}

/// Makes the database refuse to insert an RSVP for `email`.
async fn refuse_inserts_of(db: &Db, email: &str) {
    let statements = match db {
        Db::Sqlite { .. } => vec![format!(
            "CREATE TRIGGER refuse BEFORE INSERT ON rsvps WHEN NEW.email = '{email}'
             BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )],
        Db::Postgres(_) => vec![
            format!(
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                 BEGIN IF NEW.email = '{email}' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$"
            ),
            "CREATE TRIGGER refuse BEFORE INSERT ON rsvps FOR EACH ROW EXECUTE FUNCTION refuse()".to_string(),
        ],
    };
    let mut tx = db.begin().await.unwrap();
    for sql in statements {
        with_tx!(&mut tx, |c| sqlx::raw_sql(sqlx::AssertSqlSafe(sql.clone())).execute(&mut *c).await.map(|_| ()))
            .unwrap();
    }
    tx.commit().await.unwrap();
}
