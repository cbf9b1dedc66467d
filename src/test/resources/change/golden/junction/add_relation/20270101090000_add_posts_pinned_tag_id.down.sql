-- kei db-change, down: add column posts.pinned_tag_id bigint
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS pinned_tag_id;
