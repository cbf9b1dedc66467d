-- kei db-change, down: add posts.reviewer_id uuid, kept in step with editor_id by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_posts_editor_id ON posts;
DROP FUNCTION IF EXISTS kei_sync_posts_editor_id();
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS reviewer_id;
