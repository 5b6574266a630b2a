-- The library's search index without a pending list (issue #17). Keep in step with
-- ../sqlite/0030_lessons_index_whole.sql.
--
-- With GIN's default `fastupdate`, new entries wait in a pending list of up to 4 MB
-- (`gin_pending_list_limit`) until a vacuum or the limit merges them, and every search reads
-- that whole list: in the `lessons-search` benchmark three quarters of PostgreSQL's time was
-- scanning it. Lessons are published a few at a time and searched all day, so each entry
-- goes into the index at once instead, and what is pending now is merged here.
ALTER INDEX lessons_search SET (fastupdate = off);
SELECT gin_clean_pending_list('lessons_search');
