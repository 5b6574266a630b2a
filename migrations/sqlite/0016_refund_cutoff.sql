-- The chapter's refund cut-off: a guest who cancels a paid ticket less than this many hours
-- before the night starts is not refunded (hosts who cancel a guest always refund in full).
-- 0 = refunded until the night starts, what every chapter had before this setting.
-- Keep in step with ../postgres/0013_refund_cutoff.sql.
ALTER TABLE chapters ADD COLUMN refund_cutoff_hours INTEGER NOT NULL DEFAULT 0 CHECK (refund_cutoff_hours BETWEEN 0 AND 720);
