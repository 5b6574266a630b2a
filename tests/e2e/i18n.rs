//! Languages (issue #18): the visitor's language is chosen right and cached apart, and no
//! English is left hard-coded in a template (the pseudo-locale crawl).
//!
//! The crawl starts a second server, the real binary, on the test app's database with
//! `FAILNIGHT_PSEUDO_LOCALE=on`: the text of every English message comes out accented and
//! between `⟦ ⟧` (`⟦Řeşeřṽe ḿẏ şeaŧ⟧`), so once those are cut out, any word left on a page
//! came from a template or a handler, not from a message, unless it is data the test itself
//! stored or a name.

use std::time::Duration;

use reqwest::header::{ACCEPT_LANGUAGE, SET_COOKIE};
use tokio::process::Child;

use crate::support::{TestApp, both_backends};

/// Words that may appear untranslated: names (of the product, of services, of languages in
/// the language switch) and the zone names our pages print.
const NAMES: &[&str] = &[
    "failnight",
    "Google",
    "Outlook",
    "com",
    "ics",
    "Stripe",
    "OpenStreetMap",
    "English",
    "Español",
    "Deutsch",
    "Français",
    "Português",
    "Brasil",
    "Europe",
    "Berlin",
    "CET",
    "CEST",
];

/// The real binary with the pseudo-locale on, on `app`'s database.
pub struct PseudoServer {
    _child: Child,
    pub address: String,
}

impl PseudoServer {
    pub async fn start(app: &TestApp) -> PseudoServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let address = format!("http://127.0.0.1:{port}");
        let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_failnight"))
            .args(["serve", "--no-workers", "--listen", &format!("127.0.0.1:{port}")])
            .env("FAILNIGHT_DATABASE_URL", &app.settings.database_url)
            .env("FAILNIGHT_BASE_URL", &address)
            .env("FAILNIGHT_SMTP_URL", app.smtp.url())
            .env("FAILNIGHT_MAIL_FROM", "nights@failnight.test")
            .env("FAILNIGHT_RATE_LIMITS", "off")
            .env("FAILNIGHT_PSEUDO_LOCALE", "on")
            .env("FAILNIGHT_LOG", "warn")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start failnight serve");
        let client = reqwest::Client::new();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let ready = client.get(format!("{address}/readyz")).timeout(Duration::from_secs(2)).send().await;
            if ready.is_ok_and(|r| r.status() == 200) {
                return PseudoServer { _child: child, address };
            }
            assert!(tokio::time::Instant::now() < deadline, "the pseudo-locale server never became ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Fetches each of `paths` with `browser` (English asked for, so the pseudo-locale
    /// applies) and fails listing every page with words that are neither messages nor in
    /// `data` (what the test stored: names, titles, addresses) nor [`NAMES`].
    pub async fn assert_no_english(&self, browser: &reqwest::Client, paths: &[String], data: &[&str]) {
        let mut problems = Vec::new();
        for path in paths {
            let response =
                browser.get(format!("{}{path}", self.address)).header(ACCEPT_LANGUAGE, "en").send().await.unwrap();
            let status = response.status();
            let html = response.text().await.unwrap();
            assert!(status.is_success() || status.is_client_error(), "{path}: {status}");
            let left = english_left(&html, data);
            if !left.is_empty() {
                problems.push(format!("{path}: {}", left.join(" ")));
            }
        }
        assert!(problems.is_empty(), "English left in pages (not from a message):\n{}", problems.join("\n"));
    }
}

/// The plain-ASCII words of a page's text and of its `aria-label`, `title`, `placeholder` and
/// `alt` attributes that are not in `data` or [`NAMES`] (scripts, styles and code, `<pre>` and
/// `<code>`, are skipped).
pub fn english_left(html: &str, data: &[&str]) -> Vec<String> {
    let allowed: std::collections::HashSet<&str> =
        data.iter().chain(NAMES).flat_map(|d| d.split(|c: char| !c.is_ascii_alphabetic())).collect();
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push(' ');
        let tag_end = rest[open..].find('>').map_or(rest.len(), |e| open + e + 1);
        let tag = &rest[open..tag_end];
        for attribute in ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                text.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                text.push(' ');
            }
        }
        rest = &rest[tag_end..];
        // Scripts, styles and code (a snippet to paste) are not prose.
        for skipped in ["<script", "<style", "<pre", "<code"] {
            if tag.starts_with(skipped) {
                let close = format!("</{}", &skipped[1..]);
                rest = rest.find(&close).map_or("", |c| &rest[c..]);
            }
        }
    }
    text.push_str(rest);
    let text = text.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replace("&#x27;", "'");
    // Cut out every message's text (nested: a date inside a sentence).
    let mut depth = 0usize;
    let text: String = text
        .chars()
        .filter(|c| {
            match c {
                '⟦' => depth += 1,
                '⟧' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect();
    let mut left: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 2 && !allowed.contains(word))
        .map(str::to_string)
        .collect();
    left.dedup();
    left
}

#[test]
fn the_crawl_sees_text_and_labels_but_not_scripts() {
    let html = r#"<p>⟦Map⟧ <b>Save</b> ⟦at ⟦Monday⟧ ⟧Kiez Bar</p><nav aria-label="Language"><script>let x = "nope";</script><a title="ok">Español</a>"#;
    assert_eq!(english_left(html, &["Kiez Bar"]), vec!["Save", "Language", "ok"]);
}

both_backends!(a_night_page_speaks_the_chapter_s_language_or_the_visitor_s);

async fn a_night_page_speaks_the_chapter_s_language_or_the_visitor_s(app: TestApp) {
    app.chapter_in("cdmx", "Failure Night CDMX", "America/Mexico_City", "es").await;
    let token = app.host_token("cdmx", "host@cdmx.test").await;
    let night = app.create_event(&token, "cdmx", &TestApp::night("Noche de fracasos", 60)).await;
    assert_eq!(night.status(), 201);
    let id = night.json::<serde_json::Value>().await.unwrap()["id"].as_i64().unwrap();
    let page = |accept: Option<&'static str>, query: &'static str| {
        let browser = app.browser();
        let url = app.url(&format!("/e/{id}{query}"));
        async move {
            let mut request = browser.get(url);
            if let Some(accept) = accept {
                request = request.header(ACCEPT_LANGUAGE, accept);
            }
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 200);
            let cookie = response.headers().get(SET_COOKIE).map(|v| v.to_str().unwrap().to_string());
            (response.text().await.unwrap(), cookie, browser)
        }
    };
    // Nobody asked: the chapter's Spanish, with the date in Spanish form.
    let (spanish, cookie, _) = page(None, "").await;
    assert!(spanish.contains(r#"<html lang="es">"#), "{spanish}");
    assert!(spanish.contains("Reservar mi lugar"));
    assert!(spanish.contains(" de 20"), "a Spanish date (\"10 de diciembre de 2026\")");
    assert!(cookie.is_none(), "no choice made, nothing remembered");
    // A browser that prefers German, then one that prefers a language we lack, then French.
    let (german, _, _) = page(Some("de-AT,de;q=0.9,en;q=0.5"), "").await;
    assert!(german.contains(r#"<html lang="de">"#) && german.contains("Platz reservieren"));
    assert!(german.contains(" Uhr ("), "German times (\"19:00–22:00 Uhr\")");
    let (fallback, _, _) = page(Some("it-IT,it;q=0.9"), "").await;
    assert!(fallback.contains(r#"<html lang="es">"#), "no Italian: the chapter's language");
    // An explicit choice beats the browser's and is remembered.
    let (english, cookie, browser) = page(Some("de"), "?lang=en").await;
    assert!(english.contains(r#"<html lang="en">"#) && english.contains("Reserve my seat"));
    assert!(english.contains(" PM"), "English times on a 12-hour clock");
    assert!(cookie.is_some_and(|c| c.starts_with("failnight_lang=en")));
    let again = browser.get(app.url(&format!("/e/{id}"))).header(ACCEPT_LANGUAGE, "de").send().await.unwrap();
    assert!(again.text().await.unwrap().contains(r#"<html lang="en">"#), "the choice is remembered");
    // Every language has its alternate; the switch links each.
    for code in ["en", "es", "de", "fr", "pt-BR"] {
        assert!(spanish.contains(&format!(r#"hreflang="{code}" href="{}?lang={code}""#, app.url(&format!("/e/{id}")))));
        assert!(spanish.contains(&format!(r#"<a href="?lang={code}" hreflang="{code}" lang="{code}""#)));
    }
    // The cached page of one language is never served for another (same URL, same instant).
    let (spanish_again, _, _) = page(None, "").await;
    assert!(spanish_again.contains(r#"<html lang="es">"#));
    let (portuguese, _, _) = page(Some("pt-BR"), "").await;
    assert!(portuguese.contains(r#"<html lang="pt-BR">"#) && portuguese.contains("Reservar meu lugar"));
}

both_backends!(the_booking_form_keeps_the_language_of_its_page);

async fn the_booking_form_keeps_the_language_of_its_page(app: TestApp) {
    let (_, night) = app.published_night("berlin", 40).await;
    let id = night["id"].as_i64().unwrap();
    let response = app
        .client
        .post(app.url(&format!("/e/{id}/rsvp")))
        .form(&[("name", "Ana"), ("email", "ana@example.org"), ("lang", "pt-BR"), ("accept_code_of_conduct", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM rsvps WHERE email = 'ana@example.org' AND language = 'pt-BR'").await,
        1,
        "the guest's language is the page's"
    );
    // A field error answers in the page's language.
    let response = app
        .client
        .post(app.url(&format!("/e/{id}/rsvp")))
        .form(&[("name", ""), ("email", "x@example.org"), ("lang", "fr")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"<html lang="fr">"#) && page.contains("Réserver ma place"));
}

both_backends!(public_pages_leave_no_english_in_the_pseudo_locale);

async fn public_pages_leave_no_english_in_the_pseudo_locale(app: TestApp) {
    let (_, night) = app.published_night("berlin", 40).await;
    let id = night["id"].as_i64().unwrap();
    let pseudo = PseudoServer::start(&app).await;
    let browser = app.browser();
    let paths = vec![format!("/e/{id}"), format!("/c/berlin/report?night={id}"), "/c/berlin/widget".into()];
    let data =
        ["Chapter berlin", "Failure Night", "Three stories of things that went wrong.", "Kiez Bar", "Weserstraße"];
    pseudo.assert_no_english(&browser, &paths, &data).await;
}
