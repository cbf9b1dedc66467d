-- kei:no-transaction
-- kei db-change, up: fill the nulls of customers.email in batches of 1000, keeping their keys for the rollback
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- the keys of the rows filled here, for the rollback; drop it once the change is final
CREATE TABLE IF NOT EXISTS kei_saved_customers_email_nulls AS SELECT id FROM customers WHERE email IS NULL;
-- kei:backfill batch 1000
UPDATE customers SET email = 'unknown@example.com' WHERE email IS NULL;
