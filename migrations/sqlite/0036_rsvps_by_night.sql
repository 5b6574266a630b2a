-- A night's RSVPs in booking order (issue #22). Keep in step with ../postgres/0036_rsvps_by_night.sql.
--
-- Exports read a night's list a page at a time after the last id sent
-- (`rsvps::page_after`); with this index each page is a range of it, however many guests the
-- night has, instead of a sort of all of them.
CREATE INDEX rsvps_event_id ON rsvps (event_id, id);
