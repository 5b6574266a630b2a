//! Chapters: a city's failure nights, with the IANA zone every time of theirs is shown in.

use failnight_core::{
    Db, Exec, FieldErrors, Invalid, Lang, Message, Timestamp, Tx,
    db::is_unique_violation,
    time::{Zone, parse_timezone},
    with_db, with_exec, with_tx,
};

use crate::SchedulingError;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Chapter {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub timezone: Zone,
    pub description: String,
    pub code_of_conduct: String,
    /// Minutes before a night that reminders go out, comma-separated (`1440,180`).
    pub reminder_offsets: String,
    /// What the chapter's pages and emails speak to whoever chose no language of ours.
    pub language: Lang,
    pub created_at: Timestamp,
    /// `#rrggbb` that white text reads on, or empty: the chapter's colour on its pages, tickets
    /// and cards.
    pub accent: String,
    /// One line under the chapter's name.
    pub tagline: String,
    /// The hash of the chapter's logo (see [`crate::logos`]), or empty.
    pub logo: String,
}

impl Chapter {
    pub fn tz(&self) -> chrono_tz::Tz {
        self.timezone.tz()
    }
}

#[derive(Debug, Clone, Default)]
pub struct NewChapter {
    pub slug: String,
    pub name: String,
    pub timezone: String,
    pub description: String,
    /// A language code of ours (`es`, `pt-BR`); empty is English.
    pub language: String,
}

/// A slug is what appears in `/c/{slug}`: 2 to 40 lower-case letters, digits and inner dashes.
pub fn is_valid_slug(slug: &str) -> bool {
    (2..=40).contains(&slug.len())
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

const COLUMNS: &str = "id, slug, name, timezone, description, code_of_conduct, reminder_offsets, language, created_at, accent, tagline, logo";

/// The chapter's language from a form or the CLI: one of ours (empty is English).
fn language(errors: &mut FieldErrors, code: &str) -> Lang {
    let code = code.trim();
    if code.is_empty() {
        return Lang::En;
    }
    Lang::parse(code).unwrap_or_else(|| {
        let ours = Lang::ALL.map(Lang::as_str).join(", ");
        errors.add("language", Message::new("error-language").arg("code", code).arg("ours", ours));
        Lang::En
    })
}

pub async fn create(tx: &mut Tx, new: &NewChapter, now: Timestamp) -> Result<Chapter, SchedulingError> {
    let mut errors = FieldErrors::new();
    let slug = new.slug.trim().to_string();
    if !is_valid_slug(&slug) {
        errors.add("slug", "error-chapter-slug");
    }
    let name = errors.line("name", &new.name, 100);
    let description = errors.text("description", &new.description, 5_000);
    let timezone = new.timezone.trim().to_string();
    if parse_timezone(&timezone).is_none() {
        errors.add("timezone", Message::new("error-timezone").arg("zone", timezone.as_str()));
    }
    let language = language(&mut errors, &new.language);
    errors.into_result()?;
    let inserted = with_tx!(tx, |c| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO chapters (slug, name, timezone, description, language, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING {COLUMNS}"
    )))
    .bind(&slug)
    .bind(&name)
    .bind(&timezone)
    .bind(&description)
    .bind(language)
    .bind(now)
    .fetch_one(&mut *c)
    .await);
    match inserted {
        Ok(chapter) => Ok(chapter),
        Err(e) if is_unique_violation(&e) => {
            Err(Invalid::field("slug", Message::new("error-chapter-slug-taken").arg("slug", slug)).into())
        }
        Err(e) => Err(e.into()),
    }
}

/// The chapter of `slug` (nothing for what cannot be a slug, which is never looked up).
pub async fn by_slug(exec: impl Into<Exec<'_>>, slug: &str) -> Result<Option<Chapter>, sqlx::Error> {
    if !is_valid_slug(slug) {
        return Ok(None);
    }
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM chapters WHERE slug = $1"
    )))
    .bind(slug)
    .fetch_optional(e)
    .await)
}

pub async fn by_id(exec: impl Into<Exec<'_>>, id: i64) -> Result<Option<Chapter>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM chapters WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(e)
    .await)
}

pub async fn list(db: &Db) -> Result<Vec<Chapter>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM chapters ORDER BY name"
    )))
    .fetch_all(e)
    .await)
}

impl Chapter {
    /// The reminder offsets in minutes, largest first.
    pub fn reminder_minutes(&self) -> Vec<i64> {
        parse_offsets(&self.reminder_offsets).unwrap_or_default()
    }
}

fn parse_offsets(text: &str) -> Option<Vec<i64>> {
    let mut minutes = text.split(',').map(|p| p.trim().parse::<i64>().ok()).collect::<Option<Vec<_>>>()?;
    minutes.sort_unstable_by(|a, b| b.cmp(a));
    minutes.dedup();
    Some(minutes)
}

/// What an owner can change in a chapter's settings. Reminder offsets are given in hours
/// (`24, 3`; fractions allowed) and stored in minutes.
#[derive(Debug, Clone, Default)]
pub struct ChapterSettings {
    pub name: String,
    pub timezone: String,
    pub description: String,
    pub code_of_conduct: String,
    pub reminder_hours: String,
    /// A language code of ours; empty keeps the chapter's.
    pub language: String,
    /// `#rrggbb` (the `#` may be left out) or empty.
    pub accent: String,
    pub tagline: String,
}

impl ChapterSettings {
    pub fn of(chapter: &Chapter) -> Self {
        let hours = chapter
            .reminder_minutes()
            .iter()
            .map(|m| if m % 60 == 0 { (m / 60).to_string() } else { format!("{}", *m as f64 / 60.0) })
            .collect::<Vec<_>>()
            .join(", ");
        ChapterSettings {
            name: chapter.name.clone(),
            timezone: chapter.timezone.to_string(),
            description: chapter.description.clone(),
            code_of_conduct: chapter.code_of_conduct.clone(),
            reminder_hours: hours,
            language: chapter.language.as_str().to_string(),
            accent: chapter.accent.clone(),
            tagline: chapter.tagline.clone(),
        }
    }
}

pub async fn update_settings(
    tx: &mut Tx,
    chapter: &Chapter,
    input: &ChapterSettings,
) -> Result<Chapter, SchedulingError> {
    let mut errors = FieldErrors::new();
    let name = errors.line("name", &input.name, 100);
    let description = errors.text("description", &input.description, 5_000);
    let code_of_conduct = errors.text("code_of_conduct", &input.code_of_conduct, 20_000);
    let timezone = input.timezone.trim().to_string();
    if parse_timezone(&timezone).is_none() {
        errors.add("timezone", Message::new("error-timezone").arg("zone", timezone.as_str()));
    }
    let minutes: Option<Vec<i64>> = if input.reminder_hours.trim().is_empty() {
        Some(Vec::new())
    } else {
        input
            .reminder_hours
            .split(',')
            .map(|p| {
                p.trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|h| *h > 0.0 && *h <= 14.0 * 24.0)
                    .map(|h| (h * 60.0).round() as i64)
            })
            .collect()
    };
    let offsets = match minutes {
        Some(mut m) if m.len() <= 5 => {
            m.sort_unstable_by(|a, b| b.cmp(a));
            m.dedup();
            m.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
        }
        _ => {
            errors.add("reminder_hours", "error-chapter-reminder-hours");
            String::new()
        }
    };
    let language =
        if input.language.trim().is_empty() { chapter.language } else { language(&mut errors, &input.language) };
    let accent = accent(&mut errors, &input.accent);
    let tagline = errors.optional_line("tagline", &input.tagline, 120);
    errors.into_result()?;
    Ok(with_tx!(tx, |c| sqlx::query_as::<_, Chapter>(sqlx::AssertSqlSafe(format!(
        "UPDATE chapters SET name = $2, timezone = $3, description = $4, code_of_conduct = $5, reminder_offsets = $6,
             language = $7, accent = $8, tagline = $9
         WHERE id = $1 RETURNING {COLUMNS}"
    )))
    .bind(chapter.id)
    .bind(&name)
    .bind(&timezone)
    .bind(&description)
    .bind(&code_of_conduct)
    .bind(&offsets)
    .bind(language)
    .bind(&accent)
    .bind(&tagline)
    .fetch_one(&mut *c)
    .await)?)
}

/// The chapter's accent from a form: empty, or a colour white text reads on (4.5:1), else an
/// error that says how far off it is.
fn accent(errors: &mut FieldErrors, text: &str) -> String {
    use failnight_core::validate::{MIN_CONTRAST, contrast_with_white, hex_colour};
    if text.trim().is_empty() {
        return String::new();
    }
    match hex_colour(text).and_then(|c| Some((contrast_with_white(&c)?, c))) {
        Some((contrast, colour)) if contrast >= MIN_CONTRAST => colour,
        Some((contrast, _)) => {
            errors.add("accent", Message::new("error-accent-contrast").arg("contrast", format!("{contrast:.1}")));
            String::new()
        }
        None => {
            errors.add("accent", "error-accent-format");
            String::new()
        }
    }
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
