//! The outbox's idempotency keys: every key is built here, and so is every pattern or prefix
//! that finds emails by their key.
//!
//! A key says why an email exists (`rsvp:42:confirmation`): it is unique, so one reason never
//! queues two emails, and the Message-ID is derived from it. Code that finds emails by their
//! reason (a night's reminders to drop, a story's emails to forget) uses the prefixes and
//! `LIKE` [`Pattern`]s below, written next to the keys they must match and tested against
//! them. In every key a number is followed by `:` or ends the key, so a prefix or pattern for
//! story 1 never matches story 12.
//!
//! Keys about one RSVP: `rsvp:{rsvp}:…` (its transitions), `event:{night}:seq:{n}:rsvp:{rsvp}`
//! and `event:{night}:cancelled:rsvp:{rsvp}` (the night changed),
//! `event:{night}:feedback:rsvp:{rsvp}` (the morning after), `reminder:{night}:{rsvp}:…`,
//! `message:{message}:rsvp:{rsvp}`. Keys about one story: `submission:{story}:…` (to the
//! speaker and to hosts), `event:{night}:seq:{n}:speaker:{story}`,
//! `event:{night}:cancelled:speaker:{story}`, `reminder:{night}:speaker:{story}:…`.

use crate::Timestamp;

/// A `LIKE` pattern over idempotency keys (no `_` or `\`, so it means the same on SQLite and
/// PostgreSQL without an `ESCAPE`). Made only by this module.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pattern(String);

impl Pattern {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

// ---- a guest's emails ----

/// Which email of an RSVP's transitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpEmail {
    /// A seat: the confirmation with the invite.
    Confirmation,
    /// Waiting for the hosts' approval.
    Pending,
    Waitlisted,
    /// The `n`th seat offered to a waitlisted guest.
    Offer(i64),
    /// The `n`th offer ran out.
    OfferExpired(i64),
    Cancelled,
    /// The hosts declined a pending RSVP.
    Declined,
    /// "Still coming?"
    Reconfirm,
    /// A paid ticket's seat held: the link to pay (sent once the Checkout Session is open).
    Held,
    /// Someone booked again with this email: the existing ticket's link, at most once per
    /// window of [`AGAIN_WINDOW_MS`] (the window's number).
    Again(i64),
}

/// The window of [`RsvpEmail::Again`]: one "you already have a ticket" email per RSVP per
/// quarter of an hour, however often the email is typed into the form.
pub const AGAIN_WINDOW_MS: i64 = 15 * 60 * 1000;

impl RsvpEmail {
    /// The "you already have a ticket" email of the window `now` falls in.
    pub fn again(now: Timestamp) -> RsvpEmail {
        RsvpEmail::Again(now.0.div_euclid(AGAIN_WINDOW_MS))
    }
}

/// `rsvp:{rsvp}:confirmation`, `…:offer:{n}`, `…:offer:{n}:expired`, …: one email per
/// transition of an RSVP.
pub fn rsvp(rsvp_id: i64, email: RsvpEmail) -> String {
    match email {
        RsvpEmail::Confirmation => format!("rsvp:{rsvp_id}:confirmation"),
        RsvpEmail::Pending => format!("rsvp:{rsvp_id}:pending"),
        RsvpEmail::Waitlisted => format!("rsvp:{rsvp_id}:waitlisted"),
        RsvpEmail::Offer(n) => format!("rsvp:{rsvp_id}:offer:{n}"),
        RsvpEmail::OfferExpired(n) => format!("rsvp:{rsvp_id}:offer:{n}:expired"),
        RsvpEmail::Cancelled => format!("rsvp:{rsvp_id}:cancelled"),
        RsvpEmail::Declined => format!("rsvp:{rsvp_id}:declined"),
        RsvpEmail::Reconfirm => format!("rsvp:{rsvp_id}:reconfirm"),
        RsvpEmail::Held => format!("rsvp:{rsvp_id}:held"),
        RsvpEmail::Again(window) => format!("rsvp:{rsvp_id}:again:{window}"),
    }
}

/// `event:{night}:seq:{n}:rsvp:{rsvp}`: a guest told that the night moved or changed venue,
/// once per SEQUENCE.
pub fn night_updated(event_id: i64, sequence: i64, rsvp_id: i64) -> String {
    format!("event:{event_id}:seq:{sequence}:rsvp:{rsvp_id}")
}

/// `event:{night}:cancelled:rsvp:{rsvp}`: a guest told that the night is cancelled.
pub fn night_cancelled(event_id: i64, rsvp_id: i64) -> String {
    format!("event:{event_id}:cancelled:rsvp:{rsvp_id}")
}

/// `event:{night}:feedback:rsvp:{rsvp}`: the morning after, a checked-in guest asked for
/// feedback, once per ticket (found by [`rsvp_patterns`] with the night's other emails).
pub fn feedback_request(event_id: i64, rsvp_id: i64) -> String {
    format!("{}rsvp:{rsvp_id}", night_feedback_requests(event_id))
}

/// The prefix of every feedback request of a night (`event:{night}:feedback:`).
pub fn night_feedback_requests(event_id: i64) -> String {
    format!("event:{event_id}:feedback:")
}

/// `reminder:{night}:{rsvp}:{offset}:{start}`: one reminder per guest, offset (minutes before
/// the night) and start, so a night that moves gets a new schedule.
pub fn reminder(event_id: i64, rsvp_id: i64, offset_minutes: i64, starts_at: Timestamp) -> String {
    format!("{}{offset_minutes}:{}", rsvp_reminders(event_id, rsvp_id), starts_at.0)
}

/// `message:{message}:rsvp:{rsvp}`: a hosts' message to one guest.
pub fn message(message_id: i64, rsvp_id: i64) -> String {
    format!("message:{message_id}:rsvp:{rsvp_id}")
}

/// The prefix of every reminder of a night, the guests' and the speakers' (`reminder:{night}:`).
pub fn night_reminders(event_id: i64) -> String {
    format!("reminder:{event_id}:")
}

/// The prefix of one guest's reminders of a night (`reminder:{night}:{rsvp}:`).
pub fn rsvp_reminders(event_id: i64, rsvp_id: i64) -> String {
    format!("{}{rsvp_id}:", night_reminders(event_id))
}

/// Every email about one RSVP of night `event_id` (for a guest's export or deletion).
pub fn rsvp_patterns(event_id: i64, rsvp_id: i64) -> Vec<Pattern> {
    vec![
        Pattern(format!("rsvp:{rsvp_id}:%")),
        Pattern(format!("event:{event_id}:%:rsvp:{rsvp_id}")),
        Pattern(format!("{}%", rsvp_reminders(event_id, rsvp_id))),
        Pattern(format!("message:%:rsvp:{rsvp_id}")),
    ]
}

/// Every guest's RSVP transition email (`rsvp:…`), of all nights.
pub fn all_rsvp_emails() -> Pattern {
    Pattern("rsvp:%".into())
}

/// Every reminder, guests' and speakers', of all nights (`reminder:…`).
pub fn all_reminders() -> Pattern {
    Pattern("reminder:%".into())
}

// ---- a speaker's story ----

fn story(story_id: i64, what: &str) -> String {
    format!("submission:{story_id}:{what}")
}

/// `submission:{story}:received`: the receipt of a new story.
pub fn story_received(story_id: i64) -> String {
    story(story_id, "received")
}

/// `submission:{story}:reminder`: the reminder to confirm an accepted talk.
pub fn story_reminder(story_id: i64) -> String {
    story(story_id, "reminder")
}

/// `submission:{story}:decision:{accepted|rejected|waitlisted}`: the hosts' decision.
pub fn story_decision(story_id: i64, decision: &str) -> String {
    story(story_id, &format!("decision:{decision}"))
}

/// `submission:{story}:{confirmed|declined|withdrawn}`: the speaker's answer acknowledged.
pub fn story_answer(story_id: i64, answer: &str) -> String {
    story(story_id, answer)
}

/// `submission:{story}:placed:{night}:at:{millis}`: the invite of a talk placed in a night's
/// lineup (once per placement).
pub fn story_placed(story_id: i64, event_id: i64, at: Timestamp) -> String {
    story(story_id, &format!("placed:{event_id}:at:{}", at.0))
}

/// `submission:{story}:removed:{night}:at:{millis}`: a talk taken out of a night's lineup.
pub fn story_removed(story_id: i64, event_id: i64, at: Timestamp) -> String {
    story(story_id, &format!("removed:{event_id}:at:{}", at.0))
}

/// `submission:{story}:host-alert:{kind}:host:{host}`: one host told about a story.
pub fn story_host_alert(story_id: i64, kind: &str, host_id: i64) -> String {
    story(story_id, &format!("host-alert:{kind}:host:{host_id}"))
}

/// `conduct-report:{report}:host:{host}`: one owner told that a conduct report was filed.
pub fn conduct_report(report_id: i64, host_id: i64) -> String {
    format!("conduct-report:{report_id}:host:{host_id}")
}

/// `webhook:{endpoint}:paused:{at}:host:{host}`: one owner told that a webhook endpoint was
/// paused at `at` (each pause its own).
pub fn webhook_paused(endpoint_id: i64, at: crate::Timestamp, host_id: i64) -> String {
    format!("webhook:{endpoint_id}:paused:{}:host:{host_id}", at.0)
}

/// `event:{night}:left:{story}:host:{host}`: one host told that a talk left the night's lineup
/// because its speaker deleted it. Deliberately outside [`story_patterns`]: it is queued just
/// before the story's emails are forgotten and must survive that (it names no speaker).
pub fn story_left_hosts(event_id: i64, story_id: i64, host_id: i64) -> String {
    format!("event:{event_id}:left:{story_id}:host:{host_id}")
}

/// `event:{night}:seq:{n}:speaker:{story}`: a speaker told that their night moved or changed
/// venue, once per SEQUENCE.
pub fn speaker_night_updated(event_id: i64, sequence: i64, story_id: i64) -> String {
    format!("event:{event_id}:seq:{sequence}:speaker:{story_id}")
}

/// `event:{night}:cancelled:speaker:{story}`: a speaker told that their night is cancelled.
pub fn speaker_night_cancelled(event_id: i64, story_id: i64) -> String {
    format!("event:{event_id}:cancelled:speaker:{story_id}")
}

/// `reminder:{night}:speaker:{story}:{offset}:{start}`: a speaker's reminder of their night
/// (under the night's [`night_reminders`] prefix, so it is dropped with the guests' when the
/// night moves or is cancelled).
pub fn speaker_reminder(event_id: i64, story_id: i64, offset_minutes: i64, starts_at: Timestamp) -> String {
    format!("{}speaker:{story_id}:{offset_minutes}:{}", night_reminders(event_id), starts_at.0)
}

/// Every email about one story (to its speaker, to hosts about it, the speaker's night
/// updates, cancellations and reminders), except [`story_left_hosts`]: what deleting a story
/// forgets and what its speaker's export shows.
pub fn story_patterns(story_id: i64) -> Vec<Pattern> {
    vec![
        Pattern(format!("submission:{story_id}:%")),
        Pattern(format!("event:%:speaker:{story_id}")),
        Pattern(format!("reminder:%:speaker:{story_id}:%")),
    ]
}

// ---- accounts ----

/// `sign-in:{hash}`: a sign-in link, keyed by (a prefix of) the hash of its token, never the
/// token.
pub fn sign_in(token_hash: &str) -> String {
    format!("sign-in:{token_hash}")
}

/// `host-invite:{chapter}:{host}`: a new host of a chapter told where to sign in.
pub fn host_invite(chapter_id: i64, host_id: i64) -> String {
    format!("host-invite:{chapter_id}:{host_id}")
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use super::*;
    use crate::{Db, db::DbOptions};

    const START: Timestamp = Timestamp(1_790_000_000_000);

    /// Every key the module builds about RSVP `rsvp_id` of night `event_id`.
    fn rsvp_keys(event_id: i64, rsvp_id: i64) -> Vec<String> {
        use RsvpEmail::*;
        let mut keys: Vec<String> = [
            Confirmation,
            Pending,
            Waitlisted,
            Offer(1),
            Offer(12),
            OfferExpired(1),
            Cancelled,
            Declined,
            Reconfirm,
            Held,
            Again(1),
            Again(12),
        ]
        .into_iter()
        .map(|e| rsvp(rsvp_id, e))
        .collect();
        keys.extend([
            night_updated(event_id, 1, rsvp_id),
            night_updated(event_id, 12, rsvp_id),
            night_cancelled(event_id, rsvp_id),
            feedback_request(event_id, rsvp_id),
            reminder(event_id, rsvp_id, 1440, START),
            reminder(event_id, rsvp_id, 12, START),
            message(1, rsvp_id),
            message(12, rsvp_id),
        ]);
        keys
    }

    /// Every key the module builds about story `story_id` (in night `event_id`, host `host`).
    fn story_keys(event_id: i64, story_id: i64, host: i64) -> Vec<String> {
        vec![
            story_received(story_id),
            story_reminder(story_id),
            story_decision(story_id, "accepted"),
            story_answer(story_id, "withdrawn"),
            story_placed(story_id, event_id, START),
            story_removed(story_id, event_id, START),
            story_host_alert(story_id, "unconfirmed", host),
            speaker_night_updated(event_id, 1, story_id),
            speaker_night_updated(event_id, 12, story_id),
            speaker_night_cancelled(event_id, story_id),
            speaker_reminder(event_id, story_id, 1440, START),
            speaker_reminder(event_id, story_id, 12, START),
        ]
    }

    #[test]
    fn keys_as_documented() {
        assert_eq!(rsvp(42, RsvpEmail::Confirmation), "rsvp:42:confirmation");
        assert_eq!(rsvp(42, RsvpEmail::OfferExpired(2)), "rsvp:42:offer:2:expired");
        assert_eq!(rsvp(42, RsvpEmail::again(Timestamp(AGAIN_WINDOW_MS * 7 + 5))), "rsvp:42:again:7");
        assert_eq!(night_updated(7, 3, 42), "event:7:seq:3:rsvp:42");
        assert_eq!(night_cancelled(7, 42), "event:7:cancelled:rsvp:42");
        assert_eq!(feedback_request(7, 42), "event:7:feedback:rsvp:42");
        assert_eq!(reminder(7, 42, 1440, Timestamp(99)), "reminder:7:42:1440:99");
        assert_eq!(speaker_reminder(7, 5, 180, Timestamp(99)), "reminder:7:speaker:5:180:99");
        assert_eq!(speaker_night_updated(7, 3, 5), "event:7:seq:3:speaker:5");
        assert_eq!(speaker_night_cancelled(7, 5), "event:7:cancelled:speaker:5");
        assert_eq!(story_decision(5, "accepted"), "submission:5:decision:accepted");
        assert_eq!(story_host_alert(5, "withdrawn", 3), "submission:5:host-alert:withdrawn:host:3");
        assert_eq!(story_placed(5, 7, Timestamp(99)), "submission:5:placed:7:at:99");
        assert_eq!(story_left_hosts(7, 5, 3), "event:7:left:5:host:3");
        assert_eq!(message(8, 42), "message:8:rsvp:42");
        assert_eq!(host_invite(1, 2), "host-invite:1:2");
        assert!(reminder(7, 42, 1440, START).starts_with(&rsvp_reminders(7, 42)));
        assert!(feedback_request(7, 42).starts_with(&night_feedback_requests(7)));
        assert!(speaker_reminder(7, 5, 1440, START).starts_with(&night_reminders(7)));
        for pattern in story_patterns(1).iter().chain(&rsvp_patterns(1, 1)).chain([&all_reminders()]) {
            assert!(!pattern.as_str().contains(['_', '\\']), "{pattern}: no LIKE escapes needed");
        }
    }

    /// Whose email a key is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Owner {
        Rsvp(i64),
        Story(i64),
        Other,
    }

    /// Stores the keys of people whose ids share digits (1, 12, 21), in nights numbered alike,
    /// and checks with the database's own `LIKE` that each person's patterns find exactly
    /// their keys.
    async fn check(db: &Db) {
        let ids = [1, 12, 21];
        let mut stored: HashMap<String, Owner> = HashMap::new();
        let mut add = |key: String, owner: Owner| {
            let before = stored.insert(key.clone(), owner);
            assert!(before.is_none_or(|b| b == owner), "{key} built for {before:?} and {owner:?}");
        };
        for night in ids {
            for id in ids {
                rsvp_keys(night, id).into_iter().for_each(|k| add(k, Owner::Rsvp(id)));
                story_keys(night, id, id).into_iter().for_each(|k| add(k, Owner::Story(id)));
            }
        }
        add(story_left_hosts(1, 1, 1), Owner::Other);
        add(sign_in("0123456789abcdef"), Owner::Other);
        add(host_invite(1, 1), Owner::Other);

        let mut patterns = vec![all_reminders(), all_rsvp_emails()];
        for a in ids {
            patterns.extend(story_patterns(a));
            for b in ids {
                patterns.extend(rsvp_patterns(a, b));
            }
        }
        let mut tx = db.begin().await.unwrap();
        let found: HashMap<Pattern, HashSet<String>> = crate::with_tx!(&mut tx, |c| {
            sqlx::query("CREATE TEMPORARY TABLE keys (k TEXT NOT NULL)").execute(&mut *c).await.unwrap();
            for key in stored.keys() {
                sqlx::query("INSERT INTO keys (k) VALUES ($1)").bind(key).execute(&mut *c).await.unwrap();
            }
            let mut found = HashMap::new();
            for pattern in &patterns {
                let keys: Vec<String> = sqlx::query_scalar("SELECT k FROM keys WHERE k LIKE $1")
                    .bind(pattern.as_str())
                    .fetch_all(&mut *c)
                    .await
                    .unwrap();
                found.insert(pattern.clone(), keys.into_iter().collect());
            }
            found
        });
        tx.rollback().await.unwrap();
        let union = |patterns: &[Pattern]| -> HashSet<String> {
            patterns.iter().flat_map(|p| found[p].iter().cloned()).collect()
        };
        let owned_by = |owner: Owner| -> HashSet<String> {
            stored.iter().filter(|(_, o)| **o == owner).map(|(k, _)| k.clone()).collect()
        };

        for id in ids {
            assert_eq!(union(&story_patterns(id)), owned_by(Owner::Story(id)), "story {id}: its keys, no other");
            let every_night: Vec<Pattern> = ids.iter().flat_map(|&night| rsvp_patterns(night, id)).collect();
            assert_eq!(union(&every_night), owned_by(Owner::Rsvp(id)), "rsvp {id}: its keys, no other");
            for night in ids {
                // A night's patterns find the RSVP's keys of that night only (an id is unique
                // across nights; its keys of other nights here only test the patterns).
                for key in union(&rsvp_patterns(night, id)) {
                    assert_eq!(stored[&key], Owner::Rsvp(id), "{key}");
                    if key.starts_with("event:") || key.starts_with("reminder:") {
                        assert!(
                            key.starts_with(&format!("event:{night}:")) || key.starts_with(&rsvp_reminders(night, id)),
                            "{key} is not of night {night}"
                        );
                    }
                }
            }
        }
        let reminders: HashSet<String> = stored.keys().filter(|k| k.starts_with("reminder:")).cloned().collect();
        assert_eq!(found[&all_reminders()], reminders);
        let transitions: HashSet<String> = stored.keys().filter(|k| k.starts_with("rsvp:")).cloned().collect();
        assert_eq!(found[&all_rsvp_emails()], transitions);
        assert!(!union(&story_patterns(1)).contains(&story_left_hosts(1, 1, 1)), "the hosts' notice survives");
    }

    #[tokio::test]
    async fn patterns_match_their_keys_and_no_others_on_sqlite() {
        let db = Db::connect("sqlite::memory:", &DbOptions::default()).await.unwrap();
        check(&db).await;
    }

    #[tokio::test]
    async fn patterns_match_their_keys_and_no_others_on_postgres() {
        let Ok(url) = std::env::var("FAILNIGHT_TEST_POSTGRES_URL") else {
            eprintln!("SKIPPED: FAILNIGHT_TEST_POSTGRES_URL is not set");
            return;
        };
        let db = Db::connect(&url, &DbOptions { max_connections: 2, ..DbOptions::default() }).await.unwrap();
        check(&db).await;
    }
}
