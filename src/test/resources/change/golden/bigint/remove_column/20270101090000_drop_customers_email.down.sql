-- kei:no-transaction
-- kei db-change, down: remove column customers.email
SET lock_timeout = '2s';
SET statement_timeout = '15min';
ALTER TABLE customers ADD COLUMN IF NOT EXISTS email character varying(255);
UPDATE customers SET email = s.email FROM kei_saved_customers_email s WHERE customers.id = s.id;
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS kei_saved_customers_email;
