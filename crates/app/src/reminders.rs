//! The reminder schedule: before each published night, at the chapter's offsets (default 24 h
//! and 3 h), every confirmed guest gets a reminder.
//!
//! Nothing is scheduled ahead: a worker calls [`enqueue_due`] every minute, which queues the
//! reminders that are due *now*, computed from the night as it is now. So a moved night is
//! reminded at its new time (its reminder keys hold its start, so the new schedule is new), a
//! cancelled night is never reminded, a cancelled or waitlisted guest is never reminded, and an
//! unsubscribed person is skipped. When several offsets are due at once (a worker that started
//! late), only the latest one is sent: a "tomorrow" reminder two hours before is noise. Every
//! reminder expires when the night starts, so one that could not be delivered in time is
//! dropped, never sent late. Queuing is idempotent (the outbox key), so any number of workers
//! may run this at once.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use failnight_core::{Db, Timestamp, outbox};
use failnight_scheduling::{EventDetails, chapters::Chapter, events};
use failnight_submissions::lineup;
use failnight_ticketing::rsvps;
use tokio::sync::Notify;

use failnight_reminders::{Sender, compose, preferences};

/// The longest reminder offset honoured (two weeks).
pub const MAX_OFFSET_MINUTES: i64 = 14 * 24 * 60;

/// The offset due for a night at `now`: the smallest offset whose moment has come.
pub fn due_offset(offsets: &[i64], starts_at: DateTime<Utc>, now: DateTime<Utc>) -> Option<i64> {
    if now >= starts_at {
        return None;
    }
    offsets.iter().copied().filter(|o| *o > 0 && starts_at - Duration::minutes(*o) <= now).min()
}

/// Queues the reminders due at `now`; returns how many were queued. `wake` is told after each
/// commit that queued email (the dispatcher's wake-up).
pub async fn enqueue_due(db: &Db, sender: &Sender, now: DateTime<Utc>, wake: &Notify) -> Result<usize, sqlx::Error> {
    let nights = events::published_starting_between(db, now, now + Duration::minutes(MAX_OFFSET_MINUTES)).await?;
    let mut chapters: HashMap<i64, Option<Chapter>> = HashMap::new();
    let mut queued = 0;
    for night in nights {
        let chapter = match chapters.entry(night.chapter_id) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(failnight_scheduling::chapters::by_slug(db, &night.chapter_slug).await?)
            }
        };
        let Some(chapter) = chapter.as_ref() else { continue };
        let Some(offset) = due_offset(&chapter.reminder_minutes(), night.starts_utc(), now) else { continue };
        queued += remind(db, sender, &night, offset, now, wake).await?;
        queued += remind_speakers(db, sender, &night, offset, now, wake).await?;
    }
    Ok(queued)
}

/// Guests whose reminders are queued in one transaction: the dispatcher starts on the first
/// ones while the rest are still being written, bookings never wait long for the writer, and
/// memory holds one page of guests and their emails.
const CHUNK: usize = 200;

async fn remind(
    db: &Db,
    sender: &Sender,
    night: &EventDetails,
    offset: i64,
    now: DateTime<Utc>,
    wake: &Notify,
) -> Result<usize, sqlx::Error> {
    let unsubscribed = preferences::unsubscribed(db, night.chapter_id).await?;
    // This runs every minute until the night starts: whoever has this reminder queued already
    // needs no second rendering of it.
    let queued_before = outbox::keys_of_event(db, night.id, &outbox::keys::night_reminders(night.id)).await?;
    // Someone who booked after this reminder's moment just got their confirmation.
    let moment = Timestamp::from_utc(night.starts_utc() - Duration::minutes(offset));
    let stamp = Timestamp::from_utc(now);
    let (mut queued, mut after) = (0, 0);
    loop {
        // A page of seated guests at a time: a night of thousands never sits in memory at once.
        let page = rsvps::confirmed_after(db, night.id, after, CHUNK as i64).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        let guests: Vec<_> = page
            .iter()
            .filter(|r| {
                !unsubscribed.contains(&r.email)
                    && r.created_at <= moment
                    && !queued_before.contains(&outbox::keys::reminder(night.id, r.id, offset, night.starts_at))
            })
            .collect();
        if guests.is_empty() {
            continue;
        }
        let mut tx = db.begin().await?;
        let addresses: Vec<&str> = guests.iter().map(|r| r.email.as_str()).collect();
        let tokens = preferences::tokens_for(&mut tx, night.chapter_id, &addresses, stamp).await?;
        let emails = guests
            .iter()
            .map(|rsvp| {
                let token = tokens.get(&rsvp.email).ok_or(sqlx::Error::RowNotFound)?;
                let url = sender.unsubscribe_url(token);
                Ok(compose::reminder_email(sender, rsvp.lang(night.chapter_language), night, rsvp, offset, &url, now))
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        queued += outbox::enqueue_many(&mut tx, &emails, stamp).await? as usize;
        // Emails and their unsubscribe tokens, which no cached page shows (see `commit_unseen`).
        tx.commit_unseen().await?;
        wake.notify_one();
    }
    Ok(queued)
}

/// The reminders of a night's confirmed speakers (they cannot unsubscribe: they are on stage).
async fn remind_speakers(
    db: &Db,
    sender: &Sender,
    night: &EventDetails,
    offset: i64,
    now: DateTime<Utc>,
    wake: &Notify,
) -> Result<usize, sqlx::Error> {
    let talks = lineup::placed(db, night.id).await?;
    if talks.is_empty() {
        return Ok(0);
    }
    let settings = failnight_submissions::settings::get(db, night.chapter_id).await?;
    let stamp = Timestamp::from_utc(now);
    let mut tx = db.begin().await?;
    let mut queued = 0;
    for talk in &talks {
        let kind = compose::SpeakerNight::Reminder { offset_minutes: offset };
        // The speaker's language: the run-of-show's times and cues are theirs.
        let lang = talk.lang(night.chapter_language);
        let call = lineup::call_time_local(night, &settings, lang);
        let run = lineup::run_lines_for(night, &talks, &settings, talk.id, lang);
        let email = compose::speaker_night_email(sender, lang, night, talk, kind, &call, run, now);
        queued += usize::from(outbox::enqueue(&mut tx, &email, stamp).await?);
    }
    tx.commit_unseen().await?;
    wake.notify_one();
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_due_offset_wins() {
        let start: DateTime<Utc> = "2026-12-10T18:00:00Z".parse().unwrap();
        let offsets = [1440, 180];
        let at = |h: i64| start - Duration::hours(h);
        assert_eq!(due_offset(&offsets, start, at(30)), None);
        assert_eq!(due_offset(&offsets, start, at(24)), Some(1440));
        assert_eq!(due_offset(&offsets, start, at(5)), Some(1440));
        assert_eq!(due_offset(&offsets, start, at(3)), Some(180));
        assert_eq!(due_offset(&offsets, start, at(1)), Some(180));
        assert_eq!(due_offset(&offsets, start, start), None, "never once the night started");
        assert_eq!(due_offset(&[], start, at(1)), None);
    }
}
