-- Failed emails, indexed (PostgreSQL). Keep in step with ../sqlite/0015_outbox_failed.sql.

-- The outbox's totals (`outbox::counts`, read by /metrics) count the failed emails; without
-- an index that read the whole outbox, bodies included, on every scrape. Only failed rows are
-- indexed, so the index stays as small as the failures.
CREATE INDEX outbox_failed ON outbox (failed_at) WHERE failed_at IS NOT NULL;
