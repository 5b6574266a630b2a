-- A statement of new RSVPs adds its waitlisted ones to their nights' counters once, not once
-- per row, on PostgreSQL (issue #22). Keep in step with
-- ../postgres/0045_waitlist_count_per_statement.sql.
--
-- Nothing to change here: SQLite has triggers per row only, and runs them in the process,
-- where the row trigger of 0012 costs a step of the statement, not a call into PL/pgSQL.
SELECT 1;
