-- kei:contract: the application reads and writes authors.contact_email, no longer email
-- kei db-change, up: drop the trigger and the old email
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_authors_email ON authors;
DROP FUNCTION IF EXISTS kei_sync_authors_email();
-- squawk-ignore ban-drop-column
ALTER TABLE authors DROP COLUMN email;
ALTER TABLE authors ADD CONSTRAINT authors_contact_email_key UNIQUE USING INDEX authors_contact_email_key;
