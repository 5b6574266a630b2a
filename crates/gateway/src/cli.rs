//! The `failnight` command line. Invalid input is one `error: …` line and exit code 2.

use std::{process::ExitCode, sync::Arc};

use clap::{FromArgMatches, Parser, Subcommand};
use failnight_core::SystemClock;
use failnight_scheduling::chapters::NewChapter;
use tracing_subscriber::EnvFilter;

use failnight_app::{Context, Role, services};

use crate::{
    Application, Settings,
    startup::{open_database, run_workers},
};

#[derive(Debug, Parser)]
#[command(name = "failnight", version, about = "Failure nights: call for stories, RSVPs, calendars and reminders.")]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server and the background workers.
    Serve {
        /// Run only the web server (the workers run elsewhere, e.g. `failnight worker`).
        #[arg(long)]
        no_workers: bool,
    },
    /// Run only the background workers (email delivery).
    Worker,
    /// Apply database migrations and exit.
    Migrate,
    /// Copy the SQLite database to FILE while the service runs (a consistent snapshot).
    Backup {
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Exit 0 when the service at the listen address answers /readyz (for container health checks).
    Healthcheck,
    /// Chapters.
    Chapter {
        #[command(subcommand)]
        command: ChapterCommand,
    },
    /// Hosts of a chapter.
    Host {
        #[command(subcommand)]
        command: HostCommand,
    },
    /// Platform admins (they create chapters in the host pages).
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Make the host with this email a platform admin (creating the host if needed).
    Add {
        #[arg(long)]
        email: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ChapterCommand {
    /// Create a chapter.
    Create {
        /// The address part: /c/SLUG
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        /// IANA time zone, e.g. Europe/Berlin.
        #[arg(long)]
        timezone: String,
        #[arg(long, default_value = "")]
        description: String,
        /// What its pages and emails speak to guests who chose no language: en, es, de, fr or pt-BR.
        #[arg(long, default_value = "en")]
        language: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum HostCommand {
    /// Add a host to a chapter and print a new API token for them (shown once).
    Add {
        #[arg(long)]
        chapter: String,
        #[arg(long)]
        email: String,
        /// owner, host or door.
        #[arg(long, default_value = "owner")]
        role: String,
    },
}

/// Errors the CLI reports: bad input exits 2, everything else 1.
#[derive(Debug)]
pub enum CliError {
    Input(String),
    Failure(anyhow::Error),
}

impl From<failnight_app::Error> for CliError {
    fn from(error: failnight_app::Error) -> Self {
        use failnight_app::Error;
        match error {
            Error::Invalid(fields) => CliError::Input(
                fields.0.iter().map(|(field, message)| format!("{field}: {message}")).collect::<Vec<_>>().join("; "),
            ),
            Error::Internal(e) => CliError::Failure(e),
            other => CliError::Input(other.to_string()),
        }
    }
}

impl From<anyhow::Error> for CliError {
    fn from(error: anyhow::Error) -> Self {
        CliError::Failure(error)
    }
}

/// The command line. Settings show no value from the environment in `--help`: several hold
/// passwords and keys (the database and SMTP URLs, Stripe's keys), and one rule for all of
/// them means a new secret cannot be forgotten.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command().mut_args(|arg| arg.hide_env_values(true))
}

fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let mut command = command();
    let matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))
}

/// Logs to standard error, filtered by `FAILNIGHT_LOG` and, whatever it says, by
/// `logs::dependency_allows` (no dependency's lines that carry secrets or tokens).
fn init_logs(settings: &Settings) {
    use tracing_subscriber::{filter::filter_fn, layer::SubscriberExt, util::SubscriberInitExt};
    let dependencies = filter_fn(crate::logs::dependency_allows);
    let filter = EnvFilter::try_new(&settings.log).unwrap_or_else(|_| EnvFilter::new("info"));
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if settings.log_format == "json" {
        logs.json().finish().with(dependencies).init();
    } else {
        logs.finish().with(dependencies).init();
    }
}

pub fn main() -> ExitCode {
    // `failnight render-pdf MAX_PAGES SECONDS`: the PDF renderer's child process, started by
    // the deck job (`services::slides`), before any setting, log or runtime exists.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "render-pdf") {
        return render_pdf(&args[2..]);
    }
    let cli = match parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    if let Err(message) = cli.settings.validate() {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }
    init_logs(&cli.settings);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {}", error.message());
            ExitCode::from(error.exit_code())
        }
    }
}

/// The address space a PDF render may use: a 1920×1080 page is 8 MB of pixels, and hayro's
/// caches, fonts and the PDF itself fit well within this; a decompression bomb does not.
const RENDER_MEMORY: u64 = 1024 * 1024 * 1024;

/// Reads a PDF on standard input and writes its slides (`failnight_media::frames`) on
/// standard output, after capping its own address space and CPU time: whatever the PDF, this
/// process dies rather than hang or grow (the parent also kills it at the deadline).
fn render_pdf(args: &[std::ffi::OsString]) -> ExitCode {
    use rustix::process::{Resource, Rlimit, setrlimit};
    use std::io::{Read, Write};

    let number = |i: usize| args.get(i).and_then(|a| a.to_str()).and_then(|a| a.parse::<u64>().ok());
    let (Some(max_pages), Some(seconds)) = (number(0), number(1)) else {
        eprintln!("usage: failnight render-pdf MAX_PAGES SECONDS < deck.pdf");
        return ExitCode::from(2);
    };
    let limits = setrlimit(Resource::As, Rlimit { current: Some(RENDER_MEMORY), maximum: Some(RENDER_MEMORY) })
        // CPU time is the backstop: the parent kills the child at the wall-clock deadline first.
        .and_then(|()| setrlimit(Resource::Cpu, Rlimit { current: Some(seconds + 5), maximum: Some(seconds + 6) }));
    if limits.is_err() {
        return ExitCode::FAILURE; // never render without the limits
    }
    let mut pdf = Vec::new();
    let read = std::io::stdin().take(failnight_media::MAX_PDF_BYTES as u64 + 1).read_to_end(&mut pdf);
    if read.is_err() {
        return ExitCode::FAILURE;
    }
    let result = failnight_media::render_pdf(pdf, max_pages as usize).map_err(|e| e.to_string());
    let out = failnight_media::frames::write(&result);
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(&out).and_then(|()| stdout.flush()).is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Input(_) => 2,
            CliError::Failure(_) => 1,
        }
    }

    pub fn message(&self) -> String {
        match self {
            CliError::Input(message) => message.clone(),
            CliError::Failure(error) => format!("{error:#}"),
        }
    }
}

/// Runs one command line (`["failnight", "chapter", "create", …]`) in this process and
/// returns what it would print: for embedding and for tests.
pub async fn run_args<I, T>(args: I) -> Result<String, CliError>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli =
        parse_from(args).map_err(|e| CliError::Input(e.to_string().lines().next().unwrap_or_default().to_string()))?;
    cli.settings.validate().map_err(CliError::Input)?;
    run(cli).await
}

/// Runs a parsed command; the text it returns is printed on success.
pub async fn run(cli: Cli) -> Result<String, CliError> {
    let settings = cli.settings;
    match cli.command {
        Command::Serve { no_workers } => {
            let app = Application::build(&settings).await?;
            let url = app.state().base_url().to_string();
            let backend = format!("{:?}", app.state().db.backend()).to_lowercase();
            println!("failnight is serving {url} ({backend}: {})", crate::settings::redact(&settings.database_url));
            tracing::info!(%url, workers = !no_workers, "listening");
            app.serve(!no_workers, shutdown_signal()).await?;
            Ok(String::new())
        }
        Command::Worker => {
            println!("failnight worker running ({})", crate::settings::redact(&settings.database_url));
            run_workers(&settings, shutdown_signal()).await?;
            Ok(String::new())
        }
        Command::Migrate => {
            open_database(&settings).await?.close().await;
            Ok(format!("migrations applied ({})\n", crate::settings::redact(&settings.database_url)))
        }
        Command::Backup { to } => {
            if to.exists() {
                return Err(CliError::Input(format!("{} exists already: choose a new file", to.display())));
            }
            let db = open_database(&settings).await?;
            let result = crate::startup::backup(&db, &to).await;
            db.close().await;
            result.map_err(CliError::Input)?;
            Ok(format!("backup written to {}\n", to.display()))
        }
        Command::Healthcheck => {
            crate::startup::healthcheck(&settings.listen).await.map_err(CliError::Input)?;
            Ok(String::new())
        }
        Command::Chapter { command: ChapterCommand::Create { slug, name, timezone, description, language } } => {
            let ctx = cli_context(&settings).await?;
            let chapter = services::create_chapter(
                &ctx,
                services::Actor::System,
                &NewChapter { slug, name, timezone, description, language },
            )
            .await?;
            ctx.db.close().await;
            Ok(format!(
                "chapter created: {} ({}), {}/c/{}\n",
                chapter.name,
                chapter.timezone,
                ctx.base_url(),
                chapter.slug
            ))
        }
        Command::Admin { command: AdminCommand::Add { email } } => {
            let ctx = cli_context(&settings).await?;
            services::add_admin(&ctx, &email).await?;
            ctx.db.close().await;
            Ok(format!("{email} is now a platform admin: sign in at {}/host/sign-in\n", ctx.base_url()))
        }
        Command::Host { command: HostCommand::Add { chapter, email, role } } => {
            let role = Role::parse(&role)
                .ok_or_else(|| CliError::Input(format!("role: use owner, host or door, not \"{role}\"")))?;
            let ctx = cli_context(&settings).await?;
            let token = services::add_host(&ctx, &chapter, &email, role, "cli").await?;
            ctx.db.close().await;
            Ok(format!(
                "{email} is now {} of {chapter}. API token (shown only now, keep it safe):\n{token}\n",
                role.as_str()
            ))
        }
    }
}

/// The use cases' context for one-off administration commands: database only, no server, no mail.
async fn cli_context(settings: &Settings) -> anyhow::Result<Context> {
    let db = open_database(settings).await?;
    let base_url = settings.base_url.clone().unwrap_or_else(|| format!("http://{}", settings.listen));
    Ok(settings.context(db, Arc::new(SystemClock), base_url, None))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
