//! The email outbox under failure, against a real SMTP server that misbehaves on purpose:
//! permanent and transient refusals, the server down and back, a dispatcher killed in the
//! middle of a batch, two worker processes racing on one PostgreSQL, and header injection
//! through rows that never went through a form.
//!
//! Time is a [`ManualClock`]: backoff and leases are passed by advancing it, never slept on.

use std::{collections::HashMap, time::Duration};

use failnight_core::{
    Backend, Clock, Db, Timestamp,
    foreground::{BUSY_WRITES, Foreground},
    outbox,
    outbox::{Category, NewEmail},
    time::ManualClock,
    with_db, with_tx,
};
use failnight_reminders::{Dispatcher, DispatcherOptions, MailTransport, Mailbox, dispatcher::Pass};
use mail_parser::HeaderValue;

use crate::support::{TestApp, both_backends, smtp::MAIL_WAIT};

both_backends!(without_workers:
    permanent_failures_stop_and_are_shown_to_hosts,
    smtp_down_then_up_delivers_everything_once,
    dispatcher_killed_mid_batch_loses_nothing,
    header_injection_in_rows_produces_safe_headers,
    optional_mail_carries_list_unsubscribe,
    deliveries_wait_for_a_connection,
    a_busy_dispatcher_claims_the_next_batch_while_one_is_delivered,
    deliveries_give_way_to_a_rush_of_writes,
    deliveries_give_way_for_a_bounded_time_only,
    a_dispatcher_never_claims_what_it_is_still_delivering,
    an_email_in_the_servers_hands_is_not_dropped_when_it_expires,
    an_email_delivered_after_another_dispatcher_dropped_it_counts_as_sent,
    a_delivery_that_waits_too_long_is_left_to_its_lease,
    a_claim_in_flight_keeps_its_lease,
    a_silent_smtp_server_fails_the_delivery_in_time,
    a_dispatcher_stopping_mid_delivery_releases_it,
    a_server_shut_down_mid_delivery_exits_and_hands_the_email_on,
    done_emails_are_pruned_after_their_retention_and_nothing_else,
);

fn email(key: &str, to_email: &str, event_id: Option<i64>) -> NewEmail {
    NewEmail {
        idempotency_key: key.to_string(),
        message_id: format!("{}@failnight.test", key.replace([':', '@'], ".")),
        category: Category::Transactional,
        to_email: to_email.to_string(),
        to_name: "Someone".to_string(),
        subject: format!("About {key}"),
        body_text: format!("Text of {key}."),
        body_html: format!("<p>Text of {key}.</p>"),
        invite: None,
        event_id,
        unsubscribe_url: None,
        expires_at: None,
        sensitive: false,
    }
}

async fn enqueue_all(db: &Db, emails: &[NewEmail], now: Timestamp) {
    let mut tx = db.begin().await.unwrap();
    for email in emails {
        assert!(outbox::enqueue(&mut tx, email, now).await.unwrap(), "{} queued", email.idempotency_key);
    }
    tx.commit().await.unwrap();
}

fn dispatcher(app: &TestApp, clock: &ManualClock, batch: i64) -> Dispatcher {
    app.dispatcher(clock, batch)
}

/// The test's dispatcher with `connections` SMTP connections instead of one per email.
fn dispatcher_with_connections(app: &TestApp, clock: &ManualClock, batch: i64, connections: u32) -> Dispatcher {
    let options =
        DispatcherOptions { batch, lease: std::time::Duration::from_secs(60), ..DispatcherOptions::default() };
    dispatcher_with(app, clock, connections, options)
}

/// The test's dispatcher with `connections` SMTP connections and `options`.
fn dispatcher_with(app: &TestApp, clock: &ManualClock, connections: u32, options: DispatcherOptions) -> Dispatcher {
    Dispatcher::new(
        app.db().clone(),
        MailTransport::smtp(&app.smtp.url(), connections).unwrap(),
        std::sync::Arc::new(clock.clone()),
        "failnight <nights@failnight.test>".parse::<Mailbox>().unwrap(),
        options,
        Default::default(),
    )
}

/// One outbox row's delivery state.
#[derive(Debug, sqlx::FromRow)]
struct RowState {
    attempts: i64,
    last_error: Option<String>,
    sent_at: Option<i64>,
    failed_at: Option<i64>,
}

async fn row_state(db: &Db, to_email: &str) -> RowState {
    with_db!(db, |e| sqlx::query_as::<_, RowState>(
        "SELECT attempts, last_error, sent_at, failed_at FROM outbox WHERE to_email = $1"
    )
    .bind(to_email)
    .fetch_one(e)
    .await)
    .unwrap()
}

/// How often each Message-ID arrived.
/// [`arrivals`] once at least `n` distinct messages are in: the sink keeps a message just after
/// it answers 250, so a message marked sent may reach its list a moment later (a lost one
/// fails here, after `MAIL_WAIT`).
async fn arrived(app: &TestApp, n: usize) -> HashMap<String, usize> {
    app.smtp.wait_until("the messages arrived", MAIL_WAIT, |_| arrivals(app).len() >= n).await;
    arrivals(app)
}

fn arrivals(app: &TestApp) -> HashMap<String, usize> {
    let mut seen = HashMap::new();
    for message in app.smtp.messages() {
        *seen.entry(message.message_id()).or_insert(0) += 1;
    }
    seen
}

/// The backoff after the `attempts`-th try is at most this long (30 s doubled, +20 % jitter).
fn past_backoff(attempts: u32) -> chrono::Duration {
    chrono::Duration::milliseconds((30_000i64 << (attempts - 1)) * 12 / 10 + 1)
}

/// A 5xx answer (at RCPT or at DATA) fails the email after one try, with the server's words
/// kept for the hosts; a 4xx is retried; the other emails go through.
async fn permanent_failures_stop_and_are_shown_to_hosts(app: TestApp) {
    let (_, event) = app.published_night("fails", 10).await;
    let event_id = event["id"].as_i64().unwrap();
    let clock = ManualClock::new(chrono::Utc::now());
    app.smtp.reject_rcpt("nobody@example.org", "550 5.1.1 unknown mailbox");
    app.smtp.reject_data("full@example.org", "552 5.2.2 mailbox full");
    app.smtp.reject_rcpt("later@example.org", "451 4.3.0 try again later");
    let emails =
        ["ada@example.org", "grace@example.org", "nobody@example.org", "full@example.org", "later@example.org"]
            .map(|to| email(&format!("perm:{to}"), to, Some(event_id)));
    enqueue_all(app.db(), &emails, clock.timestamp()).await;
    let dispatcher = dispatcher(&app, &clock, 10);

    let pass = dispatcher.run_once().await.unwrap();
    assert_eq!(pass, Pass { claimed: 5, sent: 2, retried: 1, failed: 2, lease_lost: 0, deferred: 0, released: 0 });
    let failed = outbox::failed(app.db(), event_id).await.unwrap();
    assert_eq!(failed.len(), 2, "{failed:?}");
    let reason = |to: &str| failed.iter().find(|f| f.to_email == to).unwrap().last_error.clone();
    assert!(reason("nobody@example.org").contains("550") && reason("nobody@example.org").contains("unknown mailbox"));
    assert!(reason("full@example.org").contains("552") && reason("full@example.org").contains("mailbox full"));
    assert!(failed.iter().all(|f| f.subject.starts_with("About perm:") && f.failed_at == clock.timestamp()));
    for to in ["nobody@example.org", "full@example.org"] {
        assert_eq!(row_state(app.db(), to).await.attempts, 1, "{to} tried once");
    }
    let later = row_state(app.db(), "later@example.org").await;
    assert!(later.last_error.as_deref().is_some_and(|e| e.contains("451")), "{later:?}");
    assert!(later.failed_at.is_none() && later.sent_at.is_none());
    let counts = outbox::counts_for_event(app.db(), event_id).await.unwrap();
    assert_eq!(counts, outbox::Counts { queued: 0, sent: 2, retrying: 1, failed: 2 });

    // The 4xx mailbox recovers; only it is tried again, and failed emails never are.
    app.smtp.accept("later@example.org");
    app.smtp.accept("nobody@example.org");
    clock.advance(past_backoff(1));
    let pass = dispatcher.run_once().await.unwrap();
    assert_eq!((pass.claimed, pass.sent), (1, 1));
    clock.advance(chrono::Duration::days(1));
    assert_eq!(dispatcher.run_once().await.unwrap().claimed, 0);
    let counts = outbox::counts_for_event(app.db(), event_id).await.unwrap();
    assert_eq!(counts, outbox::Counts { queued: 0, sent: 3, retrying: 0, failed: 2 });
    assert_eq!(outbox::counts(app.db()).await.unwrap(), counts);
    let mut delivered: Vec<_> = app.smtp.messages().iter().map(|m| m.to[0].clone()).collect();
    delivered.sort();
    assert_eq!(delivered, ["ada@example.org", "grace@example.org", "later@example.org"]);
    assert!(arrivals(&app).values().all(|&n| n == 1));
    app.stop().await;
}

/// Emails queued while the SMTP server is down are retried with backoff (never given up), and
/// all arrive once it is back, each exactly once.
async fn smtp_down_then_up_delivers_everything_once(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    app.smtp.stop().await;
    let emails: Vec<_> = (0..6).map(|i| email(&format!("down:{i}"), &format!("p{i}@example.org"), None)).collect();
    enqueue_all(app.db(), &emails, clock.timestamp()).await;
    let dispatcher = dispatcher(&app, &clock, 4);

    // First tries: refused. Everything is rescheduled, nothing failed.
    let mut retried = 0;
    loop {
        let pass = dispatcher.run_once().await.unwrap();
        if pass.claimed == 0 {
            break;
        }
        assert_eq!(pass.retried, pass.claimed, "{pass:?}");
        retried += pass.retried;
    }
    assert_eq!(retried, 6);
    // A second try once the backoff has passed; still down.
    clock.advance(past_backoff(1));
    let pass = dispatcher.run_once().await.unwrap();
    assert_eq!((pass.claimed, pass.retried), (4, 4));
    let pass = dispatcher.run_once().await.unwrap();
    assert_eq!((pass.claimed, pass.retried), (2, 2));
    for i in 0..6 {
        let state = row_state(app.db(), &format!("p{i}@example.org")).await;
        assert_eq!(state.attempts, 2, "{state:?}");
        assert!(state.last_error.as_deref().is_some_and(|e| !e.is_empty()), "{state:?}");
        assert!(state.failed_at.is_none() && state.sent_at.is_none(), "{state:?}");
    }
    let counts = outbox::counts(app.db()).await.unwrap();
    assert_eq!(counts, outbox::Counts { queued: 0, sent: 0, retrying: 6, failed: 0 });

    // Back up: nothing is due before the (longer) second backoff has passed, then all goes.
    app.smtp.restart().await;
    assert_eq!(dispatcher.run_once().await.unwrap().claimed, 0, "backoff is respected");
    clock.advance(past_backoff(2));
    let mut sent = 0;
    for _ in 0..10 {
        let pass = dispatcher.run_once().await.unwrap();
        sent += pass.sent;
        if pass.claimed == 0 {
            break;
        }
    }
    assert_eq!(sent, 6);
    let seen = arrived(&app, 6).await;
    assert_eq!(seen.len(), 6);
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
    let counts = outbox::counts(app.db()).await.unwrap();
    assert_eq!(counts, outbox::Counts { queued: 0, sent: 6, retrying: 0, failed: 0 });
    let state = row_state(app.db(), "p0@example.org").await;
    assert!(state.last_error.is_none() && state.attempts == 3, "{state:?}");
    app.stop().await;
}

/// A dispatcher aborted while a batch is in flight: after its lease expires a fresh one
/// delivers everything. The only duplicates allowed are messages the server accepted (answered
/// DATA with 250) before the abort, whose "sent" mark was lost with the task. One batch at a
/// time (as on SQLite), so which emails are in flight is known; two batches take turns on the
/// same connections (`a_busy_dispatcher_claims_the_next_batch_while_one_is_delivered`).
async fn dispatcher_killed_mid_batch_loses_nothing(app: TestApp) {
    const TOTAL: usize = 20;
    const BATCH: usize = 8;
    let clock = ManualClock::new(chrono::Utc::now());
    let emails: Vec<_> = (0..TOTAL).map(|i| email(&format!("kill:{i}"), &format!("k{i}@example.org"), None)).collect();
    enqueue_all(app.db(), &emails, clock.timestamp()).await;
    app.smtp.hold_data();

    let (_stop, stop) = tokio::sync::watch::channel(false);
    let one_batch = DispatcherOptions {
        batch: BATCH as i64,
        lease: Duration::from_secs(60),
        batches: 1,
        ..DispatcherOptions::default()
    };
    let doomed = tokio::spawn(dispatcher_with(&app, &clock, BATCH as u32, one_batch).run(stop));
    // The first batch goes through, and is marked sent.
    app.smtp.wait_until("the first batch is held", MAIL_WAIT, |s| s.held() == BATCH).await;
    app.smtp.release(BATCH);
    app.wait_count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL", BATCH as i64).await;
    // The second batch is in flight: three of its messages are accepted, five are held.
    app.smtp.wait_until("the second batch is held", MAIL_WAIT, |s| s.held() == BATCH).await;
    app.smtp.release(3);
    app.smtp.wait_until("three more accepted", MAIL_WAIT, |s| s.messages().len() == BATCH + 3).await;
    doomed.abort();
    assert!(doomed.await.unwrap_err().is_cancelled());
    let accepted_before_abort = app.smtp.messages().len();
    // The aborted sessions go away without delivering (their messages are no longer held).
    app.smtp.wait_until("held sessions dropped", MAIL_WAIT, |s| s.held() == 0).await;
    app.smtp.open();

    // A fresh dispatcher leaves the leased rows alone until the lease expires...
    let fresh = dispatcher(&app, &clock, BATCH as i64);
    let pass = fresh.run_once().await.unwrap();
    assert_eq!(pass.claimed, TOTAL - 2 * BATCH, "only the never-claimed rows: {pass:?}");
    assert_eq!(fresh.run_once().await.unwrap().claimed, 0);
    // ...then takes them over.
    clock.advance(chrono::Duration::seconds(61));
    let mut passes = 0;
    while fresh.run_once().await.unwrap().claimed > 0 {
        passes += 1;
        assert!(passes < 10, "the outbox drains");
    }
    let counts = outbox::counts(app.db()).await.unwrap();
    assert_eq!(counts, outbox::Counts { queued: 0, sent: TOTAL as i64, retrying: 0, failed: 0 });

    let seen = arrived(&app, TOTAL).await;
    let messages = app.smtp.messages();
    assert_eq!(seen.len(), TOTAL, "every email delivered");
    let duplicates: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).map(|(id, _)| id.clone()).collect();
    assert!(seen.values().all(|&n| n <= 2), "{seen:?}");
    let first_copies: Vec<_> = messages[..accepted_before_abort].iter().map(|m| m.message_id()).collect();
    for id in &duplicates {
        assert!(first_copies.contains(id), "{id} was sent twice but not accepted before the abort");
    }
    assert!(duplicates.len() <= 3 && duplicates.len() <= BATCH, "{duplicates:?}");
    println!(
        "kill mid-batch ({:?}): {} duplicate(s) of {TOTAL} emails (accepted before the abort but not marked sent)",
        app.db().backend(),
        duplicates.len()
    );
    app.stop().await;
}

/// Names, subjects and addresses with CR/LF and header text in them, written straight into the
/// outbox (no form validation on the way): one To each, no injected header, and a recipient
/// that is not one address is never sent at all.
async fn header_injection_in_rows_produces_safe_headers(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let mut emails = Vec::new();
    let names = [
        "Eve\r\nBcc: evil@example.org",
        "Eve\nX-Injected: yes",
        "\"Eve\" <evil@example.org>, Mallory <mallory@example.org>",
        "Eve\r\n\r\nbody starts here",
    ];
    for (i, name) in names.iter().enumerate() {
        let mut e = email(&format!("inject:{i}"), &format!("victim{i}@example.org"), None);
        e.to_name = name.to_string();
        e.subject = format!("Hello {i}\r\nBcc: evil@example.org\r\nX-Injected: yes");
        emails.push(e);
    }
    emails.push(email("inject:bad-to", "victim@example.org\r\nBcc: evil@example.org", None));
    emails.push(email("inject:two-to", "victim@example.org, evil@example.org", None));
    enqueue_all(app.db(), &emails, clock.timestamp()).await;
    let pass = dispatcher(&app, &clock, 10).run_once().await.unwrap();
    assert_eq!((pass.sent, pass.failed), (4, 2), "{pass:?}");

    let messages = app.smtp.wait_for(4, MAIL_WAIT).await;
    assert_eq!(messages.len(), 4);
    for received in &messages {
        assert_eq!(received.to.len(), 1, "one envelope recipient: {:?}", received.to);
        assert!(received.to[0].starts_with("victim"), "{:?}", received.to);
        let message = received.parse();
        let names: Vec<_> = message.headers().iter().map(|h| h.name().to_ascii_lowercase()).collect();
        for forbidden in ["bcc", "cc", "x-injected"] {
            assert!(!names.iter().any(|n| n == forbidden), "{forbidden} in {names:?}");
        }
        assert_eq!(names.iter().filter(|n| *n == "to").count(), 1);
        let to = message.to().unwrap();
        assert_eq!(to.iter().count(), 1, "{to:?}");
        assert_eq!(to.first().unwrap().address(), Some(received.to[0].as_str()));
        assert!(message.subject().unwrap().starts_with("Hello "));
        assert!(message.body_text(0).unwrap().starts_with("Text of inject:"));
    }
    let failed = with_db!(app.db(), |e| sqlx::query_scalar::<_, String>(
        "SELECT last_error FROM outbox WHERE failed_at IS NOT NULL ORDER BY id"
    )
    .fetch_all(e)
    .await)
    .unwrap();
    assert_eq!(failed.len(), 2);
    assert!(failed.iter().all(|e| e.contains("invalid recipient address")), "{failed:?}");
    app.stop().await;
}

/// Optional mail carries List-Unsubscribe (one-click); the table refuses optional mail without
/// an unsubscribe URL.
async fn optional_mail_carries_list_unsubscribe(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let mut without = email("optional:none", "a@example.org", None);
    without.category = Category::Optional;
    let mut tx = app.db().begin().await.unwrap();
    assert!(outbox::enqueue(&mut tx, &without, clock.timestamp()).await.is_err(), "optional mail needs a URL");
    tx.rollback().await.unwrap();

    let mut optional = email("optional:url", "a@example.org", None);
    optional.category = Category::Optional;
    optional.unsubscribe_url = Some("https://failnight.test/unsubscribe/t0ken".into());
    let transactional = email("optional:transactional", "b@example.org", None);
    enqueue_all(app.db(), &[optional, transactional], clock.timestamp()).await;
    assert_eq!(dispatcher(&app, &clock, 10).run_once().await.unwrap().sent, 2);

    let messages = app.smtp.wait_for(2, MAIL_WAIT).await;
    let header = |to: &str, name: &str| {
        let received = messages.iter().find(|m| m.to == [to]).unwrap();
        match received.parse().header(name) {
            Some(HeaderValue::Text(text)) => Some(text.to_string()),
            Some(HeaderValue::Address(address)) => address.first().and_then(|a| a.address()).map(str::to_string),
            Some(other) => panic!("{name}: {other:?}"),
            None => None,
        }
    };
    assert!(header("a@example.org", "List-Unsubscribe").unwrap().contains("https://failnight.test/unsubscribe/t0ken"));
    assert_eq!(header("a@example.org", "List-Unsubscribe-Post").as_deref(), Some("List-Unsubscribe=One-Click"));
    assert_eq!(header("b@example.org", "List-Unsubscribe"), None);
    app.stop().await;
}

/// Two real `failnight worker` processes on one PostgreSQL race on 2,000 queued emails: each
/// is delivered exactly once. PostgreSQL only: SQLite is one process by design (one writer
/// connection; run one `failnight worker` or `serve` per SQLite file), so it has no twin here.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_worker_processes_deliver_each_email_once_postgres() {
    const TOTAL: usize = 2_000;
    let Some(app) = TestApp::spawn_with(Backend::Postgres, false).await else { return };
    let start_worker = |name: &str| {
        tokio::process::Command::new(env!("CARGO_BIN_EXE_failnight"))
            .arg("worker")
            .env("FAILNIGHT_DATABASE_URL", &app.settings.database_url)
            .env("FAILNIGHT_SMTP_URL", app.smtp.url())
            .env("FAILNIGHT_MAIL_FROM", format!("{name}@failnight.test"))
            .env("FAILNIGHT_DB_CONNECTIONS", "8")
            .env("FAILNIGHT_LOG", "warn")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start failnight worker")
    };
    let mut workers = [start_worker("one"), start_worker("two")];

    let now = Timestamp::from_utc(chrono::Utc::now());
    let emails: Vec<_> = (0..TOTAL).map(|i| email(&format!("race:{i}"), &format!("r{i}@example.org"), None)).collect();
    enqueue_all(app.db(), &emails, now).await;
    let started = std::time::Instant::now();
    app.smtp.wait_for(TOTAL, Duration::from_secs(180)).await;
    let received = started.elapsed();
    app.wait_count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL", TOTAL as i64).await;
    let marked = started.elapsed();
    for worker in &mut workers {
        assert!(worker.try_wait().unwrap().is_none(), "a worker exited early");
        worker.kill().await.unwrap();
    }

    let messages = app.smtp.messages();
    let seen = arrivals(&app);
    assert_eq!(messages.len(), TOTAL, "no email twice");
    assert_eq!(seen.len(), TOTAL);
    assert!(seen.values().all(|&n| n == 1));
    let by_one = messages.iter().filter(|m| m.from == "<one@failnight.test>").count();
    let by_two = messages.iter().filter(|m| m.from == "<two@failnight.test>").count();
    assert_eq!(by_one + by_two, TOTAL);
    println!(
        "two-process race: {TOTAL} emails received in {received:?} (all marked sent in {marked:?}); worker one sent {by_one}, worker two {by_two}"
    );
    assert!(by_one > 0 && by_two > 0, "both workers took part: {by_one} / {by_two}");
    app.stop().await;
}

/// On PostgreSQL a claim writes each email's new version beside the old one, on its own page,
/// so it touches none of the outbox's indexes (a HOT update; migration 0043 leaves the room).
/// With the pages packed full every claimed email moved to another page, with a new entry in
/// each index. PostgreSQL only: SQLite updates a row where it is.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_claim_leaves_each_email_on_its_page_postgres() {
    let Some(app) = TestApp::spawn_with(Backend::Postgres, false).await else { return };
    let now = Timestamp::from_utc(chrono::Utc::now());
    // As big as a reminder (bodies of 1.6 and 0.7 KB that do not compress): a page holds a few.
    let mut rng = failnight_core::rng::Rng(43);
    let mut text = |len: usize| -> String { (0..len).map(|_| char::from(b'a' + rng.below(26) as u8)).collect() };
    let emails: Vec<_> = (0..64)
        .map(|i| NewEmail {
            body_html: format!("<p>{}</p>", text(1_600)),
            body_text: text(700),
            ..email(&format!("page:{i}"), &format!("p{i}@example.org"), None)
        })
        .collect();
    enqueue_all(app.db(), &emails, now).await;
    // Each email's page (the first half of its `ctid`), in the order of their ids.
    let pages = || async {
        let sql = "SELECT id, (ctid::text::point)[0]::bigint FROM outbox ORDER BY id";
        with_db!(app.db(), |e| sqlx::query_as::<_, (i64, i64)>(sql).fetch_all(e).await).unwrap()
    };
    let before = pages().await;
    let claimed = outbox::claim(app.db(), 64, 30_000, now, &[]).await.unwrap();
    assert_eq!(claimed.len(), 64);
    let after = pages().await;

    let mut used: Vec<i64> = before.iter().map(|(_, page)| *page).collect();
    used.dedup();
    assert!(used.len() >= 8, "64 emails on {} pages: too small to fill a page", used.len());
    let moved: Vec<i64> = before.iter().zip(&after).filter(|(b, a)| b != a).map(|(b, _)| b.0).collect();
    assert!(moved.is_empty(), "{} of 64 claimed emails moved to another page: {moved:?}", moved.len());
    app.stop().await;
}

/// On PostgreSQL an email's bodies and calendar file are compressed with lz4, not pglz
/// (migration 0044: less of PostgreSQL's time for each email queued and claimed), and come back
/// from the claim as they were written. PostgreSQL only: SQLite compresses nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_emails_bodies_are_compressed_with_lz4_postgres() {
    let Some(app) = TestApp::spawn_with(Backend::Postgres, false).await else { return };
    let now = Timestamp::from_utc(chrono::Utc::now());
    // A reminder's size and kind: repeated markup, past the 2 KB at which a row is compressed.
    let html = "<tr><td style=\"padding:8px\">Failure Night: the stories we do not tell</td></tr>\n".repeat(40);
    let text = "Failure Night: the stories we do not tell.\n".repeat(60);
    let ics = "BEGIN:VEVENT\r\nSUMMARY:Failure Night\r\nEND:VEVENT\r\n".repeat(40);
    let mut queued =
        NewEmail { body_html: html.clone(), body_text: text.clone(), ..email("lz4:1", "z@example.org", None) };
    queued.invite = Some(outbox::Invite { method: "REQUEST".into(), ics: ics.clone() });
    enqueue_all(app.db(), std::slice::from_ref(&queued), now).await;

    let sql = "SELECT pg_column_compression(body_html), pg_column_compression(body_text), pg_column_compression(ics)
               FROM outbox WHERE idempotency_key = 'lz4:1'";
    let methods = with_db!(app.db(), |e| sqlx::query_as::<_, (Option<String>, Option<String>, Option<String>)>(sql)
        .fetch_one(e)
        .await)
    .unwrap();
    let lz4 = Some("lz4".to_string());
    assert_eq!(methods, (lz4.clone(), lz4.clone(), lz4), "each body compressed with lz4");
    let claimed = outbox::claim(app.db(), 1, 30_000, now, &[]).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!((&claimed[0].body_html, &claimed[0].body_text, &claimed[0].ics), (&html, &text, &Some(ics)));
    app.stop().await;
}

/// A claim of many emails sends as many at once as the transport has connections (the rest
/// wait their turn, unbuilt), and then all of them, each once.
async fn deliveries_wait_for_a_connection(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let emails: Vec<_> = (0..12).map(|i| email(&format!("turn:{i}"), &format!("t{i}@example.org"), None)).collect();
    enqueue_all(app.db(), &emails, clock.timestamp()).await;
    app.smtp.hold_data();
    let dispatcher = dispatcher_with_connections(&app, &clock, 12, 3);
    let pass = tokio::spawn(async move { dispatcher.run_once().await.unwrap() });
    app.smtp.wait_until("three deliveries held", MAIL_WAIT, |s| s.held() == 3).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.smtp.held(), 3, "no fourth delivery while three connections are busy");
    app.smtp.open();
    let pass = pass.await.unwrap();
    assert_eq!((pass.claimed, pass.sent), (12, 12), "{pass:?}");
    let seen = arrived(&app, 12).await;
    assert_eq!(seen.len(), 12);
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
    app.stop().await;
}

/// A dispatcher whose claim was full claims the next batch while the first is still being
/// delivered (the connections then never wait for a batch's last delivery, its marks and the
/// next claim), but never more than `DispatcherOptions::batches` (two here, on either database;
/// the service keeps one on SQLite); the connections' turns still bound the deliveries at once,
/// and every email goes out once.
async fn a_busy_dispatcher_claims_the_next_batch_while_one_is_delivered(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let emails: Vec<_> = (0..12).map(|i| email(&format!("busy:{i}"), &format!("b{i}@example.org"), None)).collect();
    let running = Running::until_held(&app, &clock, &emails, 4, 2).await;
    let in_flight = DispatcherOptions::default().batches as i64 * 4;
    app.wait_count(LEASED, in_flight).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.count(LEASED).await, in_flight, "no more batches than DispatcherOptions::batches");
    assert_eq!(app.smtp.held(), 2, "no third delivery while two connections are busy");
    app.smtp.open();
    let seen = arrived(&app, 12).await;
    assert_eq!(seen.len(), 12);
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
    running.stop().await;
    assert_eq!(app.count(SENT).await, 12, "every delivery marked sent");
    app.stop().await;
}

/// While the process's writing requests are many (a rush of bookings), the dispatcher claims
/// nothing: the rush gets the machine and the database, and the emails wait, queued. Once the
/// requests are fewer, every email goes out, once.
async fn deliveries_give_way_to_a_rush_of_writes(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let foreground = Foreground::default();
    let rush: Vec<_> = (0..BUSY_WRITES).map(|_| foreground.write()).collect();
    let running = Running::giving_way(&app, &clock, "rush", &foreground, Duration::from_secs(3600)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.count(LEASED).await, 0, "nothing claimed during the rush");
    assert!(app.smtp.messages().is_empty(), "nothing delivered during the rush");

    drop(rush);
    three_delivered_once(&app).await;
    running.stop().await;
    app.stop().await;
}

/// A rush that does not end holds the emails back only `give_way` before each claim: they
/// still go out, each once, and the dispatcher still stops when asked.
async fn deliveries_give_way_for_a_bounded_time_only(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let foreground = Foreground::default();
    let _rush: Vec<_> = (0..BUSY_WRITES * 2).map(|_| foreground.write()).collect();
    let running = Running::giving_way(&app, &clock, "long", &foreground, Duration::from_millis(100)).await;
    three_delivered_once(&app).await;
    assert!(foreground.busy(), "delivered during the rush");
    running.stop().await;
    app.stop().await;
}

/// The three emails of [`Running::giving_way`] arrived, each once, and are marked sent.
async fn three_delivered_once(app: &TestApp) {
    let seen = arrived(app, 3).await;
    assert_eq!(seen.len(), 3);
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
    app.wait_count(SENT, 3).await;
}

/// The leases of a dispatcher's batches in flight run out (here the clock jumps two hours
/// while both deliveries are in the SMTP server's hands): when one batch is done, the next
/// claim takes the email still waiting, not the other batch's email a second time.
async fn a_dispatcher_never_claims_what_it_is_still_delivering(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let emails: Vec<_> = (0..3).map(|i| email(&format!("own:{i}"), &format!("o{i}@example.org"), None)).collect();
    let running = Running::until_held(&app, &clock, &emails, 1, 2).await;
    clock.advance(chrono::Duration::hours(2));
    app.smtp.release(1);
    app.smtp.wait_until("the third delivery held", MAIL_WAIT, |s| s.held() == 2 && s.received() == 1).await;
    app.smtp.open();
    let seen = arrived(&app, 3).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(arrivals(&app), seen, "nothing arrived late");
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert!(seen.values().all(|&n| n == 1), "each email once: {seen:?}");
    running.stop().await;
    app.stop().await;
}

/// An email whose night starts while it is already in the SMTP server's hands is not dropped
/// as expired by its own dispatcher's next claim: it went out, and is marked sent, not failed.
async fn an_email_in_the_servers_hands_is_not_dropped_when_it_expires(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let expires = clock.timestamp().plus_millis(3_600_000);
    let emails: Vec<_> = (0..2)
        .map(|i| NewEmail {
            expires_at: Some(expires),
            ..email(&format!("late:{i}"), &format!("x{i}@example.org"), None)
        })
        .collect();
    let running = Running::until_held(&app, &clock, &emails, 1, 2).await;
    // The night started (and the leases ran out) while both were being delivered.
    clock.advance(chrono::Duration::hours(2));
    app.smtp.release(1);
    app.wait_count(SENT, 1).await;
    app.smtp.open();
    app.wait_count(SENT, 2).await;
    running.stop().await;
    for to in ["x0@example.org", "x1@example.org"] {
        let state = row_state(app.db(), to).await;
        assert!(state.sent_at.is_some() && state.failed_at.is_none(), "{to}: {state:?}");
    }
    let seen = arrived(&app, 2).await;
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
    app.stop().await;
}

/// Another dispatcher (which cannot know this one is still delivering) drops an email as
/// expired once its night started and its lease ran out, while the SMTP server holds it: when
/// the server takes it, it is marked sent, not left failed as well.
async fn an_email_delivered_after_another_dispatcher_dropped_it_counts_as_sent(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let expires = clock.timestamp().plus_millis(3_600_000);
    let late = NewEmail { expires_at: Some(expires), ..email("dropped:1", "d1@example.org", None) };
    enqueue_all(app.db(), &[late], clock.timestamp()).await;
    app.smtp.hold_data();
    let first = {
        let dispatcher = dispatcher_with_connections(&app, &clock, 1, 1);
        tokio::spawn(async move { dispatcher.run_once().await.unwrap() })
    };
    app.smtp.wait_until("the delivery held", MAIL_WAIT, |s| s.held() == 1).await;
    clock.advance(chrono::Duration::hours(2));
    let other = app.dispatcher(&clock, 10).run_once().await.unwrap();
    assert_eq!(other.claimed, 0, "{other:?}");
    assert!(row_state(app.db(), "d1@example.org").await.failed_at.is_some(), "dropped as expired");
    app.smtp.open();
    let pass = first.await.unwrap();
    assert_eq!(pass.sent, 1, "{pass:?}");
    let state = row_state(app.db(), "d1@example.org").await;
    assert!(state.sent_at.is_some() && state.failed_at.is_none() && state.last_error.is_none(), "{state:?}");
    assert_eq!(arrived(&app, 1).await.len(), 1);
    app.stop().await;
}

/// Emails claimed and not yet delivered.
const LEASED: &str =
    "SELECT COUNT(*) FROM outbox WHERE lease_token IS NOT NULL AND sent_at IS NULL AND failed_at IS NULL";
/// Emails marked sent.
const SENT: &str = "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL";

/// A dispatcher's `run` loop in the background, stopped by [`Running::stop`].
struct Running {
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// `emails` queued, the SMTP server holding every message, and a dispatcher of `batch`
    /// emails a claim over `connections` connections running; returns once every connection
    /// holds a delivery.
    async fn until_held(
        app: &TestApp,
        clock: &ManualClock,
        emails: &[NewEmail],
        batch: i64,
        connections: u32,
    ) -> Running {
        enqueue_all(app.db(), emails, clock.timestamp()).await;
        app.smtp.hold_data();
        let (stop, shutdown) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(dispatcher_with_connections(app, clock, batch, connections).run(shutdown));
        let held = connections as usize;
        app.smtp.wait_until("every connection holds a delivery", MAIL_WAIT, |s| s.held() == held).await;
        Running { stop, task }
    }

    /// Three emails queued (keys and addresses from `key`) and a dispatcher running that gives
    /// way to `foreground`'s writing requests, at most `give_way` before each claim.
    async fn giving_way(
        app: &TestApp,
        clock: &ManualClock,
        key: &str,
        foreground: &Foreground,
        give_way: Duration,
    ) -> Running {
        let emails: Vec<_> =
            (0..3).map(|i| email(&format!("{key}:{i}"), &format!("{key}{i}@example.org"), None)).collect();
        enqueue_all(app.db(), &emails, clock.timestamp()).await;
        let options =
            DispatcherOptions { foreground: Some(foreground.clone()), give_way, ..DispatcherOptions::default() };
        let (stop, shutdown) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(dispatcher_with(app, clock, 4, options).run(shutdown));
        Running { stop, task }
    }

    /// Asks the loop to stop and waits for it.
    async fn stop(self) {
        self.stop.send(true).unwrap();
        tokio::time::timeout(MAIL_WAIT, self.task).await.expect("the dispatcher stops").unwrap();
    }
}

/// A delivery whose lease ran out while it waited for a connection (its dispatcher could not
/// renew it: here the clock jumps past it) is not started, since another claim may take the
/// row at any moment: it is left to that claim and delivered once.
async fn a_delivery_that_waits_too_long_is_left_to_its_lease(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    let emails: Vec<_> = (0..2).map(|i| email(&format!("late:{i}"), &format!("l{i}@example.org"), None)).collect();
    enqueue_all(app.db(), &emails, clock.timestamp()).await;
    app.smtp.hold_data();
    let dispatcher = dispatcher_with_connections(&app, &clock, 2, 1);
    let first = {
        let dispatcher = dispatcher.clone();
        tokio::spawn(async move { dispatcher.run_once().await.unwrap() })
    };
    app.smtp.wait_until("one delivery held", MAIL_WAIT, |s| s.held() == 1).await;
    clock.advance(chrono::Duration::seconds(61));
    app.smtp.open();
    let pass = first.await.unwrap();
    assert_eq!((pass.claimed, pass.sent, pass.deferred), (2, 1, 1), "{pass:?}");
    assert_eq!(arrived(&app, 1).await.len(), 1);
    assert_eq!(app.smtp.messages().len(), 1);
    let pass = dispatcher.run_once().await.unwrap();
    assert_eq!((pass.claimed, pass.sent), (1, 1), "{pass:?}");
    let seen = arrived(&app, 2).await;
    assert_eq!(seen.len(), 2);
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
    app.stop().await;
}

/// While a delivery is in flight its dispatcher keeps renewing the claim's lease, so nobody
/// takes the row over however long the delivery waits; its lease, once the dispatcher stops
/// renewing, is short.
async fn a_claim_in_flight_keeps_its_lease(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    enqueue_all(app.db(), &[email("renew:1", "n1@example.org", None)], clock.timestamp()).await;
    app.smtp.hold_data();
    // The production lease and deadlines, renewed every 100 ms instead of every 5 s.
    let options = DispatcherOptions { renew: Duration::from_millis(100), ..DispatcherOptions::default() };
    let lease = options.lease.as_millis() as i64;
    let dispatcher = dispatcher_with_timeouts(&app, &clock, Duration::from_secs(30), options);
    let claimed_at = clock.timestamp().0;
    let first = tokio::spawn(async move { dispatcher.run_once().await.unwrap() });
    app.smtp.wait_until("the delivery held", MAIL_WAIT, |s| s.held() == 1).await;
    for _ in 0..3 {
        clock.advance(chrono::Duration::milliseconds(lease * 2 / 3));
        let now = clock.timestamp().0;
        let deadline = std::time::Instant::now() + MAIL_WAIT;
        while claim_of(app.db(), "n1@example.org").await.leased_until.unwrap_or(0) < now + lease / 2 {
            assert!(std::time::Instant::now() < deadline, "the lease was not renewed");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let other = app.dispatcher(&clock, 10).run_once().await.unwrap();
        assert_eq!(other.claimed, 0, "another dispatcher cannot take a renewed claim");
    }
    assert!(clock.timestamp().0 > claimed_at + lease, "the first lease alone would have run out");
    app.smtp.open();
    let pass = first.await.unwrap();
    assert_eq!((pass.claimed, pass.sent), (1, 1), "{pass:?}");
    assert_eq!(arrivals(&app).len(), 1);
    app.stop().await;
}

/// The test's dispatcher with one SMTP connection whose steps time out after `step`, and
/// `options` (a 60 s lease unless they say otherwise).
fn dispatcher_with_timeouts(
    app: &TestApp,
    clock: &ManualClock,
    step: Duration,
    options: DispatcherOptions,
) -> Dispatcher {
    Dispatcher::new(
        app.db().clone(),
        MailTransport::smtp_with_timeout(&app.smtp.url(), 1, step).unwrap(),
        std::sync::Arc::new(clock.clone()),
        "failnight <nights@failnight.test>".parse::<Mailbox>().unwrap(),
        options,
        Default::default(),
    )
}

fn short_lease() -> DispatcherOptions {
    DispatcherOptions { batch: 10, lease: Duration::from_secs(60), ..DispatcherOptions::default() }
}

/// Where a row's claim stands.
#[derive(Debug, PartialEq, Eq, sqlx::FromRow)]
struct Claim {
    lease_token: Option<String>,
    leased_until: Option<i64>,
    available_at: i64,
    attempts: i64,
}

async fn claim_of(db: &Db, to_email: &str) -> Claim {
    with_db!(db, |e| sqlx::query_as::<_, Claim>(
        "SELECT lease_token, leased_until, available_at, attempts FROM outbox WHERE to_email = $1"
    )
    .bind(to_email)
    .fetch_one(e)
    .await)
    .unwrap()
}

/// A server that accepts the connection and never answers (a dropped packet, a firewall, an
/// overloaded relay): every step of a delivery has a deadline, so the delivery fails as a
/// transient error within it and is retried after the backoff, not stuck until its lease runs
/// out. A delivery whose steps answer in time but that takes too long as a whole meets the
/// dispatcher's own deadline.
async fn a_silent_smtp_server_fails_the_delivery_in_time(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    enqueue_all(app.db(), &[email("silent:1", "s1@example.org", None)], clock.timestamp()).await;
    app.smtp.go_silent();
    let dispatcher = dispatcher_with_timeouts(&app, &clock, Duration::from_secs(1), short_lease());
    let started = std::time::Instant::now();
    let pass = tokio::time::timeout(Duration::from_secs(15), dispatcher.run_once())
        .await
        .expect("the delivery gives up within its timeout")
        .unwrap();
    assert_eq!((pass.claimed, pass.retried), (1, 1), "{pass:?}");
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
    let state = row_state(app.db(), "s1@example.org").await;
    assert!(state.last_error.as_deref().unwrap_or_default().contains("did not answer in time"), "{state:?}");
    assert!(state.sent_at.is_none() && state.failed_at.is_none(), "{state:?}");
    assert_eq!(claim_of(app.db(), "s1@example.org").await.leased_until, None, "released, not left to its lease");
    assert_eq!(dispatcher.run_once().await.unwrap().claimed, 0, "it waits for its backoff");
    // The server answers again: after the backoff the email goes out (on a new connection).
    app.smtp.speak();
    clock.advance(past_backoff(1));
    let pass = dispatcher.run_once().await.unwrap();
    assert_eq!((pass.claimed, pass.sent), (1, 1), "{pass:?}");

    // Each step within the transport's 30 s, the answer to the message held: the whole
    // delivery meets the dispatcher's deadline.
    enqueue_all(app.db(), &[email("silent:2", "s2@example.org", None)], clock.timestamp()).await;
    app.smtp.hold_data();
    let options = DispatcherOptions { send_timeout: Duration::from_secs(1), ..short_lease() };
    let dispatcher = dispatcher_with_timeouts(&app, &clock, Duration::from_secs(30), options);
    let pass = tokio::time::timeout(Duration::from_secs(15), dispatcher.run_once())
        .await
        .expect("the delivery gives up within the dispatcher's deadline")
        .unwrap();
    assert_eq!((pass.claimed, pass.retried), (1, 1), "{pass:?}");
    let state = row_state(app.db(), "s2@example.org").await;
    assert!(state.last_error.as_deref().unwrap_or_default().contains("did not take the email within"), "{state:?}");
    app.smtp.open();
    app.stop().await;
}

/// Asked to stop while a delivery hangs, a dispatcher gives it the grace, then releases it and
/// returns: another dispatcher claims it at once (the clock has not moved, the lease has not
/// run out) and delivers it.
async fn a_dispatcher_stopping_mid_delivery_releases_it(app: TestApp) {
    let clock = ManualClock::new(chrono::Utc::now());
    enqueue_all(app.db(), &[email("halt:1", "h1@example.org", None)], clock.timestamp()).await;
    app.smtp.go_silent();
    let grace = Duration::from_millis(500);
    let options = DispatcherOptions { grace, ..short_lease() };
    // The transport's own deadline (20 s) is far off: only the shutdown ends this delivery.
    let dispatcher = dispatcher_with_timeouts(&app, &clock, failnight_reminders::transport::SMTP_TIMEOUT, options);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(dispatcher.run(stopped));
    app.smtp.wait_until("the delivery hangs", MAIL_WAIT, |s| s.hanging() == 1).await;
    let asked = std::time::Instant::now();
    stop.send(true).unwrap();
    tokio::time::timeout(Duration::from_secs(5), running).await.expect("stopped within its grace").unwrap();
    assert!(asked.elapsed() >= grace, "the delivery had its grace");
    let claim = claim_of(app.db(), "h1@example.org").await;
    assert_eq!((claim.lease_token, claim.leased_until, claim.attempts), (None, None, 1), "released");
    assert!(claim.available_at <= clock.timestamp().0);

    app.smtp.speak();
    let pass = app.dispatcher(&clock, 10).run_once().await.unwrap();
    assert_eq!((pass.claimed, pass.sent), (1, 1), "taken over at once: {pass:?}");
    assert_eq!(arrivals(&app).len(), 1);
    app.stop().await;
}

/// The server (`serve` with its workers, in process) asked to shut down while a delivery
/// hangs exits within its mail grace, and the email is claimable at once by another instance.
async fn a_server_shut_down_mid_delivery_exits_and_hands_the_email_on(app: TestApp) {
    let mut settings = app.settings.clone();
    settings.listen = "127.0.0.1:0".into();
    settings.mail_grace_secs = 1;
    let server = failnight_gateway::Application::build(&settings).await.unwrap();
    let (shut_down, asked) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(server.serve(true, async move {
        let _ = asked.await;
    }));
    app.smtp.go_silent();
    let now = Timestamp::from_utc(chrono::Utc::now());
    enqueue_all(app.db(), &[email("halt:2", "h2@example.org", None)], now).await;
    app.smtp.wait_until("the delivery hangs", MAIL_WAIT, |s| s.hanging() == 1).await;
    let started = std::time::Instant::now();
    shut_down.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), serving)
        .await
        .expect("the server exits within its grace")
        .unwrap()
        .unwrap();
    println!("shut down mid-delivery ({:?}) in {:?}", app.db().backend(), started.elapsed());
    let claim = claim_of(app.db(), "h2@example.org").await;
    assert_eq!((claim.lease_token, claim.leased_until), (None, None), "released");

    app.smtp.speak();
    let clock = ManualClock::new(chrono::Utc::now());
    let pass = app.dispatcher(&clock, 10).run_once().await.unwrap();
    assert_eq!((pass.claimed, pass.sent), (1, 1), "taken over at once: {pass:?}");
    app.stop().await;
}

/// Runs `sql` with `at` as `$1` (and `key` as `$2`, when it has one) in a write transaction;
/// how many rows it changed.
async fn write_at(db: &Db, sql: &str, at: Timestamp, key: Option<&str>) -> u64 {
    let mut tx = db.begin().await.unwrap();
    let changed = with_tx!(&mut tx, |c| {
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).bind(at);
        if let Some(key) = key {
            query = query.bind(key);
        }
        query.execute(&mut *c).await.map(|r| r.rows_affected())
    })
    .unwrap();
    tx.commit().await.unwrap();
    changed
}

/// Sets one row's outcome directly: `column` (`sent_at` or `failed_at`) at `at`.
async fn mark_done(db: &Db, key: &str, column: &str, at: Timestamp) {
    let sql = format!("UPDATE outbox SET {column} = $1 WHERE idempotency_key = $2");
    assert_eq!(write_at(db, &sql, at, Some(key)).await, 1, "{key}");
}

async fn keys_left(db: &Db) -> Vec<String> {
    with_db!(db, |e| sqlx::query_scalar("SELECT idempotency_key FROM outbox ORDER BY idempotency_key")
        .fetch_all(e)
        .await)
    .unwrap()
}

/// Delivered and failed emails are deleted once `KEPT_DAYS` past (and past their night's
/// start), oldest first, a batch at a time; an unsent email and one of a night still to come
/// stay.
async fn done_emails_are_pruned_after_their_retention_and_nothing_else(app: TestApp) {
    let (_, event) = app.published_night("prune", 10).await;
    let event_id = event["id"].as_i64().unwrap();
    let night = failnight_scheduling::events::get(app.db(), event_id).await.unwrap().unwrap();
    let starts = Timestamp::from_utc(night.starts_utc());
    let days = |n: i64| n * 24 * 60 * 60 * 1000;
    let t0 = starts.plus_millis(-days(10));
    let old = [
        email("old:sent", "a@example.org", None),
        email("old:failed", "b@example.org", None),
        email("old:unsent", "c@example.org", None),
        email("old:night", "d@example.org", Some(event_id)),
    ];
    enqueue_all(app.db(), &old, t0).await;
    for key in ["old:sent", "old:night"] {
        mark_done(app.db(), key, "sent_at", t0).await;
    }
    mark_done(app.db(), "old:failed", "failed_at", t0).await;
    let later = starts.plus_millis(days(30));
    enqueue_all(app.db(), &[email("new:sent", "e@example.org", None)], later).await;
    mark_done(app.db(), "new:sent", "sent_at", later).await;

    // Just within the retention: nothing goes.
    assert_eq!(outbox::prune(app.db(), t0.plus_millis(days(outbox::KEPT_DAYS) - 1)).await.unwrap(), 0);
    // Past it: the two done emails without a night; the night's waits for the night.
    let first = t0.plus_millis(days(outbox::KEPT_DAYS + 1));
    assert_eq!(outbox::prune(app.db(), first).await.unwrap(), 2);
    assert_eq!(outbox::prune(app.db(), first).await.unwrap(), 0);
    assert_eq!(keys_left(app.db()).await, ["new:sent", "old:night", "old:unsent"]);
    // Past the night and the later email's retention: only the unsent one is left.
    let second = later.plus_millis(days(outbox::KEPT_DAYS + 1));
    assert_eq!(outbox::prune(app.db(), second).await.unwrap(), 2);
    assert_eq!(keys_left(app.db()).await, ["old:unsent"]);

    // A backlog goes a batch at a time, oldest first.
    let many: Vec<NewEmail> =
        (0..outbox::PRUNE_BATCH + 5).map(|i| email(&format!("bulk:{i:05}"), "f@example.org", None)).collect();
    let mut tx = app.db().begin().await.unwrap();
    outbox::enqueue_many(&mut tx, &many, t0).await.unwrap();
    tx.commit().await.unwrap();
    let bulk = "UPDATE outbox SET sent_at = $1 WHERE idempotency_key LIKE 'bulk:%'";
    assert_eq!(write_at(app.db(), bulk, t0, None).await, outbox::PRUNE_BATCH as u64 + 5);
    assert_eq!(outbox::prune(app.db(), second).await.unwrap(), outbox::PRUNE_BATCH as u64);
    assert_eq!(outbox::prune(app.db(), second).await.unwrap(), 5);
    assert_eq!(keys_left(app.db()).await, ["old:unsent"]);
    app.stop().await;
}
