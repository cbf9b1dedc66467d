-- kei db-change, down: add column authors.full_name text
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE authors DROP COLUMN IF EXISTS full_name;
