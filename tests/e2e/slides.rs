//! The speaker's deck over HTTP, on both databases: images uploaded in order of their names,
//! shown as on stage, replaced, seen by hosts; a PDF rendered by the job in the real binary's
//! child process; the chapter's slide limit and the night's start; and the bad uploads of
//! issue #16 (a truncated PNG, a text file named .png, a 100-megapixel image, 200 files, PDF
//! bombs), each refused quickly with a clear sentence and changing nothing.

use std::{io::Cursor, time::Instant};

use chrono::Duration;
use failnight_app::services::{slides as slide_services, stories as story_services};
use failnight_core::Clock;
use failnight_scheduling::chapters;
use failnight_submissions::{Submission, slides, stories::StoryInput};
use image::{ImageFormat, Rgb, RgbImage};
use reqwest::{
    Response,
    multipart::{Form, Part},
};
use serde_json::{Value, json};

use crate::support::{TestApp, both_backends};

/// PDFs get 5 seconds, so a bomb is refused quickly.
fn quick_deadline(settings: &mut failnight_gateway::Settings) {
    settings.pdf_deadline_secs = 5;
}

// Workers on (the host signs in by email); no PDF here for the deck job to race the test.
both_backends!(
    options: crate::support::Options::manual_clock();
    a_speaker_uploads_replaces_and_hosts_see_the_deck,
);
// The deck job is run by the tests themselves.
both_backends!(
    options: crate::support::Options { workers: false, ..crate::support::Options::manual_clock() };
    a_pdf_deck_is_rendered_by_the_job,
);
both_backends!(
    options: crate::support::Options {
        workers: false,
        configure: Some(crate::slides::quick_deadline),
        ..crate::support::Options::manual_clock()
    };
    bad_uploads_are_refused_quickly_and_change_nothing,
);

/// A slide of one colour with a bar, as PNG (or JPEG).
fn slide(colour: [u8; 3], format: ImageFormat) -> Vec<u8> {
    let image =
        RgbImage::from_fn(320, 180, |x, y| if y > 80 && y < 100 && x > 40 { Rgb([0, 0, 0]) } else { Rgb(colour) });
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, format).unwrap();
    out.into_inner()
}

fn png(colour: [u8; 3]) -> Vec<u8> {
    slide(colour, ImageFormat::Png)
}

/// Chapter `alpha` with the call open, a night four days ahead, and a confirmed speaker placed
/// in it. Returns the story, the night's id and its start.
async fn speaker(app: &TestApp) -> (Submission, i64, chrono::DateTime<chrono::Utc>) {
    app.chapter("alpha", "Europe/Berlin").await;
    let chapter = app.open_call("alpha").await;
    let token = app.host_token("alpha", "host@alpha.test").await;
    let day = (app.clock().now() + Duration::days(4)).date_naive();
    let mut night = TestApp::night("Failure Night", 20);
    night["starts_at"] = json!(format!("{day}T19:00"));
    night["ends_at"] = json!(format!("{day}T22:00"));
    let night: Value = app.create_event(&token, "alpha", &night).await.json().await.unwrap();
    let night_id = night["id"].as_i64().unwrap();
    let starts = night["starts_at_utc"].as_str().unwrap().parse().unwrap();
    let input =
        StoryInput { consent_slides: "published".into(), ..TestApp::story("Mara", "mara@example.org", "The deploy") };
    let story = app.confirmed_talk(&chapter, &input, Some(night_id)).await;
    (story, night_id, starts)
}

/// A confirmed speaker (as [`speaker`]) whose deck of `n` slides is uploaded.
pub(crate) async fn speaker_with_deck(app: &TestApp, n: u8) -> Submission {
    let (story, _, _) = speaker(app).await;
    let files = (1..=n)
        .map(|i| {
            (
                ["slide1.png", "slide2.png", "slide3.png", "slide4.png"][usize::from(i - 1) % 4],
                png([60 * i, 90, 200 - 50 * i]),
            )
        })
        .collect();
    assert_eq!(upload(app, &story, files).await.status(), 303);
    story
}

/// Files of an upload: (name, bytes).
type Files<'a> = Vec<(&'a str, Vec<u8>)>;

async fn upload(app: &TestApp, story: &Submission, files: Files<'_>) -> Response {
    let mut form = Form::new();
    for (name, bytes) in files {
        form = form.part("slides", Part::bytes(bytes).file_name(name.to_string()));
    }
    app.client.post(app.url(&format!("/s/{}/slides", story.token))).multipart(form).send().await.unwrap()
}

async fn page(app: &TestApp, story: &Submission) -> String {
    app.get(&format!("/s/{}", story.token)).await.text().await.unwrap()
}

async fn deck(app: &TestApp, story: &Submission) -> Vec<slides::Slide> {
    slides::deck(app.db(), story.id).await.unwrap()
}

/// What a refusal must leave as it was: every row of the deck tables.
async fn snapshot(app: &TestApp) -> (i64, i64, i64) {
    (
        app.count("SELECT COUNT(*) FROM images").await,
        app.count("SELECT COUNT(*) FROM deck_slides").await,
        app.count("SELECT COUNT(*) FROM deck_uploads").await,
    )
}

async fn a_speaker_uploads_replaces_and_hosts_see_the_deck(app: TestApp) {
    let (story, night, starts) = speaker(&app).await;
    assert!(page(&app, &story).await.contains("Upload my slides"), "an upload form for the confirmed speaker");

    // Three slides, named as people name them: shown in the order of their names.
    let (red, green, blue) = (png([200, 0, 0]), png([0, 200, 0]), png([0, 0, 200]));
    let sent =
        upload(&app, &story, vec![("slide10.png", blue), ("slide2.png", green.clone()), ("slide1.png", red)]).await;
    assert_eq!(sent.status(), 303);
    assert!(sent.headers()["location"].to_str().unwrap().ends_with("?done=slides"));
    let shown = deck(&app, &story).await;
    assert_eq!(shown.len(), 3);
    let mut firsts: Vec<[u8; 3]> = Vec::new();
    for s in &shown {
        let image = slides::image(app.db(), story.id, &s.hash).await.unwrap().unwrap();
        firsts.push(image::load_from_memory(&image.bytes).unwrap().into_rgb8().get_pixel(5, 5).0);
    }
    assert!(firsts[0][0] > 150 && firsts[1][1] > 150 && firsts[2][2] > 150, "slide1, slide2, slide10: {firsts:?}");

    // The page shows them in order, with the rehearsal's player and the stage's rhythm.
    let html = page(&app, &story).await;
    let urls: Vec<String> = shown.iter().map(|s| format!("/s/{}/slides/{}", story.token, s.hash)).collect();
    let at: Vec<usize> = urls.iter().map(|u| html.find(u.as_str()).expect("each slide is shown")).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "in order");
    assert!(html.contains("3 slides, 2 min on stage"), "the rhythm: 3 × 40 s");
    assert!(html.contains(r#"data-seconds="40""#) && html.contains(r#"src="/static/player.js""#));
    assert!(html.contains("Replace my slides"));
    let player = app.get("/static/player.js").await;
    assert_eq!(player.headers()["content-type"], "text/javascript; charset=utf-8");
    assert!(player.text().await.unwrap().contains("FailnightPlayer"));

    // Each image: content-addressed, cached for good but privately, with an ETag.
    let image = app.get(&urls[0]).await;
    assert_eq!(image.status(), 200);
    assert_eq!(image.headers()["content-type"], "image/png");
    assert_eq!(image.headers()["cache-control"], "private, max-age=31536000, immutable");
    let etag = image.headers()["etag"].to_str().unwrap().to_string();
    assert_eq!(etag, format!("\"{}\"", shown[0].hash));
    let bytes = image.bytes().await.unwrap();
    assert_eq!(failnight_media::sha256_hex(&bytes), shown[0].hash);
    let again = app.client.get(app.url(&urls[0])).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(app.get(&format!("/s/not-a-link/slides/{}", shown[0].hash)).await.status(), 404);
    // The speaker's export lists the deck, each slide where they can fetch it.
    let export: Value = app.get(&format!("/s/{}/export.json", story.token)).await.json().await.unwrap();
    let exported: Vec<&str> = export["slides"].as_array().unwrap().iter().map(|s| s["url"].as_str().unwrap()).collect();
    assert_eq!(exported, urls.iter().map(String::as_str).collect::<Vec<_>>());

    // Hosts of the chapter see the deck on the lineup, with the consent, and its images.
    let host = app.browser();
    app.sign_in(&host, "host@alpha.test").await;
    let lineup = host.get(app.url(&format!("/host/c/alpha/events/{night}/lineup"))).send().await.unwrap();
    let lineup = lineup.text().await.unwrap();
    assert!(lineup.contains("3 slides"), "{lineup}");
    assert!(lineup.contains("published after the night"));
    let door = host.get(app.url(&format!("/host/c/alpha/events/{night}/door"))).send().await.unwrap();
    let door = door.text().await.unwrap();
    assert!(door.contains("3 slides") && door.contains("published after the night"), "{door}");
    let hosted = host.get(app.url(&format!("/host/c/alpha/slides/{}", shown[1].hash))).send().await.unwrap();
    assert_eq!(hosted.status(), 200);
    assert_eq!(hosted.headers()["cache-control"], "private, max-age=31536000, immutable");
    assert_eq!(app.get(&format!("/host/c/alpha/slides/{}", shown[1].hash)).await.status(), 303, "not signed in");

    // Replacing: two slides (one shared with the old deck, one photo-like JPEG); the images
    // no deck uses any more are gone.
    let sent = upload(&app, &story, vec![("a.png", green), ("b.jpg", slide([90, 60, 30], ImageFormat::Jpeg))]).await;
    assert_eq!(sent.status(), 303);
    assert_eq!(deck(&app, &story).await.len(), 2);
    assert_eq!(deck(&app, &story).await[0].hash, shown[1].hash, "the same image, stored once");
    assert_eq!(app.count("SELECT COUNT(*) FROM images").await, 2);
    assert_eq!(app.get(&urls[0]).await.status(), 404, "an old slide is not served any more");

    // More slides than the chapter's format: refused, naming the limit; nothing changes.
    let before = snapshot(&app).await;
    let eleven: Vec<(&str, Vec<u8>)> = (0..11u8).map(|i| ("s.png", png([i * 20, 10, 10]))).collect();
    let refused = upload(&app, &story, eleven).await;
    assert_eq!(refused.status(), 422);
    let text = refused.text().await.unwrap();
    assert!(text.contains("That is 11 slides; a talk here has at most 10."), "{text}");
    assert_eq!(snapshot(&app).await, before);

    // Once the night has started, the deck stays as it is.
    app.clock().set(starts + Duration::minutes(1));
    let late = upload(&app, &story, vec![("a.png", png([1, 2, 3]))]).await;
    assert_eq!(late.status(), 409);
    assert!(late.text().await.unwrap().contains("Your night has started"));
    let removed = app.client.post(app.url(&format!("/s/{}/slides/remove", story.token))).send().await.unwrap();
    assert_eq!(removed.status(), 409);
    assert_eq!(snapshot(&app).await, before);
    assert!(!page(&app, &story).await.contains("Replace my slides"));
    app.stop().await;
}

async fn a_pdf_deck_is_rendered_by_the_job(app: TestApp) {
    let (story, _, _) = speaker(&app).await;
    let pdf = failnight_media::testing::pdf(&[
        (960.0, 540.0, "BT /F1 48 Tf 100 300 Td (What went wrong) Tj ET"),
        (960.0, 540.0, "1 0 0 rg 100 100 300 200 re f"),
    ]);
    let sent = upload(&app, &story, vec![("deck.pdf", pdf)]).await;
    assert_eq!(sent.status(), 303);
    assert!(sent.headers()["location"].to_str().unwrap().ends_with("?done=pdf"));
    assert!(page(&app, &story).await.contains("being turned into slides"));
    assert_eq!(deck(&app, &story).await.len(), 0, "nothing until it is rendered");

    let started = Instant::now();
    assert_eq!(slide_services::run_jobs(&app.state).await.unwrap(), 1);
    println!("a 2-page PDF rendered in the child process in {:?}", started.elapsed());
    let shown = deck(&app, &story).await;
    assert_eq!(shown.len(), 2);
    assert!(shown.iter().all(|s| (s.width, s.height) == (1920, 1080)));
    assert_eq!(snapshot(&app).await, (2, 2, 0), "the PDF itself is not kept");
    assert!(!page(&app, &story).await.contains("being turned into slides"));

    // A PDF with more pages than the format: the job says so; the deck stays.
    let pages: Vec<(f32, f32, &str)> = (0..11).map(|_| (960.0, 540.0, "")).collect();
    assert_eq!(upload(&app, &story, vec![("long.pdf", failnight_media::testing::pdf(&pages))]).await.status(), 303);
    assert_eq!(slide_services::run_jobs(&app.state).await.unwrap(), 1);
    assert_eq!(deck(&app, &story).await, shown);
    let html = page(&app, &story).await;
    assert!(html.contains("The PDF has 11 pages; a talk has at most 10 slides."), "{html}");
    assert_eq!(app.count("SELECT COUNT(*) FROM deck_uploads WHERE pdf IS NOT NULL").await, 0, "the PDF is gone");
    app.stop().await;
}

async fn bad_uploads_are_refused_quickly_and_change_nothing(app: TestApp) {
    let (story, _, _) = speaker(&app).await;
    assert_eq!(upload(&app, &story, vec![("good.png", png([10, 20, 30]))]).await.status(), 303);
    let good = deck(&app, &story).await;
    let before = snapshot(&app).await;

    let full = png([200, 100, 0]);
    let truncated = full[..full.len() / 2].to_vec();
    let two_hundred: Vec<(&str, Vec<u8>)> = (0..200).map(|_| ("s.png", full.clone())).collect();
    let cases: Vec<(&str, Files, &str)> = vec![
        ("a truncated PNG", vec![("cut.png", truncated)], "The image could not be read (is the file complete?)."),
        (
            "a text file named .png",
            vec![("notes.png", b"my talk notes\n".to_vec())],
            "This is not a PNG, JPEG or WebP image",
        ),
        (
            "a 100-megapixel image",
            vec![("huge.png", failnight_media::testing::png_header(10_000, 10_000))],
            "The image is 10000×10000 pixels",
        ),
        ("200 files", two_hundred, "That is more than 40 files"),
        (
            "a broken one among good ones",
            vec![("1.png", full.clone()), ("2.png", b"x".to_vec())],
            "File 2 of 2: This is not a PNG",
        ),
    ];
    for (what, files, message) in cases {
        let started = Instant::now();
        let refused = upload(&app, &story, files).await;
        let took = started.elapsed();
        assert_eq!(refused.status(), 422, "{what}");
        let text = refused.text().await.unwrap();
        assert!(text.contains(message), "{what}: {message} in {text}");
        assert!(took < std::time::Duration::from_secs(3), "{what} refused in {took:?}");
        assert_eq!(snapshot(&app).await, before, "{what} changed nothing");
    }

    // PDF bombs are stored for the job, which refuses them: an absurd page box at once, a
    // page of exponentially nested forms (2^40 rectangles) at the deadline (5 s here), in a
    // child process that is killed, so the server neither hangs nor grows.
    for (what, pdf, message, within) in [
        (
            "an enormous MediaBox",
            failnight_media::testing::pdf(&[(5_000_000.0, 5_000_000.0, "0 0 1 1 re f")]),
            "Page 1 of the PDF has an impossible size.",
            3,
        ),
        ("nested forms", failnight_media::testing::nested_bomb(40, 2), "took longer than 5 seconds to render", 9),
    ] {
        assert_eq!(upload(&app, &story, vec![("bomb.pdf", pdf)]).await.status(), 303, "{what}");
        let started = Instant::now();
        assert_eq!(slide_services::run_jobs(&app.state).await.unwrap(), 1);
        let took = started.elapsed();
        println!("{what}: refused in {took:?}");
        assert!(took < std::time::Duration::from_secs(within), "{what} refused in {took:?}");
        let html = page(&app, &story).await;
        assert!(html.contains(message), "{what}: {message}");
        assert_eq!(deck(&app, &story).await, good, "{what}: the deck is unchanged");
        assert_eq!(app.count("SELECT COUNT(*) FROM deck_uploads WHERE pdf IS NOT NULL").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM images").await, before.0);
    }
    // A body over the upload's limit is refused from its Content-Length, before it is read:
    // 413, or, when the server's answer and close come while the client is still sending, a
    // broken pipe. Either way nothing is stored.
    let before = snapshot(&app).await; // the bombs' refusals stay for the speaker to read
    let big = vec![0u8; failnight_gateway::slides::UPLOAD_BODY_LIMIT + 1];
    let form = Form::new().part("slides", Part::bytes(big).file_name("big.pdf"));
    let started = Instant::now();
    match app.client.post(app.url(&format!("/s/{}/slides", story.token))).multipart(form).send().await {
        Ok(response) => assert_eq!(response.status(), 413),
        Err(error) => assert!(error.is_request(), "{error}"),
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
    assert_eq!(snapshot(&app).await, before);
    // A story that is not accepted cannot upload.
    let chapter = chapters::by_slug(app.db(), "alpha").await.unwrap().unwrap();
    let mut other = StoryInput { email: "sam@example.org".into(), ..StoryInput::default() };
    other.name = "Sam".into();
    other.appearance = "anonymous".into();
    other.title = "t".into();
    other.story_project = "p".into();
    other.story_wrong = "w".into();
    other.story_learned = "l".into();
    other.story_differently = "d".into();
    other.consent_photos = "no".into();
    other.consent_recording = "no".into();
    other.consent_slides = "never".into();
    other.accept_coc = true;
    let sam = story_services::submit(&app.state, &chapter, &other).await.unwrap();
    assert_eq!(sam.slides_use, failnight_submissions::SlidesUse::Never);
    let early = upload(&app, &sam, vec![("a.png", full)]).await;
    assert_eq!(early.status(), 409);
    assert!(early.text().await.unwrap().contains("once your story is accepted"));
    assert_eq!(deck(&app, &sam).await, vec![]);
    app.stop().await;
}
