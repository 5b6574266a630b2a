//! Signing in and out, the host's home page, API tokens and (for admins) new chapters.

use std::collections::HashMap;

use axum::{
    Form,
    extract::{Path, Query, State},
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use failnight_scheduling::chapters::NewChapter;

use super::{
    FormState,
    views::{ChapterItem, HomePage, SignInConfirm, SignInPage, TokenRow, TokensPage, role_label},
};
use axum_extra::extract::cookie::CookieJar;
use failnight_app::{
    Role,
    accounts::{self, TokenScope},
    services::{self, Actor},
};

use crate::{
    AppState,
    auth::{SESSION_COOKIE, SignedIn, session_cookie},
    client::ClientIp,
    error::{AppError, PageError},
    lang::Choice,
    ratelimit,
};

/// Where to go after signing in: a host page (or a scanned ticket), never another site.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if (n.starts_with("/host") || n.starts_with("/check-in/"))
                && !n.starts_with("//")
                && !n.contains("://")
                && !n.contains('\\') =>
        {
            n.to_string()
        }
        _ => "/host".to_string(),
    }
}

pub async fn sign_in_form(choice: Choice, Query(query): Query<HashMap<String, String>>) -> SignInPage {
    SignInPage {
        lang: choice.or_english(),
        next: safe_next(query.get("next").map(String::as_str)),
        email: String::new(),
        error: String::new(),
        sent: false,
    }
}

pub async fn sign_in_request(
    State(state): State<AppState>,
    choice: Choice,
    client: ClientIp,
    Form(form): Form<HashMap<String, String>>,
) -> Result<SignInPage, PageError> {
    let lang = choice.or_english();
    let email = form.get("email").map(|e| e.trim().to_string()).unwrap_or_default();
    let next = safe_next(form.get("next").map(String::as_str));
    ratelimit::per_client(&state, ratelimit::SIGN_IN_PER_IP, client).await?;
    if !failnight_core::validate::is_plausible_email(&email) {
        return Ok(SignInPage { lang, next, email, error: lang.t("host-sign-in-bad-email"), sent: false });
    }
    ratelimit::sign_in(&state, client, &email).await?;
    // The same page whether or not the email is a host's (and so whether a link was sent).
    services::send_sign_in_link(&state, &email, &next, lang);
    Ok(SignInPage { lang, next, email, error: String::new(), sent: true })
}

fn link_gone() -> PageError {
    PageError(AppError::NotFound("error-sign-in-link".into()))
}

/// Shows whom a link signs in, with a button: mail scanners that open links do not use them up.
pub async fn sign_in_link(
    State(state): State<AppState>,
    choice: Choice,
    Path(token): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<SignInConfirm, PageError> {
    let email = accounts::peek_link(&state.db, &token, state.clock.timestamp()).await?.ok_or_else(link_gone)?;
    Ok(SignInConfirm {
        lang: choice.or_english(),
        email,
        action: format!("/host/sign-in/{token}"),
        next: safe_next(query.get("next").map(String::as_str)),
    })
}

pub async fn sign_in_use(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let old = jar.get(SESSION_COOKIE).map(|c| c.value().to_string());
    let session = services::sign_in(&state, &token, old.as_deref()).await?.ok_or_else(link_gone)?;
    let max_age = accounts::SESSION_LIFETIME_MS / 1000;
    Ok((
        jar.add(session_cookie(&state, &session, max_age)),
        Redirect::to(&safe_next(form.get("next").map(String::as_str))),
    )
        .into_response())
}

fn signed_out(state: &AppState) -> Response {
    (CookieJar::new().add(session_cookie(state, "", 0)), Redirect::to("/host/sign-in")).into_response()
}

pub async fn sign_out(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, PageError> {
    services::sign_out(&state, signed_in.host.host_id, &signed_in.token, false).await?;
    Ok(signed_out(&state))
}

pub async fn sign_out_everywhere(State(state): State<AppState>, signed_in: SignedIn) -> Result<Response, PageError> {
    services::sign_out(&state, signed_in.host.host_id, &signed_in.token, true).await?;
    Ok(signed_out(&state))
}

async fn home_page(state: &AppState, signed_in: &SignedIn, form: FormState) -> Result<HomePage, AppError> {
    let lang = signed_in.lang();
    let chapters = accounts::memberships(&state.db, signed_in.host.host_id)
        .await?
        .into_iter()
        .map(|m| ChapterItem {
            slug: m.slug,
            name: m.name,
            role: role_label(lang, m.role),
            door_only: m.role == Role::Door,
        })
        .collect();
    Ok(HomePage { lang, email: signed_in.host.email.clone(), chapters, is_admin: signed_in.host.is_admin, form })
}

pub async fn home(State(state): State<AppState>, signed_in: SignedIn) -> Result<HomePage, PageError> {
    // A new chapter speaks the host's language unless they choose another.
    let form = FormState::new(HashMap::from([("language".to_string(), signed_in.lang().as_str().to_string())]));
    Ok(home_page(&state, &signed_in, form).await?)
}

pub async fn create_chapter(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let mut form = FormState::new(values);
    let new = NewChapter {
        slug: form.v("slug").to_string(),
        name: form.v("name").to_string(),
        timezone: form.v("timezone").to_string(),
        description: String::new(),
        language: form.v("language").to_string(),
    };
    match services::create_chapter(&state, Actor::Host(signed_in.host.host_id), &new).await.map_err(AppError::from) {
        Ok(chapter) => Ok(Redirect::to(&format!("/host/c/{}", chapter.slug)).into_response()),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, home_page(&state, &signed_in, form).await?)
                .into_response())
        }
        Err(other) => Err(other.into()),
    }
}

async fn tokens_page(
    state: &AppState,
    signed_in: &SignedIn,
    new_token: Option<String>,
    form: FormState,
) -> Result<TokensPage, AppError> {
    let lang = signed_in.lang();
    let now = state.clock.timestamp();
    let tokens = accounts::tokens(&state.db, signed_in.host.host_id)
        .await?
        .into_iter()
        .map(|t| {
            // Hosts have no time zone of their own outside a chapter.
            let when = |at: failnight_core::Timestamp| lang.date_time(at.to_utc(), chrono_tz::UTC);
            let expired = t.expires_at.is_some_and(|at| at <= now);
            TokenRow {
                id: t.id,
                name: t.name,
                created: lang.f1("host-tokens-created-at", "time", when(t.created_at)),
                revoked: t.revoked_at.is_some(),
                scope: lang.t(match t.scope {
                    TokenScope::Full => "host-tokens-scope-full",
                    TokenScope::Door => "host-tokens-scope-door",
                    TokenScope::Read => "host-tokens-scope-read",
                }),
                expiry: match t.expires_at {
                    None => lang.t("host-tokens-never-expires"),
                    Some(at) if expired => lang.f1("host-tokens-expired-on", "time", when(at)),
                    Some(at) => lang.f1("host-tokens-expires-on", "time", when(at)),
                },
                expired,
            }
        })
        .collect();
    Ok(TokensPage { lang, email: signed_in.host.email.clone(), tokens, new_token, form })
}

pub async fn tokens(State(state): State<AppState>, signed_in: SignedIn) -> Result<TokensPage, PageError> {
    let defaults =
        HashMap::from([("scope".to_string(), "full".to_string()), ("expires".to_string(), "90".to_string())]);
    Ok(tokens_page(&state, &signed_in, None, FormState::new(defaults)).await?)
}

pub async fn create_token(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let mut form = FormState::new(values);
    let created =
        services::create_token(&state, signed_in.host.host_id, form.v("name"), form.v("scope"), form.v("expires"));
    match created.await.map_err(AppError::from) {
        // Shown once, on this response; never stored in clear.
        Ok(token) => Ok((
            [(header::CACHE_CONTROL, "no-store")],
            tokens_page(
                &state,
                &signed_in,
                Some(token),
                FormState::new(HashMap::from([
                    ("scope".to_string(), "full".to_string()),
                    ("expires".to_string(), "90".to_string()),
                ])),
            )
            .await?,
        )
            .into_response()),
        Err(AppError::Invalid(errors)) => {
            form.errors = errors;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, tokens_page(&state, &signed_in, None, form).await?)
                .into_response())
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn revoke_token(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Redirect, PageError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound("error-no-token".into()))?;
    if !services::revoke_token(&state, signed_in.host.host_id, id).await? {
        return Err(AppError::NotFound("error-no-token".into()).into());
    }
    Ok(Redirect::to("/host/tokens"))
}
