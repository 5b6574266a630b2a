-- A chapter's logo (issue #20). Keep in step with ../postgres/0035_logos.sql.
--
-- Our own PNG re-encoding of what the hosts uploaded (transparency kept, no metadata), at most
-- 480×160, named by its SHA-256. `chapters.logo` holds that name (empty: no logo), so pages
-- and emails that already read the chapter need no second read to link it.
ALTER TABLE chapters ADD COLUMN logo TEXT NOT NULL DEFAULT '';
CREATE TABLE chapter_logos (
    chapter_id INTEGER NOT NULL PRIMARY KEY REFERENCES chapters(id) ON DELETE CASCADE,
    hash       TEXT    NOT NULL,
    width      INTEGER NOT NULL CHECK (width > 0),
    height     INTEGER NOT NULL CHECK (height > 0),
    bytes      BLOB    NOT NULL,
    created_at INTEGER NOT NULL
);
