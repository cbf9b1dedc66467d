-- kei:no-transaction
-- kei db-change, down: let users.status be null
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE users DROP CONSTRAINT IF EXISTS chk_users_status_not_null;
ALTER TABLE users ADD CONSTRAINT chk_users_status_not_null CHECK (status IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE users VALIDATE CONSTRAINT chk_users_status_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE users ALTER COLUMN status SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT IF EXISTS chk_users_status_not_null;
SET lock_timeout = '2s';
