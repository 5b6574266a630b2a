-- What a listed lesson shows besides its own row counts as a change to the lessons too
-- (issue #17). Keep in step with ../postgres/0038_lessons_shown.sql.
--
-- The library keeps each lesson's list entry as rendered while `lessons_changes` stays
-- (`lessons::Library`, the gateway's `lessons::Entries`). An entry also shows its speaker's
-- chosen name (the story's name, stage name and appearance), the talk's title, the night's
-- title and date, and the chapter's name and address: a change to one of those, for a row
-- that has lessons, moves the count like a change to the lesson itself, whoever writes it.
CREATE INDEX lessons_event ON lessons (event_id);

CREATE TRIGGER lessons_changes_story AFTER UPDATE OF name, stage_name, appearance, title ON submissions
    WHEN (old.name IS NOT new.name OR old.stage_name IS NOT new.stage_name OR old.appearance IS NOT new.appearance
          OR old.title IS NOT new.title)
         AND EXISTS (SELECT 1 FROM lessons WHERE submission_id = new.id)
BEGIN
    UPDATE lessons_changes SET n = n + 1;
END;
CREATE TRIGGER lessons_changes_night AFTER UPDATE OF title, starts_at, timezone ON events
    WHEN (old.title IS NOT new.title OR old.starts_at IS NOT new.starts_at OR old.timezone IS NOT new.timezone)
         AND EXISTS (SELECT 1 FROM lessons WHERE event_id = new.id)
BEGIN
    UPDATE lessons_changes SET n = n + 1;
END;
CREATE TRIGGER lessons_changes_chapter AFTER UPDATE OF name, slug ON chapters
    WHEN (old.name IS NOT new.name OR old.slug IS NOT new.slug)
         AND EXISTS (SELECT 1 FROM lessons WHERE chapter_id = new.id)
BEGIN
    UPDATE lessons_changes SET n = n + 1;
END;
