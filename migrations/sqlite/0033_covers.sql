-- A night's cover photo (issue #20). Keep in step with ../postgres/0033_covers.sql.
--
-- Two rows per night with a cover: the phone's size and the desktop's, each our own JPEG
-- re-encoding (no metadata), named by its SHA-256. Gone with the night, or replaced whole.
CREATE TABLE night_covers (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    size       TEXT    NOT NULL CHECK (size IN ('phone', 'desktop')),
    hash       TEXT    NOT NULL,
    media_type TEXT    NOT NULL,
    width      INTEGER NOT NULL CHECK (width > 0),
    height     INTEGER NOT NULL CHECK (height > 0),
    bytes      BLOB    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, size)
);
