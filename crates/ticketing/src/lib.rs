#![doc = include_str!("../README.md")]

pub mod door;
pub mod payments;
pub mod rsvps;
pub mod seats;
pub mod settings;
pub mod stripe;
pub mod tickets;
pub mod waitlist;

pub use rsvps::{NewRsvp, Rsvp, RsvpOutcome, RsvpStatus};

use failnight_core::{Invalid, Message};

#[derive(Debug, thiserror::Error)]
pub enum TicketingError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("not found")]
    NotFound,
    /// The night exists but takes no RSVPs now; the key of the message that says why.
    #[error("{}", failnight_core::Message::new(.0))]
    Closed(&'static str),
    /// The request is understood but cannot be done in the ticket's state: a stable code and
    /// a sentence for people.
    #[error("{1}")]
    Conflict(&'static str, Message),
    /// Paid tickets need Stripe settings this instance does not have (a message key).
    #[error("{}", failnight_core::Message::new(.0))]
    PaymentsUnavailable(&'static str),
    /// Stripe refused or could not be reached.
    #[error("payment provider: {0}")]
    Payment(String),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

impl TicketingError {
    pub(crate) fn conflict(code: &'static str, message: impl Into<Message>) -> Self {
        TicketingError::Conflict(code, message.into())
    }
}
