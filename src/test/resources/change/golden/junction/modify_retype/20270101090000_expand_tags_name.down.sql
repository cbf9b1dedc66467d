-- kei db-change, down: add tags.name_kei_new character varying(20), kept in step with name by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_tags_name ON tags;
DROP FUNCTION IF EXISTS kei_sync_tags_name();
-- squawk-ignore ban-drop-column
ALTER TABLE tags DROP COLUMN IF EXISTS name_kei_new;
