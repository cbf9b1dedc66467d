-- kei:no-transaction
-- kei db-change, up: index posts (reviewer_id) for the foreign key posts_reviewer_id_fkey
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_reviewer_id ON posts (reviewer_id);
