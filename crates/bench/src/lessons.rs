//! The `lessons-search` scenario: the lessons library with `--lessons` published lessons
//! (100,000 by default), searched at `--connections` (64) with a different question almost
//! every time, so the page cache (keyed by the question, a second at most) serves few of them
//! and the figure is the search's own.
//!
//! Seeding: one chapter, a night and four confirmed talks through the use cases; then the
//! talks behind the lessons are copies of one of them (one `INSERT … SELECT` over a recursive
//! count, the same text on both backends), and the lessons are written in batches of
//! multi-row inserts, their words drawn from [`COMMON`] and a made-up vocabulary of 10,000
//! rare words ([`rare`]), so every question asked is known to find something.

use std::time::Instant;

use failnight_core::{Db, with_db, with_tx};
use failnight_scheduling::{Chapter, EventDetails};

/// Words many lessons share (a search for one matches thousands).
pub const COMMON: [&str; 40] = [
    "customers",
    "cash",
    "hiring",
    "cofounder",
    "burnout",
    "deadline",
    "investors",
    "contract",
    "launch",
    "pricing",
    "marketing",
    "team",
    "product",
    "sales",
    "runway",
    "scope",
    "quality",
    "feedback",
    "partner",
    "budget",
    "growth",
    "family",
    "health",
    "lawyer",
    "supplier",
    "server",
    "release",
    "meeting",
    "promise",
    "trust",
    "plan",
    "market",
    "competitor",
    "office",
    "payroll",
    "refund",
    "outage",
    "review",
    "culture",
    "strategy",
];

const SYLLABLES: [&str; 10] = ["ka", "lo", "mi", "ren", "tus", "vo", "zel", "pra", "dun", "fi"];

/// The rare word number `n` (of 10,000): four syllables, one per decimal digit.
pub fn rare(n: u64) -> String {
    let n = n % 10_000;
    [n / 1000, n / 100 % 10, n / 10 % 10, n % 10].iter().map(|d| SYLLABLES[*d as usize]).collect()
}

/// The words of lesson number `k` (from 0): two common words and a rare one in its sentence.
pub fn words_of(k: u64) -> (&'static str, &'static str, String) {
    let common = |m: u64| COMMON[(m % COMMON.len() as u64) as usize];
    (common(k), common(k / 7 + 3), rare(k.wrapping_mul(7919)))
}

/// The year of lesson number `k`: 2016 to 2026, older lessons first.
fn year_of(k: u64, n: u64) -> i64 {
    2016 + (k * 11 / n.max(1)) as i64
}

/// Writes `n` published lessons for the night's talks (copies of its first talk): as drafts
/// (with the instant they are published at), then their topics, then published in one
/// statement; returns how long seeding took.
pub async fn seed(db: &Db, chapter: &Chapter, night: &EventDetails, n: u64) -> anyhow::Result<std::time::Duration> {
    let started = Instant::now();
    let template: i64 = with_db!(db, |e| sqlx::query_scalar("SELECT MIN(id) FROM submissions WHERE event_id = $1")
        .bind(night.id)
        .fetch_one(e)
        .await)?;
    let last: i64 = with_db!(db, |e| sqlx::query_scalar("SELECT MAX(id) FROM submissions").fetch_one(e).await)?;
    let first_copy = last + 1;
    // The talks: copies of the first, out of any lineup, each with its own link.
    let copies = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
        INSERT INTO submissions (chapter_id, token, state, name, email, appearance, stage_name, title, teaser,
            story_project, story_wrong, story_learned, story_differently, preferred_months, consent_photos,
            consent_recording, consent_slides, content_notes, coc_accepted_at, created_at, updated_at, decided_at,
            slides_use)
        SELECT chapter_id, token || '-' || i, state, 'Speaker ' || i, 'speaker' || i || '@example.org', appearance,
            stage_name, 'Talk number ' || i, teaser, story_project, story_wrong, story_learned, story_differently,
            preferred_months, consent_photos, consent_recording, consent_slides, content_notes, coc_accepted_at,
            created_at, updated_at, decided_at, slides_use
        FROM submissions, n WHERE submissions.id = $1";
    // Writes go through a transaction: on SQLite, that is the writer connection.
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |e| sqlx::query(copies).bind(template).bind(n as i64).execute(&mut *e).await.map(|_| ()))?;
    // The lessons, a thousand a statement.
    let now = chrono::Utc::now().timestamp_millis();
    let columns = "submission_id, chapter_id, event_id, state, drafted_by, lesson, happened, differently, \
                   language, year, created_at, updated_at, published_at";
    for batch in (0..n).collect::<Vec<_>>().chunks(1000) {
        let rows: Vec<String> = (0..batch.len())
            .map(|r| {
                let p = r * 8;
                format!(
                    "(${}, $1, $2, 'draft', 'speaker', ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
                    p + 3,
                    p + 4,
                    p + 5,
                    p + 6,
                    p + 7,
                    p + 8,
                    p + 9,
                    p + 9,
                    p + 10
                )
            })
            .collect();
        let sql = format!("INSERT INTO lessons ({columns}) VALUES {}", rows.join(", "));
        with_tx!(&mut tx, |e| {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.clone())).bind(chapter.id).bind(night.id);
            for &k in batch {
                let (a, b, rare) = words_of(k);
                let year = year_of(k, n);
                // Spread over the years, newest last.
                let at = now - ((n - k) as i64) * 60_000;
                q = q
                    .bind(first_copy + k as i64)
                    .bind(format!("Check the {a} before you trust the {b}: {rare} taught me that."))
                    .bind(format!(
                        "We had a {b} problem nobody saw. The {a} looked fine until {rare} happened, \
                         and by then the {} was gone.",
                        COMMON[(k % 13) as usize]
                    ))
                    .bind(format!("Talk about the {a} every week, and write down the {b}."))
                    .bind(["en", "en", "en", "es", "de"][(k % 5) as usize])
                    .bind(year)
                    .bind(at)
                    .bind(at);
            }
            q.execute(&mut *e).await.map(|_| ())
        })?;
    }
    // One or two topics each (by `id / 40`, so a topic is independent of the words, which
    // follow the lesson's number modulo 40).
    let topics = "INSERT INTO lesson_topics (lesson_id, topic)
        SELECT id, CASE (id / 40) % 10 WHEN 0 THEN 'team' WHEN 1 THEN 'money' WHEN 2 THEN 'product' WHEN 3 THEN 'customers'
            WHEN 4 THEN 'hiring' WHEN 5 THEN 'health' WHEN 6 THEN 'legal' WHEN 7 THEN 'growth' WHEN 8 THEN 'delivery'
            ELSE 'personal' END FROM lessons";
    with_tx!(&mut tx, |e| sqlx::query(topics).execute(&mut *e).await.map(|_| ()))?;
    let second = "INSERT INTO lesson_topics (lesson_id, topic)
        SELECT id, CASE id % 7 WHEN 0 THEN 'growth' WHEN 1 THEN 'delivery' ELSE 'personal' END FROM lessons
        WHERE id % 3 = 0 AND (id / 40) % 10 NOT IN (7, 8, 9)";
    with_tx!(&mut tx, |e| sqlx::query(second).execute(&mut *e).await.map(|_| ()))?;
    // Published last, with their topics: the search index takes each lesson once, whole
    // (its triggers write a lesson's entry again at every change of its topics).
    let publish = "UPDATE lessons SET state = 'published' WHERE state = 'draft' AND published_at IS NOT NULL";
    with_tx!(&mut tx, |e| sqlx::query(publish).execute(&mut *e).await.map(|_| ()))?;
    tx.commit().await?;
    // A library that grew over years has been vacuumed: without it, every lesson read here
    // walks the two dead versions the seeding's updates left behind (a third of the heap).
    if let Db::Postgres(pool) = db {
        sqlx::query("VACUUM ANALYZE").execute(pool).await?;
    }
    // Nor has SQLite's search index stayed in the pieces one bulk insert leaves: the server's
    // worker merges them (it is off in the benchmark).
    while failnight_submissions::lessons::tidy_index(db, failnight_submissions::lessons::TIDY_PAGES).await? {}
    Ok(started.elapsed())
}

/// The `i`-th question of a connection: a common and a rare word of one lesson (a few
/// matches, by relevance or newest first), one common word with a topic and a page (hundreds
/// or thousands of matches), or browsing a topic and year without words.
pub fn question(i: u64, n: u64) -> String {
    const TOPICS: [&str; 10] =
        ["team", "money", "product", "customers", "hiring", "health", "legal", "growth", "delivery", "personal"];
    let k = i.wrapping_mul(2_654_435_761) % n.max(1);
    let (a, _, rare) = words_of(k);
    match i % 5 {
        0 | 1 => {
            let sort = if i.is_multiple_of(2) { "relevant" } else { "newest" };
            format!("/lessons?q={a}+{rare}&sort={sort}")
        }
        // A common word is in at least one lesson in 20, a topic on one in 10 or more: pages
        // up to half of what such a search or a topic's year fills.
        2 | 3 => {
            let page = 1 + k / 400 % (n / 8_000).max(1);
            format!("/lessons?q={a}&topic={}&page={page}", TOPICS[(k / 40 % 10) as usize])
        }
        _ => {
            let page = 1 + k / 10 % (n / 4_400).max(1);
            format!("/lessons?topic={}&year={}&page={page}", TOPICS[(k % 10) as usize], year_of(k, n))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_words_are_distinct_and_questions_vary() {
        let words: std::collections::HashSet<String> = (0..10_000).map(rare).collect();
        assert_eq!(words.len(), 10_000);
        let questions: std::collections::HashSet<String> = (0..10_000).map(|i| question(i, 100_000)).collect();
        assert!(questions.len() > 6_000, "{}", questions.len());
    }
}
