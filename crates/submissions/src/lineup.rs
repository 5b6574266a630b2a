//! A night's lineup: confirmed talks placed in order, and the run-of-show with clock times.
//!
//! A placement is two columns of the story (`event_id`, `slot`), so a talk is in at most one
//! night, and leaving the confirmed state (withdrawing) takes it out in the same `UPDATE`.
//! Nights are read through scheduling's functions, never its tables.

use chrono::{DateTime, Duration, Utc};
use failnight_core::Lang;
use failnight_core::{Db, Timestamp, Tx, with_db, with_tx};
use failnight_scheduling::{EventDetails, EventStatus, events};

use crate::{State, StorySettings, Submission, SubmissionsError, stories::COLUMNS};

/// The talks placed in a night, in order.
pub async fn placed(db: &Db, event_id: i64) -> Result<Vec<Submission>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM submissions WHERE event_id = $1 AND state = 'confirmed' ORDER BY slot, id"
    )))
    .bind(event_id)
    .fetch_all(e)
    .await)
}

/// The confirmed speakers of a night, in order (the night's guests for calendar purposes).
pub async fn speakers_tx(tx: &mut Tx, event_id: i64) -> Result<Vec<Submission>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM submissions WHERE event_id = $1 AND state = 'confirmed' ORDER BY slot, id"
    )))
    .bind(event_id)
    .fetch_all(&mut *c)
    .await)
}

fn open_night(event: &EventDetails, now: Timestamp) -> Result<(), SubmissionsError> {
    if event.status() == EventStatus::Cancelled {
        return Err(SubmissionsError::Conflict("error-night-cancelled"));
    }
    if event.ends_at <= now {
        return Err(SubmissionsError::Conflict("error-night-over"));
    }
    Ok(())
}

/// Places a confirmed talk of the night's chapter last in the night's lineup.
pub async fn place(
    tx: &mut Tx,
    story: &Submission,
    event_id: i64,
    now: Timestamp,
) -> Result<(Submission, EventDetails), SubmissionsError> {
    let event = events::get(&mut *tx, event_id).await?.ok_or(SubmissionsError::NotFound)?;
    let story = crate::stories::get(&mut *tx, story.id).await?.ok_or(SubmissionsError::NotFound)?;
    if event.chapter_id != story.chapter_id {
        return Err(SubmissionsError::NotFound);
    }
    open_night(&event, now)?;
    if story.state() != State::Confirmed {
        return Err(SubmissionsError::Conflict("error-lineup-unconfirmed"));
    }
    if story.event_id.is_some() {
        return Err(SubmissionsError::Conflict("error-lineup-placed"));
    }
    let placed = with_tx!(tx, |c| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "UPDATE submissions SET event_id = $2, updated_at = $3,
                slot = (SELECT COALESCE(MAX(slot), 0) + 1 FROM submissions WHERE event_id = $2)
         WHERE id = $1 AND state = 'confirmed' AND event_id IS NULL RETURNING {COLUMNS}"
    )))
    .bind(story.id)
    .bind(event.id)
    .bind(now)
    .fetch_optional(&mut *c)
    .await)?;
    Ok((placed.ok_or(SubmissionsError::Conflict("error-lineup-changed"))?, event))
}

/// Takes a talk out of the night's lineup (it stays confirmed, ready for another night).
pub async fn remove(
    tx: &mut Tx,
    story: &Submission,
    event_id: i64,
    now: Timestamp,
) -> Result<(Submission, EventDetails), SubmissionsError> {
    let event = events::get(&mut *tx, event_id).await?.ok_or(SubmissionsError::NotFound)?;
    let removed = with_tx!(tx, |c| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "UPDATE submissions SET event_id = NULL, slot = NULL, updated_at = $3
         WHERE id = $1 AND event_id = $2 RETURNING {COLUMNS}"
    )))
    .bind(story.id)
    .bind(event_id)
    .bind(now)
    .fetch_optional(&mut *c)
    .await)?;
    Ok((removed.ok_or(SubmissionsError::Conflict("error-lineup-missing"))?, event))
}

/// Moves a talk one place earlier (`up`) or later in the night's lineup; slots are renumbered
/// 1, 2, 3… in the new order.
pub async fn shift(
    tx: &mut Tx,
    story: &Submission,
    event_id: i64,
    up: bool,
    now: Timestamp,
) -> Result<(), SubmissionsError> {
    let mut order: Vec<i64> = speakers_tx(tx, event_id).await?.into_iter().map(|s| s.id).collect();
    let at = order.iter().position(|id| *id == story.id).ok_or(SubmissionsError::Conflict("error-lineup-missing"))?;
    let to = if up { at.checked_sub(1) } else { Some(at + 1).filter(|t| *t < order.len()) };
    let Some(to) = to else { return Ok(()) };
    order.swap(at, to);
    for (slot, id) in order.iter().enumerate() {
        with_tx!(tx, |c| sqlx::query("UPDATE submissions SET slot = $2, updated_at = $3 WHERE id = $1")
            .bind(*id)
            .bind(slot as i64 + 1)
            .bind(now)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    Ok(())
}

/// One line of a run-of-show.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Cue {
    #[serde(skip)]
    pub at: DateTime<Utc>,
    pub what: String,
    /// The talk of this cue, if it is one.
    pub submission_id: Option<i64>,
}

/// Minutes from doors to the hosts' introduction, and its length.
pub const DOORS_TO_INTRO: i64 = 30;
pub const INTRO: i64 = 10;
/// The break, after the first half of the talks when there are three or more.
pub const BREAK: i64 = 15;

/// The speaker's call time: `call_minutes` before doors (the night's start).
pub fn call_time(event: &EventDetails, settings: &StorySettings) -> DateTime<Utc> {
    event.starts_utc() - Duration::minutes(settings.call_minutes)
}

/// A speaker's call time on the night's local clock, in `lang` (`6:15 PM`, `18:15`).
pub fn call_time_local(event: &EventDetails, settings: &StorySettings, lang: Lang) -> String {
    lang.time(call_time(event, settings), event.tz())
}

/// The run-of-show as (local time, what happens) lines, in `lang`.
pub fn run_lines(
    event: &EventDetails,
    talks: &[Submission],
    settings: &StorySettings,
    lang: Lang,
) -> Vec<(String, String)> {
    run_of_show(event, talks, settings, lang).into_iter().map(|cue| (lang.time(cue.at, event.tz()), cue.what)).collect()
}

/// The run-of-show as one speaker's emails tell it, in `lang`: their own talk with its title,
/// the others only by their slot ("Talk 2 (7 min + 5 min Q&A)"). An email is kept in the
/// outbox and in a mailbox; another speaker's title and name in it would outlive that speaker
/// deleting their story. The speaker's page shows the lineup as it is.
pub fn run_lines_for(
    event: &EventDetails,
    talks: &[Submission],
    settings: &StorySettings,
    speaker: i64,
    lang: Lang,
) -> Vec<(String, String)> {
    cues(event, talks, settings, Some(speaker), lang)
        .into_iter()
        .map(|cue| (lang.time(cue.at, event.tz()), cue.what))
        .collect()
}

/// The evening by the clock: speakers' call, doors, intro, each talk (talk + Q&A), a break
/// halfway through three or more talks, and the end of the talks; the cues' texts in `lang`.
pub fn run_of_show(event: &EventDetails, talks: &[Submission], settings: &StorySettings, lang: Lang) -> Vec<Cue> {
    cues(event, talks, settings, None, lang)
}

/// [`run_of_show`]; with `only`, the talks of other stories without title or speaker.
fn cues(
    event: &EventDetails,
    talks: &[Submission],
    settings: &StorySettings,
    only: Option<i64>,
    lang: Lang,
) -> Vec<Cue> {
    let cue = |at: DateTime<Utc>, what: String, id: Option<i64>| Cue { at, what, submission_id: id };
    let doors = event.starts_utc();
    let mut cues = vec![
        cue(call_time(event, settings), lang.t("host-run-call"), None),
        cue(doors, lang.t("host-run-doors"), None),
    ];
    let mut at = doors + Duration::minutes(DOORS_TO_INTRO);
    cues.push(cue(at, lang.t("host-run-welcome"), None));
    at += Duration::minutes(INTRO);
    let slot = Duration::minutes(settings.talk_minutes + settings.qa_minutes);
    let half = talks.len().div_ceil(2);
    for (i, talk) in talks.iter().enumerate() {
        if talks.len() >= 3 && i == half {
            cues.push(cue(at, lang.t("host-run-break"), None));
            at += Duration::minutes(BREAK);
        }
        let number = i + 1;
        let length = lang.f2("host-run-length", "talk", settings.talk_minutes, "qa", settings.qa_minutes);
        let what = if only.is_none_or(|id| id == talk.id) {
            let speaker = talk.public_name().map_or_else(|| lang.t("host-speaker-anonymous"), str::to_string);
            lang.f4(
                "host-run-talk",
                "number",
                number,
                "title",
                talk.title.as_str(),
                "speaker",
                speaker,
                "length",
                length,
            )
        } else {
            lang.f2("host-run-talk-slot", "number", number, "length", length)
        };
        cues.push(cue(at, what, Some(talk.id)));
        at += slot;
    }
    cues.push(cue(at, lang.t("host-run-end"), None));
    cues
}
