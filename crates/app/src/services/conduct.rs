//! The code of conduct's reports (`scheduling::conduct`): anyone files one, privately; the
//! chapter's owners are told that there is one (never what it says: an email is not the place
//! for it) and read and answer it in the host pages; it is deleted a year after it was made.

use failnight_core::{Timestamp, outbox};
use failnight_reminders::compose;
use failnight_scheduling::{
    Chapter,
    conduct::{self, NewReport, Report, ReportStatus},
};

use crate::{
    Context, Error, accounts,
    services::{Actor, audit, commit},
};

/// Files a report for `chapter` and emails its owners that there is one.
pub async fn report(ctx: &Context, chapter: &Chapter, new: &NewReport) -> Result<Report, Error> {
    let now = ctx.clock.timestamp();
    let mut tx = ctx.db.begin().await?;
    let report = conduct::create(&mut tx, chapter.id, new, now).await?;
    let page = format!("{}/host/c/{}/reports/{}", ctx.base_url(), chapter.slug, report.id);
    let mut queued = false;
    for owner in accounts::owners_tx(&mut tx, chapter.id).await? {
        let email = compose::conduct_report(
            &ctx.sender,
            chapter.language,
            &chapter.name,
            (&owner.email, owner.host_id),
            report.id,
            &page,
        );
        queued |= outbox::enqueue(&mut tx, &email, now).await?;
    }
    commit(ctx, tx, queued).await?;
    Ok(report)
}

/// An owner sets a report's status and note.
pub async fn update_report(
    ctx: &Context,
    actor: Actor,
    chapter: &Chapter,
    id: i64,
    status: ReportStatus,
    note: &str,
) -> Result<(), Error> {
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if !conduct::update(&mut tx, chapter.id, id, status, note, Timestamp::from_utc(now)).await? {
        return Err(Error::NotFound("error-no-report".into()));
    }
    // Which report and its status only: what it says stays in its own table.
    audit(&mut tx, chapter.id, actor, "conduct report updated", &format!("#{id}: {}", status.as_str()), now).await?;
    commit(ctx, tx, false).await
}

/// Deletes the reports past [`conduct::KEEP_DAYS`]; how many.
pub async fn run_jobs(ctx: &Context) -> Result<u64, Error> {
    let before = ctx.clock.now() - chrono::Duration::days(conduct::KEEP_DAYS);
    Ok(conduct::forget_before(&ctx.db, Timestamp::from_utc(before)).await?)
}
