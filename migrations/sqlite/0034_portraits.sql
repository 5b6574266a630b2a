-- A speaker's photo on the lineup (issue #20). Keep in step with ../postgres/0034_portraits.sql.
--
-- Only with the speaker's consent (given when uploading), and shown only while they appear
-- under their real name: stage-named and anonymous speakers get a generated avatar. Our own
-- square JPEG (no metadata). Gone with the story.
CREATE TABLE speaker_portraits (
    submission_id INTEGER NOT NULL PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
    hash          TEXT    NOT NULL,
    media_type    TEXT    NOT NULL,
    bytes         BLOB    NOT NULL,
    created_at    BIGINT  NOT NULL
);
