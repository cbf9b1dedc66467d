-- kei:no-transaction
-- kei db-change, down: give reviewer_id what editor_id has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS idx_posts_reviewer_id;
