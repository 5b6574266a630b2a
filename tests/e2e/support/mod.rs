//! The test harness: [`TestApp`] starts the real server on a random port with its own fresh
//! database (a temporary SQLite file, or a new PostgreSQL database) and a real SMTP server
//! receiving its mail, and offers one typed helper per endpoint.

pub mod hooks;
pub mod ics;
pub mod pg;
pub mod smtp;
pub mod stripe;

use std::{path::PathBuf, sync::Arc};

use failnight_core::{Backend, Db, SystemClock};
use failnight_gateway::{AppState, Application, Settings, cli};
use reqwest::{Response, redirect::Policy};
use serde_json::{Value, json};
use tokio::{sync::oneshot, task::JoinHandle};

use self::{pg::TestDatabase, smtp::SmtpServer};

/// Generates one test per backend from `async fn NAME(app: TestApp)`. With `without_workers:`
/// first, the app runs no background workers (the test drives a dispatcher itself); with
/// `options: EXPR;`, it starts with those [`Options`] (write paths in full: the expression is
/// expanded inside the generated module).
macro_rules! both_backends {
    (without_workers: $($name:ident),* $(,)?) => {
        $crate::support::both_backends!(options: $crate::support::Options { workers: false, ..Default::default() }; $($name),*);
    };
    (options: $options:expr; $($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::support::TestApp::spawn_with_options(failnight_core::Backend::Sqlite, $options).await.unwrap();
                super::$name(app).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some(app) = $crate::support::TestApp::spawn_with_options(failnight_core::Backend::Postgres, $options).await else { return };
                super::$name(app).await;
            }
        }
    )*};
    ($($name:ident),* $(,)?) => {
        $crate::support::both_backends!(options: $crate::support::Options::default(); $($name),*);
    };
}
pub(crate) use both_backends;

/// [`both_backends!`] on a [`ManualClock`] starting now (`app.clock()`); background jobs are
/// run by calling them directly.
macro_rules! both_backends_manual_clock {
    ($($name:ident),* $(,)?) => {
        $crate::support::both_backends!(options: $crate::support::Options::manual_clock(); $($name),*);
    };
}
pub(crate) use both_backends_manual_clock;

/// [`both_backends!`] with Stripe configured against a local [`stripe::FakeStripe`]
/// (`app.stripe()`), on a manual clock.
macro_rules! both_backends_stripe {
    ($($name:ident),* $(,)?) => {
        $crate::support::both_backends!(options: $crate::support::Options::stripe(); $($name),*);
    };
}
pub(crate) use both_backends_stripe;

/// How a [`TestApp`] starts.
#[derive(Debug, Clone)]
pub struct Options {
    /// Run the background workers in the server process.
    pub workers: bool,
    /// Drive time by hand (default: the system clock).
    pub clock: Option<failnight_core::time::ManualClock>,
    /// Apply rate limits (off by default: every test request comes from 127.0.0.1).
    pub rate_limits: bool,
    /// Configure Stripe against a fresh local fake.
    pub stripe: bool,
    /// Changes the settings last, just before the app is built.
    pub configure: Option<fn(&mut Settings)>,
}

impl Default for Options {
    fn default() -> Self {
        Options { workers: true, clock: None, rate_limits: false, stripe: false, configure: None }
    }
}

impl Options {
    pub fn manual_clock() -> Self {
        Options { clock: Some(failnight_core::time::ManualClock::new(chrono::Utc::now())), ..Options::default() }
    }

    pub fn stripe() -> Self {
        Options { stripe: true, ..Options::manual_clock() }
    }
}

pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub address: String,
    /// `http://127.0.0.1:PORT` of the metrics listener.
    pub metrics_address: String,
    /// The clock, when the test drives time.
    pub clock: Option<failnight_core::time::ManualClock>,
    /// The fake Stripe, for apps started with [`Options::stripe`].
    pub fake_stripe: Option<stripe::FakeStripe>,
    pub client: reqwest::Client,
    pub smtp: SmtpServer,
    pub settings: Settings,
    pub state: AppState,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<anyhow::Result<()>>>,
    _dir: TempDir,
    _pg: Option<TestDatabase>,
}

/// A temporary folder, removed on drop.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl TestApp {
    /// `None` only for PostgreSQL when it is unreachable (and CI is not set). With `workers:
    /// false`, the web server runs without the background workers (`serve --no-workers`).
    pub async fn spawn_with(backend: Backend, workers: bool) -> Option<TestApp> {
        Self::spawn_with_options(backend, Options { workers, ..Options::default() }).await
    }

    pub async fn spawn_with_options(backend: Backend, options: Options) -> Option<TestApp> {
        let dir = std::env::temp_dir().join(format!("failnight-test-{}", failnight_core::token::new_token()));
        std::fs::create_dir_all(&dir).unwrap();
        let (database_url, pg) = match backend {
            Backend::Sqlite => (format!("sqlite://{}", dir.join("failnight.db").display()), None),
            Backend::Postgres => {
                let db = TestDatabase::create().await?;
                (db.url.clone(), Some(db))
            }
        };
        let smtp = SmtpServer::start().await;
        let mut settings = Settings::from_env();
        settings.database_url = database_url;
        settings.listen = "127.0.0.1:0".into();
        settings.base_url = None;
        settings.smtp_url = Some(failnight_gateway::settings::Secret(smtp.url()));
        settings.mail_dir = dir.join("mail");
        settings.mail_from = "nights@failnight.test".into();
        settings.db_connections = 8;
        // Far enough to cross both daylight-saving changes of a year in series tests.
        settings.series_horizon_days = 400;
        // Every request comes from 127.0.0.1: tests that check rate limits turn them on.
        settings.rate_limits = if options.rate_limits { "on" } else { "off" }.into();
        // Time-based ticketing work is run by the tests themselves (after moving the clock).
        settings.ticketing_interval_secs = 3600;
        settings.metrics_listen = Some("127.0.0.1:0".into());
        // PDF decks render in the real binary's child process, as in production.
        settings.pdf_renderer = Some(env!("CARGO_BIN_EXE_failnight").into());
        let fake_stripe = if options.stripe { Some(stripe::FakeStripe::start().await) } else { None };
        if let Some(fake) = &fake_stripe {
            settings.stripe_secret_key = Some(failnight_gateway::settings::Secret(stripe::SECRET_KEY.into()));
            settings.stripe_publishable_key = Some(stripe::PUBLISHABLE_KEY.into());
            settings.stripe_webhook_secret = Some(failnight_gateway::settings::Secret(stripe::WEBHOOK_SECRET.into()));
            settings.stripe_api_base = fake.url.clone();
        }
        if let Some(configure) = options.configure {
            configure(&mut settings);
        }
        let clock: Arc<dyn failnight_core::Clock> = match &options.clock {
            Some(clock) => Arc::new(clock.clone()),
            None => Arc::new(SystemClock),
        };
        let app = Application::build_with_clock(&settings, clock).await.expect("the application builds");
        let workers = options.workers;
        let address = format!("http://{}", app.local_addr());
        let metrics_address = format!("http://{}", app.metrics_addr().expect("the tests serve metrics"));
        let state = app.state().clone();
        let (shutdown, stop) = oneshot::channel::<()>();
        let server = tokio::spawn(app.serve(workers, async move {
            let _ = stop.await;
        }));
        let client = reqwest::Client::builder().redirect(Policy::none()).cookie_store(true).build().unwrap();
        Some(TestApp {
            address,
            metrics_address,
            client,
            smtp,
            settings,
            state,
            clock: options.clock,
            fake_stripe,
            shutdown: Some(shutdown),
            server: Some(server),
            _dir: TempDir(dir),
            _pg: pg,
        })
    }

    /// The app's manual clock (panics for apps on the system clock).
    pub fn clock(&self) -> &failnight_core::time::ManualClock {
        self.clock.as_ref().expect("started with a manual clock")
    }

    pub fn stripe(&self) -> &stripe::FakeStripe {
        self.fake_stripe.as_ref().expect("started with Options::stripe()")
    }

    /// Posts a Stripe webhook with `signature` (see [`stripe::signature`]).
    pub async fn webhook(&self, payload: &str, signature: &str) -> Response {
        self.client
            .post(self.url("/api/v1/stripe/webhook"))
            .header("stripe-signature", signature)
            .header("content-type", "application/json")
            .body(payload.to_string())
            .send()
            .await
            .unwrap()
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Runs the `failnight` CLI in-process against this app's database.
    pub async fn cli(&self, args: &[&str]) -> Result<String, cli::CliError> {
        let mut full = vec![
            "failnight".to_string(),
            "--database-url".into(),
            self.settings.database_url.clone(),
            "--base-url".into(),
            self.address.clone(),
        ];
        full.extend(args.iter().map(|a| a.to_string()));
        cli::run_args(full).await
    }

    /// Creates a chapter through the CLI.
    pub async fn chapter(&self, slug: &str, timezone: &str) {
        self.cli(&["chapter", "create", "--slug", slug, "--name", &format!("Chapter {slug}"), "--timezone", timezone])
            .await
            .expect("chapter created");
    }

    /// Creates a chapter named `name` that speaks `language` (`chapter create --language`).
    pub async fn chapter_in(&self, slug: &str, name: &str, timezone: &str, language: &str) {
        self.cli(&[
            "chapter",
            "create",
            "--slug",
            slug,
            "--name",
            name,
            "--timezone",
            timezone,
            "--language",
            language,
        ])
        .await
        .expect("chapter created");
    }

    /// Adds a host through the CLI and returns their API token.
    pub async fn host_token(&self, chapter: &str, email: &str) -> String {
        let output = self.cli(&["host", "add", "--chapter", chapter, "--email", email]).await.expect("host added");
        output.lines().last().unwrap().trim().to_string()
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn create_event(&self, token: &str, chapter: &str, body: &Value) -> Response {
        self.client
            .post(self.url(&format!("/api/v1/chapters/{chapter}/events")))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// A host call: `method` on `path` with the bearer `token` and an optional JSON body.
    pub async fn host(&self, method: reqwest::Method, token: &str, path: &str, body: Option<&Value>) -> Response {
        let request = self.client.request(method, self.url(path)).bearer_auth(token);
        let request = match body {
            Some(body) => request.json(body),
            None => request,
        };
        request.send().await.unwrap()
    }

    /// A host call that must succeed with `status`; returns the JSON answer.
    pub async fn host_ok(
        &self,
        method: reqwest::Method,
        token: &str,
        path: &str,
        body: Option<&Value>,
        status: u16,
    ) -> Value {
        let response = self.host(method.clone(), token, path, body).await;
        let got = response.status().as_u16();
        let text = response.text().await.unwrap();
        assert_eq!(got, status, "{method} {path}: {text}");
        serde_json::from_str(&text).unwrap()
    }

    pub async fn get_event(&self, id: i64) -> Response {
        self.get(&format!("/api/v1/events/{id}")).await
    }

    pub async fn rsvp_api(&self, event_id: i64, name: &str, email: &str) -> Response {
        self.client
            .post(self.url(&format!("/api/v1/events/{event_id}/rsvps")))
            .json(&json!({"name": name, "email": email, "accept_code_of_conduct": true}))
            .send()
            .await
            .unwrap()
    }

    pub async fn rsvp_form(&self, event_id: i64, name: &str, email: &str) -> Response {
        self.client
            .post(self.url(&format!("/e/{event_id}/rsvp")))
            .form(&[("name", name), ("email", email), ("accept_code_of_conduct", "on")])
            .send()
            .await
            .unwrap()
    }

    /// A typical night a month ahead: `{title, starts_at 19:00, ends_at 22:00, venue, capacity}`.
    pub fn night(title: &str, capacity: i64) -> Value {
        let day = (chrono::Utc::now() + chrono::Duration::days(30)).date_naive();
        json!({
            "title": title,
            "description": "Three stories of things that went wrong.",
            "starts_at": format!("{day}T19:00"),
            "ends_at": format!("{day}T22:00"),
            "venue": {"name": "Kiez Bar", "address": "Weserstraße 1, 12047 Berlin"},
            "capacity": capacity,
        })
    }

    /// A chapter, a host and a published night; returns (token, event JSON).
    pub async fn published_night(&self, slug: &str, capacity: i64) -> (String, Value) {
        self.chapter(slug, "Europe/Berlin").await;
        let token = self.host_token(slug, &format!("host@{slug}.test")).await;
        let response = self.create_event(&token, slug, &Self::night("Failure Night", capacity)).await;
        assert_eq!(response.status(), 201);
        (token, response.json().await.unwrap())
    }

    /// Opens chapter `slug`'s call for stories (its other settings the defaults) and returns
    /// the chapter.
    pub async fn open_call(&self, slug: &str) -> failnight_scheduling::Chapter {
        use failnight_submissions::{StorySettings, settings::SettingsInput};
        let chapter = failnight_scheduling::chapters::by_slug(self.db(), slug).await.unwrap().unwrap();
        let mut call = SettingsInput::of(&StorySettings::defaults(chapter.id));
        call.call_open = true;
        failnight_app::services::stories::save_settings(
            &self.state,
            failnight_app::services::Actor::System,
            &chapter,
            &call,
        )
        .await
        .unwrap();
        chapter
    }

    /// A story by `name` (`email`) titled `title`, under their real name, with one-letter
    /// texts and every consent "ask".
    pub fn story(name: &str, email: &str, title: &str) -> failnight_submissions::stories::StoryInput {
        failnight_submissions::stories::StoryInput {
            name: name.into(),
            email: email.into(),
            appearance: "real_name".into(),
            title: title.into(),
            story_project: "p".into(),
            story_wrong: "w".into(),
            story_learned: "l".into(),
            story_differently: "d".into(),
            consent_photos: "ask".into(),
            consent_recording: "ask".into(),
            consent_slides: "ask".into(),
            accept_coc: true,
            ..Default::default()
        }
    }

    /// Submits `input` to `chapter`'s call, accepts it and has the speaker confirm; placed in
    /// the lineup of `night` when given.
    pub async fn confirmed_talk(
        &self,
        chapter: &failnight_scheduling::Chapter,
        input: &failnight_submissions::stories::StoryInput,
        night: Option<i64>,
    ) -> failnight_submissions::Submission {
        use failnight_app::services::{Actor, stories as story_services};
        use failnight_submissions::stories::Action;
        let story = story_services::submit(&self.state, chapter, input).await.unwrap();
        let story = story_services::decide(&self.state, Actor::System, chapter, &story, Action::Accept).await.unwrap();
        let story = story_services::respond(&self.state, &story, Action::Confirm).await.unwrap();
        if let Some(night) = night {
            story_services::place(&self.state, Actor::System, chapter, &story, night).await.unwrap();
        }
        story
    }

    /// Counts rows with a query returning one BIGINT (the same text runs on both backends).
    pub async fn count(&self, sql: &'static str) -> i64 {
        failnight_core::with_db!(self.db(), |e| sqlx::query_scalar::<_, i64>(sql).fetch_one(e).await).unwrap()
    }

    /// A dispatcher the test drives itself (`run_once`), on `clock`, delivering to the test
    /// SMTP server; for apps started without workers.
    pub fn dispatcher(&self, clock: &failnight_core::time::ManualClock, batch: i64) -> failnight_reminders::Dispatcher {
        use failnight_reminders::{Dispatcher, DispatcherOptions, MailTransport, Mailbox};
        let options =
            DispatcherOptions { batch, lease: std::time::Duration::from_secs(60), ..DispatcherOptions::default() };
        Dispatcher::new(
            self.db().clone(),
            // A connection per email of a batch: the whole batch is in flight at once.
            MailTransport::smtp(&self.smtp.url(), u32::try_from(batch).unwrap()).unwrap(),
            Arc::new(clock.clone()),
            "failnight <nights@failnight.test>".parse::<Mailbox>().unwrap(),
            options,
            Arc::default(),
        )
    }

    /// A new browser: its own cookie jar, redirects not followed.
    pub fn browser(&self) -> reqwest::Client {
        reqwest::Client::builder().redirect(Policy::none()).cookie_store(true).build().unwrap()
    }

    /// Signs `browser` in as `email` the way a host does: asks for a link, reads it from the
    /// email that arrives over SMTP, opens it and presses the button.
    pub async fn sign_in(&self, browser: &reqwest::Client, email: &str) {
        let link = self.request_sign_in_link(browser, email).await;
        let page = browser.get(&link).send().await.unwrap();
        assert_eq!(page.status(), 200, "the link opens");
        let response = browser.post(&link).form(&[("next", "/host")]).send().await.unwrap();
        assert_eq!(response.status(), 303, "signed in");
    }

    /// Asks for a sign-in link for `email` and returns it from the email that arrives.
    pub async fn request_sign_in_link(&self, browser: &reqwest::Client, email: &str) -> String {
        let before = self.smtp.messages().iter().filter(|m| m.to == [email]).count();
        let response =
            browser.post(self.url("/host/sign-in")).form(&[("email", email), ("next", "/host")]).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let deadline = tokio::time::Instant::now() + smtp::MAIL_WAIT;
        loop {
            let mails: Vec<_> = self.smtp.messages().into_iter().filter(|m| m.to == [email]).collect();
            if mails.len() > before {
                let text = mails.last().unwrap().parse().body_text(0).unwrap().to_string();
                let start = text.find(&self.url("/host/sign-in/")).expect("a sign-in link in the email");
                let link: String = text[start..].chars().take_while(|c| !c.is_whitespace()).collect();
                return link;
            }
            assert!(tokio::time::Instant::now() < deadline, "no sign-in email for {email}");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// Every `table.column` of the database (every table the catalogue lists, every column
    /// holding text) with a value that contains `needle`, ignoring case: where a person's data
    /// still is.
    pub async fn places_containing(&self, needle: &str) -> Vec<String> {
        let escaped = needle.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        let columns: Vec<(String, String)> = match self.db() {
            Db::Sqlite { reader, .. } => {
                let tables: Vec<String> =
                    sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                        .fetch_all(reader)
                        .await
                        .unwrap();
                let mut columns = Vec::new();
                for table in tables {
                    // SQLite keeps any value in any column: every column is searched, as text.
                    let names: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
                        .bind(&table)
                        .fetch_all(reader)
                        .await
                        .unwrap();
                    columns.extend(names.into_iter().map(|c| (table.clone(), c)));
                }
                columns
            }
            Db::Postgres(pool) => sqlx::query_as(
                "SELECT table_name::text, column_name::text FROM information_schema.columns
                 WHERE table_schema = current_schema()
                   AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
                 ORDER BY table_name, column_name",
            )
            .fetch_all(pool)
            .await
            .unwrap(),
        };
        assert!(columns.iter().any(|(t, c)| t == "outbox" && c == "body_text"), "the catalogue was read: {columns:?}");
        let mut found = Vec::new();
        for (table, column) in columns {
            let sql =
                format!("SELECT COUNT(*) FROM \"{table}\" WHERE lower(CAST(\"{column}\" AS TEXT)) LIKE $1 ESCAPE '\\'");
            let n: i64 =
                failnight_core::with_db!(self.db(), |e| sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql))
                    .bind(&pattern)
                    .fetch_one(e)
                    .await)
                .unwrap();
            if n > 0 {
                found.push(format!("{table}.{column} ({n} rows)"));
            }
        }
        found
    }

    /// Waits for an email to `to` whose subject starts with `subject`; the latest such.
    pub async fn mail_to(&self, to: &str, subject: &str) -> smtp::Received {
        let deadline = tokio::time::Instant::now() + smtp::MAIL_WAIT;
        loop {
            let found = self
                .smtp
                .messages()
                .into_iter()
                .rev()
                .find(|m| m.to == [to] && m.parse().subject().is_some_and(|s| s.starts_with(subject)));
            if let Some(mail) = found {
                return mail;
            }
            assert!(tokio::time::Instant::now() < deadline, "no email to {to} about {subject:?}");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// How many emails `to` received so far.
    pub fn mails_to(&self, to: &str) -> usize {
        self.smtp.messages().iter().filter(|m| m.to == [to]).count()
    }

    /// The ticket token of the link in the latest email to `to` that has one: the way a guest
    /// reaches their ticket (waits for the email).
    pub async fn ticket_token(&self, to: &str) -> String {
        self.ticket_token_after(to, 0).await
    }

    /// Books by the public API as a guest does (the answer only says "check your email") and
    /// returns the ticket token from the email that follows.
    pub async fn rsvp_token(&self, event_id: i64, name: &str, email: &str) -> String {
        let seen = self.mails_to(email);
        let response = self.rsvp_api(event_id, name, email).await;
        let status = response.status();
        assert_eq!(status, 202, "{}", response.text().await.unwrap());
        self.ticket_token_after(email, seen).await
    }

    /// The ticket token of the link in the latest email to `to` after the first `seen` ones
    /// (waits for such an email).
    pub async fn ticket_token_after(&self, to: &str, seen: usize) -> String {
        let prefix = self.url("/t/");
        let deadline = tokio::time::Instant::now() + smtp::MAIL_WAIT;
        loop {
            let texts: Vec<String> = self
                .smtp
                .messages()
                .into_iter()
                .filter(|m| m.to == [to])
                .skip(seen)
                .filter_map(|m| m.parse().body_text(0).map(|t| t.to_string()))
                .collect();
            if let Some(text) = texts.iter().rev().find(|t| t.contains(&prefix)) {
                let start = text.find(&prefix).unwrap() + prefix.len();
                return text[start..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
            }
            assert!(tokio::time::Instant::now() < deadline, "no email with a ticket link to {to}");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// Waits until `sql` counts `expected` (work done by the background workers lands shortly
    /// after its visible effect, e.g. an email's "sent" mark after the SMTP server got it).
    pub async fn wait_count(&self, sql: &'static str, expected: i64) {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let count = self.count(sql).await;
            if count == expected {
                return;
            }
            assert!(tokio::time::Instant::now() < deadline, "{sql}: {count}, expected {expected}");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// Stops the server and its workers, keeping the database and files for the test to look
    /// at: to the browser the site is gone (connections refused), as in a basement.
    pub async fn halt(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.unwrap().unwrap();
        }
    }

    /// Stops the server and its workers gracefully.
    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.unwrap().unwrap();
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// The randomised tests' seeded generator (one for the whole workspace).
pub use failnight_core::rng::Rng;
