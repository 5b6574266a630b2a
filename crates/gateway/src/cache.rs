//! Rendered public pages and feeds kept in memory, per process, because they are read far
//! more often than they change (a night's page on the evening it opens, a chapter's feed
//! polled by every subscribed calendar), and the two host pages that read years of data (a
//! chapter's numbers, per host; the network view, per language).
//!
//! An entry is used only while nothing it could depend on may have changed. It records the
//! [`Version`] read *before* its data was read:
//! - the write transactions this process has committed (`failnight_core::db::commits`), so
//!   any write here (an RSVP, an edit, a story placed) invalidates every entry at once (not
//!   the outbox's own bookkeeping and the reminders queued, which no page shows:
//!   `Tx::commit_unseen`);
//! - on PostgreSQL, where other processes write too, the count of commits every process has
//!   told the others of (`failnight_core::db::shared_commits`, a sequence each moves after a
//!   commit but the outbox's bookkeeping): one trivial query, asked at most every
//!   [`SHARED_REUSE`] (50 ms) by one request at a time, so a write on another instance shows
//!   here within 50 ms (a guest who books on one instance and reloads on another sees her
//!   booking). The count moved by this process's own tells only does not count
//!   (`failnight_core::db::told_by_others`): those commits are counted above already;
//! - the injected clock: an entry is at most [`MAX_AGE_MS`] old (pages say whether a night is
//!   past; on SQLite a write by another process, such as the CLI, is seen within that time),
//!   [`RECENT_MS`] for the pages that may lag ([`Lag::Recent`]).
//!
//! Invalidation is coarse on purpose (any write, any page): correctness does not depend on
//! knowing what each page reads, and the benefit is where it matters, between writes.
//!
//! An entry out of date is made again once, not by every request that finds it so: the first
//! makes it, and those that come while it does wait for it when it will serve them too
//! ([`PageCache::get_or_make`]). Pages that may lag a little ([`Lag::Recent`]: the host
//! pages that read years of data) are served the entry they had meanwhile, at most
//! [`RECENT_MS`] old, so that only the request that makes the page waits for it; public pages
//! never lag ([`Lag::None`]): a guest who booked sees her booking.

use std::{
    collections::HashMap,
    future::Future,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

use failnight_core::{Db, Timestamp};

/// How long an entry may be used at most, in milliseconds ([`RECENT_MS`] for pages that may
/// lag).
pub const MAX_AGE_MS: i64 = 1_000;
/// How long a count of PostgreSQL's shared commits is used for (this process's own commits
/// show at once all the same): the most another instance's write can take to show in this
/// instance's pages.
pub const SHARED_REUSE: std::time::Duration = std::time::Duration::from_millis(50);
/// How old an entry of a page that may lag ([`Lag::Recent`]) may be, in milliseconds, when it
/// is served while a newer one is being made.
pub const RECENT_MS: i64 = 30_000;
/// How long a request waits for another that is making the entry it needs, at most.
pub const MAKE_WAIT: std::time::Duration = std::time::Duration::from_secs(5);
/// Entries kept at most; past that the cache starts over (a crawler cannot grow it unbounded).
const MAX_ENTRIES: usize = 2_048;

/// What an entry was made from (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    commits: u64,
    shared: Option<i64>,
    at: Timestamp,
    /// False when the shared count could not be read (the database gone, say): then nothing
    /// is served from the cache or kept in it, and pages are rendered as without a cache.
    known: bool,
}

impl Version {
    /// Data read after `self` was taken is good for a request that took `now`: nothing was
    /// written between `now` and `self` (or only before `self`: newer data serves an older
    /// request too), and they are less than `max_age_ms` apart (either way round: two
    /// requests take their versions in any order).
    fn serves(&self, now: &Version, max_age_ms: i64) -> bool {
        self.known && now.known && self.covers(now) && (now.at.0 - self.at.0).abs() < max_age_ms
    }

    /// Every write `other` counts, `self` counts too (both counts only grow).
    fn covers(&self, other: &Version) -> bool {
        self.commits >= other.commits && self.shared >= other.shared
    }

    /// An entry made at `self` may still be served at `now` by a page that may lag.
    fn recent(&self, now: &Version) -> bool {
        self.known && now.known && (now.at.0 - self.at.0).abs() < RECENT_MS
    }
}

/// Whether a page may be served from an entry a write made out of date, while a newer one is
/// being made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lag {
    /// Never: what a request sees includes every write before it.
    None,
    /// For at most [`RECENT_MS`], while another request makes the page anew; and an entry
    /// nothing was written since is used as long, not [`MAX_AGE_MS`] (what such a page says
    /// of the clock, the next night say, may lag as much): the network view reads every
    /// chapter's figures to make a page of fifty, and made every second it cost all
    /// requests more with more chapters (`data-scale`).
    Recent,
}

impl Lag {
    /// How old an entry nothing was written since may be.
    fn max_age_ms(self) -> i64 {
        match self {
            Lag::None => MAX_AGE_MS,
            Lag::Recent => RECENT_MS,
        }
    }
}

/// An entry being made: by which request (its number), from what version; the sender is
/// dropped when it is done, which wakes those waiting for it.
struct Flight {
    id: u64,
    version: Version,
    done: tokio::sync::watch::Receiver<()>,
}

/// Removes its flight from the cache when the request making it ends, however it ends (done,
/// refused, or dropped with its connection), and wakes the requests waiting for it.
struct Making<'a> {
    flights: &'a Mutex<HashMap<String, Flight>>,
    key: &'a str,
    id: u64,
    _done: tokio::sync::watch::Sender<()>,
}

impl Drop for Making<'_> {
    fn drop(&mut self) {
        let mut flights = self.flights.lock().unwrap_or_else(|e| e.into_inner());
        if flights.get(self.key).is_some_and(|f| f.id == self.id) {
            flights.remove(self.key);
        }
    }
}

/// Values kept while nothing they could depend on may have changed (see the module docs),
/// by key: the page cache's entries, and who a session's cookie is
/// (`auth`, [`crate::app::App::sessions`]).
pub struct Memo<V> {
    entries: Mutex<HashMap<String, (Version, V)>>,
    /// Entries kept at most; past that the memo starts over.
    max: usize,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo::with_capacity(MAX_ENTRIES)
    }
}

impl<V> std::fmt::Debug for Memo<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memo").finish_non_exhaustive()
    }
}

impl<V> Memo<V> {
    /// A memo of at most `max` entries (for values larger than a page's).
    pub fn with_capacity(max: usize) -> Self {
        Memo { entries: Mutex::new(HashMap::new()), max }
    }
}

impl<V: Clone> Memo<V> {
    /// The value for `key`, if it is still good at `now`.
    pub fn get(&self, key: &str, now: &Version) -> Option<V> {
        self.find(key, |made| made.serves(now, MAX_AGE_MS))
    }

    /// The value for `key` if a page that may lag can still be served it at `now`.
    fn recent(&self, key: &str, now: &Version) -> Option<V> {
        self.find(key, |made| made.recent(now))
    }

    fn find(&self, key: &str, good: impl Fn(&Version) -> bool) -> Option<V> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.get(key).filter(|(made, _)| good(made)).map(|(_, value)| value.clone())
    }

    /// The value for `key` while it is good at `now`, else `read`'s, kept when it found one
    /// (`now` was taken before `read` reads). Nothing found and refusals are answered, never
    /// kept.
    pub async fn get_or_read<E, Fut>(
        &self,
        key: String,
        now: Version,
        read: impl FnOnce() -> Fut,
    ) -> Result<Option<V>, E>
    where
        Fut: Future<Output = Result<Option<V>, E>>,
    {
        if let Some(kept) = self.get(&key, &now) {
            return Ok(Some(kept));
        }
        let found = read().await?;
        if let Some(value) = &found {
            self.put(key, now, value.clone());
        }
        Ok(found)
    }

    /// Keeps `value`, made from data read after `version` was taken.
    pub fn put(&self, key: String, version: Version, value: V) {
        if !version.known {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        // A request that took its version before a write and made its value after another
        // made one from after the write does not put the older one back: the next requests
        // would make it again (with the tells counted, a check-in made the night's page 4.5
        // times on PostgreSQL under `door-rush`'s load; 0.8 with neither).
        if entries.get(&key).is_some_and(|(kept, _)| kept.covers(&version) && !version.covers(kept)) {
            return;
        }
        if entries.len() >= self.max && !entries.contains_key(&key) {
            entries.clear();
        }
        entries.insert(key, (version, value));
    }
}

/// A rendered response body with its validators.
#[derive(Debug)]
pub struct Cached {
    pub body: String,
    pub etag: String,
    pub last_modified: String,
}

impl Cached {
    /// The body as a response body that shares the entry instead of copying it: a cached
    /// page of 300 chapters is 100 KB, copied per request otherwise.
    pub fn shared_body(self: &Arc<Self>) -> axum::body::Bytes {
        axum::body::Bytes::from_owner(Shared(self.clone()))
    }
}

/// A [`Cached`] entry's body, borrowed by a response for as long as it is being sent.
struct Shared(Arc<Cached>);

impl AsRef<[u8]> for Shared {
    fn as_ref(&self) -> &[u8] {
        self.0.body.as_bytes()
    }
}

/// Values kept like a [`Memo`]'s, each made by one request at a time (see
/// [`Made::get_or_make`]): the page cache's entries, and the door's search of a night
/// (`host::door`).
pub struct Made<V> {
    entries: Memo<V>,
    /// Entries being made, by key.
    flights: Mutex<HashMap<String, Flight>>,
    next_flight: AtomicU64,
}

impl<V> Made<V> {
    /// At most `max` entries (see [`Memo::with_capacity`]).
    pub fn with_capacity(max: usize) -> Self {
        Made { entries: Memo::with_capacity(max), flights: Default::default(), next_flight: AtomicU64::new(0) }
    }
}

impl<V> std::fmt::Debug for Made<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Made").finish_non_exhaustive()
    }
}

impl<V: Clone> Made<V> {
    /// The entry for `key` if it is good at `now`; else `make`'s, kept for the next requests.
    /// One request makes an entry at a time: a request that finds another making one that
    /// will serve it waits for it; with [`Lag::Recent`] it is given the previous entry meanwhile
    /// when that is recent enough. A refusal from `make` is answered, never kept; those who
    /// waited for it try again themselves.
    pub async fn get_or_make<F, Fut, E>(&self, key: String, now: Version, lag: Lag, make: F) -> Result<V, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        let good = |made: &Version| made.serves(&now, lag.max_age_ms());
        if let Some(hit) = self.entries.find(&key, good) {
            return Ok(hit);
        }
        let waiting = {
            let flights = self.flights.lock().unwrap_or_else(|e| e.into_inner());
            match flights.get(&key) {
                Some(flight) if lag == Lag::Recent => match self.entries.recent(&key, &now) {
                    Some(previous) => return Ok(previous),
                    None => flight.version.serves(&now, MAX_AGE_MS).then(|| flight.done.clone()),
                },
                Some(flight) => flight.version.serves(&now, MAX_AGE_MS).then(|| flight.done.clone()),
                None => None,
            }
        };
        if let Some(mut done) = waiting {
            // Woken when the flight ends, made or not (its sender dropped); never waiting
            // longer than `MAKE_WAIT` for a maker that is stuck: then this request makes it.
            let _ = tokio::time::timeout(MAKE_WAIT, done.changed()).await;
            if let Some(hit) = self.entries.find(&key, good) {
                return Ok(hit);
            }
        }
        let id = self.next_flight.fetch_add(1, Ordering::Relaxed);
        let (sender, done) = tokio::sync::watch::channel(());
        self.flights
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key.clone(), Flight { id, version: now.clone(), done });
        let _making = Making { flights: &self.flights, key: &key, id, _done: sender };
        let value = make().await?;
        self.entries.put(key.clone(), now, value.clone());
        Ok(value)
    }
}

pub struct PageCache {
    entries: Made<Arc<Cached>>,
    /// PostgreSQL's shared count as last asked for (see [`SharedCount`]).
    shared: Mutex<Option<SharedCount>>,
    /// Held by the request reading the shared count, so that the others waiting for it use
    /// its answer rather than each asking again.
    reading: tokio::sync::Mutex<()>,
}

/// PostgreSQL's shared count as last asked for: when, and the count with the figure versions
/// carry, which moves only when another process told of a commit (this process's own are in
/// [`Version::commits`] already); `ok` is false when the asking failed.
#[derive(Debug, Clone, Copy)]
struct SharedCount {
    asked: std::time::Instant,
    /// The last count read and its figure (kept through a failure).
    counted: Option<(i64, i64)>,
    ok: bool,
}

impl Default for PageCache {
    fn default() -> Self {
        PageCache { entries: Made::with_capacity(MAX_ENTRIES), shared: Default::default(), reading: Default::default() }
    }
}

impl std::fmt::Debug for PageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageCache").finish_non_exhaustive()
    }
}

impl PageCache {
    /// The version now: read it before reading the data of a value to cache. PostgreSQL's
    /// shared count is asked at most every [`SHARED_REUSE`], by one request at a time, so
    /// other instances' writes show within that time, this instance's at once. A count moved
    /// only by this process's own tells leaves the version as it was (those commits are in
    /// `commits` already), so a check-in's tell landing does not make the pages again.
    pub async fn version(&self, db: &Db, at: Timestamp) -> Version {
        let commits = failnight_core::db::commits();
        let Db::Postgres(pool) = db else { return Version { commits, shared: None, at, known: true } };
        // What was asked less than `SHARED_REUSE` ago (its figure, or none when asking failed).
        let fresh = || {
            let shared = *self.shared.lock().unwrap_or_else(|e| e.into_inner());
            shared.filter(|s| s.asked.elapsed() < SHARED_REUSE).map(|s| s.counted.filter(|_| s.ok).map(|c| c.1))
        };
        let version = |shared: Option<i64>| Version { commits, shared, at, known: shared.is_some() };
        if let Some(others) = fresh() {
            return version(others);
        }
        let _reading = self.reading.lock().await;
        if let Some(others) = fresh() {
            return version(others);
        }
        let count = failnight_core::db::shared_commits(pool).await;
        let mut shared = self.shared.lock().unwrap_or_else(|e| e.into_inner());
        let before = shared.and_then(|s| s.counted);
        let counted = match count {
            Ok(count) => Some(match before {
                Some((before, others)) if !failnight_core::db::told_by_others(pool, before, count) => (count, others),
                _ => (count, count),
            }),
            Err(ref error) => {
                tracing::debug!(%error, "shared commits unknown: page cache bypassed");
                before
            }
        };
        *shared = Some(SharedCount { asked: std::time::Instant::now(), counted, ok: count.is_ok() });
        version(counted.filter(|_| count.is_ok()).map(|c| c.1))
    }

    /// The entry for `key`, if it is still good at `now`.
    pub fn get(&self, key: &str, now: &Version) -> Option<Arc<Cached>> {
        self.entries.entries.get(key, now)
    }

    /// The entry for `key` if it is good at `now`; else `make`'s (see [`Made::get_or_make`]).
    pub async fn get_or_make<F, Fut, E>(&self, key: String, now: Version, lag: Lag, make: F) -> Result<Arc<Cached>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Cached, E>>,
    {
        self.entries.get_or_make(key, now, lag, || async { make().await.map(Arc::new) }).await
    }

    /// Keeps `value`, made from data read after `version` was taken.
    pub fn put(&self, key: String, version: Version, value: Arc<Cached>) {
        self.entries.entries.put(key, version, value);
    }
}

#[cfg(test)]
mod tests {
    use super::{Lag, Made, Memo, Version};
    use failnight_core::Timestamp;

    fn at(commits: u64, shared: i64, millis: i64) -> Version {
        Version { commits, shared: Some(shared), at: Timestamp(millis), known: true }
    }

    #[test]
    fn newer_entries_serve_older_requests_and_are_never_put_back_by_them() {
        let memo = Memo::<&str>::default();
        memo.put("page".into(), at(2, 5, 0), "after the write");
        assert_eq!(memo.get("page", &at(1, 5, 10)), Some("after the write"), "taken before the write");
        assert_eq!(memo.get("page", &at(2, 4, 10)), Some("after the write"));
        assert_eq!(memo.get("page", &at(3, 5, 10)), None, "a write since");
        assert_eq!(memo.get("page", &at(2, 6, 10)), None, "another instance's write since");
        assert_eq!(memo.get("page", &at(2, 5, 1_000)), None, "a second old");
        memo.put("page".into(), at(1, 5, 5), "before the write");
        assert_eq!(memo.get("page", &at(2, 5, 10)), Some("after the write"), "not put back");
        memo.put("page".into(), at(2, 5, 20), "again");
        assert_eq!(memo.get("page", &at(2, 5, 1_010)), Some("again"), "the same version, made later");
        let unknown = Version { known: false, ..at(2, 5, 30) };
        assert_eq!(memo.get("page", &unknown), None, "nothing served while the count is unknown");
    }

    #[tokio::test]
    async fn pages_that_may_lag_live_thirty_seconds_while_nothing_is_written() {
        let made = Made::<u32>::with_capacity(8);
        let make = |n: u32| async move { Ok::<_, ()>(n) };
        assert_eq!(made.get_or_make("network".into(), at(1, 1, 0), Lag::Recent, || make(1)).await, Ok(1));
        assert_eq!(made.get_or_make("network".into(), at(1, 1, 29_000), Lag::Recent, || make(2)).await, Ok(1));
        assert_eq!(made.get_or_make("network".into(), at(2, 1, 29_000), Lag::Recent, || make(3)).await, Ok(3));
        assert_eq!(made.get_or_make("network".into(), at(2, 1, 60_000), Lag::Recent, || make(4)).await, Ok(4));
        assert_eq!(made.get_or_make("event".into(), at(1, 1, 0), Lag::None, || make(5)).await, Ok(5));
        assert_eq!(made.get_or_make("event".into(), at(1, 1, 999), Lag::None, || make(6)).await, Ok(5));
        assert_eq!(made.get_or_make("event".into(), at(1, 1, 1_000), Lag::None, || make(7)).await, Ok(7));
    }
}
