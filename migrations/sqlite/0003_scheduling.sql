-- Venues with details, monthly series, and what a night needs to belong to one (SQLite).
-- Keep in step with ../postgres/0003_scheduling.sql.

ALTER TABLE venues ADD COLUMN map_url TEXT NOT NULL DEFAULT '';
ALTER TABLE venues ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity > 0);
ALTER TABLE venues ADD COLUMN accessibility TEXT NOT NULL DEFAULT '';
ALTER TABLE venues ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

-- A series: the same night every month. Occurrences are materialised as events ahead of time.
CREATE TABLE series (
    id               INTEGER PRIMARY KEY,
    chapter_id       INTEGER NOT NULL REFERENCES chapters(id),
    title            TEXT    NOT NULL,
    description      TEXT    NOT NULL DEFAULT '',
    venue_id         INTEGER NOT NULL REFERENCES venues(id),
    capacity         INTEGER NOT NULL CHECK (capacity > 0),
    start_time       TEXT    NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    rrule            TEXT    NOT NULL,
    starts_on        TEXT    NOT NULL,
    publish          INTEGER NOT NULL DEFAULT 1,
    status           TEXT    NOT NULL CHECK (status IN ('active', 'ended')),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

-- series_id + occurrence (the series' local date) name a night of a series; the unique index
-- makes materialisation idempotent however many workers run it at once.
ALTER TABLE events ADD COLUMN series_id INTEGER REFERENCES series(id);
ALTER TABLE events ADD COLUMN occurrence TEXT;
-- Edited on its own: edits of the series leave it alone.
ALTER TABLE events ADD COLUMN detached INTEGER NOT NULL DEFAULT 0;
-- The local start before the night was last moved, to say so on its page.
ALTER TABLE events ADD COLUMN moved_from TEXT;
CREATE UNIQUE INDEX events_series_occurrence ON events (series_id, occurrence);
