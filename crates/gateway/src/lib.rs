#![doc = include_str!("../README.md")]

pub mod api;
pub mod app;
pub mod auth;
pub mod cache;
pub mod cli;
pub mod client;
pub mod error;
pub mod feedback;
pub mod feeds;
pub mod host;
pub mod lang;
pub mod lessons;
pub mod logs;
pub mod metrics;
pub mod pages;
pub mod ratelimit;
pub mod settings;
pub mod slides;
pub mod speak;
pub mod stage;
pub mod startup;
pub mod views;

pub use app::AppState;
pub use settings::Settings;
pub use startup::Application;
