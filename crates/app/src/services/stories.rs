//! Use cases of the call for stories, each one transaction: the story's change and the emails
//! it causes commit together. Stories are never logged; audit entries name a story by number.

use chrono::{DateTime, Utc};
use failnight_core::{Timestamp, Tx, outbox};
use failnight_reminders::compose::{self, HostAlert, SpeakerNight};
use failnight_scheduling::{Chapter, EventDetails, chapters, events};
use failnight_submissions::{
    Action, State, StorySettings, Submission, lineup, retention, reviews,
    settings::{self, Decision, SettingsInput},
    stories::{self, By, StoryInput},
};

use super::{Actor, audit, commit};
use crate::{Context, accounts, error::Error};

fn ts(now: DateTime<Utc>) -> Timestamp {
    Timestamp::from_utc(now)
}

pub use failnight_submissions::lineup::{call_time_local as call_time, run_lines, run_lines_for};

/// A new story from the public call: stored in `submitted` with its receipt (the private link).
pub async fn submit(ctx: &Context, chapter: &Chapter, input: &StoryInput) -> Result<Submission, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !settings::get(&mut tx, chapter.id).await?.call_open {
        return Err(Error::Conflict("call_closed", "error-call-closed".into()));
    }
    let story = stories::create(&mut tx, chapter.id, input, ts(now)).await?;
    outbox::enqueue(
        &mut tx,
        &compose::story_received(&ctx.sender, story.lang(chapter.language), chapter, &story),
        ts(now),
    )
    .await?;
    audit(&mut tx, chapter.id, Actor::System, "story submitted", &format!("#{}", story.id), now).await?;
    commit(ctx, tx, true).await?;
    tracing::info!(story = story.id, chapter = %chapter.slug, "story submitted");
    Ok(story)
}

/// The speaker edits their undecided story.
pub async fn edit(ctx: &Context, story: &Submission, input: &StoryInput) -> Result<Submission, Error> {
    let mut tx = ctx.db.begin().await?;
    let story = stories::edit(&mut tx, story, input, ctx.clock.timestamp()).await?;
    tx.commit().await?;
    Ok(story)
}

/// The start of the night the story is placed in, if any.
async fn night_start(tx: &mut Tx, story: &Submission) -> Result<Option<Timestamp>, Error> {
    Ok(match story.event_id {
        Some(id) => events::get(&mut *tx, id).await?.map(|e| e.starts_at),
        None => None,
    })
}

/// The speaker changes their consent (until their night starts).
pub async fn set_consent(
    ctx: &Context,
    story: &Submission,
    photos: &str,
    recording: &str,
    slides: &str,
) -> Result<Submission, Error> {
    let mut tx = ctx.db.begin().await?;
    let start = night_start(&mut tx, story).await?;
    let story = stories::set_consent(&mut tx, story, photos, recording, slides, start, ctx.clock.timestamp()).await?;
    tx.commit().await?;
    Ok(story)
}

/// Tells the chapter's hosts that a talk left a night's lineup (`story` as they may see it).
async fn tell_hosts_withdrawn(
    ctx: &Context,
    tx: &mut Tx,
    chapter: &Chapter,
    story: &Submission,
    night: &EventDetails,
    deleted: bool,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let url = format!("{}/host/c/{}/events/{}/lineup", ctx.base_url(), chapter.slug, night.id);
    for host in accounts::story_hosts_tx(tx, chapter.id).await? {
        let mut email = compose::host_story_alert(
            &ctx.sender,
            chapter.language,
            &chapter.name,
            (&host.email, host.host_id),
            story,
            HostAlert::Withdrawn,
            Some(night),
            &url,
        );
        if deleted {
            // The speaker deleted their data: a key outside the story's, so forgetting the
            // story's emails does not drop the hosts' notice.
            email.idempotency_key = outbox::keys::story_left_hosts(night.id, story.id, host.host_id);
            email.message_id = ctx.sender.message_id(&email.idempotency_key);
        }
        outbox::enqueue(tx, &email, ts(now)).await?;
    }
    Ok(())
}

/// The speaker confirms, declines or withdraws. A withdrawn talk leaves its night's lineup and
/// the hosts are told; the speaker's calendar gets the night's cancellation.
pub async fn respond(ctx: &Context, story: &Submission, action: Action) -> Result<Submission, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let chapter =
        chapters::by_id(&mut tx, story.chapter_id).await?.ok_or(Error::NotFound("error-no-chapter".into()))?;
    let before = stories::get(&mut tx, story.id).await?.ok_or(Error::NotFound("error-no-story".into()))?;
    let updated = stories::transition(&mut tx, &before, action, By::Speaker, ts(now)).await?;
    let left = match before.event_id.filter(|_| updated.event_id.is_none()) {
        Some(id) => events::get(&mut tx, id).await?,
        None => None,
    };
    let email = compose::story_status(
        &ctx.sender,
        updated.lang(chapter.language),
        &chapter,
        &updated,
        action,
        left.as_ref().map(|e| (e, now)),
    );
    outbox::enqueue(&mut tx, &email, ts(now)).await?;
    if let Some(night) = &left {
        tell_hosts_withdrawn(ctx, &mut tx, &chapter, &updated, night, false, now).await?;
    }
    audit(
        &mut tx,
        chapter.id,
        Actor::System,
        &format!("story {}", action.past_tense()),
        &format!("#{}", story.id),
        now,
    )
    .await?;
    commit(ctx, tx, true).await?;
    Ok(updated)
}

/// A host accepts, rejects or waitlists a story; the speaker gets the chapter's text for it.
pub async fn decide(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    story: &Submission,
    action: Action,
) -> Result<Submission, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let updated = stories::transition(&mut tx, story, action, By::Host, ts(now)).await?;
    let decision = match updated.state() {
        State::Accepted => Decision::Accepted,
        State::Rejected => Decision::Rejected,
        _ => Decision::Waitlisted,
    };
    let chapter_settings = settings::get(&mut tx, chapter.id).await?;
    let email = compose::story_decision(
        &ctx.sender,
        updated.lang(chapter.language),
        chapter,
        &chapter_settings,
        &updated,
        decision,
    );
    outbox::enqueue(&mut tx, &email, ts(now)).await?;
    audit(&mut tx, chapter.id, actor, &format!("story {}", action.past_tense()), &format!("#{}", story.id), now)
        .await?;
    commit(ctx, tx, true).await?;
    Ok(updated)
}

/// A host scores and comments a story.
pub async fn review(ctx: &Context, host_id: i64, story: &Submission, score: &str, comment: &str) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    reviews::upsert(&mut tx, story, host_id, score, comment, ts(now)).await?;
    audit(&mut tx, story.chapter_id, Actor::Host(host_id), "story reviewed", &format!("#{}", story.id), now).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn save_settings(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    input: &SettingsInput,
) -> Result<StorySettings, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let saved = settings::save(&mut tx, chapter.id, input, ts(now)).await?;
    let what = if saved.call_open { "call for stories open" } else { "call for stories closed" };
    audit(&mut tx, chapter.id, actor, "call settings changed", what, now).await?;
    tx.commit().await?;
    Ok(saved)
}

/// The states a host may purge a story in (never an accepted or confirmed talk).
pub const PURGEABLE: [State; 5] =
    [State::Submitted, State::Waitlisted, State::Rejected, State::Declined, State::Withdrawn];

/// A host deletes a story that is undecided, rejected, declined or withdrawn (spam, or data
/// not worth keeping), with its reviews and emails.
pub async fn purge(ctx: &Context, actor: Actor, chapter: &Chapter, story: &Submission) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !retention::delete(&mut tx, story.id, Some(&PURGEABLE)).await? {
        return Err(Error::Conflict("not_purgeable", "error-story-not-purgeable".into()));
    }
    audit(&mut tx, chapter.id, actor, "story purged", &format!("#{}", story.id), now).await?;
    tx.commit().await?;
    Ok(())
}

/// The speaker deletes their story and everything about it. If it was in a lineup, the hosts
/// are told that a talk left it (without the deleted details).
pub async fn delete_own(ctx: &Context, story: &Submission) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let chapter =
        chapters::by_id(&mut tx, story.chapter_id).await?.ok_or(Error::NotFound("error-no-chapter".into()))?;
    let current = stories::get(&mut tx, story.id).await?.ok_or(Error::NotFound("error-no-story".into()))?;
    let night = match current.event_id {
        Some(id) => events::get(&mut tx, id).await?,
        None => None,
    };
    retention::delete(&mut tx, story.id, None).await?;
    let mut queued = false;
    // A talk leaves a lineup only before its night is over; after it, there is nothing to tell.
    if let Some(night) = night.as_ref().filter(|night| night.ends_utc() > now) {
        let mut anonymous = current.clone();
        anonymous.title = "(deleted by the speaker)".into();
        anonymous.name = "details deleted".into();
        tell_hosts_withdrawn(ctx, &mut tx, &chapter, &anonymous, night, true, now).await?;
        queued = true;
    }
    audit(&mut tx, chapter.id, Actor::System, "story deleted by its speaker", &format!("#{}", story.id), now).await?;
    commit(ctx, tx, queued).await
}

/// Places a confirmed talk last in a night's lineup and sends the speaker the invite with
/// their call time.
pub async fn place(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    story: &Submission,
    event_id: i64,
) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (placed, event) = lineup::place(&mut tx, story, event_id, ts(now)).await?;
    let chapter_settings = settings::get(&mut tx, chapter.id).await?;
    let talks = lineup::speakers_tx(&mut tx, event.id).await?;
    // The speaker's language: the run-of-show's times and cues are theirs.
    let lang = placed.lang(event.chapter_language);
    let email = compose::speaker_night_email(
        &ctx.sender,
        lang,
        &event,
        &placed,
        SpeakerNight::Placed,
        &lineup::call_time_local(&event, &chapter_settings, lang),
        run_lines_for(&event, &talks, &chapter_settings, placed.id, lang),
        now,
    );
    outbox::enqueue(&mut tx, &email, ts(now)).await?;
    audit(&mut tx, chapter.id, actor, "talk placed in lineup", &format!("#{}: {}", story.id, event.title), now).await?;
    commit(ctx, tx, true).await
}

/// Takes a talk out of a night's lineup; the speaker's calendar gets a cancellation.
pub async fn unplace(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    story: &Submission,
    event_id: i64,
) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let (removed, event) = lineup::remove(&mut tx, story, event_id, ts(now)).await?;
    let email = compose::speaker_night_email(
        &ctx.sender,
        removed.lang(event.chapter_language),
        &event,
        &removed,
        SpeakerNight::Removed,
        "",
        Vec::new(),
        now,
    );
    outbox::enqueue(&mut tx, &email, ts(now)).await?;
    audit(&mut tx, chapter.id, actor, "talk removed from lineup", &format!("#{}: {}", story.id, event.title), now)
        .await?;
    commit(ctx, tx, true).await
}

/// Moves a talk up or down in a night's lineup.
pub async fn shift(ctx: &Context, actor: Actor, story: &Submission, event_id: i64, up: bool) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    lineup::shift(&mut tx, story, event_id, up, ts(now)).await?;
    let detail = format!("#{} {} ({event_id})", story.id, if up { "↑" } else { "↓" });
    audit(&mut tx, story.chapter_id, actor, "lineup reordered", &detail, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The confirmed speakers of a night that moved or changed venue: the updated invite, one per
/// speaker per SEQUENCE.
pub(crate) async fn tell_speakers_rescheduled(
    ctx: &Context,
    tx: &mut Tx,
    event: &EventDetails,
    now: DateTime<Utc>,
) -> Result<usize, Error> {
    let talks = lineup::speakers_tx(tx, event.id).await?;
    if talks.is_empty() {
        return Ok(0);
    }
    let chapter_settings = settings::get(&mut *tx, event.chapter_id).await?;
    let mut queued = 0;
    for talk in &talks {
        let lang = talk.lang(event.chapter_language);
        let call = lineup::call_time_local(event, &chapter_settings, lang);
        let lines = run_lines_for(event, &talks, &chapter_settings, talk.id, lang);
        let email =
            compose::speaker_night_email(&ctx.sender, lang, event, talk, SpeakerNight::Updated, &call, lines, now);
        queued += usize::from(outbox::enqueue(tx, &email, ts(now)).await?);
    }
    Ok(queued)
}

/// The confirmed speakers of a cancelled night: the cancellation. Their talks leave the
/// night's lineup (still confirmed, ready for another night).
pub(crate) async fn tell_speakers_cancelled(
    ctx: &Context,
    tx: &mut Tx,
    event: &EventDetails,
    now: DateTime<Utc>,
) -> Result<usize, Error> {
    let mut queued = 0;
    for talk in lineup::speakers_tx(tx, event.id).await? {
        let email = compose::speaker_night_email(
            &ctx.sender,
            talk.lang(event.chapter_language),
            event,
            &talk,
            SpeakerNight::Cancelled,
            "",
            Vec::new(),
            now,
        );
        queued += usize::from(outbox::enqueue(tx, &email, ts(now)).await?);
        lineup::remove(tx, &talk, event.id, ts(now)).await?;
    }
    Ok(queued)
}

/// What one run of the stories job did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JobReport {
    pub reminded: usize,
    pub hosts_alerted: usize,
    pub deleted: usize,
}

/// The time-based work of the call for stories, at the clock's now: reminders to accepted
/// speakers who have not confirmed, the hosts' alert when still nothing, and deletion of
/// stories past their chapter's retention. Safe on any number of workers at once.
pub async fn run_jobs(ctx: &Context) -> Result<JobReport, Error> {
    let now = ctx.clock.now();
    let mut report = JobReport::default();
    for due in retention::due_reminders(&ctx.db, ts(now)).await? {
        let mut tx = ctx.db.begin().await?;
        let Some(story) = retention::claim_reminder(&mut tx, due.id, ts(now)).await? else {
            tx.rollback().await?;
            continue;
        };
        let chapter =
            chapters::by_id(&mut tx, story.chapter_id).await?.ok_or(Error::NotFound("error-no-chapter".into()))?;
        outbox::enqueue(
            &mut tx,
            &compose::story_reminder(&ctx.sender, story.lang(chapter.language), &chapter, &story),
            ts(now),
        )
        .await?;
        commit(ctx, tx, true).await?;
        report.reminded += 1;
    }
    for due in retention::due_host_alerts(&ctx.db, ts(now)).await? {
        let mut tx = ctx.db.begin().await?;
        let Some(story) = retention::claim_host_alert(&mut tx, due.id, ts(now)).await? else {
            tx.rollback().await?;
            continue;
        };
        let chapter =
            chapters::by_id(&mut tx, story.chapter_id).await?.ok_or(Error::NotFound("error-no-chapter".into()))?;
        let days = (now - story.decided_at.unwrap_or(ts(now)).to_utc()).num_days();
        let url = format!("{}/host/c/{}/stories/{}", ctx.base_url(), chapter.slug, story.id);
        for host in accounts::story_hosts_tx(&mut tx, chapter.id).await? {
            let email = compose::host_story_alert(
                &ctx.sender,
                chapter.language,
                &chapter.name,
                (&host.email, host.host_id),
                &story,
                HostAlert::Unconfirmed { days },
                None,
                &url,
            );
            outbox::enqueue(&mut tx, &email, ts(now)).await?;
        }
        commit(ctx, tx, true).await?;
        report.hosts_alerted += 1;
    }
    for (id, chapter_id) in retention::expired_stories(&ctx.db, now).await? {
        let mut tx = ctx.db.begin().await?;
        let gone = [State::Rejected, State::Declined, State::Withdrawn];
        if retention::delete(&mut tx, id, Some(&gone)).await? {
            audit(&mut tx, chapter_id, Actor::System, "story deleted after retention", &format!("#{id}"), now).await?;
            report.deleted += 1;
        }
        tx.commit().await?;
    }
    Ok(report)
}
