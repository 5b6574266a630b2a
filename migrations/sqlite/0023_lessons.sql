-- The lessons library (sqlite). Keep in step with ../postgres/0023_lessons.sql.

-- A speaker's recap of their talk, after the night: the lesson in one sentence, what happened,
-- what they would do differently. One per story, deleted with it. `state`: a draft (written by
-- the speaker, or by a host for the speaker to approve: `drafted_by`), published (with the
-- speaker's explicit yes), or withdrawn by the speaker (its page then answers 410 Gone; the
-- text stays for the speaker alone, who may publish it again). `language` is the lesson's own
-- until chapters have one (issue #18); `year` is the year of the night, in its zone.
CREATE TABLE lessons (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL UNIQUE REFERENCES submissions(id) ON DELETE CASCADE,
    chapter_id    INTEGER NOT NULL REFERENCES chapters(id),
    event_id      INTEGER NOT NULL REFERENCES events(id),
    state         TEXT    NOT NULL CHECK (state IN ('draft', 'published', 'withdrawn')),
    drafted_by    TEXT    NOT NULL CHECK (drafted_by IN ('speaker', 'host')),
    lesson        TEXT    NOT NULL CHECK (lesson <> ''),
    happened      TEXT    NOT NULL DEFAULT '',
    differently   TEXT    NOT NULL DEFAULT '',
    language      TEXT    NOT NULL DEFAULT 'en',
    year          INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    published_at  INTEGER,
    CHECK (state <> 'published' OR published_at IS NOT NULL)
);
-- The library's orders and filters read published lessons only, newest first.
CREATE INDEX lessons_newest ON lessons (published_at DESC, id DESC) WHERE state = 'published';
CREATE INDEX lessons_chapter ON lessons (chapter_id, published_at DESC, id DESC) WHERE state = 'published';
CREATE INDEX lessons_year ON lessons (year, published_at DESC, id DESC) WHERE state = 'published';
CREATE INDEX lessons_language ON lessons (language, published_at DESC, id DESC) WHERE state = 'published';

-- A lesson's topics, from the fixed list of failure causes (`lessons::Topic`).
CREATE TABLE lesson_topics (
    lesson_id INTEGER NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    topic     TEXT    NOT NULL CHECK (topic IN ('team', 'money', 'product', 'customers', 'hiring', 'health',
                                                'legal', 'growth', 'delivery', 'personal')),
    PRIMARY KEY (lesson_id, topic)
);
CREATE INDEX lesson_topics_topic ON lesson_topics (topic, lesson_id);

-- Full-text search over published lessons only (FTS5, English stemming). Triggers keep it in
-- step with `lessons`: a lesson enters when published and leaves when withdrawn, edited back
-- to a draft or deleted (also by the cascade from its story). `secure-delete` overwrites a
-- removed lesson's words in the index instead of leaving them until the next merge.
CREATE VIRTUAL TABLE lessons_fts USING fts5(lesson, happened, differently,
    tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO lessons_fts (lessons_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER lessons_fts_insert AFTER INSERT ON lessons WHEN new.state = 'published' BEGIN
    INSERT INTO lessons_fts (rowid, lesson, happened, differently) VALUES (new.id, new.lesson, new.happened, new.differently);
END;
CREATE TRIGGER lessons_fts_update AFTER UPDATE ON lessons BEGIN
    DELETE FROM lessons_fts WHERE rowid = old.id;
    INSERT INTO lessons_fts (rowid, lesson, happened, differently)
        SELECT new.id, new.lesson, new.happened, new.differently WHERE new.state = 'published';
END;
CREATE TRIGGER lessons_fts_delete AFTER DELETE ON lessons BEGIN
    DELETE FROM lessons_fts WHERE rowid = old.id;
END;
