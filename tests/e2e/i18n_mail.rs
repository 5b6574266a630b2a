//! Emails in the recipient's language (issue #18): a guest's in the language of the page they
//! booked on, else (walk-ins, API bookings) the chapter's; subjects, text, HTML and the dates in
//! them, and the texts of the attached invite, as the real SMTP sink receives them.

use chrono::{DateTime, Datelike, Duration, Utc};
use failnight_app::reminders::enqueue_due;
use mail_parser::{Message, MimeHeaders};
use serde_json::{Value, json};

use crate::support::{TestApp, both_backends, ics};

both_backends!(a_spanish_chapter_mails_its_guests_in_spanish);
both_backends!(
    options: crate::support::Options { clock: Some(failnight_core::time::ManualClock::new(chrono::Utc::now())), ..Default::default() };
    a_german_guest_of_an_english_chapter_gets_german_mail_and_reminders,
);

/// A booking from the night's page, with the page's language as its hidden field sends it.
async fn book_from_page(app: &TestApp, event_id: i64, name: &str, email: &str, lang: &str) {
    let response = app
        .client
        .post(app.url(&format!("/e/{event_id}/rsvp")))
        .form(&[("name", name), ("email", email), ("lang", lang), ("accept_code_of_conduct", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "the form redirects to the night's page");
}

/// The text and HTML parts of a message, and its attached invite's calendar.
fn parts(message: &Message<'_>) -> (String, String, Option<String>) {
    let text = message.body_text(0).expect("a text part").to_string();
    let html = message.body_html(0).expect("an HTML part").to_string();
    let invite = message
        .attachments()
        .find(|a| a.attachment_name() == Some("invite.ics"))
        .map(|a| String::from_utf8(a.contents().to_vec()).unwrap());
    (text, html, invite)
}

/// Words of our English emails that must not be left in another language's.
const ENGLISH: &[&str] = &["Hi ", "When:", "Where:", "Your ticket", "See you there", "You get this email", "waitlist"];

fn assert_no_english(what: &str, body: &str) {
    for word in ENGLISH {
        assert!(!body.contains(word), "{what} has English ({word:?}): {body}");
    }
}

async fn a_spanish_chapter_mails_its_guests_in_spanish(app: TestApp) {
    app.cli(&[
        "chapter",
        "create",
        "--slug",
        "cdmx",
        "--name",
        "Fracasos CDMX",
        "--timezone",
        "America/Mexico_City",
        "--language",
        "es",
    ])
    .await
    .expect("a Spanish chapter");
    let token = app.host_token("cdmx", "host@cdmx.test").await;
    // A night in December, so the date has a month name to check.
    let year = Utc::now().year() + 1;
    let day = chrono::NaiveDate::from_ymd_opt(year, 12, 10).unwrap();
    let (weekday, weekday_en) = match day.weekday() {
        chrono::Weekday::Mon => ("lunes", "Monday"),
        chrono::Weekday::Tue => ("martes", "Tuesday"),
        chrono::Weekday::Wed => ("miércoles", "Wednesday"),
        chrono::Weekday::Thu => ("jueves", "Thursday"),
        chrono::Weekday::Fri => ("viernes", "Friday"),
        chrono::Weekday::Sat => ("sábado", "Saturday"),
        chrono::Weekday::Sun => ("domingo", "Sunday"),
    };
    let night = json!({
        "title": "Noche de fracasos",
        "description": "Tres historias de cosas que salieron mal.",
        "starts_at": format!("{year}-12-10T19:00"),
        "ends_at": format!("{year}-12-10T22:00"),
        "venue": {"name": "Bar La Fonda", "address": "Calle Colima 1, Roma Norte, CDMX"},
        "capacity": 10,
    });
    let response = app.create_event(&token, "cdmx", &night).await;
    assert_eq!(response.status(), 201);
    let event: Value = response.json().await.unwrap();
    let id = event["id"].as_i64().unwrap();

    // Booked from the Spanish page.
    book_from_page(&app, id, "Ana", "ana@example.org", "es").await;
    let mail = app.mail_to("ana@example.org", "Tienes lugar: Noche de fracasos").await;
    let message = mail.parse();
    let subject = message.subject().unwrap().to_string();
    assert_eq!(subject, format!("Tienes lugar: Noche de fracasos, {weekday}, 10 de diciembre de {year}"));
    let (text, html, invite) = parts(&message);
    assert!(text.starts_with("Hola, Ana:"), "{text}");
    assert!(text.contains("Tienes un lugar en Noche de fracasos."), "{text}");
    assert!(text.contains(&format!("Cuándo: {weekday}, 10 de diciembre de {year}, de 19:00 a 22:00")), "{text}");
    assert!(text.contains("Tu entrada (muestra el código QR en la puerta): "), "{text}");
    assert_no_english("the text", &text);
    assert!(html.contains("<html lang=\"es\">"), "{html}");
    assert!(html.contains("Abrir tu entrada") && html.contains("Fracasos CDMX · noche de fracasos"), "{html}");
    assert!(html.contains(&format!("10 de diciembre de {year}")), "{html}");
    assert_no_english("the HTML", &html);
    // The invite holds the night's own words: its Spanish title and description.
    let invite = invite.expect("the invite is attached");
    let calendar = ics::parse(&invite);
    let vevent = &calendar.events[0];
    assert_eq!(ics::unescape(&ics::prop(vevent, "SUMMARY").unwrap()), "Noche de fracasos");
    let description = ics::unescape(&ics::prop(vevent, "DESCRIPTION").unwrap());
    assert!(description.starts_with("Tres historias de cosas que salieron mal."), "{description}");
    assert_no_english("the invite", &description);

    // An API booking (like a walk-in) names no language: the chapter's.
    assert_eq!(app.rsvp_api(id, "Beto", "beto@example.org").await.status(), 202);
    let mail = app.mail_to("beto@example.org", "Tienes lugar: Noche de fracasos").await;
    let (text, html, _) = parts(&mail.parse());
    assert!(text.starts_with("Hola, Beto:") && html.contains("<html lang=\"es\">"), "{text}");
    assert_no_english("the API booking's text", &text);

    // A guest who chose English on the Spanish chapter's page gets English.
    book_from_page(&app, id, "Dan", "dan@example.org", "en").await;
    let mail = app.mail_to("dan@example.org", "You're in: Noche de fracasos").await;
    let (text, html, _) = parts(&mail.parse());
    assert!(text.contains(&format!("When: {weekday_en}, December 10, {year}, 7:00 PM")), "{text}");
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    app.stop().await;
}

fn clock(app: &TestApp) -> &failnight_core::time::ManualClock {
    app.clock.as_ref().expect("a manual clock")
}

async fn a_german_guest_of_an_english_chapter_gets_german_mail_and_reminders(app: TestApp) {
    let (_, event) = app.published_night("alpha", 10).await;
    let id = event["id"].as_i64().unwrap();
    let starts: DateTime<Utc> = event["starts_at_utc"].as_str().unwrap().parse().unwrap();
    book_from_page(&app, id, "Jörg", "joerg@example.org", "de").await;
    assert_eq!(app.rsvp_api(id, "Ada", "ada@example.org").await.status(), 202);

    let mail = app.mail_to("joerg@example.org", "Du bist dabei: Failure Night").await;
    let message = mail.parse();
    let (text, html, invite) = parts(&message);
    assert!(text.starts_with("Hallo Jörg,"), "{text}");
    assert!(text.contains("du hast einen Platz bei Failure Night."), "{text}");
    // German dates: "Donnerstag, 10. Dezember 2026, 19:00–22:00 Uhr".
    assert!(text.contains(" Uhr (Europe/Berlin"), "{text}");
    assert_no_english("the German text", &text);
    assert!(html.contains("<html lang=\"de\">") && html.contains("Dein Ticket öffnen"), "{html}");
    assert_no_english("the German HTML", &html);
    assert!(invite.is_some(), "the invite is attached");
    // The English guest of the same night reads English.
    let english = app.mail_to("ada@example.org", "You're in: Failure Night").await;
    assert!(parts(&english.parse()).0.starts_with("Hi Ada,"));

    // The reminders job: each guest in their own language.
    let at = starts - Duration::hours(24) + Duration::minutes(1);
    clock(&app).set(at);
    let queued = enqueue_due(app.db(), &app.state.sender, at, &app.state.mail_wake).await.unwrap();
    app.state.mail_wake.notify_one();
    assert_eq!(queued, 2);
    let reminder = app.mail_to("joerg@example.org", "Erinnerung: Failure Night").await;
    let message = reminder.parse();
    let (text, html, _) = parts(&message);
    assert!(text.contains("zur Erinnerung: Du hast einen Platz bei Failure Night."), "{text}");
    assert!(text.contains("Keine Erinnerungen oder Nachrichten mehr von Chapter alpha:"), "{text}");
    assert_no_english("the German reminder", &text);
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    assert!(message.header("List-Unsubscribe").is_some(), "the unsubscribe header stays");
    let english = app.mail_to("ada@example.org", "Reminder: Failure Night").await;
    assert!(parts(&english.parse()).0.contains("a reminder that you have a seat at Failure Night."));
    app.stop().await;
}
