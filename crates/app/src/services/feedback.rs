//! Feedback after the night: the morning after (09:00 in the night's zone, the day after it
//! started) each checked-in guest who did not unsubscribe gets one email with a link to their
//! form; they answer and may change their answers for [`EDIT_DAYS`] days after the night. Hosts
//! read every comment first and release or hide it; speakers read only the released ones and
//! their talk's ratings, never a name. Feedback goes with the night when it is cancelled, with
//! a talk when its story is deleted, and after the chapter's retention.

use failnight_core::Lang;
use std::collections::HashSet;

use chrono::{DateTime, Days, Duration, Utc};
use chrono_tz::Tz;
use failnight_core::{Timestamp, outbox, time::local_to_utc_lenient, token::new_token};
use failnight_feedback::{
    CommentStatus, Form, NightTotals, TalkAnswer, TalkTotals,
    responses::{self as feedback, Unmoderated},
};
use failnight_reminders::{compose, preferences};
use failnight_scheduling::{EventDetails, EventStatus, events};
use failnight_submissions::lineup;
use failnight_ticketing::{RsvpStatus, rsvps};

use super::{Actor, audit, commit, nights_past_retention};
use crate::{Context, error::Error};

/// How long after the night a guest may answer and change their answers.
pub const EDIT_DAYS: i64 = 7;
/// The hour (in the night's zone) of the morning after when guests are asked.
pub const MORNING_HOUR: u32 = 9;

const LINK_GONE: &str = "error-feedback-link";

/// When the night's guests are asked: 09:00 local on the day after the night started, and
/// never before it ended.
pub fn morning_after(event: &EventDetails) -> DateTime<Utc> {
    morning_after_of(event.starts_utc(), event.ends_utc(), event.tz())
}

fn morning_after_of(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, zone: Tz) -> DateTime<Utc> {
    let day = starts_at.with_timezone(&zone).date_naive() + Days::new(1);
    let nine = day.and_hms_opt(MORNING_HOUR, 0, 0).unwrap_or_default();
    local_to_utc_lenient(nine, zone).max(ends_at)
}

/// Until when the night's feedback can be given and changed.
pub fn closes_at(event: &EventDetails) -> Timestamp {
    Timestamp::from_utc(event.ends_utc() + Duration::days(EDIT_DAYS))
}

/// A talk of the night as the feedback pages name it (the speaker as they chose to appear).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Talk {
    pub submission_id: i64,
    pub title: String,
    pub speaker: String,
}

async fn talks(ctx: &Context, event_id: i64) -> Result<Vec<Talk>, Error> {
    Ok(lineup::placed(&ctx.db, event_id)
        .await?
        .into_iter()
        .map(|story| Talk { submission_id: story.id, speaker: story.public_label().to_string(), title: story.title })
        .collect())
}

/// What the background job did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Jobs {
    /// Guests emailed their form.
    pub asked: usize,
    /// Nights whose feedback was deleted after the chapter's retention.
    pub forgotten: usize,
}

/// Asks the guests of the nights whose morning after has come, and deletes the feedback of
/// nights past their chapter's retention. Safe on any number of workers: a ticket's form is
/// made once (its row is the claim), and its email is keyed by the ticket.
pub async fn run_jobs(ctx: &Context) -> Result<Jobs, Error> {
    let now = ctx.clock.now();
    let mut jobs = Jobs::default();
    for night in events::published_ending_between(&ctx.db, now - Duration::days(EDIT_DAYS), now).await? {
        if morning_after(&night) <= now && now < closes_at(&night).to_utc() {
            jobs.asked += ask(ctx, &night).await?;
        }
    }
    let nights = feedback::nights_with_feedback(&ctx.db).await?;
    for event in nights_past_retention(ctx, nights, now).await? {
        let mut tx = ctx.db.begin().await?;
        let deleted = feedback::delete_event(&mut tx, event.id).await?;
        if deleted > 0 {
            let detail = format!("{} ({deleted})", event.title);
            audit(&mut tx, event.chapter_id, Actor::System, "feedback deleted after retention", &detail, now).await?;
            jobs.forgotten += 1;
        }
        tx.commit().await?;
    }
    Ok(jobs)
}

/// Emails each checked-in guest of the night who has no form yet and did not unsubscribe
/// their form's link (walk-ins have no address); how many were queued.
async fn ask(ctx: &Context, night: &EventDetails) -> Result<usize, Error> {
    let unsubscribed = preferences::unsubscribed(&ctx.db, night.chapter_id).await?;
    // Asked already: a form exists, or its email was queued (a form deleted after retention is
    // never made again).
    let asked: HashSet<i64> = feedback::rsvps_with_form(&ctx.db, night.id).await?.into_iter().collect();
    let queued_before =
        outbox::keys_of_event(&ctx.db, night.id, &outbox::keys::night_feedback_requests(night.id)).await?;
    let now = ctx.clock.timestamp();
    let mut tx = ctx.db.begin().await?;
    let guests: Vec<_> = rsvps::with_status_tx(&mut tx, night.id, &[RsvpStatus::CheckedIn])
        .await?
        .into_iter()
        .filter(|r| {
            !asked.contains(&r.id)
                && !unsubscribed.contains(&r.email)
                && !queued_before.contains(&outbox::keys::feedback_request(night.id, r.id))
        })
        .collect();
    if guests.is_empty() {
        tx.rollback().await?;
        return Ok(0);
    }
    let addresses: Vec<&str> = guests.iter().map(|r| r.email.as_str()).collect();
    let unsubscribe = preferences::tokens_for(&mut tx, night.chapter_id, &addresses, now).await?;
    let closes = closes_at(night);
    let mut queued = 0;
    for guest in &guests {
        let token = new_token();
        // Another worker made this ticket's form meanwhile: its email is that worker's.
        if !feedback::open(&mut tx, guest.id, night.id, &token, now).await? {
            continue;
        }
        let unsubscribe = unsubscribe.get(&guest.email).ok_or(sqlx::Error::RowNotFound)?;
        let url = ctx.sender.unsubscribe_url(unsubscribe);
        let email = compose::feedback_email(
            &ctx.sender,
            guest.lang(night.chapter_language),
            night,
            guest,
            &token,
            &url,
            closes,
        );
        queued += usize::from(outbox::enqueue(&mut tx, &email, now).await?);
    }
    commit(ctx, tx, queued > 0).await?;
    Ok(queued)
}

/// A guest's form as their link shows it.
#[derive(Debug, Clone)]
pub struct GuestForm {
    pub event: EventDetails,
    pub talks: Vec<Talk>,
    pub form: Form,
    pub answers: Vec<TalkAnswer>,
    pub closes_at: Timestamp,
    /// Answers can still be given or changed.
    pub open: bool,
    /// The guest's language (of the page they booked on), else the chapter's: the language
    /// their feedback email was in.
    pub lang: Lang,
}

impl GuestForm {
    /// The answer about a talk, if any.
    pub fn answer(&self, submission_id: i64) -> Option<&TalkAnswer> {
        self.answers.iter().find(|a| a.submission_id == submission_id)
    }

    /// When the form closes, in words of the night's zone, in `lang`.
    pub fn closes_text(&self, lang: Lang) -> String {
        lang.date_time(self.closes_at.to_utc(), self.event.tz())
    }
}

/// The form of a link's token.
pub async fn form(ctx: &Context, token: &str) -> Result<GuestForm, Error> {
    let form = feedback::by_token(&ctx.db, token).await?.ok_or(Error::NotFound(LINK_GONE.into()))?;
    let event = events::get(&ctx.db, form.event_id).await?.ok_or(Error::NotFound(LINK_GONE.into()))?;
    if event.status() == EventStatus::Cancelled {
        return Err(Error::NotFound(LINK_GONE.into()));
    }
    let closes_at = closes_at(&event);
    let guest = rsvps::get(&ctx.db, form.rsvp_id).await?;
    Ok(GuestForm {
        lang: guest.and_then(|r| r.language).unwrap_or(event.chapter_language),
        talks: talks(ctx, event.id).await?,
        answers: feedback::talks_of(&ctx.db, form.rsvp_id).await?,
        open: ctx.clock.timestamp() < closes_at,
        closes_at,
        event,
        form,
    })
}

/// A guest answers (or changes their answers) until the form closes. A bad answer changes
/// nothing and names its field.
pub async fn respond(ctx: &Context, token: &str, fields: &[(String, String)]) -> Result<GuestForm, Error> {
    let current = form(ctx, token).await?;
    if !current.open {
        return Err(Error::Conflict(
            "feedback_closed",
            failnight_core::Message::new("error-feedback-closed").arg("closed", current.closes_text(current.lang)),
        ));
    }
    let ids: Vec<i64> = current.talks.iter().map(|t| t.submission_id).collect();
    let answers = feedback::check(fields, &ids)?;
    let mut tx = ctx.db.begin().await?;
    // Read again in the transaction: the night may have been cancelled (and its feedback
    // deleted) since.
    let form = feedback::by_token(&mut tx, token).await?.ok_or(Error::NotFound(LINK_GONE.into()))?;
    let form = feedback::save(&mut tx, &form, &answers, ctx.clock.timestamp()).await?;
    tx.commit().await?;
    Ok(GuestForm { answers: feedback::talks_of(&ctx.db, form.rsvp_id).await?, form, ..current })
}

/// A talk's figures and comments for its hosts.
#[derive(Debug, Clone)]
pub struct TalkFigures {
    pub talk: Talk,
    pub totals: TalkTotals,
}

/// A comment as its hosts moderate it.
#[derive(Debug, Clone)]
pub struct Comment {
    pub talk: Talk,
    pub answer: TalkAnswer,
}

/// A night's feedback for its hosts: figures, every comment and the takeaways (no names).
#[derive(Debug, Clone)]
pub struct Overview {
    pub summary: Summary,
    pub talks: Vec<TalkFigures>,
    pub comments: Vec<Comment>,
    pub takeaways: Vec<String>,
    pub morning_after: DateTime<Utc>,
    pub closes_at: Timestamp,
}

/// A night's feedback in figures.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Summary {
    /// Checked-in tickets (walk-ins included).
    pub checked_in: i64,
    pub totals: NightTotals,
    /// Comments no host has released or hidden yet.
    pub pending: i64,
}

impl Summary {
    /// Responses per checked-in guest (`None` when nobody was checked in).
    pub fn response_rate(&self) -> Option<f64> {
        (self.checked_in > 0).then(|| self.totals.responses as f64 / self.checked_in as f64)
    }
}

/// The night's feedback in figures (the host night page's line).
pub async fn summary(ctx: &Context, event_id: i64) -> Result<Summary, Error> {
    let pending = feedback::talk_totals(&ctx.db, event_id).await?.iter().map(|t| t.pending).sum();
    Ok(Summary {
        checked_in: rsvps::status_counts(&ctx.db, event_id).await?.checked_in,
        totals: feedback::night_totals(&ctx.db, event_id).await?,
        pending,
    })
}

/// Everything the night's hosts see of its feedback.
pub async fn overview(ctx: &Context, event: &EventDetails) -> Result<Overview, Error> {
    let lineup = talks(ctx, event.id).await?;
    let talk = |submission_id: i64| {
        lineup.iter().find(|t| t.submission_id == submission_id).cloned().unwrap_or(Talk {
            submission_id,
            title: "A talk no longer in the lineup".into(),
            speaker: String::new(),
        })
    };
    let totals = feedback::talk_totals(&ctx.db, event.id).await?;
    let figures = lineup
        .iter()
        .map(|t| TalkFigures {
            talk: t.clone(),
            totals: totals
                .iter()
                .find(|x| x.submission_id == t.submission_id)
                .copied()
                .unwrap_or(TalkTotals { submission_id: t.submission_id, ..TalkTotals::default() }),
        })
        .collect();
    let comments = feedback::comments_of_event(&ctx.db, event.id)
        .await?
        .into_iter()
        .map(|answer| Comment { talk: talk(answer.submission_id), answer })
        .collect();
    Ok(Overview {
        summary: summary(ctx, event.id).await?,
        talks: figures,
        comments,
        takeaways: feedback::takeaways(&ctx.db, event.id).await?,
        morning_after: morning_after(event),
        closes_at: closes_at(event),
    })
}

/// A host releases a comment to its speaker, or hides it from them for good, as read at
/// `version` (audited by its number, never its text).
pub async fn moderate(
    ctx: &Context,
    actor: Actor,
    event: &EventDetails,
    comment_id: i64,
    version: i64,
    status: CommentStatus,
) -> Result<TalkAnswer, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let answer = match feedback::moderate(&mut tx, event.id, comment_id, version, status).await? {
        Ok(answer) => answer,
        Err(Unmoderated::Missing) => return Err(Error::NotFound("error-no-comment".into())),
        Err(Unmoderated::Changed) => {
            return Err(Error::Conflict("comment_changed", "error-comment-changed".into()));
        }
    };
    let action = match status {
        CommentStatus::Pending => "feedback comment back to unread",
        CommentStatus::Released => "feedback comment released",
        CommentStatus::Hidden => "feedback comment hidden",
    };
    audit(&mut tx, event.chapter_id, actor, action, &format!("#{comment_id}"), now).await?;
    tx.commit().await?;
    Ok(answer)
}

/// What a speaker reads about their talk: its ratings and the released comments.
#[derive(Debug, Clone, Default)]
pub struct SpeakerFeedback {
    pub totals: TalkTotals,
    pub comments: Vec<String>,
}

pub async fn for_talk(ctx: &Context, submission_id: i64) -> Result<SpeakerFeedback, Error> {
    Ok(SpeakerFeedback {
        totals: feedback::totals_of_talk(&ctx.db, submission_id).await?,
        comments: feedback::released_comments(&ctx.db, submission_id).await?,
    })
}

/// What cancelling a night forgets of its feedback (in the cancellation's transaction).
pub(crate) async fn forget_night(tx: &mut failnight_core::Tx, event_id: i64) -> Result<(), Error> {
    feedback::delete_event(tx, event_id).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_morning_after_is_nine_local_the_next_day() {
        use chrono::TimeZone;
        let tz = Tz::Europe__Berlin;
        let at = |y, m, d, h, min| tz.with_ymd_and_hms(y, m, d, h, min, 0).unwrap().with_timezone(&Utc);
        let morning = |start, end| morning_after_of(start, end, tz);
        assert_eq!(morning(at(2026, 10, 24, 19, 0), at(2026, 10, 24, 22, 0)), at(2026, 10, 25, 9, 0), "across DST");
        assert_eq!(
            morning(at(2026, 12, 3, 23, 0), at(2026, 12, 4, 10, 0)),
            at(2026, 12, 4, 10, 0),
            "never before the end"
        );
    }
}
