//! The speaker's deck: images processed in the request (under a deadline), a PDF stored for
//! the render job, which renders it in a child process (`failnight render-pdf`) with a CPU,
//! memory and wall-clock limit, so no PDF can hang a worker or eat the server's memory.
//!
//! Nothing of a deck is ever logged: neither names, nor sizes, nor hashes; the audit log says
//! the story's `#id`. Every refusal stores nothing.

use std::{process::Stdio, time::Duration};

use failnight_core::{Message, Timestamp, Tx};
use failnight_media::{Encoded, MediaError};
use failnight_scheduling::events;
use failnight_submissions::{
    Submission, settings,
    slides::{self, NewImage},
    stories,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{Actor, audit, commit};
use crate::{Context, error::Error};

/// The most files one upload may carry, whatever the chapter's format (a bound on work before
/// the format is even read: 200 files are refused at once).
pub const MAX_FILES: usize = 40;
/// The longest images may take to process in a request.
pub const IMAGE_DEADLINE: Duration = Duration::from_secs(20);
/// How long a claimed PDF is held by one render job (longer than its deadline).
const LEASE: Duration = Duration::from_secs(300);

/// What the speaker sent: files in the order they are to be shown.
#[derive(Clone)]
pub struct Upload {
    pub files: Vec<Vec<u8>>,
}

impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upload").field("files", &self.files.len()).finish()
    }
}

fn invalid(message: impl Into<Message>) -> Error {
    failnight_core::Invalid::field("slides", message).into()
}

fn media(error: MediaError, file: usize, of: usize) -> Error {
    let reason = media_message(&error);
    if of > 1 {
        invalid(Message::new("error-slides-file").arg("file", file).arg("of", of).arg("reason", reason))
    } else {
        invalid(reason)
    }
}

/// Why the media crate refused a file, as a message of ours.
fn media_message(error: &MediaError) -> Message {
    match *error {
        MediaError::TooLarge { limit } => Message::new("error-media-too-large").arg("mb", limit / (1024 * 1024)),
        MediaError::NotAnImage => Message::new("error-media-not-image"),
        MediaError::TooManyPixels { width, height } => Message::new("error-media-pixels")
            .arg("width", width)
            .arg("height", height)
            .arg("side", failnight_media::MAX_SIDE)
            .arg("megapixels", failnight_media::MAX_PIXELS / 1_000_000),
        MediaError::Broken => Message::new("error-media-broken"),
        MediaError::NotAPdf => Message::new("error-media-not-pdf"),
        MediaError::BrokenPdf => Message::new("error-media-broken-pdf"),
        MediaError::TooManyPages { pages, limit } => {
            Message::new("error-media-pages").arg("pages", pages).arg("limit", limit)
        }
        MediaError::NoPages => Message::new("error-media-no-pages"),
        MediaError::PageSize { page } => Message::new("error-media-page-size").arg("page", page),
        MediaError::Encode => Message::new("error-media-encode"),
    }
}

/// A transaction on the story as it is now, refused unless the speaker may change their deck
/// (see `submissions::slides::check_open`).
async fn begin_open(ctx: &Context, story: &Submission) -> Result<Tx, Error> {
    let mut tx = ctx.db.begin().await?;
    let current = stories::get(&mut tx, story.id).await?.ok_or(Error::NotFound("error-no-story".into()))?;
    let start = match current.event_id {
        Some(id) => events::get(&mut tx, id).await?.map(|e| e.starts_at),
        None => None,
    };
    slides::check_open(&current, start, ctx.clock.timestamp())?;
    Ok(tx)
}

/// The speaker uploads their deck: images (each a slide, in the order given) or one PDF
/// (rendered later by the job; the current deck stays until it is). Returns whether a PDF was
/// queued.
pub async fn upload(ctx: &Context, story: &Submission, upload: Upload) -> Result<bool, Error> {
    let files = upload.files;
    if files.is_empty() {
        return Err(invalid("error-slides-none"));
    }
    if files.len() > MAX_FILES {
        return Err(invalid(Message::new("error-slides-too-many-files").arg("count", files.len())));
    }
    if files.len() == 1 && failnight_media::is_pdf(&files[0]) {
        let pdf = &files[0];
        if pdf.len() > failnight_media::MAX_PDF_BYTES {
            return Err(media(MediaError::TooLarge { limit: failnight_media::MAX_PDF_BYTES }, 1, 1));
        }
        let mut tx = begin_open(ctx, story).await?;
        slides::queue_pdf(&mut tx, story.id, pdf, ctx.clock.timestamp()).await?;
        audit(
            &mut tx,
            story.chapter_id,
            Actor::System,
            "slides uploaded (PDF)",
            &format!("#{}", story.id),
            ctx.clock.now(),
        )
        .await?;
        tx.commit().await?;
        ctx.deck_wake.notify_one();
        return Ok(true);
    }
    // Images: the cheap checks first (the story may upload, the count fits), so a refusal
    // costs no decoding; checked again when the processed deck is written.
    {
        let mut tx = begin_open(ctx, story).await?;
        let format = settings::get(&mut tx, story.chapter_id).await?;
        tx.rollback().await?;
        slides::check_count(files.len(), &format)?;
    }
    let count = files.len();
    let processed = tokio::time::timeout(
        IMAGE_DEADLINE,
        tokio::task::spawn_blocking(move || {
            files
                .iter()
                .enumerate()
                .map(|(i, bytes)| failnight_media::process_image(bytes).map_err(|e| media(e, i + 1, count)))
                .collect::<Result<Vec<Encoded>, Error>>()
        }),
    )
    .await
    .map_err(|_| invalid("These images took too long to process; try smaller ones."))?
    .map_err(Error::internal)??;
    let mut tx = begin_open(ctx, story).await?;
    store_deck(&mut tx, story.id, &processed, ctx.clock.timestamp()).await?;
    audit(&mut tx, story.chapter_id, Actor::System, "slides uploaded", &format!("#{}", story.id), ctx.clock.now())
        .await?;
    commit(ctx, tx, false).await?;
    Ok(false)
}

async fn store_deck(tx: &mut Tx, story_id: i64, images: &[Encoded], now: Timestamp) -> Result<(), Error> {
    let rows: Vec<NewImage<'_>> = images
        .iter()
        .map(|e| NewImage {
            hash: &e.hash,
            media_type: e.media_type,
            width: i64::from(e.width),
            height: i64::from(e.height),
            bytes: &e.bytes,
        })
        .collect();
    Ok(slides::replace(tx, story_id, &rows, now).await?)
}

/// The speaker removes their deck (and a PDF waiting to be rendered).
pub async fn remove(ctx: &Context, story: &Submission) -> Result<(), Error> {
    let mut tx = begin_open(ctx, story).await?;
    slides::replace(&mut tx, story.id, &[], ctx.clock.timestamp()).await?;
    audit(&mut tx, story.chapter_id, Actor::System, "slides removed", &format!("#{}", story.id), ctx.clock.now())
        .await?;
    commit(ctx, tx, false).await
}

/// Renders the PDFs waiting, one at a time, each in a child process under the limits; returns
/// how many were handled (rendered or refused). Safe on any number of workers: each upload is
/// claimed with a lease.
pub async fn run_jobs(ctx: &Context) -> Result<usize, Error> {
    let mut handled = 0;
    loop {
        let now = ctx.clock.timestamp();
        let mut tx = ctx.db.begin().await?;
        let claimed = slides::claim_pdf(&mut tx, now, now.plus_millis(LEASE.as_millis() as i64)).await?;
        tx.commit().await?;
        let Some(pending) = claimed else { return Ok(handled) };
        handled += 1;
        let limit = {
            let story = stories::get(&ctx.db, pending.submission_id).await?;
            match story {
                Some(story) => {
                    usize::try_from(settings::get(&ctx.db, story.chapter_id).await?.slides_per_talk).unwrap_or(0)
                }
                None => continue, // deleted meanwhile: its upload went with it
            }
        };
        let outcome = if pending.attempts > slides::MAX_ATTEMPTS {
            Err("The PDF could not be rendered. Export it again, or upload the slides as images.".to_string())
        } else {
            render(ctx, pending.pdf.clone(), limit).await
        };
        let mut tx = ctx.db.begin().await?;
        match outcome {
            Ok(images) => {
                if slides::finish_pdf(&mut tx, pending.id).await? {
                    store_deck(&mut tx, pending.submission_id, &images, ctx.clock.timestamp()).await?;
                }
            }
            Err(message) => slides::fail_pdf(&mut tx, pending.id, &message).await?,
        }
        tx.commit().await?;
    }
}

/// Renders a PDF in `failnight render-pdf` (see `Options::pdf_renderer`): the child limits its
/// own address space and CPU time, and is killed at the wall-clock deadline. Errors are the
/// sentence the speaker reads.
async fn render(ctx: &Context, pdf: Vec<u8>, max_pages: usize) -> Result<Vec<Encoded>, String> {
    const UNAVAILABLE: &str = "PDF decks cannot be rendered on this server; upload the slides as images.";
    let Some(program) = ctx.options.pdf_renderer.as_ref() else { return Err(UNAVAILABLE.into()) };
    let deadline = ctx.options.pdf_deadline;
    let mut child = tokio::process::Command::new(program)
        .arg("render-pdf")
        .arg(max_pages.to_string())
        .arg(deadline.as_secs().max(1).to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|error| {
            tracing::error!(%error, "cannot start the PDF renderer");
            UNAVAILABLE.to_string()
        })?;
    let mut stdin = child.stdin.take().ok_or(UNAVAILABLE)?;
    let mut stdout = child.stdout.take().ok_or(UNAVAILABLE)?;
    let work = async move {
        let write = async move {
            // A renderer that stops reading (it refused the PDF early) is not an error here.
            let _ = stdin.write_all(&pdf).await;
            drop(stdin);
        };
        let mut out = Vec::new();
        let mut limited = (&mut stdout).take(failnight_media::MAX_RENDER_OUTPUT as u64 + 1);
        let (_, read) = tokio::join!(write, limited.read_to_end(&mut out));
        read.map(|_| out)
    };
    let too_slow = || {
        format!(
            "The PDF took longer than {} seconds to render. Export it again with simpler pages, or upload the slides as images.",
            deadline.as_secs()
        )
    };
    let out = match tokio::time::timeout(deadline, work).await {
        Ok(Ok(out)) => out,
        Ok(Err(_)) => return Err(UNAVAILABLE.into()),
        Err(_) => {
            let _ = child.kill().await;
            return Err(too_slow());
        }
    };
    let status = tokio::time::timeout(Duration::from_secs(5), child.wait()).await;
    let _ = child.kill().await;
    match failnight_media::frames::read(&out) {
        Some(result) => result,
        None => {
            let exited_cleanly = matches!(status, Ok(Ok(status)) if status.success());
            Err(if exited_cleanly {
                UNAVAILABLE.into()
            } else {
                "The PDF could not be rendered within our limits (time or memory). Export it again with simpler pages, or upload the slides as images.".into()
            })
        }
    }
}

/// An uploaded photo (a cover, a speaker's) through `process`, off the async threads and
/// within [`IMAGE_DEADLINE`]; none, too slow or refused by the media crate is an error of the
/// form's `field`, saying why.
pub(crate) async fn photo<T: Send + 'static>(
    field: &'static str,
    bytes: Vec<u8>,
    process: fn(&[u8]) -> Result<T, MediaError>,
) -> Result<T, Error> {
    let refused = |message: Message| -> Error { failnight_core::Invalid::field(field, message).into() };
    if bytes.is_empty() {
        return Err(refused("error-photo-none".into()));
    }
    tokio::time::timeout(IMAGE_DEADLINE, tokio::task::spawn_blocking(move || process(&bytes)))
        .await
        .map_err(|_| refused("error-photo-slow".into()))?
        .map_err(Error::internal)?
        .map_err(|e| refused(media_message(&e)))
}

/// The speaker's photo for the lineup, with their consent (`consent`: the box they ticked).
/// Only a speaker who appears under their real name may show one; stage-named and anonymous
/// speakers get a generated avatar. The photo is cut square and re-encoded (no metadata).
pub async fn set_portrait(ctx: &Context, story: &Submission, bytes: Vec<u8>, consent: bool) -> Result<(), Error> {
    let refused = |key: &'static str| -> Error { failnight_core::Invalid::field("portrait", key).into() };
    if story.appearance() != failnight_submissions::stories::Appearance::RealName {
        return Err(refused("error-portrait-not-real-name"));
    }
    if !consent {
        return Err(refused("error-portrait-consent"));
    }
    let portrait = photo("portrait", bytes, failnight_media::process_portrait).await?;
    let mut tx = ctx.db.begin().await?;
    let photo = (portrait.hash.as_str(), portrait.media_type, portrait.bytes.as_slice());
    failnight_submissions::portraits::replace(&mut tx, story.id, Some(photo), ctx.clock.timestamp()).await?;
    audit(&mut tx, story.chapter_id, Actor::System, "speaker photo set", &format!("#{}", story.id), ctx.clock.now())
        .await?;
    commit(ctx, tx, false).await
}

/// The speaker takes their photo off the lineup (and off the server).
pub async fn remove_portrait(ctx: &Context, story: &Submission) -> Result<(), Error> {
    let mut tx = ctx.db.begin().await?;
    failnight_submissions::portraits::replace(&mut tx, story.id, None, ctx.clock.timestamp()).await?;
    audit(
        &mut tx,
        story.chapter_id,
        Actor::System,
        "speaker photo removed",
        &format!("#{}", story.id),
        ctx.clock.now(),
    )
    .await?;
    commit(ctx, tx, false).await
}
