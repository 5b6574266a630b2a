//! Hosts' messages to the guests of a night: whom they reach, the message kept with its
//! recipients' count, one email each (optional mail: unsubscribed people are left out).

use failnight_core::{Timestamp, outbox};
use failnight_reminders::{compose, preferences};
use failnight_scheduling::EventDetails;
use failnight_ticketing::{RsvpStatus, rsvps};

use crate::{
    Context,
    error::Error,
    services::{Actor, Mode, audit, finish},
};

/// Who a host's message goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// People with a seat not (yet) checked in.
    Confirmed,
    Waitlisted,
    /// People who came (e.g. a thank-you with a feedback link).
    CheckedIn,
    /// People with a seat who were not checked in, once the night has started.
    NoShow,
}

impl Audience {
    pub const ALL: [&'static str; 4] = ["confirmed", "waitlisted", "checked_in", "no_show"];

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "confirmed" => Some(Audience::Confirmed),
            "waitlisted" => Some(Audience::Waitlisted),
            "checked_in" => Some(Audience::CheckedIn),
            "no_show" => Some(Audience::NoShow),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        Self::ALL[self as usize]
    }

    fn status(self) -> RsvpStatus {
        match self {
            Audience::Confirmed | Audience::NoShow => RsvpStatus::Confirmed,
            Audience::Waitlisted => RsvpStatus::Waitlisted,
            Audience::CheckedIn => RsvpStatus::CheckedIn,
        }
    }
}

/// A host's message to the guests of a night in the chosen states (people who unsubscribed
/// from the chapter's optional mail are left out). Returns how many emails it queues.
pub async fn send_message(
    ctx: &Context,
    actor: Actor,
    event: &EventDetails,
    audience: &[Audience],
    subject: &str,
    body: &str,
    mode: Mode,
) -> Result<usize, Error> {
    let mut errors = failnight_core::FieldErrors::new();
    let subject = errors.line("subject", subject, 150);
    let body = errors.text("body", body, 10_000);
    if body.is_empty() {
        errors.add("body", "error-message-body");
    }
    let now = ctx.clock.now();
    let stamp = Timestamp::from_utc(now);
    if audience.is_empty() {
        errors.add("audience", "error-message-audience");
    } else if audience.contains(&Audience::NoShow) && stamp < event.starts_at {
        errors.add("audience", "error-message-no-show-early");
    }
    errors.into_result()?;
    let mut tx = ctx.db.begin().await?;
    let mut statuses: Vec<RsvpStatus> = audience.iter().map(|a| a.status()).collect();
    statuses.sort_by_key(|s| s.as_str());
    statuses.dedup();
    let unsubscribed = preferences::unsubscribed(&ctx.db, event.chapter_id).await?;
    let guests: Vec<_> = rsvps::with_status_tx(&mut tx, event.id, &statuses)
        .await?
        .into_iter()
        .filter(|r| !unsubscribed.contains(&r.email))
        .collect();
    let audience_text = audience.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(",");
    let message_id: i64 = failnight_core::with_tx!(&mut tx, |c| sqlx::query_scalar(
        "INSERT INTO messages (event_id, host_id, audience, subject, body, recipients, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
    )
    .bind(event.id)
    .bind(actor.host_id())
    .bind(&audience_text)
    .bind(&subject)
    .bind(&body)
    .bind(guests.len() as i64)
    .bind(stamp)
    .fetch_one(&mut *c)
    .await)?;
    let addresses: Vec<&str> = guests.iter().map(|r| r.email.as_str()).collect();
    let tokens = preferences::tokens_for(&mut tx, event.chapter_id, &addresses, stamp).await?;
    let emails = guests
        .iter()
        .map(|rsvp| {
            let token = tokens.get(&rsvp.email).ok_or(sqlx::Error::RowNotFound)?;
            let url = ctx.sender.unsubscribe_url(token);
            Ok(compose::message_email(
                &ctx.sender,
                rsvp.lang(event.chapter_language),
                event,
                rsvp,
                message_id,
                &subject,
                &body,
                &url,
            ))
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    outbox::enqueue_many(&mut tx, &emails, stamp).await?;
    audit(
        &mut tx,
        event.chapter_id,
        actor,
        "message sent",
        &format!("{subject} (✉ {}: {audience_text})", guests.len()),
        now,
    )
    .await?;
    finish(ctx, tx, mode, !guests.is_empty()).await?;
    Ok(guests.len())
}
