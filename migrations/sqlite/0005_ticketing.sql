-- Ticketing: the waitlist that promotes itself, offers, holds, plus-ones, approval, paid
-- tickets (Stripe), refunds and check-in (SQLite). Keep in step with ../postgres/0005_ticketing.sql.

-- Chapter settings owned by ticketing.
-- promotion_mode: 'auto' confirms the next waitlisted person when a seat frees (free tickets);
-- 'offer' offers the seat for offer_hours (never past the night's start).
ALTER TABLE chapters ADD COLUMN promotion_mode TEXT NOT NULL DEFAULT 'auto' CHECK (promotion_mode IN ('auto', 'offer'));
ALTER TABLE chapters ADD COLUMN offer_hours INTEGER NOT NULL DEFAULT 24 CHECK (offer_hours BETWEEN 1 AND 720);
-- "Still coming?" this many hours before the night; 0 = never ask.
ALTER TABLE chapters ADD COLUMN reconfirm_hours INTEGER NOT NULL DEFAULT 48 CHECK (reconfirm_hours BETWEEN 0 AND 720);
ALTER TABLE chapters ADD COLUMN max_plus_ones INTEGER NOT NULL DEFAULT 0 CHECK (max_plus_ones BETWEEN 0 AND 10);

-- The seat counter, rebuilt: it now mirrors the night's capacity and counts every seat in use
-- (confirmed and checked in, held by an open checkout, offered to the waitlist). The table
-- CHECK is the backstop of the invariant the conditional increments keep.
CREATE TABLE seat_counts_new (
    event_id        INTEGER PRIMARY KEY REFERENCES events(id),
    capacity        INTEGER NOT NULL CHECK (capacity >= 0),
    confirmed       INTEGER NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    held            INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0),
    offered         INTEGER NOT NULL DEFAULT 0 CHECK (offered >= 0),
    -- Per-night ticketing settings.
    approval        INTEGER NOT NULL DEFAULT 0,
    attendee_refund TEXT    NOT NULL DEFAULT 'full' CHECK (attendee_refund IN ('full', 'none')),
    CHECK (confirmed + held + offered <= capacity)
);
INSERT INTO seat_counts_new (event_id, capacity, confirmed)
    SELECT s.event_id, MAX(e.capacity, s.confirmed), s.confirmed FROM seat_counts s JOIN events e ON e.id = s.event_id;
DROP TABLE seat_counts;
ALTER TABLE seat_counts_new RENAME TO seat_counts;

-- Ticket types of a night: free, paid (price in minor units), pay what you want (minimum).
CREATE TABLE ticket_types (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events(id),
    name       TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('free', 'paid', 'pwyw')),
    price      INTEGER NOT NULL DEFAULT 0 CHECK (price >= 0),
    currency   TEXT    NOT NULL DEFAULT 'eur',
    created_at INTEGER NOT NULL
);
CREATE INDEX ticket_types_event ON ticket_types (event_id, id);

-- RSVPs, rebuilt for the new states and what they carry.
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
    -- What the QR code carries: unguessable, and not the ticket token (door staff scanning it
    -- cannot cancel the ticket).
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
    refunded_amount     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (event_id, email)
);
INSERT INTO rsvps_new (id, event_id, name, email, status, token, created_at, updated_at, checkin_code)
    SELECT id, event_id, name, email, status, token, created_at, updated_at, lower(hex(randomblob(24))) FROM rsvps;
DROP TABLE rsvps;
ALTER TABLE rsvps_new RENAME TO rsvps;
CREATE INDEX rsvps_event_status ON rsvps (event_id, status, id);
CREATE INDEX rsvps_offer_due ON rsvps (offer_expires_at) WHERE status = 'offered';
CREATE INDEX rsvps_hold_due ON rsvps (hold_expires_at) WHERE status = 'held';

-- Stripe webhook events, recorded once per Stripe event id: replays are no-ops.
CREATE TABLE stripe_events (
    id          TEXT    PRIMARY KEY,
    type        TEXT    NOT NULL,
    received_at INTEGER NOT NULL
);

-- Refunds asked of Stripe (or reported by it).
CREATE TABLE refunds (
    id          INTEGER PRIMARY KEY,
    rsvp_id     INTEGER NOT NULL REFERENCES rsvps(id),
    stripe_id   TEXT    UNIQUE,
    amount      INTEGER NOT NULL,
    reason      TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
