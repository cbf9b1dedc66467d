-- kei db-change, down: add comments.body_kei_new character varying(2000), kept in step with body by a trigger
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
DROP TRIGGER IF EXISTS kei_sync_comments_body ON comments;
DROP FUNCTION IF EXISTS kei_sync_comments_body();
-- squawk-ignore ban-drop-column
ALTER TABLE comments DROP COLUMN IF EXISTS body_kei_new;
