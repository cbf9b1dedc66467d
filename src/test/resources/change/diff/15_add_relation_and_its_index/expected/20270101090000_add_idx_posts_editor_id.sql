-- kei:no-transaction
-- kei db-change, up: add index idx_posts_editor_id on posts (editor_id)
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_editor_id ON posts (editor_id);
