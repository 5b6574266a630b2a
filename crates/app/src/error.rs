//! One error for every use case. It says what went wrong in terms a person or a client can act
//! on (a field to fix, a thing that does not exist, a conflict with the current state); the
//! gateway turns it into a status code and a page or JSON body, the CLI into a message.

use failnight_core::{FieldErrors, Invalid};
use failnight_scheduling::SchedulingError;
use failnight_submissions::SubmissionsError;
use failnight_ticketing::TicketingError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("Some fields need another look.")]
    Invalid(FieldErrors),
    #[error("{0}")]
    NotFound(&'static str),
    #[error("You are not a host of this chapter.")]
    Forbidden,
    /// The request is understood but the thing cannot be done now (e.g. RSVPs closed): a
    /// stable code and a sentence.
    #[error("{1}")]
    Conflict(&'static str, String),
    /// The input cannot be understood (a bad signature, a payload of the wrong shape).
    #[error("{1}")]
    BadRequest(&'static str, String),
    /// The payment provider failed; the text is for logs, people get a general sentence.
    #[error("The payment provider could not be reached. Please try again in a moment.")]
    Payment(String),
    #[error("Something went wrong on our side. Please try again.")]
    Internal(#[source] anyhow::Error),
}

impl Error {
    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        Error::Internal(error.into())
    }
}

impl From<sqlx::Error> for Error {
    fn from(error: sqlx::Error) -> Self {
        Error::Internal(error.into())
    }
}

impl From<Invalid> for Error {
    fn from(Invalid(fields): Invalid) -> Self {
        Error::Invalid(fields)
    }
}

impl From<SchedulingError> for Error {
    fn from(error: SchedulingError) -> Self {
        match error {
            SchedulingError::Invalid(invalid) => invalid.into(),
            SchedulingError::NotFound => Error::NotFound("No such night."),
            SchedulingError::Conflict(reason) => Error::Conflict("conflict", reason.to_string()),
            SchedulingError::Db(e) => e.into(),
        }
    }
}

impl From<TicketingError> for Error {
    fn from(error: TicketingError) -> Self {
        match error {
            TicketingError::Invalid(invalid) => invalid.into(),
            TicketingError::NotFound => Error::NotFound("No such night or ticket."),
            TicketingError::Closed(reason) => Error::Conflict("rsvp_closed", reason.to_string()),
            TicketingError::Conflict(code, message) => Error::Conflict(code, message),
            TicketingError::PaymentsUnavailable(reason) => Error::Conflict("payments_unavailable", reason.to_string()),
            TicketingError::Payment(message) => Error::Payment(message),
            TicketingError::Db(e) => e.into(),
        }
    }
}

impl From<SubmissionsError> for Error {
    fn from(error: SubmissionsError) -> Self {
        match error {
            SubmissionsError::Invalid(invalid) => invalid.into(),
            SubmissionsError::NotFound => Error::NotFound("No such story."),
            transition @ SubmissionsError::Transition { .. } => {
                Error::Conflict("invalid_transition", transition.to_string())
            }
            SubmissionsError::Conflict(reason) => Error::Conflict("conflict", reason.to_string()),
            SubmissionsError::Db(e) => e.into(),
        }
    }
}
