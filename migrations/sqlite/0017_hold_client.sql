-- Who holds a paid seat while its checkout is open, as far as the cap on open holds per
-- client and night can tell: a hash of the night and the client's network (its IPv4
-- address or IPv6 /64), set with the hold and cleared when the hold ends (paid, released,
-- expired), so it is kept at most as long as a hold lasts. Keep in step with
-- ../postgres/0014_hold_client.sql.
ALTER TABLE rsvps ADD COLUMN hold_client TEXT;
CREATE INDEX rsvps_hold_client ON rsvps (event_id, hold_client) WHERE status = 'held';
