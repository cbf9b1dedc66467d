-- kei db-change, up: add column users.nickname text
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;
