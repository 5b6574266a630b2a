//! Blind review: hides who a speaker is from reviewers until a decision.
//!
//! The name, stage name and email are never shown in blind mode; the texts (title, teaser,
//! story, content notes) are shown with identifying words replaced by `[hidden]`:
//!
//! - every word of the speaker's name and stage name, and of their email address (but not
//!   the big mail providers' names);
//! - email addresses, `@handles`, web addresses and domain names (`acme.io`), and the words
//!   of those domains wherever else they appear;
//! - company-looking words: a run of capitalised words before a legal form (`Acme Widgets
//!   GmbH`, `Foo Inc.`), and the capitalised words after "at", "joined", "left", "founded"
//!   or "worked for" (`I worked at Zalando`); each such word is hidden everywhere it appears.
//!
//! It is a heuristic (a product name may be hidden too, a company named in lower case may not
//! be): the hosts' setting says so, and speakers are told that reviewers read their story.

use std::collections::HashSet;

use crate::Submission;

pub const HIDDEN: &str = "[hidden]";

const LEGAL_FORMS: [&str; 16] =
    ["GmbH", "AG", "Inc", "Ltd", "LLC", "Corp", "plc", "SE", "KG", "SA", "BV", "Oy", "AB", "SAS", "SARL", "UG"];
const TRIGGERS: [&str; 6] = ["at", "joined", "left", "founded", "cofounded", "co-founded"];
const MAIL_PROVIDERS: [&str; 14] = [
    "gmail",
    "googlemail",
    "yahoo",
    "outlook",
    "hotmail",
    "live",
    "gmx",
    "web",
    "icloud",
    "proton",
    "protonmail",
    "posteo",
    "mailbox",
    "example",
];

/// Hides identifying words of one story; built from the story itself.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    words: HashSet<String>,
}

/// The non-blank runs of `text` with their byte ranges.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A token without the punctuation around it: (before, core, after).
fn split(token: &str) -> (&str, &str, &str) {
    let keep = |c: char| c.is_alphanumeric() || c == '@';
    let start = token.find(keep).unwrap_or(token.len());
    let end = token.rfind(keep).map_or(start, |i| i + token[i..].chars().next().map_or(1, char::len_utf8));
    (&token[..start], &token[start..end.max(start)], &token[end.max(start)..])
}

fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}

/// An email address, a handle, a web address or a domain name.
fn is_address(core: &str) -> bool {
    if core.contains('@') || core.starts_with("http") && core.contains("://") || core.starts_with("www.") {
        return true;
    }
    match core.rsplit_once('.') {
        Some((head, tld)) => {
            !head.is_empty()
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_lowercase())
                && head.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        }
        None => false,
    }
}

/// The words of an address worth hiding elsewhere (`acme` of `ada@acme.io`).
fn address_words(core: &str) -> Vec<String> {
    let host = core.rsplit_once('@').map_or(core, |(_, h)| h);
    let host = host.split_once("://").map_or(host, |(_, h)| h);
    let host = host.split('/').next().unwrap_or(host);
    let labels: Vec<&str> = host.split('.').collect();
    labels[..labels.len().saturating_sub(1)]
        .iter()
        .map(|l| l.to_lowercase())
        .filter(|l| l.chars().count() >= 3 && l != "www" && !MAIL_PROVIDERS.contains(&l.as_str()))
        .collect()
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn ends_clause(after: &str) -> bool {
    after.contains(['.', ',', ';', ':', '!', '?', ')'])
}

impl Redactor {
    /// Learns the identifying words of `story`.
    pub fn for_story(story: &Submission) -> Self {
        let mut redactor = Redactor::default();
        for part in [story.name.as_str(), story.stage_name.as_str()] {
            for word in part.split(|c: char| c.is_whitespace() || c == '-') {
                let (_, core, _) = split(word);
                if core.chars().count() >= 2 {
                    redactor.words.insert(core.to_lowercase());
                }
            }
        }
        let (local, _) = story.email.split_once('@').unwrap_or((&story.email, ""));
        for word in local.split(['.', '_', '-', '+']) {
            if word.chars().count() >= 3 && word.chars().all(char::is_alphabetic) {
                redactor.words.insert(word.to_lowercase());
            }
        }
        redactor.words.extend(address_words(&story.email));
        for text in texts(story) {
            redactor.learn(text);
        }
        redactor
    }

    /// Learns the company-looking words of a text.
    fn learn(&mut self, text: &str) {
        let spans = tokens(text);
        let parts: Vec<(&str, &str, &str)> = spans.iter().map(|(s, e)| split(&text[*s..*e])).collect();
        for (i, (_, core, after)) in parts.iter().enumerate() {
            if is_address(core) {
                self.words.extend(address_words(core));
                continue;
            }
            let lower = core.to_lowercase();
            let worked_for = lower == "for"
                && i > 0
                && matches!(parts[i - 1].1.to_lowercase().as_str(), "work" | "worked" | "working");
            if (TRIGGERS.contains(&lower.as_str()) || worked_for) && !ends_clause(after) {
                for (_, next, next_after) in parts.iter().skip(i + 1).take(4) {
                    if !capitalised(next) {
                        break;
                    }
                    self.words.insert(without_possessive(next).to_lowercase());
                    if ends_clause(next_after) {
                        break;
                    }
                }
            }
            if LEGAL_FORMS.iter().any(|f| f.eq_ignore_ascii_case(core)) && capitalised(core) && i > 0 {
                let mut j = i;
                while j > 0 && i - j < 4 {
                    let (_, previous, previous_after) = parts[j - 1];
                    if !capitalised(previous) || ends_clause(previous_after) {
                        break;
                    }
                    self.words.insert(without_possessive(previous).to_lowercase());
                    j -= 1;
                }
                if j < i {
                    self.words.insert(core.to_lowercase());
                }
            }
        }
    }

    /// `text` with the identifying words replaced by [`HIDDEN`].
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (start, end) in tokens(text) {
            out.push_str(&text[last..start]);
            let (before, core, after) = split(&text[start..end]);
            let core = without_possessive(core).to_lowercase();
            let hide = !core.is_empty()
                && (is_address(&core)
                    || self.words.contains(&core)
                    || core.split(['-', '\'', '’', '/']).any(|piece| self.words.contains(piece)));
            if hide {
                out.push_str(before);
                out.push_str(HIDDEN);
                out.push_str(after);
            } else {
                out.push_str(&text[start..end]);
            }
            last = end;
        }
        out.push_str(&text[last..]);
        out
    }
}

fn texts(story: &Submission) -> [&str; 7] {
    [
        &story.title,
        &story.teaser,
        &story.story_project,
        &story.story_wrong,
        &story.story_learned,
        &story.story_differently,
        &story.content_notes,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(name: &str, email: &str, text: &str) -> Submission {
        Submission {
            id: 1,
            chapter_id: 1,
            token: String::new(),
            state: crate::State::Submitted,
            name: name.into(),
            email: email.into(),
            appearance: crate::Appearance::StageName,
            stage_name: "The Phoenix".into(),
            title: String::new(),
            teaser: String::new(),
            story_project: text.into(),
            story_wrong: String::new(),
            story_learned: String::new(),
            story_differently: String::new(),
            preferred_months: String::new(),
            consent_photos: crate::Consent::Ask,
            consent_recording: crate::Consent::Ask,
            consent_slides: crate::Consent::Ask,
            slides_use: crate::SlidesUse::Stage,
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
    fn hides_names_addresses_and_companies() {
        let text = "I was CTO at Zalando Payments, then joined Umbrella. Acme Widgets GmbH bought it; \
                    Lovelace-style bookkeeping at acme.io. Mail ada@lovelace.dev or @adal. Zalando's \
                    board and Umbrella never paid. Phoenix rising. We used Python.";
        let s = story("Ada Lovelace", "ada.king@lovelace.dev", text);
        let out = Redactor::for_story(&s).apply(text);
        for gone in [
            "Zalando", "Payments", "Umbrella", "Acme", "Widgets", "GmbH", "acme.io", "ada@", "@adal", "Phoenix",
            "Lovelace",
        ] {
            assert!(!out.contains(gone), "{gone} in {out}");
        }
        assert!(out.contains("Python") && out.contains("I was CTO at [hidden] [hidden], then"), "{out}");
    }
}
