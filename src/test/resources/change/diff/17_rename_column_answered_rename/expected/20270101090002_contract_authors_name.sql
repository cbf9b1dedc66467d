-- kei:contract: the application reads and writes authors.full_name, no longer name
-- kei db-change, up: drop the trigger and the old name
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_authors_name ON authors;
DROP FUNCTION IF EXISTS kei_sync_authors_name();
-- squawk-ignore ban-drop-column
ALTER TABLE authors DROP COLUMN name;
