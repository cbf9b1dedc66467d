-- kei:no-transaction
-- kei db-change, down: drop the trigger and the old editor_id
SET lock_timeout = '2s';
SET statement_timeout = '15min';
DROP INDEX CONCURRENTLY IF EXISTS idx_posts_reviewer_id;
ALTER TABLE posts ADD COLUMN IF NOT EXISTS editor_id uuid;
UPDATE posts SET editor_id = reviewer_id;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_editor_id ON public.posts USING btree (editor_id);
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS reviewer_id;
