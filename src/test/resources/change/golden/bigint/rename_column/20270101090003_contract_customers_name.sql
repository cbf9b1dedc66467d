-- kei:contract: the application reads and writes customers.full_name, no longer name
-- kei db-change, up: drop the trigger and the old name
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_customers_name ON customers;
DROP FUNCTION IF EXISTS kei_sync_customers_name();
-- squawk-ignore ban-drop-column
ALTER TABLE customers DROP COLUMN name;
