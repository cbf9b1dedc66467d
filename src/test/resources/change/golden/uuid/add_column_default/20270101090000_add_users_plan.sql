-- kei db-change, up: add column users.plan text not null default 'free'
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE users ADD COLUMN IF NOT EXISTS plan text DEFAULT 'free' NOT NULL;
