//! Property tests of series expansion across daylight-saving changes in every zone chrono-tz
//! knows: seeded (`FAILNIGHT_PROPERTY_SEED` replays a run; the seed is printed), many cases a
//! run, no extra dependency. For random weekly and monthly rules, start times and first dates:
//! every occurrence keeps the series' wall-clock time, falls on a day the rule allows, comes
//! after the one before, and is placed in the zone at that local time, or, inside a spring
//! gap, later on the same day by at most the gap (RFC 5545 §3.3.5).

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Offset, TimeZone, Weekday};
use chrono_tz::TZ_VARIANTS;
use failnight_core::{
    rng::Rng,
    time::{local_to_utc, local_to_utc_lenient},
};

use crate::series::{Series, local_occurrences};

const DAYS: [(&str, Weekday); 7] = [
    ("MO", Weekday::Mon),
    ("TU", Weekday::Tue),
    ("WE", Weekday::Wed),
    ("TH", Weekday::Thu),
    ("FR", Weekday::Fri),
    ("SA", Weekday::Sat),
    ("SU", Weekday::Sun),
];

/// A rule and the check of a date against it.
enum Rule {
    Weekly(Weekday),
    /// The n-th (1–4, or -1 for the last) weekday of the month.
    MonthlyNth(i8, Weekday),
    MonthlyDay(u32),
}

impl Rule {
    fn text(&self) -> String {
        let name = |day: Weekday| DAYS.iter().find(|(_, d)| *d == day).unwrap().0;
        match self {
            Rule::Weekly(day) => format!("FREQ=WEEKLY;BYDAY={}", name(*day)),
            Rule::MonthlyNth(n, day) => format!("FREQ=MONTHLY;BYDAY={n}{}", name(*day)),
            Rule::MonthlyDay(d) => format!("FREQ=MONTHLY;BYMONTHDAY={d}"),
        }
    }

    fn allows(&self, date: NaiveDate) -> bool {
        let last_day = (date + Duration::days(7)).month() != date.month();
        match self {
            Rule::Weekly(day) => date.weekday() == *day,
            Rule::MonthlyNth(-1, day) => date.weekday() == *day && last_day,
            Rule::MonthlyNth(n, day) => date.weekday() == *day && (date.day() - 1) / 7 + 1 == *n as u32,
            Rule::MonthlyDay(d) => date.day() == *d,
        }
    }

    /// The fewest occurrences 367 days must hold (a month's n-th weekday can fall just
    /// before the first day and just after the last: 11).
    fn at_least_per_year(&self) -> usize {
        match self {
            Rule::Weekly(_) => 52,
            _ => 11,
        }
    }
}

#[test]
fn series_keep_their_wall_clock_time_in_every_zone() {
    let (mut rng, _) = Rng::seeded("FAILNIGHT_PROPERTY_SEED");
    let mut gaps = 0;
    for case in 0..2_000 {
        let (tz, rule, time, first) = if case == 0 {
            // Always one night in a gap: Sundays at 02:30 in Berlin, across the spring change.
            let first = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
            (chrono_tz::Europe::Berlin, Rule::Weekly(Weekday::Sun), NaiveTime::from_hms_opt(2, 30, 0).unwrap(), first)
        } else {
            let tz = TZ_VARIANTS[rng.below(TZ_VARIANTS.len() as u64) as usize];
            let day = DAYS[rng.below(7) as usize].1;
            let rule = match rng.below(3) {
                0 => Rule::Weekly(day),
                1 => Rule::MonthlyNth([1, 2, 3, 4, -1][rng.below(5) as usize], day),
                _ => Rule::MonthlyDay(1 + rng.below(28) as u32),
            };
            // Any quarter hour of the day, with a bias to the small hours where clocks change.
            let hour = if rng.below(2) == 0 { rng.below(4) } else { rng.below(24) } as u32;
            let time = NaiveTime::from_hms_opt(hour, [0, 15, 30, 45][rng.below(4) as usize], 0).unwrap();
            let first = NaiveDate::from_ymd_opt(2000 + rng.below(40) as i32, 1, 1).unwrap()
                + Duration::days(rng.below(365) as i64);
            (tz, rule, time, first)
        };
        let name = tz.name();
        let series = Series {
            id: 1,
            chapter_id: 1,
            title: "Night".into(),
            description: String::new(),
            venue_id: 1,
            capacity: 60,
            start_time: time.format("%H:%M").to_string(),
            duration_minutes: 180,
            rrule: rule.text(),
            starts_on: first.to_string(),
            publish: true,
            status: crate::series::SeriesStatus::Active,
        };
        let to = first + Duration::days(366);
        let occurrences = local_occurrences(&series, first, to);
        let what = format!("case {case}: {} at {} from {first} in {name}", series.rrule, series.start_time);
        assert!(occurrences.len() >= rule.at_least_per_year(), "{what}: {} occurrences", occurrences.len());
        let mut previous: Option<chrono::DateTime<chrono::Utc>> = None;
        for (n, (number, local)) in occurrences.iter().enumerate() {
            assert_eq!(*number, n + 1, "{what}: numbered from 1");
            assert_eq!(local.time(), time, "{what}: {local} keeps the series' time");
            assert!(rule.allows(local.date()), "{what}: {local} is not a day of the rule");
            assert!(local.date() >= first && local.date() <= to, "{what}: {local} out of range");
            let at = local_to_utc_lenient(*local, tz);
            let shown = at.with_timezone(&tz).naive_local();
            match local_to_utc(*local, tz) {
                Ok(exact) => {
                    assert_eq!(exact, at, "{what}: {local}");
                    assert_eq!(shown, *local, "{what}: {local} shows as {shown}");
                }
                Err(_) => {
                    gaps += 1;
                    // In a gap: later by exactly the gap, the offset after it less the offset before
                    // (an hour in spring; a whole day where a zone crossed the date line, as
                    // Pacific/Fakaofo skipped 30 December 2011).
                    let offset = |t: chrono::NaiveDateTime| {
                        tz.offset_from_local_datetime(&t).earliest().map(|o| o.fix().local_minus_utc()).unwrap()
                    };
                    let gap = i64::from(offset(shown) - offset(*local - Duration::hours(24)));
                    assert!(gap > 0, "{what}: {local} is in no gap");
                    assert_eq!(shown - *local, Duration::seconds(gap), "{what}: {local} moved to {shown}");
                }
            }
            if let Some(before) = previous {
                assert!(at > before, "{what}: {local} does not come after the one before");
            }
            previous = Some(at);
        }
    }
    assert!(gaps > 0, "some nights fell into a spring gap");
}
