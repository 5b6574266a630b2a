-- Speakers' decks, continued (sqlite). Keep in step with ../postgres/0019_decks.sql.

-- A PDF deck waiting for the render job, or why it could not be rendered. One per story: a
-- new upload replaces it (a new id, so a render of the old one finishing late is discarded).
-- The PDF is deleted once rendered or refused; the error stays for the speaker to read until
-- their next upload.
CREATE TABLE deck_uploads (
    id            INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: a late render must not match a new upload
    submission_id INTEGER NOT NULL UNIQUE REFERENCES submissions(id) ON DELETE CASCADE,
    pdf           BLOB,
    error         TEXT,
    uploaded_at   INTEGER NOT NULL,
    -- A render job holds the upload until then; attempts counts claims (a PDF that crashes
    -- the renderer three times is refused).
    lease_until   INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0,
    CHECK ((pdf IS NULL) <> (error IS NULL))
);

-- Consent for slides gains its own medium: shown on stage only, published after the night,
-- or never shown. It replaces consent_slides (yes/no/ask), which is no longer read: a "yes"
-- was consent to publish; "no" and "ask" keep the slides to the stage until the speaker says
-- more.
ALTER TABLE submissions ADD COLUMN slides_use TEXT NOT NULL DEFAULT 'stage'
    CHECK (slides_use IN ('stage', 'published', 'never'));
UPDATE submissions SET slides_use = 'published' WHERE consent_slides = 'yes';
