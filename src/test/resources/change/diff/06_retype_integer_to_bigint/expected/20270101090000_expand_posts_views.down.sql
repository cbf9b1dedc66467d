-- kei db-change, down: add posts.views_kei_new bigint, kept in step with views by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_posts_views ON posts;
DROP FUNCTION IF EXISTS kei_sync_posts_views();
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS views_kei_new;
