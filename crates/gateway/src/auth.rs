//! Hosts, their roles per chapter, and API tokens.
//!
//! API tokens are shown once and stored as SHA-256 hashes; a request's token is looked up by
//! its hash, so no comparison ever runs over the secret itself. Every host action checks the
//! role for the chapter of the object it touches ([`require_role`]).

use axum::{extract::FromRequestParts, http::request::Parts};
use failnight_core::{
    Db, Timestamp, Tx,
    token::{hash_token, new_token},
    with_db, with_tx,
};

use crate::{AppState, error::AppError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Door,
    Host,
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Door => "door",
            Role::Host => "host",
            Role::Owner => "owner",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "door" => Some(Role::Door),
            "host" => Some(Role::Host),
            "owner" => Some(Role::Owner),
            _ => None,
        }
    }
}

/// A host identified by an API token.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiHost {
    pub host_id: i64,
    pub email: String,
}

/// The prefix of API tokens, so secret scanners and people recognise one.
pub const TOKEN_PREFIX: &str = "fn_";

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
        host_for_token(&state.db, token).await?.ok_or(AppError::Unauthorized)
    }
}

async fn host_for_token(db: &Db, token: &str) -> Result<Option<ApiHost>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, ApiHost>(
        "SELECT h.id AS host_id, h.email FROM api_tokens t JOIN hosts h ON h.id = t.host_id
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL"
    )
    .bind(hash_token(token))
    .fetch_optional(e)
    .await)
}

/// The host's role in the chapter, if it is at least `least`; else `Forbidden`.
pub async fn require_role(db: &Db, host_id: i64, chapter_id: i64, least: Role) -> Result<Role, AppError> {
    let role: Option<String> =
        with_db!(db, |e| sqlx::query_scalar("SELECT role FROM chapter_hosts WHERE chapter_id = $1 AND host_id = $2")
            .bind(chapter_id)
            .bind(host_id)
            .fetch_optional(e)
            .await)?;
    match role.as_deref().and_then(Role::parse) {
        Some(role) if role >= least => Ok(role),
        _ => Err(AppError::Forbidden),
    }
}

/// Creates an API token for the host and returns it: the only time it is ever shown.
pub async fn create_token(tx: &mut Tx, host_id: i64, name: &str, now: Timestamp) -> Result<String, sqlx::Error> {
    let token = format!("{TOKEN_PREFIX}{}", new_token());
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO api_tokens (host_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4)"
    )
    .bind(host_id)
    .bind(name)
    .bind(hash_token(&token))
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    Ok(token)
}

/// The name of the session cookie.
pub const SESSION_COOKIE: &str = "failnight_session";

/// The value of a cookie in the request, if present.
pub fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// The `Set-Cookie` value for a session token: HttpOnly, SameSite=Lax, Secure over https.
pub fn session_cookie(state: &AppState, token: &str, max_age_secs: i64) -> String {
    let secure = if state.base_url().starts_with("https://") { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}")
}

/// A host signed in through a session cookie. Pages that need one redirect to the sign-in
/// page (and back) when there is none.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub host: crate::accounts::SessionHost,
    /// The session's cookie token (to sign this session out).
    pub token: String,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let to_sign_in = || {
            let next = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/host");
            let next = if parts.method == axum::http::Method::GET { next } else { "/host" };
            axum::response::Redirect::to(&format!("/host/sign-in?next={}", crate::views::url_encode(next)))
                .into_response()
        };
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else { return Err(to_sign_in()) };
        match crate::accounts::session_host(&state.db, &token, state.clock.timestamp()).await {
            Ok(Some(host)) => Ok(SignedIn { host, token }),
            Ok(None) => Err(to_sign_in()),
            Err(e) => Err(crate::error::PageError(e.into()).into_response()),
        }
    }
}

/// A signed-in host on a page of one of their chapters (`/host/c/{slug}/…`), with their role
/// there. Handlers call [`ChapterAccess::require`] with the role the page needs.
#[derive(Debug, Clone)]
pub struct ChapterAccess {
    pub signed_in: SignedIn,
    pub chapter: failnight_scheduling::Chapter,
    pub role: Role,
}

impl ChapterAccess {
    pub fn require(&self, least: Role) -> Result<(), crate::error::PageError> {
        if self.role >= least { Ok(()) } else { Err(crate::error::PageError(AppError::Forbidden)) }
    }

    pub fn host_id(&self) -> i64 {
        self.signed_in.host.host_id
    }
}

impl FromRequestParts<AppState> for ChapterAccess {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
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
        let chapter = failnight_scheduling::chapters::by_slug(&state.db, &slug)
            .await
            .map_err(|e| page_error(e.into()))?
            .ok_or_else(|| page_error(AppError::NotFound("There is no chapter at this address.")))?;
        let role: Option<String> = with_db!(&state.db, |e| sqlx::query_scalar(
            "SELECT role FROM chapter_hosts WHERE chapter_id = $1 AND host_id = $2"
        )
        .bind(chapter.id)
        .bind(signed_in.host.host_id)
        .fetch_optional(e)
        .await)
        .map_err(|e| page_error(e.into()))?;
        let role = role.as_deref().and_then(Role::parse).ok_or_else(|| page_error(AppError::Forbidden))?;
        Ok(ChapterAccess { signed_in, chapter, role })
    }
}
