//! Start-up in steps tests can call: [`Application::build`] opens and migrates the database
//! and binds the listener (port 0 works); [`Application::serve`] runs the server and the
//! in-process workers until the shutdown future resolves, then drains both.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context;
use axum::{
    Router,
    body::Body,
    extract::{ConnectInfo, DefaultBodyLimit, Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use failnight_core::{Clock, Db, Message, SystemClock, db::DbOptions};
use failnight_reminders::{MailTransport, Mailbox};
use tokio::{net::TcpListener, sync::watch};
use tower_http::{
    csrf::{CsrfLayer, ProtectionError},
    set_header::SetResponseHeaderLayer,
    trace::TraceLayer,
};

use crate::{AppState, Settings, error::AppError, lessons, pages, speak, stage};

/// Request bodies larger than this are refused with 413 (deck uploads excepted: see
/// `slides::UPLOAD_BODY_LIMIT`).
pub const BODY_LIMIT: usize = 64 * 1024;
/// Requests that write handled at once; more wait (within the request timeout) for a turn.
pub const MAX_WRITES_IN_FLIGHT: usize = 128;

/// Requests that write (not GET or HEAD) past [`MAX_WRITES_IN_FLIGHT`] wait for a turn before
/// their handler exists, so a crowd of bookings (a popular night opening) costs their sockets,
/// not their work's memory. Reads, health checks included, never wait. The body is read first,
/// whole (at most [`BODY_LIMIT`]) and within the body timeout (else 408): a turn is only ever
/// held by a request that is ready to run, so clients sending their bodies a byte a second
/// cannot take every turn and stop everyone's bookings, sign-ins and webhooks.
async fn take_a_turn(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let path = request.uri().path().to_string();
    // A body we did not read to its end leaves the connection unusable for another request:
    // say so (`Connection: close`), or a client's pool would send its next request on it.
    let refuse = |error: AppError| {
        let mut response = crate::error::answer(&path, error);
        response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
        response
    };
    // A deck upload is the one large, slow body: its own limit and deadline, and a turn of its
    // own among few, so uploads cannot hold much memory at once.
    let upload = crate::slides::is_upload(request.method(), &path);
    let (limit, timeout) = if upload {
        (crate::slides::UPLOAD_BODY_LIMIT, crate::slides::UPLOAD_BODY_TIMEOUT)
    } else {
        (BODY_LIMIT, state.body_timeout)
    };
    let too_large = || {
        let message = if upload {
            Message::new("error-upload-too-large").arg("mb", limit / (1024 * 1024))
        } else {
            Message::new("error-body-too-large")
        };
        refuse(AppError::PayloadTooLarge(message))
    };
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return too_large();
    }
    let _upload_turn = if upload { Some(state.upload_turns.acquire().await) } else { None };
    let (parts, body) = request.into_parts();
    let body = match tokio::time::timeout(timeout, axum::body::to_bytes(body, limit)).await {
        Ok(Ok(body)) => body,
        Ok(Err(error)) => {
            if error.into_inner().downcast_ref::<http_body_util::LengthLimitError>().is_some() {
                return too_large();
            }
            return refuse(AppError::BadRequest("bad_body", "error-bad-body".into()));
        }
        Err(_) => return refuse(AppError::RequestTimeout),
    };
    // Counted from here (its body read, ready to run): while many are, the outbox gives way.
    let _writing = state.foreground.write();
    let _turn = state.write_turns.acquire().await;
    next.run(Request::from_parts(parts, Body::from(body))).await
}

/// How long a request may take from its head to its answer.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A request not answered within [`REQUEST_TIMEOUT`] is answered 408, in the shape its path
/// expects (the API's JSON error, a page elsewhere), like every other refusal; a deck upload
/// gets its body's deadline plus as long again to process it.
async fn deadline(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let limit = if crate::slides::is_upload(request.method(), &path) {
        crate::slides::UPLOAD_BODY_TIMEOUT * 2
    } else {
        REQUEST_TIMEOUT
    };
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => crate::error::answer(&path, AppError::RequestTimeout),
    }
}

/// Every route of the service.
pub fn build_router(state: AppState) -> Router {
    let (api, openapi) = crate::api::router();
    // Written out once: the document is the same for the process's life, and kept as a
    // value it held 5 MB (and each request cloned all of it to serialise it).
    let openapi = axum::body::Bytes::from(serde_json::to_vec(&openapi).expect("the OpenAPI document serialises"));
    let openapi = move || std::future::ready(([(header::CONTENT_TYPE, "application/json")], openapi));
    Router::new()
        .route("/", get(pages::index))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/static/style.css", get(pages::stylesheet))
        .route("/static/door.js", get(pages::door_js))
        .route("/static/share.js", get(pages::share_js))
        .route("/static/jsqr.js", get(pages::jsqr_js))
        .route("/favicon.svg", get(pages::icon))
        .route("/manifest.webmanifest", get(pages::manifest))
        .route("/static/timing.js", get(stage::timing_js))
        .route("/static/stage.js", get(stage::stage_js))
        .route("/static/live.js", get(stage::live_js))
        .route("/e/{id}/live", get(stage::live))
        .route("/e/{id}/live/events", get(stage::live_events))
        .route("/e/{id}/live/ask", post(stage::ask))
        .route("/e/{id}/live/questions/{question}/vote", post(stage::vote))
        .route("/static/player.js", get(crate::slides::player_js))
        .route("/c/{slug}", get(pages::chapter))
        .route("/c/{slug}/card.png", get(crate::cards::chapter))
        .route("/c/{slug}/brand.css", get(pages::brand_css))
        .route("/c/{slug}/logo/{hash}", get(pages::logo))
        .route("/c/{slug}/calendar.ics", get(pages::chapter_feed))
        .route("/c/{slug}/nights.atom", get(crate::feeds::atom))
        .route("/c/{slug}/nights.json", get(crate::feeds::json))
        .route("/c/{slug}/widget", get(crate::widget::page))
        .route("/c/{slug}/widget.json", get(crate::widget::json))
        .route("/static/widget.css", get(crate::widget::stylesheet))
        .route("/embed.js", get(crate::widget::script))
        .route("/e/{id}", get(pages::event))
        .route("/e/{id}/card.png", get(crate::cards::night))
        .route("/e/{id}/cover/{hash}", get(pages::cover))
        .route("/e/{id}/speakers/{hash}", get(pages::speaker_photo))
        .route("/e/{id}/rsvp", post(pages::rsvp))
        .route("/e/{id}/event.ics", get(pages::event_ics_file))
        .route("/t/{token}", get(pages::ticket))
        .route("/u/{token}", get(pages::unsubscribe_page).post(pages::unsubscribe))
        .route("/t/{token}/cancel", get(pages::cancel_page).post(pages::cancel_post))
        .route("/t/{token}/accept", get(pages::accept_page).post(pages::accept_post))
        .route("/t/{token}/still-coming", get(pages::still_coming_page).post(pages::still_coming_post))
        .route("/c/{slug}/speak", get(speak::call).post(speak::submit))
        .route("/c/{slug}/speak/thanks", get(speak::thanks))
        .route("/lessons", get(lessons::library))
        .route("/lessons/learned", get(lessons::learned))
        .route("/lessons/feed.atom", get(lessons::feed_all))
        .route("/lessons/topics/{topic}/feed.atom", get(lessons::feed_topic))
        .route("/lessons/{id}", get(lessons::lesson))
        .route("/lessons/{id}/card.png", get(crate::cards::lesson))
        .route("/lessons/{id}/slides/{hash}", get(lessons::slide))
        .route("/c/{slug}/lessons.atom", get(lessons::feed_chapter))
        .route("/sitemap.xml", get(lessons::sitemap))
        .merge(speak::private_router())
        .merge(crate::feedback::router())
        .merge(crate::conduct::router())
        .route("/api/v1/openapi.json", get(openapi))
        .merge(api)
        .merge(crate::host::router(&state))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn(crate::lang::remember))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(state.clone(), take_a_turn))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::client::in_flight))
        .layer(csrf_layer(&state))
        .layer(SetResponseHeaderLayer::if_not_present(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, frame_options))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(axum::middleware::from_fn(deadline))
        .route_layer(axum::middleware::from_fn(crate::metrics::track))
        .layer(TraceLayer::new_for_http().make_span_with(crate::logs::request_span::<Body>))
        .with_state(state)
}

/// `X-Frame-Options: DENY`, unless the answer's own policy lets any site frame it (the widget).
fn frame_options(response: &Response) -> Option<HeaderValue> {
    let policy = response.headers().get(header::CONTENT_SECURITY_POLICY).and_then(|p| p.to_str().ok());
    if policy.is_some_and(|p| p.contains("frame-ancestors *")) { None } else { Some(HeaderValue::from_static("DENY")) }
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
        lang: crate::lang::current().or_english(),
        title: "Forbidden".into(),
        message: "This form was sent from another site, so it was refused. Open the page here and send it again."
            .into(),
    };
    (StatusCode::FORBIDDEN, page).into_response()
}

async fn not_found(uri: axum::http::Uri) -> Response {
    crate::error::answer(uri.path(), AppError::NotFound("error-nothing-here".into()))
}

/// A known path with a method it does not take: 405 in the path's shape (axum adds `Allow`).
async fn method_not_allowed(uri: axum::http::Uri) -> Response {
    crate::error::answer(uri.path(), AppError::MethodNotAllowed)
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
    /// The listener of `/metrics` alone (`FAILNIGHT_METRICS_LISTEN`), when metrics are on.
    metrics_listener: Option<TcpListener>,
    state: AppState,
    transport: MailTransport,
    from: Mailbox,
    drain: Duration,
    header_timeout: Duration,
}

impl Application {
    /// Opens and migrates the database, prepares the mail transport and binds the listener.
    pub async fn build(settings: &Settings) -> anyhow::Result<Self> {
        Self::build_with_clock(settings, Arc::new(SystemClock)).await
    }

    pub async fn build_with_clock(settings: &Settings, clock: Arc<dyn Clock>) -> anyhow::Result<Self> {
        if settings.pseudo_locale == "on" {
            failnight_core::i18n::enable_pseudo_locale();
        }
        let db = open_database(settings).await?;
        let listener = TcpListener::bind(&settings.listen)
            .await
            .with_context(|| format!("while binding FAILNIGHT_LISTEN={}", settings.listen))?;
        let metrics_listener = match settings.metrics_listen() {
            Some(address) => Some(
                TcpListener::bind(address)
                    .await
                    .with_context(|| format!("while binding FAILNIGHT_METRICS_LISTEN={address}"))?,
            ),
            None => None,
        };
        let addr = listener.local_addr()?;
        let (state, transport, from) = state_from(settings, db, clock, Some(addr))?;
        crate::metrics::init();
        Ok(Application {
            listener,
            metrics_listener,
            state,
            transport,
            from,
            drain: Duration::from_secs(settings.drain_seconds),
            header_timeout: Duration::from_secs(settings.header_timeout_secs.max(1)),
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    /// The address `/metrics` is served on, when metrics are on.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics_listener.as_ref().map(|l| l.local_addr().expect("a bound listener has an address"))
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` resolves; with `workers`, also runs the background workers
    /// in this process. In-flight requests and the current email batch finish first.
    pub async fn serve(self, workers: bool, shutdown: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = watch::channel(false);
        let worker_handles = if workers {
            failnight_app::jobs::spawn(&self.state, self.transport.clone(), self.from.clone(), stop_rx.clone())
        } else {
            Vec::new()
        };
        // One listener per process for the stage's changes made by other instances.
        let listener = self.state.live.spawn_listener(&self.state.db, stop_rx.clone());
        let router = build_router(self.state.clone());
        let (state, drain) = (self.state.clone(), self.drain);
        let (closing_tx, closing_rx) = watch::channel(false);
        let shutdown = async move {
            shutdown.await;
            // Tell load balancers first (/readyz turns 503), then stop taking connections;
            // requests in flight finish either way.
            state.draining.store(true, std::sync::atomic::Ordering::SeqCst);
            // Live streams never end by themselves: end them, their browsers reconnect.
            state.live.close();
            tokio::time::sleep(drain).await;
            let _ = closing_tx.send(true);
        };
        let metrics = self.metrics_listener.map(|listener| {
            let mut closing = closing_rx.clone();
            let closed = async move {
                let _ = closing.wait_for(|closing| *closing).await;
            };
            tokio::spawn(serve_http(listener, crate::metrics::router(self.state.clone()), self.header_timeout, closed))
        });
        serve_http(self.listener, router, self.header_timeout, shutdown).await;
        if let Some(metrics) = metrics {
            let _ = metrics.await;
        }
        let _ = stop_tx.send(true);
        for handle in worker_handles.into_iter().chain(listener) {
            let _ = handle.await;
        }
        self.state.db.close().await;
        Ok(())
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the requests in flight
/// finish. A connection must send each request's head within `header_timeout` of starting to
/// wait for it (hyper's timer runs from then, so it also closes an idle keep-alive connection
/// after as long): a client trickling its headers (slowloris) or parking idle connections
/// cannot hold sockets. Handlers see the peer as `ConnectInfo<SocketAddr>`.
async fn serve_http(
    mut listener: TcpListener,
    router: Router,
    header_timeout: Duration,
    shutdown: impl Future<Output = ()>,
) {
    use hyper_util::{
        rt::{TokioIo, TokioTimer},
        server::graceful::GracefulShutdown,
        service::TowerToHyperService,
    };
    use tower::ServiceExt;
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(header_timeout);
    let connections = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = axum::serve::Listener::accept(&mut listener) => accepted,
            () = &mut shutdown => break,
        };
        let service = router.clone().map_request(move |mut request: axum::http::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            request.map(Body::new)
        });
        let connection =
            connections.watch(http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)));
        tokio::spawn(async move {
            // A client that went away or sent no head in time: nothing to answer.
            let _ = connection.await;
        });
    }
    drop(listener);
    // Requests have their deadline; a streamed body (a long export to a client that stopped
    // reading) has none, so the wait for the last connections has one.
    if tokio::time::timeout(DRAIN_LIMIT, connections.shutdown()).await.is_err() {
        tracing::warn!("connections still open after {} s of draining were closed", DRAIN_LIMIT.as_secs());
    }
}

/// How long a stopping server waits for its open connections to finish.
pub const DRAIN_LIMIT: Duration = Duration::from_secs(30);

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
        Some(url) => MailTransport::smtp_with_timeout(
            &url.0,
            settings.smtp_connections,
            Duration::from_secs(settings.smtp_timeout_secs),
        )
        .map_err(anyhow::Error::msg)
        .context("FAILNIGHT_SMTP_URL")?,
        None => MailTransport::files(&settings.mail_dir)
            .with_context(|| format!("while creating the mail folder {}", settings.mail_dir.display()))?,
    };
    let state = AppState::new(settings, settings.context(db, clock, base_url, payments_from(settings)?))
        .map_err(anyhow::Error::msg)?;
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
