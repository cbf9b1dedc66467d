-- kei:no-transaction
-- kei db-change, down: let posts.title be null
SET lock_timeout = '2s';
SET statement_timeout = '15min';
SET lock_timeout = '200ms';
ALTER TABLE posts DROP CONSTRAINT IF EXISTS chk_posts_title_not_null;
ALTER TABLE posts ADD CONSTRAINT chk_posts_title_not_null CHECK (title IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE posts VALIDATE CONSTRAINT chk_posts_title_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE posts ALTER COLUMN title SET NOT NULL;
ALTER TABLE posts DROP CONSTRAINT IF EXISTS chk_posts_title_not_null;
SET lock_timeout = '2s';
