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
//! never becomes the group's. The queues, their tasks and the retry are [`super::groups`]'s.

use std::collections::HashSet;

use failnight_core::{Timestamp, outbox};
use failnight_reminders::compose;
use failnight_scheduling::{EventDetails, events};
use failnight_ticketing::rsvps::{self, NewRsvp, RsvpOutcome};

use super::groups::{self, Grouped, Groups};
use crate::{Context, error::Error};

type Answer = groups::Answer<Booking>;

/// Bookings waiting for their night's next group, per night.
pub type Bookings = Groups<Booking>;

/// A booking, done in groups per night (the writing requests of a process are bounded anyway:
/// `startup::MAX_WRITES_IN_FLIGHT`).
#[derive(Debug)]
pub struct Booking;

impl Grouped for Booking {
    type Key = i64;
    type Item = NewRsvp;
    type Output = RsvpOutcome;
    const WHAT: &'static str = "bookings";

    fn groups(ctx: &Context) -> &Groups<Self> {
        &ctx.bookings
    }

    async fn run(ctx: &Context, event_id: &i64, group: &[NewRsvp]) -> Result<Vec<Answer>, Error> {
        book(ctx, *event_id, group).await
    }
}

/// Books a seat (or a waitlist place) on a public night and queues the email about it: in the
/// night's next group, committed together with the other bookings of that group. A night that
/// does not exist or is a draft is `NotFound`.
pub async fn rsvp(ctx: &Context, event_id: i64, new: NewRsvp) -> Answer {
    groups::join::<Booking>(ctx, event_id, new).await
}

/// Books `group` onto the night together (what the night's queue does with each group; tests
/// call it to form a group of their choice): each booking's own answer, in order. Should the
/// group's transaction fail, each booking is tried again alone.
pub async fn book_group(ctx: &Context, event_id: i64, group: &[NewRsvp]) -> Vec<Answer> {
    groups::run_group::<Booking>(ctx, &event_id, group).await
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
