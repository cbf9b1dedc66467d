-- kei:no-transaction
-- kei db-change, up: give full_name what name has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE customers DROP CONSTRAINT IF EXISTS chk_customers_full_name_not_null;
ALTER TABLE customers ADD CONSTRAINT chk_customers_full_name_not_null CHECK (full_name IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE customers VALIDATE CONSTRAINT chk_customers_full_name_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE customers ALTER COLUMN full_name SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT IF EXISTS chk_customers_full_name_not_null;
SET lock_timeout = '2s';
