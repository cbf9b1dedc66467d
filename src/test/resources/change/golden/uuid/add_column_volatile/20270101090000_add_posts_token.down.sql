-- kei db-change, down: add column posts.token uuid not null default gen_random_uuid() (nullable first)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS token;
