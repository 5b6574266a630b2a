//! The shared application state: one cheap-to-clone handle to everything a request needs.

use std::{ops::Deref, sync::Arc};

use failnight_core::{Clock, Db};
use failnight_reminders::Sender;
use tokio::sync::Notify;

#[derive(Debug)]
pub struct App {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    /// Who emails come from and the public base URL (no trailing slash).
    pub sender: Sender,
    /// Rung after a commit that queued email, so the dispatcher sends it at once.
    pub mail_wake: Arc<Notify>,
    /// How far ahead series nights are materialised.
    pub series_horizon: chrono::Duration,
    /// Whether rate limits apply (`FAILNIGHT_RATE_LIMITS`).
    pub rate_limits: bool,
    /// Set when shutdown begins: /readyz answers 503 from then on.
    pub draining: std::sync::atomic::AtomicBool,
    /// Stripe (or a fake of it in tests); `None` without Stripe settings: paid tickets are
    /// then unavailable and the API says why.
    pub payments: Option<Arc<dyn failnight_ticketing::payments::Payments>>,
    /// How often the ticketing worker runs.
    pub ticketing_interval: std::time::Duration,
    /// Rendered public pages and feeds (see `cache`).
    pub pages: crate::cache::PageCache,
    /// Turns for requests that write (see `startup::take_a_turn`).
    pub write_turns: tokio::sync::Semaphore,
    /// Bookings waiting for their night's next group (see `services::bookings`).
    pub bookings: crate::services::bookings::Bookings,
}

#[derive(Debug, Clone)]
pub struct AppState(pub Arc<App>);

impl Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.0
    }
}

impl AppState {
    /// The state of one process: `base_url` is where links in pages and emails point;
    /// `payments` is Stripe when it is configured.
    pub fn new(
        settings: &crate::Settings,
        db: Db,
        clock: Arc<dyn Clock>,
        base_url: String,
        payments: Option<Arc<dyn failnight_ticketing::payments::Payments>>,
    ) -> Self {
        let sender =
            Sender { from_name: settings.mail_from_name.clone(), from_email: settings.mail_from.clone(), base_url };
        AppState(Arc::new(App {
            db,
            clock,
            sender,
            mail_wake: Arc::default(),
            series_horizon: chrono::Duration::days(i64::from(settings.series_horizon_days)),
            rate_limits: settings.rate_limits == "on",
            draining: Default::default(),
            payments,
            ticketing_interval: std::time::Duration::from_secs(settings.ticketing_interval_secs.max(1)),
            pages: Default::default(),
            write_turns: tokio::sync::Semaphore::new(crate::startup::MAX_WRITES_IN_FLIGHT),
            bookings: Default::default(),
        }))
    }
}

impl App {
    pub fn base_url(&self) -> &str {
        &self.sender.base_url
    }
}
