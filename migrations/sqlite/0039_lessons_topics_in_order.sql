-- Browsing the library by a topic and a year, chapter or language (issue #17). Keep in step
-- with ../postgres/0039_lessons_topics_in_order.sql.
--
-- Nothing to change here: on SQLite a topic with a year, chapter or language is one FTS5
-- query over the `tags` column (migration 0024). PostgreSQL's ordered indexes gain the
-- lesson's topics, so such a page reads only an index.
SELECT 1;
