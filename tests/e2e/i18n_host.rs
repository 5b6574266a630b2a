//! The host pages outside one night (issue #18): a chapter's language chosen when it is made
//! and changed in its settings, the pages in the chapter's language unless the host asks for
//! another, and no English left hard-coded (the pseudo-locale crawl).

use reqwest::header::ACCEPT_LANGUAGE;

use crate::{
    i18n::PseudoServer,
    support::{TestApp, both_backends},
};

async fn page(browser: &reqwest::Client, url: String, accept: Option<&str>) -> String {
    let mut request = browser.get(url);
    if let Some(accept) = accept {
        request = request.header(ACCEPT_LANGUAGE, accept);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{}", response.url());
    response.text().await.unwrap()
}

both_backends!(a_chapter_s_language_is_chosen_in_the_host_pages);

async fn a_chapter_s_language_is_chosen_in_the_host_pages(app: TestApp) {
    app.cli(&["admin", "add", "--email", "owner@example.org"]).await.unwrap();
    let browser = app.browser();
    app.sign_in(&browser, "owner@example.org").await;

    // The new-chapter form offers every language, the page's own (English here) chosen.
    let home = page(&browser, app.url("/host"), None).await;
    assert!(home.contains(r#"<option value="en" lang="en" selected>English</option>"#), "{home}");
    assert!(home.contains(r#"<option value="es" lang="es">Español</option>"#), "{home}");
    assert!(home.contains(r#"<option value="pt-BR" lang="pt-BR">Português (Brasil)</option>"#));
    let made = browser
        .post(app.url("/host/chapters"))
        .form(&[("name", "Noche CDMX"), ("slug", "cdmx"), ("timezone", "America/Mexico_City"), ("language", "es")])
        .send()
        .await
        .unwrap();
    assert_eq!(made.status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM chapters WHERE slug = 'cdmx' AND language = 'es'").await, 1);

    // Its pages speak Spanish to a host who asked for nothing, Spanish selected in the settings.
    let settings = page(&browser, app.url("/host/c/cdmx/settings"), None).await;
    assert!(settings.contains(r#"<html lang="es">"#), "{settings}");
    assert!(settings.contains("Ajustes del capítulo") && settings.contains("Lugares y lista de espera"));
    assert!(settings.contains(r#"<option value="es" lang="es" selected>Español</option>"#), "{settings}");
    assert!(!settings.contains(r#"lang="en" selected"#));

    // Changed to German in the settings: saved, and the pages follow.
    let saved = browser
        .post(app.url("/host/c/cdmx/settings"))
        .form(&[
            ("name", "Noche CDMX"),
            ("timezone", "America/Mexico_City"),
            ("description", ""),
            ("code_of_conduct", ""),
            ("reminder_hours", "24"),
            ("language", "de"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM chapters WHERE slug = 'cdmx' AND language = 'de'").await, 1);
    let settings = page(&browser, app.url("/host/c/cdmx/settings?saved=1"), None).await;
    assert!(settings.contains(r#"<option value="de" lang="de" selected>Deutsch</option>"#), "{settings}");
    assert!(settings.contains("Gespeichert."));

    // A browser asking only for languages we lack gets the chapter's German, dates included.
    let dashboard = page(&browser, app.url("/host/c/cdmx"), Some("it-IT,it;q=0.9")).await;
    assert!(dashboard.contains(r#"<html lang="de">"#), "{dashboard}");
    assert!(dashboard.contains("Übersicht") && dashboard.contains("Es ist kein Abend geplant."), "{dashboard}");
    assert!(dashboard.contains("0 kommende Abende"), "{dashboard}");
    let audit = page(&browser, app.url("/host/c/cdmx/audit"), Some("it")).await;
    assert!(audit.contains("Chapter angelegt") && audit.contains("Einstellungen geändert"), "{audit}");
    assert!(audit.contains(" um "), "a German date and time (\"… 2026 um 19:00\"): {audit}");

    // The host's own choice beats the chapter's.
    let portuguese = page(&browser, app.url("/host/c/cdmx?lang=pt-BR"), None).await;
    assert!(portuguese.contains(r#"<html lang="pt-BR">"#), "{portuguese}");
    assert!(portuguese.contains("Painel") && portuguese.contains("Nenhuma noite está planejada."), "{portuguese}");
    // …and is remembered, on pages of no chapter too.
    let home = page(&browser, app.url("/host"), None).await;
    assert!(home.contains(r#"<html lang="pt-BR">"#) && home.contains("Seus capítulos"), "{home}");
    assert!(home.contains(r#"<option value="pt-BR" lang="pt-BR" selected>"#), "the new chapter's default: {home}");
}

both_backends!(host_pages_leave_no_english_in_the_pseudo_locale);

async fn host_pages_leave_no_english_in_the_pseudo_locale(app: TestApp) {
    app.chapter("berlin", "Europe/Berlin").await;
    app.host_token("berlin", "owner@example.org").await;
    app.cli(&["admin", "add", "--email", "owner@example.org"]).await.unwrap();
    let browser = app.browser();
    app.sign_in(&browser, "owner@example.org").await;
    let post = |path: &str, form: Vec<(&'static str, String)>| {
        let request = browser.post(app.url(path)).form(&form);
        async move { request.send().await.unwrap() }
    };
    let made = post(
        "/host/c/berlin/venues",
        [("name", "Kiez Bar"), ("address", "Weserstraße 1"), ("capacity", "40"), ("accessibility", "")]
            .map(|(k, v)| (k, v.to_string()))
            .to_vec(),
    )
    .await;
    assert_eq!(made.status(), 303);
    let venue = app.count("SELECT MAX(id) FROM venues").await;
    let made = post(
        "/host/c/berlin/series",
        vec![
            ("title", "Failure Night".to_string()),
            ("rrule", "FREQ=MONTHLY;BYDAY=2TH".into()),
            ("start_time", "19:00".into()),
            ("duration_minutes", "180".into()),
            ("venue_id", venue.to_string()),
            ("publish", "on".into()),
        ],
    )
    .await;
    assert_eq!(made.status(), 303);
    let series = app.count("SELECT MAX(id) FROM series").await;
    assert_eq!(post("/host/tokens", vec![("name", "newsletter script".into())]).await.status(), 200);
    assert_eq!(
        post("/host/c/berlin/hosts", vec![("email", "door@example.org".into()), ("role", "door".into())])
            .await
            .status(),
        303
    );

    // The call opened: its audit detail is a phrase of ours, and the call page shows our
    // decision texts as the ones to start from.
    crate::stories::open_call(&browser, &app, "berlin", false).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE detail = 'call for stories open'").await, 1);

    let pseudo = PseudoServer::start(&app).await;
    let paths: Vec<String> = [
        "/host/c/berlin/call".into(),
        "/host".to_string(),
        "/host/sign-in".into(),
        "/host/tokens".into(),
        "/host/c/berlin".into(),
        "/host/c/berlin/settings".into(),
        "/host/c/berlin/hosts".into(),
        "/host/c/berlin/audit".into(),
        "/host/c/berlin/reports".into(),
        "/host/c/berlin/webhooks".into(),
        "/host/c/berlin/numbers".into(),
        "/host/network".into(),
        "/host/network?sort=trend".into(),
        "/host/c/berlin/numbers?from=2026-13".into(),
        "/host/c/berlin/venues".into(),
        format!("/host/c/berlin/venues/{venue}"),
        "/host/c/berlin/series".into(),
        format!("/host/c/berlin/series/{series}"),
    ]
    .into();
    let data = [
        // What the test stored.
        "Chapter berlin",
        "owner@example.org",
        "door@example.org",
        "Kiez Bar",
        "Weserstraße",
        "Failure Night",
        "newsletter script",
        "FREQ=MONTHLY;BYDAY=2TH",
        // The label of the token `failnight host add` made.
        "cli",
        // An HTTP header, as scripts send it.
        "Authorization: Bearer",
        // What a series title may contain, typed as is in every language.
        "{month} {date}",
        // File formats, named so in every language.
        "CSV JSON",
        // The placeholders of the decision texts, the same in every language.
        "{name} {title} {link} {chapter}",
    ];
    pseudo.assert_no_english(&browser, &paths, &data).await;
}
