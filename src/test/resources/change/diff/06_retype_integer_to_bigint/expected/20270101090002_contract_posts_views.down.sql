-- kei:no-transaction
-- kei db-change, down: drop the trigger and the old views; views_kei_new takes its name
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- kei:allow renaming-table-or-column the rollback of the swap: the old column comes back under its name
-- squawk-ignore renaming-column, prefer-robust-stmts
ALTER TABLE posts RENAME COLUMN views TO views_kei_new;
ALTER TABLE posts ADD COLUMN IF NOT EXISTS views integer;
UPDATE posts SET views = views_kei_new::integer;
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS views_kei_new;
