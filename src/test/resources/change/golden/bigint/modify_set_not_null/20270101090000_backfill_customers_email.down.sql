-- kei:no-transaction
-- kei db-change, down: fill the nulls of customers.email in batches of 1000, keeping their keys for the rollback
SET lock_timeout = '2s';
SET statement_timeout = '15min';
UPDATE customers SET email = NULL FROM kei_saved_customers_email_nulls s WHERE customers.id = s.id;
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS kei_saved_customers_email_nulls;
