#![doc = include_str!("../README.md")]

pub mod calendar;
pub mod chapters;
pub mod conduct;
pub mod covers;
pub mod display;
pub mod events;
pub mod logos;
pub mod series;
pub mod venues;

#[cfg(test)]
mod properties;

pub use chapters::Chapter;
pub use events::{Event, EventDetails, EventStatus};

use failnight_core::Invalid;

#[derive(Debug, thiserror::Error)]
pub enum SchedulingError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("not found")]
    NotFound,
    /// The thing exists but cannot be done in its state; the key of the message (errors.ftl)
    /// that says why.
    #[error("{}", failnight_core::Message::new(.0))]
    Conflict(&'static str),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}
