-- kei db-change, down: add column posts.published boolean not null default false
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS published;
