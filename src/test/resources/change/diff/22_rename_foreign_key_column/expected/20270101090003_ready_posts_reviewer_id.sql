-- kei:no-transaction
-- kei db-change, up: give reviewer_id what editor_id has: NOT NULL and indexes, online
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_reviewer_id ON posts (reviewer_id);
