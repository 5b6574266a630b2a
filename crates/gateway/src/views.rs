//! Page view models: one askama template struct per page, with fields already in the words
//! and links the page shows. Templates live in the top-level `templates/pages/`.

use askama::Template;
use askama_web::WebTemplate;
use failnight_core::FieldErrors;
use failnight_core::Lang;

#[derive(Template, WebTemplate)]
#[template(path = "pages/error.html")]
pub struct ErrorPage {
    pub lang: Lang,
    pub title: String,
    pub message: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/index.html")]
pub struct IndexPage {
    pub lang: Lang,
    pub chapters: Vec<ChapterLink>,
}

pub struct ChapterLink {
    pub slug: String,
    pub name: String,
}

/// A night in a list.
pub struct NightItem {
    pub url: String,
    pub title: String,
    pub date: String,
    pub time: String,
    pub venue: String,
    pub cancelled: bool,
    pub seats_left: i64,
    pub moved: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/chapter.html")]
pub struct ChapterPage {
    pub slug: String,
    pub lang: Lang,
    pub name: String,
    /// The chapter's logo, if it has one.
    pub logo: Option<String>,
    pub description: String,
    pub timezone: String,
    pub upcoming: Vec<NightItem>,
    pub past: Vec<NightItem>,
    /// Each active series' cadence in words ("every second Thursday of the month, 19:00").
    pub cadences: Vec<String>,
    /// `webcal://…/c/{slug}/calendar.ics`, to subscribe.
    pub webcal_url: String,
    pub feed_url: String,
    /// `/c/{slug}/speak` when the call for stories is open.
    /// The chapter's share card (`og:image`), absolute.
    pub tagline: String,
    pub card_url: String,
    pub speak_url: Option<String>,
    /// The chapter's newest lessons (their entries, rendered: see `lessons::entries`), its
    /// part of the library and its lessons' feed.
    pub lessons: Vec<std::sync::Arc<str>>,
    pub lessons_url: String,
    pub lessons_feed_url: String,
}

/// The RSVP form's values and errors, re-shown after a failed post.
#[derive(Default)]
pub struct RsvpForm {
    pub name: String,
    pub email: String,
    /// The code of conduct's box was ticked.
    pub accepted: bool,
    pub plus_ones: i64,
    /// The chosen ticket type's id (empty: the first one).
    pub ticket: String,
    /// A pay-what-you-want price as typed.
    pub amount: String,
    pub errors: FieldErrors,
    /// An error about the whole form (e.g. the night closed meanwhile).
    pub notice: Option<String>,
}

impl RsvpForm {
    /// The first field with an error, in the form's order (empty when none): it takes the
    /// focus when the page comes back, so a phone shows the error rather than the page's top.
    pub fn first_invalid(&self) -> &'static str {
        ["ticket", "amount", "name", "email", "plus_ones", "accept_code_of_conduct"]
            .into_iter()
            .find(|field| self.errors.get(field).is_some())
            .unwrap_or("")
    }

    /// The error of `field` in `lang`, the page's language (empty when none).
    pub fn error(&self, field: &str, lang: &Lang) -> String {
        self.errors.get_in(field, *lang).unwrap_or_default()
    }

    /// Whether `choice` is the chosen ticket (the first one when none was chosen yet).
    pub fn chose(&self, choice: &TicketChoice, first: bool) -> bool {
        if self.ticket.is_empty() { first } else { self.ticket == choice.id.to_string() }
    }
}

/// A ticket type offered on the event page.
pub struct TicketChoice {
    pub id: i64,
    /// "Supporter · 15.00 EUR", "Pay what you want · from 5.00 EUR", "Free".
    pub label: String,
    pub pay_what_you_want: bool,
    /// The upper-case currency, for the price field's label.
    pub currency: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/event.html")]
pub struct EventPage {
    pub lang: Lang,
    pub id: i64,
    pub chapter_name: String,
    pub chapter_url: String,
    /// The chapter's logo, if it has one.
    pub chapter_logo: Option<String>,
    pub title: String,
    pub description: String,
    pub when: String,
    pub venue_name: String,
    pub venue_address: String,
    pub map_url: String,
    pub capacity: i64,
    pub seats_left: i64,
    /// Seats taken: "14 going" (0: the page asks to be the first instead).
    pub going: i64,
    pub cover: Option<CoverView>,
    pub cancelled: bool,
    pub past: bool,
    /// When a moved night was planned before, in words.
    pub moved_from: Option<String>,
    pub accessibility: String,
    pub url: String,
    pub ics_url: String,
    pub google_url: String,
    pub outlook_url: String,
    pub og_description: String,
    /// schema.org Event, already escaped for a `<script>` element.
    pub json_ld: String,
    pub form: RsvpForm,
    /// A sentence above the form after a booking or a payment (it names no ticket).
    pub status_notice: Option<String>,
    /// The confirmed talks, in order.
    pub lineup: Vec<LineupItem>,
    /// The night's ticket types on sale (none: a plain RSVP).
    pub tickets: Vec<TicketChoice>,
    /// Tickets are sold but none can be bought now (paid only, and no payment provider).
    pub sale_closed: bool,
    /// Guests one may bring (the chapter's setting): 0 hides the field.
    pub max_plus_ones: i64,
    /// The chapter's code of conduct (or the default), which booking accepts.
    pub code_of_conduct: String,
    /// The private report form, about this night.
    pub report_url: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/unsubscribe.html")]
pub struct UnsubscribePage {
    pub lang: Lang,
    pub chapter: String,
    pub email: String,
    pub unsubscribed: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/ticket.html")]
pub struct TicketPage {
    pub lang: Lang,
    pub name: String,
    pub heading: String,
    /// "you have a seat at", "you are on the waitlist (number 3) for", …
    pub status_line: String,
    pub notice: Option<String>,
    pub confirmed: bool,
    pub waiting: bool,
    pub offered: bool,
    /// Held while paying: Stripe's Checkout page, to go back to.
    pub pay_url: Option<String>,
    pub cancellable: bool,
    pub plus_ones: i64,
    pub ticket_url: String,
    pub waitlist_position: Option<i64>,
    pub title: String,
    pub when: String,
    pub venue_name: String,
    pub venue_address: String,
    pub map_url: String,
    pub event_url: String,
    pub ics_url: String,
    pub google_url: String,
    pub outlook_url: String,
    /// The QR code as inline SVG (generated here, no external service).
    pub qr_svg: String,
    /// What the door can type when the QR code will not scan (`K7Q-2MX`).
    pub short_code: String,
    pub cancelled_night: bool,
    /// The private report form, about this night.
    /// `/c/{slug}`: the chapter's colours come from there.
    pub chapter_url: String,
    pub chapter_name: String,
    /// The chapter's logo, if it has one.
    pub chapter_logo: Option<String>,
    pub report_url: String,
}

/// A price as people type it ("12", "12.5", "12,50") in minor units.
pub fn parse_money(text: &str) -> Option<i64> {
    let text = text.trim().replace(',', ".");
    let (whole, cents) = text.split_once('.').unwrap_or((&text, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 9 || !digits(whole) || cents.len() > 2 || !digits(cents) {
        return None;
    }
    let cents: i64 = format!("{cents:0<2}").parse().ok()?;
    Some(whole.parse::<i64>().ok()? * 100 + cents)
}

/// Encodes text for a URL query value (the `url` crate's form encoding, as everywhere).
pub fn url_encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// A confirmation step for a ticket action (cancel, accept an offer, still coming): GET shows
/// it, the form POSTs it, so link scanners in mail clients never act.
#[derive(Template, WebTemplate)]
#[template(path = "pages/ticket_action.html")]
pub struct TicketActionPage {
    pub lang: Lang,
    pub title: String,
    pub heading: String,
    pub message: String,
    /// Where the form posts; `None` when there is nothing to do.
    pub action: Option<String>,
    pub button: String,
    /// The safe choice, when the action cannot be undone: primary, back to the ticket.
    pub keep: Option<String>,
    pub back_url: String,
}

/// What a ticket's QR code opens for anyone but the night's door staff.
#[derive(Template, WebTemplate)]
#[template(path = "pages/scan.html")]
pub struct ScanPage {
    pub lang: Lang,
    pub title: String,
    pub when: String,
    pub sign_in_url: String,
}

/// A month a speaker may prefer, as a checkbox.
pub struct MonthOption {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// The call for stories of a chapter.
#[derive(Template, WebTemplate)]
#[template(path = "pages/speak.html")]
pub struct CallPage {
    pub lang: Lang,
    pub chapter_name: String,
    pub slug: String,
    pub open: bool,
    pub call_text: String,
    pub code_of_conduct: String,
    pub months: Vec<MonthOption>,
    pub form: crate::host::FormState,
    /// When the form was served (milliseconds), for the minimum fill time.
    pub started: i64,
    /// A sentence about the whole form (sent too fast, call closed).
    pub notice: Option<String>,
    pub honeypot: &'static str,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/speak_thanks.html")]
pub struct ThanksPage {
    pub lang: Lang,
    pub chapter_name: String,
    pub slug: String,
}

/// The night a confirmed talk is placed in, as its speaker sees it.
pub struct NightInfo {
    pub title: String,
    pub when: String,
    pub location: String,
    pub url: String,
    pub call_time: String,
    /// (local time, what happens)
    pub run: Vec<(String, String)>,
}

/// A speaker's private page.
#[derive(Template, WebTemplate)]
#[template(path = "pages/story.html")]
pub struct SpeakerPage {
    pub lang: Lang,
    pub chapter_name: String,
    pub chapter_slug: String,
    pub token: String,
    /// Sent → accepted → confirmed → the night, while the story is on that path.
    pub steps: Vec<ProgressStep>,
    pub portrait: Portrait,
    pub state: &'static str,
    /// The state in words.
    pub state_label: String,
    pub title: String,
    pub public_label: String,
    pub editable: bool,
    pub consent_open: bool,
    pub can_answer: bool,
    pub can_withdraw: bool,
    pub months: Vec<MonthOption>,
    pub story: failnight_submissions::Submission,
    pub form: crate::host::FormState,
    pub night: Option<NightInfo>,
    pub deck: crate::slides::DeckView,
    /// What guests said of the talk: only released comments, never a name.
    pub feedback: Option<TalkFeedback>,
    /// The recap after the night (the lessons library), when there is one or it can be written.
    pub recap: Option<crate::lessons::views::RecapView>,
    pub notice: Option<String>,
}

/// A talk's feedback as its speaker reads it.
pub struct TalkFeedback {
    pub ratings: i64,
    /// One decimal ("4.3").
    pub average: String,
    /// The comments a host released, oldest first.
    pub comments: Vec<String>,
}

/// A guest's feedback form for a night (`/f/{token}`).
#[derive(Template, WebTemplate)]
#[template(path = "pages/feedback.html")]
pub struct FeedbackPage {
    pub lang: Lang,
    pub token: String,
    pub chapter_name: String,
    pub title: String,
    pub date: String,
    pub talks: Vec<FeedbackTalk>,
    pub form: crate::host::FormState,
    /// Answers can still be given or changed.
    pub open: bool,
    pub answered: bool,
    /// When the form closes, in the night's zone.
    pub closes: String,
    pub notice: Option<String>,
    /// "Will you come again?"'s radio buttons.
    pub come_again: Vec<Choice>,
    /// The private report form, about this night.
    pub report_url: String,
}

/// A talk on the feedback form, with the names of its fields.
pub struct FeedbackTalk {
    pub title: String,
    pub speaker: String,
    pub rating: String,
    pub comment: String,
    /// The rating's radio buttons, 5 to 1 and "no rating".
    pub ratings: Vec<Choice>,
}

/// A radio button: its value, its label's message, whether it is checked.
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
    pub checked: bool,
}

/// A talk of a night's lineup, as the public sees it: only what the speaker allowed.
pub struct LineupItem {
    /// The stage name, the real name, or "Anonymous speaker".
    pub speaker: String,
    pub title: String,
    pub teaser: String,
    /// A generated avatar (inline SVG): initials, or a pattern for an anonymous speaker.
    pub avatar: String,
    /// The speaker's photo, when they gave one and appear under their real name.
    pub portrait: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::parse_money;

    #[test]
    fn prices_as_people_type_them() {
        assert_eq!(parse_money("12"), Some(1200));
        assert_eq!(parse_money(" 12.5 "), Some(1250));
        assert_eq!(parse_money("12,50"), Some(1250));
        assert_eq!(parse_money("0.05"), Some(5));
        assert_eq!(parse_money("12."), Some(1200));
        for bad in ["", "12.505", "-3", "1e3", "a lot", ".50", "12,5,0", "9999999999"] {
            assert_eq!(parse_money(bad), None, "{bad}");
        }
    }
}

/// The audience's page on the night (`/e/{id}/live`), made for a phone: ask the speaker on
/// stage, vote for others' questions. Plain forms; live with `/static/live.js`.
#[derive(Template, WebTemplate)]
#[template(path = "pages/live.html")]
pub struct LivePage {
    pub lang: Lang,
    pub id: i64,
    pub title: String,
    /// The message of what the stage shows ("Talk", "Questions"…), once started.
    pub now_showing: Option<&'static str>,
    /// The talk questions go to (on stage, or next).
    pub talk_title: Option<String>,
    pub speaker: Option<String>,
    /// Questions can be asked now.
    pub open: bool,
    pub started: bool,
    pub questions: Vec<LiveQuestion>,
    pub notice: Option<String>,
    pub problem: Option<String>,
    /// The form as sent (shown again with its errors).
    pub text: String,
    pub name: String,
    pub errors: FieldErrors,
    pub max_text: usize,
    pub max_name: usize,
    /// The private report form, about this night.
    pub report_url: String,
}

/// A question on the audience's page.
pub struct LiveQuestion {
    pub id: i64,
    pub text: String,
    pub name: Option<String>,
    pub votes: i64,
    /// This browser's own question, not yet let through by the hosts.
    pub waiting: bool,
    pub answered: bool,
}

impl LivePage {
    /// The error of a field (empty when none).
    pub fn err(&self, field: &str) -> String {
        self.errors.get_in(field, self.lang).unwrap_or_default()
    }
}

/// One step of a path shown as progress: done, the current one, or still ahead.
pub struct ProgressStep {
    pub label: String,
    pub done: bool,
    pub current: bool,
}

/// A night's cover photo as pages show it: the phone's size as `src`, both in `srcset`.
pub struct CoverView {
    pub src: String,
    pub srcset: String,
    pub width: i64,
    pub height: i64,
}

/// A speaker's photo on the lineup, as their page offers it.
pub struct Portrait {
    /// They appear under their real name (only then is a photo shown).
    pub allowed: bool,
    /// They gave one (and with it their consent).
    pub shown: bool,
}
