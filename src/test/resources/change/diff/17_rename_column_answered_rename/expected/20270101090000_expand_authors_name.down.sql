-- kei db-change, down: add authors.full_name text, kept in step with name by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_authors_name ON authors;
DROP FUNCTION IF EXISTS kei_sync_authors_name();
-- squawk-ignore ban-drop-column
ALTER TABLE authors DROP COLUMN IF EXISTS full_name;
