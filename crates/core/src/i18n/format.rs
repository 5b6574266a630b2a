//! Dates, times, numbers and prices in a language's own form.
//!
//! The names (weekdays, months) and the patterns (the order of day and month, 12 or 24 hours,
//! "um 19:00", "às 19h", separators, where the currency symbol goes) are messages in
//! `locales/<lang>/common.ftl` like every other text, so a translator controls them and the
//! tests below pin them; the arithmetic (the wall-clock time in the night's zone, grouping
//! digits, minor units) is here. ARCHITECTURE.md ("Languages") says why this and not ICU4X.

use chrono::{DateTime, Datelike, Timelike, Utc};
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
        let local = at.with_timezone(&tz);
        let (pm, hour12) = local.hour12();
        self.f4(
            "common-time",
            "hour",
            format!("{:02}", local.hour()),
            "hour12",
            i64::from(hour12),
            "minute",
            format!("{:02}", local.minute()),
            "pm",
            if pm { "pm" } else { "am" },
        )
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
}
