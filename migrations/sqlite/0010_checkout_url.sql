-- The open Checkout page of a held ticket, so a guest who closed it can go back to paying
-- (Stripe's URLs cannot be rebuilt from the session id). Keep in step with ../postgres/0010_checkout_url.sql.
ALTER TABLE rsvps ADD COLUMN checkout_url TEXT;
