-- kei db-change, up: add column posts.token uuid not null default gen_random_uuid() (nullable first)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS token uuid;
ALTER TABLE posts ALTER COLUMN token SET DEFAULT gen_random_uuid();
