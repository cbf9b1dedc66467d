-- kei:contract: the application reads and writes labels.name, no longer label
-- kei db-change, up: drop the trigger and the old label
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_labels_label ON labels;
DROP FUNCTION IF EXISTS kei_sync_labels_label();
-- squawk-ignore ban-drop-column
ALTER TABLE labels DROP COLUMN label;
