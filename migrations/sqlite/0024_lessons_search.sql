-- The library's search, fast on common words (issue #17). Keep in step with
-- ../postgres/0024_lessons_search.sql.

-- FTS5 holds each published lesson under a key in publication order, newest lowest:
-- `-(published_at * 1000000 + id % 1000000)` (the library's "newest first", published_at then
-- id, as one integer), so newest first is the index's own ascending rowid order (the way FTS5
-- reads a doclist lazily and skips through it; descending, it loads each doclist whole) and a
-- page stops after its rows instead of sorting every match. Its filters are words of a fourth
-- column, `tags` (`topic<name>0`, `lang<code>0`, `year<year>`, `chapter<id>`), so a word with a
-- topic is one intersection of two doclists in that order; the search reads `tags` only with
-- a column filter, so no typed word ever matches a tag. `lesson_id` maps a key back.
DROP TRIGGER lessons_fts_insert;
DROP TRIGGER lessons_fts_update;
DROP TRIGGER lessons_fts_delete;
DROP TABLE lessons_fts;
CREATE VIRTUAL TABLE lessons_fts USING fts5(lesson, happened, differently, tags, lesson_id UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO lessons_fts (lessons_fts, rank) VALUES ('secure-delete', 1);

-- The one definition of a published lesson's row, as a view the triggers read.
CREATE VIEW lessons_fts_rows AS
    SELECT l.id AS lesson_id, -(l.published_at * 1000000 + l.id % 1000000) AS key, l.lesson, l.happened, l.differently,
           'year' || l.year || ' lang' || l.language || '0 chapter' || l.chapter_id || ' ' ||
           COALESCE((SELECT group_concat('topic' || t.topic || '0', ' ') FROM lesson_topics t WHERE t.lesson_id = l.id), '')
               AS tags
    FROM lessons l WHERE l.state = 'published';

INSERT INTO lessons_fts (rowid, lesson, happened, differently, tags, lesson_id)
    SELECT key, lesson, happened, differently, tags, lesson_id FROM lessons_fts_rows;

-- A lesson enters when published and leaves when withdrawn, edited back to a draft or deleted
-- (also by the cascade from its story); its row is written again when its text, language,
-- year or topics change.
CREATE TRIGGER lessons_fts_insert AFTER INSERT ON lessons WHEN new.state = 'published' BEGIN
    INSERT INTO lessons_fts (rowid, lesson, happened, differently, tags, lesson_id)
        SELECT key, lesson, happened, differently, tags, lesson_id FROM lessons_fts_rows WHERE lesson_id = new.id;
END;
CREATE TRIGGER lessons_fts_update AFTER UPDATE ON lessons BEGIN
    DELETE FROM lessons_fts WHERE old.state = 'published' AND rowid = -(old.published_at * 1000000 + old.id % 1000000);
    INSERT INTO lessons_fts (rowid, lesson, happened, differently, tags, lesson_id)
        SELECT key, lesson, happened, differently, tags, lesson_id FROM lessons_fts_rows WHERE lesson_id = new.id;
END;
CREATE TRIGGER lessons_fts_delete AFTER DELETE ON lessons WHEN old.state = 'published' BEGIN
    DELETE FROM lessons_fts WHERE rowid = -(old.published_at * 1000000 + old.id % 1000000);
END;
CREATE TRIGGER lessons_fts_topic_insert AFTER INSERT ON lesson_topics BEGIN
    DELETE FROM lessons_fts WHERE rowid = (SELECT key FROM lessons_fts_rows WHERE lesson_id = new.lesson_id);
    INSERT INTO lessons_fts (rowid, lesson, happened, differently, tags, lesson_id)
        SELECT key, lesson, happened, differently, tags, lesson_id FROM lessons_fts_rows WHERE lesson_id = new.lesson_id;
END;
CREATE TRIGGER lessons_fts_topic_delete AFTER DELETE ON lesson_topics BEGIN
    DELETE FROM lessons_fts WHERE rowid = (SELECT key FROM lessons_fts_rows WHERE lesson_id = old.lesson_id);
    INSERT INTO lessons_fts (rowid, lesson, happened, differently, tags, lesson_id)
        SELECT key, lesson, happened, differently, tags, lesson_id FROM lessons_fts_rows WHERE lesson_id = old.lesson_id;
END;

-- A counter of changes to the lessons and their topics, so a process may keep search results
-- until it moves (`lessons::Library`), whoever wrote.
CREATE TABLE lessons_changes (n INTEGER NOT NULL);
INSERT INTO lessons_changes (n) VALUES (0);
CREATE TRIGGER lessons_changes_insert AFTER INSERT ON lessons BEGIN UPDATE lessons_changes SET n = n + 1; END;
CREATE TRIGGER lessons_changes_update AFTER UPDATE ON lessons BEGIN UPDATE lessons_changes SET n = n + 1; END;
CREATE TRIGGER lessons_changes_delete AFTER DELETE ON lessons BEGIN UPDATE lessons_changes SET n = n + 1; END;
CREATE TRIGGER lessons_changes_topic_insert AFTER INSERT ON lesson_topics BEGIN UPDATE lessons_changes SET n = n + 1; END;
CREATE TRIGGER lessons_changes_topic_delete AFTER DELETE ON lesson_topics BEGIN UPDATE lessons_changes SET n = n + 1; END;
