-- The review queue's order (issue #22). Keep in step with ../postgres/0037_queue_order.sql.
--
-- The queue lists a chapter's stories newest first, a page at a time
-- (`stories::list_page`); along this index a page reads its own rows and stops, instead of
-- sorting every story the chapter ever had.
CREATE INDEX submissions_queue ON submissions (chapter_id, created_at, id);
