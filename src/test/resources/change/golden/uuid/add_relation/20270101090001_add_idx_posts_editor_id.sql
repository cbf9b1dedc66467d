-- kei:no-transaction
-- kei db-change, up: index posts (editor_id) for the foreign key fk_posts_editor_id
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_editor_id ON posts (editor_id);
