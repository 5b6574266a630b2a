-- Emails that carry a credential (SQLite). Keep in step with ../postgres/0013_outbox_sensitive.sql.

-- A sign-in link is a key to a host's account for 15 minutes. Its email is a row like any
-- other until delivered; once sent, failed or dropped, the dispatcher empties its bodies
-- (`sensitive = 1`), so no usable link stays at rest in the outbox.
ALTER TABLE outbox ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0;
