//! Where emails go: an SMTP server (lettre's pooled async transport) or, with no SMTP server
//! configured, `.eml` files in a folder. The dispatcher is the only user.

use std::{path::PathBuf, time::Duration};

use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor, transport::smtp::PoolConfig,
};

/// The deadline of each step of an SMTP delivery, unless configured.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone)]
pub enum MailTransport {
    /// lettre's pooled transport and the most connections it keeps.
    Smtp(AsyncSmtpTransport<Tokio1Executor>, usize),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// A failed delivery: `permanent` ones (5xx: unknown mailbox, rejected) are not retried.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct TransportError {
    pub permanent: bool,
    pub message: String,
}

impl MailTransport {
    /// Checks an SMTP URL without connecting (and without needing a runtime).
    pub fn check_smtp_url(url: &str) -> Result<(), String> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map(|_| ()).map_err(|e| format!("invalid SMTP URL: {e}"))
    }

    /// An SMTP transport from a URL such as `smtp://127.0.0.1:2525`, `smtp://user:pass@host:587?tls=required`
    /// or `smtps://host:465` (lettre's URL format), keeping up to `pool_size` connections, with
    /// [`SMTP_TIMEOUT`] for each step.
    pub fn smtp(url: &str, pool_size: u32) -> Result<Self, String> {
        Self::smtp_with_timeout(url, pool_size, SMTP_TIMEOUT)
    }

    /// [`smtp`](Self::smtp) with `timeout` for each step of a delivery: connecting, the
    /// greeting, each command's answer, each write of the message and the answer to it (our
    /// lettre patch applies it past connecting; see `vendor/README.md`). A step that takes
    /// longer fails the delivery as a transient error, and the connection is not used again.
    pub fn smtp_with_timeout(url: &str, pool_size: u32, timeout: Duration) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("invalid SMTP URL: {e}"))?
            .timeout(Some(timeout))
            .pool_config(PoolConfig::new().max_size(pool_size.max(1)))
            .build();
        Ok(MailTransport::Smtp(transport, pool_size.max(1) as usize))
    }

    /// `.eml` files in `dir` (created if missing).
    pub fn files(dir: impl Into<PathBuf>) -> std::io::Result<Self> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        Ok(MailTransport::Files(AsyncFileTransport::new(dir)))
    }

    /// How many deliveries can usefully run at once: the SMTP connections (a few file writes).
    pub fn connections(&self) -> usize {
        match self {
            MailTransport::Smtp(_, connections) => *connections,
            MailTransport::Files(_) => 4,
        }
    }

    pub async fn send(&self, message: Message) -> Result<(), TransportError> {
        match self {
            MailTransport::Smtp(smtp, _) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| TransportError { permanent: e.is_permanent(), message: e.to_string() }),
            MailTransport::Files(files) => files
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| TransportError { permanent: false, message: e.to_string() }),
        }
    }
}
