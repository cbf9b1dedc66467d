-- kei:no-transaction
-- kei db-change, up: remove index idx_posts_editor_id of posts
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS idx_posts_editor_id;
