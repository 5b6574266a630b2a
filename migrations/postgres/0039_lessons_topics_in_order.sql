-- Browsing the library by a topic and a year, chapter or language (issue #17). Keep in step
-- with ../sqlite/0039_lessons_topics_in_order.sql.
--
-- Such a page walks the lessons of that year (chapter, language) newest first and keeps
-- those of the topic. With the topics only in the table, every lesson walked was a read of
-- its row: 637 rows and 6.3 ms for the third page of `team` in 2020 in the `lessons-search`
-- benchmark (100,000 lessons), most of PostgreSQL's time there. With the topics in the
-- ordered indexes too, the walk reads only the index (an index-only scan): 0.25 ms.
DROP INDEX lessons_newest;
DROP INDEX lessons_chapter;
DROP INDEX lessons_year;
DROP INDEX lessons_language;
CREATE INDEX lessons_newest ON lessons (published_at DESC, id DESC) INCLUDE (topics) WHERE state = 'published';
CREATE INDEX lessons_chapter ON lessons (chapter_id, published_at DESC, id DESC) INCLUDE (topics)
    WHERE state = 'published';
CREATE INDEX lessons_year ON lessons (year, published_at DESC, id DESC) INCLUDE (topics) WHERE state = 'published';
CREATE INDEX lessons_language ON lessons (language, published_at DESC, id DESC) INCLUDE (topics)
    WHERE state = 'published';
