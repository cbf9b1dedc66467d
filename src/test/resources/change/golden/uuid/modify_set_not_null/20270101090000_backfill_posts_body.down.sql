-- kei:no-transaction
-- kei db-change, down: fill the nulls of posts.body in batches of 1000, keeping their keys for the rollback
SET lock_timeout = '2s';
SET statement_timeout = '15min';
UPDATE posts SET body = NULL FROM kei_saved_posts_body_nulls s WHERE posts.id = s.id;
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS kei_saved_posts_body_nulls;
