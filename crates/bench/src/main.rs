//! `failnight-bench`: starts the real `failnight` server, seeds it, drives load over loopback
//! HTTP, checks the results in the database and prints one table. See the crate README and
//! `docs/benchmarks.md`.

#![forbid(unsafe_code)]

mod exports;
mod friday;
mod http;
mod insights;
mod lessons;
mod outbox;
mod scale;
mod seed;
mod server;
mod stage;

use std::{
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

use clap::{Parser, ValueEnum};
use failnight_core::outbox::keys;
use failnight_smtp_sink::{Keep, SmtpSink, Tally};
use serde_json::json;

use crate::{
    http::{Conn, Response, Samples},
    seed::{Seeder, count, count_emails},
    server::{Database, Launch, Server},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Scenario {
    Baseline,
    EventPage,
    /// The night's calendar file, `/e/{id}/event.ics`.
    EventIcs,
    ChapterFeed,
    RsvpBurst,
    Reminders,
    Stage,
    LessonsSearch,
    Insights,
    /// The dispatcher's claim at 10,000 and `--outbox-rows` delivered emails, and pruning.
    Outbox,
    /// Each guest's own ticket page, `/t/{token}`, for `--guests` different guests, against
    /// the same server's `/healthz`.
    TicketPage,
    /// 600 check-ins from 4 door phones over `--door-seconds` while 64 connections load the
    /// night's page, against the page alone.
    DoorRush,
    /// A host downloads the attendee CSV of a night of `--export-guests` bookings and the
    /// chapter's every guest (as many again over ten years of nights), streamed.
    Exports,
    /// Ten years of a network (300 chapters, 100,000 RSVPs, 2,000 stories, a million sent
    /// emails) and a tenth of it, both seeded first: each page's p99 at 64 connections at both
    /// sizes, measured in turn.
    DataScale,
    /// The first Friday of a month: 50 nights in 50 chapters at the same hour with
    /// `--friday-guests` guests in all, their reminders due at once, while the series worker
    /// creates 300 chapters' nights and 64 connections load the nights' pages (on PostgreSQL,
    /// two instances unless `--instances` says more).
    NetworkFriday,
    All,
}

#[derive(Debug, Parser)]
#[command(name = "failnight-bench", about = "Benchmarks the real failnight server over loopback HTTP")]
struct Options {
    /// Which scenario to run.
    #[arg(value_enum)]
    scenario: Scenario,
    /// Run against PostgreSQL: a fresh database is created (and dropped) per scenario from
    /// this URL; without it, a fresh SQLite file.
    #[arg(long)]
    postgres: Option<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Concurrent keep-alive connections for the GET scenarios.
    #[arg(long, default_value_t = 64)]
    connections: usize,
    /// Measured seconds of each GET scenario (after the warm-up).
    #[arg(long, default_value_t = 5.0)]
    duration: f64,
    /// Warm-up seconds of each GET scenario (not counted).
    #[arg(long, default_value_t = 1.0)]
    warmup: f64,
    /// RSVPs of the burst, each by a distinct person.
    #[arg(long, default_value_t = 5000)]
    rsvps: usize,
    /// Concurrent clients of the burst, each its own connection sending its share of the
    /// RSVPs back to back (`--rsvp-clients 5000` with 5,000 RSVPs: all at once).
    #[arg(long, default_value_t = 64)]
    rsvp_clients: usize,
    /// Seats of the burst's night.
    #[arg(long, default_value_t = 150)]
    seats: i64,
    /// Due reminders to deliver.
    #[arg(long, default_value_t = 20_000)]
    reminders: i64,
    /// `failnight serve` processes on one database (PostgreSQL only), load spread round-robin.
    #[arg(long, default_value_t = 1)]
    instances: usize,
    /// The failnight binary (default: next to this one).
    #[arg(long)]
    server: Option<PathBuf>,
    /// FAILNIGHT_DB_CONNECTIONS for the servers (default: the server's own default).
    #[arg(long)]
    db_connections: Option<u32>,
    /// FAILNIGHT_SMTP_CONNECTIONS for the servers (default: the server's own default).
    #[arg(long)]
    smtp_connections: Option<u32>,
    /// Audience connections on the stage's live stream.
    #[arg(long, default_value_t = 1000)]
    viewers: usize,
    /// Host control actions on the stage.
    #[arg(long, default_value_t = 40)]
    actions: usize,
    /// Questions the stage's audience asks a second (the host approves each).
    #[arg(long, default_value_t = 2.0)]
    questions_per_sec: f64,
    /// Votes the stage's audience casts a second.
    #[arg(long, default_value_t = 10.0)]
    votes_per_sec: f64,
    /// RSVPs of the `insights` scenario's chapter (over ten years of monthly nights).
    #[arg(long, default_value_t = 100_000)]
    history_rsvps: i64,
    /// Published lessons of the library's search.
    #[arg(long, default_value_t = 100_000)]
    lessons: u64,
    /// Seconds the `door-rush` scenario's 600 check-ins are spread over.
    #[arg(long, default_value_t = 300.0)]
    door_seconds: f64,
    /// Guests of the `ticket-page` scenario's night, each asking for their own ticket.
    #[arg(long, default_value_t = 20_000)]
    guests: i64,
    /// Delivered emails in the outbox at the `outbox` scenario's larger size (half of them
    /// past their retention).
    #[arg(long, default_value_t = 1_000_000)]
    outbox_rows: i64,
    /// Bookings of the `exports` scenario's night (and as many over the chapter's past nights).
    #[arg(long, default_value_t = 100_000)]
    export_guests: i64,
    /// Only the `data-scale` pages whose names contain one of these words (comma-separated:
    /// `night,door`), to measure or profile a few; all of them by default.
    #[arg(long)]
    pages: Option<String>,
    /// Guests of the `network-friday` scenario's 50 nights, in all (a multiple of 50).
    #[arg(long, default_value_t = 20_000)]
    friday_guests: i64,
    /// The language the event page is asked in (`?lang=`): en, es, de, fr or pt-BR.
    #[arg(long, default_value = "en", value_parser = ["en", "es", "de", "fr", "pt-BR"])]
    lang: String,
    /// Threads of the load generator's runtime.
    #[arg(long, default_value_t = 1)]
    client_threads: usize,
}

/// One line of the table.
#[derive(Debug, Default)]
struct Row {
    scenario: &'static str,
    backend: &'static str,
    instances: usize,
    connections: usize,
    requests: u64,
    throughput: f64,
    unit: &'static str,
    p50_ms: Option<f64>,
    p99_ms: Option<f64>,
    errors: u64,
    peak_rss_mib: f64,
    startup_ms: f64,
    check: String,
    ok: bool,
}

impl Row {
    fn json(&self) -> serde_json::Value {
        json!({
            "scenario": self.scenario, "backend": self.backend, "instances": self.instances,
            "connections": self.connections, "requests": self.requests,
            "throughput": (self.throughput * 10.0).round() / 10.0, "unit": self.unit,
            "p50_ms": self.p50_ms, "p99_ms": self.p99_ms, "errors": self.errors,
            "peak_rss_mib": (self.peak_rss_mib * 10.0).round() / 10.0,
            "startup_ms": (self.startup_ms * 10.0).round() / 10.0, "check": self.check, "ok": self.ok,
        })
    }
}

struct Bench {
    options: Options,
    binary: PathBuf,
    sink: SmtpSink,
}

fn main() -> anyhow::Result<()> {
    let options = Options::parse();
    let runtime = if options.client_threads <= 1 {
        tokio::runtime::Builder::new_current_thread().enable_all().build()?
    } else {
        tokio::runtime::Builder::new_multi_thread().worker_threads(options.client_threads).enable_all().build()?
    };
    runtime.block_on(run(options))
}

async fn run(options: Options) -> anyhow::Result<()> {
    anyhow::ensure!(
        options.instances == 1 || options.postgres.is_some(),
        "--instances above 1 needs --postgres: SQLite is one process"
    );
    let binary = server::locate(options.server.as_deref())?;
    let sink = SmtpSink::start(Keep::Counts).await?;
    let bench = Bench { options, binary, sink };
    let scenarios = match bench.options.scenario {
        Scenario::All => vec![
            Scenario::Baseline,
            Scenario::EventPage,
            Scenario::EventIcs,
            Scenario::ChapterFeed,
            Scenario::RsvpBurst,
            Scenario::Reminders,
            Scenario::Stage,
            Scenario::LessonsSearch,
            Scenario::Insights,
            Scenario::Outbox,
            Scenario::TicketPage,
            Scenario::DoorRush,
            Scenario::Exports,
            Scenario::DataScale,
            Scenario::NetworkFriday,
        ],
        one => vec![one],
    };
    let mut rows = Vec::new();
    for scenario in scenarios {
        if !bench.options.json {
            eprintln!("running {scenario:?}…");
        }
        let row = bench.scenario(scenario).await?;
        if !bench.options.json {
            eprintln!("  {}", row.check);
        }
        rows.push(row);
    }
    if bench.options.json {
        println!("{}", serde_json::to_string_pretty(&rows.iter().map(Row::json).collect::<Vec<_>>())?);
    } else {
        print_table(&rows);
    }
    if rows.iter().any(|r| !r.ok) {
        std::process::exit(1);
    }
    Ok(())
}

fn print_table(rows: &[Row]) {
    println!(
        "| scenario | backend | inst | conns | requests | throughput | p50 ms | p99 ms | errors | peak RSS MiB | start-up ms | check |"
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    let ms = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.2}"));
    for r in rows {
        println!(
            "| {} | {} | {} | {} | {} | {:.0} {} | {} | {} | {} | {:.1} | {:.0} | {} |",
            r.scenario,
            r.backend,
            r.instances,
            r.connections,
            r.requests,
            r.throughput,
            r.unit,
            ms(r.p50_ms),
            ms(r.p99_ms),
            r.errors,
            r.peak_rss_mib,
            r.startup_ms,
            r.check
        );
    }
}

impl Bench {
    fn backend(&self) -> &'static str {
        if self.options.postgres.is_some() { "postgres" } else { "sqlite" }
    }

    async fn scenario(&self, scenario: Scenario) -> anyhow::Result<Row> {
        let label = match scenario {
            Scenario::Baseline => "baseline",
            Scenario::EventPage => "event-page",
            Scenario::EventIcs => "event-ics",
            Scenario::ChapterFeed => "chapter-feed",
            Scenario::RsvpBurst => "rsvp-burst",
            Scenario::Reminders => "reminders",
            Scenario::Stage => "stage",
            Scenario::LessonsSearch => "lessons-search",
            Scenario::Insights => "insights",
            Scenario::Outbox => "outbox",
            Scenario::TicketPage => "ticket-page",
            Scenario::DoorRush => "door-rush",
            Scenario::Exports => "exports",
            Scenario::DataScale => "data-scale",
            Scenario::NetworkFriday => "network-friday",
            Scenario::All => unreachable!("expanded"),
        };
        if scenario == Scenario::DataScale {
            return self.data_scale(label).await;
        }
        if scenario == Scenario::NetworkFriday {
            let database = Database::create(self.options.postgres.as_deref(), label).await?;
            let result = self.network_friday(label, &database).await;
            database.drop_it().await;
            return result;
        }
        let database = Database::create(self.options.postgres.as_deref(), label).await?;
        let result = self.run_on(scenario, label, &database).await;
        database.drop_it().await;
        result
    }

    async fn run_on(&self, scenario: Scenario, label: &'static str, database: &Database) -> anyhow::Result<Row> {
        // Seed an existing database, so start-up is measured on one (migrations already applied).
        let db = database.open().await?;
        let seeder = Seeder::new(db.clone());
        let mut target = Target::default();
        match scenario {
            Scenario::Baseline => {}
            Scenario::EventPage | Scenario::EventIcs => {
                let chapter = seeder.chapter("bench").await?;
                let night = seeder.night(&chapter, "Failure Night: Launch Day", 100, 30, None).await?;
                seeder.lineup(&chapter, &night).await?;
                seeder.rsvps(&night, 60).await?;
                target.event_id = night.id;
            }
            Scenario::ChapterFeed => {
                let chapter = seeder.chapter("bench").await?;
                for n in 1..=120 {
                    seeder.night(&chapter, &format!("Failure Night #{n}"), 80, n, None).await?;
                }
            }
            Scenario::RsvpBurst => {
                let chapter = seeder.chapter("bench").await?;
                let night = seeder.night(&chapter, "Failure Night: The Big One", self.options.seats, 30, None).await?;
                target.event_id = night.id;
            }
            Scenario::Reminders => {
                let chapter = seeder.chapter("bench").await?;
                // Starts in two hours: the chapter's 3-hour reminder is due the moment the
                // server's reminder worker first looks.
                let night =
                    seeder.night(&chapter, "Failure Night: Tonight", self.options.reminders, 0, Some(120)).await?;
                seeder.confirmed_guests(&night, self.options.reminders).await?;
                target.event_id = night.id;
            }
            Scenario::Stage => {
                let chapter = seeder.chapter("bench").await?;
                let night = seeder.night(&chapter, "Failure Night: On Stage", 1000, 0, Some(30)).await?;
                seeder.lineup(&chapter, &night).await?;
                target.event_id = night.id;
                target.session = seeder.host_session(&chapter).await?;
            }
            Scenario::LessonsSearch => {
                let chapter = seeder.chapter("bench").await?;
                let night = seeder.night(&chapter, "Failure Night: What We Learned", 100, 30, None).await?;
                seeder.lineup(&chapter, &night).await?;
                let took = lessons::seed(&db, &chapter, &night, self.options.lessons).await?;
                target.seeding = took;
            }
            Scenario::Insights => {
                let chapter = seeder.chapter("bench").await?;
                let night = seeder.night(&chapter, "Failure Night", 100, 30, None).await?;
                target.session = seeder.host_session(&chapter).await?;
                target.seeding = insights::seed(&db, &chapter, &night, self.options.history_rsvps, 299).await?;
            }
            Scenario::TicketPage => {
                let chapter = seeder.chapter("bench").await?;
                let night =
                    seeder.night(&chapter, "Failure Night: Everyone's Ticket", self.options.guests, 30, None).await?;
                seeder.confirmed_guests(&night, self.options.guests).await?;
                target.event_id = night.id;
                target.tokens = seed::guests(&db, night.id).await?.into_iter().map(|(token, _)| token).collect();
            }
            Scenario::DoorRush => {
                let chapter = seeder.chapter("bench").await?;
                let night = seeder.night(&chapter, "Failure Night: Doors Open", DOOR_GUESTS, 0, Some(30)).await?;
                seeder.lineup(&chapter, &night).await?;
                seeder.confirmed_guests(&night, DOOR_GUESTS).await?;
                target.event_id = night.id;
                target.session = seeder.door_token(&chapter).await?;
                target.tokens = seed::guests(&db, night.id).await?.into_iter().map(|(_, code)| code).collect();
            }
            Scenario::Exports => {
                let chapter = seeder.chapter("bench").await?;
                let guests = self.options.export_guests;
                let night = seeder.night(&chapter, "Failure Night: Everyone Came", guests, 30, None).await?;
                target.session = seeder.host_session(&chapter).await?;
                target.seeding = exports::seed_night(&db, &night, guests).await?
                    + insights::seed(&db, &chapter, &night, guests, 299).await?;
                target.event_id = night.id;
                target.rows = exports::chapter_rsvps(&db, chapter.id).await?;
            }
            Scenario::DataScale | Scenario::NetworkFriday => unreachable!("run on their own"),
            Scenario::Outbox => {
                let row = self.outbox(&db, label).await;
                db.close().await;
                return row;
            }
            Scenario::All => unreachable!("expanded"),
        }
        db.close().await;

        self.sink.reset();
        let workers = matches!(scenario, Scenario::RsvpBurst | Scenario::Reminders);
        let servers = self.start_servers(database, self.options.instances, workers).await?;
        let ready_at = Instant::now();
        let startup_ms = servers.iter().map(|s| s.startup.as_secs_f64() * 1000.0).fold(0.0, f64::max);
        let addrs: Vec<String> = servers.iter().map(|s| s.addr.clone()).collect();

        let mut row = Row {
            scenario: label,
            backend: self.backend(),
            instances: servers.len(),
            startup_ms,
            unit: "req/s",
            ..Row::default()
        };
        let outcome = match scenario {
            Scenario::Baseline => {
                self.get_scenario(&addrs, "/healthz".into(), Arc::new(|r| r.body == b"ok"), &mut row).await
            }
            Scenario::EventPage => {
                let lang = failnight_core::Lang::parse(&self.options.lang).expect("one of ours (clap checked)");
                let seats = lang.f2("event-seats-left", "left", 40, "capacity", 100);
                let html_lang = format!("<html lang=\"{}\">", lang.code());
                let ok = move |r: &Response| {
                    let page = String::from_utf8_lossy(&r.body);
                    talks(&r.body) == 4 && page.contains(&seats) && page.contains(&html_lang)
                };
                let path = format!("/e/{}?lang={}", target.event_id, lang.code());
                self.get_scenario(&addrs, path, Arc::new(ok), &mut row).await
            }
            Scenario::EventIcs => {
                let ok = |r: &Response| {
                    let file = String::from_utf8_lossy(&r.body);
                    file.matches("BEGIN:VEVENT").count() == 1 && file.contains("SUMMARY:Failure Night: Launch Day")
                };
                let path = format!("/e/{}/event.ics", target.event_id);
                self.get_scenario(&addrs, path, Arc::new(ok), &mut row).await
            }
            Scenario::ChapterFeed => {
                let ok = |r: &Response| String::from_utf8_lossy(&r.body).matches("BEGIN:VEVENT").count() == 120;
                self.get_scenario(&addrs, "/c/bench/calendar.ics".into(), Arc::new(ok), &mut row).await
            }
            Scenario::RsvpBurst => self.rsvp_burst(&addrs, database, target.event_id, &mut row).await,
            Scenario::Reminders => self.reminders(database, target.event_id, ready_at, &mut row).await,
            Scenario::Stage => self.stage(&addrs, &target, &mut row).await,
            Scenario::LessonsSearch => self.lessons_search(&addrs, &target, &mut row).await,
            Scenario::Insights => self.insights(&addrs, &target, &mut row).await,
            Scenario::TicketPage => self.ticket_page(&addrs, &target, &mut row).await,
            Scenario::DoorRush => self.door_rush(&addrs, database, &target, &mut row).await,
            Scenario::Exports => self.exports(&addrs, &target, &mut row).await,
            Scenario::Outbox | Scenario::DataScale | Scenario::NetworkFriday | Scenario::All => {
                unreachable!("returned before the servers / expanded")
            }
        };
        row.peak_rss_mib = servers.iter().map(|s| s.peak_rss_kib() as f64 / 1024.0).fold(0.0, f64::max);
        let anon_mib = servers.iter().map(|s| s.peak_anon_kib() as f64 / 1024.0).fold(0.0, f64::max);
        for server in servers {
            server.stop().await;
        }
        outcome?;
        if matches!(scenario, Scenario::Exports | Scenario::RsvpBurst | Scenario::Reminders) {
            // The server's own memory: on SQLite, VmHWM also counts the database file's pages
            // its readers map (see `Server::peak_anon_kib`).
            let within = anon_mib < MEMORY_MIB;
            row.ok &= within;
            row.check = format!(
                "{}peak anonymous memory {anon_mib:.1} MiB (bound {MEMORY_MIB} MiB); {}",
                if within { "" } else { "FAIL: " },
                row.check
            );
        }
        if scenario == Scenario::Stage && row.peak_rss_mib >= STAGE_RSS_MIB {
            row.ok = false;
            row.check =
                format!("FAIL (peak RSS {:.1} MiB, the bound is {STAGE_RSS_MIB} MiB): {}", row.peak_rss_mib, row.check);
        }
        Ok(row)
    }

    async fn lessons_search(&self, addrs: &[String], target: &Target, row: &mut Row) -> anyhow::Result<()> {
        let n = self.options.lessons;
        // Every question finds something: right first, then fast.
        let mut conn = Conn::new(&addrs[0]);
        for i in 0..200 {
            let path = lessons::question(i, n);
            let first = conn.send(&http::get(&addrs[0], &path)).await?;
            anyhow::ensure!(
                first.status == 200 && found(&first),
                "GET {path} answered {} without a lesson",
                first.status
            );
        }
        let mut samples = http::closed_loop(
            addrs,
            self.options.connections,
            Duration::from_secs_f64(self.options.warmup),
            Duration::from_secs_f64(self.options.duration),
            move |addr, i| http::get(addr, &lessons::question(i, n)),
            |r| r.status == 200 && found(r),
        )
        .await;
        row.connections = self.options.connections;
        fill(row, &mut samples);
        let p99 = row.p99_ms.unwrap_or(f64::INFINITY);
        row.ok = samples.errors == 0 && !samples.micros.is_empty() && p99 < LESSONS_P99_MS;
        row.check = format!(
            "{}: {n} lessons (seeded in {:.1} s); every answer 200 with lessons; p99 bound {LESSONS_P99_MS} ms",
            if row.ok { "ok" } else { "FAIL" },
            target.seeding.as_secs_f64()
        );
        Ok(())
    }

    /// `/t/{token}` of a different guest almost every time (per person: never cached), then
    /// `/healthz` on the same server for as long; the check is the ticket page's share of it.
    /// Three downloads of the night's attendee CSV and three of the chapter's, one after the
    /// other, then four of the night's at once; every row checked. The row's throughput is the
    /// slowest download's rows a second, its p50/p99 the downloads' times.
    async fn exports(&self, addrs: &[String], target: &Target, row: &mut Row) -> anyhow::Result<()> {
        let cookie = format!("failnight_session={}", target.session);
        let guests = usize::try_from(self.options.export_guests)?;
        let night = format!("/host/c/bench/events/{}/attendees.csv", target.event_id);
        let night_header = "name,email,status,booked";
        let chapter_header = "night_id,night,starts,name,email,status,booked,checked_in";
        let all = usize::try_from(target.rows)?;
        let mut samples = Samples::default();
        let mut figures = Vec::new();
        let mut slowest = f64::INFINITY;
        for (path, header, columns, rows) in
            [(night.as_str(), night_header, 4, guests), ("/host/c/bench/attendees.csv", chapter_header, 8, all)]
        {
            let mut rates = Vec::new();
            for _ in 0..3 {
                let got = exports::download(&addrs[0], path, &cookie, header, columns, rows).await?;
                let rate = got.rows as f64 / got.took.as_secs_f64();
                samples.micros.push(got.took.as_micros() as u32);
                rates.push(rate);
                slowest = slowest.min(rate);
            }
            figures.push(format!(
                "{} rows of {}: {:.0}–{:.0} rows/s",
                rows,
                if columns == 4 { "the night" } else { "the chapter" },
                rates.iter().copied().fold(f64::INFINITY, f64::min),
                rates.iter().copied().fold(0.0, f64::max)
            ));
        }
        let started = Instant::now();
        let at_once: Vec<_> = (0..4)
            .map(|_| {
                let (addr, path, cookie) = (addrs[0].clone(), night.clone(), cookie.clone());
                tokio::spawn(async move { exports::download(&addr, &path, &cookie, night_header, 4, guests).await })
            })
            .collect();
        for download in at_once {
            let got = download.await??;
            samples.micros.push(got.took.as_micros() as u32);
        }
        let together = 4.0 * guests as f64 / started.elapsed().as_secs_f64();
        figures.push(format!("4 of the night's at once: {together:.0} rows/s in all"));
        row.connections = 1;
        row.requests = samples.micros.len() as u64;
        row.unit = "rows/s";
        row.throughput = slowest;
        row.p50_ms = Some(samples.percentile(0.50));
        row.p99_ms = Some(samples.percentile(0.99));
        row.ok = slowest >= EXPORT_ROWS_PER_SEC;
        row.check = format!(
            "{}: {} (seeded in {:.1} s); the slowest {slowest:.0} rows/s, bound {EXPORT_ROWS_PER_SEC:.0}",
            if row.ok { "ok" } else { "FAIL" },
            figures.join("; "),
            target.seeding.as_secs_f64()
        );
        Ok(())
    }

    /// `instances` servers on `database`, each ready, with their workers or without.
    async fn start_servers(&self, database: &Database, instances: usize, workers: bool) -> anyhow::Result<Vec<Server>> {
        let mut servers = Vec::with_capacity(instances);
        for _ in 0..instances {
            let launch = Launch {
                binary: &self.binary,
                database_url: &database.url,
                smtp_url: &self.sink.url(),
                dir: &database.dir,
                workers,
                db_connections: self.options.db_connections,
                smtp_connections: self.options.smtp_connections,
            };
            servers.push(Server::start(&launch).await?);
        }
        Ok(servers)
    }

    /// `network-friday`: the servers start with 50 nights' reminders due and 300 series to
    /// expand; 64 connections load the 50 nights' pages through it (the busy window), then as
    /// long again once everything is done (the quiet window). Checks: every reminder delivered
    /// once within 60 s of the servers being ready, every series night created (no more, no
    /// fewer than the same materialisation run by the bench), no page request failed and none
    /// stalled behind the workers (the busy window's p99 and slowest answer bounded).
    async fn network_friday(&self, label: &'static str, database: &Database) -> anyhow::Result<Row> {
        let db = database.open().await?;
        let seeded = friday::seed(&Seeder::new(db.clone()), &db, self.options.friday_guests).await?;
        anyhow::ensure!(friday::series_nights(&db).await? == 0, "no series night exists before the servers start");
        db.close().await;
        self.sink.reset();
        let instances = if self.options.postgres.is_some() { self.options.instances.max(2) } else { 1 };
        let servers = self.start_servers(database, instances, true).await?;
        let ready_at = Instant::now();
        let addrs: Vec<String> = servers.iter().map(|s| s.addr.clone()).collect();
        let paths: Arc<Vec<String>> = Arc::new(seeded.nights.iter().map(|id| format!("/e/{id}")).collect());
        let load = |window: Duration| {
            let paths = paths.clone();
            http::closed_loop(
                &addrs,
                self.options.connections,
                Duration::ZERO,
                window,
                move |addr, i| http::get(addr, &paths[i as usize % paths.len()]),
                |r| r.status == 200 && has(&r.body, b"Failure Night: Friday"),
            )
        };
        // The busy window: from the moment the servers are ready, while both workers run.
        let expected = self.options.friday_guests;
        let watch = async {
            let db = database.open().await?;
            let (mut materialised, mut delivered) = (None, None);
            let deadline = ready_at + Duration::from_secs(FRIDAY_DEADLINE_SECS * 3);
            while (materialised.is_none() || delivered.is_none()) && Instant::now() < deadline {
                if materialised.is_none() && friday::series_nights(&db).await? >= seeded.series_nights {
                    materialised = Some(ready_at.elapsed());
                }
                if delivered.is_none() && self.sink.tally().total >= expected as u64 {
                    delivered = Some(ready_at.elapsed());
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            db.close().await;
            anyhow::Ok((materialised, delivered))
        };
        let (mut busy, watched) = tokio::join!(load(Duration::from_secs(FRIDAY_BUSY_SECS)), watch);
        let (materialised, delivered) = watched?;
        // Anything sent twice would show up now.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let mut quiet = load(Duration::from_secs_f64(self.options.duration)).await;
        let tally = self.sink.tally();
        let db = database.open().await?;
        let series_nights = friday::series_nights(&db).await?;
        let (rows, sent) = friday::reminders(&db).await?;
        db.close().await;
        let peak_rss_mib = servers.iter().map(|s| s.peak_rss_kib() as f64 / 1024.0).fold(0.0, f64::max);
        let startup_ms = servers.iter().map(|s| s.startup.as_secs_f64() * 1000.0).fold(0.0, f64::max);
        for server in servers {
            server.stop().await;
        }
        let mut row = Row {
            scenario: label,
            backend: self.backend(),
            instances,
            connections: self.options.connections,
            unit: "req/s",
            peak_rss_mib,
            startup_ms,
            ..Row::default()
        };
        fill(&mut row, &mut busy);
        let slowest = busy.percentile(1.0);
        let (busy_p99, quiet_p99) = (busy.percentile(0.99), quiet.percentile(0.99));
        let deadline = Duration::from_secs(FRIDAY_DEADLINE_SECS);
        let in_time = delivered.is_some_and(|d| d <= deadline);
        let once = each_once(&tally, expected, rows, sent);
        let all_nights = series_nights == seeded.series_nights
            && materialised.is_some_and(|m| m < Duration::from_secs(FRIDAY_BUSY_SECS));
        let no_stall = busy.errors == 0 && quiet.errors == 0 && busy_p99 < FRIDAY_P99_MS && slowest < FRIDAY_STALL_MS;
        row.ok = in_time && once && all_nights && no_stall;
        let secs = |d: Option<Duration>| d.map_or("never".to_string(), |d| format!("{:.1} s", d.as_secs_f64()));
        row.check = format!(
            "{}: {expected} reminders for {} nights delivered by {} after ready (bound {FRIDAY_DEADLINE_SECS} s), \
             {} messages, {} distinct, {} doubled, outbox {rows} rows, {sent} sent; {series_nights} of {} series \
             nights for {} chapters created by {}; the nights' pages while the workers ran: p99 {busy_p99:.2} ms, \
             slowest {slowest:.1} ms (bounds {FRIDAY_P99_MS} / {FRIDAY_STALL_MS} ms); afterwards: p99 \
             {quiet_p99:.2} ms at {:.0} req/s; seeded in {:.1} s",
            if row.ok { "ok" } else { "FAIL" },
            seeded.nights.len(),
            secs(delivered),
            tally.total,
            tally.distinct,
            tally.duplicated,
            seeded.series_nights,
            friday::CHAPTERS,
            secs(materialised),
            quiet.throughput(),
            seeded.seeding.as_secs_f64(),
        );
        Ok(row)
    }

    /// `data-scale`: the network seeded at a tenth and at full size (a fresh database and server
    /// each), every page loaded at `--connections` at both. The row is the worst page at full
    /// size; the check lists each page's p99 at both sizes and holds them to the bounds.
    async fn data_scale(&self, label: &'static str) -> anyhow::Result<Row> {
        // Both sizes are seeded, each in a fresh database with its own server, before anything
        // is measured: each page is then loaded at the two sizes in turn, window by window, so
        // what the machine does meanwhile falls on both alike.
        let (mut sizes, mut failure) = (Vec::new(), None);
        for factor in [0.1, 1.0] {
            let database = Database::create(self.options.postgres.as_deref(), label).await?;
            match self.data_scale_size(&database, factor).await {
                Ok(size) => sizes.push((database, size)),
                Err(error) => {
                    database.drop_it().await;
                    failure = Some(error);
                    break;
                }
            }
        }
        let measured = match sizes.as_slice() {
            [(_, small), (_, full)] => self.data_scale_measure([small, full]).await,
            _ => Ok(Vec::new()),
        };
        let mut seeding = Vec::new();
        let (mut peak, mut startup) = (0.0_f64, 0.0_f64);
        for (database, size) in sizes {
            seeding.push(size.seeded.seeding.as_secs_f64());
            peak = peak.max(size.server.peak_rss_kib() as f64 / 1024.0);
            startup = startup.max(size.server.startup.as_secs_f64() * 1000.0);
            size.server.stop().await;
            database.drop_it().await;
        }
        if let Some(error) = failure {
            return Err(error);
        }
        let pages = measured?;
        let mut row = Row {
            scenario: label,
            backend: self.backend(),
            instances: 1,
            connections: self.options.connections,
            unit: "req/s",
            peak_rss_mib: peak,
            startup_ms: startup,
            ok: true,
            ..Row::default()
        };
        let mut figures = Vec::new();
        for (name, [mut tenth, mut whole]) in pages {
            let (p99_small, p99_full) = (tenth.percentile(0.99), whole.percentile(0.99));
            let flat = p99_full <= (p99_small * (1.0 + SCALE_GROWTH)).max(p99_small + SCALE_NOISE_MS);
            let fast = p99_full < SCALE_P99_MS && whole.errors == 0 && tenth.errors == 0 && !whole.micros.is_empty();
            row.ok &= flat && fast;
            figures.push(format!(
                "{name} p99 {p99_small:.2} → {p99_full:.2} ms ({:.0} → {:.0} req/s){}",
                tenth.throughput(),
                whole.throughput(),
                match (fast, flat) {
                    (true, true) => "",
                    (false, _) => " SLOW",
                    (true, false) => " GROWS",
                }
            ));
            if row.p99_ms.is_none_or(|worst| p99_full > worst) {
                fill(&mut row, &mut whole);
            }
        }
        row.check = format!(
            "{}: a tenth → all (seeded in {}), each page's {SCALE_WINDOWS} windows a size in turn: {}; bounds p99 < \
             {SCALE_P99_MS} ms and at most {:.0} % (or {SCALE_NOISE_MS} ms) more at ten times the data",
            if row.ok { "ok" } else { "FAIL" },
            seeding.iter().map(|s| format!("{s:.1} s")).collect::<Vec<_>>().join(" / "),
            figures.join("; "),
            SCALE_GROWTH * 100.0
        );
        Ok(row)
    }

    /// One size of `data-scale`: seeded, with its server started and each page checked once.
    async fn data_scale_size(&self, database: &Database, factor: f64) -> anyhow::Result<Size> {
        let db = database.open().await?;
        let seeded = scale::seed(&Seeder::new(db.clone()), &db, factor).await;
        db.close().await;
        let seeded = seeded?;
        let server = self.start_servers(database, 1, false).await?.remove(0);
        let size = Size { pages: self.scale_pages(&seeded), seeded, server };
        for (name, request, ok) in &size.pages {
            let first = Conn::new(&size.server.addr).send(&request(&size.server.addr, 0)).await?;
            anyhow::ensure!(
                first.status == 200 && ok(&first),
                "{name}: {} answered {}:\n{}",
                String::from_utf8_lossy(&request(&size.server.addr, 0)).lines().next().unwrap_or_default(),
                first.status,
                String::from_utf8_lossy(&first.body).chars().take(1500).collect::<String>()
            );
        }
        Ok(size)
    }

    /// The pages `data-scale` loads (those `--pages` names), each with its request and what
    /// its answer must show at this size.
    fn scale_pages(&self, seeded: &scale::Seeded) -> Vec<(&'static str, Request, Check)> {
        let cookie = format!("failnight_session={}", seeded.session);
        let (night, guests) = (seeded.night, seeded.guests);
        let contains = |needle: String| -> Check { Arc::new(move |r: &Response| has(&r.body, needle.as_bytes())) };
        let pages: Vec<(&'static str, String, bool, Check)> = vec![
            ("event page", format!("/e/{night}"), false, Arc::new(|r: &Response| talks(&r.body) == 4)),
            ("chapter page", "/c/bench".into(), false, contains("Failure Night: Next Month".into())),
            ("dashboard", "/host/c/bench".into(), true, contains("Failure Night: The Big Room".into())),
            (
                "night (host)",
                format!("/host/c/bench/events/{night}"),
                true,
                contains("<td>guest1@example.org</td>".into()),
            ),
            ("review queue", "/host/c/bench/stories".into(), true, contains("Waiting talk 1<".into())),
            (
                "door search",
                format!("/host/c/bench/events/{night}/door?q=Guest%20{guests}"),
                true,
                contains(format!("Guest {guests}<")),
            ),
            ("network", "/host/network".into(), true, contains(format!("{} chapters</caption>", seeded.chapters))),
        ];
        pages
            .into_iter()
            .filter(|(name, ..)| self.chosen(name))
            .map(|(name, path, signed_in, ok)| {
                let cookie = cookie.clone();
                let request: Request = Arc::new(move |addr: &str, _| {
                    if signed_in { http::get_with_cookie(addr, &path, &cookie) } else { http::get(addr, &path) }
                });
                (name, request, ok)
            })
            .collect()
    }

    /// Whether `--pages` names the page (all of them without it).
    fn chosen(&self, name: &str) -> bool {
        match &self.options.pages {
            Some(words) => words.split(',').any(|w| name.contains(w.trim())),
            None => true,
        }
    }

    /// Each page at both sizes, in [`SCALE_WINDOWS`] windows a size of a quarter of
    /// `--duration` each (renders after a write: of all of it), taken in turn (a tenth, all, all, a tenth, …: a drift of the machine
    /// falls on both sizes alike); each window warms up for half of `--warmup`. Each page's
    /// samples at each size.
    async fn data_scale_measure(&self, sizes: [&Size; 2]) -> anyhow::Result<Vec<(&'static str, [Samples; 2])>> {
        let window = Duration::from_secs_f64(self.options.duration / SCALE_WINDOWS as f64);
        let warmup = Duration::from_secs_f64(self.options.warmup / 2.0);
        let turns = || http::in_turn(SCALE_WINDOWS, 2).map(|(_, size)| size);
        let mut measured = Vec::new();
        for (page, (name, _, _)) in sizes[0].pages.iter().enumerate() {
            let mut samples = [Samples::default(), Samples::default()];
            for size in turns() {
                let (_, request, ok) = &sizes[size].pages[page];
                let ok = ok.clone();
                let taken = http::closed_loop(
                    std::slice::from_ref(&sizes[size].server.addr),
                    self.options.connections,
                    warmup,
                    window,
                    {
                        let request = request.clone();
                        move |addr: &str, i| request(addr, i)
                    },
                    move |r| r.status == 200 && ok(r),
                )
                .await;
                samples[size].then(taken);
            }
            measured.push((*name, samples));
        }
        if self.chosen("event page after a write") {
            // A render after a write is timed one at a time (some 150 a second under the load):
            // windows of the whole `--duration`, so each size's p99 is of hundreds of samples.
            let window = Duration::from_secs_f64(self.options.duration);
            let mut samples = [Samples::default(), Samples::default()];
            for size in turns() {
                let taken = self.first_render(&sizes[size].server.addr, &sizes[size].seeded, window).await?;
                samples[size].then(taken);
            }
            measured.push(("event page after a write", samples));
        }
        Ok(measured)
    }

    /// The event page's first render after a write, while `--connections` load it: for
    /// `window` (and at least [`SCALE_FIRST_RENDERS`] times), another night of the chapter is
    /// edited (a commit: every cached page is out of date) and the page asked for at once and
    /// timed. (A fixed 100 made the p99 the second slowest of 100: 1.9 to 7.3 ms on one build.)
    async fn first_render(&self, addr: &str, seeded: &scale::Seeded, window: Duration) -> anyhow::Result<Samples> {
        let page = format!("/e/{}", seeded.night);
        // The load starts 300 ms before the edits and runs a second past their window (the
        // least renders, 25, take some 0.2 s), not a whole window more: waiting for it cost a
        // window of every eight in `data-scale`.
        let load = {
            let page = page.clone();
            let addrs = vec![addr.to_owned()];
            let connections = self.options.connections;
            tokio::spawn(async move {
                http::closed_loop(
                    &addrs,
                    connections,
                    Duration::ZERO,
                    window + Duration::from_secs(1),
                    move |a, _| http::get(a, &page),
                    |r| r.status == 200,
                )
                .await
            })
        };
        tokio::time::sleep(Duration::from_millis(300)).await;
        let mut writer = Conn::new(addr);
        let mut reader = Conn::new(addr);
        let mut samples = Samples::default();
        let started = Instant::now();
        let until = started + window;
        for i in 0.. {
            if i >= SCALE_FIRST_RENDERS && Instant::now() >= until {
                break;
            }
            let body = format!("{{\"title\": \"Failure Night: Next Month ({i})\"}}");
            let path = format!("/api/v1/events/{}", seeded.other);
            let edited = writer.send(&http::patch_json(addr, &path, &seeded.token, &body)).await?;
            anyhow::ensure!(edited.status == 200, "PATCH {path} answered {}", edited.status);
            let asked = Instant::now();
            let answer = reader.send(&http::get(addr, &page)).await?;
            if answer.status == 200 && talks(&answer.body) == 4 {
                samples.micros.push(asked.elapsed().as_micros() as u32);
            } else {
                samples.errors += 1;
            }
        }
        samples.elapsed = started.elapsed();
        let background = load.await?;
        anyhow::ensure!(background.errors == 0, "the event page failed under load while edits were made");
        Ok(samples)
    }

    async fn ticket_page(&self, addrs: &[String], target: &Target, row: &mut Row) -> anyhow::Result<()> {
        let tokens = Arc::new(target.tokens.clone());
        anyhow::ensure!(!tokens.is_empty(), "no guests seeded");
        let ticket = |r: &Response| r.status == 200 && has(&r.body, b"<svg");
        let first = Conn::new(&addrs[0]).send(&http::get(&addrs[0], &format!("/t/{}", tokens[0]))).await?;
        anyhow::ensure!(ticket(&first), "GET /t/… answered {} without its QR code", first.status);
        let (warmup, duration) =
            (Duration::from_secs_f64(self.options.warmup), Duration::from_secs_f64(self.options.duration));
        let paths = tokens.clone();
        let mut samples = http::closed_loop(
            addrs,
            self.options.connections,
            warmup,
            duration,
            move |addr, i| http::get(addr, &format!("/t/{}", paths[(i % paths.len() as u64) as usize])),
            ticket,
        )
        .await;
        let mut health = http::closed_loop(
            addrs,
            self.options.connections,
            warmup,
            duration,
            |addr, _| http::get(addr, "/healthz"),
            |r| r.status == 200 && r.body == b"ok",
        )
        .await;
        row.connections = self.options.connections;
        fill(row, &mut samples);
        let share = samples.throughput() / health.throughput().max(1.0);
        row.ok = samples.errors == 0 && health.errors == 0 && !samples.micros.is_empty() && share >= TICKET_SHARE;
        row.check = format!(
            "{}: {} guests' tickets, each with its QR code; {:.1} % of /healthz ({:.0} req/s, p99 {:.2} ms); bound {:.0} %",
            if row.ok { "ok" } else { "FAIL" },
            tokens.len(),
            share * 100.0,
            health.throughput(),
            health.percentile(0.99),
            TICKET_SHARE * 100.0
        );
        Ok(())
    }

    /// The night's page at `--connections` for `--door-seconds` while 4 door phones check in its
    /// 600 guests (evenly spread, every tenth scanned a second time by another phone), and as
    /// long alone: half before the doors, half after. The row has the check-ins' figures; the
    /// check holds the page's.
    async fn door_rush(
        &self,
        addrs: &[String],
        database: &Database,
        target: &Target,
        row: &mut Row,
    ) -> anyhow::Result<()> {
        const PHONES: usize = 4;
        let duration = Duration::from_secs_f64(self.options.door_seconds);
        let warmup = Duration::from_secs_f64(self.options.warmup);
        let page = format!("/e/{}", target.event_id);
        let page_ok = |r: &Response| r.status == 200 && talks(&r.body) == 4;
        let load = |path: String, duration: Duration| {
            http::closed_loop(
                addrs,
                self.options.connections,
                warmup,
                duration,
                move |a, _| http::get(a, &path),
                page_ok,
            )
        };
        // The page alone: half before the doors and half after, so a drift of the machine over
        // the scenario's minutes falls on both sides of the comparison alike.
        let mut alone = load(page.clone(), duration / 2).await;
        // The doors: phone p scans codes p, p + 4, …; every tenth code again from the next phone.
        let codes = Arc::new(target.tokens.clone());
        let interval = duration.div_f64(codes.len() as f64 / PHONES as f64);
        let mut doors = tokio::task::JoinSet::new();
        for phone in 0..PHONES {
            let (addr, codes, token) = (addrs[phone % addrs.len()].clone(), codes.clone(), target.session.clone());
            let path = format!("/api/v1/events/{}/check-ins", target.event_id);
            doors.spawn(async move {
                let mut conn = Conn::new(&addr);
                let mut times = Samples::default();
                let (mut first, mut again) = (0u64, 0u64);
                let started = Instant::now() + warmup;
                tokio::time::sleep_until(started.into()).await;
                let mine: Vec<(usize, bool)> = (0..codes.len())
                    .filter(|i| i % PHONES == phone)
                    .map(|i| (i, false))
                    .chain((0..codes.len()).filter(|i| i % 10 == 0 && (i + 1) % PHONES == phone).map(|i| (i, true)))
                    .collect();
                for (n, (i, repeat)) in mine.into_iter().enumerate() {
                    tokio::time::sleep_until((started + interval.mul_f64(n as f64 + if repeat { 0.5 } else { 0.0 })).into()).await;
                    let body = format!("{{\"code\":\"{}\"}}", codes[i]);
                    let request = format!(
                        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    let at = Instant::now();
                    let answer = conn.send(request.as_bytes()).await;
                    let took = u32::try_from(at.elapsed().as_micros()).unwrap_or(u32::MAX);
                    match answer {
                        Ok(r) if r.status == 200 && has(&r.body, b"\"result\":\"checked_in\"") => {
                            first += 1;
                            times.micros.push(took);
                        }
                        Ok(r) if r.status == 200 && has(&r.body, b"\"result\":\"already_checked_in\"") => {
                            again += 1;
                            times.micros.push(took);
                        }
                        _ => times.errors += 1,
                    }
                }
                (times, first, again)
            });
        }
        let mut during = load(page.clone(), duration).await;
        let (mut checkins, mut first, mut again) = (Samples::default(), 0, 0);
        while let Some(done) = doors.join_next().await {
            let (times, f, a) = done?;
            checkins.merge(times);
            first += f;
            again += a;
        }
        alone.then(load(page, duration / 2).await);
        checkins.elapsed = duration;
        let expected_again = codes.len().div_ceil(10) as u64;
        let db = database.open().await?;
        let inside =
            count(&db, "SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND checked_in_at IS NOT NULL", target.event_id)
                .await?;
        db.close().await;
        row.connections = PHONES;
        row.unit = "check-ins/s";
        fill(row, &mut checkins);
        let (page_alone, page_during) = (alone.percentile(0.99), during.percentile(0.99));
        let p99 = row.p99_ms.unwrap_or(f64::INFINITY);
        row.ok = checkins.errors == 0
            && alone.errors == 0
            && during.errors == 0
            && first == codes.len() as u64
            && again == expected_again
            && inside == codes.len() as i64
            && p99 < DOOR_P99_MS
            && page_during <= page_alone * 1.2;
        row.check = format!(
            "{}: {first} of {} checked in once, {again} of {expected_again} second scans told, {inside} inside; \
             check-in p99 {p99:.2} ms (bound {DOOR_P99_MS} ms); the page alone {:.0} req/s p99 {page_alone:.2} ms, \
             during the doors {:.0} req/s p99 {page_during:.2} ms (bound +20 %)",
            if row.ok { "ok" } else { "FAIL" },
            codes.len(),
            alone.throughput(),
            during.throughput(),
        );
        Ok(())
    }

    /// Claims timed at 10,000 and at `--outbox-rows` delivered emails (in turn, a database
    /// each), then the old half pruned and the claims timed again; no server. The row's figures are the claims at the larger
    /// size; the check holds the rest.
    async fn outbox(&self, db: &failnight_core::Db, label: &'static str) -> anyhow::Result<Row> {
        let now = failnight_core::Timestamp::from_utc(chrono::Utc::now());
        let big = self.options.outbox_rows.max(20_000);
        // The small size in a database of its own, so that the two sizes' claims are timed in
        // turn (one after the other, the later one was up to 80 % slower in `all`, whatever
        // its size).
        let small_database = Database::create(self.options.postgres.as_deref(), "outbox-small").await?;
        let measured = async {
            let small_db = small_database.open().await?;
            let measured = async {
                outbox::seed(&small_db, 0, 10_000, 5_000, now).await?;
                outbox::seed(db, 0, 10_000, 5_000, now).await?;
                let seeding = Instant::now();
                outbox::seed(db, 10_000, big, big / 2, now).await?;
                let seeded = seeding.elapsed();
                let [small, large] = outbox::claims([(&small_db, "small"), (db, "large")], now).await?;
                anyhow::Ok((small, large, seeded))
            }
            .await;
            small_db.close().await;
            measured
        }
        .await;
        small_database.drop_it().await;
        let (mut small, mut large, seeded) = measured?;
        let (pruned, took) = outbox::prune(db, now).await?;
        let [mut after] = outbox::claims([(db, "pruned")], now).await?;
        // Past retention: the old half of the big seed and the small seed's first 5,000.
        let expected = (big / 2 - 10_000 + 5_000) as u64;
        let ms = |s: &mut Samples, p: f64| s.percentile(p);
        let (small_p50, large_p50) = (ms(&mut small.claims, 0.5), ms(&mut large.claims, 0.5));
        // Flat: the claim at the larger size within 20 % (and half a millisecond of timer and
        // scheduling noise) of the smaller one's.
        let flat = large_p50 <= small_p50 * 1.2 + 0.5;
        let mut row =
            Row { scenario: label, backend: self.backend(), instances: 0, unit: "claims/s", ..Row::default() };
        fill(&mut row, &mut large.claims);
        row.ok = flat
            && pruned == expected
            && after.rows == large.rows - pruned as i64 + outbox::ROUNDS as i64 * outbox::DUE;
        row.check = format!(
            "{}: claim of {} at {} rows p50 {small_p50:.2} ms p99 {:.2} ms; at {} rows (seeded in {:.1} s) p50 \
             {large_p50:.2} ms p99 {:.2} ms; pruned {pruned} of {expected} old rows in {:.1} s ({:.0} rows/s); \
             after pruning, {} rows, claim p50 {:.2} ms p99 {:.2} ms",
            if row.ok { "ok" } else { "FAIL" },
            outbox::batch(),
            small.rows,
            ms(&mut small.claims, 0.99),
            large.rows,
            seeded.as_secs_f64(),
            ms(&mut large.claims, 0.99),
            took.as_secs_f64(),
            pruned as f64 / took.as_secs_f64().max(1e-9),
            after.rows,
            ms(&mut after.claims, 0.5),
            ms(&mut after.claims, 0.99),
        );
        Ok(row)
    }

    /// The chapter's numbers page over ten years and the network view of 300 chapters, one
    /// after the other, each at `--connections`; the row has the worse of the two.
    async fn insights(&self, addrs: &[String], target: &Target, row: &mut Row) -> anyhow::Result<()> {
        let cookie = format!("failnight_session={}", target.session);
        let pages: [(String, Check); 2] = [
            (
                format!("/host/c/bench/numbers?{}", insights::period()),
                Arc::new(|r: &Response| {
                    String::from_utf8_lossy(&r.body).matches("<tr><th scope=\"row\">").count() == 121
                }),
            ),
            (
                "/host/network".to_string(),
                Arc::new(|r: &Response| String::from_utf8_lossy(&r.body).contains("300 chapters")),
            ),
        ];
        let mut figures = Vec::new();
        let mut all_ok = true;
        for (path, ok) in pages {
            let first = Conn::new(&addrs[0]).send(&http::get_with_cookie(&addrs[0], &path, &cookie)).await?;
            anyhow::ensure!(
                first.status == 200 && ok(&first),
                "GET {path} answered {}:\n{}",
                first.status,
                String::from_utf8_lossy(&first.body).chars().take(2000).collect::<String>()
            );
            let (request_path, cookie) = (path.clone(), cookie.clone());
            let mut samples = http::closed_loop(
                addrs,
                self.options.connections,
                Duration::from_secs_f64(self.options.warmup),
                Duration::from_secs_f64(self.options.duration),
                move |addr, _| http::get_with_cookie(addr, &request_path, &cookie),
                move |r| r.status == 200 && ok(r),
            )
            .await;
            let mut page = Row::default();
            fill(&mut page, &mut samples);
            let p99 = page.p99_ms.unwrap_or(f64::INFINITY);
            all_ok &= samples.errors == 0 && !samples.micros.is_empty() && p99 < INSIGHTS_P99_MS;
            figures.push(format!(
                "{} {:.0} req/s p50 {:.2} ms p99 {:.2} ms",
                path.split('?').next().unwrap_or(&path),
                page.throughput,
                page.p50_ms.unwrap_or(0.0),
                p99
            ));
            if row.p99_ms.is_none_or(|worst| p99 > worst) {
                *row = Row {
                    scenario: row.scenario,
                    backend: row.backend,
                    instances: row.instances,
                    startup_ms: row.startup_ms,
                    unit: row.unit,
                    ..page
                };
            }
        }
        row.connections = self.options.connections;
        row.ok = all_ok;
        row.check = format!(
            "{}: {} RSVPs over 120 nights and 300 chapters (seeded in {:.1} s); {}; p99 bound {INSIGHTS_P99_MS} ms",
            if row.ok { "ok" } else { "FAIL" },
            self.options.history_rsvps,
            target.seeding.as_secs_f64(),
            figures.join("; ")
        );
        Ok(())
    }

    async fn stage(&self, addrs: &[String], target: &Target, row: &mut Row) -> anyhow::Result<()> {
        let night = stage::Night { addrs, event_id: target.event_id, slug: "bench", session: &target.session };
        let room = stage::Room {
            viewers: self.options.viewers,
            actions: self.options.actions,
            questions_per_sec: self.options.questions_per_sec,
            votes_per_sec: self.options.votes_per_sec,
        };
        let mut outcome = stage::run(&night, &room).await?;
        row.connections = room.viewers;
        row.unit = "events/s";
        fill(row, &mut outcome.samples);
        // Every state event the phones received (questions' too), not just the measured ones.
        row.throughput = outcome.state_events as f64 / outcome.samples.elapsed.as_secs_f64().max(1e-9);
        row.errors = outcome.missed + outcome.failed_actions + outcome.streams_lost + outcome.room_errors;
        let p99 = row.p99_ms.unwrap_or(f64::INFINITY);
        row.ok = row.errors == 0 && outcome.questions > 0 && p99 < STAGE_P99_MS;
        row.check = format!(
            "{}: {} actions, each reached {} viewers (missed {}, p99 bound {STAGE_P99_MS} ms); \
             {} questions asked, {} approved, {} votes; {} streams lost",
            if row.ok { "ok" } else { "FAIL" },
            room.actions.saturating_sub(outcome.failed_actions as usize),
            room.viewers,
            outcome.missed,
            outcome.questions,
            outcome.approved,
            outcome.votes,
            outcome.streams_lost,
        );
        Ok(())
    }

    async fn get_scenario(&self, addrs: &[String], path: String, ok: Check, row: &mut Row) -> anyhow::Result<()> {
        // One request first: the response must be right before its speed means anything.
        let first = Conn::new(&addrs[0]).send(&http::get(&addrs[0], &path)).await?;
        anyhow::ensure!(
            first.status == 200 && ok(&first),
            "GET {path} answered {} with an unexpected body:\n{}",
            first.status,
            String::from_utf8_lossy(&first.body).chars().take(2000).collect::<String>()
        );
        // A body equal to one found right is right: the full check (a scan of the body) runs
        // once per distinct body, not per response, so the one-thread load generator measures
        // the server rather than its own string search (a 120-night feed is ~60 KB).
        let verified = Arc::new(std::sync::Mutex::new(first.body.clone()));
        let check = move |r: &Response| {
            if *verified.lock().expect("not poisoned") == r.body {
                return true;
            }
            let right = ok(r);
            if right {
                *verified.lock().expect("not poisoned") = r.body.clone();
            }
            right
        };
        let mut samples = http::closed_loop(
            addrs,
            self.options.connections,
            Duration::from_secs_f64(self.options.warmup),
            Duration::from_secs_f64(self.options.duration),
            move |addr, _| http::get(addr, &path),
            move |r| r.status == 200 && check(r),
        )
        .await;
        row.connections = self.options.connections;
        fill(row, &mut samples);
        row.ok = samples.errors == 0 && !samples.micros.is_empty();
        row.check = if row.ok {
            "ok: every response 200 with the expected content".into()
        } else {
            format!("FAIL: {} wrong or failed responses", samples.errors)
        };
        Ok(())
    }

    async fn rsvp_burst(
        &self,
        addrs: &[String],
        database: &Database,
        event_id: i64,
        row: &mut Row,
    ) -> anyhow::Result<()> {
        let n = self.options.rsvps;
        let clients = self.options.rsvp_clients.clamp(1, n.max(1));
        // Open every connection first, then release all clients at once.
        let mut conns = Vec::with_capacity(clients);
        for c in 0..clients {
            let mut conn = Conn::new(&addrs[c % addrs.len()]);
            conn.connect().await?;
            conns.push(conn);
        }
        let start = Instant::now() + Duration::from_millis(100);
        let mut tasks = tokio::task::JoinSet::new();
        for (c, mut conn) in conns.into_iter().enumerate() {
            let addr = addrs[c % addrs.len()].clone();
            tasks.spawn(async move {
                let mut samples = Samples::default();
                tokio::time::sleep_until(start.into()).await;
                for i in (c..n).step_by(clients) {
                    let body = format!(
                        r#"{{"name":"Person {i}","email":"person{i}@example.org","accept_code_of_conduct":true}}"#
                    );
                    let request = http::post_json(&addr, &format!("/api/v1/events/{event_id}/rsvps"), &body);
                    let sent = Instant::now();
                    // The public answer is 202 whatever was booked (it tells nobody whether an
                    // email had booked): what was booked is counted in the database below.
                    match conn.send(&request).await {
                        Ok(r) if r.status == 202 => {
                            samples.micros.push(u32::try_from(sent.elapsed().as_micros()).unwrap_or(u32::MAX));
                        }
                        _ => samples.errors += 1,
                    }
                }
                (samples, Instant::now())
            });
        }
        let mut samples = Samples::default();
        let mut last = start;
        let bound = Duration::from_secs(180);
        let joined = tokio::time::timeout(bound, async {
            while let Some(done) = tasks.join_next().await {
                if let Ok((s, finished)) = done {
                    samples.merge(s);
                    last = last.max(finished);
                }
            }
        })
        .await;
        if joined.is_err() {
            tasks.abort_all();
            samples.errors += (n as u64).saturating_sub(samples.requests());
            last = start + bound;
        }
        samples.elapsed = last - start;
        row.connections = clients;
        row.unit = "RSVPs/s";
        fill(row, &mut samples);
        // Each person's email, delivered by the server's dispatcher (which gives way to the
        // bookings while they rush): when the last one arrived, from the burst's start.
        let mail = self.mail_until(start + bound, |tally| tally.distinct >= n).await;
        let mailed_s = mail.last.map_or(f64::NAN, |at| at.saturating_duration_since(start).as_secs_f64());

        // The truth is in the database.
        let db = database.open().await?;
        let confirmed =
            count(&db, "SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'confirmed'", event_id).await?;
        let waitlisted =
            count(&db, "SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'waitlisted'", event_id).await?;
        let all = count(&db, "SELECT COUNT(*) FROM rsvps WHERE event_id = $1", event_id).await?;
        let counter = count(&db, "SELECT confirmed FROM seat_counts WHERE event_id = $1", event_id).await?;
        let transitions = keys::all_rsvp_emails();
        let emails = count_emails(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE event_id = $1 AND idempotency_key LIKE $2",
            event_id,
            &transitions,
        )
        .await?;
        let distinct_emails = count_emails(
            &db,
            "SELECT COUNT(DISTINCT o.to_email) FROM outbox o JOIN rsvps r ON r.email = o.to_email AND r.event_id = o.event_id
             WHERE o.event_id = $1 AND o.idempotency_key LIKE $2",
            event_id,
            &transitions,
        )
        .await?;
        db.close().await;
        let seats = self.options.seats.min(n as i64);
        let n = n as i64;
        row.ok = samples.errors == 0
            && confirmed == seats
            && counter == seats
            && waitlisted == n - seats
            && all == n
            && emails == n
            && distinct_emails == n
            && mail.distinct as i64 == n;
        row.check = format!(
            "{}: {confirmed} confirmed (counter {counter}), {waitlisted} waitlisted, \
             {all} RSVPs, {emails} outbox rows for {distinct_emails} people; {} of them delivered, \
             the last {mailed_s:.1} s after the burst began (its bookings took {:.1} s)",
            if row.ok { "ok" } else { "FAIL" },
            mail.distinct,
            samples.elapsed.as_secs_f64()
        );
        Ok(())
    }

    /// The SMTP sink's tally once it is `enough`, or at `deadline`, whichever comes first.
    async fn mail_until(&self, deadline: Instant, enough: impl Fn(&Tally) -> bool) -> Tally {
        loop {
            let tally = self.sink.tally();
            if enough(&tally) || Instant::now() > deadline {
                return tally;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    async fn reminders(
        &self,
        database: &Database,
        event_id: i64,
        ready_at: Instant,
        row: &mut Row,
    ) -> anyhow::Result<()> {
        let expected = self.options.reminders;
        self.mail_until(ready_at + Duration::from_secs(180), |tally| tally.total >= expected as u64).await;
        // Anything sent twice would show up now.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let tally = self.sink.tally();
        let db = database.open().await?;
        let rows = count_emails(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE event_id = $1 AND idempotency_key LIKE $2",
            event_id,
            &keys::all_reminders(),
        )
        .await?;
        let sent = count_emails(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE event_id = $1 AND idempotency_key LIKE $2 AND sent_at IS NOT NULL",
            event_id,
            &keys::all_reminders(),
        )
        .await?;
        db.close().await;
        let last = tally.last.unwrap_or(ready_at);
        row.connections = 0;
        row.unit = "msg/s";
        row.requests = tally.total;
        row.throughput = tally.distinct as f64 / (last - ready_at).as_secs_f64().max(1e-9);
        row.errors = (expected as u64).saturating_sub(tally.distinct as u64) + tally.duplicated as u64;
        row.ok = each_once(&tally, expected, rows, sent);
        row.check = format!(
            "{}: {} messages, {} distinct Message-IDs, {} doubled; outbox {rows} rows, {sent} marked sent \
             (first after {:.0} ms, last after {:.0} ms)",
            if row.ok { "ok" } else { "FAIL" },
            tally.total,
            tally.distinct,
            tally.duplicated,
            tally.first.map_or(0.0, |f| (f - ready_at).as_secs_f64() * 1000.0),
            (last - ready_at).as_secs_f64() * 1000.0,
        );
        Ok(())
    }
}

#[derive(Debug, Default)]
struct Target {
    event_id: i64,
    /// A chapter owner's session token (the stage's control).
    session: String,
    /// How long seeding took (where it is worth saying).
    seeding: Duration,
    /// The guests' ticket tokens (`ticket-page`).
    tokens: Vec<String>,
    /// The rows the chapter's export must have (`exports`).
    rows: i64,
}

/// Whether the SMTP sink got each of `expected` emails exactly once, and the outbox has that
/// many rows of them (`rows`), all marked sent (`sent`).
fn each_once(tally: &Tally, expected: i64, rows: i64, sent: i64) -> bool {
    tally.distinct as i64 == expected
        && tally.total == expected as u64
        && tally.duplicated == 0
        && rows == expected
        && sent == expected
}

/// Whether `needle` is in `body`.
fn has(body: &[u8], needle: &[u8]) -> bool {
    body.windows(needle.len()).any(|w| w == needle)
}

/// Guests checked in by the `door-rush` scenario's doors.
const DOOR_GUESTS: i64 = 600;
/// The door's check-ins answer with p99 under this.
const DOOR_P99_MS: f64 = 50.0;

/// The ticket page's throughput, at least this share of `/healthz`'s on the same server.
const TICKET_SHARE: f64 = 0.15;

/// Exports write at least this many rows a second…
const EXPORT_ROWS_PER_SEC: f64 = 50_000.0;
/// …with the server's peak anonymous memory under this, as in the RSVP burst and the reminders.
const MEMORY_MIB: f64 = 64.0;

/// Every page of `data-scale` answers with p99 under this at full size…
const SCALE_P99_MS: f64 = 50.0;
/// `network-friday`: every reminder delivered within this many seconds of the servers being
/// ready; the busy window's length; the nights' pages' p99 and slowest answer while the
/// workers run (a stall behind a worker's transaction would show as a slow answer).
const FRIDAY_DEADLINE_SECS: u64 = 60;
const FRIDAY_BUSY_SECS: u64 = 20;
const FRIDAY_P99_MS: f64 = 50.0;
const FRIDAY_STALL_MS: f64 = 1000.0;
/// …and at most this much more than at a tenth of the data (or [`SCALE_NOISE_MS`], on pages so
/// fast that a fraction of a millisecond is noise).
const SCALE_GROWTH: f64 = 0.20;
const SCALE_NOISE_MS: f64 = 1.0;
/// `data-scale` loads each page in this many windows at each size, the sizes in turn…
const SCALE_WINDOWS: usize = 4;
/// …and renders the event page after a write at least this many times in each window.
const SCALE_FIRST_RENDERS: usize = 25;

/// The lessons library's search answers with p99 under this.
const LESSONS_P99_MS: f64 = 20.0;
/// A check of a response's body, shared by the load generator's connections.
type Check = Arc<dyn Fn(&Response) -> bool + Send + Sync>;
/// A request (to the address, the n-th), shared likewise.
type Request = Arc<dyn Fn(&str, u64) -> Vec<u8> + Send + Sync>;

/// One size of `data-scale`: its seed, its server and its pages.
struct Size {
    seeded: scale::Seeded,
    server: Server,
    pages: Vec<(&'static str, Request, Check)>,
}

/// The insights pages' bound (issue #19).
const INSIGHTS_P99_MS: f64 = 50.0;

/// The stage scenario's bounds: a control action reaches every viewer within this p99…
const STAGE_P99_MS: f64 = 250.0;
/// …and each server stays under this peak memory with them all connected.
const STAGE_RSS_MIB: f64 = 128.0;

/// Whether a library page lists at least one lesson.
fn found(r: &Response) -> bool {
    has(&r.body, b"class=\"lesson-item\"")
}

/// The talks a night's page lists.
fn talks(body: &[u8]) -> usize {
    let talk = b"class=\"talk-title\"";
    body.windows(talk.len()).filter(|w| w == talk).count()
}

fn fill(row: &mut Row, samples: &mut Samples) {
    row.requests = samples.requests();
    row.throughput = samples.throughput();
    row.p50_ms = Some(samples.percentile(0.50));
    row.p99_ms = Some(samples.percentile(0.99));
    row.errors = samples.errors;
}
