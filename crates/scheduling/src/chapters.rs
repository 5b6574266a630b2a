//! Chapters: a city's failure nights, with the IANA zone every time of theirs is shown in.

use failnight_core::{
    Db, FieldErrors, Invalid, Timestamp, Tx, db::is_unique_violation, time::parse_timezone, with_db, with_tx,
};

use crate::SchedulingError;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Chapter {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub timezone: String,
    pub description: String,
    pub created_at: Timestamp,
}

impl Chapter {
    pub fn tz(&self) -> chrono_tz::Tz {
        parse_timezone(&self.timezone).unwrap_or(chrono_tz::UTC)
    }
}

#[derive(Debug, Clone, Default)]
pub struct NewChapter {
    pub slug: String,
    pub name: String,
    pub timezone: String,
    pub description: String,
}

/// A slug is what appears in `/c/{slug}`: 2 to 40 lower-case letters, digits and inner dashes.
pub fn is_valid_slug(slug: &str) -> bool {
    (2..=40).contains(&slug.len())
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

const COLUMNS: &str = "id, slug, name, timezone, description, created_at";

pub async fn create(tx: &mut Tx, new: &NewChapter, now: Timestamp) -> Result<Chapter, SchedulingError> {
    let mut errors = FieldErrors::new();
    let slug = new.slug.trim().to_string();
    if !is_valid_slug(&slug) {
        errors.add("slug", "Use 2 to 40 lower-case letters, digits and dashes, like \"berlin\".");
    }
    let name = errors.line("name", &new.name, 100);
    let description = errors.text("description", &new.description, 5_000);
    let timezone = new.timezone.trim().to_string();
    if parse_timezone(&timezone).is_none() {
        errors.add("timezone", format!("\"{timezone}\" is not an IANA time zone such as Europe/Berlin."));
    }
    errors.into_result()?;
    let inserted = with_tx!(tx, |c| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO chapters (slug, name, timezone, description, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING {COLUMNS}"
    )))
    .bind(&slug)
    .bind(&name)
    .bind(&timezone)
    .bind(&description)
    .bind(now)
    .fetch_one(&mut *c)
    .await);
    match inserted {
        Ok(chapter) => Ok(chapter),
        Err(e) if is_unique_violation(&e) => {
            Err(Invalid::field("slug", format!("A chapter with the slug \"{slug}\" exists already.")).into())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<Chapter>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM chapters WHERE slug = $1"
    )))
    .bind(slug)
    .fetch_optional(e)
    .await)
}

pub async fn by_id_tx(tx: &mut Tx, id: i64) -> Result<Option<Chapter>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM chapters WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&mut *c)
    .await)
}

pub async fn by_slug_tx(tx: &mut Tx, slug: &str) -> Result<Option<Chapter>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM chapters WHERE slug = $1"
    )))
    .bind(slug)
    .fetch_optional(&mut *c)
    .await)
}

pub async fn list(db: &Db) -> Result<Vec<Chapter>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM chapters ORDER BY name"
    )))
    .fetch_all(e)
    .await)
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs() {
        for ok in ["berlin", "new-york", "b2"] {
            assert!(super::is_valid_slug(ok), "{ok}");
        }
        for bad in ["", "b", "Berlin", "-berlin", "berlin-", "be rlin", "bérlin", "a/b"] {
            assert!(!super::is_valid_slug(bad), "{bad}");
        }
    }
}
