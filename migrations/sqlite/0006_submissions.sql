-- The call for stories (SQLite): speakers' submissions, hosts' reviews, the lineup of a night,
-- and each chapter's call settings. Keep in step with ../postgres/0006_submissions.sql.

-- A chapter's call for stories. A chapter without a row has the defaults (closed call).
-- The decision texts are the hosts' own words, rendered as plain text; empty: our default.
CREATE TABLE story_settings (
    chapter_id            INTEGER PRIMARY KEY REFERENCES chapters(id),
    call_open             INTEGER NOT NULL DEFAULT 0,
    call_text             TEXT    NOT NULL DEFAULT '',
    blind_review          INTEGER NOT NULL DEFAULT 0,
    confirm_reminder_days INTEGER NOT NULL DEFAULT 5 CHECK (confirm_reminder_days BETWEEN 1 AND 60),
    retention_months      INTEGER NOT NULL DEFAULT 6 CHECK (retention_months BETWEEN 1 AND 60),
    call_minutes          INTEGER NOT NULL DEFAULT 45 CHECK (call_minutes BETWEEN 0 AND 240),
    talk_minutes          INTEGER NOT NULL DEFAULT 7 CHECK (talk_minutes BETWEEN 1 AND 60),
    qa_minutes            INTEGER NOT NULL DEFAULT 5 CHECK (qa_minutes BETWEEN 0 AND 60),
    accept_text           TEXT    NOT NULL DEFAULT '',
    reject_text           TEXT    NOT NULL DEFAULT '',
    waitlist_text         TEXT    NOT NULL DEFAULT '',
    updated_at            INTEGER NOT NULL
);

-- One speaker's story. `token` makes the speaker's private link (/s/{token}); `event_id` and
-- `slot` place a confirmed talk in a night's lineup. `decided_at` is the last change of state
-- (the retention clock of rejected, declined and withdrawn stories).
CREATE TABLE submissions (
    id                INTEGER PRIMARY KEY,
    chapter_id        INTEGER NOT NULL REFERENCES chapters(id),
    token             TEXT    NOT NULL UNIQUE,
    state             TEXT    NOT NULL CHECK (state IN ('submitted', 'accepted', 'rejected', 'waitlisted',
                                                        'confirmed', 'declined', 'withdrawn')),
    name              TEXT    NOT NULL,
    email             TEXT    NOT NULL,
    appearance        TEXT    NOT NULL CHECK (appearance IN ('real_name', 'stage_name', 'anonymous')),
    stage_name        TEXT    NOT NULL DEFAULT '',
    title             TEXT    NOT NULL,
    teaser            TEXT    NOT NULL DEFAULT '',
    story_project     TEXT    NOT NULL,
    story_wrong       TEXT    NOT NULL,
    story_learned     TEXT    NOT NULL,
    story_differently TEXT    NOT NULL,
    preferred_months  TEXT    NOT NULL DEFAULT '',
    consent_photos    TEXT    NOT NULL CHECK (consent_photos IN ('no', 'yes', 'ask')),
    consent_recording TEXT    NOT NULL CHECK (consent_recording IN ('no', 'yes', 'ask')),
    consent_slides    TEXT    NOT NULL CHECK (consent_slides IN ('no', 'yes', 'ask')),
    content_notes     TEXT    NOT NULL DEFAULT '',
    coc_accepted_at   INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    decided_at        INTEGER,
    reminded_at       INTEGER,
    hosts_alerted_at  INTEGER,
    event_id          INTEGER REFERENCES events(id),
    slot              INTEGER
);
CREATE INDEX submissions_chapter_state ON submissions (chapter_id, state, id);
CREATE INDEX submissions_event ON submissions (event_id, slot);

-- One host's score (1-5) and comment on a story.
CREATE TABLE story_reviews (
    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    host_id       INTEGER NOT NULL REFERENCES hosts(id),
    score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment       TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (submission_id, host_id)
);
