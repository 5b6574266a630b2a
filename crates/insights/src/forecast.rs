//! How many guests will come: the show rate of a chapter's own past nights, by how far ahead
//! people booked and whether they answered "still coming", applied to the parties booked for a
//! coming night.
//!
//! The model, in full:
//! - A booking is a party (the guest and their plus-ones) that comes whole or not at all; it is
//!   in one [`Segment`]. A party that cancelled in the last 24 hours counts as one that did not
//!   come (a seat held until the last day is a seat that stays empty).
//! - The chapter's show rate per seat is its history's, drawn towards [`PRIOR_RATE`] with the
//!   weight of [`PRIOR_SEATS`] seats; each lead's rate is its own history's, drawn towards the
//!   chapter's with the weight of [`SEGMENT_SEATS`] seats, and each segment's towards its lead's
//!   likewise. So a little history moves the forecast a little, a segment with no history has
//!   its lead's rate, and a party whose answer is still pending has its lead's rate.
//! - Nights differ beyond chance (rain, a football final): each night's rate is the segments'
//!   rates times a common factor of mean 1 and variance `σ²`, estimated from how far past
//!   nights were from their own expectation beyond what chance explains (method of moments).
//! - The expected number at the door is `Σ seats × rate`; its variance is the chance part
//!   `Σ seats² × rate × (1 − rate)` (parties come whole) plus `σ² × expected²`; the 80 %
//!   interval is the normal approximation's, rounded and kept within the seats booked.
//! - With fewer than [`MIN_NIGHTS`] past nights, the forecast says so and uses the prior:
//!   [`PRIOR_RATE`] of booked seats come, nights vary by [`PRIOR_SIGMA`].

/// The show rate assumed without history: free nights lose about a third of their RSVPs.
pub const PRIOR_RATE: f64 = 0.65;
/// How much history the prior is worth, in seats.
pub const PRIOR_SEATS: f64 = 30.0;
/// How much the chapter's rate weighs against one segment's own history, in seats.
pub const SEGMENT_SEATS: f64 = 20.0;
/// How much nights vary beyond chance without history (a night's rate ± 15 %).
pub const PRIOR_SIGMA: f64 = 0.15;
/// Past nights needed before the chapter's own history is used.
pub const MIN_NIGHTS: usize = 3;
/// The normal quantile of 90 %: the 80 % interval is ± this many standard deviations.
const Z80: f64 = 1.281_551_565_545;

/// How far ahead a party booked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    /// Less than a day before the night.
    LastDay,
    /// One to seven days before.
    Week,
    /// More than a week before.
    Early,
}

/// What a party said when asked "still coming?" the day before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Not known yet: the question has not gone out for this night (only for coming nights;
    /// such a party has the rate of its [`Lead`] whatever it will answer).
    Pending,
    /// Never asked (booked after the question went out, or the chapter does not ask).
    NotAsked,
    /// Asked, no answer.
    Silent,
    /// Answered "still coming".
    StillComing,
}

/// The kinds of booking whose show rates are told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub lead: Lead,
    pub answer: Answer,
}

impl Segment {
    const ALL: usize = 9;

    fn lead(self) -> usize {
        match self.lead {
            Lead::LastDay => 0,
            Lead::Week => 1,
            Lead::Early => 2,
        }
    }

    /// The segment's place among the nine, `None` while the answer is pending.
    fn index(self) -> Option<usize> {
        let answer = match self.answer {
            Answer::Pending => return None,
            Answer::NotAsked => 0,
            Answer::Silent => 1,
            Answer::StillComing => 2,
        };
        Some(self.lead() * 3 + answer)
    }
}

/// Parties of one kind and size: `count` parties of `seats` seats each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parties {
    pub segment: Segment,
    pub seats: i64,
    pub count: i64,
}

/// A past night: its parties, and how many of them came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastNight {
    pub event_id: i64,
    pub starts_at: failnight_core::Timestamp,
    /// `(parties, how many of them came)`.
    pub parties: Vec<(Parties, i64)>,
}

impl PastNight {
    /// Seats booked (including the parties that cancelled in the last day).
    pub fn seats(&self) -> i64 {
        self.parties.iter().map(|(p, _)| p.seats * p.count).sum()
    }

    /// Seats of the parties that came: the guests at the door.
    pub fn came(&self) -> i64 {
        self.parties.iter().map(|(p, came)| p.seats * came).sum()
    }

    /// The parties as they were booked, before anyone came or not.
    pub fn booked(&self) -> Vec<Parties> {
        self.parties.iter().map(|(p, _)| *p).collect()
    }
}

/// Show rates learnt from past nights.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Past nights it learnt from (0: the prior alone).
    pub nights: usize,
    /// Seats booked over those nights.
    pub seats: i64,
    /// The chapter's show rate per seat.
    pub rate: f64,
    /// How much nights vary beyond chance (the standard deviation of a night's factor).
    pub sigma: f64,
    leads: [f64; 3],
    segments: [f64; Segment::ALL],
}

/// The expected number of guests at the door, with its 80 % interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Forecast {
    pub booked: i64,
    pub expected: f64,
    pub low: i64,
    pub high: i64,
}

impl Forecast {
    /// The expected number, rounded.
    pub fn expected_guests(&self) -> i64 {
        self.expected.round() as i64
    }
}

impl Model {
    /// The prior alone: what is assumed without history.
    pub fn prior() -> Model {
        Model {
            nights: 0,
            seats: 0,
            rate: PRIOR_RATE,
            sigma: PRIOR_SIGMA,
            leads: [PRIOR_RATE; 3],
            segments: [PRIOR_RATE; Segment::ALL],
        }
    }

    /// Learns from `history` (nights in any order); with fewer than [`MIN_NIGHTS`] nights, the
    /// prior.
    pub fn fit(history: &[PastNight]) -> Model {
        if history.len() < MIN_NIGHTS {
            return Model::prior();
        }
        let mut seats = [0.0; Segment::ALL];
        let mut came = [0.0; Segment::ALL];
        for night in history {
            for (parties, showed) in &night.parties {
                // A past party was asked or not: a pending answer there is "not asked".
                let i = parties.segment.index().unwrap_or(parties.segment.lead() * 3);
                seats[i] += (parties.seats * parties.count) as f64;
                came[i] += (parties.seats * showed) as f64;
            }
        }
        let all_seats: f64 = seats.iter().sum();
        let rate = (came.iter().sum::<f64>() + PRIOR_RATE * PRIOR_SEATS) / (all_seats + PRIOR_SEATS);
        // Each lead's rate drawn towards the chapter's, each segment's towards its lead's.
        let shrunk = |came: f64, seats: f64, towards: f64| (came + towards * SEGMENT_SEATS) / (seats + SEGMENT_SEATS);
        let leads: [f64; 3] = std::array::from_fn(|l| {
            let of_lead = l * 3..l * 3 + 3;
            shrunk(came[of_lead.clone()].iter().sum(), seats[of_lead].iter().sum(), rate)
        });
        let segments = std::array::from_fn(|i| shrunk(came[i], seats[i], leads[i / 3]));
        let mut model = Model { nights: history.len(), seats: all_seats as i64, rate, sigma: 0.0, leads, segments };
        // σ² by the method of moments: the squared misses beyond their chance part, over the
        // squared expectations.
        let (mut excess, mut scale) = (0.0, 0.0);
        for night in history {
            let (expected, chance) = model.moments(&night.booked());
            let miss = night.came() as f64 - expected;
            excess += miss * miss - chance;
            scale += expected * expected;
        }
        model.sigma = if scale > 0.0 { (excess / scale).max(0.0).sqrt() } else { 0.0 };
        model
    }

    /// Whether this is the prior alone (too little history).
    pub fn is_prior(&self) -> bool {
        self.nights == 0
    }

    /// The show rate of a party of `segment`.
    pub fn rate_of(&self, segment: Segment) -> f64 {
        segment.index().map_or(self.leads[segment.lead()], |i| self.segments[i])
    }

    /// The show rate of a party that booked `lead` ahead, whatever it answers.
    pub fn rate_of_lead(&self, lead: Lead) -> f64 {
        self.rate_of(Segment { lead, answer: Answer::Pending })
    }

    /// The expected guests of `parties` and the chance part of its variance.
    fn moments(&self, parties: &[Parties]) -> (f64, f64) {
        parties.iter().fold((0.0, 0.0), |(mean, variance), p| {
            let rate = self.rate_of(p.segment);
            let (seats, count) = (p.seats as f64, p.count as f64);
            (mean + count * seats * rate, variance + count * seats * seats * rate * (1.0 - rate))
        })
    }

    /// The guests to expect at the door of a night with these `parties` booked.
    pub fn forecast(&self, parties: &[Parties]) -> Forecast {
        let booked: i64 = parties.iter().map(|p| p.seats * p.count).sum();
        let (expected, chance) = self.moments(parties);
        let spread = Z80 * (chance + self.sigma * self.sigma * expected * expected).sqrt();
        let low = ((expected - spread).round() as i64).clamp(0, booked);
        let high = ((expected + spread).round() as i64).clamp(low, booked);
        Forecast { booked, expected, low, high }
    }

    /// How many seats may be confirmed, with parties like `typical` (seats per party, weighted
    /// by seats: `Σ seats² / Σ seats`), for the chance of more guests than `seats` to stay under
    /// `risk`. Bookings from now on are new: they get the chapter's rate. At least `seats`.
    pub fn confirmations_for(&self, seats: i64, risk: f64, typical: f64) -> i64 {
        let z = normal_quantile(1.0 - risk.clamp(0.001, 0.5));
        let rate = self.rate;
        let fits = |booked: i64| {
            let expected = booked as f64 * rate;
            let chance = booked as f64 * typical.max(1.0) * rate * (1.0 - rate);
            let sd = (chance + self.sigma * self.sigma * expected * expected).sqrt();
            expected + z * sd <= seats as f64 + 0.5
        };
        let mut booked = seats;
        while booked < seats * 3 + 10 && fits(booked + 1) {
            booked += 1;
        }
        booked
    }
}

/// The standard normal quantile of `p` (0 < p < 1), by Acklam's rational approximation
/// (relative error below 1.2 × 10⁻⁹).
pub fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] =
        [7.784_695_709_041_462e-3, 3.224_671_290_700_398e-1, 2.445_134_137_142_996, 3.754_408_661_907_416];
    let p = p.clamp(1e-12, 1.0 - 1e-12);
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < 0.02425 {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - 0.02425 {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

/// How the forecast did on past nights, each forecast made only from the nights before it.
#[derive(Debug, Clone, PartialEq)]
pub struct Backtest {
    /// Nights forecast (every past night after the first [`MIN_NIGHTS`]).
    pub nights: usize,
    /// The mean of |guests − expected|.
    pub mean_abs_error: f64,
    /// The mean of guests − expected (positive: more came than forecast).
    pub bias: f64,
    /// Nights whose guests were inside the 80 % interval.
    pub inside: usize,
    /// Each night forecast, oldest first: when it started, its forecast and the guests who came.
    pub rows: Vec<(failnight_core::Timestamp, Forecast, i64)>,
}

impl Backtest {
    /// The share of nights inside their interval (0 with no night).
    pub fn coverage(&self) -> f64 {
        if self.nights == 0 { 0.0 } else { self.inside as f64 / self.nights as f64 }
    }

    /// Forecasts each night of `history` (oldest first) from the nights before it alone.
    pub fn run(history: &[PastNight]) -> Backtest {
        let (mut nights, mut abs, mut sum, mut inside, mut rows) = (0, 0.0, 0.0, 0, Vec::new());
        for at in MIN_NIGHTS..history.len() {
            let model = Model::fit(&history[..at]);
            let night = &history[at];
            let forecast = model.forecast(&night.booked());
            let came = night.came();
            let miss = came as f64 - forecast.expected;
            nights += 1;
            abs += miss.abs();
            sum += miss;
            inside += usize::from((forecast.low..=forecast.high).contains(&came));
            rows.push((night.starts_at, forecast, came));
        }
        let n = nights.max(1) as f64;
        Backtest { nights, mean_abs_error: abs / n, bias: sum / n, inside, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use failnight_core::rng::Rng;

    const EARLY: Segment = Segment { lead: Lead::Early, answer: Answer::NotAsked };
    const CONFIRMED: Segment = Segment { lead: Lead::Week, answer: Answer::StillComing };

    /// A uniform number in [0, 1).
    fn unit(rng: &mut Rng) -> f64 {
        (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// `nights` nights of `parties` parties each (a fifth with one plus-one), every party of
    /// `segment` coming with probability `rate` times the night's factor (uniform within
    /// ± `swing`).
    fn history(rng: &mut Rng, nights: usize, parties: i64, segment: Segment, rate: f64, swing: f64) -> Vec<PastNight> {
        (0..nights)
            .map(|n| {
                let factor = 1.0 + swing * (2.0 * unit(rng) - 1.0);
                let mut singles = (Parties { segment, seats: 1, count: 0 }, 0);
                let mut pairs = (Parties { segment, seats: 2, count: 0 }, 0);
                for _ in 0..parties {
                    let group = if rng.below(5) == 0 { &mut pairs } else { &mut singles };
                    group.0.count += 1;
                    group.1 += i64::from(unit(rng) < (rate * factor).min(1.0));
                }
                let starts_at = failnight_core::Timestamp(n as i64 * 30 * 86_400_000);
                PastNight { event_id: n as i64, starts_at, parties: vec![singles, pairs] }
            })
            .collect()
    }

    #[test]
    fn too_little_history_is_the_stated_prior() {
        let mut rng = Rng(7);
        let model = Model::fit(&history(&mut rng, MIN_NIGHTS - 1, 50, EARLY, 0.9, 0.0));
        assert!(model.is_prior());
        let forecast = model.forecast(&[Parties { segment: EARLY, seats: 1, count: 100 }]);
        assert_eq!(forecast.expected_guests(), 65);
        assert!(forecast.low < 65 && forecast.high > 65 && forecast.high <= 100, "{forecast:?}");
    }

    #[test]
    fn a_known_show_rate_is_learnt_and_its_interval_holds() {
        let mut rng = Rng(0x5eed_0001);
        let history = history(&mut rng, 120, 60, EARLY, 0.7, 0.0);
        let model = Model::fit(&history);
        assert!((model.rate - 0.7).abs() < 0.02, "{model:?}");
        assert!(model.sigma < 0.05, "no night-to-night swing was generated: {model:?}");
        let backtest = Backtest::run(&history);
        assert_eq!(backtest.nights, 117);
        // 60 parties, 72 seats: chance alone gives a standard deviation of about 4.4 guests.
        assert!(backtest.mean_abs_error < 5.0 && backtest.bias.abs() < 1.5, "{backtest:?}");
        assert!((0.68..=0.92).contains(&backtest.coverage()), "{backtest:?}");
    }

    #[test]
    fn nights_that_swing_widen_the_interval_and_it_still_holds() {
        let mut rng = Rng(0x5eed_0002);
        let history = history(&mut rng, 150, 60, EARLY, 0.6, 0.3);
        let model = Model::fit(&history);
        // A factor uniform within ±0.3 has a standard deviation of 0.3/√3 ≈ 0.17.
        assert!((0.1..0.25).contains(&model.sigma), "{model:?}");
        let backtest = Backtest::run(&history);
        assert!((0.68..=0.92).contains(&backtest.coverage()), "{backtest:?}");
        let forecast = model.forecast(&history[0].booked());
        // Chance alone would give a width of about 11 here.
        assert!(forecast.high - forecast.low >= 17, "{forecast:?}");
    }

    #[test]
    fn segments_keep_their_own_rates() {
        let mut rng = Rng(0x5eed_0003);
        let mut nights = history(&mut rng, 40, 40, EARLY, 0.5, 0.0);
        for (night, confirmed) in nights.iter_mut().zip(history(&mut rng, 40, 20, CONFIRMED, 0.95, 0.0)) {
            night.parties.extend(confirmed.parties);
        }
        let model = Model::fit(&nights);
        assert!((model.rate_of(EARLY) - 0.5).abs() < 0.05, "{model:?}");
        assert!((model.rate_of(CONFIRMED) - 0.95).abs() < 0.05, "{model:?}");
        // A segment never seen has its lead's rate, a lead never seen the chapter's.
        let unseen = Segment { lead: Lead::LastDay, answer: Answer::Silent };
        assert!((model.rate_of(unseen) - model.rate).abs() < 1e-9);
        let pending = Segment { lead: Lead::Week, answer: Answer::Pending };
        let silent_week = Segment { lead: Lead::Week, answer: Answer::Silent };
        assert!((model.rate_of(pending) - model.rate_of(CONFIRMED)).abs() < 0.01, "{model:?}");
        assert!((model.rate_of(silent_week) - model.rate_of(CONFIRMED)).abs() < 0.01, "unseen: its lead's");
        let mostly_confirmed = model.forecast(&[Parties { segment: CONFIRMED, seats: 1, count: 50 }]);
        let mostly_early = model.forecast(&[Parties { segment: EARLY, seats: 1, count: 50 }]);
        assert!(mostly_confirmed.expected > mostly_early.expected + 15.0);
    }

    #[test]
    fn overbooking_keeps_the_chance_of_a_full_room_under_the_risk() {
        let mut rng = Rng(0x5eed_0004);
        let model = Model::fit(&history(&mut rng, 60, 60, EARLY, 0.7, 0.0));
        let allowed = model.confirmations_for(60, 0.10, 1.2);
        assert!((70..=86).contains(&allowed), "{allowed}");
        // A lower risk allows fewer; a certain room (rate 1) allows none extra.
        assert!(model.confirmations_for(60, 0.01, 1.2) < allowed);
        let sure = Model { rate: 1.0, sigma: 0.0, ..model.clone() };
        assert_eq!(sure.confirmations_for(60, 0.10, 1.0), 60);
        // Simulated: with `allowed` seats confirmed, more than 60 come at most ~10 % of nights.
        let over = (0..4000).filter(|_| (0..allowed).filter(|_| unit(&mut rng) < model.rate).count() > 60).count();
        assert!(over < 4000 * 13 / 100, "{over} of 4000 nights over");
    }

    #[test]
    fn the_normal_quantile() {
        assert!((normal_quantile(0.9) - Z80).abs() < 1e-8);
        assert!((normal_quantile(0.5)).abs() < 1e-12);
        assert!((normal_quantile(0.025) + 1.959_963_985).abs() < 1e-8);
        assert!((normal_quantile(0.999) - 3.090_232_306).abs() < 1e-7);
    }
}
