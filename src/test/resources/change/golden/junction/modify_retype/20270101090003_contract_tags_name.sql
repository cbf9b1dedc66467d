-- kei:contract: the application reads and writes tags.name as character varying(20)
-- kei db-change, up: drop the trigger and the old name; name_kei_new takes its name
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_tags_name ON tags;
DROP FUNCTION IF EXISTS kei_sync_tags_name();
-- squawk-ignore ban-drop-column
ALTER TABLE tags DROP COLUMN name;
-- kei:allow renaming-table-or-column the swap's last move, in the transaction that drops the old column: no application sees name_kei_new
-- squawk-ignore renaming-column
ALTER TABLE tags RENAME COLUMN name_kei_new TO name;
ALTER TABLE tags ADD CONSTRAINT tags_name_key UNIQUE USING INDEX tags_name_kei_new_key;
