-- Speakers' slides (postgres). Keep in step with ../sqlite/0018_slides.sql.

-- The format of a talk, per chapter: at most this many slides, each shown this many seconds.
ALTER TABLE story_settings ADD COLUMN slides_per_talk BIGINT NOT NULL DEFAULT 10 CHECK (slides_per_talk BETWEEN 1 AND 40);
ALTER TABLE story_settings ADD COLUMN seconds_per_slide BIGINT NOT NULL DEFAULT 40 CHECK (seconds_per_slide BETWEEN 5 AND 300);

-- Images we serve, content-addressed: `hash` is the lowercase hex SHA-256 of `bytes`, which
-- are always our own re-encoding (never what was uploaded), so they carry no metadata.
CREATE TABLE images (
    hash       TEXT    PRIMARY KEY,
    media_type TEXT    NOT NULL,
    width      BIGINT  NOT NULL CHECK (width > 0),
    height     BIGINT  NOT NULL CHECK (height > 0),
    bytes      BYTEA   NOT NULL,
    created_at BIGINT  NOT NULL
);

-- A talk's deck: its slides in order (position from 1). Replacing a deck replaces its rows;
-- an image no deck uses any more is deleted with the deck that used it last.
CREATE TABLE deck_slides (
    submission_id BIGINT  NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    position      BIGINT  NOT NULL CHECK (position >= 1),
    image_hash    TEXT    NOT NULL REFERENCES images(hash),
    PRIMARY KEY (submission_id, position)
);
CREATE INDEX deck_slides_image ON deck_slides (image_hash);
