//! The pure parts: the program's shape, [`at`] over time, and every control action, by
//! example and as seeded properties (`FAILNIGHT_PROPERTY_SEED` replays a run).

use failnight_core::rng::Rng;

use super::*;

const FORMAT: Format = Format { slides_per_talk: 10, seconds_per_slide: 40, qa_minutes: 5 };
const T0: i64 = 1_800_000_000_000;

fn talk(id: i64, slides: usize) -> Talk {
    Talk {
        submission_id: id,
        title: format!("Talk {id}"),
        speaker: "Ada".into(),
        deck: (0..slides).map(|i| format!("{id:02}{i:062}")).collect(),
    }
}

fn program(decks: &[usize]) -> Program {
    Program::build(decks.iter().enumerate().map(|(i, n)| talk(i as i64 + 1, *n)).collect(), FORMAT)
}

fn started(at_ms: i64) -> StageState {
    StageState { started_at: Some(at_ms), version: 1, ..StageState::new(7) }
}

fn kinds(p: &Program) -> Vec<Kind> {
    p.segments.iter().map(|s| s.kind).collect()
}

#[test]
fn the_program_follows_the_run_of_show() {
    use Kind::*;
    assert_eq!(kinds(&program(&[])), [Opening, Closing]);
    assert_eq!(kinds(&program(&[10, 10])), [Opening, Title, Slides, Qa, Title, Slides, Qa, Closing]);
    // A break halfway through three or more talks (after the second of three, as lineup does).
    assert_eq!(
        kinds(&program(&[10, 3, 0])),
        [Opening, Title, Slides, Qa, Title, Slides, Qa, Break, Title, Slides, Qa, Closing]
    );
    let p = program(&[10, 3, 0, 40]);
    assert_eq!(p.segments[2].slides, 10);
    assert_eq!(p.segments[2].slide_ms, 40_000);
    assert_eq!(p.segments[5].slides, 3);
    // Without a deck: the title card for the whole slide time, as one "slide".
    let nodeck = &p.segments[9];
    assert_eq!((nodeck.kind, nodeck.slides, nodeck.slide_ms), (Slides, 1, 400_000));
    // A deck longer than the format shows the format's slides.
    assert_eq!(p.segments[12].slides, 10);
    assert_eq!(p.talks[3].deck.len(), 10);
    assert_eq!(p.segments[3].budget_ms, Some(300_000));
    assert_eq!(p.qa_of(1), Some(6));
}

#[test]
fn slides_advance_on_their_own_then_the_qa_waits_showing_overtime() {
    let p = program(&[10]);
    let s = StageState { segment: 2, ..started(T0) };
    let pos = at(&p, &s, T0);
    assert_eq!((pos.segment, pos.slide, pos.remaining_ms), (2, 0, Some(40_000)));
    let pos = at(&p, &s, T0 + 39_999);
    assert_eq!((pos.slide, pos.remaining_ms), (0, Some(1)));
    let pos = at(&p, &s, T0 + 40_000);
    assert_eq!((pos.slide, pos.remaining_ms, pos.item_started_at), (1, Some(40_000), T0 + 40_000));
    let pos = at(&p, &s, T0 + 9 * 40_000 + 5);
    assert_eq!((pos.segment, pos.slide), (2, 9));
    // 6 min 40 s: the Q&A, with its own 5 minutes.
    let pos = at(&p, &s, T0 + 400_000);
    assert_eq!((pos.segment, pos.slide, pos.remaining_ms), (3, 0, Some(300_000)));
    // It waits for the host: 2 minutes over.
    let pos = at(&p, &s, T0 + 400_000 + 420_000);
    assert_eq!((pos.segment, pos.remaining_ms), (3, Some(-120_000)));
}

#[test]
fn a_stage_not_started_stays_at_the_opening() {
    let p = program(&[10]);
    let pos = at(&p, &StageState::new(7), T0 + 1_000_000);
    assert!(!pos.started);
    assert_eq!((pos.segment, pos.remaining_ms), (0, None));
    assert_eq!(apply(&p, &StageState::new(7), Control::NextSlide, T0), Err("error-stage-not-started"));
    let s = apply(&p, &StageState::new(7), Control::Start, T0).unwrap();
    assert_eq!((s.segment, s.started_at, s.version), (0, Some(T0), 1));
    assert_eq!(apply(&p, &s, Control::Start, T0 + 1), Err("error-stage-running"));
}

#[test]
fn pause_stops_the_clock_and_resume_goes_on_where_it_was() {
    let p = program(&[10]);
    let s = StageState { segment: 2, ..started(T0) };
    let paused = apply(&p, &s, Control::Pause, T0 + 50_000).unwrap();
    assert_eq!(paused.paused_at, Some(T0 + 50_000));
    let pos = at(&p, &paused, T0 + 5_000_000);
    assert_eq!((pos.slide, pos.remaining_ms, pos.paused), (1, Some(30_000), true));
    assert_eq!(apply(&p, &paused, Control::Pause, T0 + 60_000), Err("error-stage-paused"));
    let resumed = apply(&p, &paused, Control::Resume, T0 + 110_000).unwrap();
    let pos = at(&p, &resumed, T0 + 110_000);
    assert_eq!((pos.slide, pos.remaining_ms, pos.paused), (1, Some(30_000), false));
    assert_eq!(apply(&p, &resumed, Control::Resume, T0 + 120_000), Err("error-stage-not-paused"));
}

#[test]
fn stepping_slides_and_segments() {
    let p = program(&[3, 2]);
    let s = apply(&p, &StageState::new(7), Control::Start, T0).unwrap();
    assert_eq!(apply(&p, &s, Control::NextSlide, T0), Err("error-stage-no-slides-next"));
    assert_eq!(apply(&p, &s, Control::PreviousSegment, T0), Err("error-stage-beginning"));
    assert_eq!(apply(&p, &s, Control::SkipToQa, T0), Err("error-stage-skip-qa"));
    let s = apply(&p, &s, Control::NextSegment, T0 + 1000).unwrap(); // title
    let s = apply(&p, &s, Control::NextSegment, T0 + 2000).unwrap(); // slides
    assert_eq!((s.segment, s.slide, s.started_at), (2, 0, Some(T0 + 2000)));
    assert_eq!(apply(&p, &s, Control::PreviousSlide, T0 + 3000), Err("error-stage-first-slide"));
    let s = apply(&p, &s, Control::NextSlide, T0 + 3000).unwrap();
    assert_eq!((s.segment, s.slide, s.started_at), (2, 1, Some(T0 + 3000)));
    let s = apply(&p, &s, Control::PreviousSlide, T0 + 4000).unwrap();
    assert_eq!((s.segment, s.slide), (2, 0));
    // Time moved on: two slides passed by themselves; "next" goes from the slide showing.
    let s = apply(&p, &s, Control::NextSlide, T0 + 4000 + 80_000).unwrap();
    assert_eq!((s.segment, s.slide), (3, 0), "after the last slide, the Q&A");
    let s = apply(&p, &s, Control::PreviousSegment, T0 + 90_000).unwrap();
    assert_eq!((s.segment, s.slide, s.started_at), (2, 0, Some(T0 + 90_000)));
    let s = apply(&p, &s, Control::SkipToQa, T0 + 95_000).unwrap();
    assert_eq!((s.segment, s.started_at), (3, Some(T0 + 95_000)));
    let last = StageState { segment: p.segments.len() as i64 - 1, ..s };
    assert_eq!(apply(&p, &last, Control::NextSegment, T0), Err("error-stage-end"));
    assert_eq!(apply(&p, &last, Control::AddTime, T0), Err("error-stage-no-timer"));
}

#[test]
fn thirty_seconds_more_for_the_slide_or_the_qa() {
    let p = program(&[3]);
    let s = StageState { segment: 2, ..started(T0) };
    let s = apply(&p, &s, Control::AddTime, T0 + 45_000).unwrap();
    let pos = at(&p, &s, T0 + 45_000);
    assert_eq!((pos.slide, pos.remaining_ms), (1, Some(65_000)));
    // In the Q&A (reached by itself), the Q&A gets it, not the slides again.
    let qa_start = T0 + 30_000 + 120_000;
    let s = apply(&p, &s, Control::AddTime, qa_start + 1000).unwrap();
    let pos = at(&p, &s, qa_start + 1000);
    assert_eq!((pos.segment, pos.remaining_ms), (3, Some(300_000 - 1000 + 30_000)));
}

#[test]
fn moving_while_paused_stays_paused_with_the_full_time() {
    let p = program(&[3]);
    let s = StageState { segment: 2, ..started(T0) };
    let s = apply(&p, &s, Control::Pause, T0 + 10_000).unwrap();
    let s = apply(&p, &s, Control::NextSlide, T0 + 20_000).unwrap();
    let pos = at(&p, &s, T0 + 1_000_000);
    assert_eq!((pos.slide, pos.remaining_ms, pos.paused), (1, Some(40_000), true));
}

// ---- seeded properties ----

fn random_program(rng: &mut Rng) -> Program {
    let format = Format {
        slides_per_talk: 1 + rng.below(40) as i64,
        seconds_per_slide: 5 + rng.below(296) as i64,
        qa_minutes: rng.below(15) as i64,
    };
    let talks = (0..rng.below(7)).map(|i| talk(i as i64 + 1, rng.below(45) as usize)).collect();
    Program::build(talks, format)
}

/// A state reached by a random walk of control actions at random instants.
fn random_walk(rng: &mut Rng, p: &Program) -> (StageState, i64) {
    let mut s = StageState::new(7);
    let mut now = T0;
    for _ in 0..rng.below(30) {
        now += rng.below(200_000) as i64;
        let control = Control::ALL[rng.below(Control::ALL.len() as u64) as usize];
        if let Ok(next) = apply(p, &s, control, now) {
            s = next;
        }
    }
    (s, now)
}

fn order(pos: &Position) -> (usize, i64) {
    (pos.segment, pos.slide)
}

#[test]
fn properties_of_time_and_controls() {
    let (mut rng, _) = Rng::seeded("FAILNIGHT_PROPERTY_SEED");
    for _ in 0..3000 {
        let p = random_program(&mut rng);
        let (s, now) = random_walk(&mut rng, &p);
        // Time only moves the stage forward, and a paused stage not at all.
        let mut before = at(&p, &s, now);
        let mut t = now;
        for _ in 0..20 {
            t += rng.below(120_000) as i64;
            let pos = at(&p, &s, t);
            assert!(order(&pos) >= order(&before), "{s:?} at {t}: {pos:?} before {before:?}");
            if s.paused_at.is_some() {
                assert_eq!(pos, before);
            }
            assert!(pos.segment < p.segments.len());
            assert!(pos.slide >= 0 && pos.slide < p.segments[pos.segment].slides);
            if let Some(remaining) = pos.remaining_ms
                && p.segments[pos.segment].kind == Kind::Slides
            {
                assert!(remaining > 0 && remaining <= p.segments[pos.segment].slide_ms + 30 * ADD_MS);
            }
            before = pos;
        }
        // Writing the state down changes nothing that follows.
        let n = normalise(&p, &s, now);
        for dt in [0, 1, 999, 40_000, 3_600_000] {
            assert_eq!(at(&p, &n, now + dt), at(&p, &s, now + dt));
        }
        // Every action is refused or bumps the version once and lands inside the program.
        for control in Control::ALL {
            match apply(&p, &s, control, now) {
                Ok(next) => {
                    assert_eq!(next.version, s.version + 1);
                    let pos = at(&p, &next, now);
                    assert!(pos.started);
                    assert!(pos.segment < p.segments.len() && pos.slide < p.segments[pos.segment].slides);
                    if control == Control::NextSegment {
                        assert_eq!(pos.segment, at(&p, &s, now).segment + 1);
                        let back = apply(&p, &next, Control::PreviousSegment, now).unwrap();
                        assert_eq!(at(&p, &back, now).segment, at(&p, &s, now).segment);
                    }
                }
                Err(reason) => assert!(!reason.is_empty()),
            }
        }
        // A pause of any length then a resume: the stage goes on exactly where it was.
        if s.started_at.is_some() && s.paused_at.is_none() {
            let pause = rng.below(3_600_000) as i64;
            let paused = apply(&p, &s, Control::Pause, now).unwrap();
            let resumed = apply(&p, &paused, Control::Resume, now + pause).unwrap();
            let seen = |pos: Position| (pos.segment, pos.slide, pos.remaining_ms, pos.paused);
            for dt in [0, 1_000, 77_777, 1_000_000] {
                assert_eq!(seen(at(&p, &resumed, now + pause + dt)), seen(at(&p, &s, now + dt)));
            }
        }
    }
}

#[test]
fn a_whole_talk_takes_its_slides_then_its_qa() {
    let (mut rng, _) = Rng::seeded("FAILNIGHT_PROPERTY_SEED");
    for _ in 0..500 {
        let p = random_program(&mut rng);
        for (i, seg) in p.segments.iter().enumerate().filter(|(_, s)| s.kind == Kind::Slides) {
            let s = StageState { segment: i as i64, ..started(T0) };
            let total = seg.slides * seg.slide_ms;
            let end = at(&p, &s, T0 + total - 1);
            assert_eq!((end.segment, end.slide, end.remaining_ms), (i, seg.slides - 1, Some(1)));
            let qa = at(&p, &s, T0 + total);
            assert_eq!(p.segments[qa.segment].kind, Kind::Qa);
            assert_eq!(qa.remaining_ms, p.segments[qa.segment].budget_ms);
            assert_eq!(qa_talk(&p, &s, T0 + total), seg.talk);
            assert_eq!(asking_talk(&p, &s, T0), seg.talk);
        }
    }
}
