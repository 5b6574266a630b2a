//! The shared application state: the use cases' [`Context`] plus what only HTTP needs (the
//! page cache and the sessions kept with it, the drain flag, write turns, rate limits, who the client is). One cheap-to-clone handle; it
//! dereferences to the context, so a handler passes `&state` where a use case wants `&Context`.

use std::{ops::Deref, sync::Arc};

use failnight_app::Context;

#[derive(Debug)]
pub struct App {
    pub ctx: Context,
    /// Whether rate limits apply (`FAILNIGHT_RATE_LIMITS`).
    pub rate_limits: bool,
    /// Set when shutdown begins: /readyz answers 503 from then on.
    pub draining: std::sync::atomic::AtomicBool,
    /// Rendered public pages and feeds (see `cache`).
    pub pages: crate::cache::PageCache,
    /// Who a session cookie is, and a host's chapters and roles there, kept like the pages
    /// (see `auth`): a host's pages ask the database only after a write.
    pub sessions: crate::cache::Memo<failnight_app::accounts::SessionHost>,
    pub roles: crate::cache::Memo<(failnight_scheduling::Chapter, failnight_app::Role)>,
    /// Every chapter, kept like the pages: the lessons library's filter lists them on every
    /// search.
    pub chapters: crate::cache::Memo<Arc<Vec<failnight_scheduling::Chapter>>>,
    /// Nights' details by id, kept like the pages (see [`AppState::night`]).
    pub nights: crate::cache::Memo<Arc<failnight_scheduling::EventDetails>>,
    /// The lessons' list entries as rendered, kept while the lessons do not change (see
    /// `lessons::entries`).
    pub lesson_entries: crate::lessons::entries::Entries,
    /// The door's search of a night's guests, kept like the pages (see `host::door`).
    pub seated_names: crate::cache::Made<Arc<crate::host::SeatedNames>>,
    /// What the door page shows of a night whatever is searched, kept like the pages (see
    /// `host::door`).
    pub door_heads: crate::cache::Memo<crate::host::DoorHead>,
    /// Turns for requests that write (see `startup::take_a_turn`).
    pub write_turns: tokio::sync::Semaphore,
    /// Deck uploads whose bodies are being read (see `slides::UPLOADS_AT_ONCE`).
    pub upload_turns: tokio::sync::Semaphore,
    /// How long a request's body may take to arrive (`FAILNIGHT_BODY_TIMEOUT_SECS`).
    pub body_timeout: std::time::Duration,
    /// Whose `X-Forwarded-For` is believed (`FAILNIGHT_TRUSTED_PROXIES`, see `client`).
    pub trusted_proxies: crate::client::TrustedProxies,
    /// Requests in the server per client (see `client::in_flight`).
    pub in_flight: crate::client::InFlight,
}

#[derive(Debug, Clone)]
pub struct AppState(pub Arc<App>);

impl Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.0
    }
}

impl Deref for App {
    type Target = Context;
    fn deref(&self) -> &Context {
        &self.ctx
    }
}

impl AppState {
    /// The state for `settings`; the error names a setting that does not parse.
    pub fn new(settings: &crate::Settings, ctx: Context) -> Result<Self, String> {
        Ok(AppState(Arc::new(App {
            ctx,
            rate_limits: settings.rate_limits == "on",
            draining: Default::default(),
            pages: Default::default(),
            sessions: Default::default(),
            roles: Default::default(),
            chapters: Default::default(),
            nights: Default::default(),
            lesson_entries: Default::default(),
            seated_names: crate::cache::Made::with_capacity(crate::host::SEATED_NIGHTS_KEPT),
            door_heads: crate::cache::Memo::with_capacity(crate::host::SEATED_NIGHTS_KEPT),
            write_turns: tokio::sync::Semaphore::new(crate::startup::MAX_WRITES_IN_FLIGHT),
            upload_turns: tokio::sync::Semaphore::new(crate::slides::UPLOADS_AT_ONCE),
            body_timeout: std::time::Duration::from_secs(settings.body_timeout_secs.max(1)),
            trusted_proxies: settings.trusted_proxies()?,
            in_flight: Default::default(),
        })))
    }

    /// The page cache's version now, on the injected clock: read it before reading what a
    /// page or a kept value is made of (see `cache`).
    pub async fn version(&self) -> crate::cache::Version {
        self.pages.version(&self.db, self.clock.timestamp()).await
    }

    /// A night's details, kept like the pages while nothing was written: every guest's ticket
    /// page shows its night, and reading it took half of the page's database work.
    pub async fn night(&self, id: i64) -> Result<Option<Arc<failnight_scheduling::EventDetails>>, sqlx::Error> {
        let version = self.version().await;
        self.nights
            .get_or_read(id.to_string(), version, || async {
                Ok(failnight_scheduling::events::get(&self.db, id).await?.map(Arc::new))
            })
            .await
    }
}
