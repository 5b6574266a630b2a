#![doc = include_str!("../README.md")]

pub mod program;
pub mod questions;
pub mod store;

pub use program::{Control, Format, Kind, Position, Program, Segment, StageState, Talk};
pub use questions::Question;
