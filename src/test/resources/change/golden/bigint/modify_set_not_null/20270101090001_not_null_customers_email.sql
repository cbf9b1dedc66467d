-- kei:no-transaction
-- kei db-change, up: make customers.email NOT NULL through a validated CHECK
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE customers DROP CONSTRAINT IF EXISTS chk_customers_email_not_null;
ALTER TABLE customers ADD CONSTRAINT chk_customers_email_not_null CHECK (email IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE customers VALIDATE CONSTRAINT chk_customers_email_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE customers ALTER COLUMN email SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT IF EXISTS chk_customers_email_not_null;
SET lock_timeout = '2s';
