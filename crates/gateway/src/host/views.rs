//! View models of the host pages (templates in `templates/host/`).

use askama::Template;
use askama_web::WebTemplate;
use failnight_core::Lang;

use super::FormState;

/// The chapter navigation shown on every chapter page.
#[derive(Debug, Clone)]
pub struct Nav {
    pub slug: String,
    pub chapter: String,
    pub email: String,
    pub is_owner: bool,
    /// Host or owner (door staff see only the door tab).
    pub is_host: bool,
    /// Which tab is current: dashboard, events, series, venues, door, hosts, settings, audit.
    pub current: &'static str,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/sign_in.html")]
pub struct SignInPage {
    pub lang: Lang,
    pub next: String,
    pub email: String,
    pub error: String,
    pub sent: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/sign_in_confirm.html")]
pub struct SignInConfirm {
    pub lang: Lang,
    pub email: String,
    pub action: String,
    pub next: String,
}

pub struct ChapterItem {
    pub slug: String,
    pub name: String,
    /// The host's role there, in the page's language.
    pub role: String,
    /// Door staff land on the door.
    pub door_only: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/home.html")]
pub struct HomePage {
    pub lang: Lang,
    pub email: String,
    pub chapters: Vec<ChapterItem>,
    pub is_admin: bool,
    pub form: FormState,
}

pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub created: String,
    pub revoked: bool,
    /// What it may do, in words.
    pub scope: String,
    /// Until when, in words ("never expires", "expired on …").
    pub expiry: String,
    pub expired: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/tokens.html")]
pub struct TokensPage {
    pub lang: Lang,
    pub email: String,
    pub tokens: Vec<TokenRow>,
    pub new_token: Option<String>,
    pub form: FormState,
}

pub struct NextNight {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub taken: i64,
    pub capacity: i64,
    pub waitlist: i64,
    pub status: String,
    /// Talks in its lineup (a night has 3–4).
    pub talks: usize,
}

/// A new chapter's first steps: a venue, a night, the call for stories open.
pub struct Setup {
    pub has_venue: bool,
    pub has_night: bool,
    pub call_open: bool,
}

pub struct FailedEmail {
    pub to: String,
    pub subject: String,
    pub error: String,
}

/// A refund Stripe has not taken yet (retried with growing pauses).
pub struct StuckRefundRow {
    pub who: String,
    pub amount: String,
    pub attempts: i64,
    pub error: String,
    /// The next try, local time.
    pub next: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/dashboard.html")]
pub struct DashboardPage {
    pub lang: Lang,
    pub nav: Nav,
    /// The first steps, while any is left.
    pub setup: Option<Setup>,
    pub next: Option<NextNight>,
    pub upcoming: usize,
    pub failed: Vec<FailedEmail>,
    /// Emails about each coming night: queued, sent, retrying, failed.
    pub mail_by_night: Vec<NightMail>,
    pub public_url: String,
    /// Stories waiting for a decision.
    pub stories_waiting: i64,
}

pub struct NightMail {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub emails: failnight_core::outbox::Counts,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/settings.html")]
pub struct SettingsPage {
    pub lang: Lang,
    pub nav: Nav,
    pub form: FormState,
    /// Seats and the waitlist: promotion mode, offer hours, "still coming?", plus-ones.
    pub ticketing: FormState,
    /// The risks the waitlist may fill past the capacity at (besides off).
    pub overbook_risks: &'static [i64],
    pub saved: bool,
    /// The chapter's logo, if it has one, and why the last one uploaded was refused.
    pub logo: Option<String>,
    pub logo_error: Option<String>,
    /// The widget's two snippets for other sites: the script tag and the iframe.
    pub embed_script: String,
    pub embed_iframe: String,
}

pub struct MemberRow {
    pub host_id: i64,
    pub email: String,
    pub role: String,
    pub is_me: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/hosts.html")]
pub struct HostsPage {
    pub lang: Lang,
    pub nav: Nav,
    pub members: Vec<MemberRow>,
    pub form: FormState,
}

pub struct AuditRow {
    pub when: String,
    pub who: String,
    pub action: String,
    pub detail: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/audit.html")]
pub struct AuditPage {
    pub lang: Lang,
    pub nav: Nav,
    pub entries: Vec<AuditRow>,
}

pub struct NightRow {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub status: String,
    pub taken: i64,
    pub capacity: i64,
}

pub struct VenueOption {
    pub id: i64,
    pub name: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/events.html")]
pub struct EventsPage {
    pub lang: Lang,
    pub nav: Nav,
    pub nights: Vec<NightRow>,
    pub venues: Vec<VenueOption>,
    pub timezone: String,
    pub form: FormState,
}

pub struct AttendeeRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub status: String,
    pub booked: String,
    /// Pending: the hosts approve or decline.
    pub can_decide: bool,
    pub can_cancel: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/event.html")]
pub struct EventPage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub title: String,
    /// `draft`, `published` or `cancelled` (the page's choices depend on it).
    pub status: String,
    /// The state in the page's language.
    pub status_label: String,
    pub when: String,
    /// Under the time fields: the night's zone and an example in the chapter's order.
    pub when_hint: String,
    pub public_url: String,
    /// The night's cover photo, if it has one.
    pub cover: Option<crate::views::CoverView>,
    /// Why the last cover photo was refused.
    pub cover_error: Option<String>,
    pub form: FormState,
    pub venues: Vec<VenueOption>,
    /// A page of the night's bookings (see `nights::ATTENDEES_PAGE`), and where the next and
    /// the first page are.
    pub attendees: Vec<AttendeeRow>,
    pub more_url: Option<String>,
    pub first_url: Option<String>,
    pub confirmed: i64,
    pub waitlisted: i64,
    pub saved: bool,
    pub editable: bool,
    /// Emails about this night: queued, sent, retrying, failed.
    pub emails: failnight_core::outbox::Counts,
    pub failed: Vec<FailedEmail>,
    pub refunds: Vec<StuckRefundRow>,
    pub sent_message: Option<String>,
    /// The night's confirmed speakers with their consent, for the door and the photographer.
    pub speakers: Vec<LineupRow>,
    /// The night's ticket types, as attendees see them ("Supporter · 15.00 EUR").
    pub ticket_types: Vec<String>,
    pub approval: bool,
    /// `full` or `none`: what a guest who cancels a paid ticket gets back.
    pub attendee_refund: String,
    /// Why paid tickets cannot be sold here, when they cannot.
    pub payments_note: Option<String>,
    /// The new ticket type form (values and errors after a failed post).
    pub ticket_form: FormState,
    /// The night's feedback in a sentence, once guests were asked.
    pub feedback: Option<String>,
    /// The guests to expect at the door, in a sentence, while the night is to come.
    pub turnout: Option<String>,
}

/// A night's feedback for its hosts (`…/events/{id}/feedback`).
#[derive(Template, WebTemplate)]
#[template(path = "host/feedback.html")]
pub struct FeedbackPage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub title: String,
    /// The night's figures in a sentence.
    pub summary: String,
    /// When guests are (or were) asked and until when they may answer, in words.
    pub schedule: String,
    pub talks: Vec<FeedbackTalkRow>,
    pub comments: Vec<FeedbackCommentRow>,
    pub takeaways: Vec<String>,
    pub notice: Option<String>,
}

/// One talk's figures.
pub struct FeedbackTalkRow {
    pub title: String,
    pub speaker: String,
    pub ratings: i64,
    /// One decimal, or "–" without ratings.
    pub average: String,
    pub comments: i64,
    pub unread: i64,
}

/// A comment to moderate.
pub struct FeedbackCommentRow {
    pub id: i64,
    pub version: i64,
    pub talk: String,
    pub text: String,
    /// `pending`, `released` or `hidden`.
    pub status: &'static str,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/message.html")]
pub struct MessagePage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub title: String,
    pub form: FormState,
}

/// "This will email 48 people": the confirmation step before an action that emails guests.
#[derive(Template, WebTemplate)]
#[template(path = "host/confirm.html")]
pub struct ConfirmPage {
    pub lang: Lang,
    pub nav: Nav,
    pub title: String,
    pub message: String,
    pub button: String,
    pub action: String,
    pub back: String,
    pub fields: Vec<(String, String)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/venues.html")]
pub struct VenuesPage {
    pub lang: Lang,
    pub nav: Nav,
    pub venues: Vec<failnight_scheduling::venues::Venue>,
    pub form: FormState,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/venue.html")]
pub struct VenuePage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub form: FormState,
    pub saved: bool,
}

pub struct SeriesRow {
    pub id: i64,
    pub title: String,
    pub cadence: String,
    pub status: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/series_list.html")]
pub struct SeriesListPage {
    pub lang: Lang,
    pub nav: Nav,
    pub series: Vec<SeriesRow>,
    pub venues: Vec<VenueOption>,
    pub form: FormState,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/series.html")]
pub struct SeriesPage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub cadence: String,
    pub active: bool,
    pub form: FormState,
    pub venues: Vec<VenueOption>,
    pub nights: Vec<NightRow>,
    pub saved: bool,
}

pub struct StoryRow {
    pub id: i64,
    /// The speaker's name, or "Speaker #id" in blind review.
    pub speaker: String,
    pub title: String,
    pub state: String,
    pub months: String,
    pub reviews: i64,
    pub mean: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/stories.html")]
pub struct StoriesPage {
    pub lang: Lang,
    pub nav: Nav,
    pub rows: Vec<StoryRow>,
    /// The filters in use ("" for all).
    pub state: String,
    pub month: String,
    /// Each state to filter by, with its name in the page's language.
    pub states: Vec<(&'static str, String)>,
    pub blind: bool,
    pub open: bool,
    /// The queue's pages before and after this one (50 stories each), if any.
    pub newer_url: Option<String>,
    pub older_url: Option<String>,
}

pub struct ReviewRow {
    pub host: String,
    pub mine: bool,
    pub score: i64,
    pub comment: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/story.html")]
pub struct StoryPage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub state: String,
    pub speaker: String,
    pub email: String,
    pub appearance: String,
    pub stage_name: String,
    pub title: String,
    pub teaser: String,
    pub project: String,
    pub wrong: String,
    pub learned: String,
    pub differently: String,
    pub content_notes: String,
    pub months: String,
    pub consent: String,
    /// Shown through blind review (identity hidden).
    pub blind: bool,
    pub reviews: Vec<ReviewRow>,
    /// Reviews by other hosts not shown yet (until this host has scored).
    pub hidden_reviews: usize,
    pub form: FormState,
    pub undecided: bool,
    pub can_waitlist: bool,
    pub can_purge: bool,
    /// A draft of the speaker's recap, after the night.
    pub recap: Option<crate::lessons::views::RecapView>,
    pub notice: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "host/call.html")]
pub struct CallSettingsPage {
    pub lang: Lang,
    pub nav: Nav,
    pub form: FormState,
    pub saved: bool,
    /// (field, its label, our default text), the default shown when the hosts wrote none.
    pub defaults: [(&'static str, String, String); 3],
}

#[derive(Clone)]
pub struct LineupRow {
    pub id: i64,
    pub title: String,
    pub speaker: String,
    /// How the public sees the speaker.
    pub public: String,
    pub consent: String,
    /// "3 slides", "1 slide", "no slides yet".
    pub deck: String,
    /// The host's link to the first slide, when there is a deck.
    pub first_slide: Option<String>,
}

impl LineupRow {
    /// The rows of `talks`, each with its deck (one query for all), in `lang`.
    pub async fn of(
        state: &crate::AppState,
        slug: &str,
        talks: &[failnight_submissions::Submission],
        lang: Lang,
    ) -> Result<Vec<LineupRow>, crate::error::AppError> {
        let ids: Vec<i64> = talks.iter().map(|s| s.id).collect();
        let decks = failnight_submissions::slides::summaries(&state.db, &ids).await?;
        Ok(talks
            .iter()
            .map(|s| {
                let deck = decks.get(&s.id);
                LineupRow {
                    id: s.id,
                    title: s.title.clone(),
                    speaker: s.name.clone(),
                    public: public_label(lang, s),
                    consent: consent_note(lang, s),
                    deck: lang.f1("host-lineup-slides", "count", deck.map_or(0, |d| d.0)),
                    first_slide: deck.map(|d| crate::slides::host_url(slug, &d.1)),
                }
            })
            .collect())
    }
}

/// How the public sees a speaker: their name or stage name, or "Anonymous speaker" in `lang`.
pub fn public_label(lang: Lang, story: &failnight_submissions::Submission) -> String {
    story.public_name().map_or_else(|| lang.t("host-speaker-anonymous"), str::to_string)
}

/// What may be published of a talk, for the photographer and the door:
/// "photos: yes · recording: no · slides: on stage only".
pub fn consent_note(lang: Lang, story: &failnight_submissions::Submission) -> String {
    use failnight_submissions::stories::{Consent, SlidesUse};
    let consent = |c: Consent| match c {
        Consent::Yes => lang.t("host-consent-yes"),
        Consent::No => lang.t("host-consent-no"),
        Consent::Ask => lang.t("host-consent-ask"),
    };
    let slides = match story.slides_use {
        SlidesUse::Stage => lang.t("host-slides-stage"),
        SlidesUse::Published => lang.t("host-slides-published"),
        SlidesUse::Never => lang.t("host-slides-never"),
    };
    lang.f3(
        "host-consent-note",
        "photos",
        consent(story.consent_photos),
        "recording",
        consent(story.consent_recording),
        "slides",
        slides,
    )
}

/// A night's state in `lang`.
pub fn event_status(lang: Lang, status: failnight_scheduling::EventStatus) -> String {
    use failnight_scheduling::EventStatus;
    lang.t(match status {
        EventStatus::Draft => "host-night-status-draft",
        EventStatus::Published => "host-night-status-published",
        EventStatus::Cancelled => "host-night-status-cancelled",
    })
}

/// A guest's state in `lang` ("checked in", "waitlisted").
pub fn rsvp_status(lang: Lang, status: failnight_ticketing::RsvpStatus) -> String {
    use failnight_ticketing::RsvpStatus;
    lang.t(match status {
        RsvpStatus::Pending => "host-rsvp-status-pending",
        RsvpStatus::Confirmed => "host-rsvp-status-confirmed",
        RsvpStatus::Waitlisted => "host-rsvp-status-waitlisted",
        RsvpStatus::Offered => "host-rsvp-status-offered",
        RsvpStatus::Held => "host-rsvp-status-held",
        RsvpStatus::CheckedIn => "host-rsvp-status-checked-in",
        RsvpStatus::Cancelled => "host-rsvp-status-cancelled",
        RsvpStatus::Declined => "host-rsvp-status-declined",
    })
}

/// A story's state in `lang`.
pub fn story_state(lang: Lang, state: failnight_submissions::State) -> String {
    use failnight_submissions::State;
    lang.t(match state {
        State::Submitted => "host-story-state-submitted",
        State::Waitlisted => "host-story-state-waitlisted",
        State::Accepted => "host-story-state-accepted",
        State::Confirmed => "host-story-state-confirmed",
        State::Rejected => "host-story-state-rejected",
        State::Declined => "host-story-state-declined",
        State::Withdrawn => "host-story-state-withdrawn",
    })
}

/// A moment on the night's clock, short, in `lang` (`Dec 10, 2026, 7:04 PM`): when a guest
/// booked, when a refund is tried again.
pub fn short_date_time(lang: Lang, at: chrono::DateTime<chrono::Utc>, tz: chrono_tz::Tz) -> String {
    lang.f2("host-night-short-date-time", "date", lang.short_date(at, tz), "time", lang.time(at, tz))
}

#[derive(Template, WebTemplate)]
#[template(path = "host/lineup.html")]
pub struct LineupPage {
    pub lang: Lang,
    pub nav: Nav,
    pub event_id: i64,
    pub title: String,
    pub when: String,
    pub placed: Vec<LineupRow>,
    pub available: Vec<LineupRow>,
    pub run: Vec<(String, String)>,
    pub call_time: String,
    pub error: Option<String>,
}

/// A night's door: live counts, the guest list with one-tap check-in, the scanned ticket,
/// walk-ins. Usable on a phone without JavaScript; prints as a paper list.
#[derive(Template, WebTemplate)]
#[template(path = "host/door.html")]
pub struct DoorPage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub title: String,
    pub when: String,
    /// Taking check-ins: published and not over.
    pub open: bool,
    pub counts: failnight_ticketing::door::DoorCounts,
    pub q: String,
    pub guests: Vec<DoorGuest>,
    /// How many guests with a seat there are in all (the list may be filtered).
    pub total: usize,
    /// More guests match the search than it shows (50 at most).
    pub more_matches: bool,
    pub scanned: Option<DoorGuest>,
    /// What the last action did ("Checked in: Ada +1.").
    pub notice: Option<String>,
    /// The code of the guest just checked in, for the notice's undo button.
    pub undo_code: Option<String>,
    /// Why the last action could not be done.
    pub problem: Option<String>,
    pub walk_in: FormState,
    /// Tonight's speakers, with what they allow to be published.
    pub speakers: Vec<LineupRow>,
}

/// A guest at the door.
pub struct DoorGuest {
    pub name: String,
    pub plus_ones: i64,
    pub code: String,
    /// "confirmed", "checked in", or what else the ticket is.
    pub status: String,
    pub can_check_in: bool,
    /// When they were checked in, local time.
    pub checked_in_at: Option<String>,
    pub walk_in: bool,
}

/// Door mode: the door for a phone in a dark bar (no host navigation, a big counter, the
/// search box first, whole rows to tap), kept on the phone by `door.js` to work offline.
#[derive(Template, WebTemplate)]
#[template(path = "host/door_mode.html")]
pub struct DoorModePage {
    pub lang: Lang,
    pub slug: String,
    pub id: i64,
    pub title: String,
    /// The night's time zone (IANA), for the times the phone shows.
    pub timezone: String,
    pub checked_in: i64,
    pub capacity: i64,
    pub open: bool,
    pub notice: Option<String>,
    pub undo_code: Option<String>,
    pub guests: Vec<DoorGuest>,
    /// The night's list as a door phone keeps it (`host::door::PhoneList`), as JSON, for `door.js`.
    pub list: String,
}

/// The nights door staff can open.
#[derive(Template, WebTemplate)]
#[template(path = "host/door_nights.html")]
pub struct DoorNightsPage {
    pub lang: Lang,
    pub nav: Nav,
    pub nights: Vec<NightRow>,
}

/// The projector: every segment of the night rendered once, the current one shown; the
/// script shows the others as the night goes on. 1920×1080 friendly.
#[derive(Template, WebTemplate)]
#[template(path = "host/stage.html")]
pub struct ProjectorPage {
    pub lang: Lang,
    pub slug: String,
    pub id: i64,
    pub title: String,
    pub started: bool,
    /// The slide showing in the current segment (from 0).
    pub slide: i64,
    /// The countdown as it is now ("6:40", "-1:05"), empty when untimed.
    pub clock: String,
    pub segments: Vec<ProjectorSegment>,
    /// Approved questions of the Q&A on stage now: text, name, votes.
    pub questions: Vec<(String, Option<String>, i64)>,
    /// The QR code (SVG) to the audience page, and its address.
    pub qr: String,
    pub live_url: String,
}

/// One segment on the projector.
pub struct ProjectorSegment {
    pub index: usize,
    /// opening, title, slides, qa, break, closing.
    pub kind: &'static str,
    /// The talk's number in the night (from 1), 0 outside talks.
    pub number: usize,
    pub title: String,
    pub speaker: String,
    /// The deck's slide URLs (empty: the title card stays up).
    pub slides: Vec<String>,
    pub current: bool,
}

/// The phone control: where the night is, big buttons, and the questions to moderate.
#[derive(Template, WebTemplate)]
#[template(path = "host/stage_control.html")]
pub struct ControlPage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub title: String,
    pub started: bool,
    pub paused: bool,
    /// What shows now ("Talk", "Questions"…).
    pub now: &'static str,
    pub talk: Option<String>,
    pub slide: Option<String>,
    pub clock: Option<String>,
    pub in_talk: bool,
    pub in_slides: bool,
    pub problem: Option<String>,
    pub questions: Vec<ModerationRow>,
    /// What the page shows, as `stage.js` keys it: the stage's version, the questions waiting
    /// and the approved ones (the page redraws when a snapshot's key differs).
    pub shows: String,
}

/// A question as hosts moderate it.
pub struct ModerationRow {
    pub id: i64,
    pub text: String,
    pub name: Option<String>,
    pub votes: i64,
    pub status: &'static str,
    /// The title of the talk it is for.
    pub talk: String,
    /// Whether its talk is the one on stage (or next).
    pub on_stage: bool,
}

/// A role in the host pages' words.
pub fn role_label(lang: Lang, role: failnight_app::Role) -> String {
    lang.t(match role {
        failnight_app::Role::Owner => "host-role-owner",
        failnight_app::Role::Host => "host-role-host",
        failnight_app::Role::Door => "host-role-door",
    })
}

/// A series' status in the host pages' words.
pub fn series_status(lang: Lang, status: failnight_scheduling::series::SeriesStatus) -> String {
    use failnight_scheduling::series::SeriesStatus;
    lang.t(match status {
        SeriesStatus::Active => "host-series-status-active",
        SeriesStatus::Ended => "host-series-status-ended",
    })
}

/// What an audit entry records, in `lang`. The log stores its actions in English (they are
/// also read by people querying the database) and its details as data (titles, `#id`s,
/// counts, settings as `name=value`) or one of these phrases; anything else shows as stored.
pub fn audit_action(lang: Lang, action: &str) -> String {
    let key = match action {
        "signed in" => "host-audit-signed-in",
        "signed out" => "host-audit-signed-out",
        "signed out everywhere" => "host-audit-signed-out-everywhere",
        "API token created" => "host-audit-token-created",
        "API token revoked" => "host-audit-token-revoked",
        "chapter created" => "host-audit-chapter-created",
        "settings changed" => "host-audit-settings-changed",
        "host invited" => "host-audit-host-invited",
        "role changed" => "host-audit-role-changed",
        "host removed" => "host-audit-host-removed",
        "venue added" => "host-audit-venue-added",
        "venue edited" => "host-audit-venue-edited",
        "series created" => "host-audit-series-created",
        "series edited" => "host-audit-series-edited",
        "series ended, its nights cancelled" => "host-audit-series-ended",
        "night created and published" => "host-audit-night-created-published",
        "night created as draft" => "host-audit-night-created-draft",
        "night published" => "host-audit-night-published",
        "night cancelled" => "host-audit-night-cancelled",
        "night edited" => "host-audit-night-edited",
        "night moved or re-venued" => "host-audit-night-moved",
        "night ticketing options changed" => "host-audit-night-ticketing",
        "series nights published" => "host-audit-series-published",
        "ticketing settings changed" => "host-audit-ticketing-settings",
        "ticket type added" => "host-audit-ticket-type-added",
        "RSVP cancelled by a host" => "host-audit-rsvp-cancelled",
        "RSVP approved" => "host-audit-rsvp-approved",
        "RSVP declined" => "host-audit-rsvp-declined",
        "guest checked in" => "host-audit-guest-checked-in",
        "walk-in added" => "host-audit-walk-in-added",
        "message sent" => "host-audit-message-sent",
        "call settings changed" => "host-audit-call-settings",
        "story submitted" => "host-audit-story-submitted",
        "story reviewed" => "host-audit-story-reviewed",
        "story purged" => "host-audit-story-purged",
        "story deleted after retention" => "host-audit-story-deleted-retention",
        "story deleted by its speaker" => "host-audit-story-deleted-speaker",
        "talk placed in lineup" => "host-audit-talk-placed",
        "talk removed from lineup" => "host-audit-talk-removed",
        "lineup reordered" => "host-audit-lineup-reordered",
        "slides uploaded" => "host-audit-slides-uploaded",
        "slides uploaded (PDF)" => "host-audit-slides-uploaded-pdf",
        "slides removed" => "host-audit-slides-removed",
        "lesson drafted" => "host-audit-lesson-drafted",
        "lesson published" => "host-audit-lesson-published",
        "lesson edited" => "host-audit-lesson-edited",
        "lesson withdrawn" => "host-audit-lesson-withdrawn",
        "feedback deleted after retention" => "host-audit-feedback-deleted",
        "feedback comment back to unread" => "host-audit-feedback-unread",
        "feedback comment released" => "host-audit-feedback-released",
        "feedback comment hidden" => "host-audit-feedback-hidden",
        "question back to pending" => "host-audit-question-pending",
        "question approved" => "host-audit-question-approved",
        "question hidden" => "host-audit-question-hidden",
        "question answered" => "host-audit-question-answered",
        "questions deleted after retention" => "host-audit-questions-deleted",
        "conduct report updated" => "host-audit-conduct-report-updated",
        "webhook added" => "host-audit-webhook-added",
        "webhook paused" => "host-audit-webhook-paused",
        "webhook resumed" => "host-audit-webhook-resumed",
        "webhook secret rolled" => "host-audit-webhook-secret",
        "webhook removed" => "host-audit-webhook-removed",
        "webhook redelivered" => "host-audit-webhook-redelivered",
        // Details that are a phrase of ours.
        "story accepted" => "host-audit-story-accepted",
        "story rejected" => "host-audit-story-rejected",
        "story waitlisted" => "host-audit-story-waitlisted",
        "story confirmed" => "host-audit-story-confirmed",
        "story declined" => "host-audit-story-declined",
        "story withdrawn" => "host-audit-story-withdrawn",
        "stage: start" => "host-audit-stage-start",
        "stage: pause" => "host-audit-stage-pause",
        "stage: resume" => "host-audit-stage-resume",
        "stage: next slide" => "host-audit-stage-next-slide",
        "stage: previous slide" => "host-audit-stage-previous-slide",
        "stage: next segment" => "host-audit-stage-next-segment",
        "stage: previous segment" => "host-audit-stage-previous-segment",
        "stage: add time" => "host-audit-stage-add-time",
        "stage: skip to qa" => "host-audit-stage-skip-to-qa",
        "call for stories open" => "host-audit-call-open",
        "call for stories closed" => "host-audit-call-closed",
        other => return other.to_string(),
    };
    lang.t(key)
}

/// A night's turnout for its hosts (`…/events/{id}/turnout`).
#[derive(Template, WebTemplate)]
#[template(path = "host/turnout.html")]
pub struct TurnoutPage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub title: String,
    /// The forecast in a sentence.
    pub expected: String,
    /// Where it comes from: the chapter's history, or the prior and why.
    pub basis: String,
    /// `(when they booked, the share that came)`, empty on the prior alone.
    pub rates: Vec<(String, String)>,
    pub risks: Vec<(i64, bool)>,
    pub advice: String,
    /// Whether the waitlist fills past the capacity on its own, in a sentence.
    pub overbooking: String,
    pub backtest: String,
    pub nights: Vec<TurnoutNightRow>,
}

/// One night in numbers (`…/events/{id}/numbers`).
#[derive(Template, WebTemplate)]
#[template(path = "host/night_numbers.html")]
pub struct NightNumbersPage {
    pub lang: Lang,
    pub nav: Nav,
    pub id: i64,
    pub title: String,
    /// Who came, once the night has started.
    pub door: Option<String>,
    pub feedback: Option<String>,
    /// The chart's polylines: this night's bookings, the chapter's usual ones.
    pub this_line: String,
    pub usual_line: String,
    /// `(x, days before)` under the chart.
    pub ticks: Vec<(String, String)>,
    /// The seats at the chart's top line.
    pub top_label: String,
    pub usual_note: String,
    pub waitlist: String,
    pub rows: Vec<NightNumbersRow>,
}

/// A point of a night's curves, in words.
pub struct NightNumbersRow {
    pub days: String,
    pub booked: String,
    pub usual: String,
    pub waiting: String,
}

/// A past night as the backtest forecast it.
pub struct TurnoutNightRow {
    pub date: String,
    pub booked: String,
    pub forecast: String,
    pub range: String,
    pub came: String,
}

/// A chapter's numbers over a period (`/host/c/{slug}/numbers`).
#[derive(Template, WebTemplate)]
#[template(path = "host/numbers.html")]
pub struct NumbersPage {
    pub lang: Lang,
    pub nav: Nav,
    /// Why the period asked for was refused.
    pub error: Option<String>,
    /// The period as chosen, `YYYY-MM`, and its query for the downloads.
    pub from: String,
    pub to: String,
    pub query: String,
    pub summary: String,
    pub stories: String,
    pub to_stage: Option<String>,
    pub bars: Vec<NumbersBar>,
    pub height: i64,
    pub rows: Vec<NumbersRow>,
    pub total: NumbersRow,
}

/// A month in the chart.
pub struct NumbersBar {
    pub label: String,
    pub text_y: i64,
    pub bar_y: i64,
    pub came_width: i64,
    pub empty_x: i64,
    pub empty_width: i64,
    pub came: i64,
    pub empty: i64,
    pub total_x: i64,
}

/// A month in the table (and the whole period).
pub struct NumbersRow {
    pub month: String,
    pub cells: Vec<String>,
}

/// Every chapter on one page, for platform admins (`/host/network`).
#[derive(Template, WebTemplate)]
#[template(path = "host/network.html")]
pub struct NetworkPage {
    pub lang: Lang,
    pub sort: String,
    /// `(sort key, column heading)`.
    pub columns: Vec<(&'static str, String)>,
    /// Chapters in the network; `rows` are one page of them.
    pub count: usize,
    pub rows: Vec<NetworkRow>,
    pub previous_url: Option<String>,
    pub next_url: Option<String>,
}

/// A chapter's line.
pub struct NetworkRow {
    pub slug: String,
    pub name: String,
    pub cells: Vec<String>,
}
