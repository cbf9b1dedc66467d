-- kei:no-transaction
-- kei db-change, up: give body_kei_new what body has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE comments DROP CONSTRAINT IF EXISTS chk_comments_body_kei_new_not_null;
ALTER TABLE comments ADD CONSTRAINT chk_comments_body_kei_new_not_null CHECK (body_kei_new IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE comments VALIDATE CONSTRAINT chk_comments_body_kei_new_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE comments ALTER COLUMN body_kei_new SET NOT NULL;
ALTER TABLE comments DROP CONSTRAINT IF EXISTS chk_comments_body_kei_new_not_null;
SET lock_timeout = '2s';
