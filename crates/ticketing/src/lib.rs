#![doc = include_str!("../README.md")]

pub mod rsvps;

pub use rsvps::{NewRsvp, Rsvp, RsvpOutcome, RsvpStatus};

use failnight_core::Invalid;

#[derive(Debug, thiserror::Error)]
pub enum TicketingError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("not found")]
    NotFound,
    /// The night exists but takes no RSVPs now; the text says why.
    #[error("{0}")]
    Closed(&'static str),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}
