-- kei db-change, down: add customers.full_name character varying(100), kept in step with name by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_customers_name ON customers;
DROP FUNCTION IF EXISTS kei_sync_customers_name();
-- squawk-ignore ban-drop-column
ALTER TABLE customers DROP COLUMN IF EXISTS full_name;
