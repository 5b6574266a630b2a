//! What the OpenAPI document says once for many operations and fields, so that it is exact
//! without repeating itself: the answers any operation can give whatever its own logic (a body
//! too slow or too large, too many requests at once, a fault of ours), what a host token, a
//! path id or a JSON body adds to them, the shapes of typed text (one line, free text, local
//! dates and times), the words of stored enums, and the rules of each operation that a JSON
//! Schema cannot state. The API fuzz test (`tests/e2e/fuzz.rs`) holds the server to all of it.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use utoipa::openapi::{
    OpenApi, Ref, RefOr, Required,
    extensions::Extensions,
    header::Header,
    path::{Operation, ParameterIn},
    response::Response,
    schema::{AllOf, AnyOf, Object, ObjectBuilder, Schema, SchemaFormat, SchemaType, Type},
};

/// One line a person types (`FieldErrors::line`) of at most `max` characters: white space
/// around it is trimmed (and not counted), something must remain, and no control character may
/// occur (`char::is_control`: U+0000–U+001F, U+007F–U+009F). The length is that of what remains,
/// so it is in the pattern rather than a `maxLength` (which would count the white space).
pub fn line(max: usize) -> String {
    assert!(max >= 2, "a line of at least two characters");
    format!(r"^\s*[^\s\x00-\x1F\x7F-\x9F](?:[^\x00-\x1F\x7F-\x9F]{{0,{}}}[^\s\x00-\x1F\x7F-\x9F])?\s*$", max - 2)
}

/// One line or nothing (`FieldErrors::optional_line`): as [`line()`], or only white space.
pub fn optional_line(max: usize) -> String {
    assert!(max >= 2, "a line of at least two characters");
    format!(r"^\s*(?:[^\s\x00-\x1F\x7F-\x9F](?:[^\x00-\x1F\x7F-\x9F]{{0,{}}}[^\s\x00-\x1F\x7F-\x9F])?)?\s*$", max - 2)
}

/// Free text (`FieldErrors::text`) of at most `max` characters, white space around it not
/// counted: any characters but control characters other than tab and line breaks (a stray one in
/// the white space around is trimmed with it). Empty is fine.
pub fn text(max: usize) -> String {
    assert!(max >= 2, "a text of at least two characters");
    format!(
        r"^\s*(?:[^\s\x00-\x1F\x7F-\x9F](?:[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]{{0,{}}}[^\s\x00-\x1F\x7F-\x9F])?)?\s*$",
        max - 2
    )
}

/// A local wall-clock date and time, `YYYY-MM-DDTHH:MM` (seconds, if given, must be `:00`).
pub const LOCAL_DATE_TIME: &str =
    r"^\s*[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?\s*$";

/// A local time of day, `HH:MM`.
pub const LOCAL_TIME: &str = r"^\s*(?:[01][0-9]|2[0-3]):[0-5][0-9]\s*$";

/// A date, `YYYY-MM-DD`, or nothing (white space alone means nothing too).
pub const DATE_OR_EMPTY: &str = r"^\s*(?:[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))?\s*$";

/// Nothing but white space.
pub const EMPTY: &str = r"^\s*$";

/// The custom `format`s request and answer fields are tagged with in the handlers' types, each
/// replaced in the document by the pattern it stands for (`line` and `text` take the field's
/// `max_length`: see [`line`] and [`text`]).
const FORMATS: &[(&str, &str)] =
    &[("local-date-time", LOCAL_DATE_TIME), ("local-time", LOCAL_TIME), ("date-or-empty", DATE_OR_EMPTY)];

/// A string schema of the words `values` (the description is a doc comment's text).
pub fn words_object(description: &str, values: impl IntoIterator<Item = &'static str>) -> Object {
    let description = description.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values))
        .description(Some(description.trim().to_string()))
        .build()
}

/// A named string schema of fixed words: `words!(/// doc… pub Name => values);` declares the
/// type `Name` to use as a field's `#[schema(value_type = Name)]`.
macro_rules! words {
    ($(#[doc = $doc:literal])+ $vis:vis $name:ident => $values:expr) => {
        $(#[doc = $doc])+
        $vis struct $name;

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                $crate::api::doc::words_object(concat!($($doc, "\n"),+), $values).into()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}
pub(crate) use words;

/// The shape of an IANA time zone name (`Europe/Berlin`, `America/Argentina/Buenos_Aires`,
/// `Etc/GMT+5`, `UTC`). Which names exist is the time zone database's to say, and it grows with
/// its releases: the document states the shape, and the server the rest (a rule beyond the
/// schema), rather than an enum that would change with each tzdata release.
pub const ZONE: &str = r"^[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*$";

/// An IANA time zone name.
pub struct Zone;

impl utoipa::PartialSchema for Zone {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(ZONE))
            .max_length(Some(64))
            .description(Some(format!(
                "An IANA time zone name such as `Europe/Berlin`: one of the server's time zone database (tzdata {}).",
                chrono_tz::IANA_TZDB_VERSION
            )))
            .examples(["Europe/Berlin"])
            .into()
    }
}

impl utoipa::ToSchema for Zone {}

/// A chapter's `overbook_risk`: 0 (off) or one of the risks a host may choose, in percent.
pub struct OverbookRisk;

impl utoipa::PartialSchema for OverbookRisk {
    fn schema() -> RefOr<Schema> {
        let risks = std::iter::once(0).chain(failnight_ticketing::settings::RISKS_PERCENT);
        ObjectBuilder::new()
            .schema_type(Type::Integer)
            .enum_values(Some(risks))
            .description(Some(
                "Let the waitlist fill coming nights up to the confirmations the turnout forecast advises at this \
                 risk of more guests than seats, in percent, never past the venue's capacity; 0 = off.",
            ))
            .examples([10])
            .into()
    }
}

impl utoipa::ToSchema for OverbookRisk {}

/// An IANA time zone name, or nothing (empty) for the chapter's zone.
pub struct ZoneOrChapters;

impl utoipa::PartialSchema for ZoneOrChapters {
    fn schema() -> RefOr<Schema> {
        // As the server reads it: white space around is trimmed, and nothing left means the chapter's.
        let pattern = format!(r"^\s*(?:{})?\s*$", &ZONE[1..ZONE.len() - 1]);
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(pattern))
            .description(Some(format!(
                "An IANA time zone name such as `Europe/Berlin` (tzdata {}); the chapter's zone when empty or \
                 left out.",
                chrono_tz::IANA_TZDB_VERSION
            )))
            .examples(["Europe/Berlin"])
            .into()
    }
}

impl utoipa::ToSchema for ZoneOrChapters {}

/// An email address, or nothing (empty).
pub struct EmailOrNothing;

impl utoipa::PartialSchema for EmailOrNothing {
    fn schema() -> RefOr<Schema> {
        let mut any = AnyOf::new();
        any.items = vec![email().into(), ObjectBuilder::new().schema_type(Type::String).pattern(Some(EMPTY)).into()];
        any.description = Some("An email address, or nothing (empty or left out).".into());
        Schema::AnyOf(any).into()
    }
}

impl utoipa::ToSchema for EmailOrNothing {}

/// An email address as the server takes it: at most 254 characters, a dotted domain.
pub fn email() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .format(Some(SchemaFormat::KnownFormat(utoipa::openapi::schema::KnownFormat::Email)))
        .max_length(Some(254))
        .build()
}

/// The fields of an operation that the server checks by rules a JSON Schema cannot state (the
/// database, the clock, the chapter's settings or another field decide), each with the rule:
/// the only fields a schema-valid request may be refused for (422). `(operationId, [(field,
/// rule)])`.
pub const RULES_BEYOND_SCHEMA: &[(&str, &[(&str, &str)])] = &[
    (
        "create_night",
        &[
            ("timezone", "one of the server's time zone database"),
            ("starts_at", "a date that exists (not 31 April), in the future and not in the hour the clocks skip"),
            ("ends_at", "after `starts_at`, at most 24 hours later, not in the hour the clocks skip"),
            ("venue_id", "one of the chapter's venues"),
            ("capacity", "required when the venue of `venue_id` has no capacity"),
        ],
    ),
    (
        "update_night",
        &[
            ("timezone", "one of the server's time zone database"),
            ("starts_at", "as on creation; in the future when the time or zone changes"),
            ("ends_at", "after the start, at most 24 hours later, not in the hour the clocks skip"),
            ("venue_id", "one of the chapter's venues"),
            ("capacity", "not below the seats taken, held or offered"),
        ],
    ),
    ("set_night_cover", &[("cover", "an image that decodes as PNG, JPEG or WebP, at most 15 MB and 40 megapixels")]),
    ("set_chapter_logo", &[("logo", "an image that decodes as PNG, JPEG or WebP, at most 15 MB and 40 megapixels")]),
    ("review_story", &[("score", "only while the story is undecided (else 409)")]),
    ("view_stories", &[("month", "a month that exists (`2027-03`, not `2027-13`)")]),
    ("manage_hosts", &[("role", "the chapter's last owner stays an owner")]),
    (
        "update_call_settings",
        &[
            ("accept_text", "placeholders only of `{name}`, `{title}`, `{link}`, `{chapter}`"),
            ("reject_text", "placeholders only of `{name}`, `{title}`, `{link}`, `{chapter}`"),
            ("waitlist_text", "placeholders only of `{name}`, `{title}`, `{link}`, `{chapter}`"),
        ],
    ),
    (
        "update_lineup",
        &[
            ("story_id", "a talk of the night's chapter; `add` needs a confirmed one not placed elsewhere"),
            ("op", "`up` and `down` move a placed talk within the lineup"),
        ],
    ),
    ("message_guests", &[("body", "not only white space"), ("audience", "`no_show` only once the night has started")]),
    (
        "update_chapter_settings",
        &[
            ("timezone", "one of the server's time zone database"),
            ("reminder_hours", "each more than 0 and at most 336 (two weeks)"),
            ("accent", "white text on it reads at 4.5:1 or more (WCAG AA)"),
        ],
    ),
    ("create_venue", &[("name", "a chapter has one venue of a name and address")]),
    (
        "create_webhook",
        &[(
            "url",
            "a URL the URL standard parses, of a public address: an IP in it, and every address its name \
             resolves to, outside loopback, private, link-local, shared and reserved ranges",
        )],
    ),
    ("update_venue", &[("name", "a chapter has one venue of a name and address")]),
    (
        "create_series",
        &[
            (
                "rrule",
                "an RFC 5545 rule, weekly, monthly or yearly, without BYHOUR, BYMINUTE or BYSECOND, \
                   at most two nights in any seven days",
            ),
            ("starts_on", "within 3 years of today"),
            ("venue_id", "one of the chapter's venues"),
            ("capacity", "required when the venue has no capacity"),
        ],
    ),
    (
        "update_series",
        &[
            ("rrule", "as on creation"),
            ("starts_on", "within 3 years of today"),
            ("venue_id", "one of the chapter's venues"),
            ("capacity", "not below the seats taken, held or offered of any of its coming nights"),
        ],
    ),
    (
        "create_rsvp",
        &[
            ("plus_ones", "at most the chapter's `max_plus_ones`"),
            ("accept_code_of_conduct", "`true`: a guest books only accepting the code of conduct"),
        ],
    ),
    (
        "buy",
        &[
            ("plus_ones", "at most the chapter's `max_plus_ones`"),
            ("accept_code_of_conduct", "`true`: a guest books only accepting the code of conduct"),
            ("ticket_type_id", "one of the night's paid or pay-what-you-want ticket types"),
            ("amount", "pay what you want: at least the ticket type's minimum"),
        ],
    ),
    ("create_ticket_type", &[("price", "free: 0; paid: 50 to 1,000,000; pay what you want: 0 to 1,000,000")]),
];

/// The rules beyond the schema of `operation_id`.
pub fn rules_beyond_schema(operation_id: &str) -> &'static [(&'static str, &'static str)] {
    RULES_BEYOND_SCHEMA.iter().find(|(id, _)| *id == operation_id).map_or(&[], |(_, rules)| rules)
}

/// Operations that read their body as bytes (Stripe signs the bytes), never refusing it as JSON.
const RAW_BODIES: &[&str] = &["stripe_webhook"];

/// The largest id the server takes (`i64`).
const MAX_ID: i64 = i64::MAX;

/// Makes the generated document exact where the derives cannot: see the module's text.
pub struct Exact;

impl utoipa::Modify for Exact {
    fn modify(&self, openapi: &mut OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            for schema in components.schemas.values_mut() {
                exact_schema(schema);
            }
            for (name, alternatives) in REQUIRED_ONE_OF {
                if let Some(schema) = components.schemas.get_mut(*name) {
                    require_one_of(schema, alternatives);
                }
            }
        }
        for (path, item) in openapi.paths.paths.iter_mut() {
            let operations = [
                (false, item.get.as_mut()),
                (true, item.post.as_mut()),
                (true, item.patch.as_mut()),
                (true, item.put.as_mut()),
                (true, item.delete.as_mut()),
            ];
            for (writes, operation) in operations {
                if let Some(operation) = operation {
                    exact_operation(path, writes, operation);
                }
            }
        }
    }
}

/// Request bodies that need one of several sets of fields (given, not null): `(schema, [fields
/// of each set, with their type])`.
const REQUIRED_ONE_OF: &[(&str, &[FieldSet])] = &[
    // A night is somewhere: at one of the chapter's venues, or at a venue given by name and
    // address, which has no capacity of its own.
    ("CreateEvent", &[&[("venue_id", Type::Integer)], &[("venue", Type::Object), ("capacity", Type::Integer)]]),
];

/// Fields that must all be given (not null), each of a type.
type FieldSet = &'static [(&'static str, Type)];

/// `schema`, and at least one of `alternatives` (sets of required fields).
fn require_one_of(schema: &mut RefOr<Schema>, alternatives: &[FieldSet]) {
    let mut any = AnyOf::new();
    any.items = alternatives
        .iter()
        .map(|fields| {
            let mut set = ObjectBuilder::new();
            for (field, kind) in *fields {
                set = set.required(*field).property(*field, ObjectBuilder::new().schema_type(kind.clone()));
            }
            set.into()
        })
        .collect();
    let mut all = AllOf::new();
    let description = match schema {
        RefOr::T(Schema::Object(object)) => object.description.take(),
        _ => None,
    };
    all.items = vec![schema.clone(), Schema::AnyOf(any).into()];
    all.description = description;
    *schema = Schema::AllOf(all).into();
}

/// Formats become patterns; a required property has no default, nor has an object (the
/// `Default` of a struct is no valid value of it: they would be wrong examples).
fn exact_schema(schema: &mut RefOr<Schema>) {
    let RefOr::T(schema) = schema else { return };
    match schema {
        Schema::Object(object) => {
            if let Some(SchemaFormat::Custom(name)) = object.format.clone() {
                let mut max =
                    || object.max_length.take().unwrap_or_else(|| panic!("a {name} field needs a max_length"));
                let (pattern, words) = match name.as_str() {
                    "line" => {
                        let max = max();
                        (line(max), format!("One line of 1 to {max} characters (white space around it not counted)."))
                    }
                    "optional_line" => {
                        let max = max();
                        (optional_line(max), format!("One line of at most {max} characters, or empty."))
                    }
                    "text" => {
                        let max = max();
                        (text(max), format!("At most {max} characters (white space around them not counted)."))
                    }
                    _ => match FORMATS.iter().find(|(format, _)| *format == name) {
                        Some((_, pattern)) => (pattern.to_string(), String::new()),
                        None => return,
                    },
                };
                object.pattern = Some(pattern);
                object.format = None;
                if !words.is_empty() {
                    object.description = Some(match object.description.take() {
                        Some(description) => format!("{description} {words}"),
                        None => words,
                    });
                }
            }
            let required = object.required.clone();
            for (name, property) in object.properties.iter_mut() {
                match property {
                    RefOr::T(Schema::Object(property)) if required.contains(name) => property.default = None,
                    RefOr::Ref(reference) => reference.default = None,
                    _ => {}
                }
                exact_schema(property);
            }
        }
        Schema::Array(array) => {
            if let utoipa::openapi::schema::ArrayItems::RefOrSchema(items) = &mut array.items {
                exact_schema(items);
            }
        }
        Schema::AllOf(AllOf { items, .. }) | Schema::AnyOf(AnyOf { items, .. }) => {
            items.iter_mut().for_each(exact_schema)
        }
        Schema::OneOf(one) => one.items.iter_mut().for_each(exact_schema),
        _ => {}
    }
}

fn error_response(description: &str) -> RefOr<Response> {
    let content = utoipa::openapi::content::Content::new(Some(Ref::from_schema_name("ErrorBody")));
    let mut response = Response::new(description);
    response.content.insert("application/json".into(), content.into());
    response.into()
}

fn exact_operation(path: &str, writes: bool, operation: &mut Operation) {
    let id = operation.operation_id.clone().unwrap_or_default();
    let params = operation.parameters.get_or_insert_with(Vec::new);
    let mut has_path_params = false;
    for param in params.iter_mut() {
        let RefOr::T(param) = param else { continue };
        if param.parameter_in != ParameterIn::Path {
            continue;
        }
        has_path_params = true;
        // Ids are positive; anything else is simply nothing (404).
        if let Some(RefOr::T(Schema::Object(schema))) = param.schema.as_mut()
            && schema.schema_type == SchemaType::Type(Type::Integer)
        {
            schema.minimum = Some(1.into());
            schema.maximum = Some(MAX_ID.into());
        }
        param.required = Required::True;
    }
    let takes_token = operation.security.as_ref().is_some_and(|requirements| {
        requirements.iter().any(|r| serde_json::to_value(r).is_ok_and(|v| v.get("host_token").is_some()))
    });
    let token_optional = operation.security.as_ref().is_some_and(|requirements| {
        requirements.iter().any(|r| serde_json::to_value(r).is_ok_and(|v| v == serde_json::json!({})))
    });
    let json_body = operation
        .request_body
        .as_ref()
        .is_some_and(|body| matches!(body, RefOr::T(body) if body.content.contains_key("application/json")))
        && !RAW_BODIES.contains(&id.as_str());

    let mut common: BTreeMap<u16, String> = BTreeMap::new();
    if json_body {
        common.insert(
            400,
            "The body is not JSON (`malformed_json`), not of the documented shape (`invalid_json`), or could not \
             be read (`bad_body`)."
                .into(),
        );
        common.insert(
            415,
            "The body was not sent as `Content-Type: application/json` (`unsupported_media_type`).".into(),
        );
    } else if writes {
        common.insert(400, "The body could not be read (`bad_body`).".into());
    }
    if writes {
        common.insert(413, "The body is larger than 64 KiB (`payload_too_large`).".into());
    }
    if takes_token {
        common.insert(
            401,
            if token_optional {
                "A token was sent, but it is no API token (`unauthorized`)."
            } else {
                "No API token, or an unknown one (`unauthorized`)."
            }
            .into(),
        );
        common.insert(
            403,
            "The token's host has no role in the chapter of what the path names, or not the role the operation \
             needs (`forbidden`)."
                .into(),
        );
    }
    if has_path_params {
        common.insert(404, "Nothing at this path: no such id, slug or token (`not_found`).".into());
    }
    common.insert(
        408,
        "The request took too long: its body did not arrive in time, or it was not answered within 30 seconds \
         (`request_timeout`)."
            .into(),
    );
    common.insert(
        429,
        "Too many requests at once from this client, or a rate limit was reached (`rate_limited`); `Retry-After` \
         says how many seconds to wait."
            .into(),
    );
    common.insert(500, "Something went wrong on our side (`internal`); try again.".into());

    let responses = &mut operation.responses.responses;
    for (status, description) in common {
        responses.entry(status.to_string()).or_insert_with(|| error_response(&description));
    }
    if let Some(RefOr::T(response)) = responses.get_mut("429") {
        let mut retry = Header::new(ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(1)));
        retry.description = Some("Seconds to wait before trying again.".into());
        response.headers.insert("Retry-After".into(), retry.into());
    }
    for (status, response) in responses.iter_mut() {
        let RefOr::T(response) = response else { continue };
        if response.description.is_empty() {
            let reason = status.parse::<u16>().ok().and_then(|s| StatusCode::from_u16(s).ok()?.canonical_reason());
            response.description = reason.unwrap_or("An answer").to_string();
        }
    }
    let rules = rules_beyond_schema(&id);
    if let Some(RefOr::T(response)) = responses.get_mut("422") {
        if ["Unprocessable Entity", "Invalid fields"].contains(&response.description.as_str()) {
            response.description = "Some fields need another look (`validation_failed`): `error.fields` names each \
                                    with a sentence."
                .into();
        }
        if !rules.is_empty() {
            let listed: Vec<String> = rules.iter().map(|(field, rule)| format!("`{field}`: {rule}")).collect();
            response.description = format!(
                "{} Beyond what the schema states, the server checks {}.",
                response.description,
                listed.join("; ")
            );
            let fields: Vec<&str> = rules.iter().map(|(field, _)| *field).collect();
            let extensions = response.extensions.get_or_insert_with(Extensions::default);
            extensions.merge(Extensions::builder().add("x-rules-beyond-schema", serde_json::json!(fields)).build());
        }
    } else {
        assert!(rules.is_empty(), "{path}: rules beyond the schema, but no 422 answer");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, text: &str) -> bool {
        // The patterns are ECMA-262 and Rust `regex` alike: the same classes, anchors and escapes.
        regex::Regex::new(pattern).unwrap().is_match(text)
    }

    #[test]
    fn every_zone_has_the_shape_of_a_zone() {
        for zone in chrono_tz::TZ_VARIANTS {
            assert!(matches(ZONE, zone.name()), "{}", zone.name());
            assert!(zone.name().len() <= 64, "{}", zone.name());
        }
    }

    /// Whether `FieldErrors::line` (or `text`) takes `value`.
    fn taken(value: &str, max: usize, multi_line: bool) -> bool {
        let mut errors = failnight_core::FieldErrors::new();
        if multi_line {
            errors.text("x", value, max);
        } else {
            errors.line("x", value, max);
        }
        errors.is_empty()
    }

    #[test]
    fn the_text_patterns_take_what_the_validation_takes() {
        let long = "é".repeat(10);
        let samples = [
            "",
            " ",
            "   ",
            "Ada",
            " Ada Lovelace ",
            "x",
            "xy",
            "\tÅsa\u{a0}",
            "a\u{2028}b",
            "a\nb",
            " a\tb\n",
            "a\r\nb",
            "a\u{0}b",
            "a\u{85}b",
            "\u{85}a\u{85}",
            "\u{7f}",
            "\u{b}a",
            "a\u{b}b",
            "\u{1c}a",
            &long,
        ];
        for max in [2, 3, 10, 12] {
            let padded = [format!("  {}  ", "y".repeat(max)), format!(" {}", "y".repeat(max + 1)), "z".repeat(max - 1)];
            for value in samples.iter().copied().chain(padded.iter().map(String::as_str)) {
                assert_eq!(matches(&line(max), value), taken(value, max, false), "line({max}) of {value:?}");
                let optional = value.trim().is_empty() || taken(value, max, false);
                assert_eq!(matches(&optional_line(max), value), optional, "optional_line({max}) of {value:?}");
                // Texts count a CRLF as one character: the pattern two (the one place it is stricter).
                if !value.contains("\r\n") {
                    assert_eq!(matches(&text(max), value), taken(value, max, true), "text({max}) of {value:?}");
                }
            }
        }
    }
}
