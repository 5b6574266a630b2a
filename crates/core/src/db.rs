//! One database handle, two backends.
//!
//! Domain crates write each query once with `$1`-style placeholders (both SQLite and
//! PostgreSQL accept them) and run it through [`with_tx!`](crate::with_tx) or
//! [`with_db!`](crate::with_db), which expand the same code for each backend. Where the
//! dialects differ (claiming jobs with `FOR UPDATE SKIP LOCKED`, say) the caller matches on
//! [`Tx`] itself and keeps both branches side by side.
//!
//! SQLite is tuned rather than tolerated: WAL, `foreign_keys`, a busy timeout, and **one
//! writer connection** whose transactions start with `BEGIN IMMEDIATE`, so concurrent writers
//! queue in the pool instead of failing with `SQLITE_BUSY`; reads use a separate pool.

use std::{
    borrow::Cow,
    str::FromStr,
    sync::atomic::{AtomicU64, Ordering},
    time::Duration,
};

use sqlx::{
    Postgres, Sqlite, Transaction,
    migrate::{Migration, MigrationType, Migrator},
    postgres::{PgConnectOptions, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/migrations.rs"));
}

/// Which engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend named by a database URL's scheme.
    pub fn from_url(url: &str) -> Result<Self, DbError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(DbError::UnsupportedUrl)
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database URL must start with sqlite: or postgres://")]
    UnsupportedUrl,
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error("applying migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Pool sizes and timeouts.
#[derive(Debug, Clone)]
pub struct DbOptions {
    /// Connections to PostgreSQL, or SQLite reader connections.
    pub max_connections: u32,
    pub acquire_timeout: Duration,
}

impl Default for DbOptions {
    fn default() -> Self {
        DbOptions { max_connections: 16, acquire_timeout: Duration::from_secs(30) }
    }
}

/// The database handle: cheap to clone, shared by every part of the service.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite {
        /// Exactly one connection: all writes queue here.
        writer: sqlx::SqlitePool,
        reader: sqlx::SqlitePool,
    },
    Postgres(sqlx::PgPool),
}

/// A write transaction on either backend.
#[derive(Debug)]
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Db {
    /// Opens (creating a SQLite file if needed) the database at `url`. Does not migrate.
    pub async fn connect(url: &str, options: &DbOptions) -> Result<Db, DbError> {
        match Backend::from_url(url)? {
            Backend::Sqlite => {
                let base = SqliteConnectOptions::from_str(url)?
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
                    .pragma("temp_store", "memory");
                // Only the writer switches the file to WAL (a persistent setting) and creates it.
                let write = base
                    .clone()
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal);
                let writer = SqlitePoolOptions::new()
                    .max_connections(1)
                    .min_connections(1)
                    .acquire_timeout(options.acquire_timeout)
                    .idle_timeout(None)
                    .max_lifetime(None)
                    .connect_with(write)
                    .await?;
                let reader = SqlitePoolOptions::new()
                    .max_connections(options.max_connections.max(1))
                    .acquire_timeout(options.acquire_timeout)
                    .connect_with(base.read_only(true))
                    .await?;
                Ok(Db::Sqlite { writer, reader })
            }
            Backend::Postgres => {
                let connect = PgConnectOptions::from_str(url)?;
                let pool = PgPoolOptions::new()
                    .max_connections(options.max_connections.max(2))
                    .acquire_timeout(options.acquire_timeout)
                    .connect_with(connect)
                    .await?;
                Ok(Db::Postgres(pool))
            }
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite { .. } => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies the embedded migrations of this backend (`migrations/sqlite` or
    /// `migrations/postgres`). Safe to run from several processes at once.
    pub async fn migrate(&self) -> Result<(), DbError> {
        match self {
            Db::Sqlite { writer, .. } => migrator(embedded::SQLITE).run(writer).await?,
            Db::Postgres(pool) => migrator(embedded::POSTGRES).run(pool).await?,
        }
        Ok(())
    }

    /// Starts a write transaction (`BEGIN IMMEDIATE` on SQLite, so the write lock is taken
    /// up front and concurrent writers wait for it instead of failing mid-transaction).
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite { writer, .. } => Tx::Sqlite(writer.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// A cheap query that proves the database answers.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        crate::with_db!(self, |e| sqlx::query("SELECT 1").execute(e).await.map(|_| ()))?;
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite { writer, reader } => {
                reader.close().await;
                writer.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

/// Write transactions committed by this process, on any handle: a change indicator that
/// costs one atomic load (the gateway's page cache keys its entries on it).
static COMMITS: AtomicU64 = AtomicU64::new(0);

/// How many write transactions this process has committed so far. Read it *before* reading
/// the data a cached value is made of: a commit after that read makes the value stale and
/// also moves this number, so the value is never used again.
pub fn commits() -> u64 {
    COMMITS.load(Ordering::Acquire)
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }?;
        COMMITS.fetch_add(1, Ordering::AcqRel);
        Ok(())
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => tx.rollback().await,
            Tx::Postgres(tx) => tx.rollback().await,
        }
    }
}

fn migrator(files: &'static [(&'static str, &'static str)]) -> Migrator {
    use sqlx::SqlSafeStr;
    let migrations = files
        .iter()
        .map(|(stem, sql)| {
            let (version, description) = stem.split_once('_').unwrap_or((stem, ""));
            let version = version.parse().expect("migration file names start with a number");
            // As in sqlx's own files: a migration that manages its transaction itself (SQLite
            // table rebuilds that must switch foreign keys off, which a transaction forbids).
            let no_tx = sql.starts_with("-- no-transaction");
            Migration::new(
                version,
                Cow::Owned(description.replace('_', " ")),
                MigrationType::Simple,
                sql.into_sql_str(),
                no_tx,
            )
        })
        .collect();
    Migrator::with_migrations(migrations)
}

/// `$first, $first+1, …`: `count` numbered parameters, for an `IN (…)` list whose length is
/// known only at run time (both backends number parameters the same way).
pub fn params(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}

/// The rows of a multi-row `VALUES`: `rows` tuples of `per_row` parameters each, numbered on
/// from `first`, each ending with `tail` (parameters every row shares, such as `$1, $2`).
pub fn values(rows: usize, first: usize, per_row: usize, tail: &str) -> String {
    (0..rows).map(|k| format!("({}, {tail})", params(first + k * per_row, per_row))).collect::<Vec<_>>().join(", ")
}

/// True when `err` is a unique-constraint violation (on either backend).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// Runs the same code against whichever backend the transaction is on.
/// Inside, `$c` is a `&mut` connection (`&mut SqliteConnection` or `&mut PgConnection`):
/// pass `&mut *$c` to each query.
/// Where a read runs: on the pool (`&Db`, SQLite's readers) or inside a transaction
/// (`&mut Tx`). A read function takes `impl Into<Exec>` and is written once with
/// [`with_exec!`](crate::with_exec), instead of a `_tx` twin.
#[derive(Debug)]
pub enum Exec<'a> {
    Db(&'a Db),
    Tx(&'a mut Tx),
}

impl<'a> From<&'a Db> for Exec<'a> {
    fn from(db: &'a Db) -> Self {
        Exec::Db(db)
    }
}

impl<'a> From<&'a mut Tx> for Exec<'a> {
    fn from(tx: &'a mut Tx) -> Self {
        Exec::Tx(tx)
    }
}

#[macro_export]
macro_rules! with_tx {
    ($tx:expr, |$c:ident| $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(tx) => {
                let $c = &mut **tx;
                $body
            }
            $crate::db::Tx::Postgres(tx) => {
                let $c = &mut **tx;
                $body
            }
        }
    };
}

/// Runs the same read-only code against whichever backend the handle is on (the SQLite
/// reader pool, or the PostgreSQL pool). Inside, `$e` is a `&Pool` usable as an executor.
#[macro_export]
macro_rules! with_db {
    ($db:expr, |$e:ident| $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite { reader, .. } => {
                let $e = reader;
                $body
            }
            $crate::db::Db::Postgres(pool) => {
                let $e = pool;
                $body
            }
        }
    };
}

/// Runs `$body` with `$e` bound to an executor of the backend behind an [`Exec`]: a pool or a
/// transaction's connection. The body is compiled once per backend and kind.
#[macro_export]
macro_rules! with_exec {
    ($exec:expr, |$e:ident| $body:expr) => {
        match $exec {
            $crate::db::Exec::Db(db) => $crate::with_db!(db, |$e| $body),
            $crate::db::Exec::Tx(tx) => $crate::with_tx!(tx, |$e| $body),
        }
    };
}

#[cfg(test)]
mod placeholder_tests {
    use super::{params, values};

    #[test]
    fn numbered_lists_and_rows() {
        assert_eq!(params(3, 3), "$3, $4, $5");
        assert_eq!(params(2, 0), "");
        assert_eq!(values(2, 3, 2, "$1, $2"), "($3, $4, $1, $2), ($5, $6, $1, $2)");
    }
}
