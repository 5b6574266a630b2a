//! Ticket types of a night: a free RSVP, a paid ticket (price, currency) or pay what you want
//! with a minimum. All share the night's capacity. A night without ticket types takes free
//! RSVPs.

use failnight_core::{Db, FieldErrors, Message, Timestamp, Tx, with_db, with_tx};

use crate::TicketingError;

failnight_core::text_enum! {
    /// `ticket_types.kind`.
    pub enum TicketKind {
        Free = "free",
        Paid = "paid",
        PayWhatYouWant = "pwyw",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TicketType {
    pub id: i64,
    pub event_id: i64,
    pub name: String,
    pub kind: TicketKind,
    /// Minor units (cents); the minimum for pay what you want.
    pub price: i64,
    /// ISO 4217, lower case as Stripe wants it.
    pub currency: String,
}

impl TicketType {
    pub fn kind(&self) -> TicketKind {
        self.kind
    }

    /// What a buyer pays: the price, or for pay what you want their amount (at least the
    /// minimum). `Err` with a field message when the amount is not acceptable: an amount, when
    /// given, is 1 to 1,000,000 cents whatever the kind (the others ignore it).
    pub fn amount(&self, offered: Option<i64>) -> Result<i64, Message> {
        if offered.is_some_and(|a| !(1..=1_000_000).contains(&a)) {
            return Err(Message::new("error-pay-range").arg("min", self.price.max(1)));
        }
        match self.kind() {
            TicketKind::Free => Ok(0),
            TicketKind::Paid => Ok(self.price),
            TicketKind::PayWhatYouWant => match offered {
                Some(a) if a >= self.price.max(1) && a <= 1_000_000 => Ok(a),
                Some(_) | None => Err(Message::new("error-pay-range").arg("min", self.price.max(1))),
            },
        }
    }
}

const COLUMNS: &str = "id, event_id, name, kind, price, currency";

#[derive(Debug, Clone, Default)]
pub struct NewTicketType {
    pub name: String,
    pub kind: String,
    pub price: i64,
    pub currency: String,
}

pub async fn create(
    tx: &mut Tx,
    event_id: i64,
    new: &NewTicketType,
    now: Timestamp,
) -> Result<TicketType, TicketingError> {
    let mut errors = FieldErrors::new();
    let name = errors.line("name", &new.name, 80);
    let kind = TicketKind::parse(new.kind.trim());
    if kind.is_none() {
        errors.add("kind", "error-ticket-kind");
    }
    let currency = new.currency.trim().to_ascii_lowercase();
    let currency = if currency.is_empty() { "eur".to_string() } else { currency };
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_lowercase()) {
        errors.add("currency", "error-currency");
    }
    match kind {
        Some(TicketKind::Paid) if !(50..=1_000_000).contains(&new.price) => errors.add("price", "error-ticket-price"),
        Some(TicketKind::PayWhatYouWant) if !(0..=1_000_000).contains(&new.price) => {
            errors.add("price", "error-ticket-minimum")
        }
        Some(TicketKind::Free) if new.price != 0 => errors.add("price", "error-ticket-free-price"),
        _ => {}
    }
    errors.into_result()?;
    let kind = kind.expect("valid when no errors");
    let row = with_tx!(tx, |c| sqlx::query_as::<_, TicketType>(sqlx::AssertSqlSafe(format!(
        "INSERT INTO ticket_types (event_id, name, kind, price, currency, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING {COLUMNS}"
    )))
    .bind(event_id)
    .bind(&name)
    .bind(kind.as_str())
    .bind(new.price)
    .bind(&currency)
    .bind(now)
    .fetch_one(&mut *c)
    .await)?;
    Ok(row)
}

pub async fn list(db: &Db, event_id: i64) -> Result<Vec<TicketType>, sqlx::Error> {
    with_db!(db, |e| sqlx::query_as::<_, TicketType>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM ticket_types WHERE event_id = $1 ORDER BY id"
    )))
    .bind(event_id)
    .fetch_all(e)
    .await)
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<TicketType>, sqlx::Error> {
    with_tx!(tx, |c| sqlx::query_as::<_, TicketType>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM ticket_types WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&mut *c)
    .await)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticket(kind: TicketKind, price: i64) -> TicketType {
        TicketType { id: 1, event_id: 1, name: "x".into(), kind, price, currency: "eur".into() }
    }

    #[test]
    fn an_amount_is_one_cent_to_ten_thousand_whatever_the_kind() {
        let (paid, pwyw) = (ticket(TicketKind::Paid, 1500), ticket(TicketKind::PayWhatYouWant, 500));
        assert_eq!(paid.amount(None), Ok(1500));
        assert_eq!(paid.amount(Some(7)), Ok(1500), "a paid ticket ignores an amount in range");
        assert_eq!(pwyw.amount(Some(800)), Ok(800));
        for (ticket, amount) in [(&paid, 0), (&paid, -5), (&paid, 1_000_001), (&pwyw, 499), (&pwyw, 1_000_001)] {
            assert!(ticket.amount(Some(amount)).is_err(), "{:?} {amount}", ticket.kind());
        }
        assert!(pwyw.amount(None).is_err());
    }
}
