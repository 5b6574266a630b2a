//! The lessons' view models: the library, a lesson's page, "what we learned", the Atom feeds
//! and the sitemap (XML templates: askama escapes `.xml` like HTML, which is valid XML), and
//! the recap form on the speaker's and the host's pages.

use askama::Template;
use askama_web::WebTemplate;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use failnight_core::FieldErrors;
use failnight_core::Lang;

/// A lesson in a list (the library, a chapter's page): the page that shows it puts it into
/// words, in its own language.
pub struct LessonItem {
    pub url: String,
    pub lesson: String,
    /// The speaker's chosen name; `None` for an anonymous speaker.
    pub speaker: Option<String>,
    pub talk_title: String,
    pub night_title: String,
    pub night_at: DateTime<Utc>,
    pub night_tz: Tz,
    pub chapter_name: String,
    pub chapter_url: String,
    /// (library link filtered by the topic, the topic's message)
    pub topics: Vec<(String, &'static str)>,
}

impl LessonItem {
    /// The name shown, "Anonymous speaker" in `lang` for those who chose so.
    pub fn speaker(&self, lang: &Lang) -> String {
        self.speaker.clone().unwrap_or_else(|| lang.t("speaker-anonymous"))
    }

    /// The night and its date in `lang`.
    pub fn night(&self, lang: &Lang) -> String {
        format!("{}, {}", self.night_title, lang.date(self.night_at, self.night_tz))
    }
}

/// One lesson's entry in a list, rendered on its own to be kept (see `lessons::entries`).
#[derive(Template)]
#[template(path = "pages/lesson_item.html")]
pub struct LessonEntry<'a> {
    pub lang: Lang,
    pub item: &'a LessonItem,
}

/// An option of a filter's `<select>`.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/lessons.html")]
pub struct LibraryPage {
    pub lang: Lang,
    pub words: String,
    pub relevant: bool,
    pub topics: Vec<Choice>,
    pub chapters: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub years: Vec<Choice>,
    /// The lessons' entries, rendered (see `lessons::entries`).
    pub lessons: Vec<std::sync::Arc<str>>,
    /// Whether any filter or words were given (to say "no lesson matches" rather than "none yet").
    pub filtered: bool,
    pub previous_url: Option<String>,
    pub next_url: Option<String>,
    pub page: i64,
    /// The Atom feed of what is shown (all, a chapter's or a topic's).
    pub feed_url: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/lesson.html")]
pub struct LessonPage {
    pub lang: Lang,
    pub url: String,
    /// The lesson in one sentence: the page's title.
    pub title: String,
    pub speaker: String,
    pub talk_title: String,
    pub happened_html: String,
    pub differently_html: String,
    pub night_title: String,
    pub night_date: String,
    pub night_url: String,
    pub chapter_name: String,
    pub chapter_url: String,
    /// (library link, the topic's message)
    pub topics: Vec<(String, &'static str)>,
    pub language: String,
    pub slides: Vec<String>,
    pub og_description: String,
    /// schema.org Article, already escaped for a `<script>` element.
    pub json_ld: String,
}

/// One bar of the chart: a topic, its segments per year.
pub struct Bar {
    /// The topic's message.
    pub label: &'static str,
    /// The label's baseline and the bar's top, in the chart's units.
    pub text_y: i64,
    pub bar_y: i64,
    pub segments: Vec<Segment>,
    pub total: i64,
    pub total_x: i64,
}

pub struct Segment {
    pub x: i64,
    pub width: i64,
    pub fill: &'static str,
    pub year: i64,
    pub count: i64,
}

#[derive(Template, WebTemplate)]
#[template(path = "pages/learned.html")]
pub struct LearnedPage {
    pub lang: Lang,
    pub bars: Vec<Bar>,
    /// The chart's height and width, in its units.
    pub height: i64,
    pub width: i64,
    /// (year, fill) for the legend.
    pub legend: Vec<(i64, &'static str)>,
    pub years: Vec<i64>,
    /// (topic's message, library link, count per year in `years`' order, total)
    pub rows: Vec<(&'static str, String, Vec<i64>, i64)>,
    pub totals: Vec<i64>,
    pub total: i64,
}

/// An entry of an Atom feed.
pub struct FeedEntry {
    pub url: String,
    pub title: String,
    pub author: String,
    pub published: String,
    pub updated: String,
    pub summary: String,
    /// The lesson as HTML (escaped once more by the XML template).
    pub html: String,
    /// (term, label)
    pub topics: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "feeds/lessons.xml")]
pub struct AtomFeed {
    /// The language of the feed's own words (its title, the topics' labels).
    pub lang: Lang,
    pub title: String,
    pub self_url: String,
    pub page_url: String,
    pub updated: String,
    pub entries: Vec<FeedEntry>,
}

/// A page of the sitemap: its address and, when known, its last change (`YYYY-MM-DD`).
pub struct SitemapUrl {
    pub loc: String,
    pub lastmod: Option<String>,
}

#[derive(Template)]
#[template(path = "feeds/sitemap.xml")]
pub struct Sitemap {
    pub urls: Vec<SitemapUrl>,
}

/// The recap form, on the speaker's page (and, as a draft, the host's story page).
pub struct RecapView {
    /// Where the form posts.
    pub action: String,
    /// `draft`, `published` or `withdrawn`; `None` before the first save.
    pub state: Option<&'static str>,
    /// A host wrote the text the speaker sees now.
    pub by_host: bool,
    /// The public page, while published.
    pub public_url: Option<String>,
    pub lesson: String,
    pub happened: String,
    pub differently: String,
    /// (value, the topic's message, checked)
    pub topics: Vec<(&'static str, &'static str, bool)>,
    /// The name it is published under.
    pub public_label: String,
    /// The deck is shown with the lesson (its consent says published).
    pub slides_shown: bool,
    /// The form may be sent (the night is over; for a host: no speaker's text yet).
    pub open: bool,
    /// Why the form is closed, when it is.
    pub closed_reason: Option<String>,
    pub errors: FieldErrors,
}

impl RecapView {
    /// The error of `field` in `lang` (empty when none).
    pub fn e(&self, field: &str, lang: &Lang) -> String {
        self.errors.get_in(field, *lang).unwrap_or_default()
    }
}
