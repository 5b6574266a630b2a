//! The night on stage: its program (from the lineup, the chapter's format and the decks), the
//! hosts' control actions (one conditional write each, audited, pushed to every view through
//! the live hub), and the audience's questions (asked, voted, moderated, deleted with the night
//! or after the chapter's retention).

use std::sync::Arc;

use chrono::{DateTime, Months, Utc};
use failnight_core::{Timestamp, token::hash_token};
use failnight_scheduling::{EventDetails, EventStatus, events};
use failnight_stage::{
    Control, Position, Program, StageState, Talk,
    program::{self, Format},
    questions::{self, Question, Status},
    store,
};
use failnight_submissions::{lineup, settings};

use super::{Actor, audit};
use crate::{
    Context,
    error::Error,
    live::{self, Change},
};

/// A night's stage as read at `now` (server clock, ms).
#[derive(Debug, Clone)]
pub struct Stage {
    pub event: EventDetails,
    pub program: Program,
    pub state: StageState,
    pub now: i64,
}

impl Stage {
    /// Where the night is now.
    pub fn position(&self) -> Position {
        program::at(&self.program, &self.state, self.now)
    }

    /// The talk the audience's questions go to now (see [`program::asking_talk`]).
    pub fn asking_talk(&self) -> Option<&Talk> {
        program::asking_talk(&self.program, &self.state, self.now).and_then(|t| self.program.talks.get(t))
    }

    /// The talk whose Q&A is on stage now.
    pub fn qa_talk(&self) -> Option<&Talk> {
        program::qa_talk(&self.program, &self.state, self.now).and_then(|t| self.program.talks.get(t))
    }
}

/// The night's program: its confirmed talks in lineup order with their decks, in the chapter's
/// format.
pub async fn program(ctx: &Context, event: &EventDetails) -> Result<Program, Error> {
    let format = settings::get(&ctx.db, event.chapter_id).await?;
    let mut talks = Vec::new();
    for story in lineup::placed(&ctx.db, event.id).await? {
        talks.push(Talk {
            submission_id: story.id,
            title: story.title.clone(),
            speaker: story.public_label().to_string(),
            deck: store::deck(&ctx.db, story.id).await?,
        });
    }
    Ok(Program::build(
        talks,
        Format {
            slides_per_talk: format.slides_per_talk,
            seconds_per_slide: format.seconds_per_slide,
            qa_minutes: format.qa_minutes,
        },
    ))
}

/// The night's stage now.
pub async fn stage(ctx: &Context, event: &EventDetails) -> Result<Stage, Error> {
    let program = program(ctx, event).await?;
    let state = store::get(&ctx.db, event.id).await?;
    Ok(Stage { event: event.clone(), program, state, now: ctx.clock.timestamp().0 })
}

/// What a night's live views show: its stage and every question.
#[derive(Debug)]
pub struct Reading {
    pub stage: Stage,
    pub questions: Vec<Question>,
}

/// The night's stage and questions for its live views, read once per change in this process
/// and shared by every view that wants it meanwhile ([`live::Hub::shared`]).
pub async fn reading(ctx: &Context, event_id: i64) -> Result<Arc<Reading>, Error> {
    ctx.live
        .shared(event_id, async || {
            let event = night(ctx, event_id).await?;
            let stage = stage(ctx, &event).await?;
            let questions = questions(ctx, event.id).await?;
            Ok(Reading { stage, questions })
        })
        .await
}

async fn night(ctx: &Context, event_id: i64) -> Result<EventDetails, Error> {
    events::get(&ctx.db, event_id).await?.ok_or(Error::NotFound("error-no-night".into()))
}

/// A host's control action on the night's stage. Refused (409) when it makes no sense now or
/// when the stage moved since it was read (another host pressed first).
pub async fn control(ctx: &Context, actor: Actor, event_id: i64, control: Control) -> Result<Stage, Error> {
    let event = night(ctx, event_id).await?;
    if event.status() == EventStatus::Cancelled {
        return Err(Error::Conflict("night_cancelled", "error-night-cancelled".into()));
    }
    let program = program(ctx, &event).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let state = store::get(&mut tx, event.id).await?;
    let next = program::apply(&program, &state, control, now.timestamp_millis())
        .map_err(|reason| Error::Conflict("stage_refused", reason.into()))?;
    if !store::save(&mut tx, state.version, &next).await? {
        return Err(Error::Conflict("stage_moved", "error-stage-moved".into()));
    }
    audit(
        &mut tx,
        event.chapter_id,
        actor,
        &format!("stage: {}", control.as_str().replace('_', " ")),
        &event.title,
        now,
    )
    .await?;
    live::notify(&mut tx, event.id, Change::Stage(next.version)).await?;
    tx.commit().await?;
    ctx.live.publish(event.id, Change::Stage(next.version));
    Ok(Stage { event, program, state: next, now: now.timestamp_millis() })
}

/// The key a browser is known by for a night's questions and votes: its cookie's random
/// value, hashed with the night (nothing stored links two nights or reverses to the cookie).
pub fn client_key(event_id: i64, cookie: &str) -> String {
    hash_token(&format!("live:{event_id}:{cookie}"))
}

/// Someone in the audience asks the talk on stage (or the next one) a question. Open while
/// the night's stage runs and until its last talk is over.
pub async fn ask(ctx: &Context, event_id: i64, cookie: &str, text: &str, name: &str) -> Result<Question, Error> {
    let (text, name) = questions::check(text, name)?;
    let event = night(ctx, event_id).await?;
    if event.status() != EventStatus::Published {
        return Err(Error::NotFound("error-no-night".into()));
    }
    let stage = stage(ctx, &event).await?;
    if stage.state.started_at.is_none() {
        return Err(Error::Conflict("not_live", "error-questions-not-open".into()));
    }
    let talk = stage.asking_talk().ok_or_else(|| Error::Conflict("not_live", "error-questions-over".into()))?;
    let mut tx = ctx.db.begin().await?;
    let question = questions::ask(
        &mut tx,
        event.id,
        talk.submission_id,
        &text,
        name.as_deref(),
        &client_key(event.id, cookie),
        stage.now,
    )
    .await?;
    live::notify(&mut tx, event.id, Change::Questions).await?;
    tx.commit().await?;
    ctx.live.publish(event.id, Change::Questions);
    Ok(question)
}

/// A vote for an approved question, once per browser: true when counted, false when it had
/// voted already.
pub async fn vote(ctx: &Context, event_id: i64, cookie: &str, question_id: i64) -> Result<bool, Error> {
    let now = ctx.clock.timestamp().0;
    let mut tx = ctx.db.begin().await?;
    let counted = questions::vote(&mut tx, event_id, question_id, &client_key(event_id, cookie), now)
        .await?
        .ok_or(Error::NotFound("error-no-question".into()))?;
    if counted {
        live::notify(&mut tx, event_id, Change::Questions).await?;
    }
    tx.commit().await?;
    if counted {
        ctx.live.publish(event_id, Change::Questions);
    }
    Ok(counted)
}

/// A host approves, hides or marks answered a question of the night (audited by its number,
/// never its text).
pub async fn moderate(
    ctx: &Context,
    actor: Actor,
    event_id: i64,
    question_id: i64,
    status: Status,
) -> Result<Question, Error> {
    let event = night(ctx, event_id).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let question = questions::set_status(&mut tx, event.id, question_id, status, now.timestamp_millis())
        .await?
        .ok_or(Error::NotFound("error-no-question".into()))?;
    let action = match status {
        Status::Pending => "question back to pending",
        Status::Approved => "question approved",
        Status::Hidden => "question hidden",
        Status::Answered => "question answered",
    };
    audit(&mut tx, event.chapter_id, actor, action, &format!("#{question_id}"), now).await?;
    live::notify(&mut tx, event.id, Change::Questions).await?;
    tx.commit().await?;
    ctx.live.publish(event.id, Change::Questions);
    Ok(question)
}

/// Every question of the night, most votes first.
pub async fn questions(ctx: &Context, event_id: i64) -> Result<Vec<Question>, Error> {
    Ok(questions::of_event(&ctx.db, event_id).await?)
}

/// Whether a night's questions are past the chapter's retention: `months` after it ended.
pub fn expired(ends_at: Timestamp, months: i64, now: DateTime<Utc>) -> bool {
    ends_at
        .to_utc()
        .checked_add_months(Months::new(u32::try_from(months).unwrap_or(u32::MAX)))
        .is_some_and(|until| until <= now)
}

/// Deletes the questions of nights past their chapter's retention (`retention_months` after
/// the night); how many nights' questions went. Safe on any number of workers.
pub async fn run_jobs(ctx: &Context) -> Result<usize, Error> {
    let now = ctx.clock.now();
    let mut nights = 0;
    let with_questions = questions::nights_with_questions(&ctx.db).await?;
    for event in super::nights_past_retention(ctx, with_questions, now).await? {
        let mut tx = ctx.db.begin().await?;
        let deleted = questions::delete_event(&mut tx, event.id).await?;
        if deleted > 0 {
            audit(
                &mut tx,
                event.chapter_id,
                Actor::System,
                "questions deleted after retention",
                &format!("{} ({deleted})", event.title),
                now,
            )
            .await?;
            nights += 1;
        }
        tx.commit().await?;
    }
    Ok(nights)
}

/// What cancelling a night forgets of its stage: the state and every question (in the
/// cancellation's transaction).
pub(crate) async fn forget_night(tx: &mut failnight_core::Tx, event_id: i64) -> Result<(), Error> {
    questions::delete_event(tx, event_id).await?;
    store::delete(tx, event_id).await?;
    Ok(())
}
