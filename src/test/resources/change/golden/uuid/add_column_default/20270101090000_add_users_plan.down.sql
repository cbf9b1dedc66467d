-- kei db-change, down: add column users.plan text not null default 'free'
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE users DROP COLUMN IF EXISTS plan;
