//! Health checks, the OpenAPI document, pages that do not exist, and the CLI's answers.

use serde_json::Value;

use crate::support::{TestApp, both_backends};

both_backends!(health_openapi_and_not_found, cli_refuses_bad_input_with_exit_code_2);

async fn health_openapi_and_not_found(app: TestApp) {
    assert_eq!(app.get("/healthz").await.status(), 200);
    assert_eq!(app.get("/readyz").await.status(), 200);
    let openapi: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(openapi["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/v1/chapters/{slug}/events", "/api/v1/events/{id}", "/api/v1/events/{id}/rsvps"] {
        assert!(openapi["paths"][path].is_object(), "OpenAPI lacks {path}");
    }
    assert!(openapi["components"]["schemas"]["ErrorBody"].is_object());
    let missing = app.get("/c/nowhere").await;
    assert_eq!(missing.status(), 404);
    assert!(missing.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    assert_eq!(app.get("/t/not-a-ticket").await.status(), 404);
    assert_eq!(app.get("/e/1/event.ics").await.status(), 404);
    let index = app.get("/").await;
    assert_eq!(index.status(), 200);
    app.stop().await;
}

async fn cli_refuses_bad_input_with_exit_code_2(app: TestApp) {
    app.chapter("berlin", "Europe/Berlin").await;
    let cases: &[&[&str]] = &[
        &["chapter", "create", "--slug", "berlin", "--name", "Again", "--timezone", "Europe/Berlin"],
        &["chapter", "create", "--slug", "mars", "--name", "Mars", "--timezone", "Mars/Olympus"],
        &["chapter", "create", "--slug", "Not A Slug", "--name", "X", "--timezone", "UTC"],
        &["host", "add", "--chapter", "berlin", "--email", "not-an-email"],
        &["host", "add", "--chapter", "nowhere", "--email", "a@example.org"],
        &["host", "add", "--chapter", "berlin", "--email", "a@example.org", "--role", "king"],
        &["chapter", "create", "--slug", "x"],
    ];
    for args in cases {
        let error = app.cli(args).await.expect_err(&format!("{args:?} must fail"));
        assert_eq!(error.exit_code(), 2, "{args:?}: {}", error.message());
        assert!(!error.message().contains('\n'), "one line: {}", error.message());
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM chapters").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM hosts").await, 0);
    // A token is printed once and stored only as a hash.
    let token = app.host_token("berlin", "host@example.org").await;
    assert!(token.starts_with("fn_") && token.len() > 30);
    assert_eq!(app.count("SELECT COUNT(*) FROM api_tokens").await, 1);
    let stored: String =
        failnight_core::with_db!(app.db(), |e| sqlx::query_scalar("SELECT token_hash FROM api_tokens")
            .fetch_one(e)
            .await)
        .unwrap();
    assert_ne!(stored, token);
    assert_eq!(stored, failnight_core::token::hash_token(&token));
    app.stop().await;
}
