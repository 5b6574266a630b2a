-- no-transaction
-- One active RSVP per email and night: a guest who cancelled may book again (a new RSVP, with
-- a new ticket); the cancelled one stays as history. SQLite cannot drop the table's
-- UNIQUE (event_id, email), so the table is rebuilt, with foreign keys off for the swap
-- (refunds point at rsvps), in one transaction of its own. Keep in step with
-- ../postgres/0008_rebook.sql.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TABLE rsvps_new (
    id                  INTEGER PRIMARY KEY,
    event_id            INTEGER NOT NULL REFERENCES events(id),
    name                TEXT    NOT NULL,
    email               TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('pending', 'confirmed', 'waitlisted', 'offered', 'held',
                                                           'checked_in', 'cancelled', 'declined')),
    token               TEXT    NOT NULL UNIQUE,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    plus_ones           INTEGER NOT NULL DEFAULT 0 CHECK (plus_ones >= 0),
    checkin_code        TEXT    NOT NULL UNIQUE,
    offer_expires_at    INTEGER,
    offers              INTEGER NOT NULL DEFAULT 0,
    hold_expires_at     INTEGER,
    checked_in_at       INTEGER,
    walk_in             INTEGER NOT NULL DEFAULT 0,
    cancelled_at        INTEGER,
    cancel_reason       TEXT,
    reconfirm_sent_at   INTEGER,
    reconfirmed_at      INTEGER,
    ticket_type_id      INTEGER REFERENCES ticket_types(id),
    amount              INTEGER,
    currency            TEXT,
    checkout_session_id TEXT UNIQUE,
    payment_intent      TEXT,
    paid_at             INTEGER,
    refunded_amount     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO rsvps_new (id, event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code,
                       offer_expires_at, offers, hold_expires_at, checked_in_at, walk_in, cancelled_at, cancel_reason,
                       reconfirm_sent_at, reconfirmed_at, ticket_type_id, amount, currency, checkout_session_id,
                       payment_intent, paid_at, refunded_amount)
    SELECT id, event_id, name, email, status, token, created_at, updated_at, plus_ones, checkin_code,
           offer_expires_at, offers, hold_expires_at, checked_in_at, walk_in, cancelled_at, cancel_reason,
           reconfirm_sent_at, reconfirmed_at, ticket_type_id, amount, currency, checkout_session_id,
           payment_intent, paid_at, refunded_amount
    FROM rsvps;
DROP TABLE rsvps;
ALTER TABLE rsvps_new RENAME TO rsvps;
CREATE INDEX rsvps_event_status ON rsvps (event_id, status, id);
CREATE INDEX rsvps_offer_due ON rsvps (offer_expires_at) WHERE status = 'offered';
CREATE INDEX rsvps_hold_due ON rsvps (hold_expires_at) WHERE status = 'held';
CREATE UNIQUE INDEX rsvps_one_active_per_email ON rsvps (event_id, email) WHERE status <> 'cancelled';
COMMIT;
PRAGMA foreign_keys = ON;
