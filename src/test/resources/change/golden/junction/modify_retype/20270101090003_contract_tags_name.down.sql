-- kei:no-transaction
-- kei db-change, down: drop the trigger and the old name; name_kei_new takes its name
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- kei:allow renaming-table-or-column the rollback of the swap: the old column comes back under its name
-- squawk-ignore renaming-column, prefer-robust-stmts
ALTER TABLE tags RENAME COLUMN name TO name_kei_new;
ALTER TABLE tags DROP CONSTRAINT IF EXISTS tags_name_key;
ALTER TABLE tags ADD COLUMN IF NOT EXISTS name character varying(50);
UPDATE tags SET name = name_kei_new::character varying(50);
SET lock_timeout = '200ms';
ALTER TABLE tags DROP CONSTRAINT IF EXISTS chk_tags_name_not_null;
ALTER TABLE tags ADD CONSTRAINT chk_tags_name_not_null CHECK (name IS NOT NULL) NOT VALID;
-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on
SET lock_timeout = '2s';
ALTER TABLE tags VALIDATE CONSTRAINT chk_tags_name_not_null;
SET lock_timeout = '200ms';
-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it succeeds
-- squawk-ignore prefer-robust-stmts
ALTER TABLE tags ALTER COLUMN name SET NOT NULL;
ALTER TABLE tags DROP CONSTRAINT IF EXISTS chk_tags_name_not_null;
SET lock_timeout = '2s';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS tags_name_key ON public.tags USING btree (name);
ALTER TABLE tags DROP CONSTRAINT IF EXISTS tags_name_key;
ALTER TABLE tags ADD CONSTRAINT tags_name_key UNIQUE USING INDEX tags_name_key;
-- squawk-ignore ban-drop-column
ALTER TABLE tags DROP COLUMN IF EXISTS name_kei_new;
