//! Host accounts: platform admins, magic sign-in links, server-side sessions, chapter
//! membership and roles, API tokens and the audit log. Secrets (links, session tokens, API
//! tokens) are stored only as SHA-256 hashes and looked up by hash, so no comparison ever runs
//! over a secret; links are single-use. Every host action checks the role for the chapter of
//! the object it touches against the one table of operations ([`crate::permissions`]).

use failnight_core::{
    Db, Exec, FieldErrors, Timestamp, Tx,
    token::{hash_token, new_token},
    with_db, with_exec, with_tx,
};

use crate::error::Error;

failnight_core::text_enum! {
    /// A host's role in a chapter (`chapter_hosts.role`); each includes what the ones before it
    /// may do.
    #[derive(PartialOrd, Ord)]
    pub enum Role {
        Door = "door",
        Host = "host",
        Owner = "owner",
    }
}

/// Magic links work for 15 minutes, once.
pub const LINK_LIFETIME_MS: i64 = 15 * 60 * 1000;
/// Sessions last 30 days unless revoked.
pub const SESSION_LIFETIME_MS: i64 = 30 * 24 * 3600 * 1000;

/// The host, creating it on first use. Returns its id.
pub async fn host_id_for(tx: &mut Tx, email: &str, now: Timestamp) -> Result<i64, Error> {
    let mut errors = FieldErrors::new();
    let email = errors.email("email", email);
    errors.into_result()?;
    Ok(with_tx!(tx, |c| {
        sqlx::query("INSERT INTO hosts (email, created_at) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING")
            .bind(&email)
            .bind(now)
            .execute(&mut *c)
            .await?;
        sqlx::query_scalar("SELECT id FROM hosts WHERE email = $1").bind(&email).fetch_one(&mut *c).await
    })?)
}

pub async fn add_admin(tx: &mut Tx, email: &str, now: Timestamp) -> Result<i64, Error> {
    let host_id = host_id_for(tx, email, now).await?;
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO admins (host_id, created_at) VALUES ($1, $2) ON CONFLICT (host_id) DO NOTHING"
    )
    .bind(host_id)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    Ok(host_id)
}

/// The host with this (lower-cased) email, if any.
pub async fn host_by_email(db: &Db, email: &str) -> Result<Option<i64>, sqlx::Error> {
    let email = email.trim().to_lowercase();
    with_db!(db, |e| sqlx::query_scalar("SELECT id FROM hosts WHERE email = $1").bind(&email).fetch_optional(e).await)
}

/// A new sign-in link token for the host (valid 15 minutes, once).
pub async fn create_link(tx: &mut Tx, host_id: i64, now: Timestamp) -> Result<String, sqlx::Error> {
    let token = new_token();
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO sign_in_links (token_hash, host_id, created_at, expires_at) VALUES ($1, $2, $3, $4)"
    )
    .bind(hash_token(&token))
    .bind(host_id)
    .bind(now)
    .bind(now.plus_millis(LINK_LIFETIME_MS))
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    Ok(token)
}

/// The email a link signs in, while it is unused and unexpired.
pub async fn peek_link(db: &Db, token: &str, now: Timestamp) -> Result<Option<String>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar(
        "SELECT h.email FROM sign_in_links l JOIN hosts h ON h.id = l.host_id
         WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > $2"
    )
    .bind(hash_token(token))
    .bind(now)
    .fetch_optional(e)
    .await)
}

/// Uses a link: the host it signs in, or `None` when it is unknown, used or expired. Atomic:
/// of two concurrent uses, one wins.
pub async fn consume_link(tx: &mut Tx, token: &str, now: Timestamp) -> Result<Option<i64>, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query_scalar(
        "UPDATE sign_in_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING host_id"
    )
    .bind(hash_token(token))
    .bind(now)
    .fetch_optional(&mut *c)
    .await
    })
}

/// A new session for the host; returns the cookie token.
pub async fn create_session(tx: &mut Tx, host_id: i64, now: Timestamp) -> Result<String, sqlx::Error> {
    let token = new_token();
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO sessions (token_hash, host_id, created_at, expires_at) VALUES ($1, $2, $3, $4)"
    )
    .bind(hash_token(&token))
    .bind(host_id)
    .bind(now)
    .bind(now.plus_millis(SESSION_LIFETIME_MS))
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    Ok(token)
}

/// A signed-in host.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionHost {
    pub host_id: i64,
    pub email: String,
    pub is_admin: bool,
}

pub async fn session_host(db: &Db, token: &str, now: Timestamp) -> Result<Option<SessionHost>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, SessionHost>(
        "SELECT h.id AS host_id, h.email, EXISTS (SELECT 1 FROM admins a WHERE a.host_id = h.id) AS is_admin
         FROM sessions s JOIN hosts h ON h.id = s.host_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2"
    )
    .bind(hash_token(token))
    .bind(now)
    .fetch_optional(e)
    .await)
}

pub async fn revoke_session(tx: &mut Tx, token: &str, now: Timestamp) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL")
        .bind(hash_token(token))
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// Signs the host out everywhere: every session ends.
pub async fn revoke_all_sessions(tx: &mut Tx, host_id: i64, now: Timestamp) -> Result<u64, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("UPDATE sessions SET revoked_at = $2 WHERE host_id = $1 AND revoked_at IS NULL")
        .bind(host_id)
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))
}

/// A chapter a host belongs to, with their role.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Membership {
    pub chapter_id: i64,
    pub slug: String,
    pub name: String,
    pub role: Role,
}

pub async fn memberships(db: &Db, host_id: i64) -> Result<Vec<Membership>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Membership>(
        "SELECT c.id AS chapter_id, c.slug, c.name, m.role FROM chapter_hosts m JOIN chapters c ON c.id = m.chapter_id
         WHERE m.host_id = $1 ORDER BY c.name"
    )
    .bind(host_id)
    .fetch_all(e)
    .await)
}

/// A host of a chapter.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Member {
    pub host_id: i64,
    pub email: String,
    pub role: Role,
}

pub async fn members(db: &Db, chapter_id: i64) -> Result<Vec<Member>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Member>(
        "SELECT h.id AS host_id, h.email, m.role FROM chapter_hosts m JOIN hosts h ON h.id = m.host_id
         WHERE m.chapter_id = $1 ORDER BY h.email"
    )
    .bind(chapter_id)
    .fetch_all(e)
    .await)
}

/// The hosts and owners of a chapter (not door staff), read inside a transaction: whom to tell
/// about stories.
pub async fn story_hosts_tx(tx: &mut Tx, chapter_id: i64) -> Result<Vec<Member>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Member>(
        "SELECT h.id AS host_id, h.email, m.role FROM chapter_hosts m JOIN hosts h ON h.id = m.host_id
         WHERE m.chapter_id = $1 AND m.role IN ('owner', 'host') ORDER BY h.email"
    )
    .bind(chapter_id)
    .fetch_all(&mut *c)
    .await)
}

/// The chapter's owners (who are told of what only owners may see: a paused webhook, a
/// conduct report).
pub async fn owners_tx(tx: &mut Tx, chapter_id: i64) -> Result<Vec<Member>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Member>(
        "SELECT h.id AS host_id, h.email, m.role FROM chapter_hosts m JOIN hosts h ON h.id = m.host_id
         WHERE m.chapter_id = $1 AND m.role = 'owner' ORDER BY h.email"
    )
    .bind(chapter_id)
    .fetch_all(&mut *c)
    .await)
}

/// Sets (or adds) the host's role in the chapter.
pub async fn set_role(
    tx: &mut Tx,
    chapter_id: i64,
    host_id: i64,
    role: Role,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO chapter_hosts (chapter_id, host_id, role, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (chapter_id, host_id) DO UPDATE SET role = excluded.role"
    )
    .bind(chapter_id)
    .bind(host_id)
    .bind(role)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

pub async fn remove_member(tx: &mut Tx, chapter_id: i64, host_id: i64) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query("DELETE FROM chapter_hosts WHERE chapter_id = $1 AND host_id = $2")
        .bind(chapter_id)
        .bind(host_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// The host's role in the chapter, if they have one: the one query of roles.
pub async fn role_of(exec: impl Into<Exec<'_>>, chapter_id: i64, host_id: i64) -> Result<Option<Role>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_scalar(
        "SELECT role FROM chapter_hosts WHERE chapter_id = $1 AND host_id = $2"
    )
    .bind(chapter_id)
    .bind(host_id)
    .fetch_optional(e)
    .await)
}

/// Owners of the chapter, inside a transaction (a chapter never loses its last owner).
pub async fn owner_count(tx: &mut Tx, chapter_id: i64) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_scalar("SELECT COUNT(*) FROM chapter_hosts WHERE chapter_id = $1 AND role = 'owner'")
        .bind(chapter_id)
        .fetch_one(&mut *c)
        .await)
}

/// The prefix of API tokens, so secret scanners and people recognise one.
pub const TOKEN_PREFIX: &str = "fn_";

failnight_core::text_enum! {
    /// What an API token may do, at most, within its host's role in a chapter
    /// (`api_tokens.scope`): everything, the door only (check-ins, walk-ins, the door list), or
    /// reading only (no change at all).
    pub enum TokenScope {
        Full = "full",
        Door = "door",
        Read = "read",
    }
}

impl TokenScope {
    /// Whether a token of this scope may perform `operation` (its role permitting).
    pub fn allows(self, operation: crate::Operation) -> bool {
        match self {
            TokenScope::Full => true,
            TokenScope::Door => operation.need() == Role::Door,
            TokenScope::Read => operation.is_read(),
        }
    }
}

/// A host identified by an API token, with what the token may do.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiHost {
    pub host_id: i64,
    pub email: String,
    pub scope: TokenScope,
}

/// The host an API token (with its prefix) belongs to, while it is neither revoked nor expired
/// at `now`.
pub async fn host_for_token(db: &Db, token: &str, now: Timestamp) -> Result<Option<ApiHost>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, ApiHost>(
        "SELECT h.id AS host_id, h.email, t.scope FROM api_tokens t JOIN hosts h ON h.id = t.host_id
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)"
    )
    .bind(hash_token(token))
    .bind(now)
    .fetch_optional(e)
    .await)
}

/// Creates an API token for the host and returns it: the only time it is ever shown.
pub async fn create_token(
    tx: &mut Tx,
    host_id: i64,
    name: &str,
    scope: TokenScope,
    expires_at: Option<Timestamp>,
    now: Timestamp,
) -> Result<String, sqlx::Error> {
    let token = format!("{TOKEN_PREFIX}{}", new_token());
    with_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO api_tokens (host_id, name, token_hash, created_at, scope, expires_at) VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(host_id)
    .bind(name)
    .bind(hash_token(&token))
    .bind(now)
    .bind(scope)
    .bind(expires_at)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    Ok(token)
}

/// An API token as listed to its host (never the secret itself).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenInfo {
    pub id: i64,
    pub name: String,
    pub created_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    pub scope: TokenScope,
    pub expires_at: Option<Timestamp>,
}

pub async fn tokens(db: &Db, host_id: i64) -> Result<Vec<TokenInfo>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, TokenInfo>(
        "SELECT id, name, created_at, revoked_at, scope, expires_at FROM api_tokens WHERE host_id = $1 ORDER BY id DESC"
    )
    .bind(host_id)
    .fetch_all(e)
    .await)
}

/// Revokes one of the host's own tokens; `false` if it is not theirs or already revoked.
pub async fn revoke_token(tx: &mut Tx, host_id: i64, token_id: i64, now: Timestamp) -> Result<bool, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND host_id = $2 AND revoked_at IS NULL"
    )
    .bind(token_id)
    .bind(host_id)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// Records an action in the audit log (in the transaction of the action itself).
pub async fn audit(
    tx: &mut Tx,
    chapter_id: Option<i64>,
    host_id: Option<i64>,
    action: &str,
    detail: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "INSERT INTO audit_log (chapter_id, host_id, action, detail, created_at) VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(chapter_id)
    .bind(host_id)
    .bind(action)
    .bind(detail)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditEntry {
    pub created_at: Timestamp,
    pub email: Option<String>,
    pub action: String,
    pub detail: String,
}

/// The chapter's audit log, newest first: its own entries and its hosts' sign-ins.
pub async fn audit_log(db: &Db, chapter_id: i64, limit: i64) -> Result<Vec<AuditEntry>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, AuditEntry>(
        "SELECT a.created_at, h.email, a.action, a.detail FROM audit_log a LEFT JOIN hosts h ON h.id = a.host_id
         WHERE a.chapter_id = $1
            OR (a.chapter_id IS NULL AND a.host_id IN (SELECT host_id FROM chapter_hosts WHERE chapter_id = $1))
         ORDER BY a.id DESC LIMIT $2"
    )
    .bind(chapter_id)
    .bind(limit)
    .fetch_all(e)
    .await)
}
