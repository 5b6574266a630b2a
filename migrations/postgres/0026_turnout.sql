-- Overbooking from the turnout forecast (issue #19). A chapter may let the waitlist fill a
-- coming night up to the confirmations its forecast advises at a risk the hosts choose
-- (`overbook_risk`, in percent; 0 = off, the default), never past the venue's capacity.
-- `seat_counts.overbook`: the seats of the counter's capacity above the night's own, which
-- only the waitlist may take (new bookings see the night's capacity). Kept by the ticketing
-- jobs; `capacity` stays the bound of every seat in use, so its CHECK holds unchanged.
ALTER TABLE chapters ADD COLUMN overbook_risk BIGINT NOT NULL DEFAULT 0 CHECK (overbook_risk IN (0, 1, 5, 10, 20));
ALTER TABLE seat_counts ADD COLUMN overbook BIGINT NOT NULL DEFAULT 0 CHECK (overbook >= 0);
-- When an RSVP joined the waitlist and when the waitlist gave it a seat (confirmed or
-- offered): a night's waitlist movement on its numbers page. Rows from before this
-- migration: those waiting now or offered a seat once were waitlisted when they booked.
ALTER TABLE rsvps ADD COLUMN waitlisted_at BIGINT;
ALTER TABLE rsvps ADD COLUMN promoted_at BIGINT;
UPDATE rsvps SET waitlisted_at = created_at WHERE status = 'waitlisted' OR offers > 0;
