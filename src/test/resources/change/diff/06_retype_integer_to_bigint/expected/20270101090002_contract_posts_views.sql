-- kei:contract: the application reads and writes posts.views as bigint
-- kei db-change, up: drop the trigger and the old views; views_kei_new takes its name
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_posts_views ON posts;
DROP FUNCTION IF EXISTS kei_sync_posts_views();
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN views;
-- kei:allow renaming-table-or-column the swap's last move, in the transaction that drops the old column: no application sees views_kei_new
-- squawk-ignore renaming-column
ALTER TABLE posts RENAME COLUMN views_kei_new TO views;
