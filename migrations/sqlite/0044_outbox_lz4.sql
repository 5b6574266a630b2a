-- The outbox's bodies compressed with lz4 on PostgreSQL (issue #22). Keep in step with
-- ../postgres/0044_outbox_lz4.sql.
--
-- Nothing to change here: SQLite stores a value as it is, without compressing it.
SELECT 1;
