-- kei:no-transaction
-- kei db-change, down: drop the trigger and the old body; body_kei_new takes its name
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- kei:allow renaming-table-or-column the rollback of the swap: the old column comes back under its name
-- squawk-ignore renaming-column, prefer-robust-stmts
ALTER TABLE comments RENAME COLUMN body TO body_kei_new;
ALTER TABLE comments ADD COLUMN IF NOT EXISTS body text;
UPDATE comments SET body = body_kei_new::text;
SET lock_timeout = '200ms';
ALTER TABLE comments DROP CONSTRAINT IF EXISTS chk_comments_body_not_null;
ALTER TABLE comments ADD CONSTRAINT chk_comments_body_not_null CHECK (body IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE comments VALIDATE CONSTRAINT chk_comments_body_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE comments ALTER COLUMN body SET NOT NULL;
ALTER TABLE comments DROP CONSTRAINT IF EXISTS chk_comments_body_not_null;
SET lock_timeout = '2s';
-- squawk-ignore ban-drop-column
ALTER TABLE comments DROP COLUMN IF EXISTS body_kei_new;
