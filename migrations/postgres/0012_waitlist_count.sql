-- The length of a night's waitlist on its seat counter, kept by a trigger in the transaction
-- that moves an RSVP in or out of the queue: a booking learns "does anyone wait?" and its
-- place in the queue from the row it locked, instead of counting the queue while the night's
-- other bookings wait for the lock. Keep in step with ../sqlite/0012_waitlist_count.sql.
ALTER TABLE seat_counts ADD COLUMN waitlisted BIGINT NOT NULL DEFAULT 0 CHECK (waitlisted >= 0);
UPDATE seat_counts SET waitlisted =
    (SELECT COUNT(*) FROM rsvps r WHERE r.event_id = seat_counts.event_id AND r.status = 'waitlisted');
CREATE FUNCTION rsvps_waitlist_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'waitlisted' THEN
        UPDATE seat_counts SET waitlisted = waitlisted - 1 WHERE event_id = OLD.event_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'waitlisted' THEN
        UPDATE seat_counts SET waitlisted = waitlisted + 1 WHERE event_id = NEW.event_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER rsvps_waitlist_count AFTER INSERT OR UPDATE OF status OR DELETE ON rsvps
    FOR EACH ROW EXECUTE FUNCTION rsvps_waitlist_count();
