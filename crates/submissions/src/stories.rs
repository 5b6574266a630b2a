//! Stories (submissions) and their states.
//!
//! The state machine lives here and only here: [`State::after`] is the whole table of allowed
//! transitions, and every change of state goes through [`transition`], whose `UPDATE` is
//! conditional on the state it read, so two racing changes cannot both apply. Hosts decide
//! (accept, reject, waitlist); speakers respond (confirm, decline, withdraw).
//!
//! A story is personal: nothing here logs its text, and callers never put it in a URL or an
//! email subject.

use failnight_core::{
    Db, Exec, FieldErrors, Lang, Timestamp, Tx,
    token::new_token,
    webhooks::{self, Kind, Scope},
    with_db, with_exec, with_tx,
};

use crate::SubmissionsError;

failnight_core::text_enum! {
    /// `submissions.state`, in the order hosts see the states listed (`State::ALL`).
    pub enum State {
        Submitted = "submitted",
        Waitlisted = "waitlisted",
        Accepted = "accepted",
        Confirmed = "confirmed",
        Rejected = "rejected",
        Declined = "declined",
        Withdrawn = "withdrawn",
    }
}

impl State {
    /// Not decided yet: the speaker may still edit it.
    pub fn is_undecided(self) -> bool {
        matches!(self, State::Submitted | State::Waitlisted)
    }

    /// Decided for good (blind review reveals the speaker from here on).
    pub fn is_decided(self) -> bool {
        !self.is_undecided()
    }

    /// The state `action` leads to from this one, if the rules allow it:
    ///
    /// - submitted → accepted | rejected | waitlisted (hosts)
    /// - waitlisted → accepted | rejected (hosts)
    /// - accepted → confirmed | declined (the speaker)
    /// - submitted, waitlisted, accepted, confirmed → withdrawn (the speaker)
    pub fn after(self, action: Action) -> Option<State> {
        use {Action as A, State as S};
        match (self, action) {
            (S::Submitted, A::Accept) | (S::Waitlisted, A::Accept) => Some(S::Accepted),
            (S::Submitted, A::Reject) | (S::Waitlisted, A::Reject) => Some(S::Rejected),
            (S::Submitted, A::Waitlist) => Some(S::Waitlisted),
            (S::Accepted, A::Confirm) => Some(S::Confirmed),
            (S::Accepted, A::Decline) => Some(S::Declined),
            (S::Submitted | S::Waitlisted | S::Accepted | S::Confirmed, A::Withdraw) => Some(S::Withdrawn),
            _ => None,
        }
    }
}

/// What moves a story from one state to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Accept,
    Reject,
    Waitlist,
    Confirm,
    Decline,
    Withdraw,
}

/// Who may take an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Host,
    Speaker,
}

impl Action {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "accept" => Some(Action::Accept),
            "reject" => Some(Action::Reject),
            "waitlist" => Some(Action::Waitlist),
            "confirm" => Some(Action::Confirm),
            "decline" => Some(Action::Decline),
            "withdraw" => Some(Action::Withdraw),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Accept => "accept",
            Action::Reject => "reject",
            Action::Waitlist => "waitlist",
            Action::Confirm => "confirm",
            Action::Decline => "decline",
            Action::Withdraw => "withdraw",
        }
    }

    pub fn past_tense(self) -> &'static str {
        match self {
            Action::Accept => "accepted",
            Action::Reject => "rejected",
            Action::Waitlist => "waitlisted",
            Action::Confirm => "confirmed",
            Action::Decline => "declined",
            Action::Withdraw => "withdrawn",
        }
    }

    pub fn by(self) -> By {
        match self {
            Action::Accept | Action::Reject | Action::Waitlist => By::Host,
            Action::Confirm | Action::Decline | Action::Withdraw => By::Speaker,
        }
    }
}

failnight_core::text_enum! {
    /// How a speaker appears publicly (`submissions.appearance`).
    pub enum Appearance {
        RealName = "real_name",
        StageName = "stage_name",
        Anonymous = "anonymous",
    }
}

impl Appearance {
    /// The name the public sees of a speaker with this appearance, or `None` for anonymous.
    pub fn public_name<'a>(self, name: &'a str, stage_name: &'a str) -> Option<&'a str> {
        match self {
            Appearance::RealName => Some(name),
            Appearance::StageName => Some(stage_name),
            Appearance::Anonymous => None,
        }
    }
}

/// What the public sees for a speaker who chose to be anonymous.
pub const ANONYMOUS: &str = "Anonymous speaker";

failnight_core::text_enum! {
    /// A speaker's answer for one medium (photos, recording, slides: `submissions.consent_*`).
    pub enum Consent {
        No = "no",
        Yes = "yes",
        /// Ask me before publishing.
        Ask = "ask",
    }
}

failnight_core::text_enum! {
    /// What a speaker allows of their slides (`submissions.slides_use`; it replaces
    /// `consent_slides`, which is no longer read).
    pub enum SlidesUse {
        /// Shown on stage during the talk, never published.
        Stage = "stage",
        /// Shown on stage, and published with the talk after the night.
        Published = "published",
        /// Never shown, not even on stage.
        Never = "never",
    }
}

impl SlidesUse {
    /// In words, for the speaker, the hosts and the door.
    pub fn describe(self) -> &'static str {
        match self {
            SlidesUse::Stage => "on stage only",
            SlidesUse::Published => "on stage, published after the night",
            SlidesUse::Never => "never shown",
        }
    }
}

impl Consent {
    /// In words, for hosts and the photographer.
    pub fn describe(self) -> &'static str {
        match self {
            Consent::Yes => "yes",
            Consent::No => "no",
            Consent::Ask => "ask first",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Submission {
    pub id: i64,
    pub chapter_id: i64,
    #[serde(skip)]
    pub token: String,
    pub state: State,
    pub name: String,
    pub email: String,
    pub appearance: Appearance,
    pub stage_name: String,
    pub title: String,
    pub teaser: String,
    pub story_project: String,
    pub story_wrong: String,
    pub story_learned: String,
    pub story_differently: String,
    /// `YYYY-MM` months, comma-separated; empty: any month.
    pub preferred_months: String,
    pub consent_photos: Consent,
    pub consent_recording: Consent,
    /// No longer read: [`Submission::slides_use`] replaced it (migration 0019).
    pub consent_slides: Consent,
    pub slides_use: SlidesUse,
    pub content_notes: String,
    pub coc_accepted_at: Timestamp,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub decided_at: Option<Timestamp>,
    pub reminded_at: Option<Timestamp>,
    pub hosts_alerted_at: Option<Timestamp>,
    pub event_id: Option<i64>,
    pub slot: Option<i64>,
    /// The language of the story page it was sent from (`None`: the chapter's).
    pub language: Option<Lang>,
}

impl Submission {
    /// The language of this speaker's emails: theirs, else the chapter's.
    pub fn lang(&self, chapter: Lang) -> Lang {
        self.language.unwrap_or(chapter)
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn appearance(&self) -> Appearance {
        self.appearance
    }

    /// The name the public sees, or `None` for an anonymous speaker.
    pub fn public_name(&self) -> Option<&str> {
        self.appearance().public_name(&self.name, &self.stage_name)
    }

    /// The name shown publicly, with "Anonymous speaker" for those who chose so.
    pub fn public_label(&self) -> &str {
        self.public_name().unwrap_or(ANONYMOUS)
    }

    /// What may be published, for the photographer and the door: "photos: yes · recording: …".
    pub fn consent_note(&self) -> String {
        format!(
            "photos: {} · recording: {} · slides: {}",
            self.consent_photos.describe(),
            self.consent_recording.describe(),
            self.slides_use.describe()
        )
    }

    pub fn months(&self) -> Vec<&str> {
        self.preferred_months.split(',').filter(|m| !m.is_empty()).collect()
    }
}

pub(crate) const COLUMNS: &str = "id, chapter_id, token, state, name, email, appearance, stage_name, title, teaser,
    story_project, story_wrong, story_learned, story_differently, preferred_months, consent_photos,
    consent_recording, consent_slides, slides_use, content_notes, coc_accepted_at, created_at, updated_at, decided_at,
    reminded_at, hosts_alerted_at, event_id, slot, language";

/// What a speaker types (the form), as text.
#[derive(Debug, Clone, Default)]
pub struct StoryInput {
    pub name: String,
    pub email: String,
    pub appearance: String,
    pub stage_name: String,
    pub title: String,
    pub teaser: String,
    pub story_project: String,
    pub story_wrong: String,
    pub story_learned: String,
    pub story_differently: String,
    /// `YYYY-MM` each.
    pub preferred_months: Vec<String>,
    pub consent_photos: String,
    pub consent_recording: String,
    pub consent_slides: String,
    pub content_notes: String,
    pub accept_coc: bool,
    /// The language of the story page it was sent from: the speaker's emails speak it.
    pub language: Option<Lang>,
}

/// The validated fields of a story.
struct Fields {
    name: String,
    email: String,
    appearance: Appearance,
    stage_name: String,
    title: String,
    teaser: String,
    project: String,
    wrong: String,
    learned: String,
    differently: String,
    months: String,
    consents: [Consent; 2],
    slides: SlidesUse,
    content_notes: String,
}

pub const STORY_MAX: usize = 4_000;

fn consent(errors: &mut FieldErrors, field: &str, value: &str) -> Consent {
    Consent::parse(value.trim()).unwrap_or_else(|| {
        errors.add(field, "error-story-consent");
        Consent::Ask
    })
}

/// Consent per medium, validated: photos and recording, and what may be done with the slides.
pub fn consents(errors: &mut FieldErrors, photos: &str, recording: &str, slides: &str) -> ([Consent; 2], SlidesUse) {
    (
        [consent(errors, "consent_photos", photos), consent(errors, "consent_recording", recording)],
        slides_use(errors, slides),
    )
}

/// The slides' medium (`consent_slides` in forms and the API): `stage`, `published` or
/// `never`; the answers of before (yes, no, ask) are read as the migration read them.
fn slides_use(errors: &mut FieldErrors, value: &str) -> SlidesUse {
    let value = value.trim();
    SlidesUse::parse(value)
        .or_else(|| {
            Consent::parse(value).map(|c| if c == Consent::Yes { SlidesUse::Published } else { SlidesUse::Stage })
        })
        .unwrap_or_else(|| {
            errors.add("consent_slides", "error-story-consent-slides");
            SlidesUse::Stage
        })
}

/// Checks a new story's fields without storing anything (the gateway does so before counting
/// a story against the sender's rate limit, so a form sent back with errors costs nothing).
pub fn check_new(input: &StoryInput) -> Result<(), failnight_core::Invalid> {
    validate(input, true).map(|_| ())
}

fn validate(input: &StoryInput, new: bool) -> Result<Fields, failnight_core::Invalid> {
    let mut errors = FieldErrors::new();
    let name = errors.line("name", &input.name, 100);
    let email = if new { errors.email("email", &input.email) } else { String::new() };
    let appearance = Appearance::parse(input.appearance.trim()).unwrap_or_else(|| {
        errors.add("appearance", "error-story-appearance");
        Appearance::Anonymous
    });
    let stage_name = if appearance == Appearance::StageName {
        errors.line("stage_name", &input.stage_name, 60)
    } else {
        let text = errors.text("stage_name", &input.stage_name, 60);
        if text.contains('\n') {
            errors.add("stage_name", "error-story-stage-name-line");
        }
        text
    };
    let title = errors.line("title", &input.title, 120);
    let teaser = errors.text("teaser", &input.teaser, 600);
    let mut story = |field: &str, value: &str| {
        let text = errors.text(field, value, STORY_MAX);
        if text.is_empty() {
            errors.add(field, "error-story-text-required");
        }
        text
    };
    let project = story("story_project", &input.story_project);
    let wrong = story("story_wrong", &input.story_wrong);
    let learned = story("story_learned", &input.story_learned);
    let differently = story("story_differently", &input.story_differently);
    let mut months: Vec<String> = input.preferred_months.iter().map(|m| m.trim().to_string()).collect();
    months.sort();
    months.dedup();
    if months.len() > 24 || !months.iter().all(|m| is_month(m)) {
        errors.add("preferred_months", "error-story-months");
    }
    let (consents, slides) =
        consents(&mut errors, &input.consent_photos, &input.consent_recording, &input.consent_slides);
    let content_notes = errors.text("content_notes", &input.content_notes, 1_000);
    if new && !input.accept_coc {
        errors.add("accept_coc", "error-story-coc");
    }
    errors.into_result()?;
    Ok(Fields {
        name,
        email,
        appearance,
        stage_name,
        title,
        teaser,
        project,
        wrong,
        learned,
        differently,
        months: months.join(","),
        consents,
        slides,
        content_notes,
    })
}

/// `YYYY-MM` with a real month.
pub fn is_month(text: &str) -> bool {
    text.len() == 7 && chrono::NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d").is_ok()
}

/// Stores a new story in `submitted` with a fresh private token. The caller checks that the
/// call is open ([`crate::settings::get`]).
pub async fn create(
    tx: &mut Tx,
    chapter_id: i64,
    input: &StoryInput,
    now: Timestamp,
) -> Result<Submission, SubmissionsError> {
    let f = validate(input, true)?;
    let token = new_token();
    let story = with_tx!(tx, |c| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO submissions (chapter_id, token, state, name, email, appearance, stage_name, title, teaser,
                                  story_project, story_wrong, story_learned, story_differently, preferred_months,
                                  consent_photos, consent_recording, consent_slides, slides_use, content_notes,
                                  coc_accepted_at, created_at, updated_at, language)
         VALUES ($1, $2, 'submitted', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                 CASE WHEN $16 = 'published' THEN 'yes' ELSE 'no' END, $16, $17, $18, $18, $18, $19)
         RETURNING {COLUMNS}"
    )))
    .bind(chapter_id)
    .bind(&token)
    .bind(&f.name)
    .bind(&f.email)
    .bind(f.appearance.as_str())
    .bind(&f.stage_name)
    .bind(&f.title)
    .bind(&f.teaser)
    .bind(&f.project)
    .bind(&f.wrong)
    .bind(&f.learned)
    .bind(&f.differently)
    .bind(&f.months)
    .bind(f.consents[0].as_str())
    .bind(f.consents[1].as_str())
    .bind(f.slides.as_str())
    .bind(&f.content_notes)
    .bind(now)
    .bind(input.language)
    .fetch_one(&mut *c)
    .await)?;
    announce(tx, &story, Kind::StorySubmitted, now).await?;
    Ok(story)
}

/// Tells the chapter's webhooks that `story` was submitted or decided: by id and state only
/// (a story is personal; hosts read it on their pages).
async fn announce(tx: &mut Tx, story: &Submission, kind: Kind, now: Timestamp) -> Result<(), sqlx::Error> {
    let data = serde_json::json!({ "story": { "id": story.id, "state": story.state() } });
    webhooks::emit(tx, Scope::Chapter(story.chapter_id), now, &[(kind, data)]).await.map(|_| ())
}

/// The speaker edits their story (not the email address) while it is undecided.
pub async fn edit(
    tx: &mut Tx,
    story: &Submission,
    input: &StoryInput,
    now: Timestamp,
) -> Result<Submission, SubmissionsError> {
    if !story.state().is_undecided() {
        return Err(SubmissionsError::Conflict("error-story-decided"));
    }
    let f = validate(input, false)?;
    let updated = with_tx!(tx, |c| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "UPDATE submissions SET name = $2, appearance = $3, stage_name = $4, title = $5, teaser = $6,
                story_project = $7, story_wrong = $8, story_learned = $9, story_differently = $10,
                preferred_months = $11, consent_photos = $12, consent_recording = $13,
                consent_slides = CASE WHEN $14 = 'published' THEN 'yes' ELSE 'no' END, slides_use = $14,
                content_notes = $15, updated_at = $16
         WHERE id = $1 AND state IN ('submitted', 'waitlisted') RETURNING {COLUMNS}"
    )))
    .bind(story.id)
    .bind(&f.name)
    .bind(f.appearance.as_str())
    .bind(&f.stage_name)
    .bind(&f.title)
    .bind(&f.teaser)
    .bind(&f.project)
    .bind(&f.wrong)
    .bind(&f.learned)
    .bind(&f.differently)
    .bind(&f.months)
    .bind(f.consents[0].as_str())
    .bind(f.consents[1].as_str())
    .bind(f.slides.as_str())
    .bind(&f.content_notes)
    .bind(now)
    .fetch_optional(&mut *c)
    .await)?;
    updated.ok_or(SubmissionsError::Conflict("error-story-decided"))
}

/// Whether the speaker may still change their consent: until the night they speak at starts
/// (`night_start`), and never once the story is out (rejected, declined, withdrawn).
pub fn consent_open(story: &Submission, night_start: Option<Timestamp>, now: Timestamp) -> bool {
    !matches!(story.state(), State::Rejected | State::Declined | State::Withdrawn)
        && night_start.is_none_or(|start| now < start)
}

/// The speaker changes their consent per medium. `night_start` is the start of the night they
/// are placed in, if any (read by the caller through scheduling).
pub async fn set_consent(
    tx: &mut Tx,
    story: &Submission,
    photos: &str,
    recording: &str,
    slides: &str,
    night_start: Option<Timestamp>,
    now: Timestamp,
) -> Result<Submission, SubmissionsError> {
    if !consent_open(story, night_start, now) {
        return Err(SubmissionsError::Conflict("error-story-consent-locked"));
    }
    let mut errors = FieldErrors::new();
    let ([photos, recording], slides) = consents(&mut errors, photos, recording, slides);
    errors.into_result()?;
    let updated = with_tx!(tx, |c| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "UPDATE submissions SET consent_photos = $2, consent_recording = $3,
                consent_slides = CASE WHEN $4 = 'published' THEN 'yes' ELSE 'no' END, slides_use = $4, updated_at = $5
         WHERE id = $1 RETURNING {COLUMNS}"
    )))
    .bind(story.id)
    .bind(photos.as_str())
    .bind(recording.as_str())
    .bind(slides.as_str())
    .bind(now)
    .fetch_optional(&mut *c)
    .await)?;
    updated.ok_or(SubmissionsError::NotFound)
}

/// Moves a story on by `action`, taken by `by`. Refused (and nothing written) when the rules
/// do not allow it from the story's current state, or when the action is not `by`'s to take.
/// Declining or withdrawing takes the talk out of any lineup.
pub async fn transition(
    tx: &mut Tx,
    story: &Submission,
    action: Action,
    by: By,
    now: Timestamp,
) -> Result<Submission, SubmissionsError> {
    // Read again inside the transaction: the state the rules apply to is the stored one.
    let current = get(&mut *tx, story.id).await?.ok_or(SubmissionsError::NotFound)?;
    let from = current.state();
    let to = from.after(action).filter(|_| action.by() == by).ok_or(SubmissionsError::Transition { from, action })?;
    let leaves_lineup = matches!(to, State::Withdrawn | State::Declined);
    let updated = with_tx!(tx, |c| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "UPDATE submissions SET state = $3, decided_at = $4, updated_at = $4,
                event_id = CASE WHEN $5 THEN NULL ELSE event_id END,
                slot = CASE WHEN $5 THEN NULL ELSE slot END
         WHERE id = $1 AND state = $2 RETURNING {COLUMNS}"
    )))
    .bind(current.id)
    .bind(from.as_str())
    .bind(to.as_str())
    .bind(now)
    .bind(leaves_lineup)
    .fetch_optional(&mut *c)
    .await)?;
    let updated = updated.ok_or(SubmissionsError::Transition { from, action })?;
    if by == By::Host {
        announce(tx, &updated, Kind::StoryDecided, now).await?;
    }
    if to == State::Withdrawn {
        // A withdrawn story takes its published lesson with it.
        crate::lessons::withdraw_if_published(tx, updated.id, now).await?;
    }
    Ok(updated)
}

pub async fn get(exec: impl Into<Exec<'_>>, id: i64) -> Result<Option<Submission>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM submissions WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(e)
    .await)
}

/// The story behind a speaker's private link. Tokens longer than ours are not looked up.
pub async fn by_token(db: &Db, token: &str) -> Result<Option<Submission>, sqlx::Error> {
    if !failnight_core::token::may_be_token(token) {
        return Ok(None);
    }
    with_db!(db, |e| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM submissions WHERE token = $1"
    )))
    .bind(token)
    .fetch_optional(e)
    .await)
}

/// The chapter's stories for the review queue, newest first: optionally only those in `state`,
/// and only those open to `month` (`YYYY-MM`; stories without preferred months fit any).
pub async fn list(
    db: &Db,
    chapter_id: i64,
    state: Option<State>,
    month: Option<&str>,
) -> Result<Vec<Submission>, sqlx::Error> {
    list_page(db, chapter_id, state, month, 0, 500).await
}

/// As [`list`], `limit` stories from the `offset`th: a page of the review queue, read along the
/// index `submissions_queue (chapter_id, created_at, id)` and stopped at its end, however many
/// stories the chapter has.
pub async fn list_page(
    db: &Db,
    chapter_id: i64,
    state: Option<State>,
    month: Option<&str>,
    offset: i64,
    limit: i64,
) -> Result<Vec<Submission>, sqlx::Error> {
    let month = month.filter(|m| is_month(m)).unwrap_or("");
    with_db!(db, |e| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM submissions
         WHERE chapter_id = $1 AND ($2 = '' OR state = $2)
           AND ($3 = '' OR preferred_months = '' OR preferred_months LIKE $4)
         ORDER BY created_at DESC, id DESC LIMIT $5 OFFSET $6"
    )))
    .bind(chapter_id)
    .bind(state.map_or("", State::as_str))
    .bind(month)
    .bind(format!("%{month}%"))
    .bind(limit)
    .bind(offset)
    .fetch_all(e)
    .await)
}

/// How many of the chapter's stories wait for a decision (`submitted`).
pub async fn waiting_count(db: &Db, chapter_id: i64) -> Result<i64, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM submissions WHERE chapter_id = $1 AND state = 'submitted'"
    )
    .bind(chapter_id)
    .fetch_one(e)
    .await)
}

/// The confirmed talks of the chapter not placed in any night yet.
pub async fn unplaced_confirmed(db: &Db, chapter_id: i64) -> Result<Vec<Submission>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Submission>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM submissions
         WHERE chapter_id = $1 AND state = 'confirmed' AND event_id IS NULL ORDER BY decided_at, id"
    )))
    .bind(chapter_id)
    .fetch_all(e)
    .await)
}

#[cfg(test)]
mod tests {
    use super::{Action, State};

    #[test]
    fn the_transition_table() {
        use {Action as A, State as S};
        let allowed = [
            (S::Submitted, A::Accept, S::Accepted),
            (S::Submitted, A::Reject, S::Rejected),
            (S::Submitted, A::Waitlist, S::Waitlisted),
            (S::Waitlisted, A::Accept, S::Accepted),
            (S::Waitlisted, A::Reject, S::Rejected),
            (S::Accepted, A::Confirm, S::Confirmed),
            (S::Accepted, A::Decline, S::Declined),
            (S::Submitted, A::Withdraw, S::Withdrawn),
            (S::Waitlisted, A::Withdraw, S::Withdrawn),
            (S::Accepted, A::Withdraw, S::Withdrawn),
            (S::Confirmed, A::Withdraw, S::Withdrawn),
        ];
        let actions = [A::Accept, A::Reject, A::Waitlist, A::Confirm, A::Decline, A::Withdraw];
        for from in State::ALL {
            for action in actions {
                let expected = allowed.iter().find(|(f, a, _)| *f == from && *a == action).map(|(_, _, to)| *to);
                assert_eq!(from.after(action), expected, "{from:?} + {action:?}");
            }
        }
    }

    #[test]
    fn months() {
        assert!(super::is_month("2026-11"));
        assert!(!super::is_month("2026-13"));
        assert!(!super::is_month("2026-1"));
        assert!(!super::is_month("x%"));
    }
}
