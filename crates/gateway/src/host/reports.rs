//! The chapter's conduct reports (owners only): the list, newest first with the new ones
//! counted, and each report with its status and the owners' note.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::{
    Form,
    extract::{Path, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use failnight_app::services::{Actor, conduct as service};
use failnight_core::Lang;
use failnight_scheduling::conduct::{self, Report, ReportStatus};

use super::{FormState, chapter::nav, views::Nav};
use crate::{
    AppState,
    auth::ChapterAccess,
    error::{AppError, PageError},
};

/// A status in words.
pub fn status_label(lang: Lang, status: ReportStatus) -> String {
    lang.t(match status {
        ReportStatus::New => "host-report-status-new",
        ReportStatus::InProgress => "host-report-status-in-progress",
        ReportStatus::Closed => "host-report-status-closed",
    })
}

pub struct ReportRow {
    pub id: i64,
    pub when: String,
    pub night: String,
    pub status: String,
    pub new: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/reports.html")]
pub struct ReportsPage {
    pub lang: Lang,
    pub nav: Nav,
    pub reports: Vec<ReportRow>,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/report.html")]
pub struct ReportPage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub when: String,
    pub night: String,
    pub body: String,
    /// Who reported, or that they stayed anonymous.
    pub reporter: String,
    pub reporter_email: String,
    pub statuses: Vec<(&'static str, String)>,
    pub form: FormState,
    pub saved: bool,
}

fn no_store(page: impl IntoResponse) -> Response {
    let mut response = page.into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `GET /host/c/{slug}/reports`
pub async fn list(State(state): State<AppState>, access: ChapterAccess) -> Result<Response, PageError> {
    let lang = access.lang();
    let tz = access.chapter.tz();
    let reports = conduct::list(&state.db, access.chapter.id)
        .await?
        .into_iter()
        .map(|r| ReportRow {
            id: r.id,
            when: lang.date_time(r.created_at.to_utc(), tz),
            night: r.event_title.unwrap_or_default(),
            status: status_label(lang, r.status),
            new: r.status == ReportStatus::New,
        })
        .collect();
    Ok(no_store(ReportsPage { lang, nav: nav(&access, "reports"), reports }))
}

fn parse(id: &str) -> Result<i64, AppError> {
    id.parse().map_err(|_| AppError::NotFound("error-no-report".into()))
}

async fn report_page(
    state: &AppState,
    access: &ChapterAccess,
    id: i64,
    form: Option<FormState>,
    saved: bool,
) -> Result<ReportPage, AppError> {
    let lang = access.lang();
    let report: Report =
        conduct::get(&state.db, access.chapter.id, id).await?.ok_or(AppError::NotFound("error-no-report".into()))?;
    let form = form.unwrap_or_else(|| {
        FormState::new(HashMap::from([
            ("status".to_string(), report.status.as_str().to_string()),
            ("note".to_string(), report.note.clone()),
        ]))
    });
    Ok(ReportPage {
        lang,
        nav: nav(access, "reports"),
        id,
        when: lang.date_time(report.created_at.to_utc(), access.chapter.tz()),
        night: report.event_title.unwrap_or_default(),
        body: report.body,
        reporter: report.reporter_name.unwrap_or_else(|| lang.t("host-report-anonymous")),
        reporter_email: report.reporter_email.unwrap_or_default(),
        statuses: ReportStatus::ALL.iter().map(|s| (s.as_str(), status_label(lang, *s))).collect(),
        form,
        saved,
    })
}

/// `GET /host/c/{slug}/reports/{id}`
pub async fn page(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    Ok(no_store(report_page(&state, &access, parse(&id)?, None, query.contains_key("saved")).await?))
}

/// `POST /host/c/{slug}/reports/{id}`: `status` and `note`.
pub async fn update(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, id)): Path<(String, String)>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let id = parse(&id)?;
    let mut form = FormState::new(values);
    let result = match ReportStatus::parse(form.v("status")) {
        Some(status) => {
            service::update_report(&state, Actor::Host(access.host_id()), &access.chapter, id, status, form.v("note"))
                .await
                .map_err(AppError::from)
        }
        None => Err(failnight_core::Invalid::field("status", "error-report-status").into()),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/host/c/{}/reports/{id}?saved=1", access.chapter.slug)).into_response()),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            let page = report_page(&state, &access, id, Some(form), false).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, no_store(page)).into_response())
        }
        Err(other) => Err(other.into()),
    }
}
