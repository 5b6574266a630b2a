#![doc = include_str!("../README.md")]

pub mod accounts;
pub mod error;
pub mod jobs;
pub mod live;
pub mod messages;
pub mod permissions;
pub mod reminders;
pub mod services;

use std::{ops::Deref, sync::Arc};

use failnight_core::{Clock, Db, foreground::Foreground};
use failnight_reminders::Sender;
use failnight_ticketing::payments::Payments;
use tokio::sync::Notify;

pub use accounts::Role;
pub use error::Error;
pub use permissions::Operation;
pub use services::{Actor, Mode};

/// What every use case may need, and nothing of HTTP: the database, the clock, who emails come
/// from, the dispatcher's wake-up, the payment provider and the nights' booking queues. Cheap
/// to clone (one `Arc`); the gateway, the CLI, the workers, the tests and the benchmark each
/// hold one.
#[derive(Debug, Clone)]
pub struct Context(Arc<Parts>);

/// The parts of a [`Context`].
#[derive(Debug)]
pub struct Parts {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    /// Who emails come from and the public base URL (no trailing slash).
    pub sender: Sender,
    /// Rung after a commit that queued email, so the dispatcher sends it at once.
    pub mail_wake: Arc<Notify>,
    /// The writing requests in flight (counted by the gateway), which the dispatcher gives
    /// way to while they are many.
    pub foreground: Foreground,
    /// Stripe (or a fake of it in tests); `None` without Stripe settings: paid tickets are
    /// then unavailable and the use cases say why.
    pub payments: Option<Arc<dyn Payments>>,
    pub options: Options,
    /// Bookings waiting for their night's next group (see [`services::bookings`]).
    pub bookings: services::bookings::Bookings,
    /// Reads of tickets by token waiting for their next group (see [`services::ticket_reads`]).
    pub tickets: services::ticket_reads::TicketReads,
    /// Tells the stage's and the questions' views that something changed (see [`live`]).
    pub live: live::Hub,
    /// Rung after a PDF deck is stored, so the render job starts at once.
    pub deck_wake: Arc<Notify>,
    /// The lessons library's popular searches, kept until a lesson changes.
    pub library: failnight_submissions::lessons::Library,
    /// What each chapter's past nights teach the turnout forecast, kept a few minutes.
    pub learnt: services::insights::Learnt,
    /// Posts the webhooks' deliveries (and knows where they may go).
    pub webhooks: failnight_webhooks::Deliverer,
    /// Rung when a delivery is due now (a redelivery, an endpoint resumed).
    pub webhook_wake: Arc<Notify>,
}

/// The knobs of the use cases and jobs, with production's defaults.
#[derive(Debug, Clone)]
pub struct Options {
    /// How far ahead series nights are materialised.
    pub series_horizon: chrono::Duration,
    /// How often the ticketing job runs.
    pub ticketing_interval: std::time::Duration,
    /// On shutdown, how long the emails being delivered may still finish before they are
    /// released to another dispatcher (`DispatcherOptions::grace`).
    pub mail_grace: std::time::Duration,
    /// The `failnight` binary that renders PDF decks (`failnight render-pdf`) in a child
    /// process; `None`: PDFs are refused with a sentence saying to upload images.
    pub pdf_renderer: Option<std::path::PathBuf>,
    /// How long one PDF may take to render, all pages together.
    pub pdf_deadline: std::time::Duration,
    /// Addresses webhooks may go to although they are not public (`FAILNIGHT_WEBHOOK_ALLOW`).
    pub webhook_allow: Vec<std::net::IpAddr>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            series_horizon: chrono::Duration::days(183),
            ticketing_interval: std::time::Duration::from_secs(30),
            mail_grace: std::time::Duration::from_secs(10),
            pdf_renderer: None,
            pdf_deadline: std::time::Duration::from_secs(60),
            webhook_allow: Vec::new(),
        }
    }
}

impl Context {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        sender: Sender,
        payments: Option<Arc<dyn Payments>>,
        options: Options,
    ) -> Self {
        let policy = Arc::new(failnight_webhooks::Policy::new(options.webhook_allow.clone()));
        let webhooks = failnight_webhooks::Deliverer::new(db.clone(), clock.clone(), policy);
        Context(Arc::new(Parts {
            db,
            clock,
            sender,
            mail_wake: Arc::default(),
            foreground: Foreground::default(),
            payments,
            options,
            bookings: Default::default(),
            tickets: Default::default(),
            live: Default::default(),
            deck_wake: Arc::default(),
            library: Default::default(),
            learnt: Default::default(),
            webhooks,
            webhook_wake: Arc::default(),
        }))
    }

    /// Where links in emails point (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.sender.base_url
    }
}

impl Deref for Context {
    type Target = Parts;
    fn deref(&self) -> &Parts {
        &self.0
    }
}
