-- kei:contract: the application no longer reads or writes authors.name
-- kei db-change, up: remove column authors.name
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- the values are kept in kei_saved_authors_name for the rollback; drop it once the change is final
CREATE TABLE kei_saved_authors_name AS SELECT id, name FROM authors;
-- squawk-ignore ban-drop-column
ALTER TABLE authors DROP COLUMN IF EXISTS name;
