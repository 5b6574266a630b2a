-- Languages (issue #18). A chapter speaks one language to guests who chose none; a guest's
-- emails go out in the language of the page they booked on, a speaker's in that of their
-- story page. NULL: no person's choice (walk-ins added at the door, bookings from the API
-- without one), so the chapter's language applies. Values are failnight_core::i18n::Lang.
ALTER TABLE chapters ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE rsvps ADD COLUMN language TEXT;
ALTER TABLE submissions ADD COLUMN language TEXT;
