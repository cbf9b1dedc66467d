-- kei:no-transaction
-- kei db-change, up: give added_at what tagged_at has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE post_tags DROP CONSTRAINT IF EXISTS chk_post_tags_added_at_not_null;
ALTER TABLE post_tags ADD CONSTRAINT chk_post_tags_added_at_not_null CHECK (added_at IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE post_tags VALIDATE CONSTRAINT chk_post_tags_added_at_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE post_tags ALTER COLUMN added_at SET NOT NULL;
ALTER TABLE post_tags DROP CONSTRAINT IF EXISTS chk_post_tags_added_at_not_null;
SET lock_timeout = '2s';
