#![doc = include_str!("../README.md")]

pub mod db;
pub mod foreground;
pub mod i18n;
pub mod outbox;
pub mod ratelimit;
pub mod rng;
pub mod sheet;
pub mod time;
pub mod token;
pub mod validate;
pub mod webhooks;

pub use db::{Backend, Db, Exec, Tx};
pub use i18n::{Lang, Message};
pub use time::{Clock, SystemClock, Timestamp};
pub use validate::{FieldErrors, Invalid};
