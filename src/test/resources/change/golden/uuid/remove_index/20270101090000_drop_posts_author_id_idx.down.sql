-- kei:no-transaction
-- kei db-change, down: remove index posts_author_id_idx of posts
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_author_id_idx ON public.posts USING btree (author_id);
