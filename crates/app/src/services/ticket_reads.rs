//! Reads of tickets by their link's token, made together.
//!
//! Every step of a guest's ticket (the page, cancel, accept, the API) starts by reading the
//! RSVP its link names. The lookup itself is one index probe; around it, each read costs a
//! pooled connection, a round trip, the database's work per statement and (on PostgreSQL) the
//! pool's check of the connection when it goes back. When many guests open their tickets at
//! once (the doors open, a reminder lands), the reads that arrive while one is being made
//! queue up, and the next statement reads them all ([`rsvps::by_tokens`]). A read alone forms
//! a group of one and waits for nothing. Each read sees every write committed before it was
//! asked: its group's statement starts after it joined the queue. Should a group's statement
//! fail (a database error), its reads are made again one by one, so each guest gets their own
//! answer. The queue, its task and the retry are [`super::groups`]'s.

use std::collections::HashMap;

use failnight_ticketing::{Rsvp, rsvps};

use super::groups::{self, Grouped, Groups};
use crate::{Context, error::Error};

type Answer = groups::Answer<TicketRead>;

/// Reads of tickets waiting for the next group.
pub type TicketReads = Groups<TicketRead>;

/// A read of the RSVP a ticket token names, done in groups (one queue for all).
#[derive(Debug)]
pub struct TicketRead;

impl Grouped for TicketRead {
    type Key = ();
    type Item = String;
    type Output = Option<Rsvp>;
    const WHAT: &'static str = "ticket reads";

    fn groups(ctx: &Context) -> &Groups<Self> {
        &ctx.tickets
    }

    async fn run(ctx: &Context, _: &(), tokens: &[String]) -> Result<Vec<Answer>, Error> {
        let list: Vec<&str> = tokens.iter().map(String::as_str).collect();
        let rows = rsvps::by_tokens(&ctx.db, &list).await?;
        let rows: HashMap<&str, &Rsvp> = rows.iter().map(|rsvp| (rsvp.token.as_str(), rsvp)).collect();
        Ok(list.iter().map(|token| Ok(rows.get(token).map(|&rsvp| rsvp.clone()))).collect())
    }
}

/// The RSVP whose ticket token is `token`, if any, read in the next group.
pub async fn read(ctx: &Context, token: &str) -> Answer {
    groups::join::<TicketRead>(ctx, (), token.to_owned()).await
}

/// Reads `tokens` together (what the queue does with each group; tests call it to form a
/// group of their choice): each token's own answer, in order.
pub async fn read_group(ctx: &Context, tokens: &[String]) -> Vec<Answer> {
    groups::run_group::<TicketRead>(ctx, &(), tokens).await
}
