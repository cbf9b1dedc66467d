-- kei:no-transaction
-- kei db-change, down: remove column posts.editor_id
SET lock_timeout = '2s';
SET statement_timeout = '15min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS editor_id uuid;
UPDATE posts SET editor_id = s.editor_id FROM kei_saved_posts_editor_id s WHERE posts.id = s.id;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_editor_id ON public.posts USING btree (editor_id);
-- squawk-ignore ban-drop-table
DROP TABLE IF EXISTS kei_saved_posts_editor_id;
