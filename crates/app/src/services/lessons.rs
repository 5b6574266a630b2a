//! Use cases of the lessons library, each one transaction: a speaker's recap (saved, published
//! with their explicit yes, withdrawn) and a host's draft of it for the speaker to approve.
//! The rules are `failnight_submissions::lessons`'; the audit log names the story by number.

use failnight_core::Timestamp;
use failnight_scheduling::{Chapter, events};
use failnight_submissions::{
    Submission,
    lessons::{self, DraftedBy, Lesson, RecapInput},
    stories,
};

use super::{Actor, audit, commit};
use crate::{Context, error::Error};

/// Writes the recap of `story` (read again in the transaction) by `by`, after its night.
async fn write(
    ctx: &Context,
    actor: Actor,
    story: &Submission,
    input: &RecapInput,
    by: DraftedBy,
    publish: bool,
) -> Result<Lesson, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let story = stories::get(&mut tx, story.id).await?.ok_or(Error::NotFound("error-no-story".into()))?;
    let night = match story.event_id {
        Some(id) => events::get(&mut tx, id).await?,
        None => None,
    };
    let night = lessons::recap_night(&story, night.as_ref(), Timestamp::from_utc(now))?;
    let before = lessons::of_story(&mut tx, story.id).await?;
    let lesson = lessons::save(&mut tx, &story, night, input, by, publish, Timestamp::from_utc(now)).await?;
    let action = match (by, publish) {
        (DraftedBy::Host, _) => "lesson drafted",
        (DraftedBy::Speaker, true) if before.is_none_or(|b| b.state != lessons::LessonState::Published) => {
            "lesson published"
        }
        (DraftedBy::Speaker, _) => "lesson edited",
    };
    audit(&mut tx, story.chapter_id, actor, action, &format!("#{}", story.id), now).await?;
    commit(ctx, tx, false).await?;
    Ok(lesson)
}

/// The speaker saves their recap; `publish` is their explicit yes to publishing it under the
/// name they chose for the night. Without it, the recap keeps its state (a published lesson
/// stays published with the new text).
pub async fn save(ctx: &Context, story: &Submission, input: &RecapInput, publish: bool) -> Result<Lesson, Error> {
    write(ctx, Actor::System, story, input, DraftedBy::Speaker, publish).await
}

/// A host drafts the recap for the speaker to read, change and publish (never published by
/// this): only while there is no recap or only a host's draft.
pub async fn draft(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    story: &Submission,
    input: &RecapInput,
) -> Result<Lesson, Error> {
    if story.chapter_id != chapter.id {
        return Err(Error::NotFound("error-no-story".into()));
    }
    write(ctx, actor, story, input, DraftedBy::Host, false).await
}

/// The speaker takes their published lesson back: gone from every public page at once.
pub async fn withdraw(ctx: &Context, story: &Submission) -> Result<Lesson, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let lesson = lessons::withdraw(&mut tx, story.id, Timestamp::from_utc(now)).await?;
    audit(&mut tx, story.chapter_id, Actor::System, "lesson withdrawn", &format!("#{}", story.id), now).await?;
    commit(ctx, tx, false).await?;
    Ok(lesson)
}
