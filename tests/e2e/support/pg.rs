//! A fresh PostgreSQL database per test, dropped afterwards (even when the test panics).

use std::{io::Write, sync::OnceLock, time::Duration};

use sqlx::{Connection, PgConnection};

pub const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

pub fn admin_url() -> String {
    std::env::var("FAILNIGHT_TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_URL.to_string())
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Says loudly (once per test run, past the test harness's output capture) that the
/// PostgreSQL half is skipped; under CI=true that is a failure instead.
fn unreachable(url: &str, error: &str) {
    if in_ci() {
        panic!("PostgreSQL is not reachable at {url} ({error}), and CI=true requires it");
    }
    static WARNED: OnceLock<()> = OnceLock::new();
    WARNED.get_or_init(|| {
        let _ = writeln!(
            std::io::stderr(),
            "\n\
             ************************************************************************\n\
             *  SKIPPED: the PostgreSQL half of the suite. PostgreSQL is not        *\n\
             *  reachable at {url}\n\
             *  ({error})\n\
             *  Set FAILNIGHT_TEST_POSTGRES_URL or start PostgreSQL to run it.      *\n\
             ************************************************************************\n"
        );
    });
}

/// A database that exists for one test.
pub struct TestDatabase {
    pub url: String,
    name: String,
    admin: String,
}

impl TestDatabase {
    /// Creates a fresh database, or `None` (after saying so) when PostgreSQL is unreachable.
    pub async fn create() -> Option<TestDatabase> {
        let admin = admin_url();
        let mut conn = match tokio::time::timeout(Duration::from_secs(5), PgConnection::connect(&admin)).await {
            Ok(Ok(conn)) => conn,
            Ok(Err(error)) => {
                unreachable(&admin, &error.to_string());
                return None;
            }
            Err(_) => {
                unreachable(&admin, "timed out");
                return None;
            }
        };
        let name =
            format!("failnight_test_{}", failnight_core::token::new_token().to_lowercase().replace(['-', '_'], ""));
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .expect("create a test database");
        let _ = conn.close().await;
        let url = with_database(&admin, &name);
        Some(TestDatabase { url, name, admin })
    }
}

/// The admin URL with its database name replaced.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[scheme_end..].find('/').map_or(base.len(), |i| scheme_end + i);
    let mut out = format!("{}/{name}", &base[..path_start]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (admin, name) = (self.admin.clone(), self.name.clone());
        // Drop may run inside the test's runtime (or while it unwinds): use a thread of its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(async {
                if let Ok(mut conn) = PgConnection::connect(&admin).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                        .execute(&mut conn)
                        .await;
                }
            });
        })
        .join();
    }
}

#[test]
fn database_urls() {
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:5432/postgres", "x"),
        "postgres://postgres@127.0.0.1:5432/x"
    );
    assert_eq!(with_database("postgres://u:p@h/db?sslmode=disable", "x"), "postgres://u:p@h/x?sslmode=disable");
    assert_eq!(with_database("postgres://h:5432", "x"), "postgres://h:5432/x");
}
