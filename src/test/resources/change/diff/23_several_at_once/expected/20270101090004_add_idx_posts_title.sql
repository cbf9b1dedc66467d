-- kei:no-transaction
-- kei db-change, up: add index idx_posts_title on posts (title)
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_title ON posts (title);
