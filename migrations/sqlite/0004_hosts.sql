-- Host accounts: platform admins, sign-in links, sessions, chapter settings, audit log,
-- rate limits (SQLite). Keep in step with ../postgres/0004_hosts.sql.

ALTER TABLE chapters ADD COLUMN code_of_conduct TEXT NOT NULL DEFAULT '';
-- Minutes before a night that reminders go out, comma-separated (default: 1 day and 3 hours).
ALTER TABLE chapters ADD COLUMN reminder_offsets TEXT NOT NULL DEFAULT '1440,180';
ALTER TABLE api_tokens ADD COLUMN last_used_at INTEGER;

CREATE TABLE admins (
    host_id    INTEGER PRIMARY KEY REFERENCES hosts(id),
    created_at INTEGER NOT NULL
);

-- Magic links: only the hash of the token is stored; single use, short-lived.
CREATE TABLE sign_in_links (
    token_hash TEXT    PRIMARY KEY,
    host_id    INTEGER NOT NULL REFERENCES hosts(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);

-- Server-side sessions, revocable; the cookie holds the token, the table its hash.
CREATE TABLE sessions (
    token_hash   TEXT    PRIMARY KEY,
    host_id      INTEGER NOT NULL REFERENCES hosts(id),
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    revoked_at   INTEGER
);
CREATE INDEX sessions_host ON sessions (host_id);

-- Who did what, when. Sign-ins have no chapter and show in each chapter of the host.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    chapter_id INTEGER REFERENCES chapters(id),
    host_id    INTEGER REFERENCES hosts(id),
    action     TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX audit_log_chapter ON audit_log (chapter_id, id);

-- Fixed-window counters for rate limits, shared by every instance.
CREATE TABLE rate_limits (
    key          TEXT    PRIMARY KEY,
    window_start INTEGER NOT NULL,
    hits         INTEGER NOT NULL
);
