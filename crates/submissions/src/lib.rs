#![doc = include_str!("../README.md")]

pub mod blind;
pub mod lessons;
pub mod lineup;
pub mod portraits;
pub mod retention;
pub mod reviews;
pub mod settings;
pub mod slides;
pub mod stories;

pub use settings::StorySettings;
pub use stories::{Action, Appearance, Consent, SlidesUse, State, Submission};

use failnight_core::Invalid;

#[derive(Debug, thiserror::Error)]
pub enum SubmissionsError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("not found")]
    NotFound,
    /// A state change the rules do not allow (e.g. confirming a rejected story).
    #[error("A story that is {} cannot be {}.", .from.as_str(), .action.past_tense())]
    Transition { from: State, action: Action },
    /// The thing exists but cannot be done now; the key of the message (errors.ftl) that
    /// says why.
    #[error("{}", failnight_core::Message::new(.0))]
    Conflict(&'static str),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

impl From<failnight_scheduling::SchedulingError> for SubmissionsError {
    fn from(error: failnight_scheduling::SchedulingError) -> Self {
        use failnight_scheduling::SchedulingError as S;
        match error {
            S::Invalid(invalid) => SubmissionsError::Invalid(invalid),
            S::NotFound => SubmissionsError::NotFound,
            S::Conflict(reason) => SubmissionsError::Conflict(reason),
            S::Db(e) => SubmissionsError::Db(e),
        }
    }
}
