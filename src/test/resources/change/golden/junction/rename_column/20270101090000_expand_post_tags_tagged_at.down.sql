-- kei db-change, down: add post_tags.added_at timestamp with time zone, kept in step with tagged_at by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_post_tags_tagged_at ON post_tags;
DROP FUNCTION IF EXISTS kei_sync_post_tags_tagged_at();
-- squawk-ignore ban-drop-column
ALTER TABLE post_tags DROP COLUMN IF EXISTS added_at;
