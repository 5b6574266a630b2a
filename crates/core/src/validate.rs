//! Field validation shared by every domain crate, so forms and the API report errors the same
//! way: a map from field name to a sentence a person can act on.

use std::collections::BTreeMap;

use crate::i18n::{Lang, Message};

/// Errors per field (`"email" -> error-email-invalid`), as messages: a page shows them in its
/// language ([`FieldErrors::get_in`]), the JSON API and logs in English.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct FieldErrors(pub BTreeMap<String, Message>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the first error of a field (later ones are dropped: one message per field). A
    /// `&'static str` is a message key of `locales/*/errors.ftl`.
    pub fn add(&mut self, field: &str, message: impl Into<Message>) {
        self.0.entry(field.to_string()).or_insert_with(|| message.into());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    /// The error of `field` in English.
    pub fn get(&self, field: &str) -> Option<String> {
        self.get_in(field, Lang::En)
    }

    /// The error of `field` in `lang`.
    pub fn get_in(&self, field: &str, lang: Lang) -> Option<String> {
        self.0.get(field).map(|m| m.in_lang(lang))
    }

    /// Every error in `lang`, by field.
    pub fn in_lang(&self, lang: Lang) -> BTreeMap<String, String> {
        self.0.iter().map(|(field, m)| (field.clone(), m.in_lang(lang))).collect()
    }

    /// `Ok(())` when nothing was recorded, else the errors.
    pub fn into_result(self) -> Result<(), Invalid> {
        if self.is_empty() { Ok(()) } else { Err(Invalid(self)) }
    }

    /// A required single-line text field: trimmed, `min..=max` characters, no control characters.
    pub fn line(&mut self, field: &str, value: &str, max: usize) -> String {
        let value = value.trim();
        if value.is_empty() {
            self.add(field, "error-required");
        } else if value.chars().count() > max {
            self.add(field, Message::new("error-too-long").arg("max", max));
        } else if value.chars().any(char::is_control) {
            self.add(field, "error-single-line");
        }
        value.to_string()
    }

    /// An optional single-line text field: as [`line`](Self::line), but empty is fine.
    pub fn optional_line(&mut self, field: &str, value: &str, max: usize) -> String {
        if value.trim().is_empty() { String::new() } else { self.line(field, value, max) }
    }

    /// An optional multi-line text: line breaks normalised to `\n`, at most `max` characters.
    pub fn text(&mut self, field: &str, value: &str, max: usize) -> String {
        let value = value.replace("\r\n", "\n").replace('\r', "\n");
        let value = value.trim();
        if value.chars().count() > max {
            self.add(field, Message::new("error-too-long").arg("max", max));
        } else if value.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            self.add(field, "error-control-characters");
        }
        value.to_string()
    }

    /// An email address, returned lower-cased for comparison and storage.
    pub fn email(&mut self, field: &str, value: &str) -> String {
        let value = value.trim();
        if value.is_empty() {
            self.add(field, "error-required");
        } else if !is_plausible_email(value) {
            self.add(field, "error-email-invalid");
        }
        value.to_lowercase()
    }
}

/// The error of an input that breaks a rule, by field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid input: {}", .0.0.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("; "))]
pub struct Invalid(pub FieldErrors);

impl Invalid {
    pub fn field(field: &str, message: impl Into<Message>) -> Self {
        let mut errors = FieldErrors::new();
        errors.add(field, message);
        Invalid(errors)
    }
}

/// The least contrast of white text on a colour (WCAG AA for body text).
pub const MIN_CONTRAST: f64 = 4.5;

/// `text` as a colour, `#rrggbb` in lower case (the `#` may be left out), if it is one.
pub fn hex_colour(text: &str) -> Option<String> {
    let hex = text.trim().trim_start_matches('#');
    (hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit())).then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// The contrast of white text on the colour `#rrggbb` (1 to 21, WCAG's formula).
pub fn contrast_with_white(colour: &str) -> Option<f64> {
    let hex = hex_colour(colour)?;
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok().map(|c| f64::from(c) / 255.0);
    let linear = |c: f64| if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
    let luminance = 0.2126 * linear(channel(1)?) + 0.7152 * linear(channel(3)?) + 0.0722 * linear(channel(5)?);
    Some(1.05 / (luminance + 0.05))
}

/// An address we can deliver to: lettre's [`Address`](lettre::Address) parses it (RFC 5321
/// syntax, the same check the dispatcher makes before sending), and we ask more than the RFC
/// allows: no spaces, quotes, angle brackets or control characters (nothing that could break a
/// mail header even where it is quoted), a dotted domain (no `user@localhost`), at most 254
/// characters.
pub fn is_plausible_email(value: &str) -> bool {
    if value.len() > 254 || value.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"(),;:[]\\".contains(c)) {
        return false;
    }
    match value.parse::<lettre::Address>() {
        Ok(address) => {
            let domain = address.domain();
            domain.contains('.') && !domain.ends_with('.')
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast_with_white("#000000").unwrap() - 21.0).abs() < 1e-9);
        assert!((contrast_with_white("ffffff").unwrap() - 1.0).abs() < 1e-9);
        // WebAIM's checker: #767676 on white is 4.54:1, the lightest grey that passes.
        assert!((contrast_with_white("#767676").unwrap() - 4.54).abs() < 0.01);
        assert!(contrast_with_white("#777777").unwrap() < MIN_CONTRAST);
        assert_eq!(hex_colour(" B3261E "), Some("#b3261e".to_string()));
        for bad in ["", "#12345", "#1234567", "red", "#ggg000"] {
            assert_eq!(contrast_with_white(bad), None, "{bad}");
        }
    }

    #[test]
    fn emails() {
        for ok in ["a@b.de", "first.last+tag@sub.example.org", "ÄNDI@example.org"] {
            assert!(is_plausible_email(ok), "{ok}");
        }
        for bad in
            ["", "a", "a@b", "a@@b.de", "a b@c.de", "a@b.de\r\nBcc: x@y.z", "<a@b.de>", "a@-b.de", "a@b..de", "@b.de"]
        {
            assert!(!is_plausible_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn lines_are_trimmed_bounded_and_single() {
        let mut errors = FieldErrors::new();
        assert_eq!(errors.line("name", "  Ada  ", 10), "Ada");
        assert!(errors.is_empty());
        errors.line("title", "x\ny", 10);
        errors.line("empty", "   ", 10);
        errors.line("long", "éééééééééééé", 10);
        assert_eq!(errors.0.len(), 3);
        let text = errors.text("story", "a\r\nb\rc", 100);
        assert_eq!(text, "a\nb\nc");
    }

    #[test]
    fn errors_speak_each_language_and_serialise_in_english() {
        let mut errors = FieldErrors::new();
        errors.line("name", " ", 10);
        errors.email("email", "nobody");
        errors.line("title", "x".repeat(121).as_str(), 120);
        errors.add("name", "error-email-invalid"); // the first error of a field stays
        assert_eq!(errors.get("name").as_deref(), Some("This field is required."));
        assert_eq!(errors.get_in("name", Lang::Es).as_deref(), Some("Este campo es obligatorio."));
        assert_eq!(
            errors.get_in("email", Lang::De).as_deref(),
            Some("Gib eine E-Mail-Adresse wie name@example.org ein.")
        );
        assert_eq!(errors.get_in("title", Lang::Fr).as_deref(), Some("120 caractères au maximum."));
        assert_eq!(errors.get("missing"), None);
        assert_eq!(errors.get_in("missing", Lang::Es), None);
        let json = serde_json::to_value(&errors).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "email": "Enter an email address like name@example.org.",
                "name": "This field is required.",
                "title": "Use at most 120 characters.",
            })
        );
        assert_eq!(errors.get_in("email", Lang::PtBr).as_deref(), Some("Digite um e-mail como name@example.org."));
        assert_eq!(Invalid(errors).to_string().lines().count(), 1);
    }
}
