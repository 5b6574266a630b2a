//! Hosts' actions that had only a page: a message to a night's guests and the chapter's own
//! settings. Each is the page's operation under the same permission (the authorization test
//! proves both let in the same people).

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use failnight_app::{
    Operation,
    messages::{self, Audience},
    services::{self, Actor, Mode},
};
use failnight_app::{Role, accounts, services::conduct};
use failnight_scheduling::{
    Chapter,
    chapters::ChapterSettings,
    conduct::{self as reports, ReportStatus},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    ApiJson, doc, parse_id,
    scheduling::{hosted_chapter, hosted_chapter_of, hosted_event},
};
use crate::{
    AppState,
    auth::ApiHost,
    error::{AppError, ErrorBody},
};

doc::words! {
    /// Who a message goes to: guests with a seat not checked in (`confirmed`), on the
    /// waitlist, checked in, or with a seat who did not come (`no_show`, once the night has
    /// started). People who unsubscribed from the chapter's messages are left out.
    pub MessageAudience => Audience::ALL
}

/// A message to a night's guests.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct NewMessage {
    #[schema(required = true, min_items = 1, value_type = Vec<MessageAudience>, example = json!(["confirmed", "waitlisted"]))]
    pub audience: Vec<String>,
    #[schema(required = true, format = "line", max_length = 150, example = "The doors open at 18:30")]
    pub subject: String,
    #[schema(required = true, format = "text", max_length = 10000, example = "See you tonight at Kiez Bar!")]
    pub body: String,
    /// `true`: count whom it would reach and send nothing (the pages' confirmation step).
    pub preview: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MessageOut {
    /// The people it reaches (or would, for a preview).
    pub recipients: usize,
    /// `false` for a preview.
    pub sent: bool,
}

/// Email the guests of a night (optional mail: it honours unsubscribes). Preview first to
/// learn how many it reaches.
#[utoipa::path(post, operation_id = Operation::MessageGuests.id(), path = "/api/v1/events/{id}/messages", params(("id" = i64, Path)), request_body = NewMessage,
    responses((status = 200, body = MessageOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = [])))]
pub async fn message_guests(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewMessage>,
) -> Result<Json<MessageOut>, AppError> {
    let event = hosted_event(&state, &host, &id, Operation::MessageGuests).await?;
    let mut audience = Vec::new();
    for name in &body.audience {
        let who = Audience::parse(name)
            .ok_or_else(|| failnight_core::Invalid::field("audience", "error-message-audience"))?;
        if !audience.contains(&who) {
            audience.push(who);
        }
    }
    let mode = if body.preview { Mode::Preview } else { Mode::Apply };
    let recipients =
        messages::send_message(&state, Actor::Host(host.host_id), &event, &audience, &body.subject, &body.body, mode)
            .await?;
    Ok(Json(MessageOut { recipients, sent: !body.preview }))
}

/// A chapter's own settings.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChapterOut {
    pub slug: String,
    pub name: String,
    #[schema(value_type = doc::Zone)]
    pub timezone: String,
    pub description: String,
    /// Empty: the default code, in each visitor's language.
    pub code_of_conduct: String,
    /// Hours before a night its guests are reminded, latest first.
    pub reminder_hours: Vec<f64>,
    pub language: String,
    /// The chapter's colour, `#rrggbb`, or empty for the brand's own.
    pub accent: String,
    pub tagline: String,
}

fn chapter_out(chapter: &Chapter) -> ChapterOut {
    ChapterOut {
        slug: chapter.slug.clone(),
        name: chapter.name.clone(),
        timezone: chapter.timezone.to_string(),
        description: chapter.description.clone(),
        code_of_conduct: chapter.code_of_conduct.clone(),
        reminder_hours: chapter.reminder_minutes().iter().map(|m| *m as f64 / 60.0).collect(),
        language: chapter.language.as_str().to_string(),
        accent: chapter.accent.clone(),
        tagline: chapter.tagline.clone(),
    }
}

doc::words! {
    /// A language of ours, which the chapter's pages and emails speak to anyone who chose none.
    pub ChapterLanguage => failnight_core::Lang::ALL.map(|l| l.as_str())
}

/// The settings to change; fields left out keep their value.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct ChapterPatch {
    #[schema(format = "line", max_length = 100, example = "Failure Night Berlin")]
    pub name: Option<String>,
    #[schema(value_type = Option<doc::Zone>)]
    pub timezone: Option<String>,
    #[schema(format = "text", max_length = 5000)]
    pub description: Option<String>,
    /// Empty: the default code, in each visitor's language.
    #[schema(format = "text", max_length = 20000)]
    pub code_of_conduct: Option<String>,
    /// Hours before a night its guests are reminded (each more than 0, at most 336), at most
    /// five; `[]`: no reminders.
    #[schema(max_items = 5, example = json!([24, 3]))]
    pub reminder_hours: Option<Vec<f64>>,
    #[schema(value_type = Option<ChapterLanguage>)]
    pub language: Option<String>,
    /// `#rrggbb` that white text reads on at 4.5:1 or better (else 422, saying the contrast);
    /// empty: the brand's own colours.
    #[schema(example = "#1f5fbf", pattern = r"^\s*(?:#?[0-9A-Fa-f]{6})?\s*$")]
    pub accent: Option<String>,
    /// One line under the chapter's name; empty: none.
    #[schema(format = "optional_line", max_length = 120)]
    pub tagline: Option<String>,
}

/// Change the chapter's name, zone, description, code of conduct, reminders, language, accent
/// colour or tagline.
#[utoipa::path(patch, operation_id = Operation::UpdateChapterSettings.id(), path = "/api/v1/chapters/{slug}", params(("slug" = String, Path)), request_body = ChapterPatch,
    responses((status = 200, body = ChapterOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn update_chapter(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<ChapterPatch>,
) -> Result<Json<ChapterOut>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::UpdateChapterSettings).await?;
    let current = ChapterSettings::of(&chapter);
    let input = ChapterSettings {
        name: body.name.unwrap_or(current.name),
        timezone: body.timezone.unwrap_or(current.timezone),
        description: body.description.unwrap_or(current.description),
        code_of_conduct: body.code_of_conduct.unwrap_or(current.code_of_conduct),
        reminder_hours: match body.reminder_hours {
            Some(hours) => hours.iter().map(f64::to_string).collect::<Vec<_>>().join(", "),
            None => current.reminder_hours,
        },
        language: body.language.unwrap_or(current.language),
        accent: body.accent.unwrap_or(current.accent),
        tagline: body.tagline.unwrap_or(current.tagline),
    };
    let updated = services::update_chapter_settings(&state, Actor::Host(host.host_id), &chapter, &input).await?;
    Ok(Json(chapter_out(&updated)))
}

/// Every guest of every night of the chapter as CSV, night by night in time order, each
/// night's in booking order (formula-like cells neutralised). Streamed: a long history is sent
/// as it is read.
#[utoipa::path(get, operation_id = Operation::ExportChapter.id(), path = "/api/v1/chapters/{slug}/attendees.csv", params(("slug" = String, Path)),
    responses((status = 200, content_type = "text/csv", body = String)), security(("host_token" = ["owner"])))]
pub async fn export_chapter(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<axum::response::Response, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ExportChapter).await?;
    let nights = failnight_scheduling::events::all_for_hosts(&state.db, chapter.id).await?;
    Ok(crate::export::chapter(state.clone(), &chapter.slug, nights))
}

/// Set or replace the chapter's logo. It is scaled to fit 480×160 and stored as our own PNG,
/// transparency kept, no metadata.
#[utoipa::path(put, operation_id = Operation::SetLogo.id(), path = "/api/v1/chapters/{slug}/logo", params(("slug" = String, Path)),
    request_body(description = "The logo: PNG, JPEG or WebP, at most 15 MB and 40 megapixels.",
        content((super::scheduling::ImageUpload = "image/png"), (super::scheduling::ImageUpload = "image/jpeg"), (super::scheduling::ImageUpload = "image/webp"))),
    responses((status = 200, body = super::scheduling::StoredImage),
        (status = 413, description = "The body is larger than 48 MiB (`payload_too_large`).", body = ErrorBody),
        (status = 422, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn set_logo(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    body: axum::body::Body,
) -> Result<Json<super::scheduling::StoredImage>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::SetLogo).await?;
    let bytes = super::scheduling::image_body(body).await?;
    let logo = services::set_logo(&state, Actor::Host(host.host_id), &chapter, bytes).await?;
    Ok(Json(super::scheduling::StoredImage {
        url: failnight_scheduling::logos::path(&chapter.slug, &logo.hash).unwrap_or_default(),
        width: i64::from(logo.width),
        height: i64::from(logo.height),
    }))
}

/// Remove the chapter's logo (nothing happens when it has none).
#[utoipa::path(delete, operation_id = Operation::RemoveLogo.id(), path = "/api/v1/chapters/{slug}/logo", params(("slug" = String, Path)),
    responses((status = 204, description = "The chapter has no logo now.")), security(("host_token" = ["owner"])))]
pub async fn remove_logo(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<StatusCode, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::RemoveLogo).await?;
    services::remove_logo(&state, Actor::Host(host.host_id), &chapter).await?;
    Ok(StatusCode::NO_CONTENT)
}

doc::words! {
    /// A role in a chapter: `owner` (everything, settings and hosts too), `host` (nights,
    /// guests, stories) or `door` (the door only).
    pub RoleName => Role::ALL.map(|r| r.as_str())
}

/// A host of the chapter.
#[derive(Debug, Serialize, ToSchema)]
pub struct Member {
    pub host_id: i64,
    pub email: String,
    #[schema(value_type = RoleName)]
    pub role: String,
}

async fn members(state: &AppState, chapter: &Chapter) -> Result<Vec<Member>, AppError> {
    Ok(accounts::members(&state.db, chapter.id)
        .await?
        .into_iter()
        .map(|m| Member { host_id: m.host_id, email: m.email, role: m.role.as_str().to_string() })
        .collect())
}

/// The chapter's hosts and their roles.
#[utoipa::path(get, operation_id = Operation::ListHosts.id(), path = "/api/v1/chapters/{slug}/hosts", params(("slug" = String, Path)),
    responses((status = 200, body = Vec<Member>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn list_hosts(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<Json<Vec<Member>>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ListHosts).await?;
    Ok(Json(members(&state, &chapter).await?))
}

#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct NewMember {
    #[schema(required = true, schema_with = doc::email)]
    pub email: String,
    #[schema(required = true, value_type = RoleName)]
    pub role: String,
}

/// Add a host with a role (they are emailed where to sign in), or change a host's role. The
/// last owner stays an owner.
#[utoipa::path(post, operation_id = Operation::ManageHosts.id(), path = "/api/v1/chapters/{slug}/hosts", params(("slug" = String, Path)), request_body = NewMember,
    responses((status = 200, body = Vec<Member>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn add_host(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewMember>,
) -> Result<Json<Vec<Member>>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ManageHosts).await?;
    let role = Role::parse(&body.role).ok_or_else(|| failnight_core::Invalid::field("role", "error-host-role"))?;
    services::invite_host(&state, Actor::Host(host.host_id), &chapter, &body.email, role).await?;
    Ok(Json(members(&state, &chapter).await?))
}

/// Take a host out of the chapter (never its last owner).
#[utoipa::path(delete, operation_id = Operation::RemoveHost.id(), path = "/api/v1/chapters/{slug}/members/{id}", params(("slug" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn remove_host(
    State(state): State<AppState>,
    host: ApiHost,
    Path((slug, id)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::RemoveHost).await?;
    let id = parse_id(&id).map_err(|_| AppError::NotFound("error-no-host".into()))?;
    services::remove_host(&state, Actor::Host(host.host_id), &chapter, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

doc::words! {
    /// Where the owners are with a report: `new`, `in_progress` or `closed`.
    pub ReportStatusName => ReportStatus::ALL.map(|s| s.as_str())
}

/// A conduct report, for the chapter's owners only.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConductReport {
    pub id: i64,
    pub night_id: Option<i64>,
    pub body: String,
    /// `null`: anonymous.
    pub reporter_name: Option<String>,
    pub reporter_email: Option<String>,
    #[schema(value_type = ReportStatusName)]
    pub status: String,
    pub note: String,
    #[schema(format = DateTime)]
    pub created_at: String,
}

fn report_out(r: reports::Report) -> ConductReport {
    ConductReport {
        id: r.id,
        night_id: r.event_id,
        body: r.body,
        reporter_name: r.reporter_name,
        reporter_email: r.reporter_email,
        status: r.status.as_str().to_string(),
        note: r.note,
        created_at: r.created_at.rfc3339(),
    }
}

/// The chapter's conduct reports, newest first (deleted a year after they were made).
#[utoipa::path(get, operation_id = Operation::ViewReports.id(), path = "/api/v1/chapters/{slug}/conduct-reports", params(("slug" = String, Path)),
    responses((status = 200, body = Vec<ConductReport>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn list_reports(
    State(state): State<AppState>,
    host: ApiHost,
    Path(slug): Path<String>,
) -> Result<Json<Vec<ConductReport>>, AppError> {
    let chapter = hosted_chapter(&state, &host, &slug, Operation::ViewReports).await?;
    Ok(Json(reports::list(&state.db, chapter.id).await?.into_iter().map(report_out).collect()))
}

#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct ReportChange {
    #[schema(required = true, value_type = ReportStatusName)]
    pub status: String,
    /// For the owners only: what was done, whom they talked to.
    #[schema(format = "text", max_length = 5000)]
    pub note: String,
}

/// Set a report's status and the owners' note.
#[utoipa::path(patch, operation_id = Operation::UpdateReport.id(), path = "/api/v1/conduct-reports/{id}", params(("id" = i64, Path)), request_body = ReportChange,
    responses((status = 200, body = ConductReport), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("host_token" = ["owner"])))]
pub async fn update_report(
    State(state): State<AppState>,
    host: ApiHost,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ReportChange>,
) -> Result<Json<ConductReport>, AppError> {
    let not_found = || AppError::NotFound("error-no-report".into());
    let id = parse_id(&id).map_err(|_| not_found())?;
    let chapter_id = reports::chapter_of(&state.db, id).await?.ok_or_else(not_found)?;
    let chapter = hosted_chapter_of(&state, &host, chapter_id, Operation::UpdateReport, "error-no-report").await?;
    let status = ReportStatus::parse(&body.status)
        .ok_or_else(|| failnight_core::Invalid::field("status", "error-report-status"))?;
    conduct::update_report(&state, Actor::Host(host.host_id), &chapter, id, status, &body.note).await?;
    Ok(Json(report_out(reports::get(&state.db, chapter.id, id).await?.ok_or_else(not_found)?)))
}
