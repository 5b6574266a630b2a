//! Group commit of a night's bookings.
//!
//! Every booking of a night waits for the night's seat counter (the lock that makes oversell
//! impossible, held until the commit). One at a time, a popular night's opening minute costs
//! one transaction, one lock wait and one commit (on PostgreSQL one fsync) per person. Here the
//! bookings of a night that arrive while its previous group is being booked queue up, and the
//! next transaction books them all ([`rsvps::rsvp_many`]: one lock, one statement per step for
//! the whole group, one commit). A quiet night's booking forms a group of one and waits for
//! nothing. The group is booked by a task of its own (not by the request that started it), so
//! a client that hangs up does not take the other people's bookings with it.
//!
//! Each person still gets their own answer: bad input or a closed night is that booking's
//! error alone. When the group's transaction fails as a whole (a database error), its
//! bookings are tried again one by one, each in its own transaction, so one person's trouble
//! never becomes the group's.

use std::collections::{HashMap, HashSet, hash_map::Entry};
use std::sync::{Mutex, MutexGuard, PoisonError};

use failnight_core::{Timestamp, outbox};
use failnight_reminders::compose;
use failnight_scheduling::{EventDetails, events};
use failnight_ticketing::rsvps::{self, NewRsvp, RsvpOutcome};
use tokio::sync::oneshot;

use crate::{Context, error::Error};

/// The most bookings of one night in one transaction (the writing requests of a process are
/// bounded anyway: `startup::MAX_WRITES_IN_FLIGHT`).
const GROUP: usize = 64;

type Answer = Result<RsvpOutcome, Error>;

/// Bookings waiting for their night's next group, per night. A night is in the map exactly
/// while a task books its queue.
#[derive(Default)]
pub struct Bookings {
    nights: Mutex<HashMap<i64, Vec<Waiting>>>,
}

impl Bookings {
    fn nights(&self) -> MutexGuard<'_, HashMap<i64, Vec<Waiting>>> {
        // The map is consistent after every statement: a panic elsewhere leaves nothing half done.
        self.nights.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl std::fmt::Debug for Bookings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bookings").finish_non_exhaustive()
    }
}

struct Waiting {
    new: NewRsvp,
    reply: oneshot::Sender<Answer>,
}

/// Books a seat (or a waitlist place) on a public night and queues the email about it: in the
/// night's next group, committed together with the other bookings of that group. A night that
/// does not exist or is a draft is `NotFound`.
pub async fn rsvp(ctx: &Context, event_id: i64, new: NewRsvp) -> Answer {
    let (reply, answer) = oneshot::channel();
    let start = match ctx.bookings.nights().entry(event_id) {
        Entry::Vacant(entry) => {
            entry.insert(vec![Waiting { new, reply }]);
            true
        }
        Entry::Occupied(mut entry) => {
            entry.get_mut().push(Waiting { new, reply });
            false
        }
    };
    if start {
        tokio::spawn(book_queue(ctx.clone(), event_id));
    }
    answer.await.unwrap_or_else(|_| Err(Error::Internal(anyhow::anyhow!("the night's booking task stopped"))))
}

/// Books the night's queue group by group until it is empty.
async fn book_queue(ctx: Context, event_id: i64) {
    // Should this task end otherwise (a panic, its runtime shutting down), the night leaves
    // the map all the same: the waiting get an error (their reply is dropped) and the next
    // booking starts anew.
    struct Leave<'a> {
        ctx: &'a Context,
        event_id: i64,
        done: bool,
    }
    impl Drop for Leave<'_> {
        fn drop(&mut self) {
            if !self.done {
                self.ctx.bookings.nights().remove(&self.event_id);
            }
        }
    }
    let mut leave = Leave { ctx: &ctx, event_id, done: false };
    loop {
        let group: Vec<Waiting> = {
            let mut nights = ctx.bookings.nights();
            let Some(queue) = nights.get_mut(&event_id).filter(|queue| !queue.is_empty()) else {
                // Under the lock, so no booking can join a queue nobody drains.
                nights.remove(&event_id);
                leave.done = true;
                return;
            };
            let n = queue.len().min(GROUP);
            queue.drain(..n).collect()
        };
        let (news, replies): (Vec<NewRsvp>, Vec<_>) = group.into_iter().map(|w| (w.new, w.reply)).unzip();
        for (reply, answer) in replies.into_iter().zip(book_group(&ctx, event_id, &news).await) {
            // The person may have gone (a closed connection): their booking stands.
            let _ = reply.send(answer);
        }
    }
}

/// Books `group` onto the night together (what the night's queue does with each group; tests
/// call it to form a group of their choice): each booking's own answer, in order. Should the
/// group's transaction fail, each booking is tried again alone.
pub async fn book_group(ctx: &Context, event_id: i64, group: &[NewRsvp]) -> Vec<Answer> {
    match book(ctx, event_id, group).await {
        Ok(answers) => answers,
        Err(error) if group.len() == 1 => vec![Err(error)],
        Err(error) => {
            tracing::warn!(%error, event_id, bookings = group.len(), "a group of bookings failed; booking each alone");
            let mut answers = Vec::with_capacity(group.len());
            for new in group {
                answers.push(book(ctx, event_id, std::slice::from_ref(new)).await.and_then(|mut one| one.remove(0)));
            }
            answers
        }
    }
}

/// Books a group in one transaction with the emails about it; each booking's own answer.
async fn book(ctx: &Context, event_id: i64, group: &[NewRsvp]) -> Result<Vec<Answer>, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    // Read before `rsvp_many` locks the night's seat counter. A draft is nobody's business;
    // no such night is everyone's answer, not a failure of the group.
    let Some(event) = events::get(&mut tx, event_id).await?.filter(EventDetails::is_public) else {
        return Ok(group.iter().map(|_| Err(Error::NotFound("error-no-night".into()))).collect());
    };
    let answers = rsvps::rsvp_many(&mut tx, event_id, event.bookable(), group, now).await?;
    let created: Vec<&RsvpOutcome> = answers.iter().flatten().filter(|o| o.created).collect();
    let mut emails: Vec<_> = created
        .iter()
        .map(|o| {
            compose::rsvp_email(
                &ctx.sender,
                o.rsvp.lang(event.chapter_language),
                &event,
                &o.rsvp,
                o.waitlist_position,
                now,
            )
        })
        .collect();
    // An email that had booked before: its ticket's link goes to that address again (keyed per
    // quarter of an hour), never to whoever typed it. Not for one booked in this very group
    // (sent twice at once): its confirmation is on its way.
    let mut told: HashSet<i64> = created.iter().map(|o| o.rsvp.id).collect();
    for again in answers.iter().flatten().filter(|o| !o.created) {
        if told.insert(again.rsvp.id) {
            emails.push(compose::again_email(
                &ctx.sender,
                again.rsvp.lang(event.chapter_language),
                &event,
                &again.rsvp,
                now,
            ));
        }
    }
    outbox::enqueue_many(&mut tx, &emails, Timestamp::from_utc(now)).await?;
    super::commit(ctx, tx, !emails.is_empty()).await?;
    for outcome in created {
        metrics::counter!("failnight_rsvps_total", "status" => outcome.rsvp.status.as_str()).increment(1);
    }
    Ok(answers.into_iter().map(|answer| answer.map_err(Error::from)).collect())
}
