//! Reads of tickets by their link's token, made together.
//!
//! Every step of a guest's ticket (the page, cancel, accept, the API) starts by reading the
//! RSVP its link names. The lookup itself is one index probe; around it, each read costs a
//! pooled connection, a round trip, the database's work per statement and (on PostgreSQL) the
//! pool's check of the connection when it goes back. When many guests open their tickets at
//! once (the doors open, a reminder lands), the reads that arrive while one is being made
//! queue up, and the next statement reads them all ([`rsvps::by_tokens`]). A read alone forms
//! a group of one and waits for nothing. A group is read by a task of its own, so a guest who
//! hangs up does not take the others' reads with them. Each read sees every write committed
//! before it was asked: its group's statement starts after it joined the queue.
//!
//! Should a group's statement fail (a database error), its reads are made again one by one,
//! so each guest gets their own answer.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use failnight_ticketing::{Rsvp, rsvps};
use tokio::sync::oneshot;

use crate::{Context, error::Error};

/// The most reads in one statement.
const GROUP: usize = 64;

type Answer = Result<Option<Rsvp>, Error>;

/// The reads waiting for the next group. `None` while no task reads; `Some` (perhaps empty)
/// exactly while one does.
#[derive(Default)]
pub struct TicketReads {
    queue: Mutex<Option<Vec<Waiting>>>,
}

impl TicketReads {
    fn queue(&self) -> MutexGuard<'_, Option<Vec<Waiting>>> {
        // The queue is consistent after every statement: a panic elsewhere leaves nothing half done.
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl std::fmt::Debug for TicketReads {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TicketReads").finish_non_exhaustive()
    }
}

struct Waiting {
    token: String,
    reply: oneshot::Sender<Answer>,
}

/// The RSVP whose ticket token is `token`, if any, read in the next group.
pub async fn read(ctx: &Context, token: &str) -> Answer {
    let (reply, answer) = oneshot::channel();
    let waiting = Waiting { token: token.to_owned(), reply };
    let start = {
        let mut queue = ctx.tickets.queue();
        match queue.as_mut() {
            Some(queue) => {
                queue.push(waiting);
                false
            }
            None => {
                *queue = Some(vec![waiting]);
                true
            }
        }
    };
    if start {
        tokio::spawn(read_queue(ctx.clone()));
    }
    answer.await.unwrap_or_else(|_| Err(Error::Internal(anyhow::anyhow!("the ticket reading task stopped"))))
}

/// Reads the queue group by group until it is empty.
async fn read_queue(ctx: Context) {
    // Should this task end otherwise (a panic, its runtime shutting down), the queue is left
    // all the same: the waiting get an error (their reply is dropped) and the next read starts
    // anew.
    struct Leave<'a> {
        ctx: &'a Context,
        done: bool,
    }
    impl Drop for Leave<'_> {
        fn drop(&mut self) {
            if !self.done {
                *self.ctx.tickets.queue() = None;
            }
        }
    }
    let mut leave = Leave { ctx: &ctx, done: false };
    loop {
        let group: Vec<Waiting> = {
            let mut queue = ctx.tickets.queue();
            let Some(waiting) = queue.as_mut().filter(|waiting| !waiting.is_empty()) else {
                // Under the lock, so no read can join a queue nobody reads.
                *queue = None;
                leave.done = true;
                return;
            };
            let n = waiting.len().min(GROUP);
            waiting.drain(..n).collect()
        };
        let (tokens, replies): (Vec<String>, Vec<_>) = group.into_iter().map(|w| (w.token, w.reply)).unzip();
        for (reply, answer) in replies.into_iter().zip(read_group(&ctx, &tokens).await) {
            // The guest may have gone (a closed connection).
            let _ = reply.send(answer);
        }
    }
}

/// Reads `tokens` together (what the queue does with each group; tests call it to form a
/// group of their choice): each token's own answer, in order.
pub async fn read_group(ctx: &Context, tokens: &[String]) -> Vec<Answer> {
    let list: Vec<&str> = tokens.iter().map(String::as_str).collect();
    match rsvps::by_tokens(&ctx.db, &list).await {
        Ok(rows) => {
            let rows: HashMap<&str, &Rsvp> = rows.iter().map(|rsvp| (rsvp.token.as_str(), rsvp)).collect();
            list.iter().map(|token| Ok(rows.get(token).map(|&rsvp| rsvp.clone()))).collect()
        }
        Err(error) if list.len() == 1 => vec![Err(error.into())],
        Err(error) => {
            tracing::warn!(%error, reads = list.len(), "a group of ticket reads failed; reading each alone");
            let mut answers = Vec::with_capacity(list.len());
            for token in list {
                answers.push(rsvps::by_token(&ctx.db, token).await.map_err(Error::from));
            }
            answers
        }
    }
}
