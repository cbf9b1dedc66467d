-- kei:no-transaction
-- kei db-change, up: fill the nulls of posts.body in batches of 1000, keeping their keys for the rollback
SET lock_timeout = '2s';
SET statement_timeout = '15min';
-- the keys of the rows filled here, for the rollback; drop it once the change is final
CREATE TABLE IF NOT EXISTS kei_saved_posts_body_nulls AS SELECT id FROM posts WHERE body IS NULL;
-- kei:backfill batch 1000
UPDATE posts SET body = '' WHERE body IS NULL;
