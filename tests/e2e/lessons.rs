//! The lessons library (issue #17, second half): after the night a speaker writes a recap on
//! their private page and publishes it with an explicit yes, under the name they chose; the
//! public finds it in `/lessons` (search, filters, order, pages), on its own page, in the
//! Atom feeds, the sitemap and the chapter's page; the speaker edits it and withdraws it, and
//! it is gone from all of those at once (its page 410). Bad recaps change nothing; a host's
//! draft waits for the speaker; deleting the story deletes the lesson everywhere. A search the
//! process keeps (more than a page of matches) follows every change: at once when written
//! here, within a second when written by another process.

use chrono::Duration;
use failnight_core::time::ManualClock;
use failnight_submissions::Submission;
use reqwest::{Response, StatusCode};
use serde_json::Value;

use crate::support::{TestApp, both_backends_manual_clock};

both_backends_manual_clock!(
    a_lesson_goes_from_the_night_to_the_library_and_is_gone_when_withdrawn,
    bad_recaps_are_refused_and_change_nothing,
    a_hosts_draft_waits_for_the_speaker,
    deleting_the_story_deletes_its_lesson_everywhere,
    slides_show_with_a_lesson_only_when_their_consent_says_published,
    a_kept_search_follows_every_change,
);

fn clock(app: &TestApp) -> &ManualClock {
    app.clock.as_ref().expect("a manual clock")
}

/// Chapter `slug` with a night a month ahead and a confirmed talk per `(name, appearance)`
/// placed in it; returns the night's id and the stories.
async fn night_with(app: &TestApp, slug: &str, speakers: &[(&str, &str)]) -> (i64, Vec<Submission>) {
    app.chapter(slug, "Europe/Berlin").await;
    let token = app.host_token(slug, &format!("host@{slug}.test")).await;
    let night: Value = app.create_event(&token, slug, &TestApp::night("Failure Night", 60)).await.json().await.unwrap();
    let night_id = night["id"].as_i64().unwrap();
    let chapter = app.open_call(slug).await;
    let mut stories = Vec::new();
    for (i, (name, appearance)) in speakers.iter().enumerate() {
        let mut input = TestApp::story(name, &format!("speaker{i}@{slug}.test"), &format!("Talk number {}", i + 1));
        input.appearance = appearance.to_string();
        input.stage_name = format!("Stage {name}");
        stories.push(app.confirmed_talk(&chapter, &input, Some(night_id)).await);
    }
    (night_id, stories)
}

async fn recap(app: &TestApp, story: &Submission, fields: &[(&str, &str)]) -> Response {
    app.client.post(app.url(&format!("/s/{}/recap", story.token))).form(fields).send().await.unwrap()
}

async fn text(app: &TestApp, path: &str) -> (StatusCode, String) {
    let response = app.get(path).await;
    (response.status(), response.text().await.unwrap())
}

async fn lesson_id(app: &TestApp, story: &Submission) -> i64 {
    failnight_submissions::lessons::of_story(app.db(), story.id).await.unwrap().expect("a lesson").id
}

const REFERENCES: &[(&str, &str)] = &[
    ("lesson", "Always check references"),
    (
        "happened",
        "We hired a CTO on charm alone.\n\nSix months later the platform was a pile of prototypes: https://example.org/postmortem.",
    ),
    ("differently", "Call two former colleagues of every senior hire."),
    ("topic", "hiring"),
    ("topic", "team"),
    ("do", "publish"),
];

async fn a_lesson_goes_from_the_night_to_the_library_and_is_gone_when_withdrawn(app: TestApp) {
    let (night_id, stories) =
        night_with(&app, "alpha", &[("Ada Lovelace", "real_name"), ("Grace Hopper", "anonymous")]).await;
    let (ada, grace) = (&stories[0], &stories[1]);
    // Before the night: nothing to write about, and the speaker's page offers no recap.
    assert_eq!(recap(&app, ada, REFERENCES).await.status(), 409);
    assert_eq!(app.count("SELECT COUNT(*) FROM lessons").await, 0);
    let (_, page) = text(&app, &format!("/s/{}", ada.token)).await;
    assert!(!page.contains("Your recap"), "no recap before the night");

    clock(&app).advance(Duration::days(32));
    let (_, page) = text(&app, &format!("/s/{}", ada.token)).await;
    assert!(page.contains("Your recap") && page.contains("Publish as Ada Lovelace"), "{page}");
    // Saved without publishing: a draft nobody else sees.
    let mut draft: Vec<(&str, &str)> = REFERENCES.to_vec();
    draft.pop();
    draft.push(("do", "save"));
    let saved = recap(&app, ada, &draft).await;
    assert_eq!(saved.status(), 303);
    let id = lesson_id(&app, ada).await;
    assert_eq!(text(&app, &format!("/lessons/{id}")).await.0, 404, "a draft is not public");
    assert!(!text(&app, "/lessons?q=references").await.1.contains("Always check references"));

    // The speaker's yes publishes it, under their chosen name.
    let published = recap(&app, ada, REFERENCES).await;
    assert_eq!(published.status(), 303);
    assert!(published.headers()["location"].to_str().unwrap().ends_with("?done=published"));
    let (status, page) = text(&app, &format!("/lessons/{id}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("<h1>Always check references</h1>") && page.contains("Ada Lovelace"), "{page}");
    assert!(page.contains(&format!("href=\"{}/e/{night_id}\"", app.address)), "links to the night");
    assert!(page.contains("href=\"/c/alpha\""), "links to the chapter");
    assert!(page.contains("<p>We hired a CTO on charm alone.</p>"), "paragraphs");
    assert!(
        page.contains(
            "<a href=\"https://example.org/postmortem\" rel=\"nofollow ugc\">https://example.org/postmortem</a>."
        ),
        "links: {page}"
    );
    assert!(page.contains("og:title") && page.contains("\"@type\":\"Article\""), "OpenGraph and JSON-LD");
    assert!(page.contains("\"author\":{\"@type\":\"Person\",\"name\":\"Ada Lovelace\"}"), "{page}");

    // Grace, anonymous, publishes too: never named, not even in JSON-LD.
    clock(&app).advance(Duration::minutes(5));
    let grace_fields = [
        ("lesson", "Seek clarity before you commit"),
        ("happened", "Nobody knew who owned the budget."),
        ("topic", "money"),
        ("do", "publish"),
    ];
    assert_eq!(recap(&app, grace, &grace_fields).await.status(), 303);
    let grace_id = lesson_id(&app, grace).await;
    let (_, page) = text(&app, &format!("/lessons/{grace_id}")).await;
    assert!(page.contains("Anonymous speaker") && !page.contains("Grace") && !page.contains("\"author\""), "{page}");

    // Search finds each by a word of its text (stemmed), and filters narrow it.
    let (_, found) = text(&app, "/lessons?q=hired").await;
    assert!(found.contains("Always check references") && !found.contains("Seek clarity"), "{found}");
    let (_, found) = text(&app, "/lessons?q=budget").await;
    assert!(found.contains("Seek clarity") && !found.contains("Always check references"), "{found}");
    let (_, found) = text(&app, "/lessons?topic=money").await;
    assert!(found.contains("Seek clarity") && !found.contains("Always check references"));
    let (_, found) = text(&app, "/lessons?topic=hiring&chapter=alpha&language=en").await;
    assert!(found.contains("Always check references") && !found.contains("Seek clarity"));
    let night = failnight_scheduling::events::get(app.db(), night_id).await.unwrap().unwrap();
    let (_, found) = text(&app, &format!("/lessons?year={}", &night.starts_local[..4])).await;
    assert!(found.contains("Always check references") && found.contains("Seek clarity"), "{found}");
    let (_, found) = text(&app, "/lessons?year=2001").await;
    assert!(found.contains("No lesson matches"));
    assert!(text(&app, "/lessons?language=de").await.1.contains("No lesson matches"));
    // Newest first by default; the most relevant first when asked.
    let (_, all) = text(&app, "/lessons").await;
    assert!(all.find("Seek clarity").unwrap() < all.find("Always check references").unwrap(), "newest first");
    let year_option = format!("<option value=\"{}\">{}</option>", &night.starts_local[..4], &night.starts_local[..4]);
    assert!(all.contains(&year_option) && all.contains("<option value=\"en\">English</option>"), "the filters' values");
    let (_, ranked) = text(&app, "/lessons?q=clarity+references&sort=relevant").await;
    assert!(ranked.contains("No lesson matches"), "every word must match: {ranked}");
    let (_, ranked) = text(&app, "/lessons?q=hire&sort=relevant").await;
    assert!(ranked.contains("Always check references"));
    // Unknown filters are refused with a sentence.
    let (status, page) = text(&app, "/lessons?topic=astrology").await;
    assert_eq!(status, 400);
    assert!(page.contains("no such topic"), "{page}");
    // Search words are never syntax.
    assert_eq!(text(&app, "/lessons?q=%22NEAR(%2A%29%20OR%20-x").await.0, 200);

    // Feeds (all, chapter, topic), the sitemap, the chapter's page and "what we learned".
    for feed in ["/lessons/feed.atom", "/c/alpha/lessons.atom", "/lessons/topics/hiring/feed.atom"] {
        let response = app.get(feed).await;
        assert_eq!(response.headers()["content-type"], "application/atom+xml; charset=utf-8");
        let body = response.text().await.unwrap();
        assert!(body.contains("<title>Always check references</title>"), "{feed}: {body}");
        assert!(body.contains(&format!("<id>{}/lessons/{id}</id>", app.address)));
        // The lesson's HTML, escaped as XML text (askama writes `<` as `&#60;`).
        assert!(body.contains("&#60;a href=") && body.contains("https://example.org/postmortem"), "{body}");
        assert!(!body.contains("<a href=") && !body.contains("<p>"), "no raw HTML in the XML");
    }
    assert!(!text(&app, "/lessons/topics/hiring/feed.atom").await.1.contains("Seek clarity"));
    let feed = app.get("/lessons/feed.atom").await;
    let etag = feed.headers()["etag"].clone();
    let again = app.client.get(app.url("/lessons/feed.atom")).header("if-none-match", etag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    let (_, sitemap) = text(&app, "/sitemap.xml").await;
    assert!(sitemap.contains(&format!("<loc>{}/lessons/{id}</loc>", app.address)), "{sitemap}");
    assert!(sitemap.contains(&format!("<loc>{}/c/alpha</loc>", app.address)));
    assert!(sitemap.contains(&format!("<loc>{}/e/{night_id}</loc>", app.address)));
    let (_, chapter) = text(&app, "/c/alpha").await;
    assert!(chapter.contains("Always check references") && chapter.contains("/c/alpha/lessons.atom"));
    let (status, learned) = text(&app, "/lessons/learned").await;
    assert_eq!(status, 200);
    assert!(learned.contains("<svg") && learned.contains("hiring and people") && !learned.contains("<script"));

    // Edited: the new text is public at once; the old one is found no more.
    let mut edited: Vec<(&str, &str)> = REFERENCES.to_vec();
    edited[0] = ("lesson", "Always call references yourself");
    edited[1] = ("happened", "We trusted a glowing letter.");
    edited.pop();
    edited.push(("do", "save"));
    assert_eq!(recap(&app, ada, &edited).await.status(), 303);
    assert!(text(&app, &format!("/lessons/{id}")).await.1.contains("Always call references yourself"));
    assert!(text(&app, "/lessons?q=glowing").await.1.contains("Always call references yourself"));
    assert!(!text(&app, "/lessons?q=charm").await.1.contains("Always call references"), "the old text is gone");

    // Its share card says the lesson in a picture.
    let (_, page) = text(&app, &format!("/lessons/{id}")).await;
    assert!(page.contains(&format!("{}/lessons/{id}/card.png", app.address)), "og:image");
    let card = app.get(&format!("/lessons/{id}/card.png")).await;
    assert_eq!((card.status().as_u16(), card.headers()["content-type"].to_str().unwrap()), (200, "image/png"));
    assert_eq!(image::load_from_memory(&card.bytes().await.unwrap()).unwrap().width(), 1200);

    // Withdrawn: 410, and gone from search, feeds, the sitemap and the chapter's page.
    let withdrawn = app.client.post(app.url(&format!("/s/{}/recap/withdraw", ada.token))).send().await.unwrap();
    assert_eq!(withdrawn.status(), 303);
    assert_eq!(text(&app, &format!("/lessons/{id}")).await.0, 410);
    assert_eq!(app.get(&format!("/lessons/{id}/card.png")).await.status(), 410, "its card too");
    for path in [
        "/lessons",
        "/lessons?q=glowing",
        "/lessons?topic=hiring",
        "/lessons/feed.atom",
        "/c/alpha/lessons.atom",
        "/lessons/topics/hiring/feed.atom",
        "/c/alpha",
    ] {
        let (_, body) = text(&app, path).await;
        assert!(!body.contains("Always call references"), "{path} still shows it");
    }
    assert!(!text(&app, "/sitemap.xml").await.1.contains(&format!("/lessons/{id}<")));
    assert!(text(&app, "/lessons").await.1.contains("Seek clarity"), "the other lesson stays");
    // Withdrawing twice is refused; publishing again brings it back.
    let again = app.client.post(app.url(&format!("/s/{}/recap/withdraw", ada.token))).send().await.unwrap();
    assert_eq!(again.status(), 409);
    let mut republish = edited.clone();
    republish.pop();
    republish.push(("do", "publish"));
    assert_eq!(recap(&app, ada, &republish).await.status(), 303);
    assert_eq!(text(&app, &format!("/lessons/{id}")).await.0, 200);
    // Withdrawing the story withdraws its lesson too.
    let story = app.client.post(app.url(&format!("/s/{}/withdraw", ada.token))).form(&[("sure", "yes")]).send();
    assert_eq!(story.await.unwrap().status(), 303);
    assert_eq!(text(&app, &format!("/lessons/{id}")).await.0, 410);
    app.stop().await;
}

async fn bad_recaps_are_refused_and_change_nothing(app: TestApp) {
    let (_, stories) = night_with(&app, "alpha", &[("Ada Lovelace", "stage_name")]).await;
    let ada = &stories[0];
    clock(&app).advance(Duration::days(32));
    assert_eq!(recap(&app, ada, REFERENCES).await.status(), 303);
    let id = lesson_id(&app, ada).await;
    let before = failnight_submissions::lessons::of_story(app.db(), ada.id).await.unwrap();
    let long = "x".repeat(201);
    let very_long = "y".repeat(4_001);
    // (the form, the field in error, its message)
    type Case<'a> = (Vec<(&'a str, &'a str)>, &'a str, &'a str);
    let cases: Vec<Case> = vec![
        (vec![("lesson", "Fine"), ("topic", "astrology"), ("do", "publish")], "topics", "Choose topics from the list."),
        (vec![("lesson", "Fine"), ("do", "publish")], "topics", "Choose at least one topic."),
        (vec![("lesson", "   "), ("topic", "money"), ("do", "publish")], "lesson", "This field is required."),
        (vec![("lesson", &long), ("topic", "money"), ("do", "publish")], "lesson", "Use at most 200 characters."),
        (
            vec![("lesson", "Fine"), ("happened", &very_long), ("topic", "money"), ("do", "publish")],
            "happened",
            "Use at most 4000 characters.",
        ),
        (
            vec![("lesson", "Fine"), ("topic", "money"), ("topic", "team"), ("topic", "legal"), ("topic", "health")],
            "topics",
            "Choose at most 3 topics.",
        ),
    ];
    for (fields, field, message) in cases {
        let response = recap(&app, ada, &fields).await;
        assert_eq!(response.status(), 422, "{field}");
        let page = response.text().await.unwrap();
        assert!(page.contains(message), "{field}: {message} in {page}");
        assert!(page.contains("class=\"error\""), "{field}: the message next to its field");
    }
    assert_eq!(failnight_submissions::lessons::of_story(app.db(), ada.id).await.unwrap(), before, "no change");
    assert_eq!(text(&app, &format!("/lessons/{id}")).await.0, 200);
    assert!(text(&app, &format!("/lessons/{id}")).await.1.contains("Stage Ada Lovelace"), "the stage name");
    // Someone else's token (or a made-up one) reaches no story.
    let stranger = app.client.post(app.url("/s/not-a-real-token-at-all-0000000000/recap")).form(REFERENCES).send();
    assert_eq!(stranger.await.unwrap().status(), 404);
    let withdraw = app.client.post(app.url("/s/not-a-real-token-at-all-0000000000/recap/withdraw")).send();
    assert_eq!(withdraw.await.unwrap().status(), 404);
    assert_eq!(text(&app, &format!("/lessons/{id}")).await.0, 200);
    // Lesson pages that are not numbers, or not there, are 404; bad filters 400.
    assert_eq!(text(&app, "/lessons/abc").await.0, 404);
    assert_eq!(text(&app, "/lessons/999999").await.0, 404);
    assert_eq!(text(&app, "/lessons/topics/astrology/feed.atom").await.0, 404);
    for bad in ["/lessons?year=soon", "/lessons?page=0", "/lessons?sort=random", "/lessons?language=english"] {
        assert_eq!(text(&app, bad).await.0, 400, "{bad}");
    }
    app.stop().await;
}

async fn a_hosts_draft_waits_for_the_speaker(app: TestApp) {
    let (_, stories) = night_with(&app, "alpha", &[("Ada Lovelace", "real_name")]).await;
    let ada = &stories[0];
    let host = app.browser();
    app.sign_in(&host, "host@alpha.test").await;
    let path = format!("/host/c/alpha/stories/{}/recap", ada.id);
    let fields = [
        ("lesson", "Don't depend on one channel"),
        ("happened", "All our sales came from one partner."),
        ("topic", "customers"),
    ];
    // Before the night: refused.
    assert_eq!(host.post(app.url(&path)).form(&fields).send().await.unwrap().status(), 409);
    clock(&app).advance(Duration::days(32));
    app.sign_in(&host, "host@alpha.test").await; // the session of a month ago has expired
    assert_eq!(host.post(app.url(&path)).form(&fields).send().await.unwrap().status(), 303);
    let id = lesson_id(&app, ada).await;
    assert_eq!(text(&app, &format!("/lessons/{id}")).await.0, 404, "a host's draft is never public");
    // Bad input from a host: 422, nothing changed.
    let bad = host.post(app.url(&path)).form(&[("lesson", ""), ("topic", "customers")]).send().await.unwrap();
    assert_eq!(bad.status(), 422);
    // The same draft through the API (its twin), which also refuses bad input.
    let token = app.host_token("alpha", "api@alpha.test").await;
    let api = format!("/api/v1/stories/{}/recap", ada.id);
    let body = serde_json::json!({
        "lesson": "Don't depend on one channel",
        "happened": "All our sales came from one partner.",
        "topics": ["customers"],
    });
    assert_eq!(app.host(reqwest::Method::POST, &token, &api, Some(&body)).await.status(), 204);
    let empty = serde_json::json!({"lesson": "Something", "topics": []});
    assert_eq!(app.host(reqwest::Method::POST, &token, &api, Some(&empty)).await.status(), 422);
    // The speaker sees the draft, and publishes it with their yes.
    let (_, page) = text(&app, &format!("/s/{}", ada.token)).await;
    assert!(
        page.contains("Your hosts drafted this recap") && page.contains("Don&#39;t depend on one channel"),
        "{page}"
    );
    let publish = [
        ("lesson", "Don't depend on one channel"),
        ("happened", "All our sales came from one partner."),
        ("topic", "customers"),
        ("do", "publish"),
    ];
    assert_eq!(recap(&app, ada, &publish).await.status(), 303);
    assert_eq!(text(&app, &format!("/lessons/{id}")).await.0, 200);
    // Now it is the speaker's: the host can no longer change it.
    let late = host.post(app.url(&path)).form(&fields).send().await.unwrap();
    assert_eq!(late.status(), 409);
    let body = serde_json::json!({"lesson": "Another", "topics": ["customers"]});
    assert_eq!(app.host(reqwest::Method::POST, &token, &api, Some(&body)).await.status(), 409, "the API neither");
    // Another chapter's host cannot draft it.
    app.chapter("beta", "Europe/Berlin").await;
    app.host_token("beta", "host@beta.test").await;
    let other = app.browser();
    app.sign_in(&other, "host@beta.test").await;
    assert_eq!(other.post(app.url(&path)).form(&fields).send().await.unwrap().status(), 403);
    let foreign = format!("/host/c/beta/stories/{}/recap", ada.id);
    assert_eq!(other.post(app.url(&foreign)).form(&fields).send().await.unwrap().status(), 404);
    app.stop().await;
}

async fn deleting_the_story_deletes_its_lesson_everywhere(app: TestApp) {
    let (_, stories) = night_with(&app, "alpha", &[("Mara Quistorp", "real_name")]).await;
    let mara = &stories[0];
    clock(&app).advance(Duration::days(32));
    let fields = [
        ("lesson", "Count the croissants twice"),
        ("happened", "Our zanzibarian ledger was wrong."),
        ("topic", "money"),
        ("do", "publish"),
    ];
    assert_eq!(recap(&app, mara, &fields).await.status(), 303);
    let id = lesson_id(&app, mara).await;
    assert!(text(&app, "/lessons?q=zanzibarian").await.1.contains("Count the croissants twice"));
    let export = app.get(&format!("/s/{}/export.json", mara.token)).await.text().await.unwrap();
    assert!(export.contains("Count the croissants twice"), "the export holds the lesson");
    let deleted = app.client.post(app.url(&format!("/s/{}/delete", mara.token))).form(&[("sure", "yes")]).send();
    assert_eq!(deleted.await.unwrap().status(), 200);
    // Her night is over: the hosts are not told that a talk left its lineup.
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE '%:left:%'").await, 0);
    for needle in ["croissants", "zanzibarian"] {
        assert_eq!(app.places_containing(needle).await, Vec::<String>::new(), "{needle} is still stored");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM lesson_topics").await, 0);
    assert_eq!(text(&app, &format!("/lessons/{id}")).await.0, 404);
    assert!(!text(&app, "/lessons?q=zanzibarian").await.1.contains("croissants"));
    app.stop().await;
}

async fn slides_show_with_a_lesson_only_when_their_consent_says_published(app: TestApp) {
    // Mara's deck of two slides, her consent "published after the night"; her night in 4 days.
    let mara = crate::slides::speaker_with_deck(&app, 2).await;
    clock(&app).advance(Duration::days(5));
    let fields = [("lesson", "Deploy on Tuesdays"), ("topic", "delivery"), ("do", "publish")];
    assert_eq!(recap(&app, &mara, &fields).await.status(), 303);
    let id = lesson_id(&app, &mara).await;
    let deck = failnight_submissions::slides::deck(app.db(), mara.id).await.unwrap();
    let slide = format!("/lessons/{id}/slides/{}", deck[0].hash);
    let (_, page) = text(&app, &format!("/lessons/{id}")).await;
    assert!(page.contains(&format!("src=\"{slide}\"")), "the slides are shown: {page}");
    let image = app.get(&slide).await;
    assert_eq!(image.status(), 200);
    assert_eq!(image.headers()["cache-control"], "private, max-age=31536000, immutable");
    assert_eq!(text(&app, &format!("/lessons/{id}/slides/{}", "0".repeat(64))).await.0, 404, "not in this deck");

    // Had her consent been "on stage only", neither the page nor the route would show them.
    let mut tx = app.db().begin().await.unwrap();
    failnight_core::with_tx!(&mut tx, |c| sqlx::query("UPDATE submissions SET slides_use = 'stage' WHERE id = $1")
        .bind(mara.id)
        .execute(&mut *c)
        .await
        .map(|_| ())
        .unwrap());
    tx.commit().await.unwrap();
    assert!(!text(&app, &format!("/lessons/{id}")).await.1.contains("/slides/"));
    assert_eq!(app.get(&slide).await.status(), 404);

    // Withdrawn: the lesson's slides are gone too (410).
    let withdrawn = app.client.post(app.url(&format!("/s/{}/recap/withdraw", mara.token))).send().await.unwrap();
    assert_eq!(withdrawn.status(), 303);
    assert_eq!(app.get(&slide).await.status(), 410);
    app.stop().await;
}

/// `/lessons?q=runway` at `page`.
async fn runway(app: &TestApp, page: i64) -> String {
    text(app, &format!("/lessons?q=runway&page={page}")).await.1
}

/// Runs `sql` past this process's commits, as another instance's write would be.
async fn written_elsewhere(app: &TestApp, sql: &'static str) {
    match app.db() {
        failnight_core::Db::Sqlite { writer, .. } => sqlx::query(sql).execute(writer).await.map(|_| ()),
        failnight_core::Db::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(|_| ()),
    }
    .unwrap();
}

async fn a_kept_search_follows_every_change(app: TestApp) {
    let names: Vec<String> = (0..24).map(|i| format!("Speaker {i:02}")).collect();
    let speakers: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "real_name")).collect();
    let (_, stories) = night_with(&app, "alpha", &speakers).await;
    clock(&app).advance(Duration::days(32));
    let publish = |i: usize, lesson: String| {
        let topic = if i.is_multiple_of(2) { "money" } else { "team" };
        let app = &app;
        let story = &stories[i];
        async move {
            let fields =
                [("lesson", lesson.as_str()), ("happened", "We ran out of cash."), ("topic", topic), ("do", "publish")];
            assert_eq!(recap(app, story, &fields).await.status(), 303);
        }
    };
    for i in 0..23 {
        clock(&app).advance(Duration::minutes(1));
        publish(i, format!("Lesson {i:02}: watch the runway")).await;
    }
    // 23 matches, newest first: 20 on the first page, with a link to the second.
    let first = runway(&app, 1).await;
    assert!(first.find("Lesson 22:").unwrap() < first.find("Lesson 21:").unwrap(), "{first}");
    assert!(first.contains("Lesson 03:") && !first.contains("Lesson 02:") && first.contains("page=2"), "{first}");
    let second = runway(&app, 2).await;
    assert!(["Lesson 02:", "Lesson 01:", "Lesson 00:"].iter().all(|l| second.contains(l)), "{second}");
    assert!(!second.contains("Lesson 03:"), "{second}");
    let money = text(&app, "/lessons?q=runway&topic=money").await.1;
    assert!(money.contains("Lesson 22:") && money.contains("Lesson 00:") && !money.contains("Lesson 21:"), "{money}");

    // Withdrawn: gone from the kept search at once, and the pages move up.
    let withdrawn = app.client.post(app.url(&format!("/s/{}/recap/withdraw", stories[22].token))).send().await.unwrap();
    assert_eq!(withdrawn.status(), 303);
    let first = runway(&app, 1).await;
    assert!(!first.contains("Lesson 22:") && first.contains("Lesson 02:"), "{first}");
    assert!(!runway(&app, 2).await.contains("Lesson 02:"));
    // Published: in it at once, first.
    clock(&app).advance(Duration::minutes(1));
    publish(23, "Lesson 23: watch the runway".into()).await;
    let first = runway(&app, 1).await;
    assert!(first.find("Lesson 23:").unwrap() < first.find("Lesson 21:").unwrap(), "{first}");
    // Edited to other words: out of it at once.
    let mut edited: Vec<(&str, &str)> = vec![("lesson", "Lesson 21: mind the cash"), ("topic", "team"), ("do", "save")];
    edited.push(("happened", "Nothing about planes."));
    assert_eq!(recap(&app, &stories[21], &edited).await.status(), 303);
    assert!(!runway(&app, 1).await.contains("Lesson 21:"));
    // Edited, still about the runway: the new words at once (the lessons shown are kept too).
    let reworded =
        [("lesson", "Lesson 19: the runway is shorter"), ("happened", "Cash."), ("topic", "team"), ("do", "save")];
    assert_eq!(recap(&app, &stories[19], &reworded).await.status(), 303);
    let first = runway(&app, 1).await;
    assert!(first.contains("Lesson 19: the runway is shorter") && !first.contains("Lesson 19: watch"), "{first}");

    // Written by another process (here: straight to the database, past this process's
    // commits): out of the kept search within a second.
    let sql = "UPDATE lessons SET lesson = 'Lesson 20: mind the cash' WHERE lesson = 'Lesson 20: watch the runway'";
    written_elsewhere(&app, sql).await;
    shown_within_a_second(&app, |page| !page.contains("Lesson 20:")).await;
    // A kept lesson changed there: its new words within a second.
    assert!(runway(&app, 1).await.contains("Lesson 18: watch the runway<"));
    let sql = "UPDATE lessons SET lesson = 'Lesson 18: watch the runway closely' WHERE lesson = 'Lesson 18: watch the runway'";
    written_elsewhere(&app, sql).await;
    shown_within_a_second(&app, |page| page.contains("Lesson 18: watch the runway closely")).await;
    // What a listed lesson shows of its story, night and chapter (its entry is kept too),
    // changed there: within a second. A speaker who turns anonymous is never named again.
    let first = runway(&app, 1).await;
    assert!(first.contains("Speaker 17") && !first.contains("Anonymous speaker"), "{first}");
    written_elsewhere(&app, "UPDATE submissions SET appearance = 'anonymous' WHERE name = 'Speaker 17'").await;
    shown_within_a_second(&app, |page| !page.contains("Speaker 17") && page.contains("Anonymous speaker")).await;
    written_elsewhere(&app, "UPDATE submissions SET title = 'A renamed talk' WHERE name = 'Speaker 16'").await;
    shown_within_a_second(&app, |page| page.contains("A renamed talk")).await;
    written_elsewhere(&app, "UPDATE events SET title = 'A renamed night'").await;
    shown_within_a_second(&app, |page| page.contains("A renamed night") && !page.contains("Failure Night,")).await;
    written_elsewhere(&app, "UPDATE chapters SET name = 'Alpha, renamed' WHERE slug = 'alpha'").await;
    shown_within_a_second(&app, |page| page.contains("Alpha, renamed")).await;

    // By relevance: a searched word counts more in the lesson's sentence than in its story,
    // twice more than once; newest first among equals.
    let ranked = text(&app, "/lessons?q=cash&sort=relevant").await.1;
    let at = |lesson: &str| ranked.find(lesson).unwrap_or_else(|| panic!("{lesson} in {ranked}"));
    assert!(at("Lesson 20:") < at("Lesson 21:"), "in both texts, then in the sentence: {ranked}");
    assert!(at("Lesson 21:") < at("Lesson 23:") && at("Lesson 23:") < at("Lesson 17:"), "{ranked}");
    let newest = text(&app, "/lessons?q=cash").await.1;
    assert!(newest.find("Lesson 23:").unwrap() < newest.find("Lesson 20:").unwrap(), "{newest}");
    app.stop().await;
}

/// Waits until the first page of the runway search shows what `shown` asks, for at most two
/// seconds (a change written by another process is seen within one).
async fn shown_within_a_second(app: &TestApp, shown: impl Fn(&str) -> bool) {
    let written = std::time::Instant::now();
    while !shown(&runway(app, 1).await) {
        assert!(written.elapsed() < std::time::Duration::from_secs(2), "still kept after {:?}", written.elapsed());
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}
