//! Dates, times, numbers and prices in a language's own form.
//!
//! The names (weekdays, months) and the patterns (the order of day and month, 12 or 24 hours,
//! "um 19:00", "às 19h", separators, where the currency symbol goes) are messages in
//! `locales/<lang>/common.ftl` like every other text, so a translator controls them and the
//! tests below pin them; the arithmetic (the wall-clock time in the night's zone, grouping
//! digits, minor units) is here. ARCHITECTURE.md ("Languages") says why this and not ICU4X.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use chrono_tz::Tz;

use super::Lang;

impl Lang {
    /// The day of `at` in `tz`, in full: `Thursday, December 10, 2026`, `jueves, 10 de
    /// diciembre de 2026`, `Donnerstag, 10. Dezember 2026`.
    pub fn date(self, at: DateTime<Utc>, tz: Tz) -> String {
        let local = at.with_timezone(&tz);
        self.f4(
            "common-date",
            "weekday",
            self.t(WEEKDAYS[local.weekday().num_days_from_monday() as usize]),
            "day",
            i64::from(local.day()),
            "month",
            self.t(MONTHS[local.month0() as usize]),
            "year",
            i64::from(local.year()),
        )
    }

    /// A calendar month: "March 2026", "marzo de 2026" (`month` 1–12).
    pub fn month_year(self, year: i32, month: u32) -> String {
        let name = self.t(MONTHS[(month.clamp(1, 12) - 1) as usize]);
        self.f2("common-month-year", "month", name, "year", i64::from(year))
    }

    /// The day of `at` in `tz` without the weekday, short: `Dec 10, 2026`, `10 dic 2026`.
    pub fn short_date(self, at: DateTime<Utc>, tz: Tz) -> String {
        let local = at.with_timezone(&tz);
        self.f3(
            "common-date-short",
            "day",
            i64::from(local.day()),
            "month",
            self.t(SHORT_MONTHS[local.month0() as usize]),
            "year",
            i64::from(local.year()),
        )
    }

    /// The wall-clock time of `at` in `tz`: `7:00 PM` in English, `19:00` elsewhere.
    pub fn time(self, at: DateTime<Utc>, tz: Tz) -> String {
        self.clock(at.with_timezone(&tz).time())
    }

    /// A wall-clock time as this language writes it: `7:00 PM`, `19:00`.
    fn clock(self, time: NaiveTime) -> String {
        let (pm, hour12) = time.hour12();
        self.f4(
            "common-time",
            "hour",
            format!("{:02}", time.hour()),
            "hour12",
            i64::from(hour12),
            "minute",
            format!("{:02}", time.minute()),
            "pm",
            if pm { "pm" } else { "am" },
        )
    }

    /// A day in digits, in this language's order (`common-date-numeric`): `12/24/2026`,
    /// `24.12.2026`, `24/12/2026`. What date fields show and expect.
    pub fn date_input(self, day: NaiveDate) -> String {
        self.f3(
            "common-date-numeric",
            "day",
            format!("{:02}", day.day()),
            "month",
            format!("{:02}", day.month()),
            "year",
            day.year().to_string(),
        )
    }

    /// A time as time fields show it: `7:00 PM`, `19:00`.
    pub fn time_input(self, time: NaiveTime) -> String {
        self.clock(time)
    }

    /// A local date and time as date-and-time fields show it: `12/24/2026 7:00 PM`,
    /// `24.12.2026 19:00`.
    pub fn date_time_input(self, at: NaiveDateTime) -> String {
        format!("{} {}", self.date_input(at.date()), self.clock(at.time()))
    }

    /// The order of day, month and year in [`Lang::date_input`], read from the message itself
    /// (a translator who changes it changes what is parsed too).
    fn numeric_order(self) -> [DatePart; 3] {
        let probe = self.f3("common-date-numeric", "day", "31", "month", "12", "year", "2999");
        let mut order = [DatePart::Month, DatePart::Day, DatePart::Year];
        let parts: Vec<&str> = probe.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).collect();
        if let [a, b, c] = parts.as_slice() {
            for (slot, part) in order.iter_mut().zip([a, b, c]) {
                *slot = match *part {
                    "31" => DatePart::Day,
                    "12" => DatePart::Month,
                    _ => DatePart::Year,
                };
            }
        }
        order
    }

    /// A day typed in this language's order (`24.12.2026`, `12/24/26`; `.`, `/` or `-` between
    /// the parts) or as ISO 8601 (`2026-12-24`, what the API and browsers' date fields send).
    pub fn parse_date_input(self, text: &str) -> Option<NaiveDate> {
        let text = text.trim().trim_end_matches(',');
        let parts: Vec<&str> = text.split(['.', '/', '-']).map(str::trim).collect();
        let [a, b, c] = parts.as_slice() else { return None };
        if [a, b, c].iter().any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|d| d.is_ascii_digit())) {
            return None;
        }
        let (mut day, mut month, mut year) = (0, 0, 0);
        let order = if a.len() == 4 { [DatePart::Year, DatePart::Month, DatePart::Day] } else { self.numeric_order() };
        for (part, text) in order.iter().zip([a, b, c]) {
            let n: u32 = text.parse().ok()?;
            match part {
                DatePart::Day => day = n,
                DatePart::Month => month = n,
                DatePart::Year => {
                    year = if text.len() == 2 {
                        2000 + n
                    } else if text.len() == 4 {
                        n
                    } else {
                        return None;
                    }
                }
            }
        }
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
    }

    /// A time as people type it: `19:00`, `19.30`, `19h`, `19h30`, `1930`, `7 pm`, `7:30 PM`,
    /// `7.30 p.m.`. Anything else (a lone minute digit, a sign, letters) is `None`.
    pub fn parse_time_input(text: &str) -> Option<NaiveTime> {
        let compact: String = text.trim().to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
        let (clock, half) = [("p.m.", true), ("pm", true), ("a.m.", false), ("am", false)]
            .iter()
            .find_map(|(suffix, pm)| compact.strip_suffix(suffix).map(|rest| (rest, Some(*pm))))
            .unwrap_or((compact.as_str(), None));
        // Digits and separators only: the byte positions below are characters.
        if !clock.is_ascii() {
            return None;
        }
        let (hour, minute) = match clock.split_once([':', 'h', '.']) {
            Some((hour, "")) => (hour, "00"),
            Some((hour, minute)) => (hour, minute),
            None if clock.len() == 4 && half.is_none() => (&clock[..2], &clock[2..]),
            None => (clock, "00"),
        };
        let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
            len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        if !digits(hour, 1..=2) || !digits(minute, 2..=2) {
            return None;
        }
        let (mut hour, minute): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
        if let Some(pm) = half {
            if !(1..=12).contains(&hour) {
                return None;
            }
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, h) => h,
            };
        }
        NaiveTime::from_hms_opt(hour, minute, 0)
    }

    /// A local date and time typed as [`Lang::date_time_input`] shows it (the time after the
    /// first space), or as ISO 8601 (`2026-12-24T19:00`, what the API and browsers'
    /// `datetime-local` fields send).
    pub fn parse_date_time_input(self, text: &str) -> Option<NaiveDateTime> {
        let text = text.trim();
        if let Some(at) = crate::time::parse_local(text) {
            return Some(at);
        }
        let (date, time) = text.split_once(char::is_whitespace)?;
        Some(self.parse_date_input(date)?.and_time(Lang::parse_time_input(time)?))
    }

    /// `Thursday, December 10, 2026 at 7:00 PM`, `jeudi 10 décembre 2026 à 19:00`.
    pub fn date_time(self, at: DateTime<Utc>, tz: Tz) -> String {
        self.f2("common-date-time", "date", self.date(at, tz), "time", self.time(at, tz))
    }

    /// An integer with the language's digit grouping: `12,500`, `12.500`, `12 500`.
    pub fn number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let group = self.t("common-group-separator");
        let mut out = String::with_capacity(digits.len() + 4);
        if n < 0 {
            out.push('-');
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&group);
            }
            out.push(digit);
        }
        out
    }

    /// An amount in minor units (cents) of an ISO 4217 `currency`, with its symbol where the
    /// language puts it: `€12.50`, `12,50 €`, `R$ 12,50`, `MX$1,200.00`.
    pub fn money(self, minor: i64, currency: &str) -> String {
        let currency = currency.to_ascii_uppercase();
        let decimals = minor_digits(&currency);
        let scale = 10_i64.pow(decimals);
        let whole = self.number(minor.abs() / scale);
        let amount = if decimals == 0 {
            whole
        } else {
            format!(
                "{whole}{}{:0width$}",
                self.t("common-decimal-separator"),
                minor.abs() % scale,
                width = decimals as usize
            )
        };
        let amount = if minor < 0 { format!("-{amount}") } else { amount };
        self.f2("common-money", "amount", amount, "symbol", self.currency_symbol(&currency))
    }

    /// The symbol of `currency` as this language writes it: the dollar of one's own country is
    /// `$`, another's is qualified (`US$` in Mexico City, `$` in English).
    fn currency_symbol(self, currency: &str) -> String {
        let own_dollar = match self {
            Lang::En => "USD",
            Lang::Es => "MXN",
            Lang::PtBr => "BRL",
            Lang::De | Lang::Fr => "",
        };
        match currency {
            "EUR" => "€".into(),
            "GBP" => "£".into(),
            "BRL" => "R$".into(),
            "JPY" => "¥".into(),
            "USD" | "MXN" | "CAD" | "AUD" | "ARS" | "CLP" | "COP" if currency == own_dollar => "$".into(),
            "USD" => "US$".into(),
            "MXN" => "MX$".into(),
            "CAD" => "CA$".into(),
            "AUD" => "AU$".into(),
            other => other.to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DatePart {
    Day,
    Month,
    Year,
}

/// Digits after the decimal point of a currency (ISO 4217; the zero-decimal ones Stripe lists).
pub fn minor_digits(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "JPY" | "KMF" | "KRW" | "MGA" | "PYG" | "RWF" | "UGX" | "VND" | "VUV"
        | "XAF" | "XOF" | "XPF" => 0,
        _ => 2,
    }
}

const WEEKDAYS: [&str; 7] = [
    "common-weekday-monday",
    "common-weekday-tuesday",
    "common-weekday-wednesday",
    "common-weekday-thursday",
    "common-weekday-friday",
    "common-weekday-saturday",
    "common-weekday-sunday",
];

const MONTHS: [&str; 12] = [
    "common-month-january",
    "common-month-february",
    "common-month-march",
    "common-month-april",
    "common-month-may",
    "common-month-june",
    "common-month-july",
    "common-month-august",
    "common-month-september",
    "common-month-october",
    "common-month-november",
    "common-month-december",
];

const SHORT_MONTHS: [&str; 12] = [
    "common-month-short-january",
    "common-month-short-february",
    "common-month-short-march",
    "common-month-short-april",
    "common-month-short-may",
    "common-month-short-june",
    "common-month-short-july",
    "common-month-short-august",
    "common-month-short-september",
    "common-month-short-october",
    "common-month-short-november",
    "common-month-short-december",
];

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn night() -> DateTime<Utc> {
        // 19:00 in Mexico City on Thursday 10 December 2026 (UTC−6).
        Utc.with_ymd_and_hms(2026, 12, 11, 1, 0, 0).unwrap()
    }

    #[test]
    fn dates_and_times_in_each_language() {
        let tz: Tz = "America/Mexico_City".parse().unwrap();
        let cases = [
            (Lang::En, "Thursday, December 10, 2026 at 7:00 PM", "Dec 10, 2026"),
            (Lang::Es, "jueves, 10 de diciembre de 2026, 19:00", "10 dic 2026"),
            (Lang::De, "Donnerstag, 10. Dezember 2026 um 19:00", "10. Dez. 2026"),
            (Lang::Fr, "jeudi 10 décembre 2026 à 19:00", "10 déc. 2026"),
            (Lang::PtBr, "quinta-feira, 10 de dezembro de 2026 às 19:00", "10 de dez. de 2026"),
        ];
        for (lang, long, short) in cases {
            assert_eq!(lang.date_time(night(), tz), long, "{lang}");
            assert_eq!(lang.short_date(night(), tz), short, "{lang}");
        }
        let morning = Utc.with_ymd_and_hms(2026, 12, 10, 15, 5, 0).unwrap();
        assert_eq!(Lang::En.time(morning, tz), "9:05 AM");
        assert_eq!(Lang::En.time(Utc.with_ymd_and_hms(2026, 12, 10, 18, 30, 0).unwrap(), tz), "12:30 PM");
        assert_eq!(Lang::De.time(morning, tz), "09:05");
    }

    #[test]
    fn numbers_and_money() {
        assert_eq!(Lang::En.number(1_234_567), "1,234,567");
        assert_eq!(Lang::De.number(12_500), "12.500");
        assert_eq!(Lang::Fr.number(12_500), "12\u{202f}500");
        assert_eq!(Lang::Es.number(999), "999");
        assert_eq!(Lang::En.money(1250, "eur"), "€12.50");
        assert_eq!(Lang::De.money(1250, "EUR"), "12,50\u{a0}€");
        assert_eq!(Lang::Fr.money(120_000, "EUR"), "1\u{202f}200,00\u{a0}€");
        assert_eq!(Lang::PtBr.money(4990, "BRL"), "R$\u{a0}49,90");
        assert_eq!(Lang::Es.money(15_000, "MXN"), "$150.00");
        assert_eq!(Lang::En.money(15_000, "MXN"), "MX$150.00");
        assert_eq!(Lang::Es.money(1500, "JPY"), "¥1,500");
        assert_eq!(Lang::En.money(0, "USD"), "$0.00");
    }

    #[test]
    fn date_fields_in_each_languages_order() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 24).unwrap().and_hms_opt(19, 30, 0).unwrap();
        let cases = [
            (Lang::En, "12/24/2026 7:30 PM"),
            (Lang::Es, "24/12/2026 19:30"),
            (Lang::De, "24.12.2026 19:30"),
            (Lang::Fr, "24/12/2026 19:30"),
            (Lang::PtBr, "24/12/2026 19:30"),
        ];
        for (lang, shown) in cases {
            assert_eq!(lang.date_time_input(at), shown, "{lang}");
            assert_eq!(lang.parse_date_time_input(shown), Some(at), "{lang} reads back what it shows");
            assert_eq!(lang.parse_date_time_input("2026-12-24T19:30"), Some(at), "{lang} reads ISO too");
            assert_eq!(lang.parse_date_input("2026-12-24"), Some(at.date()), "{lang}");
        }
        // A Berlin host types day first; the same digits are another day in English.
        assert_eq!(Lang::De.parse_date_input("03.04.2027"), NaiveDate::from_ymd_opt(2027, 4, 3));
        assert_eq!(Lang::En.parse_date_input("03/04/2027"), NaiveDate::from_ymd_opt(2027, 3, 4));
        assert_eq!(Lang::De.parse_date_input("3.4.27"), NaiveDate::from_ymd_opt(2027, 4, 3));
        assert_eq!(Lang::De.parse_date_time_input(" 24.12.2026  19:30 "), Some(at));
        assert_eq!(Lang::Es.parse_date_time_input("24-12-2026 19h30"), Some(at));
        for nonsense in ["", "24.12.2026", "31.02.2027 19:00", "24.12.2026 25:00", "12/24/2026 19:30", "tomorrow 7pm"] {
            assert_eq!(Lang::De.parse_date_time_input(nonsense), None, "{nonsense:?}");
        }
        assert_eq!(Lang::En.parse_date_time_input("12/24/2026 19:30"), Some(at), "a 24-hour time in English");
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        for (typed, time) in [
            ("19:00", t(19, 0)),
            ("19.30", t(19, 30)),
            ("19h", t(19, 0)),
            ("19h30", t(19, 30)),
            ("1930", t(19, 30)),
            ("7 pm", t(19, 0)),
            ("7:30 PM", t(19, 30)),
            ("7p.m.", t(19, 0)),
            ("7.30 p.m.", t(19, 30)),
            ("9.30", t(9, 30)),
            ("2.0", None),
            ("19:+5", None),
            ("1€", None),
            ("1é3", None),
            ("19.3.0", None),
            ("12 am", t(0, 0)),
            ("12:15 pm", t(12, 15)),
            ("0:05", t(0, 5)),
            ("13 pm", None),
            ("19:3", None),
            ("24:00", None),
            ("7:60", None),
            ("", None),
            ("pm", None),
        ] {
            assert_eq!(Lang::parse_time_input(typed), time, "{typed:?}");
        }
    }
}
