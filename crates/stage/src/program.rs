//! The night as the stage plays it, and where it is at any instant.
//!
//! The program is a list of segments built from the lineup: the opening, per talk its title
//! card, its slides and its Q&A, a break halfway through three or more talks (as the
//! run-of-show has it), and the closing. Only slides move on their own: each shows for the
//! chapter's seconds per slide, and after the last one the talk's Q&A starts with its own
//! timer. Every other segment waits for the host, showing overtime once its time is up.
//!
//! The stored state is small ([`StageState`]: segment, slide, when that segment or slide
//! started, when it was paused) and [`at`] derives the rest for any instant, so every view
//! computes its own countdown from the same numbers and the server only writes when a host
//! acts. [`apply`] is the one place that says what a control action does, and when it makes no
//! sense (a refusal with a sentence for the host).

use serde::Serialize;

/// The hosts' welcome, timed like the run-of-show's introduction (10 minutes).
pub const OPENING_MS: i64 = 10 * 60_000;
/// The break, as long as the run-of-show's (15 minutes).
pub const BREAK_MS: i64 = 15 * 60_000;
/// What "+30 s" adds.
pub const ADD_MS: i64 = 30_000;

/// What a segment shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Opening,
    /// A talk's title card (waits for the speaker to be ready).
    Title,
    /// A talk's slides, advancing on their own; without a deck, the title card for as long.
    Slides,
    /// The speaker's questions, with the Q&A's timer.
    Qa,
    Break,
    Closing,
}

impl Kind {
    /// How hosts and the audience call it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Opening => "Welcome",
            Kind::Title => "Next talk",
            Kind::Slides => "Talk",
            Kind::Qa => "Questions",
            Kind::Break => "Break",
            Kind::Closing => "Thank you",
        }
    }
}

/// A talk of the night as the stage needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Talk {
    pub submission_id: i64,
    pub title: String,
    /// The name the speaker chose to appear under ("Anonymous speaker" when none).
    pub speaker: String,
    /// The deck's images (content hashes) in order; empty without a deck.
    pub deck: Vec<String>,
}

/// The chapter's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    pub slides_per_talk: i64,
    pub seconds_per_slide: i64,
    pub qa_minutes: i64,
}

/// One segment of the program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub kind: Kind,
    /// The talk (index into [`Program::talks`]) of a title card, slides or Q&A.
    pub talk: Option<usize>,
    /// Slides in this segment (1 for every other kind, and for a talk without a deck).
    pub slides: i64,
    /// How long each slide shows (slides), or 0.
    pub slide_ms: i64,
    /// The segment's time (opening, Q&A, break), after which it shows overtime; `None`:
    /// untimed (title cards, closing) or timed per slide (slides).
    pub budget_ms: Option<i64>,
}

/// The night's segments, in order, and its talks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Program {
    pub segments: Vec<Segment>,
    pub talks: Vec<Talk>,
}

impl Program {
    /// The program of `talks` (in lineup order) in the chapter's `format`. A deck longer than
    /// the format allows shows its first `slides_per_talk` slides.
    pub fn build(mut talks: Vec<Talk>, format: Format) -> Program {
        let slide_ms = format.seconds_per_slide.max(1) * 1000;
        let most = usize::try_from(format.slides_per_talk.max(1)).unwrap_or(usize::MAX);
        let timed = |kind, budget_ms| Segment { kind, talk: None, slides: 1, slide_ms: 0, budget_ms };
        let mut segments = vec![timed(Kind::Opening, Some(OPENING_MS))];
        let half = talks.len().div_ceil(2);
        let count = talks.len();
        for (i, talk) in talks.iter_mut().enumerate() {
            if count >= 3 && i == half {
                segments.push(timed(Kind::Break, Some(BREAK_MS)));
            }
            talk.deck.truncate(most);
            segments.push(Segment { talk: Some(i), ..timed(Kind::Title, None) });
            let slides = if talk.deck.is_empty() {
                // No deck: the title card stays up for the talk's slide time.
                Segment {
                    kind: Kind::Slides,
                    talk: Some(i),
                    slides: 1,
                    slide_ms: slide_ms * most as i64,
                    budget_ms: None,
                }
            } else {
                Segment { kind: Kind::Slides, talk: Some(i), slides: talk.deck.len() as i64, slide_ms, budget_ms: None }
            };
            segments.push(slides);
            segments.push(Segment { talk: Some(i), ..timed(Kind::Qa, Some(format.qa_minutes.max(0) * 60_000)) });
        }
        segments.push(timed(Kind::Closing, None));
        Program { segments, talks }
    }

    /// The talk of segment `index`, if it belongs to one.
    pub fn talk_of(&self, index: usize) -> Option<&Talk> {
        self.segments.get(index).and_then(|s| s.talk).and_then(|t| self.talks.get(t))
    }

    /// The index of the Q&A segment of talk `talk`.
    pub fn qa_of(&self, talk: usize) -> Option<usize> {
        self.segments.iter().position(|s| s.kind == Kind::Qa && s.talk == Some(talk))
    }
}

/// A night's stage as stored: the segment and slide the host last moved to (or the stage last
/// caught up with), when that segment or slide started and when it was paused (server clock,
/// ms since the epoch), and a version bumped by every write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct StageState {
    pub event_id: i64,
    pub segment: i64,
    pub slide: i64,
    /// `None`: the night has not started on stage.
    pub started_at: Option<i64>,
    pub paused_at: Option<i64>,
    pub version: i64,
    pub updated_at: i64,
}

impl StageState {
    /// A night whose stage never started.
    pub fn new(event_id: i64) -> Self {
        StageState { event_id, segment: 0, slide: 0, started_at: None, paused_at: None, version: 0, updated_at: 0 }
    }
}

/// Where the night is at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub started: bool,
    pub paused: bool,
    pub segment: usize,
    pub slide: i64,
    /// When the segment (or, in slides, the slide) showing started, adjusted for pauses and
    /// added time.
    pub item_started_at: i64,
    /// Time left on the slide or in the segment; negative: overtime. `None`: untimed.
    pub remaining_ms: Option<i64>,
}

/// Where the night is at instant `t` (ms) according to `state`: slides advance on their own,
/// the last slide leads to the Q&A, everything else waits for the host. While paused, time
/// stands still at the pause.
pub fn at(program: &Program, state: &StageState, t: i64) -> Position {
    let last = program.segments.len().saturating_sub(1);
    let mut segment = usize::try_from(state.segment).unwrap_or(0).min(last);
    let clamp = |segment: usize, slide: i64| slide.clamp(0, program.segments.get(segment).map_or(1, |s| s.slides) - 1);
    let mut slide = clamp(segment, state.slide);
    let Some(started_at) = state.started_at else {
        return Position { started: false, paused: false, segment, slide, item_started_at: t, remaining_ms: None };
    };
    let anchor = state.paused_at.unwrap_or(t);
    let mut item_started_at = started_at;
    while let Some(seg) = program.segments.get(segment) {
        if seg.kind != Kind::Slides {
            let remaining_ms = seg.budget_ms.map(|budget| budget - (anchor - item_started_at));
            return Position {
                started: true,
                paused: state.paused_at.is_some(),
                segment,
                slide: 0,
                item_started_at,
                remaining_ms,
            };
        }
        let elapsed = anchor - item_started_at;
        let passed = if elapsed < 0 { 0 } else { elapsed / seg.slide_ms.max(1) };
        if slide + passed < seg.slides || segment == last {
            let passed = passed.min(seg.slides - 1 - slide);
            let item = item_started_at + passed * seg.slide_ms;
            return Position {
                started: true,
                paused: state.paused_at.is_some(),
                segment,
                slide: slide + passed,
                item_started_at: item,
                remaining_ms: Some(seg.slide_ms - (anchor - item)),
            };
        }
        // The slides are over: the next segment started when the last slide ended.
        item_started_at += (seg.slides - slide) * seg.slide_ms;
        segment += 1;
        slide = 0;
    }
    Position { started: true, paused: state.paused_at.is_some(), segment, slide, item_started_at, remaining_ms: None }
}

/// What a host can do on stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Control {
    Start,
    Pause,
    Resume,
    NextSlide,
    PreviousSlide,
    NextSegment,
    PreviousSegment,
    /// Thirty seconds more for the slide or segment showing.
    AddTime,
    /// From a talk's title card or slides straight to its Q&A.
    SkipToQa,
}

impl Control {
    pub const ALL: [Control; 9] = [
        Control::Start,
        Control::Pause,
        Control::Resume,
        Control::NextSlide,
        Control::PreviousSlide,
        Control::NextSegment,
        Control::PreviousSegment,
        Control::AddTime,
        Control::SkipToQa,
    ];

    /// The action's name in forms and the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Control::Start => "start",
            Control::Pause => "pause",
            Control::Resume => "resume",
            Control::NextSlide => "next_slide",
            Control::PreviousSlide => "previous_slide",
            Control::NextSegment => "next_segment",
            Control::PreviousSegment => "previous_segment",
            Control::AddTime => "add_time",
            Control::SkipToQa => "skip_to_qa",
        }
    }

    pub fn parse(text: &str) -> Option<Control> {
        Control::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// The state where the stage is at `now`, written down: the segment and slide showing and
/// when they started. Positions at `now` and later are the same as `state`'s.
pub fn normalise(program: &Program, state: &StageState, now: i64) -> StageState {
    if state.started_at.is_none() {
        return *state;
    }
    let p = at(program, state, now);
    StageState { segment: p.segment as i64, slide: p.slide, started_at: Some(p.item_started_at), ..*state }
}

/// The state after `control` at `now`, with the version bumped; or why it makes no sense now
/// (the key of a message of errors.ftl).
pub fn apply(program: &Program, state: &StageState, control: Control, now: i64) -> Result<StageState, &'static str> {
    let mut s = normalise(program, state, now);
    let started = s.started_at.is_some();
    let last = program.segments.len().saturating_sub(1) as i64;
    let seg = program.segments.get(s.segment as usize);
    let in_slides = seg.is_some_and(|seg| seg.kind == Kind::Slides);
    let (segment, slide) = (s.segment, s.slide);
    let mut move_to = None;
    match control {
        Control::Start if started => return Err("error-stage-running"),
        Control::Start => {
            s.segment = 0;
            s.slide = 0;
            s.started_at = Some(now);
            s.paused_at = None;
        }
        _ if !started => return Err("error-stage-not-started"),
        Control::Pause if s.paused_at.is_some() => return Err("error-stage-paused"),
        Control::Pause => s.paused_at = Some(now),
        Control::Resume => {
            let Some(paused_at) = s.paused_at else { return Err("error-stage-not-paused") };
            s.started_at = s.started_at.map(|at| at + (now - paused_at));
            s.paused_at = None;
        }
        Control::NextSlide if !in_slides => return Err("error-stage-no-slides-next"),
        Control::NextSlide if slide + 1 < seg.map_or(1, |seg| seg.slides) => move_to = Some((segment, slide + 1)),
        Control::NextSlide => move_to = Some((segment + 1, 0)),
        Control::PreviousSlide if !in_slides => {
            return Err("error-stage-no-slides-previous");
        }
        Control::PreviousSlide if slide == 0 => return Err("error-stage-first-slide"),
        Control::PreviousSlide => move_to = Some((segment, slide - 1)),
        Control::NextSegment if segment >= last => return Err("error-stage-end"),
        Control::NextSegment => move_to = Some((segment + 1, 0)),
        Control::PreviousSegment if segment == 0 => return Err("error-stage-beginning"),
        Control::PreviousSegment => move_to = Some((segment - 1, 0)),
        Control::AddTime => {
            if !in_slides && seg.is_none_or(|seg| seg.budget_ms.is_none()) {
                return Err("error-stage-no-timer");
            }
            s.started_at = s.started_at.map(|at| at + ADD_MS);
        }
        Control::SkipToQa => {
            let talk = seg.filter(|seg| matches!(seg.kind, Kind::Title | Kind::Slides)).and_then(|seg| seg.talk);
            let qa = talk.and_then(|talk| program.qa_of(talk)).ok_or("error-stage-skip-qa")?;
            move_to = Some((qa as i64, 0));
        }
    }
    if let Some((segment, slide)) = move_to {
        // A move starts the new segment or slide at the pause, if paused: it stays paused
        // with its full time.
        s.segment = segment;
        s.slide = slide;
        s.started_at = Some(s.paused_at.unwrap_or(now));
    }
    s.version += 1;
    s.updated_at = now;
    Ok(s)
}

/// The talk questions go to at `t`: the one on stage (title card, slides or Q&A), else the
/// next one; `None` once the last talk is over.
pub fn asking_talk(program: &Program, state: &StageState, t: i64) -> Option<usize> {
    let p = at(program, state, t);
    if !p.started {
        return program.segments.iter().find_map(|s| s.talk);
    }
    program.segments[p.segment..].iter().find_map(|s| s.talk)
}

/// The talk whose Q&A is on stage at `t`, if any.
pub fn qa_talk(program: &Program, state: &StageState, t: i64) -> Option<usize> {
    let p = at(program, state, t);
    let seg = program.segments.get(p.segment)?;
    if p.started && seg.kind == Kind::Qa { seg.talk } else { None }
}

#[cfg(test)]
mod tests;
