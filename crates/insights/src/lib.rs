//! The numbers hosts need before, during and after a night (issue #19): the turnout forecast
//! and overbooking advice ([`forecast`], pure statistics) from what the database says of a
//! chapter's past and coming nights ([`history`]); a chapter's figures by month ([`numbers`]),
//! one night's ([`night`]) and the network's ([`network`]).

pub mod forecast;
pub mod history;
pub mod network;
pub mod night;
pub mod numbers;
