//! Prometheus metrics at `/metrics`: HTTP latency by route, RSVPs taken, and, read from the
//! database at each scrape (so every instance reports the same truth), the outbox by state and
//! the reminder lag.

use std::{sync::OnceLock, time::Instant};

use axum::{
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

/// Installs the recorder early so the first requests are counted.
pub fn init() {
    handle();
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

pub async fn render(State(state): State<AppState>) -> Result<Response, AppError> {
    let counts = outbox::counts(&state.db).await?;
    for (name, value) in
        [("queued", counts.queued), ("sent", counts.sent), ("retrying", counts.retrying), ("failed", counts.failed)]
    {
        metrics::gauge!("failnight_outbox_emails", "state" => name).set(value as f64);
    }
    // How late the oldest due reminder is: 0 when every reminder went out.
    let now = state.clock.timestamp();
    let oldest: Option<i64> = with_db!(&state.db, |e| sqlx::query_scalar(
        "SELECT MIN(created_at) FROM outbox
         WHERE idempotency_key LIKE $1 AND sent_at IS NULL AND failed_at IS NULL"
    )
    .bind(outbox::keys::all_reminders().as_str())
    .fetch_one(e)
    .await)?;
    let lag = oldest.map_or(0.0, |created| (now.0 - created).max(0) as f64 / 1000.0);
    metrics::gauge!("failnight_reminder_lag_seconds").set(lag);
    Ok(([(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4"))], handle().render())
        .into_response())
}
