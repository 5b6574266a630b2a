-- One active RSVP per email and night: a guest who cancelled may book again (a new RSVP, with
-- a new ticket); the cancelled one stays as history. Keep in step with ../sqlite/0008_rebook.sql.
ALTER TABLE rsvps DROP CONSTRAINT rsvps_event_id_email_key;
CREATE UNIQUE INDEX rsvps_one_active_per_email ON rsvps (event_id, email) WHERE status <> 'cancelled';
