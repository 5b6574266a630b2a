//! The HTTP edge: limits count the client behind a trusted proxy (and only behind one), slow
//! clients hold neither write turns nor sockets, one client has a bounded share of the server,
//! and neither `--help` nor the logs show a secret or a token.

use std::time::{Duration, Instant};

use failnight_gateway::Settings;
use serde_json::json;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

use crate::support::{Options, TestApp, both_backends, smtp::MAIL_WAIT};

/// The harness's requests come from 127.0.0.1: here, a reverse proxy on that address.
fn behind_a_proxy(settings: &mut Settings) {
    settings.trusted_proxies = Some("127.0.0.1/32".into());
}

/// Behind a proxy, with bodies due within 5 s (instead of 10) so the test is shorter.
fn behind_a_proxy_quick_bodies(settings: &mut Settings) {
    behind_a_proxy(settings);
    settings.body_timeout_secs = 5;
}

both_backends!(options: crate::support::Options { rate_limits: true, configure: Some(crate::edge::behind_a_proxy), ..Default::default() };
    limits_count_each_client_behind_a_proxy, a_stranger_cannot_lock_a_host_out_of_signing_in);
both_backends!(options: crate::support::Options { rate_limits: true, ..Default::default() };
    a_forwarded_for_is_ignored_unless_a_trusted_proxy_sent_it);
both_backends!(options: crate::support::Options { rate_limits: true, configure: Some(crate::edge::behind_a_proxy_quick_bodies), ..Default::default() };
    slow_bodies_do_not_hold_up_writes);

/// A client (its own cookies, no redirects) whose proxy says it is `ip`.
fn client_at(ip: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", ip.parse().unwrap());
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .unwrap()
}

async fn rsvp(app: &TestApp, client: &reqwest::Client, id: i64, email: &str) -> u16 {
    let url = app.url(&format!("/api/v1/events/{id}/rsvps"));
    client
        .post(url)
        .json(&json!({"name": "Guest", "email": email, "accept_code_of_conduct": true}))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn ask_sign_in(app: &TestApp, client: &reqwest::Client, email: &str) -> (u16, String) {
    let response =
        client.post(app.url("/host/sign-in")).form(&[("email", email), ("next", "/host")]).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn limits_count_each_client_behind_a_proxy(app: TestApp) {
    let (_, event) = app.published_night("alpha", 500).await;
    let id = event["id"].as_i64().unwrap();
    // 31 people behind the proxy: 31 buckets, not one.
    for n in 0..31 {
        assert_eq!(rsvp(&app, &client_at(&format!("203.0.113.{n}")), id, &format!("p{n}@example.org")).await, 202);
    }
    // One of them sending 31: the 31st is refused, whatever it writes left of the proxy's entry
    // (each proxy appends the address it saw; the rest came from the client and proves nothing).
    let mut statuses = Vec::new();
    for n in 0..31 {
        let client = client_at(&format!("10.{n}.0.1, 198.51.100.7"));
        statuses.push(rsvp(&app, &client, id, &format!("one{n}@example.org")).await);
    }
    assert!(statuses[..30].iter().all(|s| *s == 202), "{statuses:?}");
    assert_eq!(statuses[30], 429, "{statuses:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 61);
    // Sign-in requests: eleven from one address lock out that address, not everyone.
    let noisy = client_at("198.51.100.8");
    for n in 0..10 {
        assert_eq!(ask_sign_in(&app, &noisy, &format!("nobody{n}@example.org")).await.0, 200);
    }
    assert_eq!(ask_sign_in(&app, &noisy, "nobody@example.org").await.0, 429);
    assert_eq!(ask_sign_in(&app, &client_at("198.51.100.9"), "nobody@example.org").await.0, 200);
    app.stop().await;
}

async fn a_forwarded_for_is_ignored_unless_a_trusted_proxy_sent_it(app: TestApp) {
    let (_, event) = app.published_night("alpha", 500).await;
    let id = event["id"].as_i64().unwrap();
    // No trusted proxy (the default): a made-up header changes nothing.
    let mut statuses = Vec::new();
    for n in 0..31 {
        statuses.push(rsvp(&app, &client_at(&format!("203.0.113.{n}")), id, &format!("p{n}@example.org")).await);
    }
    assert!(statuses[..30].iter().all(|s| *s == 202), "{statuses:?}");
    assert_eq!(statuses[30], 429, "a spoofed X-Forwarded-For does not dodge the limit");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 30);
    app.stop().await;
}

async fn a_stranger_cannot_lock_a_host_out_of_signing_in(app: TestApp) {
    app.chapter("alpha", "Europe/Berlin").await;
    app.host_token("alpha", "host@alpha.test").await;
    let stranger = client_at("203.0.113.66");
    let mut answers = Vec::new();
    for _ in 0..5 {
        let (status, page) = ask_sign_in(&app, &stranger, "host@alpha.test").await;
        assert_eq!(status, 200);
        answers.push(page.replace("host@alpha.test", "EMAIL"));
    }
    // The same answer whether or not a link went out.
    let (status, unknown) = ask_sign_in(&app, &stranger, "nobody@alpha.test").await;
    assert_eq!(status, 200);
    assert_eq!(answers[0], unknown.replace("nobody@alpha.test", "EMAIL"), "a host's email looks like anyone's");
    for _ in 0..3 {
        assert_eq!(ask_sign_in(&app, &stranger, "host@alpha.test").await.0, 429, "the stranger is limited");
    }
    app.smtp.wait_for(5, MAIL_WAIT).await;
    // The host, from their own address, still gets a link and signs in.
    let host = client_at("198.51.100.20");
    app.sign_in(&host, "host@alpha.test").await;
    assert_eq!(host.get(app.url("/host")).send().await.unwrap().status(), 200);
    app.stop().await;
}

/// Opens a connection that sends a form post's head and one byte of its 100-byte body, from
/// `ip` behind the proxy, and then nothing.
async fn slow_post(app: &TestApp, path: &str, ip: &str) -> TcpStream {
    let host = app.address.trim_start_matches("http://");
    let mut stream = TcpStream::connect(host).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nX-Forwarded-For: {ip}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nn"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream
}

/// What the server answers on `stream` before it closes it (within `wait`).
async fn answer(stream: &mut TcpStream, wait: Duration) -> String {
    let mut bytes = Vec::new();
    let _ = tokio::time::timeout(wait, stream.read_to_end(&mut bytes)).await.expect("the server answers and closes");
    String::from_utf8_lossy(&bytes).into_owned()
}

async fn slow_bodies_do_not_hold_up_writes(app: TestApp) {
    let (_, event) = app.published_night("alpha", 50).await;
    let id = event["id"].as_i64().unwrap();
    // More clients trickling their bodies than there are write turns (128).
    let mut slow = Vec::new();
    for n in 0..130 {
        slow.push(slow_post(&app, &format!("/e/{id}/rsvp"), &format!("10.9.{}.{}", n / 256, n % 256)).await);
    }
    // Each is waiting for its body by now (on today's main: holding a write turn).
    tokio::time::sleep(Duration::from_secs(1)).await;
    let started = Instant::now();
    let booked =
        tokio::time::timeout(Duration::from_secs(2), rsvp(&app, &client_at("198.51.100.1"), id, "ada@example.org"))
            .await
            .expect("an RSVP is not held up by slow bodies");
    assert_eq!(booked, 202);
    assert!(started.elapsed() < Duration::from_secs(2));
    // The slow ones get 408 when their time is up, and wrote nothing.
    for stream in slow.iter_mut().take(5) {
        let answer = answer(stream, Duration::from_secs(10)).await;
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 1);
    app.stop().await;
}

/// Not about the database: SQLite only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_client_has_a_bounded_share_of_the_server() {
    let options = Options { rate_limits: true, configure: Some(behind_a_proxy_quick_bodies), ..Default::default() };
    let app = TestApp::spawn_with_options(failnight_core::Backend::Sqlite, options).await.unwrap();
    let (_, event) = app.published_night("alpha", 50).await;
    let id = event["id"].as_i64().unwrap();
    let mut slow = Vec::new();
    for _ in 0..failnight_gateway::client::MAX_IN_FLIGHT_PER_CLIENT {
        slow.push(slow_post(&app, &format!("/e/{id}/rsvp"), "203.0.113.5").await);
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let greedy = client_at("203.0.113.5");
    assert_eq!(rsvp(&app, &greedy, id, "greedy@example.org").await, 429, "one more from the same client");
    assert_eq!(rsvp(&app, &client_at("203.0.113.6"), id, "ada@example.org").await, 202, "others go on");
    for stream in &mut slow {
        assert!(answer(stream, Duration::from_secs(10)).await.starts_with("HTTP/1.1 408"));
    }
    assert_eq!(rsvp(&app, &greedy, id, "greedy@example.org").await, 202, "the client's places came back");
    app.stop().await;
}

/// Not about the database: SQLite only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_head_and_an_idle_connection_are_closed() {
    fn quick_heads(settings: &mut Settings) {
        settings.header_timeout_secs = 2;
    }
    let options = Options { configure: Some(quick_heads), ..Default::default() };
    let app = TestApp::spawn_with_options(failnight_core::Backend::Sqlite, options).await.unwrap();
    let host = app.address.trim_start_matches("http://");
    // Half a header line, then nothing (slowloris).
    let mut stalled = TcpStream::connect(host).await.unwrap();
    stalled.write_all(format!("GET / HTTP/1.1\r\nHost: {host}\r\nUser-Ag").as_bytes()).await.unwrap();
    let started = Instant::now();
    answer(&mut stalled, Duration::from_secs(6)).await;
    assert!(started.elapsed() >= Duration::from_secs(1), "closed by the timer, not at once");
    // A kept-alive connection left idle after its request.
    let mut idle = TcpStream::connect(host).await.unwrap();
    idle.write_all(format!("GET /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes()).await.unwrap();
    let answer = answer(&mut idle, Duration::from_secs(6)).await;
    assert!(answer.starts_with("HTTP/1.1 200") && answer.ends_with("ok"), "{answer}");
    app.stop().await;
}

/// Secret values: in the environment of `failnight --help`, and in flags for `Debug`.
const SECRETS: [(&str, &str, &str); 4] = [
    ("FAILNIGHT_DATABASE_URL", "--database-url", "postgres://app:db-pass-41@db.invalid/nights?password=db-pass-41"),
    ("FAILNIGHT_SMTP_URL", "--smtp-url", "smtp://mailer:smtp-pass-42@mail.invalid:587"),
    ("FAILNIGHT_STRIPE_SECRET_KEY", "--stripe-secret-key", "sk_test_stripe-key-43"),
    ("FAILNIGHT_STRIPE_WEBHOOK_SECRET", "--stripe-webhook-secret", "whsec_webhook-44"),
];
const SECRET_PARTS: [&str; 4] = ["db-pass-41", "smtp-pass-42", "stripe-key-43", "webhook-44"];

#[tokio::test]
async fn help_and_debug_show_no_secret() {
    for args in [&["--help"][..], &["serve", "--help"], &["worker", "--help"], &["migrate", "--help"]] {
        let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_failnight"))
            .args(args)
            .envs(SECRETS.iter().map(|(env, _, value)| (env, value)))
            .output()
            .await
            .unwrap();
        assert!(output.status.success(), "{args:?}");
        let shown = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(shown.contains("FAILNIGHT_SMTP_URL"), "the help: {shown}");
        for secret in SECRET_PARTS {
            assert!(!shown.contains(secret), "`failnight {}` shows {secret}:\n{shown}", args.join(" "));
        }
    }
    let mut args = vec!["failnight"];
    for (_, flag, value) in SECRETS {
        args.extend([flag, value]);
    }
    args.push("migrate");
    let matches = failnight_gateway::cli::command().try_get_matches_from(&args).unwrap();
    let cli = <failnight_gateway::cli::Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap();
    let shown = format!("{cli:?} {:#?}", cli.settings);
    for secret in SECRET_PARTS {
        assert!(!shown.contains(secret), "Debug shows {secret}: {shown}");
    }
    assert!(shown.contains("db.invalid"), "Debug still shows where the database is: {shown}");
    // A refused setting is named, its password hidden.
    let refused = failnight_gateway::cli::run_args(["failnight", "--database-url", "mysql://root:pw-45@db", "migrate"])
        .await
        .expect_err("not a database we speak");
    assert!(refused.message().contains("FAILNIGHT_DATABASE_URL") && !refused.message().contains("pw-45"));
}

/// The real binary at `FAILNIGHT_LOG=trace`: pages opened with tokens (ticket, speaker,
/// unsubscribe, check-in, sign-in links) and emails carrying them leave no token in the logs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_hold_no_token_even_at_trace() {
    let dir = std::env::temp_dir().join(format!("failnight-logs-{}", failnight_core::token::new_token()));
    std::fs::create_dir_all(&dir).unwrap();
    let database_url = format!("sqlite://{}", dir.join("f.db").display());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let base = format!("http://127.0.0.1:{port}");
    let smtp = crate::support::smtp::SmtpServer::start().await;
    let cli = |args: &[&str]| {
        let mut full = vec!["failnight", "--database-url", database_url.as_str(), "--base-url", base.as_str()];
        full.extend(args);
        let full: Vec<String> = full.into_iter().map(String::from).collect();
        async move { failnight_gateway::cli::run_args(full).await.unwrap() }
    };
    cli(&["chapter", "create", "--slug", "alpha", "--name", "Alpha", "--timezone", "Europe/Berlin"]).await;
    let api_token = cli(&["host", "add", "--chapter", "alpha", "--email", "host@alpha.test"]).await;
    let api_token = api_token.lines().last().unwrap().trim().to_string();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_failnight"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("FAILNIGHT_DATABASE_URL", &database_url)
        .env("FAILNIGHT_SMTP_URL", smtp.url())
        .env("FAILNIGHT_MAIL_FROM", "nights@failnight.test")
        .env("FAILNIGHT_LOG", "trace")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    // Read the logs as they come: a full pipe would stop the server.
    let mut stderr = child.stderr.take().unwrap();
    let logs = tokio::spawn(async move {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes).await;
        bytes
    });
    let client =
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).cookie_store(true).build().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while client.get(format!("{base}/readyz")).send().await.map(|r| r.status().as_u16()).unwrap_or(0) != 200 {
        assert!(Instant::now() < deadline, "the server never became ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let night = client
        .post(format!("{base}/api/v1/chapters/alpha/events"))
        .bearer_auth(&api_token)
        .json(&TestApp::night("Failure Night", 20))
        .send()
        .await
        .unwrap();
    assert_eq!(night.status(), 201);
    let id = night.json::<serde_json::Value>().await.unwrap()["id"].as_i64().unwrap();
    let booked = client
        .post(format!("{base}/api/v1/events/{id}/rsvps"))
        .json(&json!({"name": "Ada", "email": "ada@example.org", "accept_code_of_conduct": true}))
        .send()
        .await
        .unwrap();
    // The answer says "check your email" (it never carries the ticket): read it where it is.
    assert_eq!(booked.status(), 202);
    let db = failnight_core::Db::connect(&database_url, &Default::default()).await.unwrap();
    let (ticket, code): (String, String) =
        failnight_core::with_db!(&db, |e| sqlx::query_as("SELECT token, checkin_code FROM rsvps").fetch_one(e).await)
            .unwrap();
    db.close().await;
    let (speaker, unsubscribe) = (failnight_core::token::new_token(), failnight_core::token::new_token());
    for path in [
        format!("/t/{ticket}"),
        format!("/t/{ticket}/cancel"),
        format!("/api/v1/tickets/{ticket}"),
        format!("/check-in/{code}"),
        format!("/host/sign-in?next=/check-in/{code}"),
        format!("/s/{speaker}"),
        format!("/u/{unsubscribe}"),
    ] {
        let status = client.get(format!("{base}{path}")).send().await.unwrap().status();
        assert!(status.as_u16() < 500, "{path}: {status}");
    }
    // A sign-in link, by email, opened and used.
    let asked = client.post(format!("{base}/host/sign-in")).form(&[("email", "host@alpha.test")]).send().await.unwrap();
    assert_eq!(asked.status(), 200);
    let mails = smtp.wait_for(2, MAIL_WAIT).await;
    let text = mails.iter().map(|m| m.parse().body_text(0).unwrap().to_string()).collect::<String>();
    let start = text.find(&format!("{base}/host/sign-in/")).expect("a sign-in link");
    let link: String = text[start..].chars().take_while(|c| !c.is_whitespace()).collect();
    let sign_in = link.trim_start_matches(&format!("{base}/host/sign-in/")).split('?').next().unwrap().to_string();
    assert_eq!(client.get(&link).send().await.unwrap().status(), 200);
    assert_eq!(client.post(&link).form(&[("next", "/host")]).send().await.unwrap().status(), 303);
    let session = client.get(format!("{base}/host")).send().await.unwrap();
    assert_eq!(session.status(), 200, "signed in");

    let status = std::process::Command::new("kill").args(["-TERM", &child.id().unwrap().to_string()]).status().unwrap();
    assert!(status.success());
    let exit = tokio::time::timeout(Duration::from_secs(20), child.wait()).await.unwrap().unwrap();
    assert!(exit.success(), "{exit:?}");
    let logs = logs.await.unwrap();
    let logs = String::from_utf8_lossy(&logs);
    let mut leaks = Vec::new();
    for (what, token) in [
        ("ticket", ticket.as_str()),
        ("check-in code", &code),
        ("speaker token", &speaker),
        ("unsubscribe token", &unsubscribe),
        ("sign-in link", &sign_in),
        ("API token", &api_token),
        ("guest's address", "ada@example.org"),
        ("host's address", "host@alpha.test"),
    ] {
        if let Some(line) = logs.lines().find(|line| line.contains(token)) {
            leaks.push(format!("a {what}: {line}"));
        }
    }
    assert!(leaks.is_empty(), "the logs show\n{}", leaks.join("\n"));
    assert!(logs.contains("/t/{token}/cancel"), "requests are logged at this level, redacted");
    let _ = std::fs::remove_dir_all(&dir);
}
