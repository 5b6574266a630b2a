//! A sentence for people, kept as a message key and its variables until someone reads it:
//! errors are made far from the page that shows them (a domain crate knows no visitor), so
//! they carry [`Message`]s and the page asks for its own language ([`Message::in_lang`]).
//! `Display` is English, for logs and the CLI.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

use super::Lang;

/// A message of `locales/*/errors.ftl` (or any area) with its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message(Inner);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Inner {
    Key {
        key: &'static str,
        args: Vec<(&'static str, Value)>,
    },
    /// Text already in its final language: what an outside library said, or a sentence the
    /// caller formatted for one page.
    Text(String),
}

/// A variable of a message: text, or a number (numbers choose plural forms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
    /// Another message, rendered in the same language.
    Message(Box<Message>),
}

impl From<Message> for Value {
    fn from(message: Message) -> Self {
        Value::Message(Box::new(message))
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_string())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

macro_rules! number_value {
    ($($t:ty),+) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )+};
}
number_value!(i32, i64, u8, u16, u32, u64, usize);

impl Message {
    /// The message `key` (a key of the `.ftl` files), without variables so far.
    pub const fn new(key: &'static str) -> Self {
        Message(Inner::Key { key, args: Vec::new() })
    }

    /// Text that is not a message of ours (another library's English), shown as it is in
    /// every language.
    pub fn text(text: impl Into<String>) -> Self {
        Message(Inner::Text(text.into()))
    }

    /// Adds the variable `name`.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        if let Inner::Key { args, .. } = &mut self.0 {
            args.push((name, value.into()));
        }
        self
    }

    /// The sentence in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match &self.0 {
            Inner::Key { key, args } if args.is_empty() => lang.t(key),
            Inner::Key { key, args } => {
                let mut fluent = FluentArgs::with_capacity(args.len());
                for (name, value) in args {
                    let value = match value {
                        Value::Text(text) => FluentValue::from(text.clone()),
                        Value::Number(n) => FluentValue::from(*n),
                        Value::Message(message) => FluentValue::from(message.in_lang(lang)),
                    };
                    fluent.set(*name, value);
                }
                lang.format(key, Some(&fluent))
            }
            Inner::Text(text) => text.clone(),
        }
    }
}

/// A `&'static str` is a message KEY, never a sentence: `errors.add("name", "error-required")`.
impl From<&'static str> for Message {
    fn from(key: &'static str) -> Self {
        debug_assert!(
            key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "a message key, not a sentence: {key:?}"
        );
        Message::new(key)
    }
}

/// A `String` is text already in its words (a message the caller formatted in the page's
/// language), shown as it is.
impl From<String> for Message {
    fn from(text: String) -> Self {
        Message::text(text)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// Serialised as its English sentence: the JSON API's `fields` keep their contract.
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.in_lang(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_render_in_each_language_with_plural_variables() {
        let one = Message::new("error-too-long").arg("max", 1);
        let many = Message::new("error-too-long").arg("max", 120);
        assert_eq!(one.to_string(), "Use at most 1 character.");
        assert_eq!(many.to_string(), "Use at most 120 characters.");
        assert_eq!(many.in_lang(Lang::Es), "Usa como máximo 120 caracteres.");
        assert_eq!(one.in_lang(Lang::De), "Verwende höchstens 1 Zeichen.");
        assert_eq!(Message::from("error-required").in_lang(Lang::Fr), "Ce champ est obligatoire.");
    }

    #[test]
    fn outside_text_stays_as_it_is() {
        assert_eq!(Message::text("bad PNG").in_lang(Lang::De), "bad PNG");
        assert_eq!(serde_json::to_string(&Message::new("error-required")).unwrap(), "\"This field is required.\"");
    }
}
