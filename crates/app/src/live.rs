//! The live hub: tells every view of a night, in this process and in every other one on the
//! same PostgreSQL, that its stage or its questions changed. A message is only a nudge (the
//! night, and the stage's version): receivers read the state again from the database, so a
//! lost or duplicated message costs a read, never a wrong screen.
//!
//! - In the process: one `tokio::sync::broadcast` channel per night with viewers.
//! - Across processes (PostgreSQL): the use case writes `pg_notify('failnight_stage', …)` in
//!   the transaction of the change (delivered on commit, never for a rollback), and one
//!   listener task per process ([`Hub::spawn_listener`]) hands what arrives to the night's
//!   channel. The listener proves itself alive with a ping through its own channel every
//!   [`PING`] and reconnects when it heard nothing for [`SILENCE`] or lost its connection;
//!   after every (re)connection all views are told to resync, since notifications sent
//!   meanwhile are lost.
//! - On SQLite (one process by design) the in-process channel is all there is.
//!
//! Each night's views in a process also share their reads ([`Hub::shared`]): a change wakes a
//! thousand phones, and the first to ask reads the night while the others wait for its
//! reading, so a change costs one read per process, not one per view.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use failnight_core::{Db, Tx};
use tokio::{
    sync::{broadcast, mpsc, watch},
    task::JoinHandle,
};

/// The PostgreSQL channel of the stage's notifications.
pub const CHANNEL: &str = "failnight_stage";
/// How often the listener sends itself a ping.
pub const PING: Duration = Duration::from_secs(10);
/// How long the listener may hear nothing (not even its ping) before it reconnects.
pub const SILENCE: Duration = Duration::from_secs(30);
/// The deadline of connecting the listener and of each ping.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// What changed about a night.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The stage, now at this version.
    Stage(i64),
    /// Its questions (asked, voted, moderated).
    Questions,
    /// Messages may have been lost (a listener reconnected, a slow receiver lagged): read it all.
    Resync,
}

impl Change {
    fn payload(self, event_id: i64) -> String {
        match self {
            Change::Stage(version) => format!("{event_id}:s:{version}"),
            Change::Questions => format!("{event_id}:q"),
            Change::Resync => format!("{event_id}:r"),
        }
    }

    fn parse(payload: &str) -> Option<(i64, Change)> {
        let mut parts = payload.split(':');
        let event_id = parts.next()?.parse().ok()?;
        let change = match (parts.next()?, parts.next()) {
            ("s", Some(version)) => Change::Stage(version.parse().ok()?),
            ("q", None) => Change::Questions,
            ("r", None) => Change::Resync,
            _ => return None,
        };
        Some((event_id, change))
    }
}

/// The process's hub; cheap to clone.
#[derive(Debug, Clone)]
pub struct Hub(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    nights: Mutex<HashMap<i64, Night>>,
    closed: watch::Sender<bool>,
    listening: AtomicBool,
}

/// A night with views in this process.
#[derive(Debug)]
struct Night {
    sender: broadcast::Sender<Change>,
    /// Counts the changes heard: a reading made at an older count may be out of date.
    heard: u64,
    last: Arc<tokio::sync::Mutex<Option<Reading>>>,
}

impl Night {
    fn new() -> Night {
        Night { sender: broadcast::channel(64).0, heard: 0, last: Arc::default() }
    }
}

/// A night's last reading, shared by its views.
#[derive(Debug)]
struct Reading {
    heard: u64,
    at: tokio::time::Instant,
    value: Arc<dyn std::any::Any + Send + Sync>,
}

/// How long a reading serves views that come without a change (a new view, a reconnection):
/// the lineup or a deck can change without telling the hub, so those views read again unless
/// another one just did.
pub const SHARE_FOR: Duration = Duration::from_secs(1);

impl Default for Hub {
    fn default() -> Self {
        Hub(Arc::new(Inner {
            nights: Mutex::default(),
            closed: watch::channel(false).0,
            listening: AtomicBool::new(false),
        }))
    }
}

impl Hub {
    /// The changes of `event_id` from now on.
    pub fn subscribe(&self, event_id: i64) -> broadcast::Receiver<Change> {
        let mut nights = self.0.nights.lock().unwrap_or_else(|e| e.into_inner());
        nights.retain(|_, night| night.sender.receiver_count() > 0);
        nights.entry(event_id).or_insert_with(Night::new).sender.subscribe()
    }

    /// Tells this process's views of `event_id`.
    pub fn publish(&self, event_id: i64, change: Change) {
        let mut nights = self.0.nights.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(night) = nights.get_mut(&event_id) {
            night.heard += 1;
            let _ = night.sender.send(change);
        }
    }

    fn resync_all(&self) {
        let mut nights = self.0.nights.lock().unwrap_or_else(|e| e.into_inner());
        for night in nights.values_mut() {
            night.heard += 1;
            let _ = night.sender.send(Change::Resync);
        }
    }

    /// What `read` gives for `event_id`, shared by the night's views in this process: one
    /// view reads while the others wait and take its reading, which serves until the next
    /// change heard (or [`SHARE_FOR`], for views that come without one). A night with no
    /// views here is simply read.
    pub async fn shared<T, E, F>(&self, event_id: i64, read: F) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        F: AsyncFnOnce() -> Result<T, E>,
    {
        let slot = {
            let nights = self.0.nights.lock().unwrap_or_else(|e| e.into_inner());
            nights.get(&event_id).map(|night| night.last.clone())
        };
        let Some(slot) = slot else { return read().await.map(Arc::new) };
        let mut last = slot.lock().await;
        let heard = {
            let nights = self.0.nights.lock().unwrap_or_else(|e| e.into_inner());
            nights.get(&event_id).map_or(u64::MAX, |night| night.heard)
        };
        if let Some(reading) = last.as_ref()
            && reading.heard == heard
            && reading.at.elapsed() < SHARE_FOR
            && let Ok(value) = reading.value.clone().downcast::<T>()
        {
            return Ok(value);
        }
        let value = Arc::new(read().await?);
        *last = Some(Reading { heard, at: tokio::time::Instant::now(), value: value.clone() });
        Ok(value)
    }

    /// Ends every live stream of this process (on shutdown: they would hold their connections
    /// open; the browsers reconnect, to another instance behind a load balancer).
    pub fn close(&self) {
        self.0.closed.send_replace(true);
    }

    /// Changes to `true` when the hub closes.
    pub fn closed(&self) -> watch::Receiver<bool> {
        self.0.closed.subscribe()
    }

    /// Whether this process hears other processes' changes now (always false on SQLite).
    pub fn listening(&self) -> bool {
        self.0.listening.load(Ordering::SeqCst)
    }

    /// On PostgreSQL, starts the process's one listener task; it ends when `stop` changes.
    /// `None` on SQLite.
    pub fn spawn_listener(&self, db: &Db, stop: watch::Receiver<bool>) -> Option<JoinHandle<()>> {
        let Db::Postgres(pool) = db else { return None };
        Some(tokio::spawn(listen(self.clone(), pool.clone(), stop)))
    }
}

/// Tells every process, on commit of `tx`, that `event_id` changed (PostgreSQL; nothing on
/// SQLite, where the use case's [`Hub::publish`] after commit is all there is).
pub async fn notify(tx: &mut Tx, event_id: i64, change: Change) -> Result<(), sqlx::Error> {
    if let Tx::Postgres(tx, _) = tx {
        sqlx::query("SELECT pg_notify($1, $2)").bind(CHANNEL).bind(change.payload(event_id)).execute(&mut **tx).await?;
    }
    Ok(())
}

/// The listener: connect, LISTEN, hand notifications to the hub; reconnect with backoff
/// (0.1 s doubling to 5 s) when the connection is lost or silent.
async fn listen(hub: Hub, pool: sqlx::PgPool, mut stop: watch::Receiver<bool>) {
    let mut backoff = Duration::from_millis(100);
    loop {
        let connected = tokio::time::timeout(CONNECT_TIMEOUT, async {
            let mut listener = sqlx::postgres::PgListener::connect_with(&pool).await?;
            listener.listen(CHANNEL).await?;
            Ok::<_, sqlx::Error>(listener)
        })
        .await;
        match connected {
            Ok(Ok(listener)) => {
                backoff = Duration::from_millis(100);
                hub.0.listening.store(true, Ordering::SeqCst);
                // Whatever was sent while we were not listening is lost: views read again.
                hub.resync_all();
                let stopped = relay(&hub, &pool, listener, &mut stop).await;
                hub.0.listening.store(false, Ordering::SeqCst);
                if stopped {
                    return;
                }
                hub.resync_all();
            }
            Ok(Err(error)) => tracing::warn!(%error, "stage listener could not connect; trying again"),
            Err(_) => tracing::warn!("stage listener did not connect in time; trying again"),
        }
        tokio::select! {
            _ = tokio::time::sleep(backoff) => {}
            _ = stop.changed() => return,
        }
        backoff = (backoff * 2).min(Duration::from_secs(5));
    }
}

/// Relays one connection's notifications until it is lost or silent (false) or `stop`
/// changes (true). The listener is read by a task of its own and never cancelled mid-read;
/// giving up on it drops it whole.
async fn relay(
    hub: &Hub,
    pool: &sqlx::PgPool,
    mut listener: sqlx::postgres::PgListener,
    stop: &mut watch::Receiver<bool>,
) -> bool {
    let (tx, mut rx) = mpsc::channel::<Option<String>>(256);
    let reader = tokio::spawn(async move {
        loop {
            let next = match listener.try_recv().await {
                Ok(Some(notification)) => Some(notification.payload().to_string()),
                Ok(None) | Err(_) => None,
            };
            let lost = next.is_none();
            if tx.send(next).await.is_err() || lost {
                return;
            }
        }
    });
    let mut ping = tokio::time::interval(PING);
    let mut heard = tokio::time::Instant::now();
    let stopped = loop {
        tokio::select! {
            _ = stop.changed() => break true,
            _ = ping.tick() => {
                let sent = tokio::time::timeout(
                    CONNECT_TIMEOUT,
                    sqlx::query("SELECT pg_notify($1, 'ping')").bind(CHANNEL).execute(pool),
                )
                .await;
                if !matches!(sent, Ok(Ok(_))) {
                    tracing::debug!("stage listener could not send its ping");
                }
            }
            () = tokio::time::sleep_until(heard + SILENCE) => {
                tracing::warn!("stage listener heard nothing, not even its ping; reconnecting");
                break false;
            }
            got = rx.recv() => match got {
                Some(Some(payload)) => {
                    heard = tokio::time::Instant::now();
                    if let Some((event_id, change)) = Change::parse(&payload) {
                        hub.publish(event_id, change);
                    }
                }
                Some(None) | None => {
                    tracing::warn!("stage listener lost its connection; reconnecting");
                    break false;
                }
            },
        }
    };
    reader.abort();
    stopped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_parse_back() {
        for change in [Change::Stage(0), Change::Stage(123_456), Change::Questions, Change::Resync] {
            assert_eq!(Change::parse(&change.payload(42)), Some((42, change)));
        }
        for junk in ["", "ping", "42", "42:s", "42:x", "x:q", "42:q:1"] {
            assert_eq!(Change::parse(junk), None, "{junk}");
        }
    }

    #[tokio::test]
    async fn a_night_hears_its_own_changes_only() {
        let hub = Hub::default();
        let mut one = hub.subscribe(1);
        let mut two = hub.subscribe(2);
        hub.publish(1, Change::Stage(3));
        assert_eq!(one.recv().await.unwrap(), Change::Stage(3));
        assert!(two.try_recv().is_err());
        hub.resync_all();
        assert_eq!(two.recv().await.unwrap(), Change::Resync);
    }

    #[tokio::test]
    async fn views_share_a_reading_until_the_next_change() {
        let hub = Hub::default();
        let reads = std::sync::atomic::AtomicU64::new(0);
        let read = async || Ok::<_, ()>(reads.fetch_add(1, Ordering::SeqCst));
        // No views: every read is its own.
        assert_eq!(*hub.shared(1, read).await.unwrap(), 0);
        assert_eq!(*hub.shared(1, read).await.unwrap(), 1);
        let _view = hub.subscribe(1);
        let first = *hub.shared(1, read).await.unwrap();
        let (a, b) = tokio::join!(hub.shared(1, read), hub.shared(1, read));
        assert_eq!((*a.unwrap(), *b.unwrap()), (first, first), "one read for every view");
        hub.publish(1, Change::Questions);
        let after = *hub.shared(1, read).await.unwrap();
        assert_eq!(after, first + 1, "a change is read again");
        assert_eq!(*hub.shared(1, read).await.unwrap(), after);
        tokio::time::sleep(SHARE_FOR).await;
        assert_eq!(*hub.shared(1, read).await.unwrap(), after + 1, "an old reading is read again");
        hub.resync_all();
        assert_eq!(*hub.shared(1, read).await.unwrap(), after + 2);
    }
}
