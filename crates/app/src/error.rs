//! One error for every use case. It says what went wrong in terms a person or a client can act
//! on (a field to fix, a thing that does not exist, a conflict with the current state); the
//! gateway turns it into a status code and a page or JSON body, the CLI into a message.

use failnight_core::{FieldErrors, Invalid, Message};
use failnight_scheduling::SchedulingError;
use failnight_submissions::SubmissionsError;
use failnight_ticketing::TicketingError;

/// `Display` is English (logs, the CLI); [`Error::message`] is the sentence for any language.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", self.message())]
    Invalid(FieldErrors),
    #[error("{0}")]
    NotFound(Message),
    #[error("{}", self.message())]
    Forbidden,
    /// The request is understood but the thing cannot be done now (e.g. RSVPs closed): a
    /// stable code and a sentence.
    #[error("{1}")]
    Conflict(&'static str, Message),
    /// The input cannot be understood (a bad signature, a payload of the wrong shape).
    #[error("{1}")]
    BadRequest(&'static str, Message),
    /// The payment provider failed; the text is for logs, people get a general sentence.
    #[error("{}", self.message())]
    Payment(String),
    #[error("{}", self.message())]
    Internal(#[source] anyhow::Error),
}

impl Error {
    /// What went wrong, as a message a page shows in its language.
    pub fn message(&self) -> Message {
        match self {
            Error::Invalid(_) => Message::new("error-invalid"),
            Error::NotFound(message) | Error::Conflict(_, message) | Error::BadRequest(_, message) => message.clone(),
            Error::Forbidden => Message::new("error-forbidden"),
            Error::Payment(_) => Message::new("error-payment-provider"),
            Error::Internal(_) => Message::new("error-internal"),
        }
    }

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
            SchedulingError::NotFound => Error::NotFound("error-no-night".into()),
            SchedulingError::Conflict(reason) => Error::Conflict("conflict", reason.into()),
            SchedulingError::Db(e) => e.into(),
        }
    }
}

impl From<TicketingError> for Error {
    fn from(error: TicketingError) -> Self {
        match error {
            TicketingError::Invalid(invalid) => invalid.into(),
            TicketingError::NotFound => Error::NotFound("error-no-night-or-ticket".into()),
            TicketingError::Closed(reason) => Error::Conflict("rsvp_closed", reason.into()),
            TicketingError::Conflict(code, message) => Error::Conflict(code, message),
            TicketingError::PaymentsUnavailable(reason) => Error::Conflict("payments_unavailable", reason.into()),
            TicketingError::Payment(message) => Error::Payment(message),
            TicketingError::Db(e) => e.into(),
        }
    }
}

impl From<SubmissionsError> for Error {
    fn from(error: SubmissionsError) -> Self {
        match error {
            SubmissionsError::Invalid(invalid) => invalid.into(),
            SubmissionsError::NotFound => Error::NotFound("error-no-story".into()),
            SubmissionsError::Transition { from, action } => Error::Conflict(
                "invalid_transition",
                Message::new("error-story-transition").arg("state", from.as_str()).arg("action", action.as_str()),
            ),
            SubmissionsError::Conflict(reason) => Error::Conflict("conflict", reason.into()),
            SubmissionsError::Db(e) => e.into(),
        }
    }
}
