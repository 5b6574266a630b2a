//! Error and validation messages in the page's language (issue #18): a guest's form refused in
//! the chapter's language or the one they asked for, error pages in the visitor's language, a
//! host's form in the chapter's, the JSON API in English whatever is asked, and no English
//! left in a refused form or an error page (the pseudo-locale).

use reqwest::{StatusCode, header::ACCEPT_LANGUAGE};

use crate::{
    i18n::{PseudoServer, english_left},
    support::{TestApp, both_backends},
};

both_backends!(
    a_refused_rsvp_says_why_in_the_guest_s_language,
    error_pages_speak_the_visitor_s_language,
    a_host_s_refused_form_speaks_the_chapter_s_language,
    refused_forms_and_error_pages_leave_no_english_in_the_pseudo_locale,
);

/// A night of a Spanish chapter, published; its id.
async fn spanish_night(app: &TestApp) -> i64 {
    app.chapter_in("cdmx", "Fracasos CDMX", "America/Mexico_City", "es").await;
    let host = app.host_token("cdmx", "host@cdmx.test").await;
    let night = app.create_event(&host, "cdmx", &TestApp::night("Noche de fracasos", 40)).await;
    assert_eq!(night.status(), 201);
    night.json::<serde_json::Value>().await.unwrap()["id"].as_i64().unwrap()
}

/// Posts the RSVP form of night `id` with an empty name and a broken email, asking for
/// `accept`; the page answered (a refusal, nothing booked).
async fn refused_rsvp(app: &TestApp, base: &str, id: i64, accept: Option<&str>) -> String {
    let mut request = app.browser().post(format!("{base}/e/{id}/rsvp")).form(&[("name", ""), ("email", "nope")]);
    if let Some(accept) = accept {
        request = request.header(ACCEPT_LANGUAGE, accept);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    response.text().await.unwrap()
}

async fn a_refused_rsvp_says_why_in_the_guest_s_language(app: TestApp) {
    let id = spanish_night(&app).await;
    let base = app.url("");

    // Nothing asked for: the chapter's Spanish.
    let page = refused_rsvp(&app, &base, id, None).await;
    assert!(page.contains(r#"<html lang="es">"#), "{page}");
    assert!(page.contains("Este campo es obligatorio."), "{page}");
    assert!(page.contains("Escribe un correo electrónico como name@example.org."), "{page}");
    assert!(!page.contains("This field is required"), "{page}");

    // A German browser: German, on the same Spanish chapter's page.
    let page = refused_rsvp(&app, &base, id, Some("de-DE,de;q=0.9")).await;
    assert!(page.contains(r#"<html lang="de">"#), "{page}");
    assert!(page.contains("Dieses Feld ist ein Pflichtfeld."), "{page}");
    assert!(page.contains("Gib eine E-Mail-Adresse wie name@example.org ein."), "{page}");
    assert_eq!(app.count("SELECT COUNT(*) FROM rsvps").await, 0, "nothing booked");

    // The JSON API keeps its English contract whatever the client asks for.
    let api = app
        .client
        .post(app.url(&format!("/api/v1/events/{id}/rsvps")))
        .header(ACCEPT_LANGUAGE, "es")
        .json(&serde_json::json!({"name": "", "email": "nope"}))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = api.json().await.unwrap();
    assert_eq!(body["error"]["code"], "validation_failed");
    assert_eq!(body["error"]["message"], "Some fields need another look.");
    assert_eq!(body["error"]["fields"]["name"], "This field is required.");
    assert_eq!(body["error"]["fields"]["email"], "Enter an email address like name@example.org.");
}

async fn error_pages_speak_the_visitor_s_language(app: TestApp) {
    let browser = app.browser();
    let cases = [
        ("/c/nowhere", "fr", "Introuvable", "Il n’y a pas de chapitre à cette adresse."),
        ("/c/nowhere", "es-MX", "No encontrado", "No hay ningún capítulo en esta dirección."),
        ("/no/such/page", "pt-BR", "Não encontrado", "Não há nada neste endereço."),
        ("/no/such/page", "de", "Nicht gefunden", "Unter dieser Adresse gibt es nichts."),
        ("/no/such/page", "en", "Not found", "There is nothing at this address."),
    ];
    for (path, accept, title, message) in cases {
        let response = browser.get(app.url(path)).header(ACCEPT_LANGUAGE, accept).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        let html = response.text().await.unwrap();
        let lang = accept.split('-').next().unwrap();
        assert!(html.contains(&format!(r#"<html lang="{lang}"#)), "{accept}: {html}");
        assert!(html.contains(title) && html.contains(message), "{accept}: {html}");
    }
    // An explicit choice beats the browser's languages, error pages included.
    let response = browser.get(app.url("/c/nowhere?lang=es")).header(ACCEPT_LANGUAGE, "de").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(response.text().await.unwrap().contains("No hay ningún capítulo en esta dirección."));
}

async fn a_host_s_refused_form_speaks_the_chapter_s_language(app: TestApp) {
    app.chapter_in("berlin", "Scheitern Berlin", "Europe/Berlin", "de").await;
    app.host_token("berlin", "host@berlin.test").await;
    let browser = app.browser();
    app.sign_in(&browser, "host@berlin.test").await;
    let refused = browser
        .post(app.url("/host/c/berlin/events"))
        .form(&[("title", "Abend"), ("capacity", "viele"), ("starts_at", ""), ("ends_at", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Gib eine ganze Zahl ein."), "{page}");
    assert!(page.contains("Wähle einen Ort."), "{page}");
    assert!(!page.contains("Give a whole number") && !page.contains("Choose a venue"), "{page}");
    assert_eq!(app.count("SELECT COUNT(*) FROM events").await, 0, "nothing made");
}

async fn refused_forms_and_error_pages_leave_no_english_in_the_pseudo_locale(app: TestApp) {
    let id = spanish_night(&app).await;
    let pseudo = PseudoServer::start(&app).await;
    // English asked for, so every message comes out in the pseudo-locale: what is left plain
    // is hard-coded.
    let data = [
        "Fracasos CDMX",
        "Noche de fracasos",
        "Three stories of things that went wrong.",
        "Kiez Bar",
        "Weserstraße",
        "America/Mexico_City CST",
        "name@example.org",
        "nope",
    ];
    let page = refused_rsvp(&app, &pseudo.address, id, Some("en")).await;
    assert_eq!(english_left(&page, &data), Vec::<String>::new(), "{page}");
    let paths = ["/c/nowhere".to_string(), "/no/such/page".to_string(), format!("/e/{}", id + 1000)];
    pseudo.assert_no_english(&app.browser(), &paths, &data).await;
}
