-- The outbox's expiry sweep (SQLite). Keep in step with ../postgres/0011_outbox_expiry.sql.

-- Every claim first drops the unsent emails that expired (reminders for a night that has
-- started). Without an index that sweep read the whole outbox, big bodies included, on every
-- claim: with 20,000 reminders queued it was most of the dispatcher's time. Only unsent rows
-- that can expire are indexed, so the index stays as small as the queue.
CREATE INDEX outbox_expiry ON outbox (expires_at)
    WHERE sent_at IS NULL AND failed_at IS NULL AND expires_at IS NOT NULL;
