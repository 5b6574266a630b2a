-- Room on the outbox's pages for each email's claim (issue #22). Keep in step with
-- ../postgres/0043_outbox_room_to_claim.sql.
--
-- Nothing to change here: SQLite updates a row where it is, and an index only when one of its
-- columns changed. PostgreSQL writes a new version of the row, and its indexes' entries too
-- unless the page has room for it.
SELECT 1;
