-- Refunds Stripe refused or could not take are retried with growing pauses (not every run of
-- the job), and hosts see what Stripe answered. Keep in step with ../postgres/0009_refund_retries.sql.
ALTER TABLE refunds ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE refunds ADD COLUMN next_attempt_at INTEGER;
ALTER TABLE refunds ADD COLUMN last_error TEXT;
