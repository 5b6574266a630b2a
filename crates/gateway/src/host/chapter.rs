//! A chapter's dashboard, settings, hosts and audit log.

use std::collections::HashMap;

use axum::{
    Form,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
};
use failnight_core::outbox;
use failnight_scheduling::{chapters::ChapterSettings, display, events};
use failnight_ticketing::rsvps;

use super::{
    FormState,
    views::{
        AuditPage, AuditRow, DashboardPage, FailedEmail, HostsPage, MemberRow, Nav, NextNight, NightMail, SettingsPage,
        Setup, audit_action, event_status, role_label,
    },
};
use failnight_app::{
    Role, accounts,
    services::{self, Actor},
};

use crate::{
    AppState,
    auth::ChapterAccess,
    error::{AppError, PageError},
};

pub fn nav(access: &ChapterAccess, current: &'static str) -> Nav {
    Nav {
        slug: access.chapter.slug.clone(),
        chapter: access.chapter.name.clone(),
        email: access.signed_in.host.email.clone(),
        is_owner: access.role == Role::Owner,
        is_host: access.role >= Role::Host,
        current,
    }
}

/// The chapter's dashboard, kept per host, role and language (`kept_page`): it counts the next
/// night's guests and the coming nights' emails again after a write, not on every view.
pub async fn dashboard(
    State(state): State<AppState>,
    access: ChapterAccess,
) -> Result<Html<axum::body::Bytes>, PageError> {
    Ok(super::kept_page(&state, &access, "dashboard".into(), || dashboard_page(&state, &access)).await?)
}

async fn dashboard_page(state: &AppState, access: &ChapterAccess) -> Result<DashboardPage, AppError> {
    let chapter = &access.chapter;
    let lang = access.lang();
    let coming = events::coming_for_hosts(&state.db, chapter.id, state.clock.now(), 1_000).await?;
    let next = match coming.first() {
        Some(night) => {
            let counts = rsvps::status_counts(&state.db, night.id).await?;
            Some(NextNight {
                id: night.id,
                title: night.title.clone(),
                when: display::when(night, lang),
                taken: rsvps::seats_taken(&state.db, night.id).await?,
                capacity: night.capacity,
                waitlist: counts.waitlisted,
                status: event_status(lang, night.status),
                talks: failnight_submissions::lineup::placed(&state.db, night.id).await?.len(),
            })
        }
        None => None,
    };
    let failed = outbox::failed_for_chapter(&state.db, chapter.id, 20)
        .await?
        .into_iter()
        .map(|f| FailedEmail { to: f.to_email, subject: f.subject, error: f.last_error })
        .collect();
    let mut mail_by_night = Vec::new();
    for night in coming.iter().take(6) {
        mail_by_night.push(NightMail {
            id: night.id,
            title: night.title.clone(),
            when: display::when(night, lang),
            emails: outbox::counts_for_event(&state.db, night.id).await?,
        });
    }
    // A new chapter's first steps, until each is done.
    let has_venue = !failnight_scheduling::venues::list(&state.db, chapter.id).await?.is_empty();
    let has_night = !coming.is_empty() || events::any(&state.db, chapter.id).await?;
    let call_open = failnight_submissions::settings::get(&state.db, chapter.id).await?.call_open;
    let setup = (!(has_venue && has_night && call_open)).then_some(Setup { has_venue, has_night, call_open });
    Ok(DashboardPage {
        lang,
        nav: nav(access, "dashboard"),
        setup,
        next,
        upcoming: coming.len(),
        failed,
        mail_by_night,
        public_url: format!("/c/{}", chapter.slug),
        stories_waiting: failnight_submissions::stories::waiting_count(&state.db, chapter.id).await?,
    })
}

fn settings_form(settings: &ChapterSettings) -> FormState {
    FormState::new(HashMap::from([
        ("name".to_string(), settings.name.clone()),
        ("timezone".to_string(), settings.timezone.clone()),
        ("description".to_string(), settings.description.clone()),
        ("code_of_conduct".to_string(), settings.code_of_conduct.clone()),
        ("reminder_hours".to_string(), settings.reminder_hours.clone()),
        ("language".to_string(), settings.language.clone()),
        ("accent".to_string(), settings.accent.clone()),
        ("tagline".to_string(), settings.tagline.clone()),
    ]))
}

/// The settings page with the chapter's current values in both forms.
pub(super) async fn settings_page(state: &AppState, access: &ChapterAccess) -> Result<SettingsPage, AppError> {
    let seats = failnight_ticketing::settings::for_chapter(&state.db, access.chapter.id).await?;
    Ok(SettingsPage {
        lang: access.lang(),
        nav: nav(access, "settings"),
        form: settings_form(&ChapterSettings::of(&access.chapter)),
        ticketing: FormState::new(HashMap::from([
            ("promotion_mode".to_string(), seats.promotion_mode.to_string()),
            ("offer_hours".to_string(), seats.offer_hours.to_string()),
            ("reconfirm_hours".to_string(), seats.reconfirm_hours.to_string()),
            ("max_plus_ones".to_string(), seats.max_plus_ones.to_string()),
            ("refund_cutoff_hours".to_string(), seats.refund_cutoff_hours.to_string()),
            ("overbook_risk".to_string(), seats.overbook_risk.to_string()),
        ])),
        overbook_risks: &failnight_ticketing::settings::RISKS_PERCENT,
        saved: false,
        logo: failnight_scheduling::logos::path(&access.chapter.slug, &access.chapter.logo),
        logo_error: None,
        embed_script: format!(
            r#"<script src="{}/embed.js" data-chapter="{}" async></script>"#,
            state.base_url(),
            access.chapter.slug
        ),
        embed_iframe: format!(
            r#"<iframe src="{}/c/{}/widget" title="{}" width="400" height="560" style="border:0"></iframe>"#,
            state.base_url(),
            access.chapter.slug,
            access.lang().f1("widget-heading", "chapter", access.chapter.name.as_str()).replace('"', "&quot;")
        ),
    })
}

pub async fn settings(
    State(state): State<AppState>,
    access: ChapterAccess,
    Query(query): Query<HashMap<String, String>>,
) -> Result<SettingsPage, PageError> {
    let mut page = settings_page(&state, &access).await?;
    page.saved = query.contains_key("saved");
    Ok(page)
}

pub async fn save_settings(
    State(state): State<AppState>,
    access: ChapterAccess,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let mut form = FormState::new(values);
    let input = ChapterSettings {
        name: form.v("name").to_string(),
        timezone: form.v("timezone").to_string(),
        description: form.v("description").to_string(),
        code_of_conduct: form.v("code_of_conduct").to_string(),
        reminder_hours: form.v("reminder_hours").to_string(),
        language: form.v("language").to_string(),
        accent: form.v("accent").to_string(),
        tagline: form.v("tagline").to_string(),
    };
    match services::update_chapter_settings(&state, Actor::Host(access.host_id()), &access.chapter, &input)
        .await
        .map_err(AppError::from)
    {
        Ok(_) => Ok(Redirect::to(&format!("/host/c/{}/settings?saved=1", access.chapter.slug)).into_response()),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            let mut page = settings_page(&state, &access).await?;
            page.form = form;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// `GET /host/c/{slug}/attendees.csv`: every guest of every night of the chapter, streamed.
pub async fn attendees_csv(State(state): State<AppState>, access: ChapterAccess) -> Result<Response, PageError> {
    let nights = failnight_scheduling::events::all_for_hosts(&state.db, access.chapter.id).await?;
    Ok(crate::export::chapter(state.clone(), &access.chapter.slug, nights))
}

/// `POST /host/c/{slug}/settings/logo` (multipart, field `logo`): the chapter's logo.
pub async fn upload_logo(
    State(state): State<AppState>,
    access: ChapterAccess,
    multipart: axum::extract::Multipart,
) -> Result<Response, PageError> {
    let bytes = crate::slides::form_parts(multipart).await?.remove("logo").unwrap_or_default();
    match services::set_logo(&state, Actor::Host(access.host_id()), &access.chapter, bytes)
        .await
        .map_err(AppError::from)
    {
        Ok(_) => Ok(Redirect::to(&format!("/host/c/{}/settings?saved=1#logo", access.chapter.slug)).into_response()),
        Err(AppError::Invalid(errors)) => {
            let mut page = settings_page(&state, &access).await?;
            page.logo_error = errors.get_in("logo", access.lang());
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /host/c/{slug}/settings/logo/remove`
pub async fn remove_logo(State(state): State<AppState>, access: ChapterAccess) -> Result<Response, PageError> {
    services::remove_logo(&state, Actor::Host(access.host_id()), &access.chapter).await?;
    Ok(Redirect::to(&format!("/host/c/{}/settings?saved=1#logo", access.chapter.slug)).into_response())
}

async fn hosts_page(state: &AppState, access: &ChapterAccess, form: FormState) -> Result<HostsPage, AppError> {
    let members = accounts::members(&state.db, access.chapter.id)
        .await?
        .into_iter()
        .map(|m| MemberRow {
            is_me: m.host_id == access.host_id(),
            host_id: m.host_id,
            email: m.email,
            role: role_label(access.lang(), m.role),
        })
        .collect();
    Ok(HostsPage { lang: access.lang(), nav: nav(access, "hosts"), members, form })
}

pub async fn hosts(State(state): State<AppState>, access: ChapterAccess) -> Result<HostsPage, PageError> {
    Ok(hosts_page(&state, &access, FormState::new(HashMap::from([("role".to_string(), "host".to_string())]))).await?)
}

pub async fn invite(
    State(state): State<AppState>,
    access: ChapterAccess,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let mut form = FormState::new(values);
    let result = match Role::parse(form.v("role")) {
        Some(role) => {
            services::invite_host(&state, Actor::Host(access.host_id()), &access.chapter, form.v("email"), role)
                .await
                .map_err(AppError::from)
        }
        None => Err(failnight_core::Invalid::field("role", "error-host-role").into()),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/host/c/{}/hosts", access.chapter.slug)).into_response()),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, hosts_page(&state, &access, form).await?).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn remove(
    State(state): State<AppState>,
    access: ChapterAccess,
    Path((_, host_id)): Path<(String, String)>,
) -> Result<Redirect, PageError> {
    let host_id: i64 = host_id.parse().map_err(|_| AppError::NotFound("error-no-host".into()))?;
    services::remove_host(&state, Actor::Host(access.host_id()), &access.chapter, host_id).await?;
    Ok(Redirect::to(&format!("/host/c/{}/hosts", access.chapter.slug)))
}

pub async fn audit(State(state): State<AppState>, access: ChapterAccess) -> Result<AuditPage, PageError> {
    let tz = access.chapter.tz();
    let lang = access.lang();
    let entries = accounts::audit_log(&state.db, access.chapter.id, 200)
        .await?
        .into_iter()
        .map(|e| AuditRow {
            when: lang.date_time(e.created_at.to_utc(), tz),
            who: e.email.unwrap_or_else(|| lang.t("host-audit-system")),
            action: audit_action(lang, &e.action),
            detail: audit_action(lang, &e.detail),
        })
        .collect();
    Ok(AuditPage { lang, nav: nav(&access, "audit"), entries })
}
