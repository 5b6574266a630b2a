//! The `data-scale` scenario's data: a network after ten years, seeded with plain SQL in bulk at
//! a size `factor` (1.0: the sizes; 0.1: a tenth), so each page's cost can be compared
//! at two sizes.
//!
//! At 1.0: 300 chapters (51 at a tenth, so that the network view's page of 50 is full at both);
//! the busy one with 120 monthly past nights and 100,000 RSVPs over them (`insights::seed`), a
//! coming night with 5,000 guests and a lineup, 2,000 stories waiting for review; 1,000,000
//! delivered emails in the outbox.

use std::time::{Duration, Instant};

use failnight_core::{Db, Timestamp, with_db, with_tx};

use crate::{exports, insights, outbox, seed::Seeder};

/// Chapters the network view lists on a page.
const NETWORK_PAGE: i64 = 50;

/// What the pages are asked about.
pub struct Seeded {
    /// The coming night with its guests (the event page, the host's night page, the door).
    pub night: i64,
    /// Another coming night of the chapter, edited to make the event page render again.
    pub other: i64,
    /// An owner's session cookie value and full API token.
    pub session: String,
    pub token: String,
    pub guests: i64,
    /// Chapters in the network.
    pub chapters: i64,
    pub seeding: Duration,
}

pub async fn seed(seeder: &Seeder, db: &Db, factor: f64) -> anyhow::Result<Seeded> {
    let started = Instant::now();
    let scaled = |n: f64| (n * factor).round() as i64;
    let (guests, stories) = (scaled(5_000.0), scaled(2_000.0));
    let chapter = seeder.chapter("bench").await?;
    let night = seeder.night(&chapter, "Failure Night: The Big Room", guests * 2, 30, None).await?;
    let other = seeder.night(&chapter, "Failure Night: Next Month", 60, 60, None).await?;
    seeder.lineup(&chapter, &night).await?;
    let session = seeder.host_session(&chapter).await?;
    let token = seeder.owner_token(&chapter).await?;
    exports::seed_night(db, &night, guests).await?;
    // The network view lists 50 chapters a page (`host::network::NETWORK_PAGE`): a tenth of 300
    // would be a shorter page, which compares the page's length, not the data's size.
    let chapters = scaled(300.0).max(NETWORK_PAGE + 1);
    insights::seed(db, &chapter, &night, scaled(100_000.0), chapters - 1).await?;
    waiting_stories(db, night.id, stories).await?;
    let now = Timestamp::from_utc(chrono::Utc::now());
    outbox::seed(db, 0, scaled(1_000_000.0), 0, now).await?;
    if let Db::Postgres(pool) = db {
        sqlx::query("VACUUM ANALYZE").execute(pool).await?;
    }
    Ok(Seeded { night: night.id, other: other.id, session, token, guests, chapters, seeding: started.elapsed() })
}

/// `n` stories waiting for review: copies of the night's first talk, submitted, in no lineup.
async fn waiting_stories(db: &Db, night: i64, n: i64) -> anyhow::Result<()> {
    let template: i64 = with_db!(db, |e| sqlx::query_scalar("SELECT MIN(id) FROM submissions WHERE event_id = $1")
        .bind(night)
        .fetch_one(e)
        .await)?;
    let copies = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
        INSERT INTO submissions (chapter_id, token, state, name, email, appearance, stage_name, title, teaser,
            story_project, story_wrong, story_learned, story_differently, preferred_months, consent_photos,
            consent_recording, consent_slides, content_notes, coc_accepted_at, created_at, updated_at, slides_use)
        SELECT chapter_id, token || '-w' || i, 'submitted', 'Speaker ' || i, 'speaker' || i || '@example.org',
            appearance, stage_name, 'Waiting talk ' || i, teaser, story_project, story_wrong, story_learned,
            story_differently, preferred_months, consent_photos, consent_recording, consent_slides, content_notes,
            coc_accepted_at, created_at - i * 60000, updated_at - i * 60000, slides_use
        FROM submissions, n WHERE submissions.id = $1";
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |e| sqlx::query(copies).bind(template).bind(n).execute(&mut *e).await.map(|_| ()))?;
    tx.commit().await?;
    Ok(())
}
