//! How busy a process's writing requests are, so that its background work (the outbox's
//! deliveries) gives way while many people wait for an answer.
//!
//! A rush of bookings (a popular night opening) queues an email per booking, and delivering
//! them at once takes the same two cores and the same database the bookings need: on
//! PostgreSQL the rush then booked a third fewer people a second. Nobody waits for an email
//! the way they wait for the page in front of them, so the dispatcher lets the rush pass:
//! while [`Foreground::busy`], it waits before each claim, at most a bounded time
//! (`DispatcherOptions::give_way`), and then delivers all the same. Emails are never held
//! for long and never lost; they go out in full as soon as the rush is over.

use std::sync::{
    Arc,
    atomic::{AtomicU64, AtomicUsize, Ordering},
};
use std::time::{Duration, Instant};

/// Writing requests in flight from this many on, the process is busy: a queue of people
/// waiting for a booking's answer, not the steady trickle of a normal day (a few at once, a
/// door's four phones).
pub const BUSY_WRITES: usize = 16;

/// How long the process stays busy after its writing requests fell below [`BUSY_WRITES`]: a
/// rush's clients answered together come back a moment later, and the gap between is no
/// time to start delivering.
pub const QUIET_AFTER: Duration = Duration::from_millis(100);

/// How often a wait for quiet looks again.
const LOOK_EVERY: Duration = Duration::from_millis(10);

/// The writing requests in flight in this process (shared: clones count the same requests).
#[derive(Debug, Clone)]
pub struct Foreground(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    writes: AtomicUsize,
    since: Instant,
    /// When the count was last at or above [`BUSY_WRITES`], in milliseconds since `since`
    /// (`u64::MAX`: never).
    busy_at: AtomicU64,
}

impl Default for Foreground {
    fn default() -> Self {
        Foreground(Arc::new(Inner {
            writes: AtomicUsize::new(0),
            since: Instant::now(),
            busy_at: AtomicU64::new(u64::MAX),
        }))
    }
}

impl Inner {
    fn now(&self) -> u64 {
        u64::try_from(self.since.elapsed().as_millis()).unwrap_or(u64::MAX - 1)
    }
}

/// One writing request in flight, counted until dropped.
#[derive(Debug)]
#[must_use = "the request counts only while this lives"]
pub struct Writing(Arc<Inner>);

impl Drop for Writing {
    fn drop(&mut self) {
        if self.0.writes.fetch_sub(1, Ordering::AcqRel) >= BUSY_WRITES {
            self.0.busy_at.store(self.0.now(), Ordering::Release);
        }
    }
}

impl Foreground {
    /// Counts a writing request until the returned guard is dropped.
    pub fn write(&self) -> Writing {
        if self.0.writes.fetch_add(1, Ordering::AcqRel) + 1 >= BUSY_WRITES {
            self.0.busy_at.store(self.0.now(), Ordering::Release);
        }
        Writing(self.0.clone())
    }

    /// Whether [`BUSY_WRITES`] or more writing requests are in flight, or were less than
    /// [`QUIET_AFTER`] ago.
    pub fn busy(&self) -> bool {
        if self.0.writes.load(Ordering::Acquire) >= BUSY_WRITES {
            return true;
        }
        let at = self.0.busy_at.load(Ordering::Acquire);
        at != u64::MAX && self.0.now().saturating_sub(at) < QUIET_AFTER.as_millis() as u64
    }

    /// Returns once the process is not [`busy`](Self::busy), or after `at_most`, whichever
    /// comes first (at once when it is not busy).
    pub async fn quiet_or(&self, at_most: Duration) {
        let deadline = tokio::time::Instant::now() + at_most;
        while self.busy() && tokio::time::Instant::now() < deadline {
            tokio::time::sleep_until(deadline.min(tokio::time::Instant::now() + LOOK_EVERY)).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn busy_from_the_mark_and_quiet_again_a_moment_after_it() {
        let foreground = Foreground::default();
        let mut writing: Vec<Writing> = (0..BUSY_WRITES - 1).map(|_| foreground.write()).collect();
        assert!(!foreground.busy());
        // Not busy: no wait at all, however long it could be.
        tokio::time::timeout(Duration::from_secs(5), foreground.quiet_or(Duration::from_secs(3600)))
            .await
            .expect("no wait while not busy");

        writing.push(foreground.write());
        assert!(foreground.busy());
        let waiter = {
            let foreground = foreground.clone();
            tokio::spawn(async move { foreground.quiet_or(Duration::from_secs(3600)).await })
        };
        tokio::time::sleep(QUIET_AFTER * 3).await;
        assert!(!waiter.is_finished(), "busy: the waiter waits");
        drop(writing.pop());
        tokio::time::timeout(Duration::from_secs(5), waiter)
            .await
            .expect("the waiter goes on once the requests are below the mark for a moment")
            .unwrap();
        assert!(!foreground.busy());
    }

    #[tokio::test]
    async fn a_busy_process_is_waited_for_at_most_the_time_given() {
        let foreground = Foreground::default();
        let _writing: Vec<Writing> = (0..BUSY_WRITES * 2).map(|_| foreground.write()).collect();
        tokio::time::timeout(Duration::from_secs(5), foreground.quiet_or(Duration::from_millis(50)))
            .await
            .expect("the wait ends after the time given, busy or not");
        assert!(foreground.busy());
    }
}
