-- kei db-change, up: add column posts.pinned_tag_id bigint
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
ALTER TABLE posts ADD COLUMN IF NOT EXISTS pinned_tag_id bigint;
