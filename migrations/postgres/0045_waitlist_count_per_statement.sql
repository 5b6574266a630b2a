-- A statement of new RSVPs adds its waitlisted ones to their nights' counters once, not once
-- per row (issue #22). Keep in step with ../sqlite/0045_waitlist_count_per_statement.sql.
--
-- A group of bookings is one INSERT of up to 64 rows while the night's counter is locked, and
-- in a full night's burst they are all waitlisted. The row trigger of 0012 ran a PL/pgSQL
-- call and an UPDATE of the same counter row for each of them: a new version of the row each
-- time, and its eight CHECK constraints read anew for each UPDATE. Once per statement, with
-- the new rows as a transition table, 40 waitlisted rows take 2.5 ms instead of 4.2-4.7
-- (pgbench, docs/benchmarks.md), while the counter's lock is held and the night's next group
-- waits. Moves in and out of the queue (UPDATE OF status, DELETE) touch a row or a few and
-- keep the row trigger; PostgreSQL takes transition tables only on a trigger of one event
-- without a column list, hence two triggers.
CREATE FUNCTION rsvps_waitlist_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE seat_counts s SET waitlisted = s.waitlisted + queued.n
      FROM (SELECT event_id, COUNT(*) AS n FROM inserted WHERE status = 'waitlisted' GROUP BY event_id) queued
     WHERE s.event_id = queued.event_id;
    RETURN NULL;
END
$$;
DROP TRIGGER rsvps_waitlist_count ON rsvps;
CREATE TRIGGER rsvps_waitlist_count AFTER UPDATE OF status OR DELETE ON rsvps
    FOR EACH ROW EXECUTE FUNCTION rsvps_waitlist_count();
CREATE TRIGGER rsvps_waitlist_count_inserted AFTER INSERT ON rsvps
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION rsvps_waitlist_count_inserted();
