-- The library's search index in one piece (issue #17). Keep in step with
-- ../postgres/0030_lessons_index_whole.sql.
--
-- PostgreSQL's GIN index loses its pending list here. FTS5 has none (each transaction's
-- entries are a segment, merged in the background of later writes), so the same step is to
-- merge what exists into one segment once: a search reads one doclist per word.
INSERT INTO lessons_fts (lessons_fts) VALUES ('optimize');
