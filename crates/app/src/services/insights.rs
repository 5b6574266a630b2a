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

use crate::{Context, error::Error};

/// The risk of more guests than seats a host accepts unless they choose another.
pub const DEFAULT_RISK_PERCENT: i64 = 10;
/// The risks a host may choose, in percent.
pub const RISKS_PERCENT: [i64; 4] = [1, 5, 10, 20];

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
}

/// The guests to expect at the door of `event`, from the parties confirmed now (the night
/// page's line; [`turnout`] says more).
pub async fn forecast(ctx: &Context, event: &EventDetails) -> Result<Forecast, Error> {
    let (model, _, parties) = learn(ctx, event).await?;
    Ok(model.forecast(&parties))
}

/// The chapter's nights before `event` (before now, for a coming one), what they teach, and
/// the parties confirmed for `event`.
async fn learn(ctx: &Context, event: &EventDetails) -> Result<(Model, Vec<PastNight>, Vec<Parties>), Error> {
    let now = ctx.clock.timestamp();
    let starts = Timestamp::from_utc(event.starts_utc());
    let past = history::past_nights(&ctx.db, event.chapter_id, now.min(starts)).await?;
    let settings = failnight_ticketing::settings::for_chapter(&ctx.db, event.chapter_id).await?;
    let question_at =
        (settings.reconfirm_hours > 0).then(|| Timestamp(starts.0 - settings.reconfirm_hours * 3_600_000));
    let parties = history::booked(&ctx.db, event.id, question_at, now).await?;
    Ok((Model::fit(&past), past, parties))
}

/// The turnout of `event` at `risk_percent` (one of [`RISKS_PERCENT`], else the default).
pub async fn turnout(ctx: &Context, event: &EventDetails, risk_percent: i64) -> Result<Turnout, Error> {
    let risk_percent = if RISKS_PERCENT.contains(&risk_percent) { risk_percent } else { DEFAULT_RISK_PERCENT };
    let (model, past, parties) = learn(ctx, event).await?;
    // The typical party, weighted by seats (Σ seats² / Σ seats), from what is booked and what
    // was: plus-ones make a night's turnout lumpier.
    let (square, seats) = past
        .iter()
        .flat_map(|night| night.booked())
        .chain(parties.iter().copied())
        .fold((0, 0), |(square, seats), p| (square + p.seats * p.seats * p.count, seats + p.seats * p.count));
    let typical = if seats == 0 { 1.0 } else { square as f64 / seats as f64 };
    Ok(Turnout {
        forecast: model.forecast(&parties),
        confirmable: model.confirmations_for(event.capacity, risk_percent as f64 / 100.0, typical),
        risk_percent,
        backtest: Backtest::run(&past),
        model,
    })
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
