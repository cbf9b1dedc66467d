-- kei db-change, down: add authors.contact_email text, kept in step with email by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_authors_email ON authors;
DROP FUNCTION IF EXISTS kei_sync_authors_email();
-- squawk-ignore ban-drop-column
ALTER TABLE authors DROP COLUMN IF EXISTS contact_email;
