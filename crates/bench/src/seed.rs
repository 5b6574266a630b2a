//! Seeding through the library code the server itself runs (the use cases of `failnight-app`
//! and the domain crates), against the scenario's database before its server starts. Stories and the
//! lineup have no bearer-token API (hosts drive them from signed-in pages), so this is the
//! one way that needs no browser session; everything else would work over the API too, but
//! one way for all is simpler and faster. Only the 20,000 guests of the reminders night are
//! written with plain SQL (one transaction), as a booking burst would leave them.

use std::sync::Arc;

use anyhow::Context;
use chrono::{Duration, Utc};
use failnight_app::services::{self, Actor, stories as story_services};
use failnight_core::{Db, SystemClock, Timestamp, outbox::keys::Pattern, with_tx};
use failnight_scheduling::{
    Chapter, EventDetails,
    chapters::NewChapter,
    events::{NewEvent, VenueChoice},
};
use failnight_submissions::{
    Action, StorySettings,
    settings::SettingsInput,
    stories::{State, StoryInput},
};
use failnight_ticketing::NewRsvp;

pub struct Seeder {
    pub ctx: failnight_app::Context,
}

fn error(e: failnight_app::Error) -> anyhow::Error {
    anyhow::anyhow!("{e:?}")
}

impl Seeder {
    pub fn new(db: Db) -> Seeder {
        let sender = failnight_reminders::Sender {
            from_name: "failnight".into(),
            from_email: "failnight@localhost".into(),
            base_url: "http://127.0.0.1".into(),
        };
        let ctx = failnight_app::Context::new(db, Arc::new(SystemClock), sender, None, Default::default());
        Seeder { ctx }
    }

    pub async fn chapter(&self, slug: &str) -> anyhow::Result<Chapter> {
        let new = NewChapter {
            slug: slug.into(),
            name: format!("Failure Night {slug}"),
            timezone: "Europe/Berlin".into(),
            description: "Stories of things that went wrong, told on stage.".into(),
            language: String::new(),
        };
        services::create_chapter(&self.ctx, Actor::System, &new).await.map_err(error)
    }

    /// A published night at 19:00 Berlin time, `days` ahead (or starting in `minutes` when given).
    pub async fn night(
        &self,
        chapter: &Chapter,
        title: &str,
        capacity: i64,
        days: i64,
        minutes: Option<i64>,
    ) -> anyhow::Result<EventDetails> {
        let tz: chrono_tz::Tz = "Europe/Berlin".parse().expect("a zone");
        let (starts, ends) = match minutes {
            Some(m) => {
                let start = (Utc::now() + Duration::minutes(m)).with_timezone(&tz);
                let end = start + Duration::hours(3);
                (start.format("%Y-%m-%dT%H:%M").to_string(), end.format("%Y-%m-%dT%H:%M").to_string())
            }
            None => {
                let day = (Utc::now() + Duration::days(days)).with_timezone(&tz).date_naive();
                (format!("{day}T19:00"), format!("{day}T22:00"))
            }
        };
        let new = NewEvent {
            title: title.into(),
            description: "Four stories of things that went wrong, and what came of them.\nDoors at 18:30.".into(),
            starts_local: starts,
            ends_local: ends,
            timezone: None,
            venue: VenueChoice::Inline { name: "Kiez Bar".into(), address: "Weserstraße 1, 12047 Berlin".into() },
            capacity: Some(capacity),
            publish: true,
        };
        services::create_event(&self.ctx, Actor::System, chapter, &new).await.map_err(error)
    }

    /// Four confirmed talks placed in the night's lineup, through the call for stories.
    pub async fn lineup(&self, chapter: &Chapter, night: &EventDetails) -> anyhow::Result<()> {
        let mut settings = SettingsInput::of(&StorySettings::defaults(chapter.id));
        settings.call_open = true;
        story_services::save_settings(&self.ctx, Actor::System, chapter, &settings).await.map_err(error)?;
        for (n, name) in ["Ada", "Grace", "Linus", "Margaret"].into_iter().enumerate() {
            let input = StoryInput {
                name: name.into(),
                email: format!("speaker{n}@example.org"),
                appearance: "real_name".into(),
                title: format!("{name}'s failure"),
                teaser: "The night the deploy went out on a Friday.".into(),
                story_project: "A project.".into(),
                story_wrong: "It went wrong.".into(),
                story_learned: "A lesson.".into(),
                story_differently: "Everything.".into(),
                consent_photos: "ask".into(),
                consent_recording: "ask".into(),
                consent_slides: "ask".into(),
                accept_coc: true,
                ..StoryInput::default()
            };
            let story = story_services::submit(&self.ctx, chapter, &input).await.map_err(error)?;
            let story = story_services::decide(&self.ctx, Actor::System, chapter, &story, Action::Accept)
                .await
                .map_err(error)?;
            let story = story_services::respond(&self.ctx, &story, Action::Confirm).await.map_err(error)?;
            anyhow::ensure!(story.state() == State::Confirmed, "the talk is confirmed");
            story_services::place(&self.ctx, Actor::System, chapter, &story, night.id).await.map_err(error)?;
        }
        Ok(())
    }

    /// A signed-in owner of `chapter`: the session cookie's token.
    pub async fn host_session(&self, chapter: &Chapter) -> anyhow::Result<String> {
        use failnight_app::{Role, accounts};
        let now = self.ctx.clock.timestamp();
        let mut tx = self.ctx.db.begin().await?;
        let host = accounts::host_id_for(&mut tx, "host@example.org", now).await.map_err(error)?;
        accounts::set_role(&mut tx, chapter.id, host, Role::Owner, now).await?;
        let token = accounts::create_session(&mut tx, host, now).await?;
        tx.commit().await?;
        Ok(token)
    }

    /// A `door`-scoped API token of a chapter owner (the door phones' credential).
    pub async fn door_token(&self, chapter: &Chapter) -> anyhow::Result<String> {
        self.owners_token(chapter, "door@example.org", failnight_app::accounts::TokenScope::Door).await
    }

    /// A full-scope API token of the chapter's owner (`host@example.org`).
    pub async fn owner_token(&self, chapter: &Chapter) -> anyhow::Result<String> {
        self.owners_token(chapter, "host@example.org", failnight_app::accounts::TokenScope::Full).await
    }

    /// An API token of `scope` of `email`, made an owner of `chapter`.
    async fn owners_token(
        &self,
        chapter: &Chapter,
        email: &str,
        scope: failnight_app::accounts::TokenScope,
    ) -> anyhow::Result<String> {
        use failnight_app::{Role, accounts};
        let now = self.ctx.clock.timestamp();
        let mut tx = self.ctx.db.begin().await?;
        let host = accounts::host_id_for(&mut tx, email, now).await.map_err(error)?;
        accounts::set_role(&mut tx, chapter.id, host, Role::Owner, now).await?;
        let token = accounts::create_token(&mut tx, host, "bench", scope, None, now).await?;
        tx.commit().await?;
        Ok(token)
    }

    /// `n` RSVPs through the booking use case.
    pub async fn rsvps(&self, night: &EventDetails, n: usize) -> anyhow::Result<()> {
        for i in 0..n {
            let new = NewRsvp {
                name: format!("Guest {i}"),
                email: format!("guest{i}@example.org"),
                plus_ones: 0,
                language: None,
                accepts_code_of_conduct: true,
            };
            services::rsvp(&self.ctx, night.id, &new).await.map_err(error)?;
        }
        Ok(())
    }

    /// `n` confirmed guests written in one transaction (no confirmation emails: they booked a
    /// day ago, before the reminder's moment and after "still coming?" questions were sent),
    /// with the night's seat counter to match.
    pub async fn confirmed_guests(&self, night: &EventDetails, n: i64) -> anyhow::Result<()> {
        let now = Timestamp::from_utc(Utc::now() - Duration::days(1));
        let mut tx = self.ctx.db.begin().await?;
        for i in 0..n {
            with_tx!(&mut tx, |c| sqlx::query(
                "INSERT INTO rsvps (event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code)
                 VALUES ($1, $2, $3, 'confirmed', $4, $5, $5, 0, $6)"
            )
            .bind(night.id)
            .bind(format!("Guest {i}"))
            .bind(format!("guest{i}@example.org"))
            .bind(failnight_core::token::new_token())
            .bind(now)
            .bind(failnight_core::token::new_token())
            .execute(&mut *c)
            .await
            .map(|_| ()))
            .context("while inserting guests")?;
        }
        with_tx!(&mut tx, |c| sqlx::query("UPDATE seat_counts SET confirmed = $2 WHERE event_id = $1")
            .bind(night.id)
            .bind(n)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
        tx.commit().await?;
        Ok(())
    }
}

/// Every guest of a night, in booking order: their ticket token and their check-in code.
pub async fn guests(db: &Db, event_id: i64) -> anyhow::Result<Vec<(String, String)>> {
    Ok(failnight_core::with_db!(db, |e| sqlx::query_as(
        "SELECT token, checkin_code FROM rsvps WHERE event_id = $1 ORDER BY id"
    )
    .bind(event_id)
    .fetch_all(e)
    .await)?)
}

/// One BIGINT from a query (the same text runs on both backends).
pub async fn count(db: &Db, sql: &str, event_id: i64) -> anyhow::Result<i64> {
    Ok(failnight_core::with_db!(db, |e| sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.to_string()))
        .bind(event_id)
        .fetch_one(e)
        .await)?)
}

/// [`count`] with a second parameter, `$2`: the outbox key pattern of the emails counted.
pub async fn count_emails(db: &Db, sql: &str, event_id: i64, keys: &Pattern) -> anyhow::Result<i64> {
    Ok(failnight_core::with_db!(db, |e| sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.to_string()))
        .bind(event_id)
        .bind(keys.as_str())
        .fetch_one(e)
        .await)?)
}
