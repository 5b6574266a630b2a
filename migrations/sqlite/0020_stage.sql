-- The stage on the night and the audience's questions (sqlite). Keep in step with
-- ../postgres/0020_stage.sql.

-- Where a night's stage is: the segment of its program and the slide within it, when that
-- segment or slide started (server clock, ms; NULL: not started), and when it was paused.
-- Every control action is a conditional write on `version` (`... WHERE version = $read`).
CREATE TABLE stage_states (
    event_id   INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    segment    INTEGER NOT NULL DEFAULT 0 CHECK (segment >= 0),
    slide      INTEGER NOT NULL DEFAULT 0 CHECK (slide >= 0),
    started_at INTEGER,
    paused_at  INTEGER,
    version    INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    CHECK (paused_at IS NULL OR started_at IS NOT NULL)
);

-- Questions from the audience for one talk of the night. Personal data of the night: deleted
-- with it (cancelled), with the talk, and after the chapter's retention. `client_key` is a
-- hash of the asker's browser cookie with the night, never an address.
CREATE TABLE stage_questions (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    text          TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 280),
    name          TEXT    CHECK (name IS NULL OR length(name) BETWEEN 1 AND 60),
    status        TEXT    NOT NULL DEFAULT 'pending',
    votes         INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    client_key    TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX stage_questions_talk ON stage_questions (event_id, submission_id, status);

-- One vote per question and voter (a hash of the voter's cookie with the night).
CREATE TABLE stage_votes (
    question_id INTEGER NOT NULL REFERENCES stage_questions(id) ON DELETE CASCADE,
    voter_key   TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (question_id, voter_key)
);
