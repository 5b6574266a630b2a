//! Webhooks (see `failnight_core::webhooks` and `failnight_webhooks`): a chapter's owners
//! register endpoints, pause, resume or remove them, roll their secret and send a delivery
//! again; the job posts what is due, tells the owners when an endpoint is paused, and deletes
//! deliveries past [`webhooks::KEEP_DAYS`].

use failnight_core::{
    FieldErrors, Message, Timestamp, outbox,
    webhooks::{self, Change, Delivery, Endpoint, Kind},
};
use failnight_reminders::compose;
use failnight_scheduling::{Chapter, chapters};
pub use failnight_webhooks::Pass;
use failnight_webhooks::Refusal;

use crate::{
    Context, Error, accounts,
    services::{Actor, audit, commit},
};

/// A new endpoint as an owner typed it.
#[derive(Debug, Clone, Default)]
pub struct NewEndpoint {
    pub url: String,
    pub description: String,
    pub kinds: Vec<Kind>,
}

/// The message of a refused URL, for the `url` field.
fn refused(refusal: &Refusal) -> Message {
    match refusal {
        Refusal::Url(_) => Message::new("error-webhook-url"),
        Refusal::NotPublic { host, address } if *host == address.to_string() => {
            Message::new("error-webhook-url-not-public-ip").arg("address", address.to_string())
        }
        Refusal::NotPublic { host, address } => {
            Message::new("error-webhook-url-not-public").arg("host", host.clone()).arg("address", address.to_string())
        }
        Refusal::Unresolved(host) => Message::new("error-webhook-url-unresolved").arg("host", host.clone()),
    }
}

/// Registers an endpoint: an `http(s)` URL of a public address (a name is resolved now, and
/// again at every delivery), a description of at most 200 characters, at least one kind of
/// event. Answers it with its secret, which the pages show this once.
pub async fn create_endpoint(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    new: &NewEndpoint,
) -> Result<Endpoint, Error> {
    let mut errors = FieldErrors::new();
    let description = errors.text("description", &new.description, 200);
    let url = match ctx.webhooks.policy().check_resolved(&new.url).await {
        Ok(url) if url.as_str().len() <= 2000 => Some(url),
        Ok(_) => {
            errors.add("url", Message::new("error-too-long").arg("max", 2000));
            None
        }
        Err(refusal) => {
            errors.add("url", refused(&refusal));
            None
        }
    };
    if new.kinds.is_empty() {
        errors.add("events", "error-webhook-no-events");
    }
    errors.into_result()?;
    let url = url.expect("checked");
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let endpoint =
        webhooks::create(&mut tx, chapter.id, url.as_str(), &description, &new.kinds, Timestamp::from_utc(now)).await?;
    audit(&mut tx, chapter.id, actor, "webhook added", &format!("#{} {}", endpoint.id, endpoint.url), now).await?;
    commit(ctx, tx, false).await?;
    Ok(endpoint)
}

/// The chapter's endpoint `id` and the kinds it receives.
pub async fn endpoint(ctx: &Context, chapter: &Chapter, id: i64) -> Result<(Endpoint, Vec<Kind>), Error> {
    webhooks::get(&ctx.db, chapter.id, id).await?.ok_or(Error::NotFound("error-no-webhook".into()))
}

/// The endpoint's last deliveries (at most `limit`, newest first).
pub async fn deliveries(ctx: &Context, chapter: &Chapter, id: i64, limit: i64) -> Result<Vec<Delivery>, Error> {
    endpoint(ctx, chapter, id).await?;
    Ok(webhooks::deliveries(&ctx.db, id, limit).await?)
}

/// Pauses or resumes endpoint `id`, or gives it a new secret (answered with it, to show once).
/// Resuming sends what waited at once.
pub async fn change_endpoint(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    id: i64,
    change: &Change,
) -> Result<Endpoint, Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    let endpoint = webhooks::change(&mut tx, chapter.id, id, change, Timestamp::from_utc(now))
        .await?
        .ok_or(Error::NotFound("error-no-webhook".into()))?;
    let action = match change.paused {
        Some(true) => "webhook paused",
        Some(false) => "webhook resumed",
        None => "webhook secret rolled",
    };
    audit(&mut tx, chapter.id, actor, action, &format!("#{id}"), now).await?;
    commit(ctx, tx, false).await?;
    if change.paused == Some(false) {
        ctx.webhook_wake.notify_one();
    }
    Ok(endpoint)
}

/// Removes endpoint `id` and its deliveries.
pub async fn delete_endpoint(ctx: &Context, actor: Actor, chapter: &Chapter, id: i64) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !webhooks::delete(&mut tx, chapter.id, id).await? {
        return Err(Error::NotFound("error-no-webhook".into()));
    }
    audit(&mut tx, chapter.id, actor, "webhook removed", &format!("#{id}"), now).await?;
    commit(ctx, tx, false).await
}

/// Sends delivery `delivery` of endpoint `id` again now (the same event id).
pub async fn redeliver(ctx: &Context, actor: Actor, chapter: &Chapter, id: i64, delivery: i64) -> Result<(), Error> {
    endpoint(ctx, chapter, id).await?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    match webhooks::redeliver(&mut tx, id, delivery, Timestamp::from_utc(now)).await? {
        None => return Err(Error::NotFound("error-no-webhook-delivery".into())),
        Some(false) => return Err(Error::Conflict("delivery_busy", "error-webhook-delivery-busy".into())),
        Some(true) => {}
    }
    audit(&mut tx, chapter.id, actor, "webhook redelivered", &format!("#{id}: {delivery}"), now).await?;
    commit(ctx, tx, false).await?;
    ctx.webhook_wake.notify_one();
    Ok(())
}

/// One pass of the webhooks' job: posts what is due and tells the owners of each endpoint it
/// paused.
pub async fn run_once(ctx: &Context) -> Result<Pass, Error> {
    let pass = ctx.webhooks.run_once().await?;
    for id in &pass.paused {
        tell_paused(ctx, *id).await?;
    }
    Ok(pass)
}

/// Deletes deliveries older than [`webhooks::KEEP_DAYS`]; how many.
pub async fn prune(ctx: &Context) -> Result<u64, Error> {
    let before = ctx.clock.now() - chrono::Duration::days(webhooks::KEEP_DAYS);
    Ok(webhooks::prune(&ctx.db, Timestamp::from_utc(before)).await?)
}

/// Emails the owners of endpoint `id`'s chapter that it is paused (once per pause).
async fn tell_paused(ctx: &Context, id: i64) -> Result<(), Error> {
    let chapter_id = webhooks::chapter_of(&ctx.db, id).await?;
    let Some(chapter) = (match chapter_id {
        Some(chapter_id) => chapters::by_id(&ctx.db, chapter_id).await?,
        None => None,
    }) else {
        return Ok(());
    };
    let Some((endpoint, _)) = webhooks::get(&ctx.db, chapter.id, id).await? else { return Ok(()) };
    let Some(paused_at) = endpoint.paused_at else { return Ok(()) };
    let page = format!("{}/host/c/{}/webhooks/{}", ctx.base_url(), chapter.slug, id);
    let mut tx = ctx.db.begin().await?;
    let mut queued = false;
    for owner in accounts::owners_tx(&mut tx, chapter.id).await? {
        let email = compose::webhook_paused(
            &ctx.sender,
            chapter.language,
            &chapter.name,
            (&owner.email, owner.host_id),
            (id, &endpoint.url),
            paused_at,
            &page,
        );
        queued |= outbox::enqueue(&mut tx, &email, Timestamp::from_utc(ctx.clock.now())).await?;
    }
    tracing::warn!(endpoint = id, chapter = chapter.id, "webhook endpoint paused after failing again and again");
    commit(ctx, tx, queued).await
}
