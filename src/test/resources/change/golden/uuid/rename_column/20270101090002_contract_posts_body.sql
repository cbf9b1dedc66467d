-- kei:contract: the application reads and writes posts.content, no longer body
-- kei db-change, up: drop the trigger and the old body
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_posts_body ON posts;
DROP FUNCTION IF EXISTS kei_sync_posts_body();
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN body;
