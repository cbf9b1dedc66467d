-- kei:no-transaction
-- kei db-change, up: index posts (pinned_tag_id) for the foreign key fk_posts_pinned_tag_id
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_pinned_tag_id ON posts (pinned_tag_id);
