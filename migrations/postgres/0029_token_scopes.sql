-- API tokens' scopes and expiry (postgres). Keep in step with ../sqlite/0029_token_scopes.sql.

-- What a token may do, at most (within its host's role): everything ('full'), the door only
-- ('door'), or reading only ('read'). Tokens made before were full.
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'full' CHECK (scope IN ('full', 'door', 'read'));
-- When it stops working (NULL: never).
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT;
