-- A chapter's logo (issue #20). Keep in step with ../sqlite/0035_logos.sql.
--
-- Our own PNG re-encoding of what the hosts uploaded (transparency kept, no metadata), at most
-- 480×160, named by its SHA-256. `chapters.logo` holds that name (empty: no logo), so pages
-- and emails that already read the chapter need no second read to link it.
ALTER TABLE chapters ADD COLUMN logo TEXT NOT NULL DEFAULT '';
CREATE TABLE chapter_logos (
    chapter_id BIGINT  NOT NULL PRIMARY KEY REFERENCES chapters(id) ON DELETE CASCADE,
    hash       TEXT    NOT NULL,
    width      BIGINT  NOT NULL CHECK (width > 0),
    height     BIGINT  NOT NULL CHECK (height > 0),
    bytes      BYTEA   NOT NULL,
    created_at BIGINT  NOT NULL
);
