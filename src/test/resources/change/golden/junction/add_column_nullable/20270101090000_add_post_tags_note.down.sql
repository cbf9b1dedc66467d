-- kei db-change, down: add column post_tags.note text
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE post_tags DROP COLUMN IF EXISTS note;
