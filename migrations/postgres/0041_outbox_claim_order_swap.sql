-- The claim's new index takes the old one's name (issue #22). Keep in step with
-- ../sqlite/0041_outbox_claim_order_swap.sql.
--
-- Dropping an index reads nothing: the outbox's lock is held for an instant.
DROP INDEX outbox_due;
ALTER INDEX outbox_claim RENAME TO outbox_due;
