-- kei db-change, down: add labels.name text, kept in step with label by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_labels_label ON labels;
DROP FUNCTION IF EXISTS kei_sync_labels_label();
-- squawk-ignore ban-drop-column
ALTER TABLE labels DROP COLUMN IF EXISTS name;
