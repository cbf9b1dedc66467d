-- kei:no-transaction
-- kei db-change, down: remove index idx_posts_editor_id of posts
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_posts_editor_id ON public.posts USING btree (editor_id);
