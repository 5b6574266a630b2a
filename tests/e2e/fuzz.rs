//! The API fuzzed against its own OpenAPI document: Schemathesis (`st`, pinned in
//! tests/fuzz/requirements.txt, installed by `.ci/run`) generates requests from the document
//! served at /api/v1/openapi.json, valid and invalid, for every operation, once with a host
//! token and once without, and checks every answer against the same document: no 5xx, only
//! documented status codes, bodies and headers of the documented shapes, valid data accepted
//! (a 422 only for the rules the document lists as beyond its schema, see tests/fuzz/hooks.py),
//! invalid data refused, undocumented methods refused. The run is seeded: the seed is printed,
//! and `FAILNIGHT_FUZZ_SEED=<seed>` replays it; `FAILNIGHT_FUZZ_EXAMPLES=<n>` runs longer (n
//! examples per operation and phase instead of a few); `FAILNIGHT_FUZZ_REPORTS=<dir>` keeps
//! Schemathesis' event log of each run there (every request and answer, as NDJSON).
//!
//! And no route under /api/ is missing from the document: seen from outside (undocumented
//! methods answer 405, plausible undocumented paths 404, both in the API's error shape) and in
//! the source (every API route is built by `api::router()`'s `OpenApiRouter`).

use std::{io::Write, path::PathBuf, process::Stdio, time::Instant};

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{Rng, TestApp, both_backends};

both_backends!(
    // Rate limits off: every generated request comes from 127.0.0.1, so with them on most
    // bookings would soon be answered 429 (documented, and so accepted) and test nothing else;
    // the limits have their own tests (`edge::limits_count_each_client_behind_a_proxy`,
    // `hosts::rate_limits_answer_429`). Stripe is the local fake, so buying works.
    options: crate::support::Options { rate_limits: false, ..crate::support::Options::stripe() };
    the_api_keeps_to_its_openapi_document,
);
both_backends!(no_api_route_is_missing_from_the_document);

/// Examples per operation and phase by default: enough for every operation to be reached, valid
/// and invalid, in a few seconds per run.
const DEFAULT_EXAMPLES: u32 = 3;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The version `st --version` prints, if Schemathesis is installed.
fn schemathesis() -> Option<String> {
    let output = std::process::Command::new("st").arg("--version").output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Says loudly that the fuzz test is skipped; under CI=true that is a failure instead.
fn skipped(why: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("the API fuzz test needs Schemathesis ({why}), and CI=true requires it");
    }
    let _ = writeln!(
        std::io::stderr(),
        "\n\
         ************************************************************************\n\
         *  SKIPPED: the API fuzz test: {why}.\n\
         *  Install it with `pip3 install -r tests/fuzz/requirements.txt`.      *\n\
         ************************************************************************\n"
    );
}

/// What the fuzzer should find often: real slugs, ids and tokens, in both chapters (one the
/// token's host owns, one they do not), in every state the seeding reaches.
#[derive(Default)]
struct Seeded {
    token: String,
    chapters: Vec<String>,
    nights: Vec<i64>,
    /// Nights the fuzzer may cancel: not the ones that take bookings.
    expendable: Vec<i64>,
    venues: Vec<i64>,
    series: Vec<i64>,
    rsvps: Vec<i64>,
    tickets: Vec<String>,
    ticket_types: Vec<i64>,
}

/// A night `days` ahead at `venue`, published or not.
fn night(title: &str, days: i64, venue: i64, capacity: i64, publish: bool) -> Value {
    let day = (chrono::Utc::now() + chrono::Duration::days(days)).date_naive();
    json!({
        "title": title,
        "starts_at": format!("{day}T19:00"),
        "ends_at": format!("{day}T22:00"),
        "venue_id": venue,
        "capacity": capacity,
        "publish": publish,
    })
}

/// The ticket token at the end of a ticket URL.
fn token_of(url: &Value) -> String {
    url.as_str().unwrap().rsplit('/').next().unwrap().to_string()
}

async fn seed_objects(app: &TestApp) -> Seeded {
    use Method as M;
    let mut seeded = Seeded::default();
    app.chapter("fuzz", "Europe/Berlin").await;
    app.chapter("other", "America/New_York").await;
    let owner = app.cli(&["host", "add", "--chapter", "fuzz", "--email", "owner@fuzz.test", "--role", "owner"]).await;
    seeded.token = owner.unwrap().lines().last().unwrap().trim().to_string();
    let other = app.host_token("other", "host@other.test").await;
    seeded.chapters = vec!["fuzz".into(), "other".into()];
    let token = seeded.token.clone();

    // Guests may bring up to 10 (the schema's maximum): plus-ones are then exactly as documented.
    let settings = json!({"max_plus_ones": 10});
    app.host_ok(M::PATCH, &token, "/api/v1/chapters/fuzz/settings", Some(&settings), 200).await;
    for (who, slug) in [(&token, "fuzz"), (&other, "other")] {
        let venue = json!({"name": "Fuzz Hall", "address": "Teststraße 2, 10115 Berlin", "capacity": 40});
        let venue = app.host_ok(M::POST, who, &format!("/api/v1/chapters/{slug}/venues"), Some(&venue), 201).await;
        seeded.venues.push(venue["id"].as_i64().unwrap());
    }
    let venue = seeded.venues[0];
    let path = "/api/v1/chapters/fuzz/events";
    // A small free night (it fills, and then waits), a paid one, one that wants approval, a draft.
    let free = app.host_ok(M::POST, &token, path, Some(&night("Free", 20, venue, 3, true)), 201).await;
    let paid = app.host_ok(M::POST, &token, path, Some(&night("Paid", 21, venue, 10, true)), 201).await;
    let approval = app.host_ok(M::POST, &token, path, Some(&night("Approval", 22, venue, 10, true)), 201).await;
    let draft = app.host_ok(M::POST, &token, path, Some(&night("Draft", 23, venue, 10, false)), 201).await;
    let [free, paid, approval, draft] = [free, paid, approval, draft].map(|n| n["id"].as_i64().unwrap());
    let theirs = night("Theirs", 20, seeded.venues[1], 10, true);
    let theirs = app.host_ok(M::POST, &other, "/api/v1/chapters/other/events", Some(&theirs), 201).await;
    seeded.nights = vec![free, paid, approval, draft, theirs["id"].as_i64().unwrap()];
    seeded.expendable = vec![draft, theirs["id"].as_i64().unwrap()];

    let series =
        json!({"title": "Monthly #{n}", "venue_id": venue, "start_time": "19:00", "rrule": "FREQ=MONTHLY;BYDAY=2TH"});
    let series = app.host_ok(M::POST, &token, "/api/v1/chapters/fuzz/series", Some(&series), 201).await;
    seeded.series.push(series["series"]["id"].as_i64().unwrap());
    let of_series = series["event_ids"].as_array().unwrap().iter().take(2).map(|id| id.as_i64().unwrap());
    seeded.nights.extend(of_series.clone());
    seeded.expendable.extend(of_series);

    for (path, body) in [
        (format!("/api/v1/events/{paid}/ticket-types"), json!({"name": "Standard", "kind": "paid", "price": 1500})),
        (format!("/api/v1/events/{paid}/ticket-types"), json!({"name": "Solidarity", "kind": "pwyw", "price": 500})),
    ] {
        seeded.ticket_types.push(app.host_ok(M::POST, &token, &path, Some(&body), 201).await["id"].as_i64().unwrap());
    }
    let options = json!({"approval": true});
    app.host_ok(M::PATCH, &token, &format!("/api/v1/events/{approval}/ticketing"), Some(&options), 200).await;

    // Guests in every state the API reaches by itself: confirmed, waitlisted, pending, held,
    // checked in; each booking by the host's token, which answers with the ticket's link.
    let rsvp = |name: &str| json!({"name": name, "email": format!("{}@guests.test", name.to_lowercase()), "accept_code_of_conduct": true});
    for (night, name) in [(free, "Ada"), (free, "Grace"), (free, "Edsger"), (free, "Barbara"), (approval, "Alan")] {
        let booked =
            app.host_ok(M::POST, &token, &format!("/api/v1/events/{night}/rsvps"), Some(&rsvp(name)), 201).await;
        seeded.tickets.push(token_of(&booked["ticket_url"]));
    }
    let buy = json!({"ticket_type_id": seeded.ticket_types[0], "name": "Katherine", "email": "katherine@guests.test", "accept_code_of_conduct": true});
    let bought = app.host_ok(M::POST, &token, &format!("/api/v1/events/{paid}/tickets"), Some(&buy), 201).await;
    seeded.tickets.push(token_of(&bought["ticket_url"]));
    let walk_in = json!({"name": "Margaret"});
    app.host_ok(M::POST, &token, &format!("/api/v1/events/{paid}/walk-ins"), Some(&walk_in), 201).await;
    for night in [free, paid, approval] {
        let rsvps = app.host_ok(M::GET, &token, &format!("/api/v1/events/{night}/rsvps"), None, 200).await;
        seeded.rsvps.extend(rsvps.as_array().unwrap().iter().map(|r| r["id"].as_i64().unwrap()));
    }
    seeded
}

/// A TOML array of `values`.
fn toml_array<T: serde::Serialize>(values: &[T]) -> String {
    serde_json::to_string(values).unwrap()
}

/// tests/fuzz/schemathesis.toml, and where the fuzzer finds this run's real objects: each path
/// parameter and some body fields of each operation of `openapi` draw from them with a
/// probability, else anything the schema allows. (Schemathesis takes an operation's parameters
/// from one `[[operations]]` entry, so each operation gets one with all of them.) `anonymous`:
/// for the run without a token, which fuzzes the public operations only: a host operation
/// answers 401 to any request without a token before reading anything, as the host run's
/// `ignored_auth` check proves for each of them (and the authorization test in hosts.rs too).
fn config(openapi: &Value, seeded: &Seeded, anonymous: bool) -> String {
    let mut out = std::fs::read_to_string(root().join("tests/fuzz/schemathesis.toml")).unwrap();
    out.push_str("\n# This run's objects (written by tests/e2e/fuzz.rs).\n");
    let day = |days: i64| (chrono::Utc::now() + chrono::Duration::days(days)).date_naive();
    let dictionaries = [
        ("chapters", toml_array(&seeded.chapters)),
        ("nights", toml_array(&seeded.nights)),
        ("expendable_nights", toml_array(&seeded.expendable)),
        ("venues", toml_array(&seeded.venues)),
        ("series", toml_array(&seeded.series)),
        ("rsvps", toml_array(&seeded.rsvps)),
        ("tickets", toml_array(&seeded.tickets)),
        ("ticket_types", toml_array(&seeded.ticket_types)),
        // A start and an end that fit (drawn together about half the time), and rules and first
        // days a series takes: the rules the schema cannot state, met often enough to go further.
        ("starts", toml_array(&[format!("{}T19:00", day(40)), format!("{}T18:30", day(41))])),
        ("ends", toml_array(&[format!("{}T22:00", day(40)), format!("{}T23:30", day(41))])),
        ("rrules", toml_array(&["FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=1FR", "FREQ=MONTHLY;BYMONTHDAY=15"])),
        ("days", toml_array(&[String::new(), day(10).to_string(), day(100).to_string()])),
    ];
    for (name, values) in dictionaries {
        out.push_str(&format!("\n[dictionaries.{name}]\nvalues = {values}\n"));
    }
    // (operation, [(body field, dictionary, probability)])
    type Fields = &'static [(&'static str, &'static str, f64)];
    let body: &[(&str, Fields)] = &[
        ("create_night", &[("venue_id", "venues", 0.7), ("starts_at", "starts", 0.7), ("ends_at", "ends", 0.7)]),
        ("update_night", &[("venue_id", "venues", 0.3), ("starts_at", "starts", 0.3), ("ends_at", "ends", 0.3)]),
        ("create_series", &[("venue_id", "venues", 0.7), ("rrule", "rrules", 0.7), ("starts_on", "days", 0.7)]),
        ("update_series", &[("venue_id", "venues", 0.5), ("rrule", "rrules", 0.5), ("starts_on", "days", 0.5)]),
        ("buy", &[("ticket_type_id", "ticket_types", 0.8)]),
        ("check_in", &[("code", "tickets", 0.5)]),
    ];
    for (path, item) in openapi["paths"].as_object().unwrap() {
        for operation in item.as_object().unwrap().values() {
            let id = operation["operationId"].as_str().unwrap();
            let public = operation["security"].as_array().is_none_or(|s| s.iter().any(|r| r == &json!({})));
            let skip = anonymous && !public;
            let mut parameters = Vec::new();
            let in_path = if path.starts_with("/api/v1/chapters/") {
                Some(("slug", "chapters", 0.9))
            } else if path.starts_with("/api/v1/tickets/") {
                Some(("token", "tickets", 0.8))
            } else {
                // The nights that take bookings stay open: cancelling them would close most of
                // what follows (409 for every booking).
                let nights = if id == "cancel_night" { "expendable_nights" } else { "nights" };
                [
                    ("/api/v1/events/", nights),
                    ("/api/v1/venues/", "venues"),
                    ("/api/v1/series/", "series"),
                    ("/api/v1/rsvps/", "rsvps"),
                ]
                .into_iter()
                .find(|(prefix, _)| path.starts_with(prefix))
                .map(|(_, dictionary)| ("id", dictionary, 0.8))
            };
            if let Some((name, dictionary, probability)) = in_path {
                parameters.push((format!("path.{name}"), dictionary, probability));
            }
            for (field, dictionary, probability) in body.iter().filter(|(op, _)| *op == id).flat_map(|(_, f)| f.iter())
            {
                parameters.push((format!("body.{field}"), dictionary, *probability));
            }
            if parameters.is_empty() && !skip {
                continue;
            }
            out.push_str(&format!("\n[[operations]]\ninclude-operation-id = \"{id}\"\n"));
            if skip {
                out.push_str("enabled = false\n");
                continue;
            }
            for (parameter, dictionary, probability) in parameters {
                out.push_str(&format!(
                    "parameters.\"{parameter}\" = {{ dictionary = \"{dictionary}\", probability = {probability} }}\n"
                ));
            }
        }
    }
    out
}

/// Runs Schemathesis against `app` (with `token`, if any) and returns its output and whether it
/// passed.
async fn fuzz(app: &TestApp, dir: &std::path::Path, seed: u64, examples: u32, token: Option<&str>) -> (bool, String) {
    let mut command = tokio::process::Command::new("st");
    command
        .current_dir(dir)
        .env("SCHEMATHESIS_HOOKS", root().join("tests/fuzz/hooks.py"))
        .arg("--config-file")
        .arg(dir.join("schemathesis.toml"))
        .arg("run")
        .arg(app.url("/api/v1/openapi.json"))
        // The document's paths start with /api/v1 (it names no server): the base is the origin.
        .args(["--url", &app.address])
        .args(["--checks", "all"])
        .args(["--seed", &seed.to_string()])
        .args(["--max-examples", &examples.to_string()])
        // Nothing from earlier runs: the seed alone decides what is sent.
        .args(["--generation-database", "none"])
        .args(["--workers", "1", "--no-color"])
        .stdin(Stdio::null());
    if let Some(token) = token {
        command.args(["-H", &format!("Authorization: Bearer {token}")]);
    }
    if let Ok(reports) = std::env::var("FAILNIGHT_FUZZ_REPORTS") {
        let run = if token.is_some() { "host" } else { "anonymous" };
        command.args(["--report", "ndjson", "--report-dir"]).arg(PathBuf::from(reports).join(run));
    }
    let output = command.output().await.expect("st runs");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

/// The lines of Schemathesis' output worth keeping in the test's: its warnings and totals.
fn summary(output: &str) -> String {
    let mut warnings = false;
    let mut kept = Vec::new();
    for line in output.lines() {
        if line.starts_with("=====") {
            warnings = line.contains(" WARNINGS ");
        }
        if (warnings && !line.trim().is_empty())
            || line.contains(" generated")
            || (line.starts_with('=') && line.contains(" in "))
        {
            kept.push(line);
        }
    }
    kept.join("\n")
}

async fn the_api_keeps_to_its_openapi_document(app: TestApp) {
    let Some(version) = schemathesis() else {
        skipped("`st` is not installed");
        return;
    };
    let (_, seed) = Rng::seeded("FAILNIGHT_FUZZ_SEED");
    let examples: u32 =
        std::env::var("FAILNIGHT_FUZZ_EXAMPLES").ok().and_then(|n| n.parse().ok()).unwrap_or(DEFAULT_EXAMPLES);
    let seeded = seed_objects(&app).await;
    let openapi: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let dir = std::env::temp_dir().join(format!("failnight-fuzz-{}", failnight_core::token::new_token()));
    std::fs::create_dir_all(&dir).unwrap();
    println!("{version}, {examples} examples per operation and phase");
    // Without a token first: it changes little, so the host run after it finds the objects as seeded.
    for (who, token) in [("without a token", None), ("with a host token", Some(seeded.token.as_str()))] {
        let started = Instant::now();
        std::fs::write(dir.join("schemathesis.toml"), config(&openapi, &seeded, token.is_none())).unwrap();
        let (passed, output) = fuzz(&app, &dir, seed, examples, token).await;
        println!("{who} ({:.1} s):\n{}", started.elapsed().as_secs_f64(), summary(&output));
        assert!(
            passed,
            "Schemathesis found failures {who} (replay with FAILNIGHT_FUZZ_SEED={seed}):\n{output}\n\
             The seed above replays this run: FAILNIGHT_FUZZ_SEED={seed} (its configuration is in {})",
            dir.display()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    app.stop().await;
}

/// The paths of the document and, for each, the methods it documents (upper case).
fn documented(openapi: &Value) -> Vec<(String, Vec<String>)> {
    openapi["paths"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(path, item)| (path.clone(), item.as_object().unwrap().keys().map(|m| m.to_uppercase()).collect()))
        .collect()
}

/// A documented path with its parameters filled in.
fn fill(path: &str) -> String {
    path.replace("{slug}", "fuzz").replace("{id}", "1").replace("{token}", "nothing")
}

async fn api_error(response: reqwest::Response, status: u16, code: &str, what: &str) {
    assert_eq!(response.status().as_u16(), status, "{what}");
    let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_string());
    assert_eq!(content_type.as_deref(), Some("application/json"), "{what}");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], code, "{what}: {body}");
    assert!(body["error"]["message"].is_string() && body["error"]["fields"].is_object(), "{what}: {body}");
}

async fn no_api_route_is_missing_from_the_document(app: TestApp) {
    app.chapter("fuzz", "Europe/Berlin").await;
    let openapi: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let paths = documented(&openapi);
    assert!(paths.len() >= 25, "{paths:?}");
    // Every method a documented path does not document is refused, 405 and `Allow` naming
    // exactly the documented ones (and HEAD with GET).
    for (path, methods) in &paths {
        let url = app.url(&fill(path));
        for method in ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"] {
            if methods.iter().any(|m| m == method) {
                continue;
            }
            let what = format!("{method} {path}");
            let response = app.client.request(method.parse().unwrap(), &url).send().await.unwrap();
            let allow = response.headers().get("allow").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
            let mut allowed: Vec<&str> = allow.split(',').map(str::trim).filter(|m| *m != "HEAD").collect();
            allowed.sort_unstable();
            let mut expected: Vec<&str> = methods.iter().map(String::as_str).collect();
            expected.sort_unstable();
            assert_eq!(allowed, expected, "{what}: Allow: {allow}");
            api_error(response, 405, "method_not_allowed", &what).await;
        }
    }
    // Paths a client might try that the document does not have: the parents of documented paths,
    // a segment more, a trailing slash, another version. Each is 404 in the API's error shape.
    let mut tried = std::collections::BTreeSet::new();
    for (path, _) in &paths {
        let filled = fill(path);
        let segments: Vec<&str> = filled.trim_start_matches('/').split('/').collect();
        for end in 1..segments.len() {
            tried.insert(format!("/{}", segments[..end].join("/")));
        }
        tried.insert(format!("{filled}/"));
        tried.insert(format!("{filled}/more"));
        tried.insert(filled.replace("/api/v1/", "/api/v2/"));
    }
    let documented_paths: Vec<String> = paths.iter().map(|(p, _)| fill(p)).collect();
    tried.retain(|path| !documented_paths.contains(path) && path != "/api/v1/openapi.json");
    assert!(tried.len() > 60, "{tried:?}");
    for path in &tried {
        for method in [Method::GET, Method::POST] {
            let response = app.client.request(method.clone(), app.url(path)).json(&json!({})).send().await.unwrap();
            api_error(response, 404, "not_found", &format!("{method} {path}")).await;
        }
    }
    app.stop().await;

    // And by construction: the API's routes are those of `api::router()`, an `OpenApiRouter`
    // whose every route comes with its operation (`routes!`); nothing else in the gateway routes a
    // path under /api/ but the document itself.
    let src = root().join("crates/gateway/src");
    let mut routing_api = Vec::new();
    let mut files = vec![src.clone()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.strip_prefix(&src).unwrap().display().to_string();
        for (n, line) in text.lines().enumerate() {
            let routes_api = [".route(\"/api", ".nest(\"/api", ".route_service(\"/api", ".nest_service(\"/api"]
                .iter()
                .any(|call| line.contains(call));
            let plain_route_in_api = name.starts_with("api/") && (line.contains(".route(") || line.contains(".nest("));
            if routes_api || plain_route_in_api {
                routing_api.push((name.clone(), n + 1, line.trim().to_string()));
            }
        }
    }
    let only_the_document = matches!(&routing_api[..], [(file, _, line)] if file == "startup.rs" && line.starts_with(".route(\"/api/v1/openapi.json\""));
    assert!(only_the_document, "only the document itself is routed under /api/ outside api::router(): {routing_api:?}");
}
