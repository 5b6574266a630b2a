//! The `network-friday` scenario's data: the first Friday of a month across the network. 300
//! chapters, each with a monthly series (first Friday, 19:00) whose nights nobody has created
//! yet, so the servers' series worker creates them all when it starts; and 50 of those chapters
//! with a night starting in two hours, its guests due their reminder the moment the reminder
//! worker first looks.

use std::time::{Duration, Instant};

use failnight_app::services::{self, Actor};
use failnight_core::{Db, outbox::keys, with_db};
use failnight_scheduling::{series, series::SeriesInput, venues::VenueInput};

use crate::seed::Seeder;

pub const CHAPTERS: usize = 300;
pub const NIGHTS: usize = 50;

pub struct Seeded {
    /// The 50 nights starting in two hours.
    pub nights: Vec<i64>,
    /// The nights the series worker must create (the same materialisation, run and undone).
    pub series_nights: i64,
    pub seeding: Duration,
}

pub async fn seed(seeder: &Seeder, db: &Db, guests: i64) -> anyhow::Result<Seeded> {
    let started = Instant::now();
    let per_night = guests / NIGHTS as i64;
    anyhow::ensure!(per_night * NIGHTS as i64 == guests, "--friday-guests must be a multiple of {NIGHTS}");
    let ctx = &seeder.ctx;
    let (mut nights, mut series_nights) = (Vec::with_capacity(NIGHTS), 0);
    for c in 0..CHAPTERS {
        let chapter = seeder.chapter(&format!("city-{c:03}")).await?;
        let venue = VenueInput {
            name: Some("Kiez Bar".into()),
            address: Some("Weserstraße 1, 12047 Berlin".into()),
            capacity: Some(Some(80)),
            ..VenueInput::default()
        };
        let venue =
            services::create_venue(ctx, Actor::System, &chapter, &venue).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let input = SeriesInput {
            title: Some("Failure Night".into()),
            description: Some("Stories of things that went wrong, told on stage.".into()),
            venue_id: Some(venue.id),
            start_time: Some("19:00".into()),
            rrule: Some("FREQ=MONTHLY;BYDAY=1FR".into()),
            ..SeriesInput::default()
        };
        let now = ctx.clock.now();
        // The series alone, as if its nights were still to come: the worker's job.
        let mut tx = db.begin().await?;
        let created = series::create(&mut tx, &chapter, &input, now).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
        tx.commit().await?;
        let mut tx = db.begin().await?;
        let horizon = now + ctx.options.series_horizon;
        series_nights += series::materialise(&mut tx, &chapter, &created, horizon, "bench", now).await?.len() as i64;
        tx.rollback().await?;
        if c < NIGHTS {
            let night = seeder.night(&chapter, "Failure Night: Friday", per_night, 0, Some(120)).await?;
            seeder.confirmed_guests(&night, per_night).await?;
            nights.push(night.id);
        }
    }
    Ok(Seeded { nights, series_nights, seeding: started.elapsed() })
}

/// The nights the series worker has created so far.
pub async fn series_nights(db: &Db) -> anyhow::Result<i64> {
    Ok(with_db!(db, |e| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM events WHERE series_id IS NOT NULL")
        .fetch_one(e)
        .await)?)
}

/// The reminder emails in the outbox, and how many of them are marked sent.
pub async fn reminders(db: &Db) -> anyhow::Result<(i64, i64)> {
    let pattern = keys::all_reminders();
    Ok(with_db!(db, |e| sqlx::query_as::<_, (i64, i64)>(
        "SELECT COUNT(*), COUNT(sent_at) FROM outbox WHERE idempotency_key LIKE $1"
    )
    .bind(pattern.as_str())
    .fetch_one(e)
    .await)?)
}
