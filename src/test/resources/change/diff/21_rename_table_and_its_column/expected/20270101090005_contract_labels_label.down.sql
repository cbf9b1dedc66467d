-- kei:no-transaction
-- kei db-change, down: drop the trigger and the old label
SET lock_timeout = '2s';
SET statement_timeout = '15min';
ALTER TABLE labels ADD COLUMN IF NOT EXISTS label text;
UPDATE labels SET label = name;
SET lock_timeout = '200ms';
ALTER TABLE labels DROP CONSTRAINT IF EXISTS chk_labels_label_not_null;
ALTER TABLE labels ADD CONSTRAINT chk_labels_label_not_null CHECK (label IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE labels VALIDATE CONSTRAINT chk_labels_label_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE labels ALTER COLUMN label SET NOT NULL;
ALTER TABLE labels DROP CONSTRAINT IF EXISTS chk_labels_label_not_null;
SET lock_timeout = '2s';
-- squawk-ignore ban-drop-column
ALTER TABLE labels DROP COLUMN IF EXISTS name;
