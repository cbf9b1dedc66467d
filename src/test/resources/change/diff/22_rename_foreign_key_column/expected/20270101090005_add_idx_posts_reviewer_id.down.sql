-- kei:no-transaction
-- kei db-change, down: index posts (reviewer_id) for the foreign key posts_reviewer_id_fkey
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS idx_posts_reviewer_id;
