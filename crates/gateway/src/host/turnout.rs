//! A night's turnout for its hosts: the guests to expect at the door, how many confirmations
//! the room can take at the risk they choose, and how the forecast did on the chapter's past
//! nights (issue #19).

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use failnight_app::services::insights::{self as service, Overbooking, RISKS_PERCENT, Turnout};
use failnight_core::Lang;
use failnight_insights::forecast::{Forecast, Lead, MIN_NIGHTS};
use failnight_scheduling::EventDetails;

use super::{
    chapter::nav,
    nights::chapter_event,
    views::{TurnoutNightRow, TurnoutPage},
};
use crate::{AppState, auth::ChapterAccess, error::PageError};

fn percent(lang: Lang, share: f64) -> String {
    lang.number((share * 100.0).round() as i64)
}

/// The forecast of a night in a sentence (its page's line and the turnout page's first).
pub fn expected_line(lang: Lang, forecast: &Forecast, key: &'static str) -> String {
    if forecast.booked == 0 {
        return lang.t("host-turnout-nobody");
    }
    lang.f4(
        key,
        "expected",
        forecast.expected_guests(),
        "booked",
        forecast.booked,
        "low",
        forecast.low,
        "high",
        forecast.high,
    )
}

/// `GET /host/c/{slug}/events/{id}/turnout?risk=10`.
pub async fn page(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<TurnoutPage, PageError> {
    let event = chapter_event(&state, &access, &id).await?;
    let risk = query.get("risk").and_then(|r| r.parse().ok());
    let turnout = service::turnout(&state, &event, risk).await?;
    Ok(turnout_page(&access, &event, &turnout))
}

fn turnout_page(access: &ChapterAccess, event: &EventDetails, turnout: &Turnout) -> TurnoutPage {
    let lang = access.lang();
    let model = &turnout.model;
    let sigma = percent(lang, model.sigma);
    let basis = if model.is_prior() {
        lang.f3("host-turnout-prior", "min", MIN_NIGHTS as i64, "rate", percent(lang, model.rate), "sigma", sigma)
    } else {
        lang.f4(
            "host-turnout-history",
            "nights",
            model.nights as i64,
            "seats",
            model.seats,
            "rate",
            percent(lang, model.rate),
            "sigma",
            sigma,
        )
    };
    let rates = if model.is_prior() {
        Vec::new()
    } else {
        [
            (Lead::Early, "host-turnout-lead-early"),
            (Lead::Week, "host-turnout-lead-week"),
            (Lead::LastDay, "host-turnout-lead-last-day"),
        ]
        .into_iter()
        .map(|(lead, key)| (lang.t(key), format!("{} %", percent(lang, model.rate_of_lead(lead)))))
        .collect()
    };
    let extra = turnout.confirmable - event.capacity;
    let advice = if extra > 0 {
        lang.f4(
            "host-turnout-advice",
            "capacity",
            event.capacity,
            "risk",
            turnout.risk_percent,
            "confirmable",
            turnout.confirmable,
            "extra",
            extra,
        )
    } else {
        lang.f2("host-turnout-advice-none", "capacity", event.capacity, "risk", turnout.risk_percent)
    };
    let overbooking = match turnout.overbooking {
        Overbooking::Off => lang.t("host-turnout-auto-off"),
        Overbooking::NoRoom { risk_percent } => lang.f1("host-turnout-auto-no-room", "risk", risk_percent),
        Overbooking::Prior { risk_percent } => {
            lang.f2("host-turnout-auto-prior", "risk", risk_percent, "min", MIN_NIGHTS as i64)
        }
        Overbooking::On { risk_percent, room, overbooked } => {
            lang.f3("host-turnout-auto-on", "risk", risk_percent, "room", room, "overbooked", overbooked)
        }
    };
    let backtest = &turnout.backtest;
    let backtest_line = if backtest.nights == 0 {
        lang.f1("host-turnout-backtest-none", "min", MIN_NIGHTS as i64)
    } else {
        lang.f4(
            "host-turnout-backtest",
            "nights",
            backtest.nights as i64,
            "error",
            lang.number(backtest.mean_abs_error.round() as i64),
            "inside",
            backtest.inside as i64,
            "percent",
            percent(lang, backtest.coverage()),
        )
    };
    let tz = event.tz();
    TurnoutPage {
        lang,
        nav: nav(access, "events"),
        id: event.id,
        title: event.title.clone(),
        expected: expected_line(lang, &turnout.forecast, "host-turnout-expected"),
        basis,
        rates,
        risks: RISKS_PERCENT.iter().map(|&r| (r, r == turnout.risk_percent)).collect(),
        advice,
        overbooking,
        backtest: backtest_line,
        // The latest nights first, as a host looks for the last few.
        nights: backtest
            .rows
            .iter()
            .rev()
            .map(|(starts, forecast, came)| TurnoutNightRow {
                date: lang.short_date(starts.to_utc(), tz),
                booked: lang.number(forecast.booked),
                forecast: lang.number(forecast.expected_guests()),
                range: format!("{}–{}", lang.number(forecast.low), lang.number(forecast.high)),
                came: lang.number(*came),
            })
            .collect(),
    }
}
