#![recursion_limit = "256"]
//! End-to-end tests: the real server over HTTP, on SQLite and on PostgreSQL, with a real SMTP
//! server receiving the mail. One test binary (link time); each area is a module.

mod support;

mod bad_input;
mod browser;
mod calendar_text;
mod concurrency;
mod conduct;
mod crash;
mod edge;
mod feedback;
mod fuzz;
mod hosts;
mod i18n;
mod i18n_errors;
mod i18n_host;
mod i18n_mail;
mod i18n_nights;
mod i18n_pub;
mod i18n_speak;
mod insights;
mod journey;
mod lessons;
mod operations;
mod outbox;
mod reminders;
mod scheduling;
mod slides;
mod stage;
mod stories;
mod strangers;
mod stripe;
mod ticketing;
mod ticketing_stress;
mod webhooks;
