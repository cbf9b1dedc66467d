-- kei:no-transaction
-- kei db-change, down: remove column authors.name
SET lock_timeout = '2s';
SET statement_timeout = '15min';
ALTER TABLE authors ADD COLUMN IF NOT EXISTS name text;
UPDATE authors SET name = s.name FROM kei_saved_authors_name s WHERE authors.id = s.id;
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS kei_saved_authors_name;
