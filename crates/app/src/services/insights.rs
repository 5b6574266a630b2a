//! A night's turnout for its hosts: how many guests to expect at the door (from the chapter's
//! own past nights, only those before this one), how many confirmations the room can take at
//! the risk the host chooses, and the backtest over the chapter's past nights that shows how
//! far to trust both.

use failnight_core::Timestamp;
use failnight_insights::{
    forecast::{Backtest, Forecast, Model, Parties, PastNight},
    history,
};
use failnight_scheduling::EventDetails;
use failnight_ticketing::settings::{self, ChapterSettings};

use crate::{Context, error::Error};

/// The risk of more guests than seats a host accepts unless they choose another.
pub const DEFAULT_RISK_PERCENT: i64 = 10;
/// The risks a host may choose, in percent.
pub use failnight_ticketing::settings::RISKS_PERCENT;

/// What the turnout page shows.
#[derive(Debug, Clone)]
pub struct Turnout {
    /// Learnt from the chapter's nights before this one (or the prior).
    pub model: Model,
    /// The guests to expect from the parties confirmed now.
    pub forecast: Forecast,
    /// The risk the advice is for, in percent.
    pub risk_percent: i64,
    /// Seats that may be confirmed for that risk (at least the night's capacity).
    pub confirmable: i64,
    /// The forecast tried on every past night of the chapter.
    pub backtest: Backtest,
    /// Whether the waitlist fills this night past its capacity on its own.
    pub overbooking: Overbooking,
}

/// Whether the waitlist of a coming night fills past its capacity on its own (the chapter's
/// setting, `overbook_risk`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overbooking {
    /// The chapter does not let it.
    Off,
    /// It does, but the venue's capacity is not entered: nothing past the night's capacity.
    NoRoom { risk_percent: i64 },
    /// It does, but the forecast still rests on the prior: nothing past the night's capacity.
    Prior { risk_percent: i64 },
    /// It does: up to the advice at the chapter's risk, never past the venue's capacity
    /// (`room`); `overbooked` seats above the night's capacity are the waitlist's now.
    On { risk_percent: i64, room: i64, overbooked: i64 },
}

/// How long what a chapter's past nights teach is reused for a coming night, in
/// milliseconds: a model of years of nights moves little in ten minutes, and reading them all
/// is the heaviest part of the night page and of the overbooking job ([`Learnt`]).
pub const LEARNT_FOR_MS: i64 = 10 * 60_000;

/// What a chapter's past nights teach: the model, and the sizes of their parties.
#[derive(Debug, Clone)]
struct Taught {
    model: Model,
    sizes: Sizes,
}

/// Σ seats² and Σ seats over parties: the typical party, weighted by seats, is their ratio
/// (plus-ones make a night's turnout lumpier).
#[derive(Debug, Clone, Copy, Default)]
struct Sizes {
    square: i64,
    seats: i64,
}

impl Sizes {
    fn add(self, parties: impl IntoIterator<Item = Parties>) -> Sizes {
        parties.into_iter().fold(self, |s, p| Sizes {
            square: s.square + p.seats * p.seats * p.count,
            seats: s.seats + p.seats * p.count,
        })
    }

    fn typical(self) -> f64 {
        if self.seats == 0 { 1.0 } else { self.square as f64 / self.seats as f64 }
    }
}

/// What each chapter's past nights teach, kept for coming nights: when it was learnt (it
/// covers the nights that had ended then). The turnout page learns afresh and keeps what it
/// learnt, so the night page agrees with it once a host looked closer.
#[derive(Debug, Default)]
pub struct Learnt {
    kept: std::sync::Mutex<std::collections::HashMap<i64, (Timestamp, Taught)>>,
}

impl Learnt {
    fn get(&self, chapter_id: i64, now: Timestamp) -> Option<Taught> {
        let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        kept.get(&chapter_id)
            .filter(|(at, _)| now.0 >= at.0 && now.0 - at.0 < LEARNT_FOR_MS)
            .map(|(_, taught)| taught.clone())
    }

    fn put(&self, chapter_id: i64, at: Timestamp, taught: &Taught) {
        self.kept.lock().unwrap_or_else(|e| e.into_inner()).insert(chapter_id, (at, taught.clone()));
    }
}

/// The chapter's nights before `event` (before now, for a coming one) and what they teach;
/// for a coming night, kept for [`taught`].
async fn learn(ctx: &Context, event: &EventDetails) -> Result<(Taught, Vec<PastNight>), Error> {
    let now = ctx.clock.timestamp();
    let starts = event.starts_at;
    let past = history::past_nights(&ctx.db, event.chapter_id, now.min(starts)).await?;
    let taught =
        Taught { model: Model::fit(&past), sizes: Sizes::default().add(past.iter().flat_map(PastNight::booked)) };
    if now.0 < starts.0 {
        ctx.learnt.put(event.chapter_id, now, &taught);
    }
    Ok((taught, past))
}

/// What the chapter's past nights teach for `event`: kept for up to [`LEARNT_FOR_MS`] for a
/// coming night, learnt afresh otherwise.
async fn taught(ctx: &Context, event: &EventDetails) -> Result<Taught, Error> {
    let now = ctx.clock.timestamp();
    let coming = now.0 < event.starts_at.0;
    match ctx.learnt.get(event.chapter_id, now).filter(|_| coming) {
        Some(taught) => Ok(taught),
        None => Ok(learn(ctx, event).await?.0),
    }
}

/// The parties confirmed for `event` now, with their answers to "still coming?" (asked as
/// its chapter's `settings` say).
async fn booked(ctx: &Context, event: &EventDetails, settings: &ChapterSettings) -> Result<Vec<Parties>, Error> {
    let now = ctx.clock.timestamp();
    let starts = event.starts_at;
    let question_at =
        (settings.reconfirm_hours > 0).then(|| Timestamp(starts.0 - settings.reconfirm_hours * 3_600_000));
    Ok(history::booked(&ctx.db, event.id, question_at, now).await?)
}

/// The guests to expect at the door of `event`, from the parties confirmed now (the night
/// page's line; [`turnout`] says more).
pub async fn forecast(ctx: &Context, event: &EventDetails) -> Result<Forecast, Error> {
    let taught = taught(ctx, event).await?;
    let settings = settings::for_chapter(&ctx.db, event.chapter_id).await?;
    Ok(taught.model.forecast(&booked(ctx, event, &settings).await?))
}

/// The confirmations `event` can take at `risk_percent` of more guests than seats, when the
/// chapter's own history says so (`None` while the forecast rests on the prior: nobody is
/// overbooked on an assumption). The overbooking job's figure; [`turnout`] shows the same.
pub async fn advice(ctx: &Context, event: &EventDetails, risk_percent: i64) -> Result<Option<i64>, Error> {
    let taught = taught(ctx, event).await?;
    if taught.model.is_prior() {
        return Ok(None);
    }
    let settings = settings::for_chapter(&ctx.db, event.chapter_id).await?;
    let typical = taught.sizes.add(booked(ctx, event, &settings).await?).typical();
    Ok(Some(taught.model.confirmations_for(event.capacity, risk_percent as f64 / 100.0, typical)))
}

/// The turnout of `event` at `risk_percent` (one of [`RISKS_PERCENT`]; by default the risk
/// the chapter overbooks at, else [`DEFAULT_RISK_PERCENT`]).
pub async fn turnout(ctx: &Context, event: &EventDetails, risk_percent: Option<i64>) -> Result<Turnout, Error> {
    let settings = settings::for_chapter(&ctx.db, event.chapter_id).await?;
    let risk = settings.overbook_risk;
    let risk_percent = risk_percent.filter(|r| RISKS_PERCENT.contains(r)).unwrap_or(if risk > 0 {
        risk
    } else {
        DEFAULT_RISK_PERCENT
    });
    let (taught, past) = learn(ctx, event).await?;
    let parties = booked(ctx, event, &settings).await?;
    let typical = taught.sizes.add(parties.iter().copied()).typical();
    let room = failnight_scheduling::venues::get(&ctx.db, event.venue_id).await?.and_then(|v| v.capacity);
    let overbooking = match room {
        _ if risk == 0 => Overbooking::Off,
        None => Overbooking::NoRoom { risk_percent: risk },
        Some(_) if taught.model.is_prior() => Overbooking::Prior { risk_percent: risk },
        Some(room) => Overbooking::On {
            risk_percent: risk,
            room,
            overbooked: failnight_ticketing::seats::get(&ctx.db, event.id).await?.overbook,
        },
    };
    Ok(Turnout {
        overbooking,
        forecast: taught.model.forecast(&parties),
        confirmable: taught.model.confirmations_for(event.capacity, risk_percent as f64 / 100.0, typical),
        risk_percent,
        backtest: Backtest::run(&past),
        model: taught.model,
    })
}

/// One night in numbers: its bookings against the chapter's usual curve, its waitlist, and
/// once it has started, who came (`door`: `None` before).
#[derive(Debug, Clone, PartialEq)]
pub struct NightReport {
    pub numbers: failnight_insights::night::NightNumbers,
    pub door: Option<failnight_insights::numbers::NightFigures>,
}

/// The numbers of `event`.
pub async fn night(ctx: &Context, event: &EventDetails) -> Result<NightReport, Error> {
    let now = ctx.clock.timestamp();
    let starts = event.starts_at;
    let numbers = failnight_insights::night::numbers(&ctx.db, event.chapter_id, event.id, starts, now).await?;
    let door = if now.0 >= starts.0 {
        failnight_insights::numbers::nights(
            &ctx.db,
            event.chapter_id,
            starts,
            Timestamp(starts.0 + 1),
            Timestamp(now.0 + 1),
        )
        .await?
        .into_iter()
        .find(|n| n.event_id == event.id)
    } else {
        None
    };
    Ok(NightReport { numbers, door })
}

/// A calendar month of the chapter's zone, as `(year, month)`.
pub type YearMonth = (i32, u32);

/// One month's figures (nights that started in it, stories submitted in it).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Month {
    pub year: i32,
    pub month: u32,
    pub nights: i64,
    /// Seats confirmed by booking.
    pub booked: i64,
    /// Everyone at the door, walk-ins included.
    pub came: i64,
    pub walk_ins: i64,
    /// Booked seats whose party did not come.
    pub no_shows: i64,
    /// Parties at the door for the first time / seen before.
    pub first_timers: i64,
    pub regulars: i64,
    pub stories_submitted: i64,
    pub stories_accepted: i64,
    /// Stories submitted this month that have been told on stage since.
    pub stories_told: i64,
}

impl Month {
    /// The share of booked seats that stayed empty, in percent (`None` without bookings).
    pub fn no_show_percent(&self) -> Option<i64> {
        (self.booked > 0).then(|| (self.no_shows as f64 * 100.0 / self.booked as f64).round() as i64)
    }
}

/// A chapter's numbers over a period: each month, and the whole period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Numbers {
    pub from: YearMonth,
    pub to: YearMonth,
    pub months: Vec<Month>,
    pub total: Month,
    /// The median days from a story's submission to its night on stage (stories told).
    pub median_days_to_stage: Option<i64>,
}

/// The most months one page shows (ten years).
pub const MAX_MONTHS: i64 = 120;

/// The first instant of `month` in `tz`.
fn month_start((year, month): YearMonth, tz: chrono_tz::Tz) -> Timestamp {
    let day = chrono::NaiveDate::from_ymd_opt(year, month, 1).unwrap_or_default();
    Timestamp::from_utc(failnight_core::time::local_to_utc_lenient(day.and_time(chrono::NaiveTime::MIN), tz))
}

/// Months from `from` to `to` (0 for the same month, negative when `to` is earlier).
fn months_between(from: YearMonth, to: YearMonth) -> i64 {
    (i64::from(to.0) - i64::from(from.0)) * 12 + i64::from(to.1) - i64::from(from.1)
}

fn next((year, month): YearMonth) -> YearMonth {
    if month == 12 { (year + 1, 1) } else { (year, month + 1) }
}

fn month_of(at: Timestamp, tz: chrono_tz::Tz) -> YearMonth {
    use chrono::Datelike;
    let local = at.to_utc().with_timezone(&tz);
    (local.year(), local.month())
}

/// The chapter's numbers from month `from` to month `to`, both included (in the chapter's
/// zone); a period the wrong way round or longer than [`MAX_MONTHS`] is refused.
pub async fn numbers(
    ctx: &Context,
    chapter: &failnight_scheduling::Chapter,
    from: YearMonth,
    to: YearMonth,
) -> Result<Numbers, Error> {
    let span = months_between(from, to) + 1;
    if !(1..=MAX_MONTHS).contains(&span) {
        return Err(failnight_core::Invalid::field(
            "to",
            failnight_core::Message::new("error-period").arg("max", MAX_MONTHS),
        )
        .into());
    }
    let tz = chapter.tz();
    let (start, end) = (month_start(from, tz), month_start(next(to), tz));
    let now = ctx.clock.timestamp();
    let nights = failnight_insights::numbers::nights(&ctx.db, chapter.id, start, end, now).await?;
    let stories = failnight_insights::numbers::stories(&ctx.db, chapter.id, start, end, now).await?;
    let mut months = Vec::new();
    let mut at = from;
    for _ in 0..span {
        months.push(Month { year: at.0, month: at.1, ..Month::default() });
        at = next(at);
    }
    let index = |month: YearMonth| usize::try_from(months_between(from, month)).ok().filter(|i| (*i as i64) < span);
    for night in &nights {
        let Some(i) = index(month_of(night.starts_at, tz)) else { continue };
        let m = &mut months[i];
        m.nights += 1;
        m.booked += night.booked;
        m.came += night.came();
        m.walk_ins += night.walk_ins;
        m.no_shows += night.no_shows();
        m.first_timers += night.first_timers;
        m.regulars += night.regulars;
    }
    let mut days = Vec::new();
    for story in &stories {
        let Some(i) = index(month_of(story.created_at, tz)) else { continue };
        let m = &mut months[i];
        m.stories_submitted += 1;
        m.stories_accepted += i64::from(story.accepted);
        if let Some(told) = story.told_at {
            m.stories_told += 1;
            days.push((told.0 - story.created_at.0) / 86_400_000);
        }
    }
    days.sort_unstable();
    let total = months.iter().fold(Month { year: from.0, month: from.1, ..Month::default() }, |t, m| Month {
        nights: t.nights + m.nights,
        booked: t.booked + m.booked,
        came: t.came + m.came,
        walk_ins: t.walk_ins + m.walk_ins,
        no_shows: t.no_shows + m.no_shows,
        first_timers: t.first_timers + m.first_timers,
        regulars: t.regulars + m.regulars,
        stories_submitted: t.stories_submitted + m.stories_submitted,
        stories_accepted: t.stories_accepted + m.stories_accepted,
        stories_told: t.stories_told + m.stories_told,
        ..t
    });
    Ok(Numbers { from, to, months, total, median_days_to_stage: days.get(days.len() / 2).copied() })
}

/// A chapter as the network view shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkLine {
    pub chapter: failnight_insights::network::ChapterLine,
    /// Whole months since its last night (`None`: never had one).
    pub months_quiet: Option<i64>,
    /// Guests over the last half year against the half year before, in percent (`None`
    /// without guests before).
    pub trend_percent: Option<i64>,
}

impl NetworkLine {
    /// Needs help: no night coming, and quiet the longest first.
    pub fn needs_help(&self) -> (bool, i64) {
        (self.chapter.next_night.is_some(), -self.months_quiet.unwrap_or(i64::MAX / 2))
    }
}

/// Every chapter of the network, by name.
pub async fn network(ctx: &Context) -> Result<Vec<NetworkLine>, Error> {
    let now = ctx.clock.timestamp();
    let lines = failnight_insights::network::chapters(&ctx.db, now).await?;
    Ok(lines
        .into_iter()
        .map(|chapter| NetworkLine {
            months_quiet: chapter.last_night.map(|last| (now.0 - last.0) / (30 * 86_400_000)),
            trend_percent: (chapter.came_before > 0).then(|| {
                ((chapter.came_recent - chapter.came_before) as f64 * 100.0 / chapter.came_before as f64).round() as i64
            }),
            chapter,
        })
        .collect())
}
