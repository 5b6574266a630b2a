//! Venues of a chapter: where nights happen, with what a guest needs to find and enter them.

use failnight_core::{
    Db, Exec, FieldErrors, Invalid, Message, Timestamp, Tx, db::is_unique_violation, with_db, with_exec, with_tx,
};

use crate::SchedulingError;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Venue {
    pub id: i64,
    pub chapter_id: i64,
    pub name: String,
    pub address: String,
    /// A map link chosen by the hosts; empty: pages link to a map search for the address.
    pub map_url: String,
    /// Seats the room holds, the default capacity of nights there.
    pub capacity: Option<i64>,
    /// Step-free access, toilets, quiet room…: shown on the night's page.
    pub accessibility: String,
}

const COLUMNS: &str = "id, chapter_id, name, address, map_url, capacity, accessibility";

/// A venue's fields; on update, `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct VenueInput {
    pub name: Option<String>,
    pub address: Option<String>,
    pub map_url: Option<String>,
    pub capacity: Option<Option<i64>>,
    pub accessibility: Option<String>,
}

fn validate(
    current: Option<&Venue>,
    input: &VenueInput,
) -> Result<(String, String, String, Option<i64>, String), Invalid> {
    let mut errors = FieldErrors::new();
    let pick = |new: &Option<String>, old: Option<&String>| new.clone().or_else(|| old.cloned()).unwrap_or_default();
    let name = errors.line("name", &pick(&input.name, current.map(|v| &v.name)), 120);
    let address = errors.line("address", &pick(&input.address, current.map(|v| &v.address)), 300);
    let map_url = pick(&input.map_url, current.map(|v| &v.map_url)).trim().to_string();
    if !map_url.is_empty()
        && (!(map_url.starts_with("https://") || map_url.starts_with("http://"))
            || map_url.chars().count() > 500
            || map_url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>'))
    {
        errors.add("map_url", "error-venue-map-url");
    }
    let capacity = input.capacity.unwrap_or_else(|| current.and_then(|v| v.capacity));
    if capacity.is_some_and(|c| !(1..=crate::events::MAX_CAPACITY).contains(&c)) {
        errors.add("capacity", Message::new("error-venue-capacity").arg("max", crate::events::MAX_CAPACITY));
    }
    let accessibility =
        errors.text("accessibility", &pick(&input.accessibility, current.map(|v| &v.accessibility)), 1_000);
    errors.into_result()?;
    Ok((name, address, map_url, capacity, accessibility))
}

fn duplicate(e: sqlx::Error) -> SchedulingError {
    if is_unique_violation(&e) { Invalid::field("name", "error-venue-exists").into() } else { e.into() }
}

pub async fn create(
    tx: &mut Tx,
    chapter_id: i64,
    input: &VenueInput,
    now: Timestamp,
) -> Result<Venue, SchedulingError> {
    let (name, address, map_url, capacity, accessibility) = validate(None, input)?;
    with_tx!(tx, |c| sqlx::query_as::<_, Venue>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO venues (chapter_id, name, address, map_url, capacity, accessibility, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING {COLUMNS}"
    )))
    .bind(chapter_id)
    .bind(&name)
    .bind(&address)
    .bind(&map_url)
    .bind(capacity)
    .bind(&accessibility)
    .bind(now)
    .fetch_one(&mut *c)
    .await)
    .map_err(duplicate)
}

/// Updates a venue. Nights there show the new details; whether their guests must be told is
/// the caller's decision (see `events::venue_changed`).
pub async fn update(tx: &mut Tx, venue: &Venue, input: &VenueInput, now: Timestamp) -> Result<Venue, SchedulingError> {
    let (name, address, map_url, capacity, accessibility) = validate(Some(venue), input)?;
    with_tx!(tx, |c| sqlx::query_as::<_, Venue>(sqlx::AssertSqlSafe(format!(
        "UPDATE venues SET name = $2, address = $3, map_url = $4, capacity = $5, accessibility = $6, updated_at = $7
         WHERE id = $1 RETURNING {COLUMNS}"
    )))
    .bind(venue.id)
    .bind(&name)
    .bind(&address)
    .bind(&map_url)
    .bind(capacity)
    .bind(&accessibility)
    .bind(now)
    .fetch_one(&mut *c)
    .await)
    .map_err(duplicate)
}

pub async fn get(exec: impl Into<Exec<'_>>, id: i64) -> Result<Option<Venue>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Venue>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM venues WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(e)
    .await)
}

pub async fn list(db: &Db, chapter_id: i64) -> Result<Vec<Venue>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Venue>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM venues WHERE chapter_id = $1 ORDER BY name, id"
    )))
    .bind(chapter_id)
    .fetch_all(e)
    .await)
}

/// The venue with this name and address in the chapter, created on first use (for nights
/// created with an inline venue).
pub async fn find_or_create(
    tx: &mut Tx,
    chapter_id: i64,
    name: &str,
    address: &str,
    now: Timestamp,
) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
            "INSERT INTO venues (chapter_id, name, address, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
             ON CONFLICT (chapter_id, name, address) DO NOTHING",
        )
        .bind(chapter_id)
        .bind(name)
        .bind(address)
        .bind(now)
        .execute(&mut *c)
        .await?;
        sqlx::query_scalar("SELECT id FROM venues WHERE chapter_id = $1 AND name = $2 AND address = $3")
            .bind(chapter_id)
            .bind(name)
            .bind(address)
            .fetch_one(&mut *c)
            .await
    })
}
