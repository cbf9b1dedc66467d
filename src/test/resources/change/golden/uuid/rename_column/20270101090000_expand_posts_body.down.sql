-- kei db-change, down: add posts.content text, kept in step with body by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_posts_body ON posts;
DROP FUNCTION IF EXISTS kei_sync_posts_body();
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS content;
