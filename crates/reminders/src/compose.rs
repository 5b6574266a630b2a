//! Composing emails: askama templates under `templates/email/<name>/` (subject.txt, body.txt,
//! body.html), rendered into an outbox row. Rendering happens when the email is queued, so the
//! row is a faithful record of what was promised at that moment and delivery needs no lookups.

use askama::Template;
use chrono::{DateTime, Utc};
use failnight_core::{
    Lang, Timestamp,
    outbox::{
        Category, Invite, NewEmail,
        keys::{self, RsvpEmail},
    },
    token::hash_token,
};
use failnight_scheduling::{
    Chapter, EventDetails,
    calendar::{Guest, Method, Organizer, event_ics, event_ics_with_note},
    display,
};
use failnight_submissions::{
    Action, StorySettings, Submission,
    settings::{Decision, fill},
};
use failnight_ticketing::{Rsvp, RsvpStatus};

/// Who emails come from and where links point.
#[derive(Debug, Clone)]
pub struct Sender {
    pub from_name: String,
    pub from_email: String,
    /// The public base URL, without a trailing slash, e.g. `https://failnight.example.org`.
    pub base_url: String,
}

impl Sender {
    /// The host part of the base URL: the right-hand side of Message-IDs and calendar UIDs.
    pub fn domain(&self) -> &str {
        let rest = self.base_url.split_once("://").map_or(self.base_url.as_str(), |(_, r)| r);
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
        match host.rsplit_once(':') {
            Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) && !name.is_empty() => name,
            _ if host.is_empty() => "failnight.invalid",
            _ => host,
        }
    }

    pub fn event_url(&self, event: &EventDetails) -> String {
        format!("{}/e/{}", self.base_url, event.id)
    }

    pub fn ticket_url(&self, token: &str) -> String {
        format!("{}/t/{}", self.base_url, token)
    }

    /// A one-click unsubscribe link (optional mail's `List-Unsubscribe`).
    pub fn unsubscribe_url(&self, token: &str) -> String {
        format!("{}/u/{}", self.base_url, token)
    }

    /// A host's sign-in link, leading on to `next` (a path of ours) once used.
    pub fn sign_in_url(&self, token: &str, next: &str) -> String {
        let mut url = format!("{}/host/sign-in/{token}", self.base_url);
        url.push_str("?next=");
        url.extend(url::form_urlencoded::byte_serialize(next.as_bytes()));
        url
    }

    /// A Message-ID derived from the idempotency key: the same reason, the same id.
    pub fn message_id(&self, idempotency_key: &str) -> String {
        format!("{}@{}", &hash_token(idempotency_key)[..32], self.domain())
    }
}

/// The chapter's colour and logo in its emails to guests and speakers: the buttons, a band on
/// the message, the logo above it.
#[derive(Debug)]
struct Brand {
    /// `#rrggbb` that white text reads on: the chapter's, or our ink.
    accent: String,
    /// The logo's absolute address, if the chapter has one.
    logo_url: Option<String>,
}

impl Brand {
    fn of(sender: &Sender, event: &EventDetails) -> Brand {
        Brand::new(sender, &event.chapter_slug, &event.chapter_accent, &event.chapter_logo)
    }

    fn of_chapter(sender: &Sender, chapter: &Chapter) -> Brand {
        Brand::new(sender, &chapter.slug, &chapter.accent, &chapter.logo)
    }

    fn new(sender: &Sender, slug: &str, accent: &str, logo: &str) -> Brand {
        Brand {
            accent: if accent.is_empty() { "#1d1d1b".into() } else { accent.to_string() },
            logo_url: failnight_scheduling::logos::path(slug, logo).map(|path| format!("{}{path}", sender.base_url)),
        }
    }
}

/// What the RSVP emails show.
#[derive(Debug)]
struct RsvpMail {
    chapter_name: String,
    brand: Brand,
    name: String,
    title: String,
    date: String,
    when: String,
    location: String,
    map_url: String,
    event_url: String,
    ticket_url: String,
    google_url: String,
    outlook_url: String,
    waitlist_position: Option<i64>,
    plus_ones: i64,
    /// When an offer runs out, in the night's zone.
    deadline: String,
    accept_url: String,
    cancel_url: String,
    still_coming_url: String,
    /// What the guest gets back, for cancelled paid tickets.
    refund: Option<String>,
    by_host: bool,
    /// An offer that follows a host's approval (of a paid ticket), not a freed seat.
    approved: bool,
    /// Had a seat (so a calendar cancellation is attached).
    confirmed: bool,
    /// Where to pay for a held seat (Stripe's Checkout page).
    pay_url: String,
    /// Where the ticket stands, in words ("you have a seat"), for "you already have a ticket".
    standing: String,
}

/// Declares the three templates (subject, text, HTML) of one email over one view model, each
/// rendered in the recipient's language (`lang`: messages, and the HTML's `lang` attribute).
macro_rules! email_templates {
    ($model:ty: $subject:ident = $subject_path:literal, $text:ident = $text_path:literal, $html:ident = $html_path:literal) => {
        #[derive(Template)]
        #[template(path = $subject_path)]
        #[allow(dead_code)] // a subject may use none of the model
        struct $subject<'a> {
            m: &'a $model,
            lang: Lang,
        }
        #[derive(Template)]
        #[template(path = $text_path)]
        struct $text<'a> {
            m: &'a $model,
            lang: Lang,
        }
        #[derive(Template)]
        #[template(path = $html_path)]
        struct $html<'a> {
            m: &'a $model,
            lang: Lang,
        }
        impl $subject<'_> {
            /// The subject, text and HTML of this email in `lang`.
            fn parts(m: &$model, lang: Lang) -> (String, String, String) {
                (render(&$subject { m, lang }), render(&$text { m, lang }), render(&$html { m, lang }))
            }
        }
    };
}

email_templates!(RsvpMail:
    ConfirmedSubject = "email/rsvp_confirmed/subject.txt",
    ConfirmedText = "email/rsvp_confirmed/body.txt",
    ConfirmedHtml = "email/rsvp_confirmed/body.html");
email_templates!(RsvpMail:
    OfferedSubject = "email/rsvp_offered/subject.txt",
    OfferedText = "email/rsvp_offered/body.txt",
    OfferedHtml = "email/rsvp_offered/body.html");
email_templates!(RsvpMail:
    RsvpCancelledSubject = "email/rsvp_cancelled/subject.txt",
    RsvpCancelledText = "email/rsvp_cancelled/body.txt",
    RsvpCancelledHtml = "email/rsvp_cancelled/body.html");
email_templates!(RsvpMail:
    OfferExpiredSubject = "email/rsvp_offer_expired/subject.txt",
    OfferExpiredText = "email/rsvp_offer_expired/body.txt",
    OfferExpiredHtml = "email/rsvp_offer_expired/body.html");
email_templates!(RsvpMail:
    PendingSubject = "email/rsvp_pending/subject.txt",
    PendingText = "email/rsvp_pending/body.txt",
    PendingHtml = "email/rsvp_pending/body.html");
email_templates!(RsvpMail:
    DeclinedSubject = "email/rsvp_declined/subject.txt",
    DeclinedText = "email/rsvp_declined/body.txt",
    DeclinedHtml = "email/rsvp_declined/body.html");
email_templates!(RsvpMail:
    ReconfirmSubject = "email/rsvp_reconfirm/subject.txt",
    ReconfirmText = "email/rsvp_reconfirm/body.txt",
    ReconfirmHtml = "email/rsvp_reconfirm/body.html");
email_templates!(RsvpMail:
    HeldSubject = "email/rsvp_held/subject.txt",
    HeldText = "email/rsvp_held/body.txt",
    HeldHtml = "email/rsvp_held/body.html");
email_templates!(RsvpMail:
    AgainSubject = "email/rsvp_again/subject.txt",
    AgainText = "email/rsvp_again/body.txt",
    AgainHtml = "email/rsvp_again/body.html");
email_templates!(RsvpMail:
    WaitlistedSubject = "email/rsvp_waitlisted/subject.txt",
    WaitlistedText = "email/rsvp_waitlisted/body.txt",
    WaitlistedHtml = "email/rsvp_waitlisted/body.html");

/// A header value on one line: control characters (CR, LF, …) become spaces, runs of spaces
/// one. Other white space stays: French puts no-break spaces before `:` and `?`.
pub fn header_text(text: &str) -> String {
    let one_line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    one_line.split(' ').filter(|word| !word.is_empty()).collect::<Vec<_>>().join(" ")
}

fn render(template: &impl Template) -> String {
    // Templates are compiled; rendering fails only if a Display impl fails, which ours do not.
    template.render().expect("email templates render")
}

fn rsvp_mail(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    rsvp: &Rsvp,
    waitlist_position: Option<i64>,
) -> RsvpMail {
    let event_url = sender.event_url(event);
    let ticket_url = sender.ticket_url(&rsvp.token);
    RsvpMail {
        chapter_name: event.chapter_name.clone(),
        brand: Brand::of(sender, event),
        name: rsvp.name.clone(),
        title: event.title.clone(),
        date: lang.date(event.starts_utc(), event.tz()),
        when: display::when(event, lang),
        location: event.location(),
        map_url: display::map_url(event),
        google_url: display::google_calendar_url(event, &event_url),
        outlook_url: display::outlook_calendar_url(event, &event_url),
        accept_url: format!("{ticket_url}/accept"),
        cancel_url: format!("{ticket_url}/cancel"),
        still_coming_url: format!("{ticket_url}/still-coming"),
        deadline: rsvp.offer_expires_at.map(|at| lang.date_time(at.to_utc(), event.tz())).unwrap_or_default(),
        ticket_url,
        event_url,
        waitlist_position,
        plus_ones: rsvp.plus_ones,
        refund: None,
        by_host: false,
        approved: false,
        confirmed: false,
        pay_url: String::new(),
        standing: String::new(),
    }
}

/// The email an RSVP gets when it is made or its state settles: a confirmation with the
/// invite, the waitlist notice, or "waiting for approval".
pub fn rsvp_email(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    rsvp: &Rsvp,
    waitlist_position: Option<i64>,
    now: DateTime<Utc>,
) -> NewEmail {
    let model = rsvp_mail(sender, lang, event, rsvp, waitlist_position);
    let confirmed = rsvp.status().has_seat();
    let (kind, parts) = if confirmed {
        (RsvpEmail::Confirmation, ConfirmedSubject::parts(&model, lang))
    } else if rsvp.status() == RsvpStatus::Pending {
        (RsvpEmail::Pending, PendingSubject::parts(&model, lang))
    } else {
        (RsvpEmail::Waitlisted, WaitlistedSubject::parts(&model, lang))
    };
    let invite = confirmed.then(|| invite_for(sender, event, rsvp, Method::Request, now));
    email(sender, keys::rsvp(rsvp.id, kind), event, rsvp, parts, invite)
}

/// A freed seat offered to a waitlisted guest, with its deadline and a one-click accept link.
/// One per offer: `rsvp:{id}:offer:{n}`.
/// `approved`: the offer follows a host's approval of a paid ticket rather than a freed seat.
pub fn offer_email(sender: &Sender, lang: Lang, event: &EventDetails, rsvp: &Rsvp, approved: bool) -> NewEmail {
    let mut m = rsvp_mail(sender, lang, event, rsvp, None);
    m.approved = approved;
    let parts = OfferedSubject::parts(&m, lang);
    email(sender, keys::rsvp(rsvp.id, RsvpEmail::Offer(rsvp.offers)), event, rsvp, parts, None)
}

/// An offer that ran out: `rsvp:{id}:offer:{n}:expired`.
pub fn offer_expired_email(sender: &Sender, lang: Lang, event: &EventDetails, rsvp: &Rsvp) -> NewEmail {
    let m = rsvp_mail(sender, lang, event, rsvp, None);
    let parts = OfferExpiredSubject::parts(&m, lang);
    email(sender, keys::rsvp(rsvp.id, RsvpEmail::OfferExpired(rsvp.offers)), event, rsvp, parts, None)
}

/// A guest's place cancelled (by them or a host); with the calendar cancellation when they had
/// a seat and a sentence about the refund for paid tickets. One per RSVP.
#[allow(clippy::too_many_arguments)]
pub fn rsvp_cancelled_email(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    rsvp: &Rsvp,
    had_seat: bool,
    by_host: bool,
    refund: Option<String>,
    now: DateTime<Utc>,
) -> NewEmail {
    let mut m = rsvp_mail(sender, lang, event, rsvp, None);
    m.by_host = by_host;
    m.refund = refund;
    m.confirmed = had_seat;
    let parts = RsvpCancelledSubject::parts(&m, lang);
    let invite = had_seat.then(|| invite_for(sender, event, rsvp, Method::Cancel, now));
    email(sender, keys::rsvp(rsvp.id, RsvpEmail::Cancelled), event, rsvp, parts, invite)
}

/// A pending RSVP the hosts declined.
pub fn declined_email(sender: &Sender, lang: Lang, event: &EventDetails, rsvp: &Rsvp) -> NewEmail {
    let m = rsvp_mail(sender, lang, event, rsvp, None);
    let parts = DeclinedSubject::parts(&m, lang);
    email(sender, keys::rsvp(rsvp.id, RsvpEmail::Declined), event, rsvp, parts, None)
}

/// A paid ticket's seat is held while its Checkout Session is open: the link to pay, and the
/// ticket page (which has the link too). One per RSVP: `rsvp:{id}:held`.
pub fn held_email(sender: &Sender, lang: Lang, event: &EventDetails, rsvp: &Rsvp, pay_url: &str) -> NewEmail {
    let mut m = rsvp_mail(sender, lang, event, rsvp, None);
    m.pay_url = pay_url.to_string();
    let parts = HeldSubject::parts(&m, lang);
    email(sender, keys::rsvp(rsvp.id, RsvpEmail::Held), event, rsvp, parts, None)
}

/// Someone booked the night again with the email of an existing RSVP: its link goes to that
/// address (never to whoever typed it), at most once per quarter of an hour
/// (`rsvp:{id}:again:{window}`: a second one in the window is the same key, not queued).
pub fn again_email(sender: &Sender, lang: Lang, event: &EventDetails, rsvp: &Rsvp, now: DateTime<Utc>) -> NewEmail {
    let mut m = rsvp_mail(sender, lang, event, rsvp, None);
    m.standing = match rsvp.status() {
        RsvpStatus::Confirmed | RsvpStatus::CheckedIn => lang.t("mail-again-standing-seat"),
        RsvpStatus::Waitlisted => lang.t("mail-again-standing-waitlist"),
        RsvpStatus::Offered => lang.f1("mail-again-standing-offered", "deadline", &m.deadline),
        RsvpStatus::Held => lang.t("mail-again-standing-held"),
        RsvpStatus::Pending => lang.t("mail-again-standing-pending"),
        RsvpStatus::Cancelled | RsvpStatus::Declined => lang.t("mail-again-standing-none"),
    };
    let parts = AgainSubject::parts(&m, lang);
    let key = keys::rsvp(rsvp.id, RsvpEmail::again(Timestamp::from_utc(now)));
    email(sender, key, event, rsvp, parts, None)
}

/// "Still coming?" with yes / can't come links. One per RSVP.
pub fn reconfirm_email(sender: &Sender, lang: Lang, event: &EventDetails, rsvp: &Rsvp) -> NewEmail {
    let m = rsvp_mail(sender, lang, event, rsvp, None);
    let parts = ReconfirmSubject::parts(&m, lang);
    email(sender, keys::rsvp(rsvp.id, RsvpEmail::Reconfirm), event, rsvp, parts, None)
}

/// What the emails about a changed or cancelled night show.
#[derive(Debug)]
struct ChangeMail {
    chapter_name: String,
    brand: Brand,
    chapter_url: String,
    name: String,
    title: String,
    date: String,
    when: String,
    location: String,
    map_url: String,
    event_url: String,
    ticket_url: String,
    moved_from: Option<String>,
    confirmed: bool,
}

email_templates!(ChangeMail:
    UpdatedSubject = "email/event_updated/subject.txt",
    UpdatedText = "email/event_updated/body.txt",
    UpdatedHtml = "email/event_updated/body.html");
email_templates!(ChangeMail:
    CancelledSubject = "email/event_cancelled/subject.txt",
    CancelledText = "email/event_cancelled/body.txt",
    CancelledHtml = "email/event_cancelled/body.html");

fn change_mail(sender: &Sender, lang: Lang, event: &EventDetails, rsvp: &Rsvp) -> ChangeMail {
    ChangeMail {
        chapter_name: event.chapter_name.clone(),
        brand: Brand::of(sender, event),
        chapter_url: format!("{}/c/{}", sender.base_url, event.chapter_slug),
        name: rsvp.name.clone(),
        title: event.title.clone(),
        date: lang.date(event.starts_utc(), event.tz()),
        when: display::when(event, lang),
        location: event.location(),
        map_url: display::map_url(event),
        event_url: sender.event_url(event),
        ticket_url: sender.ticket_url(&rsvp.token),
        moved_from: display::moved_from(event, lang),
        confirmed: rsvp.status().has_seat(),
    }
}

fn invite_for(sender: &Sender, event: &EventDetails, rsvp: &Rsvp, method: Method, now: DateTime<Utc>) -> Invite {
    Invite {
        method: method.as_str().to_string(),
        ics: event_ics(
            event,
            &sender.event_url(event),
            method,
            &Organizer { name: &sender.from_name, email: &sender.from_email },
            Some(&Guest { name: &rsvp.name, email: &rsvp.email }),
            now,
        ),
    }
}

fn email(
    sender: &Sender,
    key: String,
    event: &EventDetails,
    rsvp: &Rsvp,
    parts: (String, String, String),
    invite: Option<Invite>,
) -> NewEmail {
    let (subject, text, html) = parts;
    NewEmail {
        message_id: sender.message_id(&key),
        idempotency_key: key,
        category: Category::Transactional,
        to_email: rsvp.email.clone(),
        to_name: header_text(&rsvp.name),
        subject: header_text(&subject),
        body_text: text,
        body_html: html,
        invite,
        event_id: Some(event.id),
        unsubscribe_url: None,
        expires_at: None,
        sensitive: false,
    }
}

/// `email` as optional mail: one a guest may unsubscribe from, carrying the one-click link.
fn optional(mut email: NewEmail, unsubscribe_url: &str) -> NewEmail {
    email.category = Category::Optional;
    email.unsubscribe_url = Some(unsubscribe_url.to_string());
    email
}

/// The email telling a guest that their night moved or changed venue: for a confirmed guest
/// with the updated invite (`METHOD:REQUEST`, same UID, the night's new SEQUENCE). One per
/// guest per SEQUENCE.
pub fn event_update_email(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    rsvp: &Rsvp,
    now: DateTime<Utc>,
) -> NewEmail {
    let m = change_mail(sender, lang, event, rsvp);
    let parts = UpdatedSubject::parts(&m, lang);
    let invite = m.confirmed.then(|| invite_for(sender, event, rsvp, Method::Request, now));
    email(sender, keys::night_updated(event.id, event.sequence, rsvp.id), event, rsvp, parts, invite)
}

/// The email telling a guest that their night is cancelled: for a confirmed guest with the
/// `METHOD:CANCEL` calendar object that removes it. One per guest.
pub fn event_cancel_email(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    rsvp: &Rsvp,
    now: DateTime<Utc>,
) -> NewEmail {
    let m = change_mail(sender, lang, event, rsvp);
    let parts = CancelledSubject::parts(&m, lang);
    let invite = m.confirmed.then(|| invite_for(sender, event, rsvp, Method::Cancel, now));
    email(sender, keys::night_cancelled(event.id, rsvp.id), event, rsvp, parts, invite)
}

#[derive(Debug)]
struct SignInMail {
    link: String,
}

email_templates!(SignInMail:
    SignInSubject = "email/sign_in/subject.txt",
    SignInText = "email/sign_in/body.txt",
    SignInHtml = "email/sign_in/body.html");

/// A host's sign-in link, valid until `expires_at`. `token` makes the idempotency key (its
/// hash, never the token). The email is [sensitive](NewEmail::sensitive): its bodies are
/// emptied once it is sent (or fails, or expires unsent with the link).
pub fn sign_in_email(
    sender: &Sender,
    lang: Lang,
    to: &str,
    link: &str,
    token: &str,
    expires_at: Timestamp,
) -> NewEmail {
    let m = SignInMail { link: link.to_string() };
    let key = keys::sign_in(&hash_token(token)[..32]);
    let mut email = account_email(sender, key, to, SignInSubject::parts(&m, lang));
    email.sensitive = true;
    email.expires_at = Some(expires_at);
    email
}

#[derive(Debug)]
struct InviteMail {
    chapter: String,
    role: String,
    sign_in_url: String,
}

email_templates!(InviteMail:
    InviteSubject = "email/host_invite/subject.txt",
    InviteText = "email/host_invite/body.txt",
    InviteHtml = "email/host_invite/body.html");

/// Tells a new host of a chapter where to sign in.
pub fn host_invitation(
    sender: &Sender,
    lang: Lang,
    chapter: &str,
    to: &str,
    role: &str,
    host_id: i64,
    chapter_id: i64,
) -> NewEmail {
    let m = InviteMail {
        chapter: chapter.to_string(),
        role: role.to_string(),
        sign_in_url: format!("{}/host/sign-in", sender.base_url),
    };
    let key = keys::host_invite(chapter_id, host_id);
    account_email(sender, key, to, InviteSubject::parts(&m, lang))
}

fn account_email(sender: &Sender, key: String, to: &str, (subject, text, html): (String, String, String)) -> NewEmail {
    NewEmail {
        message_id: sender.message_id(&key),
        idempotency_key: key,
        category: Category::Transactional,
        to_email: to.trim().to_lowercase(),
        to_name: String::new(),
        subject: header_text(&subject),
        body_text: text,
        body_html: html,
        invite: None,
        event_id: None,
        unsubscribe_url: None,
        expires_at: None,
        sensitive: false,
    }
}

/// What a reminder shows.
#[derive(Debug)]
struct ReminderMail {
    chapter_name: String,
    brand: Brand,
    name: String,
    title: String,
    /// When it starts, in words: `Thursday, December 10, 2026 at 7:00 PM`.
    at: String,
    when: String,
    location: String,
    map_url: String,
    event_url: String,
    ticket_url: String,
    unsubscribe_url: String,
}

email_templates!(ReminderMail:
    ReminderSubject = "email/reminder/subject.txt",
    ReminderText = "email/reminder/body.txt",
    ReminderHtml = "email/reminder/body.html");

/// A reminder `offset_minutes` before the night for a confirmed guest, with the invite. Its key
/// holds the night's start, so a moved night gets a new schedule; it expires when the night
/// starts (never sent late). Optional mail: it carries the one-click unsubscribe link.
pub fn reminder_email(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    rsvp: &Rsvp,
    offset_minutes: i64,
    unsubscribe_url: &str,
    now: DateTime<Utc>,
) -> NewEmail {
    let m = ReminderMail {
        chapter_name: event.chapter_name.clone(),
        brand: Brand::of(sender, event),
        name: rsvp.name.clone(),
        title: event.title.clone(),
        at: lang.date_time(event.starts_utc(), event.tz()),
        when: display::when(event, lang),
        location: event.location(),
        map_url: display::map_url(event),
        event_url: sender.event_url(event),
        ticket_url: sender.ticket_url(&rsvp.token),
        unsubscribe_url: unsubscribe_url.to_string(),
    };
    let key = keys::reminder(event.id, rsvp.id, offset_minutes, event.starts_at);
    let parts = ReminderSubject::parts(&m, lang);
    let invite = Some(invite_for(sender, event, rsvp, Method::Request, now));
    let mut email = optional(email(sender, key, event, rsvp, parts, invite), unsubscribe_url);
    email.expires_at = Some(event.starts_at);
    email
}

/// What a message from the hosts shows.
#[derive(Debug)]
struct MessageMail {
    chapter_name: String,
    brand: Brand,
    name: String,
    title: String,
    subject: String,
    body: String,
    event_url: String,
    unsubscribe_url: String,
}

email_templates!(MessageMail:
    MessageSubject = "email/message/subject.txt",
    MessageText = "email/message/body.txt",
    MessageHtml = "email/message/body.html");

/// A host's message to one guest of a night (optional mail, with the unsubscribe link). The
/// host's text is shown as text: escaped in the HTML part, never interpreted.
#[allow(clippy::too_many_arguments)]
pub fn message_email(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    rsvp: &Rsvp,
    message_id: i64,
    subject: &str,
    body: &str,
    unsubscribe_url: &str,
) -> NewEmail {
    let m = MessageMail {
        chapter_name: event.chapter_name.clone(),
        brand: Brand::of(sender, event),
        name: rsvp.name.clone(),
        title: event.title.clone(),
        subject: subject.to_string(),
        body: body.to_string(),
        event_url: sender.event_url(event),
        unsubscribe_url: unsubscribe_url.to_string(),
    };
    let key = keys::message(message_id, rsvp.id);
    let parts = MessageSubject::parts(&m, lang);
    optional(email(sender, key, event, rsvp, parts, None), unsubscribe_url)
}

/// What the morning after's feedback request shows.
#[derive(Debug)]
struct FeedbackMail {
    chapter_name: String,
    brand: Brand,
    name: String,
    title: String,
    date: String,
    event_url: String,
    form_url: String,
    /// Until when answers can be changed, in the night's zone.
    closes: String,
    unsubscribe_url: String,
}

email_templates!(FeedbackMail:
    FeedbackSubject = "email/feedback_request/subject.txt",
    FeedbackText = "email/feedback_request/body.txt",
    FeedbackHtml = "email/feedback_request/body.html");

impl Sender {
    /// A guest's feedback form for a night.
    pub fn feedback_url(&self, token: &str) -> String {
        format!("{}/f/{}", self.base_url, token)
    }
}

/// The morning after a night, its link to the feedback form for a checked-in guest: optional
/// mail (with the unsubscribe link), once per ticket, expiring when the form closes, and
/// [sensitive](NewEmail::sensitive): its bodies, which hold the link, are emptied once sent.
pub fn feedback_email(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    rsvp: &Rsvp,
    token: &str,
    unsubscribe_url: &str,
    closes_at: Timestamp,
) -> NewEmail {
    let m = FeedbackMail {
        chapter_name: event.chapter_name.clone(),
        brand: Brand::of(sender, event),
        name: rsvp.name.clone(),
        title: event.title.clone(),
        date: lang.date(event.starts_utc(), event.tz()),
        event_url: sender.event_url(event),
        form_url: sender.feedback_url(token),
        closes: lang.date_time(closes_at.to_utc(), event.tz()),
        unsubscribe_url: unsubscribe_url.to_string(),
    };
    let key = keys::feedback_request(event.id, rsvp.id);
    let parts = FeedbackSubject::parts(&m, lang);
    let mut email = optional(email(sender, key, event, rsvp, parts, None), unsubscribe_url);
    email.expires_at = Some(closes_at);
    // The link is the key to the form: once delivered, only its hash is kept.
    email.sensitive = true;
    email
}

// ---- the call for stories ----

/// What the emails to a speaker about their story show. `link` is their private page.
#[derive(Debug)]
struct StoryMail {
    chapter_name: String,
    brand: Brand,
    name: String,
    title: String,
    link: String,
}

email_templates!(StoryMail:
    ReceivedSubject = "email/story_received/subject.txt",
    ReceivedText = "email/story_received/body.txt",
    ReceivedHtml = "email/story_received/body.html");
email_templates!(StoryMail:
    StoryReminderSubject = "email/story_reminder/subject.txt",
    StoryReminderText = "email/story_reminder/body.txt",
    StoryReminderHtml = "email/story_reminder/body.html");

impl Sender {
    /// A speaker's private page.
    pub fn story_url(&self, token: &str) -> String {
        format!("{}/s/{}", self.base_url, token)
    }
}

fn story_mail(sender: &Sender, chapter: &Chapter, story: &Submission) -> StoryMail {
    StoryMail {
        chapter_name: chapter.name.clone(),
        brand: Brand::of_chapter(sender, chapter),
        name: story.name.clone(),
        title: story.title.clone(),
        link: sender.story_url(&story.token),
    }
}

fn speaker_email(
    sender: &Sender,
    key: String,
    story: &Submission,
    (subject, text, html): (String, String, String),
    invite: Option<Invite>,
    event_id: Option<i64>,
) -> NewEmail {
    NewEmail {
        message_id: sender.message_id(&key),
        idempotency_key: key,
        category: Category::Transactional,
        to_email: story.email.clone(),
        to_name: header_text(&story.name),
        subject: header_text(&subject),
        body_text: text,
        body_html: html,
        invite,
        event_id,
        unsubscribe_url: None,
        expires_at: None,
        sensitive: false,
    }
}

/// The receipt of a new story, with the speaker's private link.
pub fn story_received(sender: &Sender, lang: Lang, chapter: &Chapter, story: &Submission) -> NewEmail {
    let m = story_mail(sender, chapter, story);
    let parts = ReceivedSubject::parts(&m, lang);
    speaker_email(sender, keys::story_received(story.id), story, parts, None, None)
}

/// The reminder to an accepted speaker who has not confirmed yet (once per story).
pub fn story_reminder(sender: &Sender, lang: Lang, chapter: &Chapter, story: &Submission) -> NewEmail {
    let m = story_mail(sender, chapter, story);
    let parts = StoryReminderSubject::parts(&m, lang);
    speaker_email(sender, keys::story_reminder(story.id), story, parts, None, None)
}

#[derive(Debug)]
struct DecisionMail {
    chapter_name: String,
    brand: Brand,
    subject: String,
    /// The hosts' text with its placeholders filled: plain text, escaped in the HTML part.
    message: String,
    accepted: bool,
    link: String,
}

email_templates!(DecisionMail:
    DecisionSubject = "email/story_decision/subject.txt",
    DecisionText = "email/story_decision/body.txt",
    DecisionHtml = "email/story_decision/body.html");

/// A decision in the hosts' own words (the chapter's text for it, or ours). The acceptance's
/// subject starts with "Action required" and asks the speaker to confirm. Subjects never carry
/// the story or its title.
pub fn story_decision(
    sender: &Sender,
    lang: Lang,
    chapter: &Chapter,
    settings: &StorySettings,
    story: &Submission,
    decision: Decision,
) -> NewEmail {
    let chapter_name = chapter.name.as_str();
    let link = sender.story_url(&story.token);
    let message = fill(
        &settings.decision_text(decision, lang),
        &[("name", &story.name), ("title", &story.title), ("link", &link), ("chapter", chapter_name)],
    );
    let (subject, kind) = match decision {
        Decision::Accepted => (lang.f1("mail-decision-subject-accepted", "chapter", chapter_name), "accepted"),
        Decision::Rejected => (lang.f1("mail-decision-subject-rejected", "chapter", chapter_name), "rejected"),
        Decision::Waitlisted => (lang.f1("mail-decision-subject-waitlisted", "chapter", chapter_name), "waitlisted"),
    };
    let m = DecisionMail {
        chapter_name: chapter_name.to_string(),
        brand: Brand::of_chapter(sender, chapter),
        subject,
        message,
        accepted: decision == Decision::Accepted,
        link,
    };
    let parts = DecisionSubject::parts(&m, lang);
    speaker_email(sender, keys::story_decision(story.id, kind), story, parts, None, None)
}

#[derive(Debug)]
struct StatusMail {
    chapter_name: String,
    brand: Brand,
    name: String,
    title: String,
    link: String,
    /// confirmed, declined or withdrawn.
    kind: &'static str,
}

email_templates!(StatusMail:
    StatusSubject = "email/story_status/subject.txt",
    StatusText = "email/story_status/body.txt",
    StatusHtml = "email/story_status/body.html");

/// The speaker's own answer acknowledged: confirmed, declined or withdrawn. A withdrawn talk
/// that was in a lineup also gets the night's cancellation for their calendar (`left`).
pub fn story_status(
    sender: &Sender,
    lang: Lang,
    chapter: &Chapter,
    story: &Submission,
    action: Action,
    left: Option<(&EventDetails, DateTime<Utc>)>,
) -> NewEmail {
    let m = StatusMail {
        chapter_name: chapter.name.clone(),
        brand: Brand::of_chapter(sender, chapter),
        name: story.name.clone(),
        title: story.title.clone(),
        link: sender.story_url(&story.token),
        kind: action.past_tense(),
    };
    let parts = StatusSubject::parts(&m, lang);
    let invite = left.map(|(event, now)| speaker_invite(sender, lang, event, story, Method::Cancel, None, now));
    let event_id = left.map(|(event, _)| event.id);
    speaker_email(sender, keys::story_answer(story.id, action.past_tense()), story, parts, invite, event_id)
}

/// Why a speaker hears about a night.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerNight {
    /// Their talk was placed in its lineup: the invite.
    Placed,
    /// The night moved or changed venue: the updated invite (same UID, new SEQUENCE).
    Updated,
    /// The night is cancelled: `METHOD:CANCEL`.
    Cancelled,
    /// The hosts took their talk out of the lineup: `METHOD:CANCEL` for them.
    Removed,
    /// A reminder this many minutes before the night (expires at its start, dropped when the
    /// night moves, like the guests' reminders).
    Reminder { offset_minutes: i64 },
}

#[derive(Debug)]
struct SpeakerNightMail {
    chapter_name: String,
    brand: Brand,
    link: String,
    name: String,
    title: String,
    night: String,
    date: String,
    when: String,
    location: String,
    call_time: String,
    moved_from: Option<String>,
    /// (local time, what happens), from the run-of-show.
    run_of_show: Vec<(String, String)>,
    kind: &'static str,
}

email_templates!(SpeakerNightMail:
    SpeakerNightSubject = "email/speaker_night/subject.txt",
    SpeakerNightText = "email/speaker_night/body.txt",
    SpeakerNightHtml = "email/speaker_night/body.html");

/// A speaker's calendar object: the night's own (same UID and SEQUENCE, so it is updated and
/// cancelled with the night), with their call time first in the DESCRIPTION.
fn speaker_invite(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    story: &Submission,
    method: Method,
    call_time: Option<&str>,
    now: DateTime<Utc>,
) -> Invite {
    let note = call_time.map(|time| lang.f2("mail-speaker-ics-note", "title", &story.title, "time", time));
    Invite {
        method: method.as_str().to_string(),
        ics: event_ics_with_note(
            event,
            &sender.event_url(event),
            method,
            &Organizer { name: &sender.from_name, email: &sender.from_email },
            Some(&Guest { name: &story.name, email: &story.email }),
            note.as_deref(),
            now,
        ),
    }
}

/// The email a confirmed speaker gets about their night, with the invite (placed, updated) or
/// its cancellation (cancelled, removed). `call_time` is the local call time ("18:15") and
/// `run_of_show` the evening by the clock. Keys: one per night change per speaker
/// (`event:{id}:seq:{n}:speaker:{story}`), one per placement or removal.
#[allow(clippy::too_many_arguments)]
pub fn speaker_night_email(
    sender: &Sender,
    lang: Lang,
    event: &EventDetails,
    story: &Submission,
    kind: SpeakerNight,
    call_time: &str,
    run_of_show: Vec<(String, String)>,
    now: DateTime<Utc>,
) -> NewEmail {
    let (kind_name, method, key) = match kind {
        SpeakerNight::Placed => {
            ("placed", Method::Request, keys::story_placed(story.id, event.id, Timestamp::from_utc(now)))
        }
        SpeakerNight::Updated => {
            ("updated", Method::Request, keys::speaker_night_updated(event.id, event.sequence, story.id))
        }
        SpeakerNight::Cancelled => ("cancelled", Method::Cancel, keys::speaker_night_cancelled(event.id, story.id)),
        SpeakerNight::Removed => {
            ("removed", Method::Cancel, keys::story_removed(story.id, event.id, Timestamp::from_utc(now)))
        }
        SpeakerNight::Reminder { offset_minutes } => {
            ("reminder", Method::Request, keys::speaker_reminder(event.id, story.id, offset_minutes, event.starts_at))
        }
    };
    let m = SpeakerNightMail {
        chapter_name: event.chapter_name.clone(),
        brand: Brand::of(sender, event),
        link: sender.story_url(&story.token),
        name: story.name.clone(),
        title: story.title.clone(),
        night: event.title.clone(),
        date: lang.date(event.starts_utc(), event.tz()),
        when: display::when(event, lang),
        location: event.location(),
        call_time: call_time.to_string(),
        moved_from: display::moved_from(event, lang),
        run_of_show,
        kind: kind_name,
    };
    let parts = SpeakerNightSubject::parts(&m, lang);
    let call = (method == Method::Request).then_some(call_time);
    let invite = speaker_invite(sender, lang, event, story, method, call, now);
    let mut email = speaker_email(sender, key, story, parts, Some(invite), Some(event.id));
    if let SpeakerNight::Reminder { .. } = kind {
        email.expires_at = Some(event.starts_at);
    }
    email
}

/// What hosts are told about a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostAlert {
    /// Accepted, reminded, and still not confirmed.
    Unconfirmed { days: i64 },
    /// A talk in a lineup was withdrawn (it has left the lineup).
    Withdrawn,
}

#[derive(Debug)]
struct HostAlertMail {
    chapter_name: String,
    title: String,
    speaker: String,
    night: String,
    days: i64,
    url: String,
    kind: &'static str,
}

email_templates!(HostAlertMail:
    HostAlertSubject = "email/host_story_alert/subject.txt",
    HostAlertText = "email/host_story_alert/body.txt",
    HostAlertHtml = "email/host_story_alert/body.html");

/// Tells one host (`to`, `host_id`) about a story; `night` is the night it left, if any, and
/// `url` the story's host page. One per host per story per kind.
#[allow(clippy::too_many_arguments)]
pub fn host_story_alert(
    sender: &Sender,
    lang: Lang,
    chapter_name: &str,
    (to, host_id): (&str, i64),
    story: &Submission,
    alert: HostAlert,
    night: Option<&EventDetails>,
    url: &str,
) -> NewEmail {
    let (kind, days) = match alert {
        HostAlert::Unconfirmed { days } => ("unconfirmed", days),
        HostAlert::Withdrawn => ("withdrawn", 0),
    };
    let m = HostAlertMail {
        chapter_name: chapter_name.to_string(),
        title: story.title.clone(),
        speaker: story.name.clone(),
        night: night.map(|n| n.title.clone()).unwrap_or_default(),
        days,
        url: url.to_string(),
        kind,
    };
    let key = keys::story_host_alert(story.id, kind, host_id);
    let mut email = account_email(sender, key, to, HostAlertSubject::parts(&m, lang));
    email.event_id = night.map(|n| n.id);
    email
}

#[derive(Debug)]
struct WebhookPausedMail {
    chapter_name: String,
    url: String,
    page: String,
}

email_templates!(WebhookPausedMail:
    WebhookPausedSubject = "email/webhook_paused/subject.txt",
    WebhookPausedText = "email/webhook_paused/body.txt",
    WebhookPausedHtml = "email/webhook_paused/body.html");

/// Tells one owner (`to`, `host_id`) that the chapter's webhook endpoint (`endpoint_id`,
/// posting to `url`) was paused at `paused_at` after failing again and again; `page` is its
/// host page. One per owner per pause.
pub fn webhook_paused(
    sender: &Sender,
    lang: Lang,
    chapter_name: &str,
    (to, host_id): (&str, i64),
    (endpoint_id, url): (i64, &str),
    paused_at: Timestamp,
    page: &str,
) -> NewEmail {
    let m = WebhookPausedMail { chapter_name: chapter_name.to_string(), url: url.to_string(), page: page.to_string() };
    let key = keys::webhook_paused(endpoint_id, paused_at, host_id);
    account_email(sender, key, to, WebhookPausedSubject::parts(&m, lang))
}

#[derive(Debug)]
struct ConductReportMail {
    chapter_name: String,
    page: String,
}

email_templates!(ConductReportMail:
    ConductReportSubject = "email/conduct_report/subject.txt",
    ConductReportText = "email/conduct_report/body.txt",
    ConductReportHtml = "email/conduct_report/body.html");

/// Tells one owner (`to`, `host_id`) that report `report_id` was filed, and where to read it
/// (`page`); never what it says. One per owner per report.
pub fn conduct_report(
    sender: &Sender,
    lang: Lang,
    chapter_name: &str,
    (to, host_id): (&str, i64),
    report_id: i64,
    page: &str,
) -> NewEmail {
    let m = ConductReportMail { chapter_name: chapter_name.to_string(), page: page.to_string() };
    account_email(sender, keys::conduct_report(report_id, host_id), to, ConductReportSubject::parts(&m, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_of_base_url() {
        let sender = |url: &str| Sender { from_name: "x".into(), from_email: "x@y.z".into(), base_url: url.into() };
        assert_eq!(sender("http://127.0.0.1:8080").domain(), "127.0.0.1");
        assert_eq!(sender("https://failnight.example.org/base").domain(), "failnight.example.org");
        assert_eq!(sender("https://failnight.example.org").message_id("k").len(), 32 + 1 + 21);
    }

    #[test]
    fn hosts_decision_texts_are_plain_text() {
        let sender = Sender { from_name: "x".into(), from_email: "x@y.z".into(), base_url: "https://f.example".into() };
        let mut settings = StorySettings::defaults(1);
        settings.accept_text = "Dear {name},\n\n<script>alert(1)</script> {title} & {link}".into();
        let story = sample_story();
        let email = story_decision(&sender, Lang::En, &sample_chapter("Berlin"), &settings, &story, Decision::Accepted);
        // In the chapter's colour, with its logo above.
        let mut chapter = sample_chapter("Berlin");
        chapter.logo = "ab".repeat(32);
        let branded = story_decision(&sender, Lang::En, &chapter, &settings, &story, Decision::Accepted);
        assert!(branded.body_html.contains("background:#1f5fbf"), "{}", branded.body_html);
        assert!(branded.body_html.contains(&format!("<img src=\"https://f.example/c/berlin/logo/{}\"", chapter.logo)));
        assert!(email.subject.starts_with("Action required"), "{}", email.subject);
        assert!(!email.subject.contains(&story.title));
        assert!(
            email.body_html.contains("&#60;script&#62;") || email.body_html.contains("&lt;script&gt;"),
            "{}",
            email.body_html
        );
        assert!(!email.body_html.contains("<script>"));
        assert!(email.body_text.contains("Dear Ada,") && email.body_text.contains("https://f.example/s/tok"));
    }

    #[test]
    fn our_decision_texts_speak_the_speaker_s_language() {
        for lang in Lang::En.all() {
            for decision in [Decision::Accepted, Decision::Rejected, Decision::Waitlisted] {
                let text = decision.default_text(lang);
                assert!(text.contains("{name}") && text.contains("{title}") && text.contains("{link}"), "{text}");
                assert!(text.contains("\n\n") && !text.contains("$"), "{text}");
            }
        }
        let sender = Sender { from_name: "x".into(), from_email: "x@y.z".into(), base_url: "https://f.example".into() };
        let settings = StorySettings::defaults(1);
        let story = sample_story();
        let email =
            story_decision(&sender, Lang::Es, &sample_chapter("Fracasos CDMX"), &settings, &story, Decision::Accepted);
        assert!(email.body_text.contains("Hola, Ada:"), "{}", email.body_text);
        assert!(email.body_text.contains("en Fracasos CDMX") && email.body_text.contains("https://f.example/s/tok"));
        assert!(!email.body_text.contains("we would love"), "{}", email.body_text);
    }

    fn sample_chapter(name: &str) -> Chapter {
        Chapter {
            id: 1,
            slug: "berlin".into(),
            name: name.into(),
            timezone: failnight_core::time::Zone(chrono_tz::Europe::Berlin),
            description: String::new(),
            code_of_conduct: String::new(),
            reminder_offsets: String::new(),
            language: Lang::En,
            created_at: Timestamp(0),
            accent: "#1f5fbf".into(),
            tagline: String::new(),
            logo: String::new(),
        }
    }

    fn sample_story() -> Submission {
        Submission {
            id: 7,
            chapter_id: 1,
            token: "tok".into(),
            state: failnight_submissions::State::Accepted,
            name: "Ada".into(),
            email: "ada@example.org".into(),
            appearance: failnight_submissions::Appearance::RealName,
            stage_name: String::new(),
            title: "The <b>ledger</b> that lied".into(),
            teaser: String::new(),
            story_project: String::new(),
            story_wrong: String::new(),
            story_learned: String::new(),
            story_differently: String::new(),
            preferred_months: String::new(),
            consent_photos: failnight_submissions::Consent::Ask,
            consent_recording: failnight_submissions::Consent::Ask,
            consent_slides: failnight_submissions::Consent::Ask,
            slides_use: failnight_submissions::SlidesUse::Stage,
            content_notes: String::new(),
            coc_accepted_at: failnight_core::Timestamp(0),
            created_at: failnight_core::Timestamp(0),
            updated_at: failnight_core::Timestamp(0),
            decided_at: None,
            reminded_at: None,
            hosts_alerted_at: None,
            event_id: None,
            slot: None,
            language: None,
        }
    }

    #[test]
    fn header_text_cannot_carry_a_second_header() {
        assert_eq!(header_text("Ada\r\nBcc: evil@example.org"), "Ada Bcc: evil@example.org");
        assert_eq!(header_text(" Annulé\u{a0}: Soirée\t\t?\n"), "Annulé\u{a0}: Soirée ?");
    }
}
