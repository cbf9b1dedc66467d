-- kei:no-transaction
-- kei db-change, up: add index idx_post_tags_tagged_at on post_tags (tagged_at)
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_post_tags_tagged_at ON post_tags (tagged_at);
