//! Languages: which ones we speak, the messages in each (Project Fluent, `locales/<lang>/*.ftl`
//! compiled into the binary), choosing a visitor's language, and locale formats
//! ([`format`](mod@format): dates, times, numbers, prices).
//!
//! Pages, emails and calendar texts call [`Lang::t`] (a message) or [`Lang::f1`]…[`Lang::f4`]
//! (a message with variables: Fluent picks plural forms from numbers). A message missing in a
//! language falls back to English and is logged; the test `every_language_has_every_message`
//! keeps that from happening in a release.

pub mod format;
mod message;

pub use message::{Message, Value};

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

crate::text_enum! {
    /// A language failnight speaks, as stored (chapters, guests, stories) and as written in
    /// URLs (`?lang=pt-BR`) and in `lang` attributes.
    pub enum Lang {
        En = "en",
        Es = "es",
        De = "de",
        Fr = "fr",
        PtBr = "pt-BR",
    }
}

/// The message files of each language, one per area of the product.
pub const AREAS: [&str; 8] = ["common", "pages", "speaker", "host", "nights", "email", "errors", "stage"];

macro_rules! ftl_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/pages.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/speaker.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/host.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/nights.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/email.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/stage.ftl")),
        ]
    };
}

/// The sources of every language, in [`Lang::ALL`] order, each in [`AREAS`] order.
pub const SOURCES: [[&str; AREAS.len()]; Lang::ALL.len()] =
    [ftl_files!("en"), ftl_files!("es"), ftl_files!("de"), ftl_files!("fr"), ftl_files!("pt-BR")];

impl Lang {
    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::PtBr => "Português (Brasil)",
        }
    }

    /// Every language, for the language switch and `hreflang` alternates.
    pub fn all(self) -> [Lang; 5] {
        Lang::ALL
    }

    /// OpenGraph's `og:locale` (`es_MX`: the region our wording is for).
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::En => "en_US",
            Lang::Es => "es_MX",
            Lang::De => "de_DE",
            Lang::Fr => "fr_FR",
            Lang::PtBr => "pt_BR",
        }
    }

    /// The `lang` attribute of a page in this language (the pseudo-locale's, when it is on).
    pub fn code(self) -> &'static str {
        self.as_str()
    }

    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).expect("every language is in ALL")
    }

    fn langid(self) -> LanguageIdentifier {
        self.as_str().parse().expect("our language codes are valid identifiers")
    }

    /// The language of a `?lang=` value or a cookie: our codes, case-insensitively, and the
    /// primary tags people type (`pt` is Brazilian Portuguese, `es-MX` is Spanish).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if let Some(exact) = Lang::ALL.into_iter().find(|l| l.as_str().eq_ignore_ascii_case(tag)) {
            return Some(exact);
        }
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.as_str().split('-').next() == Some(primary.as_str()))
    }

    /// The best of our languages for an `Accept-Language` header, by its weights (RFC 9110:
    /// `q=0` refuses); `None` when it names none of ours (then the chapter's language applies).
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut ranges: Vec<(f32, usize, &str)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q=").map(|q| q.trim().parse::<f32>().unwrap_or(0.0)))
                    .unwrap_or(1.0);
                (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, position, tag))
            })
            .collect();
        // Highest weight first; equal weights keep the header's order.
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.into_iter().find_map(|(_, _, tag)| Lang::from_tag(tag))
    }

    /// The message `key`.
    pub fn t(self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with one variable.
    pub fn f1(self, key: &str, name: &str, value: impl Arg) -> String {
        let mut args = FluentArgs::with_capacity(1);
        args.set(name.to_string(), value.value());
        self.format(key, Some(&args))
    }

    /// The message `key` with two variables.
    pub fn f2(self, key: &str, n1: &str, v1: impl Arg, n2: &str, v2: impl Arg) -> String {
        let mut args = FluentArgs::with_capacity(2);
        args.set(n1.to_string(), v1.value());
        args.set(n2.to_string(), v2.value());
        self.format(key, Some(&args))
    }

    /// The message `key` with three variables.
    #[allow(clippy::too_many_arguments)]
    pub fn f3(self, key: &str, n1: &str, v1: impl Arg, n2: &str, v2: impl Arg, n3: &str, v3: impl Arg) -> String {
        let mut args = FluentArgs::with_capacity(3);
        args.set(n1.to_string(), v1.value());
        args.set(n2.to_string(), v2.value());
        args.set(n3.to_string(), v3.value());
        self.format(key, Some(&args))
    }

    /// The message `key` with four variables.
    #[allow(clippy::too_many_arguments)]
    pub fn f4(
        self,
        key: &str,
        n1: &str,
        v1: impl Arg,
        n2: &str,
        v2: impl Arg,
        n3: &str,
        v3: impl Arg,
        n4: &str,
        v4: impl Arg,
    ) -> String {
        let mut args = FluentArgs::with_capacity(4);
        args.set(n1.to_string(), v1.value());
        args.set(n2.to_string(), v2.value());
        args.set(n3.to_string(), v3.value());
        args.set(n4.to_string(), v4.value());
        self.format(key, Some(&args))
    }

    /// The message `key` with any variables (for code that builds them in a loop).
    pub fn format(self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundle = if pseudo_enabled() && self == PSEUDO_AS { &*PSEUDO_BUNDLE } else { self.bundle() };
        if let Some(text) = format_in(bundle, key, args) {
            return text;
        }
        tracing::error!(key, lang = self.as_str(), "message missing; falling back to English");
        format_in(Lang::En.bundle(), key, args).unwrap_or_else(|| key.to_string())
    }

    /// This language's messages, parsed the first time the process needs them.
    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        BUNDLES[self.index()].get_or_init(|| bundle(self, None))
    }
}

/// A value a message can take: text or a number (numbers choose plural forms).
pub trait Arg {
    fn value(&self) -> FluentValue<'static>;
}

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> FluentValue<'static> {
        (**self).value()
    }
}

impl Arg for str {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

macro_rules! numeric_arg {
    ($($t:ty),+) => {$(
        impl Arg for $t {
            fn value(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )+};
}
numeric_arg!(i32, i64, u8, u16, u32, u64, usize, f64);

fn format_in(bundle: &FluentBundle<FluentResource>, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::error!(key, ?errors, "message formatted with errors");
    }
    Some(text.into_owned())
}

/// Each language's messages, in [`Lang::ALL`]'s order, parsed on first use: a language's
/// parsed messages take 1.3 MB, which a network whose chapters speak two of the five need not
/// hold for the other three. The unit tests parse every one, so a broken file fails them, not a
/// server.
static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// English with each text between `⟦ ⟧` and accented: a page rendered in it shows at a glance
/// (and to a test) every word that did not come from a message. Parsed only once the
/// pseudo-locale is on: a copy of English's messages is 1.3 MB a server has no use for.
static PSEUDO_BUNDLE: LazyLock<FluentBundle<FluentResource>> =
    LazyLock::new(|| bundle(Lang::En, Some(pseudo_transform)));

fn bundle(lang: Lang, transform: Option<fn(&str) -> Cow<'_, str>>) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // Unicode isolation marks around variables would end up in subjects, calendar files and
    // form values; our variables are names, dates and numbers.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    for (area, source) in AREAS.iter().zip(SOURCES[lang.index()]) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{}/{area}.ftl does not parse: {errors:?}", lang.as_str()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{}/{area}.ftl repeats messages: {errors:?}", lang.as_str()));
    }
    bundle
}

static PSEUDO: AtomicBool = AtomicBool::new(false);
/// The language the pseudo-locale stands in for (its plural rules and formats are English).
const PSEUDO_AS: Lang = Lang::En;

/// Turns the pseudo-locale on for this process: English pages then render every message in
/// accented look-alike letters (`FAILNIGHT_PSEUDO_LOCALE=on`, for the test that looks for
/// English left in templates). Never on in production.
pub fn enable_pseudo_locale() {
    PSEUDO.store(true, Ordering::Relaxed);
}

fn pseudo_enabled() -> bool {
    PSEUDO.load(Ordering::Relaxed)
}

/// A message's own text in the pseudo-locale: accented (so a person sees it at a glance) and
/// between `⟦ ⟧` (so a test can cut every message's text out of a page, however nested, and
/// what is left is data or English that did not come from a message).
fn pseudo_transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(format!("⟦{}⟧", fluent_pseudo::transform(text, false, false)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_accept_language() {
        assert_eq!(Lang::from_tag("pt"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("PT-br"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("it"), None);
        assert_eq!(Lang::negotiate("de-AT,de;q=0.9,en;q=0.8"), Some(Lang::De));
        assert_eq!(Lang::negotiate("it-IT, fr;q=0.5, en;q=0.7"), Some(Lang::En));
        assert_eq!(Lang::negotiate("en;q=0, es"), Some(Lang::Es));
        assert_eq!(Lang::negotiate("it, *"), None);
        assert_eq!(Lang::negotiate(""), None);
    }

    #[test]
    fn every_language_has_every_message() {
        let ids = |source: &str| -> std::collections::BTreeSet<String> {
            let resource = FluentResource::try_new(source.to_string()).expect("parses");
            resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                    _ => None,
                })
                .collect()
        };
        let mut problems = Vec::new();
        for (area_index, area) in AREAS.iter().enumerate() {
            let english = ids(SOURCES[Lang::En.index()][area_index]);
            for lang in Lang::ALL.into_iter().skip(1) {
                let theirs = ids(SOURCES[lang.index()][area_index]);
                for missing in english.difference(&theirs) {
                    problems.push(format!("{}/{area}.ftl lacks {missing}", lang.as_str()));
                }
                for extra in theirs.difference(&english) {
                    problems.push(format!("{}/{area}.ftl has {extra}, which English does not", lang.as_str()));
                }
            }
        }
        // Forces every bundle to build: a parse error or a repeated id panics here.
        let _ = (Lang::ALL.map(Lang::bundle), &*PSEUDO_BUNDLE);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Every file of `templates/` and `crates/*/src` (and the tests' own sources), as text.
    fn sources() -> Vec<(std::path::PathBuf, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut out = Vec::new();
        let mut stack = vec![root.join("templates"), root.join("crates")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("readable") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| ["rs", "html", "txt", "xml", "js"].iter().any(|x| e == *x)) {
                    out.push((path.clone(), std::fs::read_to_string(&path).unwrap_or_default()));
                }
            }
        }
        out
    }

    #[test]
    fn every_message_is_used_and_every_used_message_exists() {
        let english: Vec<String> = SOURCES[Lang::En.index()]
            .iter()
            .flat_map(|source| {
                FluentResource::try_new(source.to_string())
                    .expect("parses")
                    .entries()
                    .filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let sources = sources();
        let unused: Vec<&String> = english
            .iter()
            .filter(|key| {
                let quoted = format!("\"{key}\"");
                !sources.iter().any(|(_, text)| text.contains(&quoted))
            })
            .collect();
        assert!(unused.is_empty(), "messages no template or code uses: {unused:?}");
        // Keys asked for by name in templates and code (`lang.t("…")`, `lang.f2("…", …)`,
        // `Message::new("…")`), and every quoted `"error-…"` (field errors name their key).
        let mut missing = Vec::new();
        for (path, text) in &sources {
            for call in [".t(\"", ".f1(\"", ".f2(\"", ".f3(\"", ".f4(\"", "Message::new(\"", "\"error-"] {
                let prefix = call.strip_prefix('"').unwrap_or("");
                for (at, _) in text.match_indices(call) {
                    let rest = &text[at + call.len()..];
                    let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                    let key = format!("{prefix}{name}");
                    if rest[name.len()..].starts_with('"') && !name.is_empty() && !english.contains(&key) {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "messages asked for that English lacks:\n{}", missing.join("\n"));
    }

    #[test]
    fn plurals_and_variables() {
        assert_eq!(Lang::En.f1("common-seats-left", "count", 1), "1 seat left");
        assert_eq!(Lang::En.f1("common-seats-left", "count", 14), "14 seats left");
        assert_eq!(Lang::Es.f1("common-seats-left", "count", 1), "Queda 1 plaza");
        assert_eq!(Lang::De.f1("common-seats-left", "count", 2), "Noch 2 Plätze frei");
    }
}
