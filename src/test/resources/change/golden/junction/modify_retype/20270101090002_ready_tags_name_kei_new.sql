-- kei:no-transaction
-- kei db-change, up: give name_kei_new what name has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE tags DROP CONSTRAINT IF EXISTS chk_tags_name_kei_new_not_null;
ALTER TABLE tags ADD CONSTRAINT chk_tags_name_kei_new_not_null CHECK (name_kei_new IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE tags VALIDATE CONSTRAINT chk_tags_name_kei_new_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE tags ALTER COLUMN name_kei_new SET NOT NULL;
ALTER TABLE tags DROP CONSTRAINT IF EXISTS chk_tags_name_kei_new_not_null;
SET lock_timeout = '2s';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS tags_name_kei_new_key ON tags (name_kei_new);
