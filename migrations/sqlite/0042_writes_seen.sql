-- The count of commits pages may show, shared by PostgreSQL's instances (issue #22). Keep in
-- step with ../postgres/0042_writes_seen.sql. Nothing to change here: on SQLite the page cache
-- counts its own process's commits in memory, and another process's write shows within the
-- cache's second.
SELECT 1;
