#![doc = include_str!("../README.md")]

pub mod responses;

pub use responses::{Answers, ComeAgain, CommentStatus, Form, NightTotals, TalkAnswer, TalkInput, TalkTotals};
