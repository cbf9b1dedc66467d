-- kei:no-transaction
-- kei db-change, up: remove index post_tags_tag_id_idx of post_tags
SET lock_timeout = '2s';
SET statement_timeout = '1min';
DROP INDEX CONCURRENTLY IF EXISTS post_tags_tag_id_idx;
