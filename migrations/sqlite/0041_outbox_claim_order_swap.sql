-- The claim's new index takes the old one's name on PostgreSQL (issue #22). Keep in step with
-- ../postgres/0041_outbox_claim_order_swap.sql. Nothing to change here (see 0040).
SELECT 1;
