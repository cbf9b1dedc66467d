-- kei:no-transaction
-- kei db-change, up: remove index posts_author_id_idx of posts
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS posts_author_id_idx;
