-- The outbox's claim in its own order (issue #22). Keep in step with ../sqlite/0040_outbox_claim_order.sql.
--
-- `outbox::claim` takes the due emails `ORDER BY available_at, id LIMIT n`. `outbox_due` held
-- only `available_at`, so PostgreSQL read every queued email and sorted them to take the first
-- 64: 14 ms a claim with 17,000 reminders queued, and the reminders' dispatcher claims one batch
-- after another. Along `(available_at, id)` a claim reads its rows and stops. (SQLite's index
-- already ends with the rowid, which `id` is.)
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox (available_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;
