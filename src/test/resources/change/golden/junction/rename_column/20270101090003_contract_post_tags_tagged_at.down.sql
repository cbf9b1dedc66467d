-- kei:no-transaction
-- kei db-change, down: drop the trigger and the old tagged_at
SET lock_timeout = '2s';
SET statement_timeout = '15min';
ALTER TABLE post_tags ADD COLUMN IF NOT EXISTS tagged_at timestamp with time zone;
UPDATE post_tags SET tagged_at = added_at;
-- run again after a stop, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE post_tags ALTER COLUMN tagged_at SET DEFAULT now();
SET lock_timeout = '200ms';
ALTER TABLE post_tags DROP CONSTRAINT IF EXISTS chk_post_tags_tagged_at_not_null;
ALTER TABLE post_tags ADD CONSTRAINT chk_post_tags_tagged_at_not_null CHECK (tagged_at IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE post_tags VALIDATE CONSTRAINT chk_post_tags_tagged_at_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE post_tags ALTER COLUMN tagged_at SET NOT NULL;
ALTER TABLE post_tags DROP CONSTRAINT IF EXISTS chk_post_tags_tagged_at_not_null;
SET lock_timeout = '2s';
-- squawk-ignore ban-drop-column
ALTER TABLE post_tags DROP COLUMN IF EXISTS added_at;
