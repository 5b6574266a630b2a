//! The HTTP edge: limits count the client behind a trusted proxy (and only behind one), slow
//! clients hold neither write turns nor sockets, one client has a bounded share of the server,
//! and neither `--help` nor the logs show a secret or a token.

/// Secret values: in the environment of `failnight --help`, and in flags for `Debug`.
const SECRETS: [(&str, &str, &str); 4] = [
    ("FAILNIGHT_DATABASE_URL", "--database-url", "postgres://app:db-pass-41@db.invalid/nights?password=db-pass-41"),
    ("FAILNIGHT_SMTP_URL", "--smtp-url", "smtp://mailer:smtp-pass-42@mail.invalid:587"),
    ("FAILNIGHT_STRIPE_SECRET_KEY", "--stripe-secret-key", "sk_test_stripe-key-43"),
    ("FAILNIGHT_STRIPE_WEBHOOK_SECRET", "--stripe-webhook-secret", "whsec_webhook-44"),
];
const SECRET_PARTS: [&str; 4] = ["db-pass-41", "smtp-pass-42", "stripe-key-43", "webhook-44"];

#[tokio::test]
async fn help_and_debug_show_no_secret() {
    for args in [&["--help"][..], &["serve", "--help"], &["worker", "--help"], &["migrate", "--help"]] {
        let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_failnight"))
            .args(args)
            .envs(SECRETS.iter().map(|(env, _, value)| (env, value)))
            .output()
            .await
            .unwrap();
        assert!(output.status.success(), "{args:?}");
        let shown = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(shown.contains("FAILNIGHT_SMTP_URL"), "the help: {shown}");
        for secret in SECRET_PARTS {
            assert!(!shown.contains(secret), "`failnight {}` shows {secret}:\n{shown}", args.join(" "));
        }
    }
    let mut args = vec!["failnight"];
    for (_, flag, value) in SECRETS {
        args.extend([flag, value]);
    }
    args.push("migrate");
    let matches = failnight_gateway::cli::command().try_get_matches_from(&args).unwrap();
    let cli = <failnight_gateway::cli::Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap();
    let shown = format!("{cli:?} {:#?}", cli.settings);
    for secret in SECRET_PARTS {
        assert!(!shown.contains(secret), "Debug shows {secret}: {shown}");
    }
    assert!(shown.contains("db.invalid"), "Debug still shows where the database is: {shown}");
    // A refused setting is named, its password hidden.
    let refused = failnight_gateway::cli::run_args(["failnight", "--database-url", "mysql://root:pw-45@db", "migrate"])
        .await
        .expect_err("not a database we speak");
    assert!(refused.message().contains("FAILNIGHT_DATABASE_URL") && !refused.message().contains("pw-45"));
}
