//! Languages on the speakers' and the stage's pages (issue #18): a Spanish chapter's call for
//! stories and the speaker's page speak Spanish, and a story sent from the Spanish page keeps
//! its language (the speaker's emails speak it); the audience's live page and the lessons
//! library speak German when asked (`?lang=de`); and no English is left in any of these pages
//! (the pseudo-locale crawl of `crate::i18n`).

use chrono::Duration;
use failnight_core::Clock;
use reqwest::{Client, StatusCode};
use serde_json::Value;

use crate::{
    i18n::{PseudoServer, english_left},
    stage::{acted, night_with_talks},
    support::{TestApp, both_backends_manual_clock},
};

both_backends_manual_clock!(
    a_spanish_chapter_takes_stories_in_spanish,
    the_live_page_and_the_library_speak_german_when_asked,
    the_speakers_and_the_stages_pages_leave_no_english,
);

async fn page(client: &Client, app: &TestApp, path: &str) -> String {
    let response = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    response.text().await.unwrap()
}

/// The value of the first `name="…" value="…"` input of a page.
fn input_value(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let rest = html.split(&marker).nth(1).unwrap_or_else(|| panic!("no {name} field"));
    rest.split('"').next().unwrap().to_string()
}

async fn token_of(app: &TestApp, email: &str) -> String {
    let email = email.to_string();
    failnight_core::with_db!(app.db(), |e| sqlx::query_scalar::<_, String>(
        "SELECT token FROM submissions WHERE email = $1"
    )
    .bind(&email)
    .fetch_one(e)
    .await)
    .unwrap()
}

async fn a_spanish_chapter_takes_stories_in_spanish(app: TestApp) {
    app.chapter_in("cdmx", "Noches de Fracaso CDMX", "America/Mexico_City", "es").await;
    app.open_call("cdmx").await;
    let browser = app.browser();
    // Nobody asked for a language: the chapter's Spanish, months named in Spanish.
    let call = page(&browser, &app, "/c/cdmx/speak").await;
    assert!(call.contains(r#"<html lang="es">"#), "{call}");
    assert!(call.contains("<h1>Cuenta tu historia de fracaso</h1>") && call.contains("Enviar mi historia"), "{call}");
    assert!(call.contains("¿Qué salió mal?") && call.contains("Qué se puede publicar"));
    assert!(call.contains(r#"<input type="hidden" name="lang" value="es">"#), "the form carries its language");
    let next_year = (app.clock().now() + Duration::days(365)).format("%Y").to_string();
    assert!(call.contains(&format!(" de {next_year}</label>")), "a Spanish month (\"enero de …\"): {call}");
    assert!(!call.contains("Tell your failure story"));

    // Sent from the Spanish page: stored as Spanish, answered in Spanish.
    let started = input_value(&call, "started");
    app.clock().advance(Duration::minutes(2));
    let form = [
        ("started", started.as_str()),
        ("lang", "es"),
        ("name", "Ana Torres"),
        ("email", "ana@ejemplo.mx"),
        ("appearance", "real_name"),
        ("title", "El inventario que mintió"),
        ("story_project", "Una cadena de panaderías."),
        ("story_wrong", "Contamos cada concha dos veces."),
        ("story_learned", "Concilia a diario."),
        ("story_differently", "Probar con los datos del mes pasado."),
        ("consent_photos", "yes"),
        ("consent_recording", "no"),
        ("consent_slides", "stage"),
        ("accept_coc", "on"),
    ];
    let sent = browser.post(app.url("/c/cdmx/speak")).form(&form).send().await.unwrap();
    assert_eq!(sent.status(), StatusCode::SEE_OTHER, "{}", sent.text().await.unwrap());
    assert_eq!(app.count("SELECT COUNT(*) FROM submissions WHERE language = 'es'").await, 1, "stored as Spanish");
    let thanks = page(&browser, &app, "/c/cdmx/speak/thanks").await;
    assert!(thanks.contains("Gracias por tu historia"), "{thanks}");

    // A field left empty: the form again, in Spanish, as typed.
    let mut missing: Vec<(&str, &str)> = form.iter().filter(|(k, _)| *k != "story_wrong").copied().collect();
    missing.retain(|(k, _)| *k != "email");
    missing.push(("email", "otra@ejemplo.mx"));
    let refused = browser.post(app.url("/c/cdmx/speak")).form(&missing).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains(r#"<html lang="es">"#) && refused.contains("Algunos campos necesitan otra revisión"));
    assert!(refused.contains("El inventario que mintió"), "kept as typed");

    // The speaker's page: the story's language, whatever the browser prefers…
    let token = token_of(&app, "ana@ejemplo.mx").await;
    let mine = browser
        .get(app.url(&format!("/s/{token}")))
        .header(reqwest::header::ACCEPT_LANGUAGE, "de")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(mine.contains(r#"<html lang="es">"#), "{mine}");
    assert!(mine.contains(r#"<strong class="state">enviada</strong>: los anfitriones aún no deciden."#), "{mine}");
    assert!(mine.contains("Edita tu historia") && mine.contains("Borrar mi historia y mis datos"));
    // …unless the speaker picks another language on it.
    let german = page(&app.browser(), &app, &format!("/s/{token}?lang=de")).await;
    assert!(german.contains(r#"<html lang="de">"#) && german.contains("Deine Geschichte bearbeiten"), "{german}");
    // A refusal on the page answers in its language too.
    let unsure = browser.post(app.url(&format!("/s/{token}/withdraw"))).form(&[("sure", "")]).send().await.unwrap();
    assert_eq!(unsure.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unsure.text().await.unwrap().contains("Marca la casilla para retirar tu historia."));
    app.stop().await;
}

/// Publishes a recap for `story` (the night being over) and returns the lesson's id.
async fn published_lesson(app: &TestApp, story: i64) -> i64 {
    let token = {
        let story = failnight_submissions::stories::get(app.db(), story).await.unwrap().unwrap();
        story.token
    };
    let fields = [
        ("lesson", "Always check references"),
        ("happened", "We hired a CTO on charm alone."),
        ("differently", "Call two former colleagues of every senior hire."),
        ("topic", "hiring"),
        ("do", "publish"),
    ];
    let response = app.client.post(app.url(&format!("/s/{token}/recap"))).form(&fields).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{}", response.text().await.unwrap());
    failnight_submissions::lessons::of_story(app.db(), story).await.unwrap().expect("a lesson").id
}

async fn the_live_page_and_the_library_speak_german_when_asked(app: TestApp) {
    let (host, night, talks) = night_with_talks(&app, &[0]).await;
    let guest = app.browser();
    let live = format!("/e/{night}/live");
    let before = page(&guest, &app, &format!("{live}?lang=de")).await;
    assert!(before.contains(r#"<html lang="de">"#), "{before}");
    assert!(before.contains("Als Erstes:") && before.contains("Noch keine Fragen."), "{before}");
    acted(&app, &host, night, "start").await;
    acted(&app, &host, night, "next_segment").await;
    // The choice is remembered: the same browser, no query.
    let during = page(&guest, &app, &live).await;
    assert!(during.contains("Auf der Bühne:") && during.contains("(Nächster Vortrag)"), "{during}");
    assert!(during.contains("Deine Frage an die vortragende Person") && during.contains(">Fragen</button>"));
    let asked = guest.post(app.url(&format!("{live}/ask"))).form(&[("text", "Warum?"), ("name", "")]).send().await;
    assert_eq!(asked.unwrap().status(), StatusCode::SEE_OTHER);
    let waiting = page(&guest, &app, &format!("{live}?asked=1")).await;
    assert!(waiting.contains("Danke! Deine Frage wartet auf die Gastgeber") && waiting.contains("0</span> Stimmen"));

    // The library after the night: German words, dates and topics; languages in their own names.
    app.clock().advance(Duration::days(32));
    let id = published_lesson(&app, talks[0]).await;
    let library = page(&app.browser(), &app, "/lessons?lang=de").await;
    assert!(
        library.contains(r#"<html lang="de">"#) && library.contains("<h1>Lektionen aus Abenden des Scheiterns</h1>")
    );
    assert!(library.contains("Einstellungen und Menschen"), "the topic in German: {library}");
    assert!(library.contains(r#"<option value="en">English</option>"#), "{library}");
    let event: Value = app.get_event(night).await.json().await.unwrap();
    let day = event["starts_at"].as_str().unwrap()[8..10].trim_start_matches('0').to_string();
    assert!(library.contains(&format!(", {day}. ")), "a German date (\"Donnerstag, 10. Dezember 2026\"): {library}");
    // English stays the library's default, cached apart from German.
    let english = page(&app.browser(), &app, "/lessons").await;
    assert!(english.contains(r#"<html lang="en">"#) && english.contains("hiring and people"));
    let learned = page(&app.browser(), &app, "/lessons/learned?lang=de").await;
    assert!(learned.contains("<h1>Was wir gelernt haben</h1>") && learned.contains("Einstellungen und Menschen"));
    // A lesson's page: the chapter's language (English here) unless asked.
    let lesson = page(&app.browser(), &app, &format!("/lessons/{id}?lang=fr")).await;
    assert!(lesson.contains(r#"<html lang="fr">"#) && lesson.contains("Ce qui s’est passé"), "{lesson}");
    let feed = page(&app.browser(), &app, "/lessons/topics/hiring/feed.atom?lang=pt-BR").await;
    assert!(feed.contains("<title>Lições sobre contratação e pessoas</title>"), "{feed}");
    app.stop().await;
}

/// The part of a host page this area renders (the stage control's block), for the crawl: the
/// host pages' frame is another area's.
fn stage_control_block(html: &str) -> String {
    let start = html.find("<div class=\"stage-control\"").expect("the stage control");
    let end = html[start..].find("<script").map_or(html.len(), |e| start + e);
    html[start..end].to_string()
}

async fn the_speakers_and_the_stages_pages_leave_no_english(app: TestApp) {
    let (host, night, talks) = night_with_talks(&app, &[2, 0]).await;
    // A story still waiting for the hosts (its page has the edit form)…
    let alpha = failnight_scheduling::chapters::by_slug(app.db(), "alpha").await.unwrap().unwrap();
    let waiting = TestApp::story("Grace Hopper", "grace@example.org", "The moth in the relay");
    let waiting = failnight_app::services::stories::submit(&app.state, &alpha, &waiting).await.unwrap();
    // …and a question for talk 1, on stage.
    acted(&app, &host, night, "start").await;
    acted(&app, &host, night, "next_segment").await;
    acted(&app, &host, night, "next_segment").await;
    let guest = app.browser();
    let asked = guest
        .post(app.url(&format!("/e/{night}/live/ask")))
        .form(&[("text", "Did the pager ever stop?"), ("name", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), StatusCode::SEE_OTHER);
    let confirmed = failnight_submissions::stories::get(app.db(), talks[0]).await.unwrap().unwrap();

    let pseudo = PseudoServer::start(&app).await;
    let data = [
        "Chapter alpha",
        "Stage Night",
        "Three stories of things that went wrong.",
        "Kiez Bar",
        "Weserstraße",
        "Speaker 0 Speaker 1",
        "Failure number 1 Failure number 2",
        "Grace Hopper The moth in the relay",
        "Did the pager ever stop?",
        "PNG JPEG WebP PDF JSON",
        // The audience page's address under the projector's QR code.
        "http e live",
    ];
    let paths = vec![
        "/c/alpha/speak".to_string(),
        "/c/alpha/speak/thanks".to_string(),
        format!("/s/{}", waiting.token),
        format!("/s/{}?done=saved", confirmed.token),
        format!("/e/{night}/live"),
        "/lessons".to_string(),
        "/lessons/learned".to_string(),
    ];
    pseudo.assert_no_english(&guest, &paths, &data).await;

    // The hosts' stage (the host's session cookie is good on both servers: one database).
    pseudo.assert_no_english(&host, &[format!("/host/c/alpha/events/{night}/stage")], &data).await;
    let control = host
        .get(format!("{}/host/c/alpha/events/{night}/stage/control", pseudo.address))
        .header(reqwest::header::ACCEPT_LANGUAGE, "en")
        .send()
        .await
        .unwrap();
    assert_eq!(control.status(), StatusCode::OK);
    let left = english_left(&stage_control_block(&control.text().await.unwrap()), &data);
    assert!(left.is_empty(), "English left on the stage control: {left:?}");

    // After the night: a published lesson's page and the library with it.
    app.clock().advance(Duration::days(32));
    let id = published_lesson(&app, talks[0]).await;
    let lesson = [
        "Always check references",
        "We hired a CTO on charm alone.",
        "Call two former colleagues of every senior hire.",
    ];
    let data: Vec<&str> = data.iter().chain(lesson.iter()).copied().collect();
    let paths = vec![
        format!("/lessons/{id}"),
        "/lessons".to_string(),
        "/lessons/learned".to_string(),
        format!("/s/{}", confirmed.token),
    ];
    pseudo.assert_no_english(&app.browser(), &paths, &data).await;
    app.stop().await;
}
