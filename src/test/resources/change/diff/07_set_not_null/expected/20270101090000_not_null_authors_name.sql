-- kei:no-transaction
-- kei db-change, up: make authors.name NOT NULL through a validated CHECK
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE authors DROP CONSTRAINT IF EXISTS chk_authors_name_not_null;
ALTER TABLE authors ADD CONSTRAINT chk_authors_name_not_null CHECK (name IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE authors VALIDATE CONSTRAINT chk_authors_name_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE authors ALTER COLUMN name SET NOT NULL;
ALTER TABLE authors DROP CONSTRAINT IF EXISTS chk_authors_name_not_null;
SET lock_timeout = '2s';
