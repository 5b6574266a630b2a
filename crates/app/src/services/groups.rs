//! Requests that arrive together, done together: the mechanism under [`super::bookings`] and
//! [`super::ticket_reads`].
//!
//! Requests of one kind and one key (a night's bookings; all ticket reads) that arrive while a
//! group is being done queue up, and the next group takes up to [`Grouped::MOST`] of them at
//! once. A request alone forms a group of one and waits for nothing. A key's queue is drained
//! by a task of its own (spawned by the request that found none), so a client that hangs up
//! does not take the others' requests with it; each request gets its own answer. A group that
//! fails as a whole (a database error) is done again one request at a time, so one request's
//! trouble never becomes the group's.

use std::collections::{HashMap, hash_map::Entry};
use std::fmt::Debug;
use std::hash::Hash;
use std::sync::{Mutex, MutexGuard, PoisonError};

use tokio::sync::oneshot;

use crate::{Context, error::Error};

/// A kind of request done in groups.
pub trait Grouped: Sized + 'static {
    /// What requests are grouped by: each key has its own queue (`()`: one for all).
    type Key: Eq + Hash + Clone + Debug + Send + Sync + 'static;
    /// One request.
    type Item: Send + Sync + 'static;
    /// One request's answer (when it succeeds).
    type Output: Send + 'static;
    /// What the requests are, for a log line and an error ("bookings").
    const WHAT: &'static str;
    /// The most requests in one group.
    const MOST: usize = 64;

    /// Where the context keeps this kind's queues.
    fn groups(ctx: &Context) -> &Groups<Self>;

    /// Does one group: each request's own answer, in order, or the group's failure.
    fn run(
        ctx: &Context,
        key: &Self::Key,
        group: &[Self::Item],
    ) -> impl Future<Output = Result<Vec<Answer<Self>>, Error>> + Send;
}

/// A request's answer.
pub type Answer<G> = Result<<G as Grouped>::Output, Error>;

/// The requests waiting for their key's next group. A key is in the map exactly while a task
/// drains its queue.
pub struct Groups<G: Grouped> {
    queues: Mutex<HashMap<G::Key, Vec<Waiting<G>>>>,
}

struct Waiting<G: Grouped> {
    item: G::Item,
    reply: oneshot::Sender<Answer<G>>,
}

impl<G: Grouped> Groups<G> {
    fn queues(&self) -> MutexGuard<'_, HashMap<G::Key, Vec<Waiting<G>>>> {
        // The map is consistent after every statement: a panic elsewhere leaves nothing half done.
        self.queues.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl<G: Grouped> Default for Groups<G> {
    fn default() -> Self {
        Self { queues: Mutex::default() }
    }
}

impl<G: Grouped> Debug for Groups<G> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Groups").field("of", &G::WHAT).finish_non_exhaustive()
    }
}

/// Does `item` in its key's next group and answers it.
pub async fn join<G: Grouped>(ctx: &Context, key: G::Key, item: G::Item) -> Answer<G> {
    let (reply, answer) = oneshot::channel();
    let start = match G::groups(ctx).queues().entry(key.clone()) {
        Entry::Vacant(entry) => {
            entry.insert(vec![Waiting { item, reply }]);
            true
        }
        Entry::Occupied(mut entry) => {
            entry.get_mut().push(Waiting { item, reply });
            false
        }
    };
    if start {
        tokio::spawn(drain::<G>(ctx.clone(), key));
    }
    answer.await.unwrap_or_else(|_| Err(Error::Internal(anyhow::anyhow!("the task doing {} stopped", G::WHAT))))
}

/// Does the key's queue group by group until it is empty.
async fn drain<G: Grouped>(ctx: Context, key: G::Key) {
    // Should this task end otherwise (a panic, its runtime shutting down), the key leaves the
    // map all the same: the waiting get an error (their reply is dropped) and the next request
    // starts anew.
    struct Leave<'a, G: Grouped> {
        ctx: &'a Context,
        key: &'a G::Key,
        done: bool,
    }
    impl<G: Grouped> Drop for Leave<'_, G> {
        fn drop(&mut self) {
            if !self.done {
                G::groups(self.ctx).queues().remove(self.key);
            }
        }
    }
    let mut leave = Leave::<G> { ctx: &ctx, key: &key, done: false };
    loop {
        let group: Vec<Waiting<G>> = {
            let mut queues = G::groups(&ctx).queues();
            let Some(queue) = queues.get_mut(&key).filter(|queue| !queue.is_empty()) else {
                // Under the lock, so no request can join a queue nobody drains.
                queues.remove(&key);
                leave.done = true;
                return;
            };
            let n = queue.len().min(G::MOST);
            queue.drain(..n).collect()
        };
        let (items, replies): (Vec<G::Item>, Vec<_>) = group.into_iter().map(|w| (w.item, w.reply)).unzip();
        for (reply, answer) in replies.into_iter().zip(run_group::<G>(&ctx, &key, &items).await) {
            // The client may have gone (a closed connection): what was done stands.
            let _ = reply.send(answer);
        }
    }
}

/// Does `group` together (what a queue does with each group; tests call it to form a group of
/// their choice): each request's own answer, in order. Should the group fail as a whole, each
/// request is done again alone.
pub async fn run_group<G: Grouped>(ctx: &Context, key: &G::Key, group: &[G::Item]) -> Vec<Answer<G>> {
    match G::run(ctx, key, group).await {
        Ok(answers) => answers,
        Err(error) if group.len() == 1 => vec![Err(error)],
        Err(error) => {
            tracing::warn!(%error, ?key, requests = group.len(), "a group of {} failed; doing each alone", G::WHAT);
            let mut answers = Vec::with_capacity(group.len());
            for item in group {
                let one = G::run(ctx, key, std::slice::from_ref(item)).await;
                answers.push(one.and_then(|one| {
                    one.into_iter()
                        .next()
                        .unwrap_or_else(|| Err(Error::Internal(anyhow::anyhow!("{} gave no answer", G::WHAT))))
                }));
            }
            answers
        }
    }
}
