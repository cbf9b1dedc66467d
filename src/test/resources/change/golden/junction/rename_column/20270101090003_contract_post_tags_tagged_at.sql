-- kei:contract: the application reads and writes post_tags.added_at, no longer tagged_at
-- kei db-change, up: drop the trigger and the old tagged_at
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_post_tags_tagged_at ON post_tags;
DROP FUNCTION IF EXISTS kei_sync_post_tags_tagged_at();
ALTER TABLE post_tags ALTER COLUMN added_at SET DEFAULT (now());
-- squawk-ignore ban-drop-column
ALTER TABLE post_tags DROP COLUMN tagged_at;
