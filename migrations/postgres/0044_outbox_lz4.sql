-- The outbox's bodies compressed with lz4 instead of pglz on PostgreSQL (issue #22). Keep in
-- step with ../sqlite/0044_outbox_lz4.sql.
--
-- A reminder's bodies and calendar file come to some 3 KB, past the 2 KB at which PostgreSQL
-- compresses a row's long values, so every email is compressed once when it is queued and read
-- back when it is claimed. lz4 does both for less of PostgreSQL's time than its default pglz:
-- in `failnight-bench reminders --postgres`, PostgreSQL's processes 9.1 s instead of 10.0 s
-- for the 20,000 emails and the reminders 7 % faster (docs/benchmarks.md).
--
-- Only values written from now on are compressed with lz4; those stored keep pglz, and both
-- read the same. A server built without lz4 (or older than 14, which cannot choose) keeps
-- pglz: the statement runs through EXECUTE so either is an error caught here, not a failed
-- migration.
DO $$
BEGIN
    EXECUTE 'ALTER TABLE outbox ALTER COLUMN body_text SET COMPRESSION lz4,
                                ALTER COLUMN body_html SET COMPRESSION lz4,
                                ALTER COLUMN ics SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR syntax_error THEN
    RAISE NOTICE 'the outbox keeps pglz: %', SQLERRM;
END
$$;
