-- A chapter's branding (issue #20). Keep in step with ../sqlite/0032_branding.sql.
--
-- `accent`: `#rrggbb` or empty (the brand's own colours). White text on it reads at 4.5:1 at
-- least; `chapters::update_settings` refuses any other. `tagline`: one line under the name.
ALTER TABLE chapters ADD COLUMN accent TEXT NOT NULL DEFAULT '';
ALTER TABLE chapters ADD COLUMN tagline TEXT NOT NULL DEFAULT '';
