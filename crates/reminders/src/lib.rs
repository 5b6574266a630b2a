#![doc = include_str!("../README.md")]

pub mod compose;
pub mod dispatcher;
pub mod preferences;
pub mod transport;

pub use compose::Sender;
pub use dispatcher::{Dispatcher, DispatcherOptions};
pub use lettre::message::Mailbox;
pub use transport::{MailTransport, TransportError};
