-- Reminders, unsubscribes and messages from hosts (SQLite).
-- Keep in step with ../postgres/0007_reminders.sql.

-- An email that must go out before this instant or not at all (a reminder for a night that
-- has started is dropped, not sent late).
ALTER TABLE outbox ADD COLUMN expires_at INTEGER;

-- A person's choice about optional mail (reminders, messages) from one chapter. The token
-- makes the unsubscribe link; transactional mail (confirmations, changes) is always sent.
CREATE TABLE mail_preferences (
    token           TEXT    PRIMARY KEY,
    chapter_id      INTEGER NOT NULL REFERENCES chapters(id),
    email           TEXT    NOT NULL,
    unsubscribed_at INTEGER,
    created_at      INTEGER NOT NULL,
    UNIQUE (chapter_id, email)
);

-- Messages hosts wrote to the guests of a night.
CREATE TABLE messages (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events(id),
    host_id    INTEGER REFERENCES hosts(id),
    audience   TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    recipients INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
