-- kei:no-transaction
-- kei db-change, down: index posts (pinned_tag_id) for the foreign key fk_posts_pinned_tag_id
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS idx_posts_pinned_tag_id;
