-- kei:no-transaction
-- kei db-change, down: add index idx_posts_title on posts (title)
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS idx_posts_title;
