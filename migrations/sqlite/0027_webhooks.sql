-- Webhooks (sqlite). Keep in step with ../postgres/0027_webhooks.sql.

-- A chapter's endpoints: where its events are posted, signed with the endpoint's secret (kept
-- as is: it signs every delivery). Registered and removed by the chapter's owners. A paused
-- endpoint keeps its deliveries queued until an owner resumes it.
CREATE TABLE webhook_endpoints (
    id            INTEGER PRIMARY KEY,
    chapter_id    INTEGER NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
    url           TEXT NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
    secret        TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 200),
    created_at    INTEGER NOT NULL,
    -- Attempts failed in a row since the last success.
    failures      INTEGER NOT NULL DEFAULT 0,
    paused_at     INTEGER,
    paused_reason TEXT
);
CREATE INDEX webhook_endpoints_chapter ON webhook_endpoints (chapter_id);

-- The events an endpoint receives, one row per kind.
CREATE TABLE webhook_subscriptions (
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    PRIMARY KEY (endpoint_id, kind)
);

-- The webhooks' outbox: one row per (endpoint, event), written in the transaction of the
-- change, claimed with a lease like the email outbox, retried with growing pauses. The
-- payload names objects by id only (no guest's name or address, no story's words).
CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,
    endpoint_id     INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    event_id        TEXT NOT NULL,
    kind            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    available_at    INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    lease_token     TEXT,
    leased_until    INTEGER,
    delivered_at    INTEGER,
    failed_at       INTEGER,
    last_attempt_at INTEGER,
    last_status     INTEGER,
    last_response   TEXT,
    last_error      TEXT,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (available_at)
    WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);
CREATE INDEX webhook_deliveries_created ON webhook_deliveries (created_at);
