-- What a listed lesson shows besides its own row counts as a change to the lessons too
-- (issue #17). Keep in step with ../sqlite/0038_lessons_shown.sql.
--
-- The library keeps each lesson's list entry as rendered while `lessons_changes` stays
-- (`lessons::Library`, the gateway's `lessons::Entries`). An entry also shows its speaker's
-- chosen name (the story's name, stage name and appearance), the talk's title, the night's
-- title and date, and the chapter's name and address: a change to one of those, for a row
-- that has lessons, moves the count like a change to the lesson itself, whoever writes it.
-- The trigger's argument names the column of `lessons` that points at the changed row.
CREATE INDEX lessons_event ON lessons (event_id);

CREATE FUNCTION lessons_changes_shown() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    shown BOOLEAN;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM lessons WHERE %I = $1)', TG_ARGV[0]) INTO shown USING NEW.id;
    IF shown THEN
        UPDATE lessons_changes SET n = n + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER lessons_changes_story AFTER UPDATE OF name, stage_name, appearance, title ON submissions
    FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.stage_name IS DISTINCT FROM NEW.stage_name
          OR OLD.appearance IS DISTINCT FROM NEW.appearance OR OLD.title IS DISTINCT FROM NEW.title)
    EXECUTE FUNCTION lessons_changes_shown('submission_id');
CREATE TRIGGER lessons_changes_night AFTER UPDATE OF title, starts_at, timezone ON events
    FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
          OR OLD.timezone IS DISTINCT FROM NEW.timezone)
    EXECUTE FUNCTION lessons_changes_shown('event_id');
CREATE TRIGGER lessons_changes_chapter AFTER UPDATE OF name, slug ON chapters
    FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.slug IS DISTINCT FROM NEW.slug)
    EXECUTE FUNCTION lessons_changes_shown('chapter_id');
