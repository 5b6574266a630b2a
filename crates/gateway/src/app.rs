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
    /// Stripe (or a fake of it in tests); `None` without Stripe settings: paid tickets are
    /// then unavailable and the API says why.
    pub payments: Option<Arc<dyn failnight_ticketing::payments::Payments>>,
    /// How often the ticketing worker runs.
    pub ticketing_interval: std::time::Duration,
}

#[derive(Debug, Clone)]
pub struct AppState(pub Arc<App>);

impl Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.0
    }
}

impl App {
    pub fn base_url(&self) -> &str {
        &self.sender.base_url
    }
}
