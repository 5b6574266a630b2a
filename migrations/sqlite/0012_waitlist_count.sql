-- The length of a night's waitlist on its seat counter, kept by triggers in the transaction
-- that moves an RSVP in or out of the queue: a booking learns "does anyone wait?" and its
-- place in the queue from the row it locked, instead of counting the queue while the night's
-- other bookings wait for the lock. Keep in step with ../postgres/0012_waitlist_count.sql.
ALTER TABLE seat_counts ADD COLUMN waitlisted INTEGER NOT NULL DEFAULT 0 CHECK (waitlisted >= 0);
UPDATE seat_counts SET waitlisted =
    (SELECT COUNT(*) FROM rsvps r WHERE r.event_id = seat_counts.event_id AND r.status = 'waitlisted');
CREATE TRIGGER rsvps_waitlist_insert AFTER INSERT ON rsvps WHEN NEW.status = 'waitlisted'
BEGIN
    UPDATE seat_counts SET waitlisted = waitlisted + 1 WHERE event_id = NEW.event_id;
END;
CREATE TRIGGER rsvps_waitlist_leave AFTER UPDATE OF status ON rsvps
    WHEN OLD.status = 'waitlisted' AND NEW.status <> 'waitlisted'
BEGIN
    UPDATE seat_counts SET waitlisted = waitlisted - 1 WHERE event_id = OLD.event_id;
END;
CREATE TRIGGER rsvps_waitlist_join AFTER UPDATE OF status ON rsvps
    WHEN OLD.status <> 'waitlisted' AND NEW.status = 'waitlisted'
BEGIN
    UPDATE seat_counts SET waitlisted = waitlisted + 1 WHERE event_id = NEW.event_id;
END;
CREATE TRIGGER rsvps_waitlist_delete AFTER DELETE ON rsvps WHEN OLD.status = 'waitlisted'
BEGIN
    UPDATE seat_counts SET waitlisted = waitlisted - 1 WHERE event_id = OLD.event_id;
END;
