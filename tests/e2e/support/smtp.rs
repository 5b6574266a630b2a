//! The tests' SMTP server: [`failnight_smtp_sink`] keeping every message (its README says what it
//! speaks and how it misbehaves on purpose: refusing chosen recipients, going down, holding
//! DATA), with the messages parsed by `mail-parser` here, so the sink itself stays tokio-only.
//!
//! [`SmtpServer`] derefs to the sink for everything else; inside `wait_until`'s closure the
//! sink's own `messages()` (unparsed) is what a test sees.

use std::{ops::Deref, time::Duration};

use failnight_smtp_sink::{Keep, Message, SmtpSink};

pub struct SmtpServer(SmtpSink);

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        SmtpServer(SmtpSink::start(Keep::Messages).await.expect("start the test SMTP server"))
    }

    /// Listens again on the same port, keeping the messages and the behaviour.
    pub async fn restart(&self) {
        self.0.restart().await.expect("bind the test SMTP server again");
    }

    pub fn messages(&self) -> Vec<Received> {
        self.0.messages().into_iter().map(Received).collect()
    }

    /// Waits until at least `count` messages arrived (panics after `timeout`).
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Received> {
        self.0.wait_for(count, timeout).await.into_iter().map(Received).collect()
    }
}

impl Deref for SmtpServer {
    type Target = SmtpSink;

    fn deref(&self) -> &SmtpSink {
        &self.0
    }
}

/// A message the server accepted (`from`, `to`, `data` through [`Message`]).
#[derive(Debug, Clone)]
pub struct Received(pub Message);

impl Deref for Received {
    type Target = Message;

    fn deref(&self) -> &Message {
        &self.0
    }
}

impl Received {
    pub fn parse(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default().parse(&self.data).expect("a parsable email")
    }

    /// The Message-ID header, without angle brackets.
    pub fn message_id(&self) -> String {
        self.parse().message_id().expect("a Message-ID").to_string()
    }
}

/// How long tests wait for mail by default.
pub const MAIL_WAIT: Duration = Duration::from_secs(30);
