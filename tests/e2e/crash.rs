//! `kill -9` and restart: the real `failnight serve` process is killed in the middle of an
//! RSVP burst, a replay of Stripe's payment webhooks and the delivery of the emails they cause,
//! then started again on the same database. Guests and Stripe do what they do when an answer
//! never came (try again); afterwards nothing is lost (every booking, seat, payment and email
//! is there, each once) and only the unavoidable emails went out twice: at most one per SMTP
//! connection per crash. The dead process's emails go out once its claims' short leases run
//! out, well within a minute.
//!
//! Production's settings, rate limits on: the process sits behind a trusted proxy
//! (127.0.0.1) and every guest comes from their own address (`X-Forwarded-For`).
//! `FAILNIGHT_CRASH_SEED` replays a run (where the kill falls); `FAILNIGHT_CRASH_ROUNDS=N` kills
//! and restarts N times (default 1).

use std::{
    collections::{HashMap, HashSet},
    path::PathBuf,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use failnight_core::{Backend, with_db};
use serde_json::{Value, json};
use tokio::{process::Child, task::JoinSet};

use crate::support::{
    Options, Rng, TestApp,
    stripe::{self, FakeStripe},
};

/// Guests in each round's RSVP burst, and the free night's seats.
const GUESTS: usize = 300;
const SEATS: i64 = 120;
/// Paid seats bought (and held) before each round; their payments arrive during the burst.
const BUYERS: usize = 24;
/// Requests in flight at once.
const CLIENTS: usize = 32;
/// The SMTP connections `serve` is given (`FAILNIGHT_SMTP_CONNECTIONS`): the most a crash may
/// double. Half the default, so that a server ignoring the setting could double more.
const SMTP_CONNECTIONS: usize = 8;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_loses_nothing_sqlite() {
    kill_9_loses_nothing(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_loses_nothing_postgres() {
    kill_9_loses_nothing(Backend::Postgres).await;
}

/// The `failnight serve` child process, on a fixed port so a restart answers where the old one
/// did.
struct Server {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Server {
    async fn start(app: &TestApp, port: u16, log: PathBuf) -> Server {
        let stripe = app.stripe();
        let output = std::fs::OpenOptions::new().create(true).append(true).open(&log).unwrap();
        let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_failnight"))
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .env("FAILNIGHT_DATABASE_URL", &app.settings.database_url)
            .env("FAILNIGHT_BASE_URL", format!("http://127.0.0.1:{port}"))
            .env("FAILNIGHT_SMTP_URL", app.smtp.url())
            .env("FAILNIGHT_SMTP_CONNECTIONS", SMTP_CONNECTIONS.to_string())
            .env("FAILNIGHT_MAIL_FROM", "nights@failnight.test")
            .env("FAILNIGHT_TRUSTED_PROXIES", "127.0.0.1/32")
            .env("FAILNIGHT_STRIPE_SECRET_KEY", stripe::SECRET_KEY)
            .env("FAILNIGHT_STRIPE_PUBLISHABLE_KEY", stripe::PUBLISHABLE_KEY)
            .env("FAILNIGHT_STRIPE_WEBHOOK_SECRET", stripe::WEBHOOK_SECRET)
            .env("FAILNIGHT_STRIPE_API_BASE", &stripe.url)
            .env("FAILNIGHT_LOG", "warn")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(output)
            .kill_on_drop(true)
            .spawn()
            .expect("start failnight serve");
        let server = Server { child, port, log };
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready = client.get(server.url("/readyz")).timeout(Duration::from_secs(2)).send().await;
            if ready.is_ok_and(|r| r.status() == 200) {
                return server;
            }
            assert!(Instant::now() < deadline, "the server never became ready; its log:\n{}", server.log());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGKILL: no shutdown, no release of anything, as a power cut or the OOM killer would.
    async fn kill_9(&mut self) {
        self.child.kill().await.expect("kill -9 the server");
    }
}

/// A guest: name, email and the address they connect from.
#[derive(Clone)]
struct Guest {
    name: String,
    email: String,
    address: String,
}

fn guests(round: usize, count: usize, night: &str) -> Vec<Guest> {
    (0..count)
        .map(|i| Guest {
            name: format!("Guest {round}-{i}"),
            email: format!("{night}-{round}-{i}@crash.test"),
            address: format!("10.{round}.{}.{}", i / 250, i % 250 + 1),
        })
        .collect()
}

/// Posts `body` to `path` as `guest`; the status, or `None` when no answer came (the server
/// died, or was not there).
async fn post_as(client: &reqwest::Client, url: String, guest: &Guest, body: &Value) -> Option<u16> {
    client
        .post(url)
        .header("x-forwarded-for", &guest.address)
        .json(body)
        .timeout(Duration::from_secs(30))
        .send()
        .await
        .ok()
        .map(|r| r.status().as_u16())
}

/// Posts a signed Stripe event; whether Stripe would count it delivered (a 200).
async fn post_webhook(client: &reqwest::Client, url: String, payload: &str) -> bool {
    let signature = stripe::signature(payload, stripe::WEBHOOK_SECRET, chrono::Utc::now().timestamp());
    client
        .post(url)
        .header("stripe-signature", signature)
        .header("content-type", "application/json")
        .body(payload.to_string())
        .timeout(Duration::from_secs(30))
        .send()
        .await
        .is_ok_and(|r| r.status() == 200)
}

async fn count(app: &TestApp, sql: String, event: i64) -> i64 {
    with_db!(app.db(), |e| sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql)).bind(event).fetch_one(e).await)
        .unwrap()
}

async fn kill_9_loses_nothing(backend: Backend) {
    let (mut rng, seed) = Rng::seeded("FAILNIGHT_CRASH_SEED");
    let rounds: usize = std::env::var("FAILNIGHT_CRASH_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(1);
    // The in-process app provides the database, the SMTP server and Stripe's fake; its own
    // server stays idle, without workers: the child process does all the work.
    let options = Options { workers: false, ..Options::stripe() };
    let Some(app) = TestApp::spawn_with_options(backend, options).await else { return };
    // A relay taking 20 ms to accept each message: deliveries are in flight when the kill falls.
    app.smtp.slow_data(Duration::from_millis(20));
    app.chapter("crash", "Europe/Berlin").await;
    let host = app.host_token("crash", "host@crash.test").await;
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let log = std::env::temp_dir().join(format!("failnight-crash-{seed}-{port}.log"));
    let mut server = Server::start(&app, port, log.clone()).await;
    let client = reqwest::Client::new();
    let (mut doubled, mut recoveries) = (Vec::new(), Vec::new());

    for round in 0..rounds {
        // A free night, and a paid one whose seats are bought (held) before the burst.
        let free = create_night(&client, &server, &host, &format!("Free night {round}"), SEATS).await;
        let paid = create_night(&client, &server, &host, &format!("Paid night {round}"), BUYERS as i64).await;
        let ticket = client
            .post(server.url(&format!("/api/v1/events/{paid}/ticket-types")))
            .bearer_auth(&host)
            .json(&json!({"name": "Ticket", "kind": "paid", "price": 1200, "currency": "EUR"}))
            .send()
            .await
            .unwrap();
        assert_eq!(ticket.status(), 201);
        let ticket = ticket.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let sessions_before = app.stripe().sessions().len();
        for buyer in guests(round, BUYERS, "buyer") {
            let body = json!({"ticket_type_id": ticket, "name": buyer.name, "email": buyer.email, "accept_code_of_conduct": true});
            let status = post_as(&client, server.url(&format!("/api/v1/events/{paid}/tickets")), &buyer, &body).await;
            assert_eq!(status, Some(202), "{}", server.log());
        }
        let events: Vec<String> = app.stripe().sessions()[sessions_before..]
            .iter()
            .enumerate()
            .map(|(i, session)| {
                let completed = FakeStripe::completed(session, &format!("pi_{round}_{i}"));
                FakeStripe::event(&format!("evt_{round}_{i}"), "checkout.session.completed", completed)
            })
            .collect();
        assert_eq!(events.len(), BUYERS);

        // The burst, and Stripe delivering each payment twice meanwhile; killed after a random
        // share of the bookings were answered.
        let people = guests(round, GUESTS, "guest");
        let kill_after = GUESTS / 5 + rng.below(GUESTS as u64 * 3 / 5) as usize;
        let answered = Arc::new(AtomicUsize::new(0));
        let gate = Arc::new(tokio::sync::Semaphore::new(CLIENTS));
        let mut bookings = JoinSet::new();
        for (i, guest) in people.iter().cloned().enumerate() {
            let (client, url, answered, gate) =
                (client.clone(), server.url(&format!("/api/v1/events/{free}/rsvps")), answered.clone(), gate.clone());
            bookings.spawn(async move {
                let _turn = gate.acquire_owned().await.unwrap();
                let body = json!({"name": guest.name, "email": guest.email, "accept_code_of_conduct": true});
                let status = post_as(&client, url, &guest, &body).await;
                answered.fetch_add(1, Ordering::SeqCst);
                (i, status)
            });
        }
        // Stripe's events spread over the burst, each sent twice (as Stripe may).
        let mut webhooks = JoinSet::new();
        for (i, payload) in events.iter().cloned().enumerate() {
            let (client, url, answered) = (client.clone(), server.url("/api/v1/stripe/webhook"), answered.clone());
            webhooks.spawn(async move {
                while answered.load(Ordering::SeqCst) < i * GUESTS / BUYERS {
                    tokio::time::sleep(Duration::from_millis(1)).await;
                }
                let first = post_webhook(&client, url.clone(), &payload).await;
                let second = post_webhook(&client, url, &payload).await;
                (i, first || second)
            });
        }
        let deadline = Instant::now() + Duration::from_secs(60);
        while answered.load(Ordering::SeqCst) < kill_after {
            assert!(Instant::now() < deadline, "the burst stalled; the server's log:\n{}", server.log());
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        server.kill_9().await;
        let killed_at = Instant::now();
        let bookings = bookings.join_all().await;
        let payments = webhooks.join_all().await;
        let acknowledged: HashSet<usize> = bookings.iter().filter(|(_, s)| *s == Some(202)).map(|(i, _)| *i).collect();
        let unanswered: Vec<usize> = bookings.iter().filter(|(_, s)| s.is_none()).map(|(i, _)| *i).collect();
        assert!(
            bookings.iter().all(|(_, s)| matches!(s, None | Some(202))),
            "every answer is the public 202: {:?}",
            bookings.iter().filter(|(_, s)| !matches!(s, None | Some(202))).collect::<Vec<_>>()
        );
        // Every booking acknowledged before the crash survived it.
        let emails: Vec<&str> = acknowledged.iter().map(|&i| people[i].email.as_str()).collect();
        let stored = booked_emails(&app, free).await;
        let lost: Vec<_> = emails.iter().filter(|e| !stored.contains(**e)).collect();
        assert!(lost.is_empty(), "acknowledged and lost in the crash: {lost:?}");

        // Restarted; the guests whose answer never came try again, and Stripe retries every
        // event it did not see answered (here: all of them once more, replays included).
        server = Server::start(&app, port, log.clone()).await;
        let retried = unanswered.len();
        for i in unanswered {
            let guest = &people[i];
            let body = json!({"name": guest.name, "email": guest.email, "accept_code_of_conduct": true});
            let status = post_as(&client, server.url(&format!("/api/v1/events/{free}/rsvps")), guest, &body).await;
            assert_eq!(status, Some(202), "retried after the restart: {}", server.log());
        }
        for payload in &events {
            assert!(post_webhook(&client, server.url("/api/v1/stripe/webhook"), payload).await, "{}", server.log());
        }
        let delivered_before = payments.iter().filter(|(_, ok)| *ok).count();

        // Every email of the round, the dead process's included, goes out soon.
        let recovered = all_sent(&app).await;
        recoveries.push(killed_at.elapsed());
        // Sent twice: only what the SMTP server took just before the kill, at most one email
        // per connection (each waits for its last email's mark before it sends another).
        let twice = delivered_twice(&app) - doubled.iter().sum::<usize>();
        doubled.push(twice);
        assert!(twice <= SMTP_CONNECTIONS, "{twice} emails sent twice, more than one per SMTP connection");
        println!(
            "round {round}: killed after {kill_after} of {GUESTS} answers ({} acknowledged, {retried} retried; \
             {delivered_before} of {BUYERS} payments acknowledged before); all mail sent {recovered:?} after the restart",
            acknowledged.len()
        );

        // The free night: every guest booked once, the seats exact, the rest waitlisted.
        let stored = booked_emails(&app, free).await;
        assert_eq!(stored.len(), GUESTS, "one RSVP per guest");
        assert!(people.iter().all(|g| stored.contains(&g.email)));
        let confirmed =
            count(&app, "SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'confirmed'".into(), free).await;
        let waitlisted =
            count(&app, "SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'waitlisted'".into(), free).await;
        let counter = count(&app, "SELECT confirmed FROM seat_counts WHERE event_id = $1".into(), free).await;
        assert_eq!((confirmed, counter, waitlisted), (SEATS, SEATS, GUESTS as i64 - SEATS));
        // The paid night: every payment recorded once, every held seat now paid and confirmed.
        let paid_rows = count(
            &app,
            "SELECT COUNT(DISTINCT payment_intent) FROM rsvps WHERE event_id = $1 AND status = 'confirmed' AND paid_at IS NOT NULL"
                .into(),
            paid,
        )
        .await;
        let held = count(&app, "SELECT held FROM seat_counts WHERE event_id = $1".into(), paid).await;
        let counter = count(&app, "SELECT confirmed FROM seat_counts WHERE event_id = $1".into(), paid).await;
        assert_eq!((paid_rows, counter, held), (BUYERS as i64, BUYERS as i64, 0));
        let refunds = count(
            &app,
            "SELECT COUNT(*) FROM refunds f JOIN rsvps r ON r.id = f.rsvp_id WHERE r.event_id = $1".into(),
            paid,
        )
        .await;
        assert_eq!(refunds, 0, "nobody paid for a seat they did not get");
        // Each booking's first email (confirmation, waitlist place, pay link, paid) once.
        for night in [free, paid] {
            let without = count(
                &app,
                "SELECT COUNT(*) FROM rsvps r WHERE r.event_id = $1 AND NOT EXISTS \
                 (SELECT 1 FROM outbox o WHERE o.event_id = r.event_id AND o.to_email = r.email)"
                    .into(),
                night,
            )
            .await;
            assert_eq!(without, 0, "every booking has its email");
        }
    }
    let events: i64 = app.count("SELECT COUNT(*) FROM stripe_events").await;
    assert_eq!(events, (BUYERS * rounds) as i64, "each Stripe event processed once");

    // Every email arrived, none more than twice.
    let message_ids: Vec<String> =
        with_db!(app.db(), |e| sqlx::query_scalar("SELECT message_id FROM outbox").fetch_all(e).await).unwrap();
    let arrivals = arrivals(&app);
    let missing: Vec<_> = message_ids.iter().filter(|id| !arrivals.contains_key(*id)).collect();
    assert!(missing.is_empty(), "{} emails never arrived: {missing:?}", missing.len());
    assert!(arrivals.values().all(|&n| n <= 2), "no email more than twice");
    println!(
        "{backend:?}: {rounds} kill(s), {} emails; sent twice per kill {doubled:?} (at most {SMTP_CONNECTIONS}); \
         from each kill to all mail sent: {recoveries:?}",
        message_ids.len()
    );
    drop(server);
    let _ = std::fs::remove_file(&log);
    app.stop().await;
}

async fn create_night(client: &reqwest::Client, server: &Server, host: &str, title: &str, seats: i64) -> i64 {
    let response = client
        .post(server.url("/api/v1/chapters/crash/events"))
        .bearer_auth(host)
        .json(&TestApp::night(title, seats))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{}", server.log());
    response.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
}

/// How many times each Message-ID arrived.
fn arrivals(app: &TestApp) -> HashMap<String, usize> {
    let mut arrivals = HashMap::new();
    for message in app.smtp.messages() {
        *arrivals.entry(message.message_id()).or_insert(0) += 1;
    }
    arrivals
}

fn delivered_twice(app: &TestApp) -> usize {
    arrivals(app).values().map(|n| n - 1).sum()
}

async fn booked_emails(app: &TestApp, event: i64) -> HashSet<String> {
    with_db!(app.db(), |e| sqlx::query_scalar("SELECT email FROM rsvps WHERE event_id = $1")
        .bind(event)
        .fetch_all(e)
        .await)
    .unwrap()
    .into_iter()
    .collect()
}

/// Waits until every outbox row is sent (none failed) and returns how long that took; panics
/// after a minute (the lease is 30 s).
async fn all_sent(app: &TestApp) -> Duration {
    let started = Instant::now();
    loop {
        let open = app.count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await;
        if open == 0 {
            let failed = app.count("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL").await;
            assert_eq!(failed, 0, "no email failed");
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{open} emails still unsent a minute after the restart (the lease is 30 s)"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
