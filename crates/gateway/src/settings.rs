//! Settings: defaults, then `FAILNIGHT_*` environment variables, then command-line flags.
//! Secrets are wrapped so they never print: not in `--help` (no setting's value is shown
//! there, see `cli::command`), not in `Debug`, not in messages (URLs go through [`redact`]).

use std::{fmt, path::PathBuf};

/// A value that must not appear in logs or error messages.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret(s.to_string()))
    }
}

#[derive(Clone, clap::Args)]
pub struct Settings {
    /// Database URL: `sqlite://FILE` (created if missing) or `postgres://…`.
    #[arg(long, env = "FAILNIGHT_DATABASE_URL", default_value = "sqlite://failnight.db", global = true)]
    pub database_url: String,

    /// Database connections (PostgreSQL), or SQLite reader connections.
    #[arg(long, env = "FAILNIGHT_DB_CONNECTIONS", default_value_t = 16, global = true)]
    pub db_connections: u32,

    /// Address the web server listens on.
    #[arg(long, env = "FAILNIGHT_LISTEN", default_value = "127.0.0.1:8080", global = true)]
    pub listen: String,

    /// Public URL used in links and emails (default: http:// + the listen address).
    #[arg(long, env = "FAILNIGHT_BASE_URL", global = true)]
    pub base_url: Option<String>,

    /// SMTP server, e.g. `smtp://127.0.0.1:2525`, `smtp://user:pass@host:587?tls=required`,
    /// `smtps://host:465`. Without it, emails are written as .eml files to the mail folder.
    #[arg(long, env = "FAILNIGHT_SMTP_URL", global = true)]
    pub smtp_url: Option<Secret>,

    /// Folder for .eml files when no SMTP server is configured.
    #[arg(long, env = "FAILNIGHT_MAIL_DIR", default_value = "mail", global = true)]
    pub mail_dir: PathBuf,

    /// The sender of every email.
    #[arg(long, env = "FAILNIGHT_MAIL_FROM", default_value = "failnight@localhost", global = true)]
    pub mail_from: String,

    /// The display name of the sender.
    #[arg(long, env = "FAILNIGHT_MAIL_FROM_NAME", default_value = "failnight", global = true)]
    pub mail_from_name: String,

    /// How far ahead the nights of a series are created, in days.
    #[arg(long, env = "FAILNIGHT_SERIES_HORIZON_DAYS", default_value_t = 183, global = true)]
    pub series_horizon_days: u32,

    /// Rate limits on sign-in and public forms, and the bound on requests in flight per client:
    /// `on` (default) or `off` (load tests, benchmarks).
    #[arg(long, env = "FAILNIGHT_RATE_LIMITS", default_value = "on", value_parser = ["on", "off"], global = true)]
    pub rate_limits: String,

    /// Log lines as `text` (default) or `json` (one object per line, for log collectors).
    #[arg(long, env = "FAILNIGHT_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"], global = true)]
    pub log_format: String,

    /// On shutdown, answer /readyz with 503 for this many seconds before closing the listener,
    /// so a load balancer stops sending requests first.
    #[arg(long, env = "FAILNIGHT_DRAIN_SECONDS", default_value_t = 0, global = true)]
    pub drain_seconds: u64,

    /// On shutdown, how long emails being delivered may still finish, in seconds; the others
    /// are released at once for another instance to send.
    #[arg(long, env = "FAILNIGHT_MAIL_GRACE_SECS", default_value_t = 10, global = true)]
    pub mail_grace_secs: u64,

    /// The deadline of each step of an SMTP delivery (connecting, the greeting, each command,
    /// the message), in seconds; a delivery as a whole gets at most 20.
    #[arg(long, env = "FAILNIGHT_SMTP_TIMEOUT_SECS", default_value_t = 10, global = true)]
    pub smtp_timeout_secs: u64,

    /// SMTP connections to the relay: the emails delivered at once, and the most a crash can
    /// send twice (one per connection). More deliver faster where the relay takes them (32:
    /// reminders 6 to 30 % faster, docs/benchmarks.md); some refuse past 20 (Exim's default).
    #[arg(long, env = "FAILNIGHT_SMTP_CONNECTIONS", default_value_t = 16, global = true)]
    pub smtp_connections: u32,

    /// PostgreSQL: the longest a statement may run (waiting for a lock included), in
    /// seconds; 0 for no limit. Connecting waits at most 30 seconds either way.
    #[arg(long, env = "FAILNIGHT_DB_STATEMENT_TIMEOUT_SECS", default_value_t = 60, global = true)]
    pub db_statement_timeout_secs: u64,
    /// Stripe secret key (`sk_…`). Paid tickets need it, the publishable key and the webhook secret.
    #[arg(long, env = "FAILNIGHT_STRIPE_SECRET_KEY", global = true)]
    pub stripe_secret_key: Option<Secret>,

    /// Stripe publishable key (`pk_…`).
    #[arg(long, env = "FAILNIGHT_STRIPE_PUBLISHABLE_KEY", global = true)]
    pub stripe_publishable_key: Option<String>,

    /// The signing secret of the Stripe webhook endpoint (`whsec_…`).
    #[arg(long, env = "FAILNIGHT_STRIPE_WEBHOOK_SECRET", global = true)]
    pub stripe_webhook_secret: Option<Secret>,

    /// Stripe's API base URL (tests point it at a fake server).
    #[arg(long, env = "FAILNIGHT_STRIPE_API_BASE", default_value = "https://api.stripe.com/", global = true)]
    pub stripe_api_base: String,

    /// How often the ticketing worker looks for expired offers and holds, "still coming?"
    /// emails and refunds to send, in seconds.
    #[arg(long, env = "FAILNIGHT_TICKETING_INTERVAL_SECS", default_value_t = 30, global = true)]
    pub ticketing_interval_secs: u64,

    /// Log filter (tracing's EnvFilter syntax).
    #[arg(long, env = "FAILNIGHT_LOG", default_value = "info,sqlx=warn", global = true)]
    pub log: String,

    /// Reverse proxies whose `X-Forwarded-For` is believed, as comma-separated networks
    /// (`127.0.0.1/32,::1/128`, `172.28.0.10/32`). Empty (default): nobody's; the connection's
    /// address is the client's.
    #[arg(long, env = "FAILNIGHT_TRUSTED_PROXIES", global = true)]
    pub trusted_proxies: Option<String>,

    /// Seconds a request's head may take to arrive, counted from when the connection waits for
    /// it: also how long an idle keep-alive connection stays open.
    #[arg(long, env = "FAILNIGHT_HEADER_TIMEOUT_SECS", default_value_t = 10, global = true)]
    pub header_timeout_secs: u64,

    /// The program that renders PDF decks (`PROGRAM render-pdf`): by default this binary.
    #[arg(long, env = "FAILNIGHT_PDF_RENDERER", global = true)]
    pub pdf_renderer: Option<std::path::PathBuf>,

    /// Seconds one PDF deck may take to render, all pages together; a slower one is refused.
    #[arg(long, env = "FAILNIGHT_PDF_DEADLINE_SECS", default_value_t = 60, global = true)]
    pub pdf_deadline_secs: u64,

    /// Seconds a request's body may take to arrive in full; a slower one is answered 408.
    #[arg(long, env = "FAILNIGHT_BODY_TIMEOUT_SECS", default_value_t = 10, global = true)]
    pub body_timeout_secs: u64,

    /// Address of a second listener serving only `/metrics` (e.g. 127.0.0.1:9090). Empty
    /// (default): metrics are not served.
    #[arg(long, env = "FAILNIGHT_METRICS_LISTEN", global = true)]
    pub metrics_listen: Option<String>,

    /// Addresses webhooks may be sent to although they are not on the public internet, as
    /// comma-separated IPs (`127.0.0.1`): a receiver inside your own network, or a test's.
    /// Empty (default): public addresses only.
    #[arg(long, env = "FAILNIGHT_WEBHOOK_ALLOW", global = true)]
    pub webhook_allow: Option<String>,

    /// For tests only: `on` renders every English message in accented look-alike letters (the
    /// pseudo-locale), so a page shows at a glance every word that is not a message. Never on
    /// in production.
    #[arg(long, env = "FAILNIGHT_PSEUDO_LOCALE", default_value = "off", value_parser = ["on", "off"], global = true)]
    pub pseudo_locale: String,
}

/// Every setting, with the database URL's password hidden and secrets as `Secret(…)`.
impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("database_url", &redact(&self.database_url))
            .field("db_connections", &self.db_connections)
            .field("pseudo_locale", &self.pseudo_locale)
            .field("listen", &self.listen)
            .field("base_url", &self.base_url)
            .field("smtp_url", &self.smtp_url)
            .field("mail_dir", &self.mail_dir)
            .field("mail_from", &self.mail_from)
            .field("mail_from_name", &self.mail_from_name)
            .field("series_horizon_days", &self.series_horizon_days)
            .field("rate_limits", &self.rate_limits)
            .field("log_format", &self.log_format)
            .field("drain_seconds", &self.drain_seconds)
            .field("stripe_secret_key", &self.stripe_secret_key)
            .field("stripe_publishable_key", &self.stripe_publishable_key)
            .field("stripe_webhook_secret", &self.stripe_webhook_secret)
            .field("stripe_api_base", &self.stripe_api_base)
            .field("ticketing_interval_secs", &self.ticketing_interval_secs)
            .field("mail_grace_secs", &self.mail_grace_secs)
            .field("smtp_timeout_secs", &self.smtp_timeout_secs)
            .field("smtp_connections", &self.smtp_connections)
            .field("db_statement_timeout_secs", &self.db_statement_timeout_secs)
            .field("log", &self.log)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("header_timeout_secs", &self.header_timeout_secs)
            .field("body_timeout_secs", &self.body_timeout_secs)
            .field("pdf_renderer", &self.pdf_renderer)
            .field("pdf_deadline_secs", &self.pdf_deadline_secs)
            .field("metrics_listen", &self.metrics_listen)
            .field("webhook_allow", &self.webhook_allow)
            .finish()
    }
}

impl Settings {
    /// The use cases' context on `db`: emails from the configured sender with links to
    /// `base_url` (no trailing slash), the configured knobs, and `payments` when Stripe is on.
    pub fn context(
        &self,
        db: failnight_core::Db,
        clock: std::sync::Arc<dyn failnight_core::Clock>,
        base_url: String,
        payments: Option<std::sync::Arc<dyn failnight_ticketing::payments::Payments>>,
    ) -> failnight_app::Context {
        let sender = failnight_reminders::Sender {
            from_name: self.mail_from_name.clone(),
            from_email: self.mail_from.clone(),
            base_url,
        };
        let options = failnight_app::Options {
            series_horizon: chrono::Duration::days(i64::from(self.series_horizon_days)),
            ticketing_interval: std::time::Duration::from_secs(self.ticketing_interval_secs.max(1)),
            mail_grace: std::time::Duration::from_secs(self.mail_grace_secs),
            // This very binary renders PDFs (`failnight render-pdf`), unless told otherwise.
            pdf_renderer: self.pdf_renderer.clone().or_else(|| std::env::current_exe().ok()),
            pdf_deadline: std::time::Duration::from_secs(self.pdf_deadline_secs.max(1)),
            webhook_allow: self.webhook_allow().unwrap_or_default(),
        };
        failnight_app::Context::new(db, clock, sender, payments, options)
    }

    /// Checks every setting before anything starts; the error names the setting.
    pub fn validate(&self) -> Result<(), String> {
        failnight_core::Backend::from_url(&self.database_url).map_err(|_| {
            format!(
                "FAILNIGHT_DATABASE_URL must start with sqlite:// or postgres://, not {:?}",
                redact(&self.database_url)
            )
        })?;
        if !is_listen_address(&self.listen) {
            return Err(format!(
                "FAILNIGHT_LISTEN must be an address and port like 127.0.0.1:8080, not {:?}",
                self.listen
            ));
        }
        if let Some(metrics) = self.metrics_listen()
            && !is_listen_address(metrics)
        {
            return Err(format!(
                "FAILNIGHT_METRICS_LISTEN must be an address and port like 127.0.0.1:9090 (or empty), not {metrics:?}"
            ));
        }
        self.trusted_proxies()?;
        self.webhook_allow()?;
        if self.header_timeout_secs == 0 || self.body_timeout_secs == 0 {
            return Err("FAILNIGHT_HEADER_TIMEOUT_SECS and FAILNIGHT_BODY_TIMEOUT_SECS must be at least 1".into());
        }
        if let Some(url) = &self.base_url
            && !((url.starts_with("http://") || url.starts_with("https://"))
                && url.len() > 8
                && !url.contains(char::is_whitespace))
        {
            return Err(format!("FAILNIGHT_BASE_URL must start with http:// or https://, not {url:?}"));
        }
        if let Some(url) = &self.smtp_url {
            failnight_reminders::MailTransport::check_smtp_url(&url.0)
                .map_err(|e| format!("FAILNIGHT_SMTP_URL: {e}"))?;
        }
        if self.mail_from.contains(['<', '>', ' ', ','])
            || self.mail_from.parse::<failnight_reminders::Mailbox>().is_err()
        {
            return Err(format!("FAILNIGHT_MAIL_FROM must be an email address, not {:?}", self.mail_from));
        }
        if self.mail_from_name.chars().any(char::is_control) {
            return Err("FAILNIGHT_MAIL_FROM_NAME must be one line".into());
        }
        if self.db_connections == 0 {
            return Err("FAILNIGHT_DB_CONNECTIONS must be at least 1".into());
        }
        if self.smtp_timeout_secs == 0 {
            return Err("FAILNIGHT_SMTP_TIMEOUT_SECS must be at least 1".into());
        }
        if !(1..=MAX_SMTP_CONNECTIONS).contains(&self.smtp_connections) {
            return Err(format!("FAILNIGHT_SMTP_CONNECTIONS must be between 1 and {MAX_SMTP_CONNECTIONS}"));
        }
        if self.series_horizon_days > MAX_SERIES_HORIZON_DAYS {
            return Err(format!(
                "FAILNIGHT_SERIES_HORIZON_DAYS must be at most {MAX_SERIES_HORIZON_DAYS} (three years)"
            ));
        }
        tracing_subscriber::EnvFilter::try_new(&self.log)
            .map_err(|e| format!("FAILNIGHT_LOG is not a log filter: {e}"))?;
        Ok(())
    }

    /// The proxies of `FAILNIGHT_TRUSTED_PROXIES`; the error names the setting and the entry.
    pub fn trusted_proxies(&self) -> Result<crate::client::TrustedProxies, String> {
        crate::client::TrustedProxies::parse(self.trusted_proxies.as_deref().unwrap_or(""))
            .map_err(|e| format!("FAILNIGHT_TRUSTED_PROXIES: {e}"))
    }

    /// The addresses of `FAILNIGHT_WEBHOOK_ALLOW`; the error names the setting and the entry.
    pub fn webhook_allow(&self) -> Result<Vec<std::net::IpAddr>, String> {
        let list = self.webhook_allow.as_deref().unwrap_or("");
        list.split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| entry.parse().map_err(|_| format!("FAILNIGHT_WEBHOOK_ALLOW: {entry:?} is not an IP address")))
            .collect()
    }

    /// The metrics listener's address, `None` when metrics are off.
    pub fn metrics_listen(&self) -> Option<&str> {
        self.metrics_listen.as_deref().map(str::trim).filter(|a| !a.is_empty())
    }

    /// Settings from the environment and defaults only (what tests and embedders start from).
    pub fn from_env() -> Self {
        use clap::{FromArgMatches, Parser};
        #[derive(Parser)]
        struct Only {
            #[command(flatten)]
            settings: Settings,
        }
        let matches =
            <Only as clap::CommandFactory>::command().no_binary_name(true).get_matches_from(Vec::<String>::new());
        Only::from_arg_matches(&matches).expect("defaults parse").settings
    }
}

/// `host:port` or `address:port`.
fn is_listen_address(text: &str) -> bool {
    text.parse::<std::net::SocketAddr>().is_ok()
        || text.rsplit_once(':').is_some_and(|(h, p)| !h.is_empty() && p.parse::<u16>().is_ok())
}

/// Series nights are created at most this far ahead (three years).
pub const MAX_SERIES_HORIZON_DAYS: u32 = 1096;

/// The most SMTP connections: a claim's emails, past which SQLite's dispatcher, one claim at
/// a time, would leave connections unused.
pub const MAX_SMTP_CONNECTIONS: u32 = failnight_reminders::dispatcher::BATCH as u32;

/// A URL without its password (in the user part, or a query parameter such as PostgreSQL's
/// `?password=`), for messages and logs.
pub fn redact(url: &str) -> String {
    const HIDDEN: &str = "***";
    if let Ok(mut parsed) = url::Url::parse(url)
        && parsed.has_host()
    {
        if parsed.password().is_some() {
            let _ = parsed.set_password(Some(HIDDEN));
        }
        let secret =
            |key: &str| ["pass", "secret", "key", "token"].iter().any(|s| key.to_ascii_lowercase().contains(s));
        if parsed.query_pairs().any(|(key, _)| secret(key.as_ref())) {
            let pairs: Vec<(String, String)> = parsed
                .query_pairs()
                .map(|(k, v)| (k.to_string(), if secret(k.as_ref()) { HIDDEN.to_string() } else { v.into_owned() }))
                .collect();
            parsed.query_pairs_mut().clear().extend_pairs(pairs);
        }
        return parsed.to_string();
    }
    // Not a URL with a host: keep only what follows the credentials, if any.
    match url.rsplit_once('@') {
        Some((before, host)) => match before.split_once("://") {
            Some((scheme, _)) => format!("{scheme}://{HIDDEN}@{host}"),
            None => format!("{HIDDEN}@{host}"),
        },
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_hides_passwords_in_any_place() {
        assert_eq!(redact("postgres://app:s3cret@db:5432/nights"), "postgres://app:***@db:5432/nights");
        let query = redact("postgres://db/nights?user=app&password=s3cret&sslmode=require");
        assert!(!query.contains("s3cret") && query.contains("sslmode=require"), "{query}");
        assert_eq!(
            redact("smtp://mailer:pw@mail.example.org:587?tls=required"),
            "smtp://mailer:***@mail.example.org:587?tls=required"
        );
        assert_eq!(redact("sqlite://failnight.db"), "sqlite://failnight.db");
        assert!(!redact("mysql://root:pw@x").contains("pw"));
        assert!(!redact("weird:pw@x").contains("pw"));
    }
}
