-- The library's search, fast on common words (issue #17). Keep in step with
-- ../sqlite/0024_lessons_search.sql.

-- A lesson's topics also as an array on the lesson, kept by triggers from `lesson_topics`, so
-- the GIN index answers a word with a topic in one bitmap (both columns in one index)
-- instead of reading every lesson with the word to check its topics.
ALTER TABLE lessons ADD COLUMN topics TEXT[] NOT NULL DEFAULT '{}';
UPDATE lessons SET topics = (SELECT array_agg(t.topic ORDER BY t.topic) FROM lesson_topics t WHERE t.lesson_id = lessons.id)
    WHERE EXISTS (SELECT 1 FROM lesson_topics t WHERE t.lesson_id = lessons.id);
CREATE FUNCTION lessons_topics_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE lessons l SET topics =
        COALESCE((SELECT array_agg(t.topic ORDER BY t.topic) FROM lesson_topics t WHERE t.lesson_id = l.id), '{}')
    WHERE l.id IN (SELECT lesson_id FROM changed);
    RETURN NULL;
END
$$;
CREATE TRIGGER lessons_topics_insert AFTER INSERT ON lesson_topics REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION lessons_topics_sync();
CREATE TRIGGER lessons_topics_delete AFTER DELETE ON lesson_topics REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION lessons_topics_sync();
DROP INDEX lessons_search;
CREATE INDEX lessons_search ON lessons USING GIN (search, topics) WHERE state = 'published';

-- A counter of changes to the lessons (and so their topics), so a process may keep search
-- results until it moves (`lessons::Library`), whoever wrote.
CREATE TABLE lessons_changes (n BIGINT NOT NULL);
INSERT INTO lessons_changes (n) VALUES (0);
CREATE FUNCTION lessons_changes_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE lessons_changes SET n = n + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER lessons_changes_count AFTER INSERT OR UPDATE OR DELETE ON lessons
    FOR EACH STATEMENT EXECUTE FUNCTION lessons_changes_count();
