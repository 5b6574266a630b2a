//! The chapter's ticketing settings (columns of `chapters` owned by ticketing): how freed
//! seats reach the waitlist, how long an offer lasts, when to ask "still coming?", plus-ones,
//! and until when a guest who cancels a paid ticket is refunded.

use failnight_core::{Db, FieldErrors, Tx, with_db, with_tx};

use crate::TicketingError;

failnight_core::text_enum! {
    /// How freed seats reach the waitlist (`chapters.promotion_mode`).
    pub enum PromotionMode {
        /// A freed seat confirms the next person (free tickets).
        Auto = "auto",
        /// It is offered to them for `offer_hours` (never past the night's start).
        Offer = "offer",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct ChapterSettings {
    pub promotion_mode: PromotionMode,
    pub offer_hours: i64,
    /// "Still coming?" this many hours before the night; 0 = never.
    pub reconfirm_hours: i64,
    pub max_plus_ones: i64,
    /// A guest who cancels a paid ticket less than this many hours before the night is not
    /// refunded; 0 = refunded until the night starts (then guests cannot cancel any more).
    pub refund_cutoff_hours: i64,
    /// The waitlist fills a coming night up to the confirmations the turnout forecast advises
    /// at this risk of more guests than seats, in percent (one of [`RISKS_PERCENT`]), never
    /// past the venue's capacity; 0 = off (the default): seats are the night's capacity.
    pub overbook_risk: i64,
}

/// The risks of more guests than seats a host may choose for the turnout advice, in percent.
pub const RISKS_PERCENT: [i64; 4] = [1, 5, 10, 20];

impl Default for ChapterSettings {
    fn default() -> Self {
        ChapterSettings {
            promotion_mode: PromotionMode::Auto,
            offer_hours: 24,
            reconfirm_hours: 48,
            max_plus_ones: 0,
            refund_cutoff_hours: 0,
            overbook_risk: 0,
        }
    }
}

impl ChapterSettings {
    pub fn offers(&self) -> bool {
        self.promotion_mode == PromotionMode::Offer
    }
}

const COLUMNS: &str =
    "c.promotion_mode, c.offer_hours, c.reconfirm_hours, c.max_plus_ones, c.refund_cutoff_hours, c.overbook_risk";

pub async fn for_chapter(db: &Db, chapter_id: i64) -> Result<ChapterSettings, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, ChapterSettings>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM chapters c WHERE c.id = $1"
    )))
    .bind(chapter_id)
    .fetch_optional(e)
    .await)
    .map(Option::unwrap_or_default)
}

/// The settings of the chapter a night belongs to, read in a transaction.
pub async fn for_event_tx(tx: &mut Tx, event_id: i64) -> Result<ChapterSettings, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, ChapterSettings>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM chapters c JOIN events e ON e.chapter_id = c.id WHERE e.id = $1"
    )))
    .bind(event_id)
    .fetch_optional(&mut *c)
    .await)
    .map(Option::unwrap_or_default)
}

/// The chapter's settings for a night and whether the night takes free RSVPs (it has no
/// ticket types, or a free one), in one query: the booking path's first read.
pub async fn for_booking_tx(tx: &mut Tx, event_id: i64) -> Result<(ChapterSettings, bool), sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        settings: ChapterSettings,
        free_allowed: bool,
    }
    let row = with_tx!(tx, |c| sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS},
                (NOT EXISTS (SELECT 1 FROM ticket_types t WHERE t.event_id = e.id)
                 OR EXISTS (SELECT 1 FROM ticket_types t WHERE t.event_id = e.id AND t.kind = 'free')) AS free_allowed
         FROM chapters c JOIN events e ON e.chapter_id = c.id WHERE e.id = $1"
    )))
    .bind(event_id)
    .fetch_optional(&mut *c)
    .await)?;
    Ok(row.map_or_else(|| (ChapterSettings::default(), true), |r| (r.settings, r.free_allowed)))
}

/// Changes to the settings; `None` keeps a value.
#[derive(Debug, Clone, Default)]
pub struct SettingsPatch {
    pub promotion_mode: Option<String>,
    pub offer_hours: Option<i64>,
    pub reconfirm_hours: Option<i64>,
    pub max_plus_ones: Option<i64>,
    pub refund_cutoff_hours: Option<i64>,
    pub overbook_risk: Option<i64>,
}

pub async fn update(
    tx: &mut Tx,
    chapter_id: i64,
    current: &ChapterSettings,
    patch: &SettingsPatch,
) -> Result<ChapterSettings, TicketingError> {
    let mut errors = FieldErrors::new();
    let promotion_mode = match patch.promotion_mode.as_deref() {
        None => Some(current.promotion_mode),
        Some(text) => PromotionMode::parse(text),
    };
    if promotion_mode.is_none() {
        errors.add("promotion_mode", "error-promotion-mode");
    }
    let next = ChapterSettings {
        promotion_mode: promotion_mode.unwrap_or(current.promotion_mode),
        offer_hours: patch.offer_hours.unwrap_or(current.offer_hours),
        reconfirm_hours: patch.reconfirm_hours.unwrap_or(current.reconfirm_hours),
        max_plus_ones: patch.max_plus_ones.unwrap_or(current.max_plus_ones),
        refund_cutoff_hours: patch.refund_cutoff_hours.unwrap_or(current.refund_cutoff_hours),
        overbook_risk: patch.overbook_risk.unwrap_or(current.overbook_risk),
    };
    if !(1..=720).contains(&next.offer_hours) {
        errors.add("offer_hours", "error-offer-hours");
    }
    if !(0..=720).contains(&next.reconfirm_hours) {
        errors.add("reconfirm_hours", "error-reconfirm-hours");
    }
    if !(0..=10).contains(&next.max_plus_ones) {
        errors.add("max_plus_ones", "error-plus-ones-range");
    }
    if !(0..=720).contains(&next.refund_cutoff_hours) {
        errors.add("refund_cutoff_hours", "error-refund-cutoff-hours");
    }
    if next.overbook_risk != 0 && !RISKS_PERCENT.contains(&next.overbook_risk) {
        errors.add("overbook_risk", "error-overbook-risk");
    }
    errors.into_result()?;
    with_tx!(tx, |c| sqlx::query(
        "UPDATE chapters SET promotion_mode = $2, offer_hours = $3, reconfirm_hours = $4, max_plus_ones = $5,
                             refund_cutoff_hours = $6, overbook_risk = $7
         WHERE id = $1"
    )
    .bind(chapter_id)
    .bind(next.promotion_mode)
    .bind(next.offer_hours)
    .bind(next.reconfirm_hours)
    .bind(next.max_plus_ones)
    .bind(next.refund_cutoff_hours)
    .bind(next.overbook_risk)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    Ok(next)
}
