//! Who is asking: a host by API token ([`ApiHost`]), by session cookie ([`SignedIn`]), or on
//! a page of one of their chapters with their role there ([`ChapterAccess`]). The accounts
//! themselves (tokens, sessions, roles) live in `failnight_app::accounts`.

use axum::{extract::FromRequestParts, http::request::Parts};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use failnight_app::{
    Role,
    accounts::{self, TOKEN_PREFIX},
};

pub use failnight_app::accounts::ApiHost;

use crate::{AppState, error::AppError};

impl FromRequestParts<AppState> for ApiHost {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let header = parts.headers.get(axum::http::header::AUTHORIZATION).ok_or(AppError::Unauthorized)?;
        let token = header
            .to_str()
            .ok()
            .and_then(|h| h.strip_prefix("Bearer ").or_else(|| h.strip_prefix("bearer ")))
            .map(str::trim)
            .filter(|t| t.starts_with(TOKEN_PREFIX))
            .ok_or(AppError::Unauthorized)?;
        accounts::host_for_token(&state.db, token, state.clock.timestamp()).await?.ok_or(AppError::Unauthorized)
    }
}

/// The host of the request's API token if it carries one, else nobody: for the public routes
/// that tell a chapter's hosts more than the public. A token that is wrong is refused (401), as
/// on host routes, rather than taken for nobody.
#[derive(Debug, Clone)]
pub struct MaybeApiHost(pub Option<ApiHost>);

impl FromRequestParts<AppState> for MaybeApiHost {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if !parts.headers.contains_key(axum::http::header::AUTHORIZATION) {
            return Ok(MaybeApiHost(None));
        }
        Ok(MaybeApiHost(Some(ApiHost::from_request_parts(parts, state).await?)))
    }
}

/// The name of the session cookie.
pub const SESSION_COOKIE: &str = "failnight_session";

/// The session cookie for `token` (HttpOnly, SameSite=Lax, Secure over https), lasting
/// `max_age_secs`; an empty token and 0 remove it.
pub fn session_cookie(state: &AppState, token: &str, max_age_secs: i64) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token.to_string()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.base_url().starts_with("https://"))
        .max_age(time::Duration::seconds(max_age_secs))
        .build()
}

/// A host signed in through a session cookie. Pages that need one redirect to the sign-in
/// page (and back) when there is none.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub host: accounts::SessionHost,
    /// The session's cookie token (to sign this session out).
    pub token: String,
    /// The language the host's pages asked for (see `crate::lang`).
    pub choice: crate::lang::Choice,
}

impl SignedIn {
    /// The language of the host's pages that belong to no chapter.
    pub fn lang(&self) -> failnight_core::Lang {
        self.choice.or_english()
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        if let Some(signed_in) = parts.extensions.get::<SignedIn>() {
            // Resolved by the router for a route that needs a host (`host::enforce`).
            return Ok(signed_in.clone());
        }
        let to_sign_in = || {
            let next = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/host");
            let next = if parts.method == axum::http::Method::GET { next } else { "/host" };
            axum::response::Redirect::to(&format!("/host/sign-in?next={}", crate::views::url_encode(next)))
                .into_response()
        };
        let Some(token) = CookieJar::from_headers(&parts.headers).get(SESSION_COOKIE).map(|c| c.value().to_string())
        else {
            return Err(to_sign_in());
        };
        // Who the cookie is, kept like a page while nothing was written (see `cache`): signing
        // out, or taking a host's role away, is a write, seen here at once.
        let now = state.clock.timestamp();
        let version = state.pages.version(&state.db, now).await;
        let host =
            state.sessions.get_or_read(token.clone(), version, || accounts::session_host(&state.db, &token, now)).await;
        match host {
            Ok(Some(host)) => {
                let choice = crate::lang::Choice::of(parts);
                Ok(SignedIn { host, token, choice })
            }
            Ok(None) => Err(to_sign_in()),
            Err(e) => Err(crate::error::PageError(e.into()).into_response()),
        }
    }
}

/// A signed-in host on a page of one of their chapters (`/host/c/{slug}/…`), with their role
/// there, which the router already checked against the route's need.
#[derive(Debug, Clone)]
pub struct ChapterAccess {
    pub signed_in: SignedIn,
    pub chapter: failnight_scheduling::Chapter,
    pub role: Role,
}

impl ChapterAccess {
    pub fn host_id(&self) -> i64 {
        self.signed_in.host.host_id
    }

    /// The language of the host's pages of this chapter: theirs, else the chapter's.
    pub fn lang(&self) -> failnight_core::Lang {
        self.signed_in.choice.resolve(self.chapter.language)
    }

    /// The signed-in host, the chapter of the path and their role there (any role): what
    /// `host::enforce` checks against the route's need. Refusals are responses: the sign-in page
    /// for nobody, 404 for no such chapter, 403 for no role in it.
    pub async fn resolve(parts: &mut Parts, state: &AppState) -> Result<Self, axum::response::Response> {
        use axum::response::IntoResponse;
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        let page_error = |e: AppError| crate::error::PageError(e).into_response();
        let slug = parts
            .uri
            .path()
            .strip_prefix("/host/c/")
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_default()
            .to_string();
        // The chapter and the host's role there (none: forbidden), kept like who the cookie is.
        let host_id = signed_in.host.host_id;
        let (chapter, role) = state
            .roles
            .get_or_read(format!("{host_id}:{slug}"), state.version().await, || async {
                let chapter = failnight_scheduling::chapters::by_slug(&state.db, &slug)
                    .await
                    .map_err(|e| page_error(e.into()))?
                    .ok_or_else(|| page_error(AppError::NotFound("error-no-chapter-here".into())))?;
                let role = accounts::role_of(&state.db, chapter.id, host_id).await.map_err(|e| page_error(e.into()))?;
                Ok(role.map(|role| (chapter, role)))
            })
            .await?
            .ok_or_else(|| page_error(AppError::Forbidden))?;
        Ok(ChapterAccess { signed_in, chapter, role })
    }
}

/// Only on routes whose need in `host::table` is a chapter role: the router resolved and
/// checked it (`host::enforce`). Anywhere else it is a programming error, answered 500.
impl FromRequestParts<AppState> for ChapterAccess {
    type Rejection = crate::error::PageError;

    async fn from_request_parts(parts: &mut Parts, _state: &AppState) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<ChapterAccess>().cloned().ok_or_else(|| {
            crate::error::PageError(AppError::Internal(anyhow::anyhow!(
                "{} declares no chapter role in host::table",
                parts.uri.path()
            )))
        })
    }
}
