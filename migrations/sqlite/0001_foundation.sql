-- Foundation schema (SQLite). Keep in step with ../postgres/0001_foundation.sql.
-- Instants are INTEGER milliseconds since the Unix epoch (UTC) on both backends; local
-- wall-clock times are TEXT 'YYYY-MM-DDTHH:MM' next to their IANA zone.

CREATE TABLE chapters (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    timezone    TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE venues (
    id          INTEGER PRIMARY KEY,
    chapter_id  INTEGER NOT NULL REFERENCES chapters(id),
    name        TEXT    NOT NULL,
    address     TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (chapter_id, name, address)
);

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    chapter_id   INTEGER NOT NULL REFERENCES chapters(id),
    uid          TEXT    NOT NULL UNIQUE,
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL DEFAULT '',
    timezone     TEXT    NOT NULL,
    starts_local TEXT    NOT NULL,
    ends_local   TEXT    NOT NULL,
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL,
    venue_id     INTEGER NOT NULL REFERENCES venues(id),
    capacity     INTEGER NOT NULL CHECK (capacity >= 0),
    status       TEXT    NOT NULL CHECK (status IN ('draft', 'published', 'cancelled')),
    sequence     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX events_chapter_starts ON events (chapter_id, starts_at);

CREATE TABLE hosts (
    id         INTEGER PRIMARY KEY,
    email      TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE chapter_hosts (
    chapter_id INTEGER NOT NULL REFERENCES chapters(id),
    host_id    INTEGER NOT NULL REFERENCES hosts(id),
    role       TEXT    NOT NULL CHECK (role IN ('owner', 'host', 'door')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (chapter_id, host_id)
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    host_id      INTEGER NOT NULL REFERENCES hosts(id),
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    revoked_at   INTEGER
);

-- Seats taken per event, owned by ticketing. The counter moves in the same transaction as the
-- RSVP that takes the seat, so `confirmed` always equals the number of confirmed RSVPs.
CREATE TABLE seat_counts (
    event_id  INTEGER PRIMARY KEY REFERENCES events(id),
    confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed >= 0)
);

CREATE TABLE rsvps (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events(id),
    name       TEXT    NOT NULL,
    email      TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    token      TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (event_id, email)
);
CREATE INDEX rsvps_event_status ON rsvps (event_id, status, id);

-- The email outbox: one row per email, written in the transaction that causes it.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT    NOT NULL UNIQUE,
    message_id      TEXT    NOT NULL UNIQUE,
    category        TEXT    NOT NULL CHECK (category IN ('transactional', 'optional')),
    to_email        TEXT    NOT NULL,
    to_name         TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body_text       TEXT    NOT NULL,
    body_html       TEXT    NOT NULL,
    ics_method      TEXT,
    ics             TEXT,
    event_id        INTEGER REFERENCES events(id),
    created_at      INTEGER NOT NULL,
    available_at    INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    lease_token     TEXT,
    leased_until    INTEGER,
    sent_at         INTEGER,
    failed_at       INTEGER,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (available_at) WHERE sent_at IS NULL AND failed_at IS NULL;
