//! A chapter's call for stories: open or closed, blind review, the speaker-facing timings
//! (confirmation reminder, call time, slot length), retention, and the hosts' own words for
//! the decision emails.
//!
//! Decision texts are plain text with a few placeholders (`{name}`, `{title}`, `{link}`,
//! `{chapter}`) that we replace; no template engine is exposed to hosts, and the text is
//! escaped like any other text when it is put into an email.

use failnight_core::{Exec, FieldErrors, Lang, Message, Timestamp, Tx, with_exec, with_tx};

use crate::SubmissionsError;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StorySettings {
    pub chapter_id: i64,
    pub call_open: bool,
    /// A few words on the call page (what the chapter looks for).
    pub call_text: String,
    pub blind_review: bool,
    /// Days after acceptance before an unconfirmed speaker is reminded (the hosts are told
    /// after twice as long).
    pub confirm_reminder_days: i64,
    /// Months after the decision before rejected, declined and withdrawn stories are deleted.
    pub retention_months: i64,
    /// Minutes before doors a speaker is asked to arrive.
    pub call_minutes: i64,
    pub talk_minutes: i64,
    pub qa_minutes: i64,
    /// The most slides a talk's deck may have (the format: 10).
    pub slides_per_talk: i64,
    /// How long each slide is shown on stage (the format: 40 s).
    pub seconds_per_slide: i64,
    pub accept_text: String,
    pub reject_text: String,
    pub waitlist_text: String,
}

impl StorySettings {
    /// The settings of a chapter that never changed them.
    pub fn defaults(chapter_id: i64) -> Self {
        StorySettings {
            chapter_id,
            call_open: false,
            call_text: String::new(),
            blind_review: false,
            confirm_reminder_days: 5,
            retention_months: 6,
            call_minutes: 45,
            talk_minutes: 7,
            qa_minutes: 5,
            slides_per_talk: 10,
            seconds_per_slide: 40,
            accept_text: String::new(),
            reject_text: String::new(),
            waitlist_text: String::new(),
        }
    }

    /// The hosts' text for a decision, or ours in `lang` when they wrote none.
    pub fn decision_text(&self, decision: Decision, lang: Lang) -> String {
        let own = match decision {
            Decision::Accepted => &self.accept_text,
            Decision::Rejected => &self.reject_text,
            Decision::Waitlisted => &self.waitlist_text,
        };
        if own.trim().is_empty() { decision.default_text(lang) } else { own.clone() }
    }
}

/// The decisions that email the speaker in the hosts' words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Accepted,
    Rejected,
    Waitlisted,
}

impl Decision {
    /// Our text for this decision in `lang`, with `{name}`-style [`PLACEHOLDERS`] as hosts
    /// write them (so the call page can show it as the text to start from).
    pub fn default_text(self, lang: Lang) -> String {
        let key = match self {
            Decision::Accepted => "mail-decision-default-accepted",
            Decision::Rejected => "mail-decision-default-rejected",
            Decision::Waitlisted => "mail-decision-default-waitlisted",
        };
        lang.f4(key, "name", "{name}", "title", "{title}", "link", "{link}", "chapter", "{chapter}")
    }
}

/// The placeholders a decision text may use.
pub const PLACEHOLDERS: [&str; 4] = ["name", "title", "link", "chapter"];

/// Replaces `{name}`-style placeholders in one pass (a value that contains a placeholder is
/// not expanded again); unknown ones stay as they are.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((key, close)) if values.iter().any(|(k, _)| *k == key) => {
                out.push_str(values.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).unwrap_or_default());
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Unknown `{placeholders}` in a text, to tell the host.
fn unknown_placeholders(text: &str) -> Vec<String> {
    let mut unknown = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let key = &after[..close];
        if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !PLACEHOLDERS.contains(&key)
        {
            unknown.push(format!("{{{key}}}"));
        }
        rest = &after[close + 1..];
    }
    unknown
}

pub async fn get(exec: impl Into<Exec<'_>>, chapter_id: i64) -> Result<StorySettings, sqlx::Error> {
    let row = with_exec!(exec.into(), |e| sqlx::query_as::<_, StorySettings>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM story_settings WHERE chapter_id = $1"
    )))
    .bind(chapter_id)
    .fetch_optional(e)
    .await)?;
    Ok(row.unwrap_or_else(|| StorySettings::defaults(chapter_id)))
}

const COLUMNS: &str = "chapter_id, call_open, call_text, blind_review, confirm_reminder_days, retention_months,
    call_minutes, talk_minutes, qa_minutes, slides_per_talk, seconds_per_slide, accept_text, reject_text, waitlist_text";

/// What hosts post on the call settings page, as text.
#[derive(Debug, Clone, Default)]
pub struct SettingsInput {
    pub call_open: bool,
    pub call_text: String,
    pub blind_review: bool,
    pub confirm_reminder_days: String,
    pub retention_months: String,
    pub call_minutes: String,
    pub talk_minutes: String,
    pub qa_minutes: String,
    pub slides_per_talk: String,
    pub seconds_per_slide: String,
    pub accept_text: String,
    pub reject_text: String,
    pub waitlist_text: String,
}

impl SettingsInput {
    pub fn of(s: &StorySettings) -> Self {
        SettingsInput {
            call_open: s.call_open,
            call_text: s.call_text.clone(),
            blind_review: s.blind_review,
            confirm_reminder_days: s.confirm_reminder_days.to_string(),
            retention_months: s.retention_months.to_string(),
            call_minutes: s.call_minutes.to_string(),
            talk_minutes: s.talk_minutes.to_string(),
            qa_minutes: s.qa_minutes.to_string(),
            slides_per_talk: s.slides_per_talk.to_string(),
            seconds_per_slide: s.seconds_per_slide.to_string(),
            accept_text: s.accept_text.clone(),
            reject_text: s.reject_text.clone(),
            waitlist_text: s.waitlist_text.clone(),
        }
    }
}

fn number(errors: &mut FieldErrors, field: &str, text: &str, range: std::ops::RangeInclusive<i64>) -> i64 {
    match text.trim().parse::<i64>() {
        Ok(n) if range.contains(&n) => n,
        _ => {
            errors.add(field, Message::new("error-number-range").arg("min", *range.start()).arg("max", *range.end()));
            *range.start()
        }
    }
}

/// Saves a chapter's call settings (creating its row on first save).
pub async fn save(
    tx: &mut Tx,
    chapter_id: i64,
    input: &SettingsInput,
    now: Timestamp,
) -> Result<StorySettings, SubmissionsError> {
    let mut errors = FieldErrors::new();
    let call_text = errors.text("call_text", &input.call_text, 3_000);
    let reminder = number(&mut errors, "confirm_reminder_days", &input.confirm_reminder_days, 1..=60);
    let retention = number(&mut errors, "retention_months", &input.retention_months, 1..=60);
    let call = number(&mut errors, "call_minutes", &input.call_minutes, 0..=240);
    let talk = number(&mut errors, "talk_minutes", &input.talk_minutes, 1..=60);
    let qa = number(&mut errors, "qa_minutes", &input.qa_minutes, 0..=60);
    let slides = number(&mut errors, "slides_per_talk", &input.slides_per_talk, 1..=40);
    let seconds = number(&mut errors, "seconds_per_slide", &input.seconds_per_slide, 5..=300);
    let mut texts = Vec::new();
    for (field, value) in [
        ("accept_text", &input.accept_text),
        ("reject_text", &input.reject_text),
        ("waitlist_text", &input.waitlist_text),
    ] {
        let text = errors.text(field, value, 5_000);
        let unknown = unknown_placeholders(&text);
        if !unknown.is_empty() {
            errors.add(
                field,
                Message::new("error-placeholder-unknown")
                    .arg("count", unknown.len())
                    .arg("placeholders", unknown.join(", ")),
            );
        }
        texts.push(text);
    }
    errors.into_result()?;
    let saved = with_tx!(tx, |c| sqlx::query_as::<_, StorySettings>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO story_settings (chapter_id, call_open, call_text, blind_review, confirm_reminder_days,
                                     retention_months, call_minutes, talk_minutes, qa_minutes, accept_text,
                                     reject_text, waitlist_text, updated_at, slides_per_talk, seconds_per_slide)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (chapter_id) DO UPDATE SET call_open = $2, call_text = $3, blind_review = $4,
             confirm_reminder_days = $5, retention_months = $6, call_minutes = $7, talk_minutes = $8,
             qa_minutes = $9, accept_text = $10, reject_text = $11, waitlist_text = $12, updated_at = $13,
             slides_per_talk = $14, seconds_per_slide = $15
         RETURNING {COLUMNS}"
    )))
    .bind(chapter_id)
    .bind(input.call_open)
    .bind(&call_text)
    .bind(input.blind_review)
    .bind(reminder)
    .bind(retention)
    .bind(call)
    .bind(talk)
    .bind(qa)
    .bind(&texts[0])
    .bind(&texts[1])
    .bind(&texts[2])
    .bind(now)
    .bind(slides)
    .bind(seconds)
    .fetch_one(&mut *c)
    .await)?;
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_replaced_once_and_unknown_ones_kept() {
        let values = [("name", "Ada {link}"), ("link", "https://x/s/t")];
        assert_eq!(fill("Hi {name}, see {link} {other} {", &values), "Hi Ada {link}, see https://x/s/t {other} {");
        assert_eq!(unknown_placeholders("{name} {nmae} {link} { not one }"), vec!["{nmae}"]);
    }
}
