-- kei db-change, down: add column posts.editor_id uuid
SET LOCAL lock_timeout = '200ms';
SET LOCAL statement_timeout = '1min';
-- squawk-ignore ban-drop-column
ALTER TABLE posts DROP COLUMN IF EXISTS editor_id;
