-- The outbox's claim in its own order (issue #22). Keep in step with ../postgres/0040_outbox_claim_order.sql.
--
-- Nothing to change here: SQLite's `outbox_due (available_at)` ends with the rowid, which `id`
-- is, so `ORDER BY available_at, id` already reads along it (`EXPLAIN QUERY PLAN`: no temporary
-- B-tree). PostgreSQL's index needed `id` added.
SELECT 1;
