-- kei:contract: the application reads and writes posts.reviewer_id, no longer editor_id
-- kei db-change, up: drop the trigger and the old editor_id
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_posts_editor_id ON posts;
DROP FUNCTION IF EXISTS kei_sync_posts_editor_id();
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN editor_id;
