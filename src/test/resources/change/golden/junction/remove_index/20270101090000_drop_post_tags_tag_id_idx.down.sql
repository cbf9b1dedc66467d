-- kei:no-transaction
-- kei db-change, down: remove index post_tags_tag_id_idx of post_tags
SET lock_timeout = '2s';
SET statement_timeout = '15min';
CREATE INDEX CONCURRENTLY IF NOT EXISTS post_tags_tag_id_idx ON public.post_tags USING btree (tag_id);
