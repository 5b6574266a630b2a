//! The public pages in the chapter's language or the visitor's (issue #18): a Spanish
//! chapter's pages, a guest's ticket in the language they booked in, and no English left in
//! any public page of a night (the pseudo-locale crawl of `i18n`).

use reqwest::header::ACCEPT_LANGUAGE;

use crate::{
    i18n::PseudoServer,
    support::{TestApp, both_backends},
};

both_backends!(
    a_spanish_chapter_s_public_pages_speak_spanish,
    a_ticket_speaks_the_language_its_guest_booked_in,
    the_public_pages_leave_no_english_in_the_pseudo_locale,
);

const MONATE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// The local day of a night as the API gives it (`2026-12-10T19:00`).
fn local_day(night: &serde_json::Value) -> chrono::NaiveDate {
    use chrono::Datelike;
    let day = chrono::NaiveDate::parse_from_str(&night["starts_at"].as_str().unwrap()[..10], "%Y-%m-%d").unwrap();
    assert!(day.year() > 2000);
    day
}

/// `10 de diciembre de 2026`.
fn spanish_date(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} de {} de {}", day.day(), crate::i18n_nights::SPANISH_MONTHS[day.month0() as usize], day.year())
}

/// `10. Dezember 2026`.
fn german_date(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}. {} {}", day.day(), MONATE[day.month0() as usize], day.year())
}

async fn page(app: &TestApp, path: &str, accept: Option<&str>) -> String {
    let mut request = app.browser().get(app.url(path));
    if let Some(accept) = accept {
        request = request.header(ACCEPT_LANGUAGE, accept);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

/// A chapter's unsubscribe link for `email` (as the end of its emails has it).
async fn unsubscribe_path(app: &TestApp, chapter_id: i64, email: &str) -> String {
    let mut tx = app.db().begin().await.unwrap();
    let tokens =
        failnight_reminders::preferences::tokens_for(&mut tx, chapter_id, &[email], app.state.clock.timestamp())
            .await
            .unwrap();
    tx.commit().await.unwrap();
    format!("/u/{}", tokens[email])
}

async fn a_spanish_chapter_s_public_pages_speak_spanish(app: TestApp) {
    app.chapter_in("cdmx", "Fracasos CDMX", "America/Mexico_City", "es").await;
    let host = app.host_token("cdmx", "host@cdmx.test").await;
    let night = app.create_event(&host, "cdmx", &TestApp::night("Noche de fracasos", 40)).await;
    assert_eq!(night.status(), 201);
    let night: serde_json::Value = night.json().await.unwrap();
    let id = night["id"].as_i64().unwrap();
    let date = spanish_date(local_day(&night));

    // The chapter's page: Spanish words, a Spanish date, seats counted in Spanish.
    let chapter = page(&app, "/c/cdmx", None).await;
    assert!(chapter.contains(r#"<html lang="es">"#), "{chapter}");
    assert!(chapter.contains("<h2>Próximas noches</h2>"), "{chapter}");
    assert!(chapter.contains(&date), "a Spanish date ({date}): {chapter}");
    assert!(chapter.contains("Quedan 40 plazas"), "{chapter}");
    assert!(chapter.contains("Suscríbete al calendario"));
    assert!(!chapter.contains("Upcoming nights") && !chapter.contains("seats left"));

    // A guest books (by the API, no language asked): their ticket speaks the chapter's Spanish.
    let token = app.rsvp_token(id, "Frida Kahlo", "frida@example.org").await;
    let ticket = page(&app, &format!("/t/{token}"), None).await;
    assert!(ticket.contains(r#"<html lang="es">"#), "{ticket}");
    assert!(ticket.contains("<h1>Tu entrada</h1>"), "{ticket}");
    assert!(ticket.contains("Frida Kahlo, tienes un lugar en"), "{ticket}");
    assert!(
        ticket.contains(&date) && ticket.contains("19:00") && ticket.contains("22:00"),
        "a Spanish date and times: {ticket}"
    );
    assert!(ticket.contains(r#"aria-label="Código QR de tu entrada, para mostrarlo en la entrada""#));
    assert!(ticket.contains("¿No puedes ir? Libera tu lugar"));

    // The step before cancelling, in Spanish too.
    let cancel = page(&app, &format!("/t/{token}/cancel"), None).await;
    assert!(cancel.contains(r#"<html lang="es">"#), "{cancel}");
    assert!(cancel.contains("<h1>¿No puedes ir?</h1>"), "{cancel}");
    assert!(cancel.contains("¿Liberas tu lugar en Noche de fracasos?"), "{cancel}");
    assert!(cancel.contains(r#"<button type="submit" class="secondary">Sí, liberar mi lugar</button>"#));
    assert!(cancel.contains("No, conservar mi lugar"));

    // And the page that stops the chapter's reminders.
    let chapter_id = failnight_scheduling::chapters::by_slug(app.db(), "cdmx").await.unwrap().unwrap().id;
    let unsubscribe = page(&app, &unsubscribe_path(&app, chapter_id, "frida@example.org").await, None).await;
    assert!(unsubscribe.contains(r#"<html lang="es">"#), "{unsubscribe}");
    assert!(unsubscribe.contains("<h1>Correos de Fracasos CDMX</h1>"), "{unsubscribe}");
    assert!(unsubscribe.contains("No quiero más recordatorios ni mensajes"));
}

async fn a_ticket_speaks_the_language_its_guest_booked_in(app: TestApp) {
    let (_, night) = app.published_night("berlin", 40).await;
    let id = night["id"].as_i64().unwrap();
    let date = german_date(local_day(&night));

    // Ada books on the English page; Bea's browser asks for German, so she books on the
    // German page (the form says which).
    let ada = app.rsvp_token(id, "Ada Lovelace", "ada@example.org").await;
    let german_page = page(&app, &format!("/e/{id}"), Some("de-DE,de;q=0.9")).await;
    assert!(german_page.contains(r#"<input type="hidden" name="lang" value="de">"#));
    let booked = app
        .client
        .post(app.url(&format!("/e/{id}/rsvp")))
        .header(ACCEPT_LANGUAGE, "de-DE,de;q=0.9")
        .form(&[("name", "Bea Weber"), ("email", "bea@example.org"), ("lang", "de"), ("accept_code_of_conduct", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(booked.status(), 303);
    let bea = app.ticket_token("bea@example.org").await;

    // Bea's browser on her ticket: German words, a German date, times on a 24-hour clock.
    let ticket = page(&app, &format!("/t/{bea}"), Some("de-DE,de;q=0.9")).await;
    assert!(ticket.contains(r#"<html lang="de">"#), "{ticket}");
    assert!(ticket.contains("<h1>Dein Ticket</h1>"), "{ticket}");
    assert!(ticket.contains("Bea Weber, du hast einen Platz bei"), "{ticket}");
    assert!(
        ticket.contains(&date) && ticket.contains("19:00") && ticket.contains("22:00"),
        "a German date ({date}): {ticket}"
    );
    assert!(ticket.contains("Zeig das am Einlass vor."));
    // " PM" with its space: the 12-hour clock's, not two letters of the ticket's random token
    // in the page's links (which failed this test now and then).
    assert!(!ticket.contains("Your ticket") && !ticket.contains(" PM"));
    // Her ticket stays German wherever she opens it (the link in her German email), unless
    // she chooses another language on the page.
    let elsewhere = page(&app, &format!("/t/{bea}"), Some("en-US,en;q=0.9")).await;
    assert!(elsewhere.contains(r#"<html lang="de">"#), "the guest's own language");
    let chosen = page(&app, &format!("/t/{bea}?lang=en"), Some("de")).await;
    assert!(chosen.contains(r#"<html lang="en">"#) && chosen.contains("<h1>Your ticket</h1>"), "{chosen}");
    assert!(chosen.contains("7:00 PM"), "English times: {chosen}");

    // Ada booked in English: a German browser opening her ticket does not change its language.
    let ticket = page(&app, &format!("/t/{ada}"), Some("de-DE,de;q=0.9")).await;
    assert!(ticket.contains(r#"<html lang="en">"#), "{ticket}");
    assert!(ticket.contains("Ada Lovelace, you have a seat at"), "{ticket}");
    // Bea's cancel step speaks her German as well.
    let cancel = page(&app, &format!("/t/{bea}/cancel"), None).await;
    assert!(cancel.contains(r#"<html lang="de">"#) && cancel.contains("Ja, Platz freigeben"), "{cancel}");
}

async fn the_public_pages_leave_no_english_in_the_pseudo_locale(app: TestApp) {
    let (_, night) = app.published_night("berlin", 40).await;
    let id = night["id"].as_i64().unwrap();
    let token = app.rsvp_token(id, "Ada Lovelace", "ada@example.org").await;
    let chapter_id = failnight_scheduling::chapters::by_slug(app.db(), "berlin").await.unwrap().unwrap().id;
    let unsubscribe = unsubscribe_path(&app, chapter_id, "ada@example.org").await;
    let pseudo = PseudoServer::start(&app).await;
    let browser = app.browser();
    let paths = vec![
        "/".to_string(),
        "/c/berlin".to_string(),
        format!("/e/{id}"),
        format!("/t/{token}"),
        format!("/t/{token}/cancel"),
        format!("/t/{token}/accept"),
        format!("/t/{token}/still-coming"),
        unsubscribe,
    ];
    // The ticket's short code is data too (letters and digits, no words).
    let code: String = failnight_core::with_db!(app.db(), |e| sqlx::query_scalar(
        "SELECT checkin_code FROM rsvps WHERE email = 'ada@example.org'"
    )
    .fetch_one(e)
    .await)
    .unwrap();
    let short = failnight_ticketing::door::short_code(&code);
    let data = [
        short.as_str(),
        "Chapter berlin",
        "Failure Night",
        "Three stories of things that went wrong.",
        "Kiez Bar",
        "Weserstraße 1, 12047 Berlin",
        "Ada Lovelace",
        "ada@example.org",
    ];
    pseudo.assert_no_english(&browser, &paths, &data).await;
    // An error page's frame is ours; its heading and sentence are the error's own (errors.ftl).
    let missing = browser.get(format!("{}/c/no-such-chapter", pseudo.address)).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    let html = missing.text().await.unwrap();
    assert!(html.contains(r#"<a href="/">"#) && !html.contains("Back to the start page"), "{html}");
}
