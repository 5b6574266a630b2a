//! The numbers hosts need before, during and after a night (issue #19): the turnout forecast
//! and overbooking advice ([`forecast`], pure statistics) from what the database says of a
//! chapter's past and coming nights ([`history`]).

pub mod forecast;
pub mod history;
pub mod network;
pub mod numbers;
