-- The code of conduct (sqlite). Keep in step with ../postgres/0028_conduct.sql.

-- When the guest accepted the chapter's code of conduct, booking (NULL: a walk-in, or booked
-- before the code was asked for).
ALTER TABLE rsvps ADD COLUMN coc_accepted_at INTEGER;

-- Reports of conduct, to the chapter's owners only: kept apart from everything else (no
-- audit detail, no export, no email body names what was reported), deleted after a year.
-- The reporter's name and address are optional (anonymous reports).
CREATE TABLE conduct_reports (
    id             INTEGER PRIMARY KEY,
    chapter_id     INTEGER NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
    event_id       INTEGER REFERENCES events(id) ON DELETE SET NULL,
    body           TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    reporter_name  TEXT CHECK (reporter_name IS NULL OR length(reporter_name) BETWEEN 1 AND 100),
    reporter_email TEXT CHECK (reporter_email IS NULL OR length(reporter_email) BETWEEN 3 AND 254),
    status         TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'closed')),
    note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX conduct_reports_chapter ON conduct_reports (chapter_id, id);
CREATE INDEX conduct_reports_created ON conduct_reports (created_at);
