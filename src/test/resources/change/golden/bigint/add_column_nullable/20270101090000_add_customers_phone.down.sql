-- kei db-change, down: add column customers.phone character varying(30)
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE customers DROP COLUMN IF EXISTS phone;
