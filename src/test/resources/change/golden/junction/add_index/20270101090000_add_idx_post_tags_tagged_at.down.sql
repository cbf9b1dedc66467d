-- kei:no-transaction
-- kei db-change, down: add index idx_post_tags_tagged_at on post_tags (tagged_at)
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS idx_post_tags_tagged_at;
