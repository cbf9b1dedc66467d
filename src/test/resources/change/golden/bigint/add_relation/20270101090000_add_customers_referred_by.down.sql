-- kei db-change, down: add column customers.referred_by bigint
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE customers DROP COLUMN IF EXISTS referred_by;
