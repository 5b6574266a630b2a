//! Start-up in steps tests can call: [`Application::build`] opens and migrates the database
//! and binds the listener (port 0 works); [`Application::serve`] runs the server and the
//! in-process workers until the shutdown future resolves, then drains both.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context;
use axum::http::{HeaderValue, header};
use axum::{
    Json, Router,
    extract::{DefaultBodyLimit, State},
    http::StatusCode,
    response::IntoResponse,
    routing::{get, post},
};
use failnight_core::{Clock, Db, SystemClock, db::DbOptions};
use failnight_reminders::{MailTransport, Mailbox};
use tokio::{net::TcpListener, sync::watch};
use tower_http::{
    csrf::{CsrfLayer, ProtectionError},
    set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

use crate::{
    AppState, Settings,
    error::{AppError, PageError},
    pages, speak,
};

/// Request bodies larger than this are refused with 413.
pub const BODY_LIMIT: usize = 64 * 1024;
/// Requests that write handled at once; more wait (within the request timeout) for a turn.
pub const MAX_WRITES_IN_FLIGHT: usize = 128;

/// Requests that write (not GET or HEAD) past [`MAX_WRITES_IN_FLIGHT`] wait for a turn before
/// their handler exists, so a crowd of bookings (a popular night opening) costs their sockets,
/// not their work's memory. Reads, health checks included, never wait.
async fn take_a_turn(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    if matches!(*request.method(), axum::http::Method::GET | axum::http::Method::HEAD) {
        return next.run(request).await;
    }
    let _turn = state.write_turns.acquire().await;
    next.run(request).await
}

/// Every route of the service.
pub fn build_router(state: AppState) -> Router {
    let (api, openapi) = crate::api::router();
    let openapi = Arc::new(openapi);
    Router::new()
        .route("/", get(pages::index))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(crate::metrics::render))
        .route("/static/style.css", get(pages::stylesheet))
        .route("/c/{slug}", get(pages::chapter))
        .route("/c/{slug}/calendar.ics", get(pages::chapter_feed))
        .route("/e/{id}", get(pages::event))
        .route("/e/{id}/rsvp", post(pages::rsvp))
        .route("/e/{id}/event.ics", get(pages::event_ics_file))
        .route("/t/{token}", get(pages::ticket))
        .route("/u/{token}", get(pages::unsubscribe_page).post(pages::unsubscribe))
        .route("/t/{token}/cancel", get(pages::cancel_page).post(pages::cancel_post))
        .route("/t/{token}/accept", get(pages::accept_page).post(pages::accept_post))
        .route("/t/{token}/still-coming", get(pages::still_coming_page).post(pages::still_coming_post))
        .route("/c/{slug}/speak", get(speak::call).post(speak::submit))
        .route("/c/{slug}/speak/thanks", get(speak::thanks))
        .merge(speak::private_router())
        .route("/api/v1/openapi.json", get(move || async move { Json(openapi.as_ref().clone()) }))
        .merge(api)
        .merge(crate::host::router(&state))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(state.clone(), take_a_turn))
        .layer(csrf_layer(&state))
        .layer(SetResponseHeaderLayer::if_not_present(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .route_layer(axum::middleware::from_fn(crate::metrics::track))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// No inline scripts, no third-party anything; pages may not be framed. A form may lead to
/// Stripe's Checkout (buying a ticket answers with a redirect there, which browsers check
/// against `form-action`).
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    form-action 'self' https://checkout.stripe.com; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// Cross-site form posts are refused (Origin / Sec-Fetch-Site checks, no token state). The
/// JSON API authenticates with bearer tokens, never cookies, so it is not subject to CSRF.
fn csrf_layer(state: &AppState) -> CsrfLayer<fn(ProtectionError) -> axum::response::Response> {
    let origin = state.base_url().split('/').take(3).collect::<Vec<_>>().join("/");
    let layer = CsrfLayer::new().with_insecure_bypass(|_, uri| uri.path().starts_with("/api/"));
    let layer = layer.clone().add_trusted_origin(&origin).unwrap_or(layer);
    layer.with_rejection_response(csrf_refusal as fn(ProtectionError) -> axum::response::Response)
}

/// The page a refused cross-site post gets.
fn csrf_refusal(_: ProtectionError) -> axum::response::Response {
    let page = crate::views::ErrorPage {
        title: "Forbidden".into(),
        message: "This form was sent from another site, so it was refused. Open the page here and send it again."
            .into(),
    };
    (StatusCode::FORBIDDEN, page).into_response()
}

async fn not_found(uri: axum::http::Uri) -> axum::response::Response {
    let error = AppError::NotFound("There is nothing at this address.");
    if uri.path().starts_with("/api/") { error.into_response() } else { PageError(error).into_response() }
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    if state.draining.load(std::sync::atomic::Ordering::SeqCst) {
        return (StatusCode::SERVICE_UNAVAILABLE, "draining");
    }
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "database not reachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database not reachable")
        }
    }
}

pub struct Application {
    listener: TcpListener,
    state: AppState,
    transport: MailTransport,
    from: Mailbox,
    drain: Duration,
}

impl Application {
    /// Opens and migrates the database, prepares the mail transport and binds the listener.
    pub async fn build(settings: &Settings) -> anyhow::Result<Self> {
        Self::build_with_clock(settings, Arc::new(SystemClock)).await
    }

    pub async fn build_with_clock(settings: &Settings, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        let db = open_database(settings).await?;
        let listener = TcpListener::bind(&settings.listen)
            .await
            .with_context(|| format!("while binding FAILNIGHT_LISTEN={}", settings.listen))?;
        let addr = listener.local_addr()?;
        let (state, transport, from) = state_from(settings, db, clock, Some(addr))?;
        crate::metrics::init();
        Ok(Application { listener, state, transport, from, drain: Duration::from_secs(settings.drain_seconds) })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` resolves; with `workers`, also runs the background workers
    /// in this process. In-flight requests and the current email batch finish first.
    pub async fn serve(self, workers: bool, shutdown: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = watch::channel(false);
        let worker_handles = if workers {
            failnight_app::jobs::spawn(&self.state, self.transport.clone(), self.from.clone(), stop_rx)
        } else {
            Vec::new()
        };
        let router = build_router(self.state.clone());
        let (state, drain) = (self.state.clone(), self.drain);
        let shutdown = async move {
            shutdown.await;
            // Tell load balancers first (/readyz turns 503), then stop taking connections;
            // requests in flight finish either way.
            state.draining.store(true, std::sync::atomic::Ordering::SeqCst);
            tokio::time::sleep(drain).await;
        };
        axum::serve(self.listener, router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(shutdown)
            .await
            .context("while serving HTTP")?;
        let _ = stop_tx.send(true);
        for handle in worker_handles {
            let _ = handle.await;
        }
        self.state.db.close().await;
        Ok(())
    }
}

/// Runs only the background workers (for `failnight worker`) until `shutdown` resolves.
pub async fn run_workers(settings: &Settings, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    let db = open_database(settings).await?;
    let (state, transport, from) = state_from(settings, db, Arc::new(SystemClock), None)?;
    let (stop_tx, stop_rx) = watch::channel(false);
    let handles = failnight_app::jobs::spawn(&state, transport, from, stop_rx);
    shutdown.await;
    let _ = stop_tx.send(true);
    for handle in handles {
        let _ = handle.await;
    }
    state.db.close().await;
    Ok(())
}

/// Opens the database and applies pending migrations.
pub async fn open_database(settings: &Settings) -> anyhow::Result<Db> {
    let options = DbOptions {
        max_connections: settings.db_connections,
        statement_timeout: Some(Duration::from_secs(settings.db_statement_timeout_secs)).filter(|t| !t.is_zero()),
        ..DbOptions::default()
    };
    let db = Db::connect(&settings.database_url, &options)
        .await
        .context("while opening the database (FAILNIGHT_DATABASE_URL)")?;
    db.migrate().await.context("while applying database migrations")?;
    Ok(db)
}

fn state_from(
    settings: &Settings,
    db: Db,
    clock: Arc<dyn Clock>,
    addr: Option<SocketAddr>,
) -> anyhow::Result<(AppState, MailTransport, Mailbox)> {
    let base_url = match (&settings.base_url, addr) {
        (Some(url), _) => url.trim_end_matches('/').to_string(),
        (None, Some(addr)) => format!("http://{addr}"),
        (None, None) => format!("http://{}", settings.listen),
    };
    let from: Mailbox = Mailbox::new(
        Some(settings.mail_from_name.clone()),
        settings
            .mail_from
            .parse()
            .with_context(|| format!("FAILNIGHT_MAIL_FROM is not an email address: {}", settings.mail_from))?,
    );
    let transport = match &settings.smtp_url {
        Some(url) => MailTransport::smtp_with_timeout(&url.0, 16, Duration::from_secs(settings.smtp_timeout_secs))
            .map_err(anyhow::Error::msg)
            .context("FAILNIGHT_SMTP_URL")?,
        None => MailTransport::files(&settings.mail_dir)
            .with_context(|| format!("while creating the mail folder {}", settings.mail_dir.display()))?,
    };
    let state = AppState::new(settings, settings.context(db, clock, base_url, payments_from(settings)?));
    Ok((state, transport, from))
}

/// The Stripe client when all three Stripe settings are given; none of them: paid tickets are
/// off; some but not all: a configuration error.
fn payments_from(settings: &Settings) -> anyhow::Result<Option<Arc<dyn failnight_ticketing::payments::Payments>>> {
    match (&settings.stripe_secret_key, &settings.stripe_publishable_key, &settings.stripe_webhook_secret) {
        (None, None, None) => Ok(None),
        (Some(secret), Some(publishable), Some(webhook)) => Ok(Some(Arc::new(
            failnight_ticketing::stripe::StripePayments::new(
                &secret.0,
                publishable,
                &webhook.0,
                &settings.stripe_api_base,
            )
            .map_err(anyhow::Error::msg)
            .context("while configuring Stripe (FAILNIGHT_STRIPE_*)")?,
        ))),
        _ => anyhow::bail!(
            "set all of FAILNIGHT_STRIPE_SECRET_KEY, FAILNIGHT_STRIPE_PUBLISHABLE_KEY and FAILNIGHT_STRIPE_WEBHOOK_SECRET, or none"
        ),
    }
}

/// A consistent copy of the SQLite database at `to`, taken while the service runs
/// (`VACUUM INTO`). PostgreSQL is backed up with its own tools.
pub async fn backup(db: &Db, to: &std::path::Path) -> Result<(), String> {
    match db {
        Db::Sqlite { writer, .. } => {
            let path = to.to_str().ok_or("the backup path must be UTF-8")?;
            sqlx::query("VACUUM INTO $1")
                .bind(path)
                .execute(writer)
                .await
                .map(|_| ())
                .map_err(|e| format!("backup failed: {e}"))
        }
        Db::Postgres(_) => Err("on PostgreSQL, back up with pg_dump (see deploy/README.md)".into()),
    }
}

/// Asks the service at `listen` for /readyz over plain HTTP; Ok when it answers 200.
pub async fn healthcheck(listen: &str) -> Result<(), String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = listen.replace("0.0.0.0", "127.0.0.1").replace("[::]", "[::1]");
    let request = async {
        let mut stream = tokio::net::TcpStream::connect(&address).await?;
        stream.write_all(format!("GET /readyz HTTP/1.0\r\nHost: {address}\r\n\r\n").as_bytes()).await?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await?;
        Ok::<_, std::io::Error>(String::from_utf8_lossy(&answer).into_owned())
    };
    let answer = tokio::time::timeout(Duration::from_secs(5), request)
        .await
        .map_err(|_| format!("{address}: no answer within 5 s"))?
        .map_err(|e| format!("{address}: {e}"))?;
    let status = answer.lines().next().unwrap_or_default();
    if status.split_whitespace().nth(1) == Some("200") { Ok(()) } else { Err(format!("{address}: {status}")) }
}
