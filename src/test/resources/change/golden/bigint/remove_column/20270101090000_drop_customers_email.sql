-- kei:contract: the application no longer reads or writes customers.email
-- kei db-change, up: remove column customers.email
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '15min';
-- the values are kept in kei_saved_customers_email for the rollback; drop it once the change is final
CREATE TABLE kei_saved_customers_email AS SELECT id, email FROM customers;
-- squawk-ignore ban-drop-column
ALTER TABLE customers DROP COLUMN IF EXISTS email;
