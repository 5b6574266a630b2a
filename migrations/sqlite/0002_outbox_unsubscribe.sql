-- Optional mail (reminders, messages) carries List-Unsubscribe / List-Unsubscribe-Post
-- (RFC 2369, RFC 8058): the one-click URL is stored with the row, and an optional row
-- cannot exist without one.
ALTER TABLE outbox ADD COLUMN unsubscribe_url TEXT
    CHECK (category <> 'optional' OR unsubscribe_url IS NOT NULL);

-- Hosts look at an event's emails (counts, failures) by event.
CREATE INDEX outbox_event ON outbox (event_id);
