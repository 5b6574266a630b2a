//! Hosts, their roles per chapter, and API tokens.
//!
//! API tokens are shown once and stored as SHA-256 hashes; a request's token is looked up by
//! its hash, so no comparison ever runs over the secret itself. Every host action checks the
//! role for the chapter of the object it touches ([`require_role`]).

use axum::{extract::FromRequestParts, http::request::Parts};
use failnight_core::{
    Db, FieldErrors, Timestamp, Tx,
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

/// Adds `email` to the chapter with `role` (creating the host on first use; an existing
/// membership gets the new role). Returns the host's id.
pub async fn add_host(tx: &mut Tx, chapter_id: i64, email: &str, role: Role, now: Timestamp) -> Result<i64, AppError> {
    let mut errors = FieldErrors::new();
    let email = errors.email("email", email);
    errors.into_result()?;
    let host_id: i64 = with_tx!(tx, |c| {
        sqlx::query("INSERT INTO hosts (email, created_at) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING")
            .bind(&email)
            .bind(now)
            .execute(&mut *c)
            .await?;
        sqlx::query_scalar("SELECT id FROM hosts WHERE email = $1").bind(&email).fetch_one(&mut *c).await
    })?;
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO chapter_hosts (chapter_id, host_id, role, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (chapter_id, host_id) DO UPDATE SET role = excluded.role"
    )
    .bind(chapter_id)
    .bind(host_id)
    .bind(role.as_str())
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    Ok(host_id)
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
