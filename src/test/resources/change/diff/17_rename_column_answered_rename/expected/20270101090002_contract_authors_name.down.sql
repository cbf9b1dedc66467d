-- kei:no-transaction
-- kei db-change, down: drop the trigger and the old name
SET lock_timeout = '2s';
SET statement_timeout = '15min';
ALTER TABLE authors ADD COLUMN IF NOT EXISTS name text;
UPDATE authors SET name = full_name;
-- squawk-ignore ban-drop-column
ALTER TABLE authors DROP COLUMN IF EXISTS full_name;
