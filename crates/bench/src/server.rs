//! Starting and stopping real `failnight serve` processes, and the databases they run on.

use std::{
    path::{Path, PathBuf},
    process::Stdio,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::{Context, bail};
use failnight_core::Db;
use sqlx::Connection;
use tokio::process::{Child, Command};

use crate::http::{Conn, get};

/// Where one scenario's data lives: a SQLite file in a temporary folder, or a fresh
/// PostgreSQL database (dropped afterwards).
pub struct Database {
    pub url: String,
    pub dir: PathBuf,
    admin: Option<(String, String)>,
}

impl Database {
    pub async fn create(postgres: Option<&str>, label: &str) -> anyhow::Result<Database> {
        let suffix = failnight_core::token::new_token()[..10].to_lowercase();
        let suffix: String = suffix.chars().filter(char::is_ascii_alphanumeric).collect();
        let dir = std::env::temp_dir().join(format!("failnight-bench-{label}-{suffix}"));
        std::fs::create_dir_all(&dir)?;
        match postgres {
            None => Ok(Database { url: format!("sqlite://{}", dir.join("failnight.db").display()), dir, admin: None }),
            Some(admin_url) => {
                let name = format!("failnight_bench_{}_{suffix}", label.replace('-', "_"));
                let mut admin =
                    sqlx::PgConnection::connect(admin_url).await.context("while connecting to --postgres")?;
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut admin).await?;
                admin.close().await?;
                let (base, _) = admin_url.rsplit_once('/').context("--postgres URL needs a database path")?;
                Ok(Database { url: format!("{base}/{name}"), dir, admin: Some((admin_url.to_string(), name)) })
            }
        }
    }

    pub async fn open(&self) -> anyhow::Result<Db> {
        let db = Db::connect(&self.url, &failnight_core::db::DbOptions::default()).await?;
        db.migrate().await?;
        Ok(db)
    }

    pub async fn drop_it(self) {
        if let Some((admin_url, name)) = &self.admin
            && let Ok(mut admin) = sqlx::PgConnection::connect(admin_url).await
        {
            let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                .execute(&mut admin)
                .await;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub struct Server {
    pub addr: String,
    pub startup: Duration,
    child: Child,
    /// The most anonymous memory seen (`RssAnon`, KiB), sampled every 10 ms.
    anon_peak: Arc<AtomicU64>,
    sampler: tokio::task::JoinHandle<()>,
}

/// A field of `/proc/{pid}/status` in KiB.
fn status_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|l| l.strip_prefix(field)).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The `failnight` binary: `--server`, or next to this executable.
pub fn locate(explicit: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path.to_path_buf());
    }
    let me = std::env::current_exe()?;
    let path = me.with_file_name("failnight");
    if !path.exists() {
        bail!(
            "no failnight binary at {}: build it with `cargo build --release -p failnight-gateway` \
             (the same profile as this benchmark) or pass --server PATH",
            path.display()
        );
    }
    Ok(path)
}

pub struct Launch<'a> {
    pub binary: &'a Path,
    pub database_url: &'a str,
    pub smtp_url: &'a str,
    pub dir: &'a Path,
    pub workers: bool,
    pub db_connections: Option<u32>,
    pub smtp_connections: Option<u32>,
}

impl Server {
    /// Starts `failnight serve` on a free loopback port and waits until `/readyz` answers 200;
    /// `startup` is the time from spawning the process to that answer.
    pub async fn start(launch: &Launch<'_>) -> anyhow::Result<Server> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let addr = format!("127.0.0.1:{port}");
        let log = std::fs::File::create(launch.dir.join(format!("server-{port}.log")))?;
        let mut command = Command::new(launch.binary);
        command
            .arg("serve")
            .env_clear()
            .env("FAILNIGHT_DATABASE_URL", launch.database_url)
            .env("FAILNIGHT_LISTEN", &addr)
            .env("FAILNIGHT_BASE_URL", format!("http://{addr}"))
            .env("FAILNIGHT_SMTP_URL", launch.smtp_url)
            .env("FAILNIGHT_MAIL_DIR", launch.dir.join("mail"))
            .env("FAILNIGHT_MAIL_FROM", "nights@failnight.test")
            // Every benchmark request comes from 127.0.0.1: per-IP limits would refuse them.
            .env("FAILNIGHT_RATE_LIMITS", "off")
            .env("FAILNIGHT_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .kill_on_drop(true);
        if let Some(n) = launch.db_connections {
            command.env("FAILNIGHT_DB_CONNECTIONS", n.to_string());
        }
        if let Some(n) = launch.smtp_connections {
            command.env("FAILNIGHT_SMTP_CONNECTIONS", n.to_string());
        }
        if !launch.workers {
            command.arg("--no-workers");
        }
        let started = Instant::now();
        let mut child = command.spawn().with_context(|| format!("while starting {}", launch.binary.display()))?;
        let ready = get(&addr, "/readyz");
        loop {
            let mut conn = Conn::new(&addr);
            if let Ok(response) = conn.send(&ready).await
                && response.status == 200
            {
                break;
            }
            if let Some(status) = child.try_wait()? {
                bail!("the server exited with {status}; see {}", launch.dir.display());
            }
            if started.elapsed() > Duration::from_secs(30) {
                bail!("the server was not ready within 30 s");
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        let startup = started.elapsed();
        let anon_peak = Arc::new(AtomicU64::new(0));
        let pid = child.id().unwrap_or_default();
        let peak = anon_peak.clone();
        let sampler = tokio::spawn(async move {
            while let Some(kib) = status_kib(pid, "RssAnon:") {
                peak.fetch_max(kib, Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        });
        Ok(Server { addr, startup, child, anon_peak, sampler })
    }

    /// Peak resident memory of the process so far (`VmHWM`), in KiB. On SQLite it counts the
    /// database file's pages the readers map too (up to `MMAP_BYTES`), which are the kernel's
    /// page cache, not the server's own memory: see [`Server::peak_anon_kib`].
    pub fn peak_rss_kib(&self) -> u64 {
        self.child.id().and_then(|pid| status_kib(pid, "VmHWM:")).unwrap_or(0)
    }

    /// The most of the server's own memory (anonymous pages: heap, stacks) seen so far, in KiB.
    pub fn peak_anon_kib(&self) -> u64 {
        self.anon_peak.load(Ordering::Relaxed)
    }

    pub async fn stop(mut self) {
        self.sampler.abort();
        if let Some(pid) = self.child.id() {
            // SIGTERM for a graceful shutdown, then wait a little before killing.
            let _ = std::process::Command::new("kill").arg("-TERM").arg(pid.to_string()).status();
            if tokio::time::timeout(Duration::from_secs(10), self.child.wait()).await.is_ok() {
                return;
            }
        }
        let _ = self.child.kill().await;
    }
}
