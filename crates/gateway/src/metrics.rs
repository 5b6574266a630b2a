//! Prometheus metrics at `/metrics`, on a listener of their own (`FAILNIGHT_METRICS_LISTEN`),
//! never on the public one: HTTP latency by route, RSVPs taken, and, read from the database (so
//! every instance reports the same truth), the outbox by state and the reminder lag. Those
//! come from indexes (`outbox::counts`, the unsent rows for the lag), never from reading the
//! outbox, and at most once per [`DATABASE_FIGURES_FOR`] however often and by however many
//! scrapers they are asked for.

use std::{
    sync::{Arc, OnceLock},
    time::{Duration, Instant},
};

use axum::{
    Router,
    extract::{MatchedPath, Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use failnight_core::{outbox, with_db};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::{AppState, error::AppError};

/// The process-wide recorder (installed once, whatever number of apps a process runs).
fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets(&[0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0])
            .expect("static buckets");
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        // Another recorder may exist already (an embedding program's); then ours only renders.
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

/// How often the histograms' recorded samples are folded into their buckets.
pub const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// Installs the recorder early so the first requests are counted, and starts its upkeep
/// once per process: a recorder built without the exporter's own listener keeps every
/// histogram sample until something calls `run_upkeep` (a scrape does), so a server nobody
/// scraped grew by about 17 bytes a request, a megabyte a second under load
/// (docs/benchmarks.md, `door-rush`). A plain thread, not a task: it must outlive any one
/// runtime of a process that runs several.
pub fn init() {
    static UPKEEP: OnceLock<()> = OnceLock::new();
    let handle = handle();
    UPKEEP.get_or_init(|| {
        let spawned = std::thread::Builder::new().name("metrics-upkeep".into()).spawn(move || {
            loop {
                std::thread::sleep(UPKEEP_EVERY);
                handle.run_upkeep();
            }
        });
        if let Err(error) = spawned {
            tracing::warn!(%error, "no metrics upkeep thread: latency samples are folded only when scraped");
        }
    });
}

/// Records each request's latency by method, route template (never the raw path: it may hold
/// tokens) and status.
pub async fn track(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map_or("unmatched", |p| p.as_str()).to_string();
    let method = request.method().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    let labels = [("method", method), ("route", route), ("status", response.status().as_u16().to_string())];
    metrics::histogram!("failnight_http_request_duration_seconds", &labels).record(started.elapsed().as_secs_f64());
    response
}

/// Counts an RSVP taken, by the status it got.
pub fn rsvp(status: &str) {
    metrics::counter!("failnight_rsvps_total", "status" => status.to_string()).increment(1);
}

/// How long the database's figures are reused.
pub const DATABASE_FIGURES_FOR: Duration = Duration::from_secs(5);

/// The router of the metrics listener: `/metrics` and nothing else.
pub fn router(state: AppState) -> Router {
    Router::new().route("/metrics", axum::routing::get(render)).with_state(Scrapes { state, last: Arc::default() })
}

#[derive(Clone)]
struct Scrapes {
    state: AppState,
    /// The last figures read and when; a scrape that finds them stale reads them again while
    /// the others wait for it.
    last: Arc<tokio::sync::Mutex<Option<(Instant, Figures)>>>,
}

/// What is read from the database.
#[derive(Clone, Copy)]
struct Figures {
    counts: outbox::Counts,
    /// When the oldest due reminder not sent yet was queued.
    oldest_reminder: Option<i64>,
}

impl Scrapes {
    async fn figures(&self) -> Result<Figures, AppError> {
        let mut last = self.last.lock().await;
        if let Some((read_at, figures)) = *last
            && read_at.elapsed() < DATABASE_FIGURES_FOR
        {
            return Ok(figures);
        }
        let db = &self.state.db;
        let counts = outbox::counts(db).await?;
        // Unsent rows only: the partial index `outbox_due` holds exactly those.
        let oldest_reminder: Option<i64> = with_db!(db, |e| sqlx::query_scalar(
            "SELECT MIN(created_at) FROM outbox
             WHERE sent_at IS NULL AND failed_at IS NULL AND idempotency_key LIKE $1"
        )
        .bind(outbox::keys::all_reminders().as_str())
        .fetch_one(e)
        .await)?;
        let figures = Figures { counts, oldest_reminder };
        *last = Some((Instant::now(), figures));
        Ok(figures)
    }
}

async fn render(State(scrapes): State<Scrapes>) -> Result<Response, AppError> {
    let Figures { counts, oldest_reminder } = scrapes.figures().await?;
    for (name, value) in
        [("queued", counts.queued), ("sent", counts.sent), ("retrying", counts.retrying), ("failed", counts.failed)]
    {
        metrics::gauge!("failnight_outbox_emails", "state" => name).set(value as f64);
    }
    // How late the oldest due reminder is: 0 when every reminder went out (exact to the
    // scrape's moment even when the figures are reused).
    let now = scrapes.state.clock.timestamp();
    let lag = oldest_reminder.map_or(0.0, |created| (now.0 - created).max(0) as f64 / 1000.0);
    metrics::gauge!("failnight_reminder_lag_seconds").set(lag);
    Ok(([(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4"))], handle().render())
        .into_response())
}
