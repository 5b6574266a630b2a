-- Feedback after the night (sqlite). Keep in step with ../postgres/0021_feedback.sql.

-- One form per ticket, made when the morning after's email is queued. The link's token is
-- stored only as its SHA-256. Personal data of the night: deleted with it (cancelled), after
-- the chapter's retention, and with the ticket.
CREATE TABLE feedback_forms (
    rsvp_id     INTEGER PRIMARY KEY REFERENCES rsvps(id) ON DELETE CASCADE,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL,
    -- First answered; NULL: not answered yet.
    answered_at INTEGER,
    updated_at  INTEGER,
    takeaway    TEXT    CHECK (takeaway IS NULL OR length(takeaway) BETWEEN 1 AND 280),
    come_again  TEXT    CHECK (come_again IS NULL OR come_again IN ('yes', 'maybe', 'no'))
);
CREATE INDEX feedback_forms_event ON feedback_forms (event_id);

-- A response's answer about one talk of the night: a rating, a comment, or both. Deleted
-- with the talk's story. A comment is 'pending' until a host releases or hides it; its
-- version grows with every new text, and a host moderates the version they read.
CREATE TABLE feedback_talks (
    id              INTEGER PRIMARY KEY,
    rsvp_id         INTEGER NOT NULL REFERENCES feedback_forms(rsvp_id) ON DELETE CASCADE,
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    submission_id   INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    rating          INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    comment         TEXT    CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 1000),
    comment_status  TEXT    CHECK (comment_status IS NULL OR comment_status IN ('pending', 'released', 'hidden')),
    comment_version INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL,
    UNIQUE (rsvp_id, submission_id),
    CHECK ((comment IS NULL) = (comment_status IS NULL)),
    CHECK (rating IS NOT NULL OR comment IS NOT NULL)
);
CREATE INDEX feedback_talks_talk ON feedback_talks (submission_id, comment_status);
CREATE INDEX feedback_talks_event ON feedback_talks (event_id);
