-- kei:no-transaction
-- kei db-change, down: index posts (editor_id) for the foreign key fk_posts_editor_id
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS idx_posts_editor_id;
