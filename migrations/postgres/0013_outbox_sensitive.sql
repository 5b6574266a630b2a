-- Emails that carry a credential (PostgreSQL). Keep in step with ../sqlite/0013_outbox_sensitive.sql.

-- A sign-in link is a key to a host's account for 15 minutes. Its email is a row like any
-- other until delivered; once sent, failed or dropped, the dispatcher empties its bodies
-- (`sensitive = TRUE`), so no usable link stays at rest in the outbox.
ALTER TABLE outbox ADD COLUMN sensitive BOOLEAN NOT NULL DEFAULT FALSE;
