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
    collections::{BTreeSet, HashMap},
    str::FromStr,
    sync::{
        LazyLock, Mutex,
        atomic::{AtomicU64, Ordering},
    },
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
    /// The longest wait for a connection, opening a new one included (PostgreSQL's connect
    /// and authentication).
    pub acquire_timeout: Duration,
    /// PostgreSQL: the longest a statement may run, waiting for locks included (its
    /// `statement_timeout`), so a stuck lock or query fails instead of holding a request, a
    /// job or a shutdown. Migrations run without it. SQLite has `busy_timeout` (10 s) instead.
    pub statement_timeout: Option<Duration>,
}

impl Default for DbOptions {
    fn default() -> Self {
        DbOptions {
            max_connections: 16,
            acquire_timeout: Duration::from_secs(30),
            statement_timeout: Some(Duration::from_secs(60)),
        }
    }
}

/// The database handle: cheap to clone, shared by every part of the service.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite {
        /// Exactly one connection: all writes queue here.
        writer: sqlx::SqlitePool,
        reader: sqlx::SqlitePool,
        /// The write-ahead log's checkpoints, on a connection of their own.
        checkpoints: std::sync::Arc<Checkpoints>,
    },
    Postgres(sqlx::PgPool),
}

/// How often a SQLite file's write-ahead log is copied back into the file, off the writer.
pub const CHECKPOINT_EVERY: Duration = Duration::from_millis(100);

/// The write-ahead log's size (pages) at which the writer checkpoints itself as it commits:
/// only when the checkpoints of [`Checkpoints`] fall behind (about 40 MB).
pub const WRITER_CHECKPOINT_PAGES: u32 = 10_000;

/// A task that checkpoints a SQLite file's write-ahead log every [`CHECKPOINT_EVERY`] on a
/// connection of its own (`PRAGMA wal_checkpoint(PASSIVE)`: it waits for no reader or writer).
/// SQLite's default is the writer doing it as it commits once the log passes 1,000 pages,
/// holding every write behind it meanwhile: 8 % of the server's CPU in a burst of bookings,
/// all on the one writer. Stopped when the last handle of its database is dropped or closed.
#[derive(Debug)]
pub struct Checkpoints(tokio::task::AbortHandle);

impl Drop for Checkpoints {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Checkpoints {
    async fn start(options: SqliteConnectOptions) -> Result<Checkpoints, sqlx::Error> {
        use sqlx::ConnectOptions;
        let mut connection = options.connect().await?;
        let task = tokio::spawn(async move {
            let mut every = tokio::time::interval(CHECKPOINT_EVERY);
            every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                every.tick().await;
                // Busy only while the writer checkpoints itself: the next tick tries again.
                if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&mut connection).await {
                    tracing::debug!(%error, "checkpoint of the write-ahead log not done");
                }
            }
        });
        Ok(Checkpoints(task.abort_handle()))
    }
}

/// A write transaction on either backend.
#[derive(Debug)]
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    /// With its pool, to tell the other processes of a commit afterwards ([`Tx::commit`]).
    Postgres(Transaction<'static, Postgres>, sqlx::PgPool),
}

/// How much of a SQLite file its readers map into memory (256 MiB): the whole database of a
/// network's first years; the operating system keeps the pages, shared by every connection.
pub const MMAP_BYTES: u64 = 256 * 1024 * 1024;

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
                    .synchronous(SqliteSynchronous::Normal)
                    .pragma("wal_autocheckpoint", WRITER_CHECKPOINT_PAGES.to_string());
                // No ping before each use: a SQLite connection is the file, in this process,
                // never lost; its ping is one more hop to the connection's thread and back,
                // per query (a search of the lessons library spent a fifth of its time in
                // those hops).
                let writer = SqlitePoolOptions::new()
                    .test_before_acquire(false)
                    .max_connections(1)
                    .min_connections(1)
                    .acquire_timeout(options.acquire_timeout)
                    .idle_timeout(None)
                    .max_lifetime(None)
                    .connect_with(write)
                    .await?;
                let reader = SqlitePoolOptions::new()
                    .test_before_acquire(false)
                    .max_connections(options.max_connections.max(1))
                    .acquire_timeout(options.acquire_timeout)
                    // Readers map the file (shared by all of them, no read syscall per page
                    // missing from each connection's own cache): searches of the lessons
                    // library spent a tenth of their time in `pread` without it.
                    .connect_with(base.clone().read_only(true).pragma("mmap_size", MMAP_BYTES.to_string()))
                    .await?;
                let checkpoints = std::sync::Arc::new(Checkpoints::start(base).await?);
                Ok(Db::Sqlite { writer, reader, checkpoints })
            }
            Backend::Postgres => {
                let mut connect = PgConnectOptions::from_str(url)?;
                if let Some(limit) = options.statement_timeout {
                    connect = connect.options([("statement_timeout", format!("{}ms", limit.as_millis()))]);
                }
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
            Db::Postgres(pool) => {
                // A migration may take longer than a statement of the service may (an index on a
                // big table), and waits for other instances migrating: on a connection of its
                // own, without the statement timeout, closed afterwards.
                let mut conn = pool.acquire().await?;
                sqlx::query("SET statement_timeout = 0").execute(&mut *conn).await?;
                let migrated = migrator(embedded::POSTGRES).run(&mut *conn).await;
                conn.close().await?;
                migrated?
            }
        }
        Ok(())
    }

    /// Starts a write transaction (`BEGIN IMMEDIATE` on SQLite, so the write lock is taken
    /// up front and concurrent writers wait for it instead of failing mid-transaction).
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite { writer, .. } => Tx::Sqlite(writer.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?, pool.clone()),
        })
    }

    /// A cheap query that proves the database answers.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        crate::with_db!(self, |e| sqlx::query("SELECT 1").execute(e).await.map(|_| ()))?;
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite { writer, reader, checkpoints } => {
                checkpoints.0.abort();
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

/// On PostgreSQL, the count of [`commits`] of every process on the database, as far as they
/// told it: a sequence each moves after each commit a page could show ([`Tx::commit`]), so
/// another instance's cached values know when to be made again. Not the outbox's own
/// bookkeeping ([`Tx::commit_unseen`]), which the WAL position, the key before, counted too:
/// twenty thousand reminders marked sent then made every cached page again twenty times a
/// second on every instance. Read it *before* the data, like [`commits`].
pub async fn shared_commits(pool: &sqlx::PgPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT last_value FROM writes_seen").fetch_one(pool).await
}

/// The values of [`shared_commits`] this process's own tells were given, per database, the
/// latest [`TOLD_KEPT`] of each: with them a process tells its own commits, which it knows of
/// already, from other processes' ([`told_by_others`]).
static TOLD: LazyLock<Mutex<HashMap<String, BTreeSet<i64>>>> = LazyLock::new(Default::default);
/// Own tells remembered per database; one older than these counts as another process's (a
/// page made once more, never one kept too long).
const TOLD_KEPT: usize = 4_096;

/// Which database a pool is on, for [`TOLD`].
fn database_of(pool: &sqlx::PgPool) -> String {
    let options = pool.connect_options();
    format!("{}:{}/{}", options.get_host(), options.get_port(), options.get_database().unwrap_or_default())
}

/// Whether a process other than this one told of a commit while [`shared_commits`] moved
/// from `before` to `now`: some value in between was not given to one of this process's tells.
/// Each tell is given its own value, so when all of them are this process's, every commit
/// told in between was this process's, and [`commits`] counts those already (a door's
/// check-in then makes the night's page once, not again when its tell lands).
pub fn told_by_others(pool: &sqlx::PgPool, before: i64, now: i64) -> bool {
    if now <= before {
        return now != before;
    }
    let database = database_of(pool);
    let told = TOLD.lock().unwrap_or_else(|e| e.into_inner());
    let own = told.get(&database).map_or(0, |values| values.range(before + 1..=now).count());
    own as i64 != now - before
}

/// Remembers that this process's tell was given `value` (see [`told_by_others`]).
fn told(pool: &sqlx::PgPool, value: i64) {
    let database = database_of(pool);
    let mut told = TOLD.lock().unwrap_or_else(|e| e.into_inner());
    let values = told.entry(database).or_default();
    values.insert(value);
    if values.len() > TOLD_KEPT {
        values.pop_first();
    }
}

impl Tx {
    /// Commits a change pages may show: moves [`commits`] and, on PostgreSQL, tells the other
    /// processes ([`shared_commits`]). That is done after the commit, so a process that sees
    /// the new count reads data that includes the change, and in the background, so the
    /// request that committed does not wait for it (a door's check-in under load waited 3 ms
    /// more at the median, `door-rush`): other instances see the change that much later, within
    /// their 50 ms. Were it not done (the database gone between the two statements), the
    /// change is committed all the same, and the other processes' cached values, which live a
    /// second at most (30 s for the host pages that may lag), show it within that time.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        let pool = match &self {
            Tx::Postgres(_, pool) => Some(pool.clone()),
            Tx::Sqlite(_) => None,
        };
        self.commit_unseen().await?;
        COMMITS.fetch_add(1, Ordering::AcqRel);
        if let Some(pool) = pool {
            tokio::spawn(async move {
                match sqlx::query_scalar::<_, i64>("SELECT nextval('writes_seen')").fetch_one(&pool).await {
                    Ok(value) => told(&pool, value),
                    Err(sqlx::Error::PoolClosed) => {}
                    Err(error) => {
                        tracing::warn!(%error, "a commit not told to other instances: their pages may lag a second")
                    }
                }
            });
        }
        Ok(())
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => tx.rollback().await,
            Tx::Postgres(tx, _) => tx.rollback().await,
        }
    }

    /// Commits when the transaction `changed` something, else rolls it back: then it counts
    /// as no write (the page cache keys on commits, and the jobs that sweep a table every
    /// few seconds mostly find nothing).
    pub async fn commit_if(self, changed: bool) -> Result<(), sqlx::Error> {
        if changed { self.commit().await } else { self.rollback().await }
    }

    /// Commits without moving [`commits`] (nor [`shared_commits`]): for the outbox's own
    /// bookkeeping (a claim's lease, a delivery marked, old rows pruned) and the reminders the
    /// worker queues, which no page shows but a host's count of a night's emails, and that
    /// count may lag by the page cache's second. Twenty thousand reminders are queued and go
    /// out in some seven hundred such commits; counted, each would make every cached page be
    /// rendered again while guests load them.
    pub async fn commit_unseen(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await,
            Tx::Postgres(tx, _) => tx.commit().await,
        }
    }

    /// Runs `work` within a savepoint: when it fails, what it wrote is undone and the
    /// transaction goes on (one series of many that cannot be expanded, say). The outer error
    /// is the database refusing the savepoint itself; then the transaction is lost.
    pub async fn attempt<T, E>(
        &mut self,
        work: impl AsyncFnOnce(&mut Tx) -> Result<T, E>,
    ) -> Result<Result<T, E>, sqlx::Error> {
        crate::with_tx!(&mut *self, |c| sqlx::raw_sql("SAVEPOINT attempt").execute(c).await.map(drop))?;
        let result = work(self).await;
        let end = if result.is_ok() {
            "RELEASE SAVEPOINT attempt"
        } else {
            "ROLLBACK TO SAVEPOINT attempt; RELEASE SAVEPOINT attempt"
        };
        crate::with_tx!(&mut *self, |c| sqlx::raw_sql(end).execute(c).await.map(drop))?;
        Ok(result)
    }

    /// [`commit_if`](Self::commit_if) for the outbox's own bookkeeping: [`commit_unseen`](Self::commit_unseen)
    /// when it `changed` something, else a rollback.
    pub async fn commit_unseen_if(self, changed: bool) -> Result<(), sqlx::Error> {
        if changed { self.commit_unseen().await } else { self.rollback().await }
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

/// Parameters a statement of many rows binds at most on SQLite. SQLite finds a numbered
/// parameter's name by walking the statement's list of names (`sqlite3_bind_parameter_name`,
/// which sqlx calls for every parameter it binds), so binding n of them costs n² steps: a
/// statement of 256 emails (3,585 parameters) took some 20 ms of it, and that was 38 % of the
/// server's CPU while reminders went out (`perf`, the `reminders` benchmark). PostgreSQL has
/// no such cost.
pub const SQLITE_MAX_PARAMS: usize = 200;

impl Tx {
    /// Rows of `per_row` parameters one multi-row statement takes in this transaction's
    /// database: at most `most`, and on SQLite at most [`SQLITE_MAX_PARAMS`] parameters' worth.
    pub fn rows_per_statement(&self, per_row: usize, most: usize) -> usize {
        match self {
            Tx::Sqlite(_) => (SQLITE_MAX_PARAMS / per_row.max(1)).clamp(1, most.max(1)),
            Tx::Postgres(..) => most.max(1),
        }
    }
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

/// A stored value that is none of its type's values (a status written by hand, a zone that
/// no longer exists): the row is refused with this as the column's decode error
/// (`sqlx::Error::ColumnDecode`), never read as some default.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {value:?} stored in the database")]
pub struct UnknownValue {
    /// The Rust type, e.g. `EventStatus`.
    pub kind: &'static str,
    pub value: String,
}

/// A value stored as TEXT on both backends, by one fixed spelling per value. Implemented by
/// [`text_enum!`](crate::text_enum) for enums and by hand for [`Zone`](crate::time::Zone);
/// [`stored_as_text!`](crate::stored_as_text) then makes it a sqlx type of both backends.
pub trait StoredText: Sized {
    /// The type's name in errors.
    const KIND: &'static str;
    /// The stored spelling.
    fn to_text(&self) -> &str;
    /// The value stored as `text`; `None` for anything else.
    fn from_text(text: &str) -> Option<Self>;
}

/// Reads a [`StoredText`] value from its stored text, or says which text it was not.
pub fn decode_text<T: StoredText>(text: &str) -> Result<T, sqlx::error::BoxDynError> {
    T::from_text(text).ok_or_else(|| UnknownValue { kind: T::KIND, value: text.to_string() }.into())
}

#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use sqlx;
}

/// Makes a [`StoredText`] type a sqlx `Type`, `Encode` and `Decode` of SQLite and PostgreSQL,
/// as TEXT (`TEXT`, `VARCHAR`… on PostgreSQL, exactly as `String` is): encoding writes its
/// spelling, decoding refuses any other text with [`UnknownValue`].
#[macro_export]
macro_rules! stored_as_text {
    ($name:ty) => {
        const _: () = {
            use $crate::db::__private::sqlx::{
                Database, Decode, Encode, Postgres, Sqlite, Type,
                encode::IsNull,
                error::BoxDynError,
                postgres::{PgTypeInfo, PgValueRef},
                sqlite::{SqliteTypeInfo, SqliteValueRef},
            };
            use $crate::db::StoredText as _;

            impl Type<Sqlite> for $name {
                fn type_info() -> SqliteTypeInfo {
                    <str as Type<Sqlite>>::type_info()
                }
                fn compatible(ty: &SqliteTypeInfo) -> bool {
                    <str as Type<Sqlite>>::compatible(ty)
                }
            }
            impl<'r> Decode<'r, Sqlite> for $name {
                fn decode(value: SqliteValueRef<'r>) -> Result<Self, BoxDynError> {
                    $crate::db::decode_text(<&str as Decode<'r, Sqlite>>::decode(value)?)
                }
            }
            impl<'q> Encode<'q, Sqlite> for $name {
                fn encode_by_ref(&self, buf: &mut <Sqlite as Database>::ArgumentBuffer) -> Result<IsNull, BoxDynError> {
                    <&str as Encode<'q, Sqlite>>::encode(self.to_text(), buf)
                }
            }
            impl Type<Postgres> for $name {
                fn type_info() -> PgTypeInfo {
                    <str as Type<Postgres>>::type_info()
                }
                fn compatible(ty: &PgTypeInfo) -> bool {
                    <str as Type<Postgres>>::compatible(ty)
                }
            }
            impl<'r> Decode<'r, Postgres> for $name {
                fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
                    $crate::db::decode_text(<&str as Decode<'r, Postgres>>::decode(value)?)
                }
            }
            impl<'q> Encode<'q, Postgres> for $name {
                fn encode_by_ref(
                    &self,
                    buf: &mut <Postgres as Database>::ArgumentBuffer,
                ) -> Result<IsNull, BoxDynError> {
                    <&str as Encode<'q, Postgres>>::encode(self.to_text(), buf)
                }
            }
        };
    };
}

/// Declares an enum stored as TEXT: each variant with its stored spelling, once.
///
/// ```
/// failnight_core::text_enum! {
///     /// A night's state.
///     pub enum Status {
///         Draft = "draft",
///         Published = "published",
///     }
/// }
/// assert_eq!(Status::parse("draft"), Some(Status::Draft));
/// assert_eq!(Status::Published.as_str(), "published");
/// assert_eq!(Status::ALL, [Status::Draft, Status::Published]);
/// ```
///
/// The enum derives `Debug, Clone, Copy, PartialEq, Eq, Hash`, gets `ALL` (declaration order),
/// `as_str`, `parse`, `Display` and `serde::Serialize` (both the spelling), and is a sqlx type
/// of both backends ([`stored_as_text!`](crate::stored_as_text)): a row holding any other text
/// fails to decode with [`UnknownValue`] naming it.
#[macro_export]
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];

            /// The stored spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text ),+
                }
            }

            /// The value spelled `text`, if any.
            pub fn parse(text: &str) -> Option<Self> {
                match text {
                    $( $text => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl $crate::db::StoredText for $name {
            const KIND: &'static str = stringify!($name);
            fn to_text(&self) -> &str {
                self.as_str()
            }
            fn from_text(text: &str) -> Option<Self> {
                $name::parse(text)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::db::__private::serde::Serialize for $name {
            fn serialize<S: $crate::db::__private::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        $crate::stored_as_text!($name);
    };
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
            $crate::db::Tx::Postgres(tx, _) => {
                let $c = &mut **tx;
                $body
            }
        }
    };
}

/// Runs one writing statement on its own, outside any transaction, on SQLite's one writer
/// connection or the PostgreSQL pool; inside, `$e` is a `&Pool` usable as an executor. The
/// statement is its own transaction, committed when it ends: for a write that is one statement
/// this spares the round trips of `BEGIN` and `COMMIT` (on SQLite two hops to the connection's
/// thread and back). On SQLite such a statement takes the write lock as it starts, waiting for
/// it like `BEGIN IMMEDIATE` (the busy timeout), so it never fails on a stale snapshot; a write
/// that reads first, or spans statements, belongs in [`Db::begin`].
#[macro_export]
macro_rules! with_writer {
    ($db:expr, |$e:ident| $body:expr) => {
        $crate::with_pool!($db, writer, |$e| $body)
    };
}

/// Runs the same read-only code against whichever backend the handle is on (the SQLite
/// reader pool, or the PostgreSQL pool). Inside, `$e` is a `&Pool` usable as an executor.
#[macro_export]
macro_rules! with_db {
    ($db:expr, |$e:ident| $body:expr) => {
        $crate::with_pool!($db, reader, |$e| $body)
    };
}

/// [`with_db!`] and [`with_writer!`]: `$body` with `$e` bound to the pool of the handle's
/// backend, on SQLite the one named by `$sqlite` (`reader` or `writer`).
#[doc(hidden)]
#[macro_export]
macro_rules! with_pool {
    ($db:expr, $sqlite:ident, |$e:ident| $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite { $sqlite, .. } => {
                let $e = $sqlite;
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

#[cfg(test)]
mod told_tests {
    use super::{told, told_by_others};

    /// A pool that never connects: only its address is read.
    fn pool(database: &str) -> sqlx::PgPool {
        sqlx::postgres::PgPoolOptions::new().connect_lazy(&format!("postgres://nobody@127.0.0.1:1/{database}")).unwrap()
    }

    #[tokio::test]
    async fn only_counts_moved_by_this_process_alone_are_its_own() {
        let (here, elsewhere) = (pool("told_here"), pool("told_elsewhere"));
        told(&here, 11);
        told(&here, 12);
        told(&here, 14);
        assert!(!told_by_others(&here, 10, 10), "not moved");
        assert!(!told_by_others(&here, 10, 12), "11 and 12 were this process's");
        assert!(told_by_others(&here, 9, 12), "10 was another's");
        assert!(told_by_others(&here, 12, 14), "13 was another's");
        assert!(!told_by_others(&here, 13, 14));
        assert!(told_by_others(&here, 14, 13), "a count that went back is not understood");
        assert!(told_by_others(&elsewhere, 10, 12), "another database's counts are its own");
    }
}

#[cfg(test)]
mod stored_text_tests {
    use super::{Db, DbOptions, Tx, UnknownValue};
    use crate::time::Zone;

    crate::text_enum! {
        /// Two values, one spelled with an underscore.
        enum Sample {
            One = "one",
            TwoWords = "two_words",
        }
    }

    #[derive(Debug, sqlx::FromRow)]
    struct Row {
        sample: Sample,
        zone: Zone,
        maybe: Option<Sample>,
    }

    /// Runs the checks in a transaction of `db` that is rolled back (PostgreSQL: a temporary
    /// table; SQLite: an in-memory database).
    async fn check(db: &Db) {
        let mut tx = db.begin().await.unwrap();
        crate::with_tx!(&mut tx, |c| {
            sqlx::query("CREATE TEMPORARY TABLE stored (id INTEGER NOT NULL, sample TEXT NOT NULL, zone TEXT NOT NULL, maybe TEXT)")
                .execute(&mut *c)
                .await
                .unwrap();
            // Every value is written by binding it and read back as itself.
            for (n, sample) in Sample::ALL.into_iter().enumerate() {
                sqlx::query("INSERT INTO stored (id, sample, zone, maybe) VALUES ($1, $2, $3, $4)")
                    .bind(n as i32)
                    .bind(sample)
                    .bind(Zone(chrono_tz::Europe::Berlin))
                    .bind(Some(sample))
                    .execute(&mut *c)
                    .await
                    .unwrap();
                let text: String = sqlx::query_scalar("SELECT sample FROM stored WHERE id = $1")
                    .bind(n as i32)
                    .fetch_one(&mut *c)
                    .await
                    .unwrap();
                assert_eq!(text, sample.as_str(), "stored by its spelling");
                let row: Row = sqlx::query_as("SELECT sample, zone, maybe FROM stored WHERE id = $1")
                    .bind(n as i32)
                    .fetch_one(&mut *c)
                    .await
                    .unwrap();
                assert_eq!((row.sample, row.zone.tz(), row.maybe), (sample, chrono_tz::Europe::Berlin, Some(sample)));
                let matched: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stored WHERE sample = $1")
                    .bind(sample)
                    .fetch_one(&mut *c)
                    .await
                    .unwrap();
                assert_eq!(matched, 1, "a bound value compares with the column");
            }
            sqlx::query("INSERT INTO stored (id, sample, zone, maybe) VALUES (10, 'one', 'Europe/Berlin', NULL)")
                .execute(&mut *c)
                .await
                .unwrap();
            let row: Row = sqlx::query_as("SELECT sample, zone, maybe FROM stored WHERE id = 10")
                .fetch_one(&mut *c)
                .await
                .unwrap();
            assert_eq!(row.maybe, None);

            // Anything else stored is an error naming the type and the text, never a default.
            for (id, sql) in [
                (11, "INSERT INTO stored (id, sample, zone) VALUES (11, 'three', 'Europe/Berlin')"),
                (12, "INSERT INTO stored (id, sample, zone) VALUES (12, 'One', 'Europe/Berlin')"),
                (13, "INSERT INTO stored (id, sample, zone) VALUES (13, 'one', 'Mars/Olympus_Mons')"),
                (14, "INSERT INTO stored (id, sample, zone, maybe) VALUES (14, 'one', 'Europe/Berlin', '')"),
            ] {
                sqlx::query(sql).execute(&mut *c).await.unwrap();
                let err = sqlx::query_as::<_, Row>("SELECT sample, zone, maybe FROM stored WHERE id = $1")
                    .bind(id)
                    .fetch_one(&mut *c)
                    .await
                    .unwrap_err();
                let sqlx::Error::ColumnDecode { source, .. } = &err else {
                    panic!("{id}: not a decode error: {err:?}")
                };
                let unknown = source.downcast_ref::<UnknownValue>().expect("an UnknownValue");
                let expected = match id {
                    11 => ("Sample", "three"),
                    12 => ("Sample", "One"),
                    13 => ("time zone", "Mars/Olympus_Mons"),
                    _ => ("Sample", ""),
                };
                assert_eq!((unknown.kind, unknown.value.as_str()), expected);
                assert!(err.to_string().contains(&format!("{:?}", expected.1)), "the message names the value: {err}");
                let scalar = sqlx::query_scalar::<_, Sample>("SELECT sample FROM stored WHERE id = $1")
                    .bind(id)
                    .fetch_one(&mut *c)
                    .await;
                assert_eq!(scalar.is_err(), id != 13 && id != 14, "{id}: {scalar:?}");
            }
        });
        tx.rollback().await.unwrap();
    }

    #[test]
    fn spellings_and_order() {
        assert_eq!(Sample::ALL, [Sample::One, Sample::TwoWords]);
        assert_eq!(Sample::TwoWords.as_str(), "two_words");
        assert_eq!(Sample::parse("two_words"), Some(Sample::TwoWords));
        assert_eq!(Sample::parse("TwoWords"), None);
        assert_eq!(Sample::TwoWords.to_string(), "two_words");
        assert_eq!(serde_json::to_string(&Sample::One).unwrap(), "\"one\"");
        assert_eq!(Zone::parse("America/New_York").map(Zone::name), Some("America/New_York"));
        assert_eq!(Zone::parse("UTC+2"), None);
    }

    /// The write-ahead log reaches the file without the writer checkpointing (its own
    /// threshold, `WRITER_CHECKPOINT_PAGES`, is far above this write).
    #[tokio::test]
    async fn the_log_is_checkpointed_off_the_writer() {
        let dir = std::env::temp_dir().join(format!("failnight-checkpoints-{}", crate::token::new_token()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("db.sqlite");
        let db = Db::connect(&format!("sqlite://{}", file.display()), &DbOptions::default()).await.unwrap();
        let mut tx = db.begin().await.unwrap();
        let Tx::Sqlite(t) = &mut tx else { unreachable!() };
        sqlx::query("CREATE TABLE blobs (b BLOB)").execute(&mut **t).await.unwrap();
        sqlx::query("INSERT INTO blobs VALUES (zeroblob(1048576))").execute(&mut **t).await.unwrap();
        tx.commit().await.unwrap();
        let size = || std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while size() < 1_048_576 && std::time::Instant::now() < deadline {
            tokio::time::sleep(super::CHECKPOINT_EVERY).await;
        }
        assert!(size() >= 1_048_576, "the file holds {} bytes", size());
        db.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A statement on its own (`with_writer!`) waits while another connection to the file (a
    /// second process) holds the write lock, then applies to what that one committed: it
    /// neither fails with `SQLITE_BUSY` nor writes over a stale snapshot.
    #[tokio::test]
    async fn a_statement_on_its_own_waits_for_another_writer() {
        use sqlx::Connection;
        let dir = std::env::temp_dir().join(format!("failnight-writer-{}", crate::token::new_token()));
        std::fs::create_dir_all(&dir).unwrap();
        let url = format!("sqlite://{}", dir.join("db.sqlite").display());
        let db = Db::connect(&url, &DbOptions::default()).await.unwrap();
        let mut tx = db.begin().await.unwrap();
        crate::with_tx!(&mut tx, |c| sqlx::raw_sql("CREATE TABLE t (n BIGINT); INSERT INTO t VALUES (0)")
            .execute(c)
            .await
            .map(drop))
        .unwrap();
        tx.commit().await.unwrap();
        let mut other = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::raw_sql("BEGIN IMMEDIATE; UPDATE t SET n = 1").execute(&mut other).await.unwrap();
        let writing = tokio::spawn({
            let db = db.clone();
            async move {
                crate::with_writer!(&db, |e| sqlx::query_scalar::<_, i64>("UPDATE t SET n = n + 10 RETURNING n")
                    .fetch_one(e)
                    .await)
            }
        });
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert!(!writing.is_finished(), "the statement waits for the lock: {:?}", writing.await);
        sqlx::raw_sql("COMMIT").execute(&mut other).await.unwrap();
        assert_eq!(writing.await.unwrap().unwrap(), 11, "written over the other's commit");
        other.close().await.unwrap();
        db.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// What a failed attempt wrote is undone, what a good one wrote stays, and the transaction
    /// goes on (a transaction of `db` rolled back at the end, on a temporary table).
    async fn attempts(db: &Db) {
        let mut tx = db.begin().await.unwrap();
        crate::with_tx!(&mut tx, |c| sqlx::query("CREATE TEMPORARY TABLE tried (n BIGINT PRIMARY KEY)")
            .execute(c)
            .await
            .map(drop))
        .unwrap();
        let insert = async |tx: &mut Tx, n: i64| {
            crate::with_tx!(tx, |c| sqlx::query("INSERT INTO tried (n) VALUES ($1)").bind(n).execute(c).await.map(drop))
        };
        let good = tx.attempt(async |tx| insert(tx, 1).await).await.unwrap();
        assert!(good.is_ok());
        // The second write fails (the same key): the first of the attempt is undone with it.
        let bad = tx
            .attempt(async |tx| {
                insert(tx, 2).await?;
                insert(tx, 1).await
            })
            .await
            .unwrap();
        assert!(bad.is_err());
        let good = tx.attempt(async |tx| insert(tx, 3).await).await.unwrap();
        assert!(good.is_ok(), "the transaction goes on after a failed attempt: {good:?}");
        let kept: Vec<i64> =
            crate::with_tx!(&mut tx, |c| sqlx::query_scalar("SELECT n FROM tried ORDER BY n").fetch_all(c).await)
                .unwrap();
        assert_eq!(kept, [1, 3]);
        tx.rollback().await.unwrap();
    }

    #[tokio::test]
    async fn a_failed_attempt_is_undone_alone() {
        attempts(&Db::connect("sqlite::memory:", &DbOptions::default()).await.unwrap()).await;
        let Ok(url) = std::env::var("FAILNIGHT_TEST_POSTGRES_URL") else {
            eprintln!("SKIPPED: FAILNIGHT_TEST_POSTGRES_URL is not set");
            return;
        };
        attempts(&Db::connect(&url, &DbOptions { max_connections: 2, ..DbOptions::default() }).await.unwrap()).await;
    }

    #[tokio::test]
    async fn stored_text_round_trips_and_refuses_unknown_values_on_sqlite() {
        let db = Db::connect("sqlite::memory:", &DbOptions::default()).await.unwrap();
        assert!(matches!(db.begin().await.unwrap(), Tx::Sqlite(_)));
        check(&db).await;
    }

    /// A statement past `statement_timeout` fails instead of waiting; migrating is not limited.
    #[tokio::test]
    async fn statements_have_a_deadline_on_postgres() {
        let Ok(url) = std::env::var("FAILNIGHT_TEST_POSTGRES_URL") else {
            eprintln!("SKIPPED: FAILNIGHT_TEST_POSTGRES_URL is not set");
            return;
        };
        let options = DbOptions {
            max_connections: 2,
            statement_timeout: Some(std::time::Duration::from_millis(200)),
            ..DbOptions::default()
        };
        let db = Db::connect(&url, &options).await.unwrap();
        let Db::Postgres(pool) = &db else { unreachable!() };
        let started = std::time::Instant::now();
        let error = sqlx::query("SELECT pg_sleep(5)").execute(pool).await.unwrap_err();
        assert!(error.to_string().contains("statement timeout"), "{error}");
        assert!(started.elapsed() < std::time::Duration::from_secs(3));
        let limit: String = sqlx::query_scalar("SHOW statement_timeout").fetch_one(pool).await.unwrap();
        assert_eq!(limit, "200ms");
    }

    #[tokio::test]
    async fn stored_text_round_trips_and_refuses_unknown_values_on_postgres() {
        let Ok(url) = std::env::var("FAILNIGHT_TEST_POSTGRES_URL") else {
            eprintln!("SKIPPED: FAILNIGHT_TEST_POSTGRES_URL is not set");
            return;
        };
        let db = Db::connect(&url, &DbOptions { max_connections: 2, ..DbOptions::default() }).await.unwrap();
        check(&db).await;
    }
}
