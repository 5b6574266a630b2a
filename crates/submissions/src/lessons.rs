//! The lessons library: a speaker's recap of their talk, after the night, and what the public
//! may read of it.
//!
//! A recap is written once the night is over, by the speaker or by a host for the speaker to
//! approve. It is public only while `published`, which only the speaker's own "publish" sets
//! (a host's draft never is): under the name the speaker chose for the night, with the slides
//! only when the deck's consent says `published`. The speaker edits or withdraws it at any
//! time; withdrawn, it leaves every public read here at once (they all read
//! `state = 'published'`), and its page answers 410. A lesson belongs to its story: deleting
//! the story deletes it (a foreign key cascade, and on SQLite the search index's trigger).
//!
//! Search is the one place where the dialects differ: SQLite's FTS5 table `lessons_fts` and
//! PostgreSQL's `tsvector` column `search`, both with English stemming, side by side in
//! [`matching`].

mod library;

use std::collections::HashMap;

use chrono::Datelike;
use failnight_core::{
    Backend, Db, Exec, FieldErrors, Message, Timestamp, Tx, time::Zone, webhooks, with_db, with_exec, with_tx,
};
use failnight_scheduling::{EventDetails, EventStatus};

use crate::{Appearance, SlidesUse, State, Submission, SubmissionsError};

pub use library::{AtChanges, Library, Page};

failnight_core::text_enum! {
    /// A cause of failure, from the fixed list a lesson is filed under (`lesson_topics.topic`).
    pub enum Topic {
        Team = "team",
        Money = "money",
        Product = "product",
        Customers = "customers",
        Hiring = "hiring",
        Health = "health",
        Legal = "legal",
        Growth = "growth",
        Delivery = "delivery",
        Personal = "personal",
    }
}

impl Topic {
    /// In words, as pages show it.
    pub fn label(self) -> &'static str {
        match self {
            Topic::Team => "team and co-founders",
            Topic::Money => "money and cash flow",
            Topic::Product => "product and market",
            Topic::Customers => "customers and sales",
            Topic::Hiring => "hiring and people",
            Topic::Health => "health and burnout",
            Topic::Legal => "legal and contracts",
            Topic::Growth => "growing too fast",
            Topic::Delivery => "delivery and technology",
            Topic::Personal => "personal life",
        }
    }
}

failnight_core::text_enum! {
    /// `lessons.state`.
    pub enum LessonState {
        /// Not public: written by the speaker, or by a host for the speaker to approve.
        Draft = "draft",
        /// Public, with the speaker's explicit yes.
        Published = "published",
        /// Taken back by the speaker: gone from every public page (its own answers 410).
        Withdrawn = "withdrawn",
    }
}

failnight_core::text_enum! {
    /// Who wrote the text last (`lessons.drafted_by`).
    pub enum DraftedBy {
        Speaker = "speaker",
        Host = "host",
    }
}

/// The longest lesson sentence, and the longest of the two texts.
pub const LESSON_MAX: usize = 200;
pub const TEXT_MAX: usize = 4_000;
/// Topics a lesson is filed under, at most.
pub const TOPICS_MAX: usize = 3;
/// The language of a lesson until chapters have one (issue #18).
pub const DEFAULT_LANGUAGE: &str = "en";

/// A speaker's recap, as stored (what the speaker's page and the host's draft show).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Lesson {
    pub id: i64,
    pub submission_id: i64,
    pub chapter_id: i64,
    pub event_id: i64,
    pub state: LessonState,
    pub drafted_by: DraftedBy,
    pub lesson: String,
    pub happened: String,
    pub differently: String,
    pub language: String,
    pub year: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub published_at: Option<Timestamp>,
}

const COLUMNS: &str = "id, submission_id, chapter_id, event_id, state, drafted_by, lesson, happened, differently,
    language, year, created_at, updated_at, published_at";

/// A published lesson as the public sees it: with its night, chapter and the speaker's chosen
/// name (never the real name of a speaker who chose a stage name or anonymity).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PublicLesson {
    pub id: i64,
    pub submission_id: i64,
    pub event_id: i64,
    pub lesson: String,
    pub happened: String,
    pub differently: String,
    pub language: String,
    pub year: i64,
    pub published_at: Timestamp,
    pub updated_at: Timestamp,
    pub chapter_slug: String,
    pub chapter_name: String,
    pub night_title: String,
    pub night_starts_at: Timestamp,
    pub night_timezone: Zone,
    /// The speaker's chosen name; `None` for an anonymous speaker.
    pub speaker: Option<String>,
    pub talk_title: String,
    pub slides_use: SlidesUse,
    /// Its topics, in the fixed list's order.
    pub topics: Vec<Topic>,
}

impl PublicLesson {
    /// The name shown, with "Anonymous speaker" for those who chose so.
    pub fn speaker_label(&self) -> &str {
        self.speaker.as_deref().unwrap_or(crate::stories::ANONYMOUS)
    }

    /// Whether the deck may be shown with the lesson (the speaker's consent for slides).
    pub fn slides_public(&self) -> bool {
        self.slides_use == SlidesUse::Published
    }
}

/// What a speaker or a host types, as text.
#[derive(Debug, Clone, Default)]
pub struct RecapInput {
    pub lesson: String,
    pub happened: String,
    pub differently: String,
    /// Topic spellings ([`Topic::as_str`]).
    pub topics: Vec<String>,
    /// A two-letter language code; empty: [`DEFAULT_LANGUAGE`].
    pub language: String,
}

struct Fields {
    lesson: String,
    happened: String,
    differently: String,
    topics: Vec<Topic>,
    language: String,
}

fn validate(input: &RecapInput) -> Result<Fields, failnight_core::Invalid> {
    let mut errors = FieldErrors::new();
    let lesson = errors.line("lesson", &input.lesson, LESSON_MAX);
    let happened = errors.text("happened", &input.happened, TEXT_MAX);
    let differently = errors.text("differently", &input.differently, TEXT_MAX);
    let mut topics = Vec::new();
    for text in &input.topics {
        match Topic::parse(text.trim()) {
            Some(topic) if !topics.contains(&topic) => topics.push(topic),
            Some(_) => {}
            None => errors.add("topics", "error-recap-topics-unknown"),
        }
    }
    if topics.is_empty() && errors.get("topics").is_none() {
        errors.add("topics", "error-recap-topics-none");
    } else if topics.len() > TOPICS_MAX {
        errors.add("topics", Message::new("error-recap-topics-max").arg("max", TOPICS_MAX));
    }
    let language = match input.language.trim() {
        "" => DEFAULT_LANGUAGE.to_string(),
        code if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) => code.to_string(),
        _ => {
            errors.add("language", "error-recap-language");
            String::new()
        }
    };
    errors.into_result()?;
    Ok(Fields { lesson, happened, differently, topics, language })
}

/// Checks a recap's fields without storing anything.
pub fn check(input: &RecapInput) -> Result<(), failnight_core::Invalid> {
    validate(input).map(|_| ())
}

/// The night a recap can be written about now: the story is confirmed and placed in a night
/// that took place (not cancelled, over at `now`). The lineup keeps the talk after the night.
/// Why no recap can be written (yet): [`recap_night`]'s refusals, which pages put in words.
pub const RECAP_NO_TALK: &str = "error-recap-no-night";
pub const RECAP_CANCELLED: &str = "error-recap-night-cancelled";
pub const RECAP_NOT_YET: &str = "error-recap-too-early";

pub fn recap_night<'a>(
    story: &Submission,
    night: Option<&'a EventDetails>,
    now: Timestamp,
) -> Result<&'a EventDetails, SubmissionsError> {
    let night = night
        .filter(|n| story.state() == State::Confirmed && story.event_id == Some(n.id))
        .ok_or(SubmissionsError::Conflict(RECAP_NO_TALK))?;
    if night.status() == EventStatus::Cancelled {
        return Err(SubmissionsError::Conflict(RECAP_CANCELLED));
    }
    if now < night.ends_at {
        return Err(SubmissionsError::Conflict(RECAP_NOT_YET));
    }
    Ok(night)
}

/// The recap of a story, if any.
pub async fn of_story(exec: impl Into<Exec<'_>>, story_id: i64) -> Result<Option<Lesson>, sqlx::Error> {
    with_exec!(exec.into(), |e| sqlx::query_as::<_, Lesson>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM lessons WHERE submission_id = $1"
    )))
    .bind(story_id)
    .fetch_optional(e)
    .await)
}

/// Writes the recap of `story` about `night` (checked by [`recap_night`]).
///
/// - The speaker (`DraftedBy::Speaker`) may always write; `publish` makes it public (their
///   explicit yes), otherwise it keeps its state: a draft stays a draft, a published lesson
///   stays published with the new text, a withdrawn one stays withdrawn.
/// - A host writes only a draft for the speaker to approve, and only while there is no recap
///   or only their own draft: never over the speaker's words, never a published lesson (the
///   conditional upsert refuses it, also against a concurrent publish).
pub async fn save(
    tx: &mut Tx,
    story: &Submission,
    night: &EventDetails,
    input: &RecapInput,
    by: DraftedBy,
    publish: bool,
    now: Timestamp,
) -> Result<Lesson, SubmissionsError> {
    let f = validate(input)?;
    let year = i64::from(night.starts_utc().with_timezone(&night.tz()).year());
    let state = if publish && by == DraftedBy::Speaker { Some(LessonState::Published) } else { None };
    // A host's write applies only over a host's draft; a speaker's over anything.
    let guard = match by {
        DraftedBy::Host => "WHERE lessons.state = 'draft' AND lessons.drafted_by = 'host'",
        DraftedBy::Speaker => "",
    };
    let saved = with_tx!(tx, |c| sqlx::query_as::<_, Lesson>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO lessons (submission_id, chapter_id, event_id, state, drafted_by, lesson, happened, differently,
                              language, year, created_at, updated_at, published_at)
         VALUES ($1, $2, $3, COALESCE($4, 'draft'), $5, $6, $7, $8, $9, $10, $11, $11,
                 CASE WHEN $4 = 'published' THEN $11 END)
         ON CONFLICT (submission_id) DO UPDATE SET
             state = COALESCE($4, lessons.state), drafted_by = $5, lesson = $6, happened = $7, differently = $8,
             language = $9, year = $10, updated_at = $11,
             published_at = CASE WHEN $4 = 'published' AND lessons.state <> 'published' THEN $11
                                 ELSE lessons.published_at END
         {guard}
         RETURNING {COLUMNS}"
    )))
    .bind(story.id)
    .bind(story.chapter_id)
    .bind(night.id)
    .bind(state)
    .bind(by)
    .bind(&f.lesson)
    .bind(&f.happened)
    .bind(&f.differently)
    .bind(&f.language)
    .bind(year)
    .bind(now)
    .fetch_optional(&mut *c)
    .await)?;
    let lesson = saved.ok_or(SubmissionsError::Conflict("error-recap-taken-over"))?;
    if lesson.published_at == Some(now) && state == Some(LessonState::Published) {
        // Just published (a published lesson edited keeps its first instant).
        let data = serde_json::json!({ "lesson": {
            "id": lesson.id, "night_id": night.id, "page": format!("/lessons/{}", lesson.id),
        }});
        webhooks::emit(tx, webhooks::Scope::Chapter(story.chapter_id), now, &[(webhooks::Kind::LessonPublished, data)])
            .await?;
    }
    with_tx!(tx, |c| {
        sqlx::query("DELETE FROM lesson_topics WHERE lesson_id = $1").bind(lesson.id).execute(&mut *c).await?;
        for topic in &f.topics {
            sqlx::query("INSERT INTO lesson_topics (lesson_id, topic) VALUES ($1, $2)")
                .bind(lesson.id)
                .bind(topic)
                .execute(&mut *c)
                .await?;
        }
        Ok::<_, sqlx::Error>(())
    })?;
    Ok(lesson)
}

/// The speaker takes their published lesson back; refused (nothing written) when it is not
/// published.
pub async fn withdraw(tx: &mut Tx, story_id: i64, now: Timestamp) -> Result<Lesson, SubmissionsError> {
    let withdrawn = withdraw_if_published(tx, story_id, now).await?;
    withdrawn.ok_or(SubmissionsError::Conflict("error-recap-not-published"))
}

/// Withdraws the story's lesson if it is published (also when the speaker withdraws the story).
pub(crate) async fn withdraw_if_published(
    tx: &mut Tx,
    story_id: i64,
    now: Timestamp,
) -> Result<Option<Lesson>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, Lesson>(sqlx::AssertSqlSafe(format!(
        "UPDATE lessons SET state = 'withdrawn', updated_at = $2
         WHERE submission_id = $1 AND state = 'published' RETURNING {COLUMNS}"
    )))
    .bind(story_id)
    .bind(now)
    .fetch_optional(&mut *c)
    .await)
}

/// The topics of each of `ids`, in the list's order.
pub async fn topics_of(exec: impl Into<Exec<'_>>, ids: &[i64]) -> Result<HashMap<i64, Vec<Topic>>, sqlx::Error> {
    let mut out: HashMap<i64, Vec<Topic>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let rows: Vec<(i64, Topic)> = with_exec!(exec.into(), |e| {
        let sql = format!(
            "SELECT lesson_id, topic FROM lesson_topics WHERE lesson_id IN ({})",
            failnight_core::db::params(1, ids.len())
        );
        let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        for id in ids {
            query = query.bind(*id);
        }
        query.fetch_all(e).await
    })?;
    for (id, topic) in rows {
        out.entry(id).or_default().push(topic);
    }
    Ok(out.into_iter().map(|(id, topics)| (id, in_order(topics))).collect())
}

/// `topics` in the fixed list's order.
fn in_order(mut topics: Vec<Topic>) -> Vec<Topic> {
    topics.sort_by_key(|t| Topic::ALL.iter().position(|a| a == t));
    topics
}

const PUBLIC_COLUMNS: &str = "l.id, l.submission_id, l.event_id, l.lesson, l.happened, l.differently, l.language,
    l.year, l.published_at, l.updated_at, c.slug AS chapter_slug, c.name AS chapter_name, e.title AS night_title,
    e.starts_at AS night_starts_at, e.timezone AS night_timezone, s.title AS talk_title, s.slides_use,
    s.appearance, s.name AS real_name, s.stage_name,
    (SELECT string_agg(t.topic, ',') FROM lesson_topics t WHERE t.lesson_id = l.id) AS topics";

/// The joined row, before the speaker's name is chosen by their appearance.
#[derive(sqlx::FromRow)]
struct PublicRow {
    #[sqlx(flatten)]
    lesson: PublicPart,
    appearance: Appearance,
    real_name: String,
    stage_name: String,
}

#[derive(sqlx::FromRow)]
struct PublicPart {
    id: i64,
    submission_id: i64,
    event_id: i64,
    lesson: String,
    happened: String,
    differently: String,
    language: String,
    year: i64,
    published_at: Timestamp,
    updated_at: Timestamp,
    chapter_slug: String,
    chapter_name: String,
    night_title: String,
    night_starts_at: Timestamp,
    night_timezone: Zone,
    talk_title: String,
    slides_use: SlidesUse,
    /// Comma-separated (`string_agg`, on both backends).
    topics: Option<String>,
}

impl From<PublicRow> for PublicLesson {
    fn from(row: PublicRow) -> Self {
        let p = row.lesson;
        PublicLesson {
            speaker: row.appearance.public_name(&row.real_name, &row.stage_name).map(str::to_string),
            id: p.id,
            submission_id: p.submission_id,
            event_id: p.event_id,
            lesson: p.lesson,
            happened: p.happened,
            differently: p.differently,
            language: p.language,
            year: p.year,
            published_at: p.published_at,
            updated_at: p.updated_at,
            chapter_slug: p.chapter_slug,
            chapter_name: p.chapter_name,
            night_title: p.night_title,
            night_starts_at: p.night_starts_at,
            night_timezone: p.night_timezone,
            talk_title: p.talk_title,
            slides_use: p.slides_use,
            topics: in_order(p.topics.as_deref().unwrap_or("").split(',').filter_map(Topic::parse).collect()),
        }
    }
}

/// How the library is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Last published first.
    #[default]
    Newest,
    /// Best match of the search words first (newest without words).
    Relevant,
}

/// What the library is asked for; empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// The words searched for, as typed.
    pub words: String,
    pub chapter: Option<String>,
    pub topic: Option<Topic>,
    pub language: Option<String>,
    pub year: Option<i64>,
    pub order: Order,
    /// From 0.
    pub page: i64,
}

/// The words of a search, as the index sees them: letters and digits only (so nothing typed
/// is query syntax on either backend), at most 12 words of at most 40 characters.
pub fn search_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(40).collect::<String>().to_lowercase())
        .take(12)
        .collect()
}

enum Arg {
    Text(String),
    Int(i64),
}

/// Relevance ranks the newest this many matches of a search, not every match: a common word
/// is in thousands of lessons, and ranking them all was most of a search's time. A search's
/// best matches among its newest thousand come first; older ones are found with more words.
pub const RANKED: i64 = 1_000;

/// Whether `query` reads the search index (words or a topic), rather than walking a B-tree
/// of the lessons in order.
fn indexed(query: &Query) -> bool {
    !search_words(&query.words).is_empty() || query.topic.is_some()
}

/// The ids of the published lessons matching `query` (its page ignored), in its order:
/// `limit` of them from `offset`.
///
/// This is the one dialect branch. On SQLite, a search with words or a topic is one FTS5
/// query: its rowid is the lesson's place in publication order (newest lowest) and its
/// filters are words of its `tags` column (migration 0024), so newest first is FTS5's own
/// order and it stops after `offset + limit` matches; relevance counts the searched words
/// found in each text, the lesson sentence's weighted 5:1 over the others (PostgreSQL's
/// `ts_rank_cd` weighs it too; neither weighs a word by how rare it is), newest first among
/// equals. On PostgreSQL, `@@ plainto_tsquery` and `ts_rank_cd` over the weighted
/// `search` column, a topic as `topics @>`, both answered by one GIN index. Without words
/// or topic, both walk the partial B-trees newest first.
pub async fn matching(db: &Db, query: &Query, offset: i64, limit: i64) -> Result<Vec<i64>, sqlx::Error> {
    let mut args = Vec::new();
    let mut arg = |a: Arg| {
        args.push(a);
        format!("${}", args.len())
    };
    let words = search_words(&query.words);
    let relevant = query.order == Order::Relevant && !words.is_empty();
    let sql = match db.backend() {
        Backend::Sqlite if indexed(query) => {
            // Each term quoted (letters and digits only, so never syntax): all must match,
            // the typed words in the texts, the filters in the tags.
            let quoted = |terms: &[String]| terms.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(" ");
            let mut tags = Vec::new();
            if let Some(topic) = query.topic {
                tags.push(format!("topic{}0", topic.as_str()));
            }
            if let Some(language) = &query.language {
                if !language.chars().all(char::is_alphanumeric) {
                    return Ok(Vec::new());
                }
                tags.push(format!("lang{}0", language.to_lowercase()));
            }
            if let Some(year) = query.year {
                tags.push(format!("year{year}"));
            }
            if let Some(slug) = &query.chapter {
                let id: Option<i64> = with_db!(db, |e| sqlx::query_scalar("SELECT id FROM chapters WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(e)
                    .await)?;
                let Some(id) = id else { return Ok(Vec::new()) };
                tags.push(format!("chapter{id}"));
            }
            let mut expression = Vec::new();
            if !words.is_empty() {
                expression.push(format!("{{lesson happened differently}}: ({})", quoted(&words)));
            }
            if !tags.is_empty() {
                expression.push(format!("{{tags}}: ({})", quoted(&tags)));
            }
            let matches = arg(Arg::Text(expression.join(" AND ")));
            // The bounds are written into the statement (integers, so never syntax): SQLite
            // plans with the value of a bound LIMIT or OFFSET, so it compiles the statement
            // again each time one is bound, a parse and a plan of the whole statement for
            // every search (6 % of the server's CPU in `lessons-search`). The few bounds in
            // use (a kept list's, a page's) keep a few statements cached.
            let (limit, offset) = (limit.to_string(), offset.to_string());
            if relevant {
                // Each text's count of matched words is what `highlight` adds to its length
                // (one mark before each); `bm25` would count every lesson with each word
                // first, the whole index's list of a common word for a search of a handful.
                let found = |column: usize, text: &str| {
                    format!("(length(highlight(lessons_fts, {column}, char(1), '')) - length({text}))")
                };
                format!(
                    "SELECT lesson_id FROM (
                         SELECT rowid AS k, lesson_id, 5 * {} + {} + {} AS r FROM lessons_fts
                         WHERE lessons_fts MATCH {matches} ORDER BY rowid LIMIT {RANKED}
                     ) ORDER BY r DESC, k LIMIT {limit} OFFSET {offset}",
                    found(0, "lesson"),
                    found(1, "happened"),
                    found(2, "differently"),
                )
            } else {
                format!(
                    "SELECT lesson_id FROM lessons_fts WHERE lessons_fts MATCH {matches}
                     ORDER BY rowid LIMIT {limit} OFFSET {offset}"
                )
            }
        }
        backend => {
            let mut conditions = vec!["l.state = 'published'".to_string()];
            let mut ts = None;
            if backend == Backend::Postgres && !words.is_empty() {
                let q = format!("plainto_tsquery('english', {})", arg(Arg::Text(words.join(" "))));
                conditions.push(format!("l.search @@ {q}"));
                ts = Some(q);
            }
            if let Some(slug) = &query.chapter {
                conditions.push(format!(
                    "l.chapter_id = (SELECT id FROM chapters WHERE slug = {})",
                    arg(Arg::Text(slug.clone()))
                ));
            }
            if let Some(topic) = query.topic {
                // Only PostgreSQL comes here with a topic (SQLite's are in the FTS5 tags).
                conditions.push(format!("l.topics @> ARRAY[{}]::text[]", arg(Arg::Text(topic.as_str().to_string()))));
            }
            if let Some(language) = &query.language {
                conditions.push(format!("l.language = {}", arg(Arg::Text(language.clone()))));
            }
            if let Some(year) = query.year {
                conditions.push(format!("l.year = {}", arg(Arg::Int(year))));
            }
            let conditions = conditions.join(" AND ");
            let (limit, offset) = (arg(Arg::Int(limit)), arg(Arg::Int(offset)));
            match ts.filter(|_| relevant) {
                Some(ts) => format!(
                    "SELECT id FROM (
                         SELECT l.id, l.published_at, l.search FROM lessons l WHERE {conditions}
                         ORDER BY l.published_at DESC, l.id DESC LIMIT {RANKED}
                     ) c
                     ORDER BY ts_rank_cd(c.search, {ts}) DESC, c.published_at DESC, c.id DESC LIMIT {limit} OFFSET {offset}"
                ),
                None => format!(
                    "SELECT l.id FROM lessons l WHERE {conditions}
                     ORDER BY l.published_at DESC, l.id DESC LIMIT {limit} OFFSET {offset}"
                ),
            }
        }
    };
    with_db!(db, |e| {
        let mut q = sqlx::query_scalar(sqlx::AssertSqlSafe(sql));
        for a in &args {
            q = match a {
                Arg::Text(text) => q.bind(text.clone()),
                Arg::Int(n) => q.bind(*n),
            };
        }
        q.fetch_all(e).await
    })
}

/// Pages the search index's merge writes at most a step (see [`tidy_index`]).
pub const TIDY_PAGES: i64 = 256;

/// One step of keeping SQLite's search index whole: FTS5 writes new entries into small
/// segments of their own, which it merges only when several of a size gather, so a library
/// that grew a few lessons at a time has a dozen segments and every search reads each
/// (`lessons-search` in docs/benchmarks.md: a search took twice as long with the ten its
/// seeding left). A step merges about `pages` pages of them toward one (FTS5's `merge` with
/// a negative count, its incremental `optimize`) in a transaction of its own, so the writer
/// is never held for long; true when it found work (there may be more: call it again).
/// PostgreSQL's index has nothing to merge (its entries go in at once, migration 0030).
pub async fn tidy_index(db: &Db, pages: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let Tx::Sqlite(writer) = &mut tx else {
        tx.rollback().await?;
        return Ok(false);
    };
    let changes = "SELECT total_changes()";
    let before: i64 = sqlx::query_scalar(changes).fetch_one(&mut **writer).await?;
    sqlx::query("INSERT INTO lessons_fts (lessons_fts, rank) VALUES ('merge', $1)")
        .bind(-pages.max(1))
        .execute(&mut **writer)
        .await?;
    let after: i64 = sqlx::query_scalar(changes).fetch_one(&mut **writer).await?;
    // FTS5 counts two changes or more when the merge did something.
    let merged = after - before >= 2;
    // Nothing anyone reads changed: no page kept anywhere is out of date.
    tx.commit_unseen_if(merged).await?;
    Ok(merged)
}

/// How many segments SQLite's search index may have before [`tidy_index`] is worth its
/// writing: a whole index is written again to merge them (FTS5 keeps a few of each size).
pub const TIDY_SEGMENTS: i64 = 8;

/// How many segments SQLite's search index has (PostgreSQL: none to merge).
pub async fn index_segments(db: &Db) -> Result<i64, sqlx::Error> {
    match db {
        Db::Sqlite { reader, .. } => {
            sqlx::query_scalar("SELECT COUNT(DISTINCT segid) FROM lessons_fts_idx").fetch_one(reader).await
        }
        Db::Postgres(_) => Ok(0),
    }
}

/// The published lessons among `ids`, in that order (one that is no longer published is left
/// out: a page read from a kept list never shows a withdrawn lesson).
pub async fn by_ids(db: &Db, ids: &[i64]) -> Result<Vec<PublicLesson>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {PUBLIC_COLUMNS} FROM lessons l
           JOIN submissions s ON s.id = l.submission_id
           JOIN chapters c ON c.id = l.chapter_id
           JOIN events e ON e.id = l.event_id
         WHERE l.id IN ({}) AND l.state = 'published'",
        failnight_core::db::params(1, ids.len())
    );
    let rows: Vec<PublicRow> = with_db!(db, |e| {
        let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql));
        for id in ids {
            q = q.bind(*id);
        }
        q.fetch_all(e).await
    })?;
    let mut found: HashMap<i64, PublicLesson> =
        rows.into_iter().map(|r| (r.lesson.id, PublicLesson::from(r))).collect();
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

/// A lesson as the public sees it, while it is published.
pub async fn published(db: &Db, id: i64) -> Result<Option<PublicLesson>, sqlx::Error> {
    let row: Option<PublicRow> = with_db!(db, |e| sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {PUBLIC_COLUMNS} FROM lessons l
           JOIN submissions s ON s.id = l.submission_id
           JOIN chapters c ON c.id = l.chapter_id
           JOIN events e ON e.id = l.event_id
         WHERE l.id = $1 AND l.state = 'published'"
    )))
    .bind(id)
    .fetch_optional(e)
    .await)?;
    Ok(row.map(PublicLesson::from))
}

/// The state of lesson `id` (to tell a withdrawn lesson, 410, from one that never was, 404).
pub async fn state_of(db: &Db, id: i64) -> Result<Option<LessonState>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_scalar("SELECT state FROM lessons WHERE id = $1").bind(id).fetch_optional(e).await)
}

/// Every published lesson's id and last change, for the sitemap (at most `limit`).
pub async fn all_published(db: &Db, limit: i64) -> Result<Vec<(i64, Timestamp)>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as(
        "SELECT id, updated_at FROM lessons WHERE state = 'published' ORDER BY published_at DESC, id DESC LIMIT $1"
    )
    .bind(limit)
    .fetch_all(e)
    .await)
}

/// How many published lessons each topic has per year (of the night), across the network.
pub async fn counts(db: &Db) -> Result<Vec<(Topic, i64, i64)>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as(
        "SELECT t.topic, l.year, COUNT(*) FROM lesson_topics t JOIN lessons l ON l.id = t.lesson_id
         WHERE l.state = 'published' GROUP BY t.topic, l.year ORDER BY l.year, t.topic"
    )
    .fetch_all(e)
    .await)
}

/// The years and languages published lessons have, for the library's filters (years newest
/// first). Each is a loose index scan (a recursive step from one value to the next through
/// the partial index on that column), so it costs a lookup per distinct value, not a pass
/// over every lesson.
pub async fn facets(db: &Db) -> Result<(Vec<i64>, Vec<String>), sqlx::Error> {
    with_db!(db, |e| {
        let years = sqlx::query_scalar(
            "WITH RECURSIVE y(v) AS (
                 SELECT MAX(year) FROM lessons WHERE state = 'published'
                 UNION ALL
                 SELECT (SELECT MAX(year) FROM lessons WHERE state = 'published' AND year < y.v) FROM y WHERE y.v IS NOT NULL
             )
             SELECT v FROM y WHERE v IS NOT NULL",
        )
        .fetch_all(e)
        .await?;
        let languages = sqlx::query_scalar(
            "WITH RECURSIVE l(v) AS (
                 SELECT MIN(language) FROM lessons WHERE state = 'published'
                 UNION ALL
                 SELECT (SELECT MIN(language) FROM lessons WHERE state = 'published' AND language > l.v) FROM l WHERE l.v IS NOT NULL
             )
             SELECT v FROM l WHERE v IS NOT NULL",
        )
        .fetch_all(e)
        .await?;
        Ok((years, languages))
    })
}

#[cfg(test)]
mod tests {
    use super::{RecapInput, Topic, check, search_words};

    #[test]
    fn search_words_are_never_syntax() {
        assert_eq!(
            search_words("  Always check \"references\" OR* NEAR(x) -y "),
            ["always", "check", "references", "or", "near", "x", "y"]
        );
        assert!(search_words("\"*:()^-").is_empty());
        assert_eq!(search_words("Größe café"), ["größe", "café"]);
    }

    #[test]
    fn recap_rules() {
        let ok = RecapInput { lesson: "Check references.".into(), topics: vec!["hiring".into()], ..Default::default() };
        assert!(check(&ok).is_ok());
        let errors = |input: RecapInput| check(&input).unwrap_err().0;
        assert!(errors(RecapInput { lesson: " ".into(), ..ok.clone() }).get("lesson").is_some());
        assert!(errors(RecapInput { lesson: "x".repeat(201), ..ok.clone() }).get("lesson").is_some());
        assert!(errors(RecapInput { topics: vec!["astrology".into()], ..ok.clone() }).get("topics").is_some());
        assert!(errors(RecapInput { topics: vec![], ..ok.clone() }).get("topics").is_some());
        let four = Topic::ALL[..4].iter().map(|t| t.as_str().to_string()).collect();
        assert!(errors(RecapInput { topics: four, ..ok.clone() }).get("topics").is_some());
        assert!(errors(RecapInput { language: "english".into(), ..ok.clone() }).get("language").is_some());
        assert!(errors(RecapInput { happened: "x".repeat(4_001), ..ok }).get("happened").is_some());
    }
}
